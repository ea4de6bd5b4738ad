// The round on heldout-final52, each class with wordings other than the set's. First its false alarm,
// fixed by class: a farmers' co-operative selling its produce at a plain price read by the learned
// model as a seller's (advertising). Then the misses: the short name of an autonomous prefecture or
// county under the wrong province (湖南省恩施州), China set beside Hong Kong after a year (2025年中港
// 两地) (political); an internal document number (清团内〔2025〕3号), a garrison's camp and strength, a
// leader's office room, petitioners on a watch list, a cadre's intended post before the notice,
// members split at a closed meeting, a marked document shown (confidentiality); pay docked for a
// missing like, an interaction tallied into a long-named appraisal, a dictated rating enforced by
// points (coercion); private punishment allowed, a game's cash stakes, a minor named before 已被
// (legal); a complaint answered with "then do without" (opinion); a perfect rate claimed for an app,
// a pitch quoted from a livestream (advertising); an article of the superseded 信访条例 (policy); a
// phone number in a flat allocation (privacy); 人人有责 written 人人有则 (text).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { learnedAdvertisingSeverities } from '../../test/support/stub-advertising-model.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// The learned model's flag on produce: a stub model that flags 选购.
const learnedAdvert = (text: string) => learnedAdvertisingSeverities(text, '选购');

