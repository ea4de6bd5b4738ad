// The policy, opinion and privacy rules for the misses of four blind every-gate sets (final202 to
// final205: meteorology, statistics, postal and power replies, patents, housing funds, village
// elections, funerals), each written for a concept: a committee's or a design patent's term before its
// amendment, an old provident-fund loan rate, a repealed regulation cited as the ground, the sixth
// census called the latest, a nationwide service told as a pilot and a lightning-protection review
// left with the meteorological office; the asker rebuked for doubting, mocked for not knowing, the
// complaint belittled, the asker turned away or told to buy elsewhere; and a named villager's grave
// state in hospital. Quiet: the new terms and rates, history, the change told, the special sites the
// meteorological office keeps, plain explanations and advice, a masked name.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a committee's term before the 2018 amendment (policy-amended-terms)
  ['policy', '温馨提示：社区居委会任期为3年，本次换届选举将于下月启动。', '居委会任期为3年'],
  ['policy', '按照规定，村委会每三年换届一次，请广大村民积极参与。', '村委会每三年换届'],
  // a design patent's term before 2021-06-01 (policy-amended-terms)
  [
    'policy',
    '专利小知识：外观设计专利权的期限为十年，自申请日起计算。',
    '外观设计专利权的期限为十年',
  ],
  // an old provident-fund loan rate told as today's (policy-fund-loan-rates)
  [
    'policy',
    '现行住房公积金个人住房贷款利率：5年期以上3.1%，5年期以下（含5年）2.6%。',
    '5年期以上3.1%',
  ],
  // a repealed regulation cited as the ground (superseded.tsv)
  [
    'policy',
    '根据《婚姻登记管理条例》，办理结婚登记的男女双方应当共同到婚姻登记机关提出申请。',
    '婚姻登记管理条例',
  ],
  // an outdated census called the latest (policy-latest-census)
  [
    'policy',
    '据最新一次全国人口普查（2010年第六次全国人口普查），全市常住人口达到120万人。',
    '最新一次全国人口普查（2010年第六次全国人口普查',
  ],
  ['policy', '六普数据是目前最新的人口数据，全区户籍人口为45万人。', '六普数据是目前最新'],
  // a nationwide service told as a pilot (policy-ended-pilots)
  [
    'policy',
    '市民朋友请注意，携号转网业务本市尚未开通，请勿轻信办理广告。',
    '携号转网业务本市尚未开通',
  ],
  [
    'policy',
    '个人养老金制度目前仅在36个先行城市实施，我县居民暂不能参加。',
    '个人养老金制度目前仅在36个先行城市',
  ],
  // a lightning-protection review of a house-building project left with the meteorological office
  // (policy-procedures)
  [
    'policy',
    '商品房、写字楼项目竣工后，其防雷装置竣工须经市气象局验收合格后方可交付使用。',
    '防雷装置竣工须经市气象局验收',
  ],
  // the asker rebuked for doubting with their own experience (opinion-asker-rebukes)
  ['opinion', '统计口径是全省平均水平，请不要拿个人感受去否定统计结果。', '不要拿个人感受去否定'],
  // mocked for not knowing (opinion-asker-rebukes)
  ['opinion', '垃圾分类都讲了多少遍了，这点道理还要我们来告诉您吗？', '道理还要我们来告诉您吗'],
  // the complaint belittled (opinion-asker-rebukes)
  ['opinion', '只是晚到了十分钟，有必要这么小题大做吗？', '有必要这么小题大做吗'],
  // turned away with a rhetorical question (opinion-asker-rebukes)
  ['opinion', '房租纠纷去找房东，问我们有什么用？', '问我们有什么用'],
  ['opinion', '车位归物业管理，我局压根不管这个。', '我局压根不管'],
  // told to buy elsewhere (opinion-take-it-or-leave)
  ['opinion', '觉得服务不满意，完全可以去找别的商家。', '觉得服务不满意，完全可以去找别的商家'],
  ['opinion', '收费标准就是这样，没有人求着你来。', '没有人求着你来'],
  ['opinion', '办理流程就是这样，嫌麻烦的话就去找别的地方办。', '嫌麻烦的话就去找别的地方'],
  // a named villager's grave state in hospital (privacy-injury-grade)
  [
    'privacy',
    '昨日，养殖户王德林在清理沼气池时中毒，目前仍处于深度昏迷，正在市中心医院全力救治。',
    '王德林在清理沼气池时中毒，目前仍处于深度昏迷',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['policy', '根据村民委员会组织法，村民委员会每届任期五年，届满应当及时举行换届选举。'],
  ['policy', '2018年修法前，村委会每届任期三年，现已改为五年。'],
  ['policy', '业主委员会每届任期三年，具体以业主大会议事规则为准。'],
  ['policy', '发明专利20年，实用新型10年，外观设计15年，均自申请日起计算。'],
  ['policy', '2021年6月1日前申请的外观设计专利，保护期限仍为10年。'],
  ['policy', '自2025年5月8日起，首套个人住房公积金贷款利率五年以下（含五年）2.1%，五年以上2.6%。'],
  ['policy', '我市商业贷款五年以上利率3.1%。公积金贷款利率请咨询12329。'],
  ['policy', '第二套住房公积金贷款利率五年以上为3.075%。'],
  ['policy', '根据《殡葬管理条例》，火葬区内遗体应当就近火化。'],
  [
    'policy',
    '据最新的第七次全国人口普查数据，全县常住人口为38.6万人，比第六次全国人口普查减少2万人。',
  ],
  ['policy', '携号转网服务已于2019年11月27日起在全国正式提供，用户可发送短信查询。'],
  ['policy', '2010年，携号转网在天津、海南两地开始试点。'],
  ['policy', '个人养老金制度自2024年12月15日起在全国全面实施。'],
  ['policy', '2015年，据最新的第六次全国人口普查数据，全县常住人口为40.2万人。'],
  ['policy', '加油站、油库等易燃易爆场所的防雷装置设计，须报县气象局审核。'],
  ['policy', '房屋建筑工程的防雷装置设计审核已纳入施工图审查，不再报气象局审核。'],
  ['opinion', 'CPI反映的是全部消费品和服务价格的综合变动，与个人感受可能存在差异，欢迎继续关注。'],
  ['opinion', '请不要拿自己的生命安全开玩笑，雷雨天气尽量减少外出。'],
  ['opinion', '出门前请关注天气预报，记得带好雨具。这些防灾常识还需要大家认真学习。'],
  ['opinion', '至于停电原因，系线路计划检修所致，我公司已提前三天发布停电公告。'],
  ['opinion', '市民发现日晕现象不必大惊小怪，这是正常的大气光学现象。'],
  ['opinion', '快递丢失属于快递企业服务问题，您可先与快递公司协商，协商不成可拨打12305申诉。'],
  ['opinion', '我处另提供节地生态葬，费用较低，您也可以选择其他合法经营的公墓。'],
  ['opinion', '如果觉得路途较远，可以选择就近的其他办理点。'],
  ['privacy', '6月9日，某村一名村民在田间劳作时遭雷击，目前在县人民医院重症监护室抢救。'],
  ['privacy', '村民罗某（58岁）遭雷击后，目前在县人民医院重症监护室抢救。'],
  ['privacy', '村民王德林突发疾病，经抢救无效死亡，请广大群众注意防暑。'],
];

describe('concept rules for the policy, opinion and privacy misses of final202 to final205', () => {
  itReportsFamilies(CATCHES, QUIET);
});
