// Rule families of the heldout-final33 round, each with wordings other than the set's: Hong Kong,
// Macao and Taiwan listed before "other countries" (港澳台及其他国家), Taipei called a capital, and an
// ethnic name for a quack (蒙古大夫); how to buy drugs by their code words; the former market
// regulator under its full name (工商行政管理部门) and leave for a late marriage told as current;
// the particulars of a division change not yet approved, a military site placed by a landmark and a
// distance, a figure the post says is unreleased and a secrecy marker after the year of a document
// number; an account endorsing a product; a complaint shrugged off (戴个耳塞嘛) and people called too
// delicate; a private person's mobile after their role and a courtesy (失主为李秀梅女士); and an app
// demanded or else no service (…否则不予办理备案) — and the near misses that stay quiet: 国家和地区,
// cities of Taiwan, code words named as a warning, a body told abolished under another of its names
// (不再保留国家卫生和计划生育委员会 … “卫计委”字样), 保密期限 explained, approved changes, memorial
// sites and weather radars, a year still to come, books and vaccines recommended, earplugs handed
// out, office numbers and 否则 with a risk.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Hong Kong, Macao and Taiwan listed before other countries
  ['political', '8天假期内共验放来自港澳台及其他国家的出入境旅客3.2万人次', '港澳台及其他国家'],
  ['political', '本次展会吸引了台湾及世界其他各国的客商参展', '台湾及世界其他各国'],
  ['political', '欢迎香港、澳门、台湾和其他国家的留学生报考', '台湾和其他国家'],
  ['political', '来自港澳台地区等其他国家的游客同比增长两成', '港澳台地区等其他国家'],
  // Taipei called a capital
  [
    'political',
    '初中组题目涉及东京、首尔、台北、曼谷等亚洲各国首都的地理位置与气候特征',
    '台北、曼谷等亚洲各国首都',
  ],
  ['political', '本期小课堂介绍亚洲各国首都，如东京、首尔、台北的气候特点', '台北'],
  ['political', '研学团抵达台湾的首都台北，参观了故宫博物院', '台湾的首都'],
  ['political', '台北作为台湾的首都，交通十分便利', '台北作为台湾的首都'],
  // an ethnic name for a quack, and sibling slurs
  ['political', '千万不要轻信街头巷尾的蒙古大夫和所谓“祖传秘方”', '蒙古大夫'],
  ['political', '这种看病靠蒙的蒙古大夫，害人不浅', '蒙古大夫'],
  ['political', '有网友称邻国是棒子国，这种说法不可取', '棒子国'],
  // how to buy drugs by their code words
  [
    'legal',
    '有网友问“上头电子烟”从哪里流出来的，其实在二手交易平台搜索“小树枝”“咖啡豆”等暗语，再私聊卖家就能买到。',
    '搜索“小树枝”“咖啡豆”等暗语，再私聊卖家就能买到',
  ],
  [
    'legal',
    '有同学说，在社交软件上输入暗号“飞叶子”，马上就能找到卖家，请家长留意。',
    '输入暗号“飞叶子”，马上就能找到卖家',
  ],
  [
    'legal',
    '只要在某短视频平台搜黑话“果冻”“跳跳糖”，私信对方即可下单。请广大青少年提高警惕。',
    '私信对方即可下单',
  ],
  // the former market regulator under its full name
  ['policy', '第二步，向当地工商行政管理部门申请设立登记，领取营业执照', '工商行政管理部门'],
  ['policy', '个体工商户可到所在地工商行政管理所办理年报', '工商行政管理所'],
  ['policy', '请将有关材料报送县工商行政管理机关备案', '工商行政管理机关'],
  // leave for a late marriage or a late birth told as current
  [
    'policy',
    '依法办理结婚登记的夫妻，可享受婚假3天；符合晚婚条件的可再增加晚婚假15天，婚假期间工资照发。',
    '晚婚假',
  ],
  ['policy', '我县实行晚婚者，婚假增加12天，请各单位遵照执行。', '晚婚者，婚假增加12天'],
  ['policy', '晚育的女职工增加产假30天，男方享受护理假。', '晚育的女职工增加产假30天'],
  ['policy', '符合条件的职工可申请晚育假，具体以单位规定为准。', '晚育假'],
  // the particulars of a division change not yet approved
  [
    'confidentiality',
    '据了解，市里正在研究的方案拟将青山区整体并入城东区，新区政府驻地设在东湖路，方案尚未经上级批准，也未对外公布。最终以正式文件为准。',
    '拟将青山区整体并入',
  ],
  [
    'confidentiality',
    '我县乡镇撤并方案还没报经市政府批准，计划把桥头乡并入城关镇。',
    '计划把桥头乡并入',
  ],
  [
    'confidentiality',
    '行政区划调整方案尚未对外公布，合并后的镇政府驻地设在原柳河乡政府。',
    '政府驻地设在',
  ],
  // a military site placed by a landmark and a distance
  [
    'confidentiality',
    '慰问组一行来到驻我县某部雷达阵地（位于大青山主峰东侧约2公里处），实地察看官兵训练生活条件。',
    '位于大青山主峰东侧约2公里处',
  ],
  ['confidentiality', '该炮兵阵地设在龙王山西侧约3公里的山坳里', '炮兵阵地设在龙王山西侧约3公里'],
  ['confidentiality', '驻地防空阵地距水库大坝北面约500米', '防空阵地距水库大坝北面约500米'],
  // a figure the post says is unreleased
  [
    'confidentiality',
    '据初步核算，前三季度全市地区生产总值同比增长5.9%（该数据尚未正式对外发布，以统计部门公布数据为准）。',
    '该数据尚未正式对外发布',
  ],
  ['confidentiality', '一季度全县规上工业增加值增长8.6%，上述数字暂未公开。', '上述数字暂未公开'],
  [
    'confidentiality',
    '以下数据尚未正式发布：上半年全市社会消费品零售总额增长6.2%。',
    '以下数据尚未正式发布',
  ],
  // a secrecy marker in a document number
  [
    'confidentiality',
    '会议原则通过了《县纪委监委关于第三季度案件查办情况的报告》（县纪发〔2023〕密字第5号）',
    '县纪发〔2023〕密字第5号',
  ],
  [
    'confidentiality',
    '现将《工作要点》（县委办密字〔2023〕12号）转发给你们',
    '县委办密字〔2023〕12号',
  ],
  ['confidentiality', '依据市委办密发〔2022〕3号文件精神', '市委办密发〔2022〕3号'],
  // an account endorsing a product
  [
    'advertising',
    '骑电动车请佩戴安全头盔！另外，本号强烈推荐雅迪电动车，质量过硬、续航持久，家门口的门店就能买到。',
    '推荐雅迪电动车，质量过硬',
  ],
  ['advertising', '小编力荐这款空气炸锅，好用不贵，家家都该有一台', '力荐这款空气炸锅，好用不贵'],
  ['advertising', '我们真诚推荐格力空调，省电又耐用，各大商场均有售', '推荐格力空调，省电'],
  // a complaint shrugged off, and people called too delicate
  [
    'opinion',
    '回复：广场舞是群众正常的文体活动，您可以戴个耳塞嘛，现在的人就是太娇气了。',
    '戴个耳塞嘛',
  ],
  ['opinion', '回复：嫌工地吵，晚上关上窗户不就行了', '关上窗户不就行了'],
  ['opinion', '回复：这点噪音您忍一忍呗，工期很快就结束', '忍一忍呗'],
  ['opinion', '回复：如今的年轻人也太娇气了，这点苦都吃不了', '如今的年轻人也太娇气'],
  // a private person's mobile after their role, with a courtesy
  [
    'privacy',
    '经查，失主为李秀梅女士，联系电话13907315526，请失主看到后尽快到城管执法大队认领。',
    '13907315526',
  ],
  ['privacy', '走失老人家属王建军，电话13812345678，请市民协助寻找', '13812345678'],
  ['privacy', '车主张海涛先生，手机号码为15907312345，请尽快挪车', '15907312345'],
  // an app or account demanded, or else no service
  [
    'coercion',
    '请沿街各商户于10月31日前扫码注册“智慧城管”小程序并上传营业执照，否则不予办理店招店牌设置备案。',
    '否则不予办理店招店牌设置备案',
  ],
  [
    'coercion',
    '请低保户关注“民政服务”公众号，不然下个月的补贴暂停发放。',
    '不然下个月的补贴暂停发放',
  ],
  [
    'coercion',
    '请各村民小组长提醒群众关注“平安乡村”公众号，否则无法领取今年的种粮补贴。',
    '否则无法领取今年的种粮补贴',
  ],
];