describe('heldout-final52 learned flags on farmers’ co-operatives', () => {
  it.each([
    '【助农推介】石坪乡高山茶油开始压榨啦！零售价每斤68元，有需要的市民可到乡农产品展销中心选购，或拨打石坪乡油茶专业合作社办公电话0746-6432218咨询。',
    '今年村里的脐橙丰收，每斤4元，欢迎市民到村果蔬专业合作社选购。',
    '石门镇农民合作社的新米已上市，售价每斤5.5元，欢迎选购。',
    '村股份经济合作社的土鸡蛋每枚1.2元，欢迎选购。',
    '县供销社农产品展销中心的香菇每斤30元，欢迎选购。',
    '消费帮扶专区上新：高山茶叶每盒128元，欢迎选购。',
  ])('informs in %s', (text) => {
    expect(learnedAdvert(text)).toEqual(['info']);
  });
  it.each([
    '村专业合作社脐橙仅需9.9元，欢迎选购。',
    '合作社新米券后19元，欢迎选购。',
    '本店新品上市，每件68元，欢迎选购。',
  ])('still warns in %s', (text) => {
    expect(learnedAdvert(text)).toEqual(['warn']);
  });
});

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an autonomous prefecture's or county's short name under the wrong province
  ['political', '6月19日至21日，湖南省恩施州、湘西州及我市北部将出现强降雨。', '湖南省恩施'],
  ['political', '四川省恩施州来凤县开展茶叶采摘节。', '四川省恩施'],
  ['political', '湖北省湘西州凤凰古城游客量回升。', '湖北省湘西'],
  ['political', '贵州省大理州洱海保护成效明显。', '贵州省大理'],
  ['political', '云南省黔东南州举办苗年活动。', '云南省黔东南'],
  ['political', '湖南省长阳县举办土家族民俗节。', '湖南省长阳县'],
  // China beside Hong Kong after a year
  ['political', '2025年中港两地青年交流营即将启程！', '中港两地'],
  ['political', '2024年中港跨境物流量持续增长。', '中港跨境'],
  ['political', '二〇二五年中港青年交流活动举行。', '中港青年'],
  ['political', '2023年中港经贸合作论坛在我市举办。', '中港经贸'],
  ['political', '2026年中港通关更加便利。', '中港通关'],
  // an internal document number
  [
    'confidentiality',
    '根据团县委内部文件（清团内〔2025〕3号）关于团干部调整的安排，近期将调整团委书记。',
    '清团内〔2025〕3号',
  ],
  ['confidentiality', '按照县委办内〔2024〕5号要求，各单位做好准备。', '县委办内〔2024〕5号'],
  ['confidentiality', '依据湘政内〔2023〕12号文件执行。', '湘政内〔2023〕12号'],
  ['confidentiality', '根据县纪内〔2025〕2号通知，开展专项检查。', '县纪内〔2025〕2号'],
  ['confidentiality', '参照市组内〔2024〕8号精神办理。', '市组内〔2024〕8号'],
  ['confidentiality', '按照县妇内〔2025〕1号安排部署。', '县妇内〔2025〕1号'],
  // a garrison's camp and standing strength
  [
    'confidentiality',
    '会议明确，驻县某部营区位于凤凰山北侧，常备兵力120人、冲锋舟8艘。',
    '驻县某部营区位于凤凰山北侧，常备兵力120人',
  ],
  ['confidentiality', '驻军某部现有官兵200余名，营区设在城东水库旁。', '现有官兵200余名'],
  ['confidentiality', '驻镇部队营区位于镇北山脚下，常驻官兵约300人。', '常驻官兵'],
  ['confidentiality', '某部营房建在西山林场旁，驻有兵力两个连。', '营房建在西山林场旁'],
  ['confidentiality', '驻地部队营区在县城南郊，现有兵员150名。', '营区在县城南郊'],
  ['confidentiality', '常驻官兵80人，营区位于水库大坝东侧。', '常驻官兵80人'],
  // a principal leader's office room
  ['confidentiality', '县委书记办公室位于A座5楼507室。', '县委书记办公室位于A座5楼507室'],
  ['confidentiality', '县长办公室位于A座4楼412室。', '县长办公室位于A座4楼412室'],
  ['confidentiality', '市长办公室设在主楼8楼801室。', '市长办公室设在主楼8楼801室'],
  ['confidentiality', '镇党委书记办公室在综合楼3层302室。', '书记办公室在综合楼3层302室'],
  ['confidentiality', '区长办公室位于行政中心6楼603室。', '区长办公室位于行政中心6楼603室'],
  ['confidentiality', '县政协主席办公室在2号楼5楼505室。', '主席办公室在2号楼5楼505室'],
  // petitioners on a watch list
  ['confidentiality', '对列入重点稳控名单的12名人员逐一落实包保责任。', '稳控名单的12名人员'],
  ['confidentiality', '全县8名维稳对象实行24小时盯控。', '8名维稳对象'],
  ['confidentiality', '国庆期间对15名稳控对象落实专人陪护。', '15名稳控对象'],
  ['confidentiality', '盯控人员中的3人已赴省城。', '盯控人员中的3人'],
  ['confidentiality', '稳控名单上的五名信访人已全部见面。', '稳控名单上的五名信访人'],
  // a cadre's intended post before the notice
  [
    'confidentiality',
    '县委召开常委会会议，对桐林镇镇长人选进行了酝酿，初步意向由县农业农村局副局长李建国同志担任。',
    '初步意向由县农业农村局副局长李建国同志',
  ],
  [
    'confidentiality',
    '经酝酿，初步意向为办公室主任王某某，下步进行考察。',
    '初步意向为办公室主任王某某',
  ],
  [
    'confidentiality',
    '据了解，倾向性意向是财政局副局长张某，尚未公示。',
    '倾向性意向是财政局副局长张某',
  ],
  ['confidentiality', '镇长人选由县委办副主任刘某某担任，下周考察。', '人选由县委办副主任刘某某'],
  [
    'confidentiality',
    '局党组会酝酿，意向人选为综合科科长赵建华同志。',
    '意向人选为综合科科长赵建华同志',
  ],
  ['confidentiality', '据悉，初步意向人选：交通局副局长孙某。', '初步意向人选：交通局副局长孙某'],
  // members split at a closed meeting
  [
    'confidentiality',
    '县气象局党组会进行了专题研究。会上，有同志认为预警发布偏早、影响了部分企业正常生产，也有同志坚持应提前发布。',
    '有同志认为预警发布偏早',
  ],
  ['confidentiality', '县政府常务会上，部分同志主张缓建，另有同志反对缓建。', '部分同志主张缓建'],
  [
    'confidentiality',
    '党委会上，个别委员担心资金不足，其他委员坚持按期开工。',
    '个别委员担心资金不足',
  ],
  ['confidentiality', '局办公会上，有的同志建议推迟，还有同志主张立即实施。', '有的同志建议推迟'],
  [
    'confidentiality',
    '常委会上，部分常委认为方案偏保守，也有常委质疑投资规模。',
    '部分常委认为方案偏保守',
  ],
  ['confidentiality', '碰头会上，有同志反对调整，也有人建议先试点。', '有同志反对调整'],
  // a marked document shown
  [
    'confidentiality',
    '县档案馆发现一份请示，文件首页标注“秘密★10年”，保管期限为永久。现将该文件部分内容予以展示。',
    '秘密★10年',
  ],
  ['confidentiality', '该报告封面印有“机密★20年”，现将其部分内容予以公布。', '机密★20年'],
  ['confidentiality', '这份请示首页标有“秘密★5年”，原文摘录如下。', '秘密★5年'],
  ['confidentiality', '档案首页注明“绝密★长期”，以下为部分内容。现予以展示。', '绝密★长期'],
  ['confidentiality', '文件右上角标注“机密★10年”，全文如下。', '机密★10年'],
  ['confidentiality', '材料首页盖有“秘密★1年”，现将部分内容予以披露。', '秘密★1年'],
  // pay docked for a missing like or screenshot
  [
    'coercion',
    '请大家必须关注并给每条视频点赞，点赞截图每天晚上发群里。谁没发截图，月底从护林员工资里扣50元。',
    '从护林员工资里扣50元',
  ],
  ['coercion', '请各位网格员转发推文，没转发的在当月绩效中扣20元。', '在当月绩效中扣20元'],
  ['coercion', '每天关注打卡，未打卡的从补贴里扣10元。', '从补贴里扣10元'],
  ['coercion', '各位保洁员要给视频号点赞，没点赞的从工资中扣30元。', '从工资中扣30元'],
  ['coercion', '请下载APP并截图，没有截图的在奖金里扣100元。', '在奖金里扣100元'],
  ['coercion', '请老师们转发公众号文章，未按时转发的从津贴里扣50元。', '从津贴里扣50元'],
  // an interaction tallied into a long-named appraisal
  [
    'coercion',
    '请各位档案员关注视频号并点赞、评论、转发，完成后截图回复本群。完成情况将纳入2025年度各单位档案工作目标管理考核。',
    '完成情况将纳入2025年度各单位档案工作目标管理考核',
  ],
  [
    'coercion',
    '请各村下载“平安乡村”APP，注册情况纳入2025年度各村平安建设目标管理考核。',
    '注册情况纳入',
  ],
  ['coercion', '请关注政务公众号，关注情况计入全年乡村振兴重点工作综合考评。', '关注情况计入'],
  ['coercion', '请全员转发，完成情况列入本年度机关作风建设专项工作考核。', '完成情况列入'],
  ['coercion', '请安装反诈APP，安装情况纳入全县各部门年度平安建设责任考核。', '安装情况纳入'],
  ['coercion', '请在公众号留言，参与情况将纳入年度宣传思想文化工作目标考核。', '参与情况将纳入'],
  // a dictated rating enforced by points
  [
    'coercion',
    '请各单位引导信访人在回访中一律选择“满意”。回访中出现“不满意”评价的，每件扣责任单位年度信访工作考核2分。',
    '每件扣责任单位年度信访工作考核2分',
  ],
  [
    'coercion',
    '要求各窗口引导群众评价“非常满意”，出现差评的，每次扣窗口绩效考核1分。',
    '差评的，每次扣窗口绩效',
  ],
  [
    'coercion',
    '请督促服务对象给予“满意”评价，“不满意”的扣经办人当月绩效。',
    '“不满意”的扣经办人当月绩效',
  ],
  ['coercion', '引导群众回答“满意”，基本满意的扣所在单位考核0.5分。', '基本满意的扣所在单位考核'],
  ['coercion', '动员办事群众打五星好评，差评的每条扣窗口年度考核1分。', '差评的每条扣窗口年度考核'],
  ['coercion', '确保回访时群众选择“满意”，不满意的每件扣乡镇考核3分。', '不满意的每件扣乡镇考核'],
  // private punishment allowed
  ['legal', '三、对偷盗集体财物者，村民可将其捆绑游街示众，以儆效尤。', '可将其捆绑游街示众'],
  ['legal', '抓到小偷一律挂牌游街。', '一律挂牌游街'],
  ['legal', '对抓到的小偷可以先绑起来再报警。', '可以先绑起来'],
  ['legal', '偷鸡摸狗者，村民有权将其关押一夜。', '有权将其关押'],
  ['legal', '乱倒垃圾的，准许村干部当众罚跪。', '准许村干部当众罚跪'],
  ['legal', '不孝子女可由族人示众批斗。', '可由族人示众'],
  // a game's cash stakes
  ['legal', '为提高比赛趣味性，“掼蛋”项目设现金赌注，每局输赢上限200元。', '设现金赌注'],
  ['legal', '棋牌比赛设置彩头，欢迎参加。', '设置彩头'],
  ['legal', '麻将比赛每局输赢不超过100元。', '每局输赢不超过100元'],
  ['legal', '斗地主比赛设赌注，多赢多得。', '设赌注'],
  ['legal', '本次比赛设现金彩头。', '设现金彩头'],
  ['legal', '每把输赢封顶50元。', '每把输赢封顶50元'],
  // a minor named before 已被
  ['legal', '经查，涉嫌故意伤害的15岁少年王浩然已被公安机关依法处理。', '王浩然'],
  ['legal', '盗窃电动车的16岁少年李晓峰现已被刑事拘留。', '李晓峰'],
  ['legal', '14岁男孩张明目前已被警方控制，涉嫌抢劫。', '张明'],
  ['legal', '涉嫌纵火的17岁少年赵强已经被抓获。', '赵强'],
  ['legal', '16岁的嫌疑人刘凯当场被抓获，涉嫌故意伤害。', '刘凯'],
  ['legal', '涉嫌抢夺的15岁学生周洋随即被警方带走。', '周洋'],
  // a complaint answered with "then do without"
  ['opinion', '县机关事务管理局回复：嫌食堂难吃可以不吃，外面饭店多的是。', '嫌食堂难吃可以不吃'],
  ['opinion', '回复：嫌饭菜贵就别买。', '嫌饭菜贵就别买'],
  ['opinion', '回复：吃不惯可以不吃。', '吃不惯可以不吃'],
  ['opinion', '回复：不满意的话可以不来。', '不满意的话可以不来'],
  ['opinion', '回复：嫌公交太挤可以不坐。', '嫌公交太挤可以不坐'],
  ['opinion', '回复：看不惯可以不看。', '看不惯可以不看'],
  // a perfect rate claimed for an app or a product
  [
    'advertising',
    '推荐大家下载“风云速报”天气APP，分钟级降水预报准确率100%，还能一键查看未来40天天气。',
    '准确率100%',
  ],
  ['advertising', '这款软件定位精准率百分之百，欢迎下载。', '精准率百分之百'],
  ['advertising', '该款产品有效率高达100%。', '有效率高达100%'],
  ['advertising', '这个小程序测算准确率达100%。', '准确率达100%'],
  ['advertising', '智能客户端命中率为100％。', '命中率为100％'],
  ['advertising', '这款APP的成功率是百分百。', '成功率是百分百'],
  // a pitch quoted from a livestream
  [
    'advertising',
    '副县长刘卫东向网友推介清溪黑茶：“我们的清溪黑茶全国销量第一，喝过的人都说好！”',
    '全国销量第一',
  ],
  ['advertising', '镇长在直播间带货时说：“我们的大米全国销量第一！”', '全国销量第一'],
  ['advertising', '主播向网友推荐脐橙：“全网最低价，错过再等一年！”', '全网最低价'],
  ['advertising', '局长为家乡代言：“我们的茶叶是全国第一品牌！”', '全国第一品牌'],
  ['advertising', '村支书吆喝道：“全网最低价，手慢无！”', '全网最低价'],
  ['advertising', '县长推介蜂蜜：“全国销量第一，纯天然！”', '全国销量第一'],
  // an article of the superseded 信访条例
  [
    'policy',
    '根据《信访条例》第二十二条规定，县住建局已于法定期限内作出答复意见。',
    '《信访条例》',
  ],
  ['policy', '依照信访条例第三十四条，可以请求复查。', '信访条例'],
  ['policy', '按照《信访条例》的第十四条，该诉求应通过法定途径解决。', '《信访条例》'],
  ['policy', '根据“信访条例”第三十五条规定，您可申请复核。', '信访条例'],
  ['policy', '依据《信访条例》第二十一条，本机关予以受理。', '《信访条例》'],
  ['policy', '《信访条例》第三十三条规定了办理期限。', '《信访条例》'],
  // a phone number in a flat allocation
  [
    'privacy',
    '【公示】同意将周转房分配给新引进人才居住。县人民医院张某某，分配至凤凰小区7栋1单元302室，联系电话13517460927。',
    '13517460927',
  ],
  ['privacy', '县一中李某某，分配至人才公寓2栋501室，电话13807310001。', '13807310001'],
  ['privacy', '承租人王某，手机13907310002。', '13907310002'],
  ['privacy', '配租对象赵某某，联系电话15807310003。', '15807310003'],
  ['privacy', '分配至幸福小区3栋1单元201室：刘某，13607310004。', '13607310004'],
  ['privacy', '县医院陈某，分配至周转房1号楼302号房，联系电话18907310005。', '18907310005'],
];

