// Rule families from heldout-final87, measured unseen and then read: 己于 a word of time; an
// insider's leak of the next measure or a preliminary finding, an unapproved report's bracketed note,
// an exam's random draw told before it, a check's blind spot told with its place, an internal series'
// 内发 and a titled telegram's number; a named shop to buy at, an app's accuracy promised whole, a body
// ranking itself best in a quality; a netizen's real name told, a named person's record told of 他
// in the next sentence; a person held until a fine is brought, cheat software advised, small stakes
// told harmless; a misconduct waved away with 怎么了, Darwin told to teach people; 习近平主席 in a
// party context; 中国海监 as current, a health code asked at a terminal in a travel season; votes
// counted per vehicle.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // An insider's leak of the next measure or a preliminary finding.
  [
    'confidentiality',
    '涉事企业已被立案侦查。据办案人员透露，下一步将对该企业法定代表人采取强制措施。',
    '据办案人员透露',
  ],
  [
    'confidentiality',
    '据参与调查的人员透露，初步认定系砂石船当班驾驶员酒后值班所致。',
    '初步认定系砂石船当班驾驶员酒后值班所致',
  ],
  ['confidentiality', '据专案组民警私下说，近期将对该团伙收网。', '近期将对该团伙收网'],
  ['confidentiality', '据调查组成员透露，初步判断为电线老化引发。', '初步判断为电线老化引发'],
  ['confidentiality', '据侦查人员透露，将于下周对涉案人员实施抓捕。', '将于下周对涉案人员实施抓捕'],
  ['confidentiality', '据参与侦办的民警透露，拟对两名股东刑事拘留。', '拟对两名股东刑事拘留'],
  // An unapproved report's bracketed note.
  [
    'confidentiality',
    '初步结论为三类坝。（鉴定报告尚未经上级主管部门审定，暂不得对外发布）',
    '鉴定报告尚未经上级主管部门审定，暂不得对外发布',
  ],
  ['confidentiality', '评估结果如下。（初步结论未经审核，请勿对外公开）', '请勿对外公开'],
  [
    'confidentiality',
    '【待上级审定后方可对外发布】今年水质监测数据如下。',
    '待上级审定后方可对外发布',
  ],
  ['confidentiality', '（数据尚未核定，不得对外公布）', '数据尚未核定，不得对外公布'],
  ['confidentiality', '（本方案尚未经党组会议审定，暂不对外发布）', '暂不对外发布'],
  // An exam's random draw told before it.
  [
    'confidentiality',
    '科目二考试下周举行，本轮考试随机抽考项目已确定为侧方停车和曲线行驶。',
    '随机抽考项目已确定为侧方停车和曲线行驶',
  ],
  ['confidentiality', '下周技能测试的抽考题目已定为消防器材使用。', '抽考题目已定为消防器材使用'],
  ['confidentiality', '明天考核的抽测内容已经敲定是心肺复苏。', '抽测内容已经敲定是心肺复苏'],
  ['confidentiality', '本次考试的抽签考题已经确定为第三套。', '抽签考题已经确定为第三套'],
  [
    'confidentiality',
    '请考生注意，实操考试抽考科目均已确定为电工基础。',
    '抽考科目均已确定为电工基础',
  ],
  // A check's blind spot told with its place.
  [
    'confidentiality',
    'T1航站楼3号、4号安检通道的行李X光机为单视角设备，对液体和叠放电子产品的识别存在盲区。',
    '识别存在盲区',
  ],
  [
    'confidentiality',
    '东门安检门对陶瓷刀具无法识别，请值班人员注意。',
    '东门安检门对陶瓷刀具无法识别',
  ],
  ['confidentiality', '2号出口的监控摄像头存在死角。', '2号出口的监控摄像头存在死角'],
  ['confidentiality', '北站候车室安检机对粉末状物品容易漏检。', '容易漏检'],
  ['confidentiality', '5号登机口的金属探测门对小件金属存在盲区。', '存在盲区'],
  ['confidentiality', '西门周界红外对夜间翻越存在漏洞。', '存在漏洞'],
  // An internal series' 内发 and a titled telegram's number.
  [
    'confidentiality',
    '按照《关于开展桥下空间专项整治的实施方案》（路政内发〔2024〕7号）要求，各大队要完成排查。',
    '路政内发〔2024〕7号',
  ],
  ['confidentiality', '根据县局内函〔2023〕5号文件精神，现通知如下。', '县局内函〔2023〕5号'],
  ['confidentiality', '按照《通知》（市委办内发〔2024〕3号）要求。', '市委办内发〔2024〕3号'],
  [
    'confidentiality',
    '根据集团公司《关于做好春运客运组织工作的电报》（济铁客电〔2024〕356号）要求，我段增派乘务人员。',
    '济铁客电〔2024〕356号',
  ],
  [
    'confidentiality',
    '按《关于加强汛期安全生产的电报》（市应急电〔2024〕9号）要求，各单位落实值班。',
    '市应急电〔2024〕9号',
  ],
  // A named shop to buy at.
  [
    'advertising',
    '相关产品可在“清源节水旗舰店”购买，链接：https://shop.qyjs-tmall.com。',
    '可在“清源节水旗舰店”购买',
  ],
  ['advertising', '节水器具可到绿源家电专卖店选购。', '可到绿源家电专卖店选购'],
  ['advertising', '请在“山里红”微店下单。', '请在“山里红”微店下单'],
  ['advertising', '本地蜂蜜均可在蜜源直营店购买。', '均可在蜜源直营店购买'],
  ['advertising', '欢迎到“老王农资”官方店选购。', '欢迎到“老王农资”官方店选购'],
  // An app's accuracy promised whole.
  [
    'advertising',
    '我局特别推荐“易行导航”App，地图数据100%准确，路况实时更新，欢迎下载使用。',
    '数据100%准确',
  ],
  ['advertising', '这款血压计测量结果百分之百精准。', '测量结果百分之百精准'],
  ['advertising', '推荐使用该软件，定位100%精确。', '定位100%精确'],
  ['advertising', '这款小程序识别百分百准确，欢迎下载。', '识别百分百准确'],
  ['advertising', '推荐“天气通”应用，预报100%准确。', '预报100%准确'],
  // A body ranking itself best in a quality.
  [
    'advertising',
    '作为全省检验质量第一的权威机构，中心将持续提升服务水平。',
    '全省检验质量第一的权威机构',
  ],
  ['advertising', '作为全国服务最好的港口，我们将一如既往。', '全国服务最好的港口'],
  ['advertising', '我们是全市服务最优的医院。', '全市服务最优的医院'],
  ['advertising', '本站是全省技术水平第一的检测站。', '全省技术水平第一的检测站'],
  ['advertising', '堪称全国管理最好的园区。', '全国管理最好的园区'],
  ['advertising', '作为全市服务效率最高、口碑最好的窗口单位。', '全市服务效率最高、口碑最好的窗口'],
  // A netizen's real name told.
  [
    'privacy',
    '关于网友“星辰大海”反映的问题，经核实，该网友真实姓名为邓晓梅，家住翠湖苑小区。',
    '真实姓名为邓晓梅',
  ],
  ['privacy', '留言人“小树”的真名叫王海波。', '王海波'],
  ['privacy', '经查，发帖人实名为李建新，系某公司职员。', '李建新'],
  ['privacy', '该博主真实身份是张丽，住在城南。', '张丽'],
  ['privacy', '举报人的真实姓名为刘红梅。', '刘红梅'],
  ['privacy', '来电人本名叫周强。', '周强'],
  // A named person's record told of 他 in the next sentence.
  [
    'privacy',
    '今年58岁的赵福生是白马村的民间河长。他年轻时曾因故意伤害罪服刑三年，出狱后主动护河。',
    '他年轻时曾因故意伤害罪服刑三年',
  ],
  [
    'privacy',
    '村民王建国是村里的养蜂大户。他早年因盗窃被判刑，如今靠养蜂致富。',
    '他早年因盗窃被判刑',
  ],
  ['privacy', '志愿者陈丽每天坚持助残。她曾因吸毒被强制隔离戒毒。', '她曾因吸毒被强制隔离戒毒'],
  ['privacy', '今年45岁的刘强开了一家面馆。他曾有盗窃前科。', '他曾有盗窃前科'],
  ['privacy', '村民马晓东年轻时曾因盗窃服刑三年。', '马晓东'],
  ['privacy', '62岁的孙立新是护林员。他此前因故意伤害入狱五年。', '他此前因故意伤害入狱五年'],
  // A person held until a fine is brought.
  [
    'legal',
    '队员收缴其电鱼工具，并将二人扣留在管理所内，直至家属送来罚款后才放行。',
    '将二人扣留在管理所内，直至家属送来罚款后才放行',
  ],
  ['legal', '城管把摊贩关在值班室，交了罚款才放人。', '交了罚款才放人'],
  ['legal', '巡逻队将该男子扣押在村委会，等到家人凑齐赔偿金后才释放。', '凑齐赔偿金后才释放'],
  ['legal', '保安把他关在保安室里，要求交清押金后才让其离开。', '交清押金后才让其离开'],
  ['legal', '景区工作人员将3名游客留在办公室，待缴纳罚款后放行。', '待缴纳罚款后放行'],
  // Cheat software advised.
  [
    'legal',
    '想提高接单率的，也可以安装“抢单神器”外挂软件，自动抢派高价订单。',
    '安装“抢单神器”外挂软件',
  ],
  ['legal', '外卖骑手可以下载抢单助手，轻松多接单。', '下载抢单助手'],
  ['legal', '下载虚拟定位软件就能远程打卡。', '下载虚拟定位软件'],
  ['legal', '继续教育学时太多？用刷课插件自动挂机就行。', '用刷课插件'],
  ['legal', '游戏玩家可以装个外挂，升级更快。', '装个外挂'],
  ['legal', '考生可借助自动答题神器快速完成练习。', '借助自动答题神器'],
  // Small stakes told harmless.
  ['legal', '休息区新增棋牌室，欢迎休班司机来打打麻将，小赌怡情。', '小赌怡情'],
  ['legal', '打牌带点彩头助兴，无伤大雅。', '带点彩头助兴'],
  ['legal', '打打麻将赌点小钱没关系。', '赌点小钱没关系'],
  ['legal', '逢年过节亲友打牌，来点彩头更有意思。', '来点彩头更有意思'],
  ['legal', '小赌一把无妨，图个开心。', '小赌一把无妨'],
  ['legal', '老人们打牌玩点小钱图个乐。', '玩点小钱图个乐'],
  // A misconduct waved away with 怎么了.
  [
    'opinion',
    '该教练确有大声呵斥学员的行为，已责令批评教育。不过话说回来，教练骂两句怎么了？严师出高徒嘛。',
    '骂两句怎么了',
  ],
  ['opinion', '老师说了几句又怎么了？', '说了几句又怎么了'],
  ['opinion', '保安推一下能怎么了？', '推一下能怎么了'],
  ['opinion', '城管训他两句怎么了，至于投诉吗？', '训他两句怎么了'],
  ['opinion', '医生凶了几句怎么了？', '凶了几句怎么了'],
  ['opinion', '家长打孩子两下怎么了？棍棒底下出孝子。', '打孩子两下怎么了'],
  // Darwin told to teach people.
  ['opinion', '劝也劝不住，那就只能让达尔文来教他做人了。', '让达尔文来教他做人'],
  ['opinion', '冬天冰面上玩耍的，这是在冲击达尔文奖。', '冲击达尔文奖'],
  ['opinion', '不听劝的，就让自然选择来淘汰他们吧。', '让自然选择来淘汰他们'],
  ['opinion', '屡教不改的，交给达尔文收拾这些人吧。', '交给达尔文收拾这些人'],
  ['opinion', '偷偷下河野泳的，怕是要角逐今年的达尔文奖。', '角逐今年的达尔文奖'],
  ['opinion', '不戴头盔的，让大自然来收了他们。', '让大自然来收了他们'],
  // 习近平主席 in a party context.
  [
    'political',
    '要深入学习贯彻习近平主席在党的二十大报告中关于推动绿色发展的重要论述。',
    '习近平主席',
  ],
  ['political', '习近平主席在二十届三中全会上发表重要讲话。', '习近平主席'],
  ['political', '习近平主席代表党中央向大会致辞。', '习近平主席'],
  ['political', '习近平主席在中央经济工作会议上强调，要稳中求进。', '习近平主席'],
  ['political', '学习习近平主席在中央政治局集体学习时的讲话。', '习近平主席'],
  ['political', '传达习近平主席在中央农村工作会议上的重要讲话精神。', '习近平主席'],
  // 中国海监 as current.
  ['policy', '我局联合中国海监、渔政等部门开展商渔船防碰撞专项整治行动。', '中国海监'],
  ['policy', '请及时向中国海监总队报告。', '中国海监'],
  ['policy', '本次执法由公安边防海警负责。', '公安边防海警'],
  // A health code asked at a terminal, a domestic flight or in a travel season.
  [
    'policy',
    '为保障暑运期间旅客出行安全，即日起，旅客进入航站楼时须出示健康码绿码，国内航班请提前90分钟值机。',
    '出示健康码绿码',
  ],
  ['policy', '春运期间，旅客进站须出示健康码。', '出示健康码'],
  ['policy', '乘坐国内航班的旅客登机前须出示行程卡。', '出示行程卡'],
  // Votes counted per vehicle or shop.
  [
    'coercion',
    '各出租汽车企业须组织驾驶员每天投票，每车每日不少于3票，投票截图发至企业管理群。',
    '每车每日不少于3票',
  ],
  ['coercion', '各网点组织员工投票，每个门店每天至少5票。', '每个门店每天至少5票'],
  ['coercion', '每辆出租车每天须完成投票10票。', '每辆出租车每天须完成投票10票'],
  ['coercion', '每名驾驶员每天须投票不少于3次。', '每名驾驶员每天须投票不少于3次'],
  ['coercion', '请各公交公司组织，每台车每日至少10票。', '每台车每日至少10票'],
  ['coercion', '每家商户每天不少于5票。', '每家商户每天不少于5票'],
];

