// The rules for the misses and the false alarms of four blind every-gate sets (final182 to final185)
// in the political, text and advertising gates, each written for a concept: a Party formulation with
// a wrong count (三个自信, 三个维护), a historical event dated to the wrong year, 八年抗战 for the
// fourteen years, a government title before the Party title of its level, a faded national flag kept
// in use, a national body or institution by a wrong name (国家邮政管理局, 故宫博物馆), a quantity in a
// unit it cannot have (a level in 立方米每秒, a flow in 米, a hall in 平方公里), 国家级 claimed for a
// firm's technology, a named firm the public is told to prefer, an official title given to a hotel
// or a firm, and a top grade of a waiting-room experience (最顶级的候机体验). Quiet: the right counts
// and years, a commemoration's year, 八年全面抗战, the right order of titles, a flag to be replaced, a
// hall in 平方米 and a park in 平方公里, a national technology centre, a kind of firm advised, a
// supply co-op's 农资代购 and a public body's commemorative issue 售完即止.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { loadTypoDetector } from '../node/typo-detector.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a Party formulation with a wrong count (political.formulation)
  ['political', '全体党员要坚定“三个自信”，做到“两个维护”。', '三个自信'],
  ['political', '增强“四个意识”、坚定“五个自信”、做到“两个维护”。', '五个自信'],
  ['political', '深刻领悟“两个确立”的决定性意义，坚决做到“三个维护”。', '三个维护'],
  ['political', '增强“三个意识”，坚定“四个自信”，做到“两个维护”。', '三个意识'],
  ['political', '要深刻领悟“一个确立”的决定性意义。', '一个确立'],
  // a historical event dated to the wrong year (political.history-year)
  ['political', '1932年“九一八”事变后，东北三省相继沦陷。', '1932年“九一八”事变'],
  ['political', '图片展再现了1938年7月7日卢沟桥事变的历史场景。', '1938年7月7日卢沟桥事变'],
  ['political', '遵义会议召开于1936年，是党的历史上生死攸关的转折点。', '遵义会议召开于1936年'],
  ['political', '1998年香港回归祖国，开启了“一国两制”的实践。', '1998年香港回归祖国'],
  // 八年抗战 for the fourteen years (political.formulation)
  ['political', '老兵们讲述了八年抗战的峥嵘岁月。', '八年抗战'],
  ['political', '展览回顾了八年抗日战争中我县军民的英勇事迹。', '八年抗日战争'],
  // a government title before the Party title of its level (political.title)
  ['political', '县长、县委副书记李明一行到园区调研。', '县长、县委副书记'],
  ['political', '区长、区委副书记王强主持会议。', '区长、区委副书记'],
  ['political', '副市长、市委常委张华出席活动。', '副市长、市委常委'],
  // a faded or torn national flag kept in use (political.national-flag)
  ['political', '部分褪色的国旗可以继续悬挂，待月底统一更换。', '褪色的国旗可以继续悬挂'],
  ['political', '各校国旗如有破损，暂不更换，节后再统一采购。', '国旗如有破损，暂不更换'],
  // a quantity in a unit it cannot have (text.impossible-unit)
  ['text', '受强降雨影响，白河站水位达到28.6立方米每秒。', '水位达到28.6立方米每秒'],
  ['text', '水库出库流量为860米，下游水位持续上涨。', '流量为860米'],
  ['text', '新建的图书馆建筑面积1.2万平方公里，藏书50万册。', '图书馆建筑面积1.2万平方公里'],
  ['text', '便民服务中心大厅面积约800平方千米。', '大厅面积约800平方千米'],
  // 国家级 claimed for a firm's technology; a top grade of an experience (advertising.absolute-term)
  [
    'advertising',
    '该公司生产的“清源”牌空气净化器采用国家级除菌技术，效果显著。',
    '采用国家级除菌技术',
  ],
  ['advertising', '“暖居”品牌地暖搭载世界级节能工艺，冬季更省电。', '搭载世界级节能工艺'],
  ['advertising', '新候车室配备按摩椅，带来全省最顶级的候车体验。', '最顶级的候车体验'],
  ['advertising', '打造全市最顶级的乘车享受。', '最顶级的乘车享受'],
  // a named firm the public is told to prefer (advertising.office-endorsement)
  ['advertising', '我局建议广大市民优先选择安达物流寄递大件。', '优先选择安达物流'],
  ['advertising', '推荐居民优先选用顺捷快递，时效更有保障。', '优先选用顺捷快递'],
  // an official title given to a hotel or a firm (advertising.official-endorsement)
  ['advertising', '锦程宾馆为本次马拉松官方指定酒店，参赛选手入住享7折。', '官方指定酒店'],
  [
    'advertising',
    '县教育局授予星辰教育公司“官方推荐课外研学合作机构”称号。',
    '官方推荐课外研学合作机构',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。'],
  ['political', '她是一个自信的女孩，带着三个自信的笑容走上舞台。'],
  ['political', '公司今年新增三个维护班组。'],
  ['political', '1931年“九一八”事变后，东北抗日义勇军奋起抵抗。'],
  ['political', '2025年9月18日是九一八事变94周年纪念日。'],
  ['political', '1985年南京大屠杀遇难同胞纪念馆建成开放。'],
  ['political', '从局部抗战到八年全面抗战，十四年抗战艰苦卓绝。'],
  ['political', '档案记载：“抗战八年，为国死难之民众，不计其数。”'],
  ['political', '市委副书记、市长周振华一行到开发区调研。'],
  ['political', '市长、县委副书记分别出席两场活动。'],
  ['political', '对褪色、破损的国旗要及时更换，不得继续使用。'],
  ['political', '破损的国旗可到社区服务中心免费更换。'],
  ['text', '白河站水位达到28.6米，相应流量1860立方米每秒。'],
  ['text', '开发区规划面积12平方公里，新建厂房面积3万平方米。'],
  ['text', '已用流量1104.0m，套餐内定向流量500m还没用完。'],
  ['text', '新办事大厅面积约3200平方米，设窗口18个。'],
  ['advertising', '该企业拥有国家级技术中心，参与制定多项行业标准。'],
  ['advertising', '打造全国一流的营商环境，为企业提供优质服务。'],
  ['advertising', '建议市民优先选择正规快递企业寄递贵重物品。'],
  ['advertising', '建议广大群众优先选择邮政快递寄递公文。'],
  ['advertising', '请到政府指定的地点接种疫苗。'],
  ['advertising', '村级为农服务中心可提供农资代购、农机作业、农产品代储代销等服务，惠及周边农户。'],
  ['advertising', '为纪念开通运营十周年，公交集团发行纪念卡5000张，每人限购1张，售完即止。'],
];

describe('concept rules for the misses of final182 to final185', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('national bodies and institutions by a wrong name (text.serious-name, after final182-183)', () => {
  const checker = createChecker({
    asOf: '2026-01-01',
    classifier: false,
    textGateDetector: loadTypoDetector(),
  });
  const textFindings = (text: string) =>
    checker
      .check({ text }, { gates: ['text'] })
      .findings.filter((f) => f.rule === 'text.serious-name')
      .map((f) => f.excerpt);
  it.each([
    ['据国家邮政管理局统计，上半年快递业务量稳步增长。', '国家邮政管理局'],
    ['文物修复师赴故宫博物馆进修。', '故宫博物馆'],
    ['国家文物管理局公布了新一批名单。', '国家文物管理局'],
    ['市民乘车前往国家大剧场观看演出。', '国家大剧场'],
  ])('reports %s', (text, excerpt) => {
    expect(textFindings(text)).toContain(excerpt);
  });
  it.each([
    '省邮政管理局通报了二季度快递服务质量。',
    '故宫博物院举办书画特展。',
    '中国国家博物馆推出新展。',
  ])('stays quiet on %s', (text) => {
    expect(textFindings(text)).toEqual([]);
  });
});