// [gate, text that must get no block or warn finding of the gate]
const CLEAN: Array<[Gate, string]> = [
  ['political', '来自港澳台及其他国家和地区的游客同比增长两成'],
  ['political', '境外人员（含港澳台）入住须登记'],
  ['political', '台湾地区青年交流团参加人员覆盖台北、台中、高雄等地高校'],
  ['political', '首尔、台北、东京等城市的航线陆续恢复'],
  ['political', '首都北京与台北两地的青年开展线上交流'],
  ['political', '患病后请到正规医疗机构就诊，不要轻信无资质的游医'],
  ['political', '内蒙古医科大学附属医院派出专家义诊'],
  ['legal', '毒贩常用“小树枝”“咖啡豆”等暗语进行交易，请家长留意孩子的聊天记录。'],
  ['legal', '不法分子让买家搜索暗语后私聊交易，目前已被警方抓获。'],
  ['legal', '在应用商店搜索“国家反诈中心”即可下载'],
  ['policy', '2018年机构改革后，工商行政管理部门的职责整合到市场监督管理部门'],
  ['policy', '原工商行政管理部门核发的营业执照继续有效'],
  [
    'policy',
    '根据2018年国务院机构改革方案，组建国家卫生健康委员会，不再保留国家卫生和计划生育委员会。如您在旧文件中看到“卫计委”字样，其职责现由卫生健康部门承担。',
  ],
  ['policy', '问：现在还有晚婚假吗？答：2016年起晚婚假已取消，婚假按国家规定执行。'],
  ['policy', '晚婚晚育假取消后，我省将婚假延长至13天'],
  ['policy', '请问有没有晚婚假？'],
  ['policy', '根据1988年的文件，实行晚婚者，增加婚假12天。'],
  ['policy', '职工休产假期间，工资照发'],
  [
    'confidentiality',
    '经国务院批准，撤销青山区，将其行政区域并入城东区，城东区人民政府驻地设在东湖路。',
  ],
  ['confidentiality', '网传“青山区将并入城东区”系谣言，我市未开展相关行政区划调整工作。'],
  ['confidentiality', '关于区划调整，具体方案尚未公布，请以官方发布为准。'],
  ['confidentiality', '县领导走访慰问驻县某部官兵，送去慰问品'],
  ['confidentiality', '抗美援朝时期的高炮阵地遗址位于村东山顶，现为爱国主义教育基地'],
  ['confidentiality', '县气象局新建的天气雷达站位于城东2公里处'],
  ['confidentiality', '宣传阵地设在村文化广场东侧20米处'],
  ['confidentiality', '2023年全市GDP增长5.2%，2024年数据尚未发布。'],
  ['confidentiality', '由于三季度数据尚未发布，本文引用上半年数据：全市GDP增长5.1%。'],
  ['confidentiality', '网传“我市GDP增长10%”，该数据系谣言，统计局尚未发布。'],
  ['confidentiality', '县政府办公室《关于做好防汛工作的通知》（县政办发〔2023〕15号）'],
  [
    'confidentiality',
    '国家秘密的标志为“★”，★前标密级，★后标保密期限，如“机密★10年”。涉密文件不得通过微信传输。',
  ],
  ['confidentiality', '密级的变更和解除应当由原定密机关决定，保密期限届满的自行解密'],
  ['advertising', '小编推荐几本好书，可到市图书馆免费借阅'],
  ['advertising', '强烈推荐60岁以上老人接种流感疫苗，疫苗安全有效'],
  ['advertising', '本号推荐五条秋季赏枫线路，快收藏吧'],
  ['advertising', '市场监管局提醒：购买电动车要选择质量可靠的正规品牌，认准3C标志'],
  ['opinion', '施工期间，项目部为周边居民免费发放耳塞'],
  ['opinion', '游泳时建议戴好耳塞，保护耳朵'],
  ['opinion', '孩子娇气怎么办？专家支招'],
  ['opinion', '雾霾天气请关好门窗，减少外出'],
  ['privacy', '失主李女士，请到城管执法大队值班室认领，值班电话0731-84567890'],
  ['privacy', '如有疑问请拨打城管执法大队值班电话13907315526'],
  ['coercion', '请下载“国家反诈中心”APP，否则容易上当受骗。'],
  ['coercion', '请通过“浙里办”APP预约，否则现场需排队等候。'],
  ['coercion', '请于10月31日前登录国家企业信用信息公示系统报送年报，否则将被列入经营异常名录。'],
];

describe('heldout-final33 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