const CLEAN: Array<[Gate, string]> = [
  ['confidentiality', '据办案民警介绍，该团伙已被全部抓获。'],
  ['confidentiality', '据了解，下一步将对该路段实施封闭施工。'],
  ['confidentiality', '未经批准，任何单位不得擅自发布预警信息。'],
  ['confidentiality', '（本方案经局党组会议审定后印发）'],
  ['confidentiality', '本次考试项目包括侧方停车、曲线行驶等，由系统随机抽考。'],
  ['confidentiality', '考试结束后公布：本轮随机抽考项目已确定为侧方停车。'],
  ['confidentiality', '各单位要排查监控盲区，消除安全隐患。'],
  ['confidentiality', '经检查，3号通道监控存在盲区，目前已完成整改。'],
  ['confidentiality', '按照《关于开展专项整治的通知》（市政发〔2024〕7号）要求。'],
  [
    'confidentiality',
    '按照《国务院办公厅关于做好春节期间安全工作的电报》（国办发明电〔2024〕2号）要求。',
  ],
  ['advertising', '可在当地实体店选购。'],
  ['advertising', '市民可在正规专卖店购买。'],
  ['advertising', '确保普查数据100%准确。'],
  ['advertising', '各地要确保上报数据100%准确。'],
  ['advertising', '被评为全市服务最好的窗口单位。'],
  ['advertising', '努力建设成为全国服务最好的港口。'],
  ['privacy', '请网友留下真实姓名和联系方式。'],
  ['privacy', '网友真实姓名将严格保密。'],
  ['privacy', '该网友真实姓名为王某。'],
  ['privacy', '今年70岁的李大爷每天巡河。他年轻时当过兵。'],
  ['privacy', '村民王建国讲述了革命烈士的故事。他曾被国民党关押入狱。'],
  ['legal', '对违法车辆予以暂扣，缴纳罚款后放行。'],
  ['legal', '严禁将当事人扣留在执法站内，待交纳罚款后放行。'],
  ['legal', '严禁网约车驾驶员使用抢单外挂软件。'],
  ['legal', '某司机因使用虚拟定位软件被平台封号。'],
  ['legal', '俗话说小赌怡情，大赌伤身，可赌博终究是违法。'],
  ['legal', '不要以为小赌怡情，赌博一旦成瘾悔之晚矣。'],
  ['legal', '所谓小赌怡情，往往是输光家产的开始。'],
  ['opinion', '孩子被老师骂了两句怎么办？'],
  ['opinion', '达尔文提出了进化论。'],
  ['opinion', '科普：达尔文奖的由来'],
  ['political', '习近平主席在中央军委会议上讲话。'],
  ['political', '习近平主席同来访的法国总统会谈。'],
  ['political', '习近平总书记在党的二十大报告中指出。'],
  ['policy', '2010年，原中国海监总队成立。'],
  ['policy', '自2023年1月8日起，进入航站楼不再查验健康码。'],
  ['coercion', '本次选举每人限投3票。'],
  ['coercion', '选举时，每车厢设一个投票箱。'],
];

const MISSPELT: Misspelt[] = [
  ['受连续降雨影响，白沙水库己于今日10时达到汛限水位。', '己于今日', '已于今日'],
  ['该项目己于近日通过验收。', '己于近日', '已于近日'],
  ['相关通知己于昨日下发。', '己于昨日', '已于昨日'],
  ['整改工作己于日前全部完成。', '己于日前', '已于日前'],
  ['新版系统己于本月上线运行。', '己于本月', '已于本月'],
  ['该路段己于上周恢复通行。', '己于上周', '已于上周'],
];

const SPELT_RIGHT = ['严于律己，于己于人都有好处。', '知己知彼，百战不殆。'];

describe('families of heldout-final87', () => {
  itReportsFamilies(CATCHES, CLEAN);
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
