// Rule families of the heldout-final63 round, each with wordings other than the set's: Hong Kong and
// Macao in a list ended by 等海外市场, Taiwan set beside 内地 (political); the spirit of a past Party
// congress studied as current (policy); an exam's paper sent on before it is sat, counted members'
// dissenting votes at a closed meeting, a （涉密版） marking, data bracketed as 暂不对外, a command post's
// entrance told after a clause, an agreed external line with its figure (confidentiality); one shop
// made the public's only supplier, a 国家级秘方 (advertising); 嫌命太长 and 有点坑 (opinion); those who
// have not done an app task tied to appraisal, an account to follow before a service (coercion);
// 部暑 before a season or an area (text). No longer flagged: 明查暗访, and 截止 quoted after 不能说.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Hong Kong and Macao in a list ended by 等 + 海外/国外
  [
    'political',
    '近年来，石桥镇依托山区资源发展香菇种植，产品除供应周边省份外，还远销香港、澳门、日本等海外市场，带动1200余户群众增收。',
    '香港、澳门、日本等海外市场',
  ],
  ['political', '茶叶出口香港、新加坡、马来西亚等海外市场。', '香港、新加坡、马来西亚等海外市场'],
  ['political', '港澳等海外客商前来洽谈合作。', '港澳等海外客商'],
  [
    'political',
    '产品销往香港、澳门、台湾及东南亚等国外市场。',
    '香港、澳门、台湾及东南亚等国外市场',
  ],
  ['political', '古镇吸引了香港和美国等海外游客。', '香港和美国等海外游客'],
  ['political', '澳门、葡萄牙等外国客商参加了博览会。', '澳门、葡萄牙等外国客商'],
  // Taiwan set beside 内地
  ['political', '活动中，大家品月饼、猜灯谜、写书法，共叙内地与台湾的血脉亲情。', '内地与台湾'],
  ['political', '论坛旨在促进内地和台湾青年交流。', '内地和台湾'],
  ['political', '台湾与内地的经贸往来日益密切。', '台湾与内地'],
  ['political', '越来越多台湾青年来内地创业。', '台湾青年来内地'],
  ['political', '台胞在内地就业享受同等待遇。', '台胞在内地'],
  ['political', '内地同台湾的文化交流不断深入。', '内地同台湾'],
  // the spirit of a past Party congress studied as current
  [
    'policy',
    '2024年5月10日，镇党委理论学习中心组召开集体学习会，深入学习贯彻党的十九大精神，围绕推进乡村全面振兴进行交流研讨。',
    '十九大精神',
  ],
  ['policy', '村党支部组织党员学习党的十九届六中全会精神。', '十九届六中全会精神'],
  ['policy', '2023年，全县掀起学习贯彻十九大精神热潮。', '十九大精神'],
  ['policy', '机关支部开展党的十八大精神专题学习。', '十八大精神'],
  ['policy', '2025年3月，社区党委传达学习党的十九届五中全会精神。', '十九届五中全会精神'],
  ['policy', '局党组召开会议，认真贯彻落实党的十九大精神。', '十九大精神'],
  // an exam's paper sent on before it is sat
  [
    'confidentiality',
    '明天上午村级后备干部选拔笔试，试题已发各村书记，请提前组织报名人员熟悉：一、简述乡村振兴二十字总要求；二、……',
    '试题已发各村书记',
  ],
  ['confidentiality', '后天的面试，题目已发给各村支书，请转告考生。', '题目已发给各村支书'],
  ['confidentiality', '下周一招聘笔试，考题已经发到各学校校长手中。', '考题已经发到各学校'],
  [
    'confidentiality',
    '明天的遴选考试试题已下发各单位负责人，请组织考生提前熟悉。',
    '试题已下发各单位',
  ],
  ['confidentiality', '本周五村干部考试，试题已提前发各站所负责人。', '试题已提前发各站所负责人'],
  ['confidentiality', '明天笔试的题目已经转发给报名人员。', '题目已经转发给报名人员'],
  // counted members' dissenting votes at a closed meeting
  [
    'confidentiality',
    '11月20日，镇党委召开党委会议，拟提名李某某为副镇长人选。据了解，党委会上有3名委员对该人选投了反对票，最终以多数票通过。',
    '有3名委员对该人选投了反对票',
  ],
  ['confidentiality', '局党组会上，两位成员对该方案投了弃权票。', '两位成员对该方案投了弃权票'],
  ['confidentiality', '党委会表决时，1名委员投了反对票。', '1名委员投了反对票'],
  ['confidentiality', '县委常委会上，个别常委投反对票。', '个别常委投反对票'],
  ['confidentiality', '党委会研究该人选时，部分委员投了弃权票。', '部分委员投了弃权票'],
  [
    'confidentiality',
    '镇党委会议上，2名党委委员对调整方案投了反对票。',
    '2名党委委员对调整方案投了反对票',
  ],
  // a （涉密版） marking
  [
    'confidentiality',
    '附：《全县重要目标防护预案（涉密版）》主要内容：一、全县共有重点防护目标17处，其中水库大坝4处；二、……',
    '（涉密版）',
  ],
  ['confidentiality', '《人民防空疏散方案（涉密稿）》要点如下：', '（涉密稿）'],
  ['confidentiality', '附件：应急通信保障方案【内部版】', '【内部版】'],
  ['confidentiality', '《重点目标清单（涉密件）》已下发。', '（涉密件）'],
  ['confidentiality', '现将《防汛调度方案（内部稿）》摘要发布如下。', '（内部稿）'],
  ['confidentiality', '《全县民兵编组情况（涉密版本）》主要内容：', '（涉密版本）'],
  // data or an attachment bracketed as not for release
  [
    'confidentiality',
    '各乡镇：附件为全县秋粮产量调度数据（未经审核，暂不对外），请核对本乡镇数据后于明日下班前反馈至局计财股。',
    '暂不对外',
  ],
  ['confidentiality', '附件：拟表彰人员名单（内部掌握，请勿外传）', '请勿外传'],
  ['confidentiality', '现将各村低保核查台账（暂不对外公开）转发给大家。', '暂不对外公开'],
  ['confidentiality', '附件为一季度经济运行数据（请勿外传），请各单位核对。', '请勿外传'],
  ['confidentiality', '附：全县考核排名（仅供内部参考）', '仅供内部'],
  ['confidentiality', '附件为征收补偿测算表（不得对外提供），请各组核对。', '不得对外提供'],
  // a command post's entrance told after a clause
  [
    'confidentiality',
    '镇武装部工作动态：我镇人防工程指挥所已完成改造升级，入口位于镇政府办公楼后院东侧地下室，可容纳80人。',
    '入口位于镇政府办公楼后院东侧地下室',
  ],
  [
    'confidentiality',
    '区人防指挥所改造完成，入口位于区政府大院北侧地下车库。',
    '入口位于区政府大院北侧地下车库',
  ],
  [
    'confidentiality',
    '战时指挥所已投入使用，出入口设在镇政府后山山洞内。',
    '出入口设在镇政府后山山洞',
  ],
  [
    'confidentiality',
    '县人防指挥所经过加固，其入口在县委大院西侧地下。',
    '其入口在县委大院西侧地下',
  ],
  ['confidentiality', '地下指挥所竣工验收，入口位于县政府院内东北角。', '入口位于县政府院内东北角'],
  ['confidentiality', '弹药库于去年翻修，入口位于营区东侧山脚。', '入口位于营区东侧山脚'],
  // an agreed external line with its figure
  [
    'confidentiality',
    '关于“7·21”事故信息发布口径：据现场核实，实际死亡7人，对外统一口径为3人，请各单位严格按口径回应媒体和群众询问。',
    '对外统一口径为3人',
  ],
  ['confidentiality', '实际受伤12人，对媒体口径：受伤2人。', '对媒体口径：受伤2人'],
  ['confidentiality', '受灾农户共37户，向上级一律报5户。', '向上级一律报5户'],
  ['confidentiality', '经核实死亡4人，对外口径为1人，请统一回应。', '对外口径为1人'],
  ['confidentiality', '直接经济损失约800万元，对外统一说法是200万元。', '对外统一说法是200万元'],
  [
    'confidentiality',
    '本次火灾对外发布口径为无人员伤亡、过火面积30亩。',
    '对外发布口径为无人员伤亡、过火面积30亩',
  ],
  // one shop made the public's only supplier
  [
    'advertising',
    '村委会通知：经村“两委”研究，指定“丰收”农资店为本村化肥唯一供应商，请村民统一到该店购买春耕化肥。',
    '指定“丰收”农资店为本村化肥唯一供应商',
  ],
  [
    'advertising',
    '镇政府指定“惠民”超市为全镇低保户生活用品唯一供应点。',
    '指定“惠民”超市为全镇低保户生活用品唯一供应点',
  ],
  [
    'advertising',
    '社区指定鑫源家电维修部为本小区独家服务商。',
    '指定鑫源家电维修部为本小区独家服务商',
  ],
  [
    'advertising',
    '经村委会研究，指定“绿丰”种业公司为本村玉米种子独家经销商。',
    '指定“绿丰”种业公司为本村玉米种子独家经销商',
  ],
  ['advertising', '学校指定“明德”校服厂为唯一供货商。', '指定“明德”校服厂为唯一供货商'],
  ['advertising', '请家长统一到指定的校服店购买校服。', '统一到指定的校服店购买'],
  // a grade title on a secret recipe
  [
    'advertising',
    '走进特色产业合作社｜新民村米酒合作社采用国家级秘方酿制糯米酒，年产量达20吨，带动30余户村民就业。',
    '国家级秘方',
  ],
  ['advertising', '该酱料采用世界级秘方调制。', '世界级秘方'],
  ['advertising', '凉茶以国宝级秘方熬制。', '国宝级秘方'],
  ['advertising', '本品采用国家级保密配方。', '国家级保密配方'],
  ['advertising', '卤味坚持顶级秘方，香飘十里。', '顶级秘方'],
  ['advertising', '辣酱依托殿堂级秘制配方。', '殿堂级秘制配方'],
  // the reckless told they are tired of living
  [
    'opinion',
    '防溺水警示：某些人可真“聪明”，专挑汛期到河边野钓，真是嫌命太长。汛期河道水流湍急，请勿在河边逗留。',
    '嫌命太长',
  ],
  ['opinion', '冰面还没冻实就上去滑，简直是嫌自己命长。', '嫌自己命长'],
  ['opinion', '酒后驾驶还超速，这是活得不耐烦了。', '活得不耐烦了'],
  ['opinion', '雷雨天在大树下躲雨，怕是嫌命活得太长了。', '嫌命活得太长'],
  ['opinion', '高速上倒车，真是嫌自己的命太长！', '嫌自己的命太长'],
  ['opinion', '暴雨天还去河边看水，嫌命太长吗？', '嫌命太长'],
  // 坑 as a verdict
  [
    'opinion',
    '政策解读｜今年生猪调出大县奖励资金已下达。小编个人觉得这个补贴标准有点坑，但政策就是这样，大家按要求申报就行。',
    '有点坑',
  ],
  ['opinion', '这个收费标准太坑了！', '太坑了'],
  ['opinion', '停车费一小时20元，真坑人。', '真坑人'],
  ['opinion', '这个补贴也太坑了吧？', '也太坑了吧'],
  ['opinion', '网购要看清条款，不然真的坑啊。', '真的坑啊'],
  ['opinion', '这次调价实在坑，大家多担待。', '实在坑'],
  // those who have not done an app task tied to appraisal
  [
    'coercion',
    '【重要通知】各位同事：本周内要完成“国家反诈中心”APP推广注册任务。一、请全体干部职工及家属下载“国家反诈中心”APP，开启来电预警功能；二、每人将注册成功界面截图发至本群，并在表格中登记家属注册人数；三、各站所负责人于周五下班前汇总上报党政办。此项工作镇里每天通报进度，未完成的纳入年度考核，请大家高度重视。',
    '未完成的纳入年度考核',
  ],
  [
    'coercion',
    '请全体职工本周内下载“皖事通”APP并完成实名认证，各科室负责人于周五前汇总上报办公室，办公室每日通报进度，未完成的纳入年度考核。',
    '未完成的纳入年度考核',
  ],
  [
    'coercion',
    '关于推广“智慧社区”小程序的通知：各网格员要发动居民注册使用，网格长每周汇总一次，社区将定期公布，没有完成的网格员计入绩效考评。',
    '没有完成的网格员计入绩效考评',
  ],
  [
    'coercion',
    '本月起各村要组织群众关注镇政府公众号，并做好登记造册工作，月底前镇党政办统一汇总，未按时完成的村纳入年终考核。',
    '未按时完成的村纳入年终考核',
  ],
  [
    'coercion',
    '学习强国推广工作要求：各支部组织党员下载安装并注册，支部书记负责督促，每周五报送进度，未完成者列入年度考评。',
    '未完成者列入年度考评',
  ],
  [
    'coercion',
    '请各班主任动员家长注册“安全教育平台”账号，年级组长于周四汇总，学校统一上报教育局，不能按时完成的班级与班主任绩效挂钩。',
    '不能按时完成的班级与班主任绩效挂钩',
  ],
  // an account to follow before a service is given
  [
    'coercion',
    '温馨提示：办理低保年审时，须现场关注本镇公众号方可受理，请提前准备好手机。',
    '须现场关注本镇公众号方可受理',
  ],
  [
    'coercion',
    '办理居住证须先下载“智慧公安”APP并注册，方可受理。',
    '须先下载“智慧公安”APP并注册，方可受理',
  ],
  [
    'coercion',
    '来窗口办事的群众必须关注政务服务公众号才能办理。',
    '必须关注政务服务公众号才能办理',
  ],
  ['coercion', '申请临时救助需先注册“民政通”小程序才予受理。', '需先注册“民政通”小程序才予受理'],
  ['coercion', '领取高龄补贴必须绑定“社保通”账号后方可发放。', '必须绑定“社保通”账号后方可发放'],
  ['coercion', '企业年报须关注“市监在线”视频号后才给盖章。', '须关注“市监在线”视频号后才给盖章'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string]> = [
  ['political', '产品远销港澳地区和日本、韩国等海外市场。'],
  ['political', '吸引港澳台及海外侨胞来乡寻根。'],
  ['political', '促进内地与香港、澳门、台湾的交流合作。'],
  ['political', '共叙大陆与台湾的血脉亲情，香港、澳门、台湾同胞来内地投资。'],
  ['policy', '2018年，县委召开全会，学习贯彻党的十九大精神。'],
  ['policy', '镇党委深入学习贯彻党的二十大精神和二十届三中全会精神。'],
  ['confidentiality', '明天上午笔试，试题已密封保管，考前当众拆封。'],
  ['confidentiality', '明天笔试，准考证已发各村书记，请通知考生。'],
  ['confidentiality', '人大常委会表决时，2名委员投了弃权票。'],
  ['confidentiality', '村民代表会议上，3名代表对该方案投了反对票。'],
  ['confidentiality', '本方案分为公开版和涉密版，公开版全文如下。'],
  ['confidentiality', '《全县应急预案（公开版）》全文如下。'],
  ['confidentiality', '新建图书馆（暂不对外开放）预计明年启用。'],
  ['confidentiality', '全县秋粮产量数据经审核后将于月底公布。'],
  ['confidentiality', '人防指挥所已完成改造升级，将提升应急指挥能力。'],
  ['confidentiality', '镇便民服务中心已完成改造升级，入口位于镇政府办公楼东侧。'],
  ['confidentiality', '事故信息由县新闻办统一对外发布，严禁瞒报谎报。'],
  ['confidentiality', '对外口径要实事求是，不得隐瞒伤亡人数。'],
  ['advertising', '农资店须从正规渠道进货，请村民到证照齐全的农资店购买化肥。'],
  ['advertising', '经公开招标，确定某公司为本县政府采购定点供应商。'],
  ['advertising', '米酒酿制技艺入选国家级非物质文化遗产代表性项目名录。'],
  ['advertising', '坚持古法酿造，技艺入选省级非物质文化遗产名录。'],
  ['opinion', '汛期河道水流湍急，珍爱生命，请勿在河边垂钓。'],
  ['opinion', '科学健身有助于延长寿命。'],
  ['opinion', '路面坑洼较多，请减速慢行。'],
  ['opinion', '先挖好坑，再放树苗。'],
  ['coercion', '安全生产工作未完成的纳入年度考核。'],
  ['coercion', '欢迎下载APP，自愿参与，未完成的不纳入考核。'],
  ['coercion', '关注本镇公众号后可在线查询低保审核进度。'],
  ['coercion', '办理低保年审须携带身份证、户口本原件方可受理。'],
  ['coercion', '网传“市民需下载某某APP才能领取养老金”的消息系谣言。'],
];