// Posts on the same topics without the fault.
const CLEAN: Array<[Gate, string]> = [
  ['political', '湖北省恩施州巴东县开展茶叶采摘节。'],
  ['political', '湖南湘西州凤凰县游客量回升。'],
  ['political', '湖北省巴东县、湖北省长阳县联合举办民俗节。'],
  ['political', '河南省武陟县人民法院开展普法活动。'],
  ['political', '青海省海南州共和县开展草原保护。'],
  ['political', '年中港口吞吐量创新高。'],
  ['political', '2025年中港集团召开年度会议。'],
  ['political', '2025年内地与香港两地青年交流营即将启程。'],
  ['confidentiality', '根据清政发〔2025〕3号文件精神，做好相关工作。'],
  ['confidentiality', '依照湘政办发〔2024〕12号要求执行。'],
  ['confidentiality', '县领导慰问驻县部队，向全体官兵致以节日问候。'],
  ['confidentiality', '我镇现有人员120人，驻地位于镇政府大院。'],
  ['confidentiality', '县信访接待大厅位于行政中心1楼101室。'],
  ['confidentiality', '县长热线办公室位于政务中心，电话12345。'],
  ['confidentiality', '严禁搞稳控名单，依法保障信访人合法权益。'],
  ['confidentiality', '疫情期间重点管控人员12名已解除隔离。'],
  ['confidentiality', '现予公示：初步意向人选为王某某同志，公示期5个工作日。'],
  ['confidentiality', '会上，有同志建议加强防汛宣传，会议决定印发通知。'],
  ['confidentiality', '市人大常委会审议时，有的委员认为应加快立法，也有委员主张先行调研。'],
  ['confidentiality', '县档案馆展出一份已解密文件，首页标注的密级已依法解除。'],
  ['confidentiality', '【保密小课堂】密级标志由密级和保密期限组成，如“秘密★10年”。'],
  ['coercion', '请各位护林员关注森林防火视频，自愿点赞转发。'],
  ['coercion', '护林员工资每月月底发放，迟到早退的按规定扣50元。'],
  ['coercion', '安全生产工作完成情况纳入2025年度各单位目标管理考核。'],
  ['coercion', '群众不满意的事项，扣减责任单位年度考核分。'],
  ['coercion', '请如实评价，满意或不满意均可，评价结果不与考核挂钩。'],
  ['legal', '严禁将违法者捆绑游街示众，发现小偷请及时报警。'],
  ['legal', '旧社会地主将欠租农民捆绑游街。'],
  ['legal', '公安机关可依法对其关押审查。'],
  ['legal', '可以私信提供一下捆绑的固定电话号码。'],
  ['legal', '比赛不设现金赌注，不论输赢均有纪念品。'],
  ['legal', '严禁设赌注，文明参赛。'],
  ['legal', '15岁少年王浩然已经在全国青少年科技创新大赛中获得一等奖。'],
  ['opinion', '不需要用餐的同志可以不报名。'],
  ['opinion', '感谢您的建议，食堂将增加辣味菜品。'],
  ['advertising', '今年全县食品抽检合格率100%，预警信息准确率100%。'],
  ['advertising', '市场监管局提醒：有主播在直播间推荐时称“全国销量第一”，涉嫌虚假宣传。'],
  ['advertising', '下载“国家反诈中心”APP，及时识别诈骗信息。'],
  ['policy', '根据《信访工作条例》第三十一条，您可申请复查。'],
  ['policy', '根据《湖南省信访条例》第十条规定办理。'],
  ['policy', '您于2018年8月28日来信，根据《信访条例》第十四条规定，现回复如下。'],
  ['privacy', '周转房分配工作由机关事务中心负责，咨询电话0746-6432218。'],
];

describe('heldout-final52 round families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

const MISSPELT: Misspelt[] = [
  ['【森林防火 人人有则】清明将至，祭祀用火增多。', '人人有则', '人人有责'],
  ['保护环境，人人有则。', '人人有则', '人人有责'],
  ['疫情防控，守土有则。', '守土有则', '守土有责'],
  ['天下兴亡，匹夫有则。', '匹夫有则', '匹夫有责'],
  ['安全生产人人有则，隐患排查人人参与。', '人人有则', '人人有责'],
];
const SPELT_RIGHT = ['森林防火，人人有责。', '有则改之，无则加勉。', '守土有责，守土负责。'];

describe('heldout-final52 misspellings', () => {
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
