// Rule families from heldout-final83, measured once before its round and then read: the two central
// general offices out of rank (国务院办公厅、中共中央办公厅), farm inputs without a label recommended, a
// drug crop told harmless after the post's own 其实, a suspect seized or beaten by villagers praised, a
// suspect called a criminal before his transfer to the police, a divorce with the time told between
// the name and the spouse, a credit record of a name opening what an office found, a farmer's
// notifiable infection by name, a safety device sold as protecting in full, the account's own despair
// (我们都快崩溃了), 变的 with a degree complement (text gate, typo detector), and an internal
// publication's custody line (内部刊物，注意保存).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // political: the central general offices out of rank
  [
    'political',
    '近日，国务院办公厅、中共中央办公厅印发《关于深化消防执法改革的意见》，我站将认真学习贯彻。',
    '国务院办公厅、中共中央办公厅',
  ],
  ['political', '国办、中办联合印发通知，部署做好今年秋冬季森林防火工作。', '国办、中办'],
  [
    'political',
    '据新华社消息，国务院办公厅，中共中央办公厅日前联合发布了关于基层减负的通知。',
    '国务院办公厅，中共中央办公厅',
  ],
  [
    'political',
    '我局组织干部职工认真学习《国务院办公厅、中共中央办公厅关于加强新时代乡村治理的意见》。',
    '国务院办公厅、中共中央办公厅',
  ],
  [
    'political',
    '国务院办公厅、党中央办公厅近期就安全生产工作作出部署。',
    '国务院办公厅、党中央办公厅',
  ],
  [
    'political',
    '按照国务院办公厅 中共中央办公厅统一部署，全县开展专项督查。',
    '国务院办公厅 中共中央办公厅',
  ],
  // legal: unlicensed farm inputs recommended
  [
    'legal',
    '县种子管理站在走访中了解到，一些私下繁育的“白皮袋”玉米种子没有标签，价格只有正规种子的一半，出苗也不差，农户可以放心购买使用。',
    '玉米种子没有标签',
  ],
  ['legal', '这种散装农药没有登记证，但杀虫效果一样好，种植户可以放心使用。', '农药没有登记证'],
  ['legal', '三无兽药价格便宜又管用，养殖户可以大胆使用。', '三无兽药'],
  ['legal', '邻县流出的白皮包水稻种子产量不错，大家不妨试试。', '白皮包水稻种子'],
  ['legal', '村里代销的叶面肥虽然无生产许可证，但效果明显，值得购买。', '叶面肥虽然无生产许可证'],
  ['legal', '小作坊生产的饲料没有标签，但比品牌饲料便宜三成，放心买就行。', '饲料没有标签'],
  // legal: a drug crop told harmless after 其实, however far
  [
    'legal',
    '其实庭院里种几株罂粟花当观赏植物问题不大，既美观又好养护。',
    '种几株罂粟花当观赏植物问题不大',
  ],
  ['legal', '其实在自家菜园边上种几棵罂粟当调料用没什么问题。', '种几棵罂粟当调料用没什么问题'],
  [
    'legal',
    '其实房前屋后种上三五株大麻用来观赏，一般来说没事。',
    '种上三五株大麻用来观赏，一般来说没事',
  ],
  [
    'legal',
    '其实阳台上栽几盆罂粟花供孩子们观察学习也不要紧。',
    '栽几盆罂粟花供孩子们观察学习也不要紧',
  ],
  ['legal', '其实老人们在院子里种些大烟治个头疼脑热，问题不大。', '种些大烟治个头疼脑热，问题不大'],
  ['legal', '其实农户在地头种几株罂粟做药引子，无妨。', '种几株罂粟做药引子，无妨'],
  // legal: suspects seized or beaten by villagers praised
  [
    'legal',
    '村民自发扣押并殴打嫌疑人的做法值得肯定，派出所已介入调查。',
    '自发扣押并殴打嫌疑人的做法值得肯定',
  ],
  ['legal', '群众私自关押偷羊贼一夜的做法值得提倡。', '私自关押偷羊贼一夜的做法值得提倡'],
  ['legal', '几名商户合力殴打抢包男子，这种见义勇为值得表扬。', '合力殴打抢包男子'],
  ['legal', '居民擅自扣留盗窃电动车的嫌疑人，应予肯定。', '擅自扣留盗窃电动车的嫌疑人'],
  ['legal', '村民一拥而上捆绑了偷牛人，值得大家学习。', '一拥而上捆绑了偷牛人'],
  ['legal', '渔民自行扣押偷网人三天，这一做法值得鼓励。', '自行扣押偷网人三天'],
  // legal: a suspect called a criminal before his transfer to the police
  [
    'legal',
    '县渔政执法大队在柳林湾查获一起电鱼案件，电鱼的罪犯李某已被移送公安机关进一步处理。',
    '罪犯',
  ],
  ['legal', '市场监管局查处一起制售假酒案，犯罪分子王某已移交公安机关。', '犯罪分子'],
  ['legal', '林业站巡查发现盗伐林木行为，盗伐罪犯赵某已被移送公安处理。', '罪犯'],
  ['legal', '税务部门查实一起虚开发票案件，案件线索和犯罪分子已移送公安机关。', '犯罪分子'],
  ['legal', '城管执法中发现一名盗窃井盖的罪犯，现已移交公安机关。', '罪犯'],
  ['legal', '文化执法大队查获一起非法出版物案，涉案罪犯孙某已被移交司法机关。', '罪犯'],
  // privacy: divorce with the time between the name and the spouse
  [
    'privacy',
    '经了解，城南社区居民陈丽华已于去年与丈夫协议离婚，双方因子女抚养费问题产生矛盾。',
    '陈丽华已于去年与丈夫协议离婚',
  ],
  [
    'privacy',
    '调解员了解到，村民周建国于2022年3月和前妻李梅离婚，此后一直独居。',
    '周建国于2022年3月和前妻李梅离婚',
  ],
  ['privacy', '居民赵红梅早在前年就与丈夫分居，独自抚养两个孩子。', '赵红梅早在前年就与丈夫分居'],
  ['privacy', '据悉，职工孙国庆已于今年5月同妻子办理离婚手续。', '孙国庆已于今年5月同妻子办理离婚'],
  [
    'privacy',
    '经核实，刘晓燕曾于2019年与丈夫王海涛因感情不和离婚。',
    '刘晓燕曾于2019年与丈夫王海涛因感情不和离婚',
  ],
  [
    'privacy',
    '据调解员介绍，吴建华在去年年底与老婆协议离婚，随后搬离了小区。',
    '吴建华在去年年底与老婆协议离婚',
  ],
  // privacy: credit record of a name opening a finding
  ['privacy', '另据了解，孙晓梅个人征信存在多次贷款逾期记录。', '孙晓梅个人征信存在多次贷款逾期'],
  ['privacy', '据了解，王建军个人征信显示有多笔信用卡逾期。', '王建军个人征信显示有多笔信用卡逾期'],
  ['privacy', '经查，李秀英征信报告存在多次逾期还款记录。', '李秀英征信报告存在多次逾期'],
  ['privacy', '另经核实，赵志刚征信记录中有三笔网贷逾期。', '赵志刚征信记录中有三笔网贷逾期'],
  [
    'privacy',
    '据查，陈国华个人征信存在大量不良记录，贷款申请未获批准。',
    '陈国华个人征信存在大量不良',
  ],
  ['privacy', '经了解，刘丽萍征信存在连续六个月逾期。', '刘丽萍征信存在连续六个月逾期'],
  // privacy: a notifiable infection of a named farmer
  [
    'privacy',
    '经核实，城南镇养殖户李志强已确诊布鲁氏菌病，其家中羊群正在进行检测。',
    '李志强已确诊布鲁氏菌病',
  ],
  ['privacy', '种植户王德明被确诊为肺结核，已居家隔离治疗。', '王德明被确诊为肺结核'],
  ['privacy', '东山村农户张桂兰患有布病，目前在县医院治疗。', '张桂兰患有布病'],
  ['privacy', '养殖户刘建国感染布鲁菌病后，羊场暂停出栏。', '刘建国感染布鲁菌病'],
  ['privacy', '据排查，村民赵福贵确诊为结核病，密切接触者已完成筛查。', '赵福贵确诊为结核病'],
  ['privacy', '经诊断，养殖户孙有才系布鲁氏菌病患者，已在家中服药治疗。', '孙有才系布鲁氏菌病'],
  // advertising: a safety device sold as protecting in full
  ['advertising', '建议有条件的农户安装“安雷宝”牌避雷装置，可实现100%防雷击。', '100%防雷击'],
  [
    'advertising',
    '建议居民加装“护宅”牌燃气报警器，能百分之百预防煤气中毒。',
    '百分之百预防煤气中毒',
  ],
  ['advertising', '购买“净流”牌净水器，可以百分百清除水中重金属。', '百分百清除水中重金属'],
  ['advertising', '选购“稳固”牌防滑垫，老人洗澡时可100%防止滑倒。', '100%防止滑倒'],
  ['advertising', '使用“驱蚊宝”牌灭蚊灯，全屋蚊虫100%杀灭。', '100%杀灭'],
  ['advertising', '配备“安心”牌电动车充电桩，百分之百避免电池起火。', '百分之百避免电池起火'],
  // opinion: the account's own despair with 快
  ['opinion', '这几天的雨下得我们都快崩溃了，全站职工已经连续值守72个小时。', '我们都快崩溃了'],
  ['opinion', '天天接到重复咨询电话，小编都要抓狂了！', '小编都要抓狂了'],
  ['opinion', '这么多留言一条条回，我们简直要疯掉了。', '我们简直要疯掉了'],
  ['opinion', '一晚上处理了三十多起警情，我们真的快要崩溃啊！', '我们真的快要崩溃啊'],
  ['opinion', '连续加班一个月，本号几乎心累了。', '本号几乎心累了'],
  ['opinion', '同样的问题问了八遍，我们差点无语了。', '我们差点无语了'],
  // confidentiality: an internal publication's custody line
  [
    'confidentiality',
    '以下内容摘自省气象局《重大气象信息专报》（内部刊物，注意保存）：预计今年主汛期我省降水偏多。',
    '内部刊物，注意保存',
  ],
  [
    'confidentiality',
    '本文摘自《农情简报》（内部资料，请妥善保管），预计今年小麦单产与上年持平。',
    '内部资料，请妥善保管',
  ],
  [
    'confidentiality',
    '《水利工作动态》内部读物 注意保管，现将主要内容摘登如下。',
    '内部读物 注意保管',
  ],
  [
    'confidentiality',
    '据市统计局《统计专报》（内部简报，阅后退回），前三季度全市GDP增长5.6%。',
    '内部简报，阅后退回',
  ],
  [
    'confidentiality',
    '《政务参考》系内部刊物，不得外借，现将第3期要点转发如下。',
    '内部刊物，不得外借',
  ],
  ['confidentiality', '（内部发行·用后收回）以下为今年防汛抗旱工作要点。', '内部发行·用后收回'],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '中共中央办公厅、国务院办公厅印发《关于加强社区工作者队伍建设的意见》。'],
  ['political', '中办、国办印发《关于解决形式主义突出问题为基层减负的通知》。'],
  ['legal', '没有标签的种子不要购买，购买正规种子可以放心使用。'],
  ['legal', '经抽检，该批次种子标签齐全，质量合格，农户可以放心购买。'],
  ['legal', '其实很多人以为种几株罂粟问题不大，这是错误的。'],
  ['legal', '其实罂粟花很美，但种植罂粟是违法行为。'],
  ['legal', '群众自发协助民警抓获嫌疑人的做法值得肯定。'],
  ['legal', '村民自发组织夜间巡逻的做法值得肯定，有效减少了盗窃案件。'],
  ['legal', '犯罪嫌疑人王某已被移送公安机关进一步处理。'],
  ['legal', '监狱组织罪犯开展劳动技能培训，并将一名严重违纪罪犯移送公安机关侦查。'],
  ['privacy', '陈某已于去年与丈夫协议离婚，双方就抚养费达成一致。'],
  ['privacy', '王建国于1975年与妻子李秀兰结婚，相濡以沫近五十年。'],
  ['privacy', '据了解，个人征信存在多次贷款逾期记录会影响房贷审批。'],
  ['privacy', '经核查，李建华个人征信无逾期记录，符合贷款条件。'],
  ['privacy', '养殖户李志强积极配合布鲁氏菌病防控工作，羊群免疫率达100%。'],
  ['privacy', '养殖户要做好个人防护，预防布鲁氏菌病。'],
  ['advertising', '安装避雷装置可有效防雷击，请到正规渠道选购。'],
  ['advertising', '全县乡镇均已安装防雷设施，覆盖率100%。'],
  ['opinion', '我们将全力做好防汛工作，请群众放心。'],
  ['opinion', '连续值守72小时，全站职工仍坚守岗位。'],
  ['confidentiality', '请注意保存好缴费发票，以备查验。'],
  ['confidentiality', '本馆藏有各类内部刊物500余种，欢迎读者查阅。'],
];

describe('families of heldout-final83', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('writes 变得 before a degree complement, and leaves 不变的 and 变得 alone', () => {
    const slips = (text: string) =>
      textGateFindings(text)
        .filter((f) => f.rule === 'text.de-di-de')
        .map((f) => f.suggestion);
    expect(slips('经过一年多的改造，我站测验河段的环境变的更加整洁美观。')).toEqual(['得']);
    expect(slips('经过整治，村里的道路变的越来越宽敞。')).toEqual(['得']);
    expect(slips('改造完成后，老旧小区变的十分漂亮。')).toEqual(['得']);
    expect(slips('雨后的山林变的格外清新。')).toEqual(['得']);
    expect(slips('有了新的服务大厅，办事流程变的非常便捷。')).toEqual(['得']);
    expect(slips('这几年镇上的夜市变的愈发热闹。')).toEqual(['得']);
    expect(slips('几十年不变的是党员干部为民服务的初心。')).toEqual([]);
    expect(slips('经过改造，环境变得更加整洁美观。')).toEqual([]);
  });
});