// [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  ['县应急管理局召开专题会议，部暑今冬明春火灾防控工作。', '部暑今冬', '部署今冬'],
  ['县委召开常委会会议，专题部暑防汛工作。', '专题部暑', '专题部署'],
  ['镇政府部暑全镇秋冬季森林防火工作。', '部暑全镇', '部署全镇'],
  ['市政府部暑当前重点工作。', '部暑当前', '部署当前'],
  ['县政府召开动员部暑会。', '动员部暑', '动员部署'],
  ['镇党委部暑冬季安全生产大检查。', '部暑冬季', '部署冬季'],
];
const SPELT_RIGHT: string[] = ['教育部暑期将开展系列活动。', '外交部暑假期间照常办公。'];

describe('heldout-final63 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  describe('the text gate leaves alone', () => {
    it.each([
      '下一步，县安委会办公室将组织开展安全生产明查暗访。',
      '教育局伙食监管小组不定期明查暗访学生食堂。',
      '“截止”一般不带宾语，不能说“截止目前”，应说“截至目前”。',
      '不要说“截止今年6月”，应说“截至今年6月”。',
    ])('%s', (text) => {
      expect(textGateWarnings(text)).toEqual([]);
    });
    it('still reports 截止 before a time outside a quotation', () => {
      expect(textGateWarnings('截止目前，全县共接种疫苗10万剂。')).toContain('截止');
    });
  });
});
