// The rules for the misses and the false alarm of four blind every-gate sets (final178 to final181:
// commerce, industry, science, intellectual property, data, cyberspace, government offices, archives;
// agriculture, water, forestry, land, transport, urban management, the housing fund, utilities;
// women's, disabled persons', workers' and youth organisations, the Red Cross, ageing offices,
// overseas Chinese; county offices, congresses, consultative conferences, organisation, propaganda,
// political-legal affairs, Party history), each written for a concept: detention by a bureau named in
// full, laws told wrong (trademark renewal, the housing fund's fine, the land notice, the child-labour
// age), stale figures (the R&D deduction, the fund's loan rate, the disability levy's exemption, the
// Party's membership), a shop on a platform sent to, a complainant scolded or a victim blamed, a
// contest tied to pupils' records, a farm subsidy held back for a course, China beside Taiwan, Hong
// Kong people called overseas Chinese, the land area as the territory, a disability slur, a colleague's
// cancer, a 四不两直 check's timetable, a fine by the ageing office, a donation floor made public, and a
// county's name one character off after its city. Quiet: the police's own detention, the laws and
// figures stated right, a refuted rumour, a public platform, a course a job requires, a data platform,
// a Hong Kong body's name, the land area named as such, a routine schedule, the department's own fine,
// a voluntary donation, the right county and a criminal-law lesson. Typos of one word (既将在, 潘阳湖,
// 权利机关, 翟秋白) are in typo-detector.test.ts.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // detention by a bureau named in full (legal.illegal)
  ['legal', '市文旅局对违规经营的网吧负责人处以行政拘留五日。', '处以行政拘留'],
  // laws told wrong (legal.*-misstated)
  ['legal', '商标注册人应当在有效期满前六个月内申请续展。', '期满前六个月'],
  [
    'legal',
    '单位不办理住房公积金缴存登记的，逾期不办理的，处2万元以上10万元以下罚款。',
    '2万元以上10万元以下',
  ],
  ['legal', '征地补偿安置方案已拟定，现予公告，公告期为10日。', '公告期为10日'],
  ['legal', '用人单位不得招用未满18周岁的未成年人。', '未满18周岁'],
  // stale figures (policy.*-stale)
  ['policy', '企业研发费用可按实际发生额的75%在税前加计扣除。', '75%'],
  ['policy', '目前我市首套住房公积金贷款5年以上利率为3.1%。', '3.1'],
  ['policy', '在职职工20人以下的企业免征残疾人就业保障金。', '20人以下'],
  ['policy', '目前，全党共有9671.2万名党员。', '9671.2万'],
  // a shop on a platform sent to (advertising.promotion)
  ['advertising', '这款节能灯可在京东“光源专营店”直接下单。', '京东“光源专营店”直接下单'],
  // a complainant scolded, a victim blamed (opinion.cold-reply)
  ['opinion', '关于您反映的问题，经核实不存在。希望你不要无中生有。', '希望你不要无中生有'],
  ['opinion', '您好，您的遭遇我们很同情，但早知今日，何必当初。', '早知今日，何必当初'],
  // a contest tied to pupils' records (coercion.forced-interaction)
  ['coercion', '请各校组织全体学生参与答题，答题成绩与综合素质评价挂钩。', '组织全体学生参与答题'],
  // a farm subsidy held back for a course (coercion.sanction)
  ['coercion', '没有参加种植技术培训的农户，一律停发耕地地力保护补贴。', '停发耕地地力保护补贴'],
  // China beside Taiwan, Hong Kong people called overseas Chinese, the land area (political.*)
  ['political', '促进中台经贸交流。', '中台经贸'],
  ['political', '澳门华侨代表出席座谈会。', '澳门华侨'],
  ['political', '我国国土总面积约960万平方千米。', '国土总面积约960万平方千米'],
  ['political', '志愿者为瞎眼的老人读报。', '瞎眼'],
  // a colleague's cancer (privacy.patient)
  ['privacy', '您反映的同事王丽娟因患白血病申请困难补助一事已办结。', '同事王丽娟因患白血病'],
  // a 四不两直 check's timetable (confidentiality.operation)
  [
    'confidentiality',
    '将开展“四不两直”突击检查，时间安排如下：6月3日检查红星幼儿园、阳光幼儿园。',
    '6月3日检查红星幼儿园',
  ],
  // a fine by the ageing office (legal.illegal)
  ['legal', '冒领高龄津贴的，由县老龄委处以冒领金额二倍的罚款。', '县老龄委处以冒领金额二倍的罚款'],
  // a donation floor made public (coercion.rate-sanction)
  [
    'coercion',
    '每名党员捐款不少于50元，捐款情况将在全县通报。',
    '每名党员捐款不少于50元，捐款情况将在全县通报',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '我局依法查处一家足浴店，抓获涉案人员9名，对违法人员依法予以行政拘留。'],
  ['legal', '商标注册人应当在期满前十二个月内按照规定办理续展手续。'],
  ['legal', '征收土地预公告期为10个工作日。'],
  ['legal', '不得安排未满十八周岁的未成年工从事有毒有害作业。'],
  ['policy', '企业研发费用按实际发生额的100%在税前加计扣除。'],
  ['policy', '自2025年5月8日起，首套住房公积金贷款5年以上利率由2.85%下调至2.6%。'],
  ['advertising', '推荐通过“832平台”采购脱贫地区农产品。'],
  ['opinion', '网传我市将限行系谣言，请广大网友不要捕风捉影。'],
  ['coercion', '未参加安全培训的人员不得上岗作业。'],
  ['political', '建设数据中台合作平台。'],
  ['political', '香港华侨华人总会会长一行到访。'],
  ['political', '我国陆地面积约960万平方千米。'],
  ['confidentiality', '年检时间安排如下：6月3日至6月5日为城区车辆年检时间。'],
  ['legal', '冒领高龄津贴的，由民政部门责令退回，依法处理。'],
  ['coercion', '欢迎党员自愿捐款，捐款情况将在全县公示。'],
  ['legal', '刑法规定：已满十四周岁不满十六周岁的人，犯贩卖毒品罪的，应当负刑事责任。'],
];

describe('concept rules for the misses of final178 to final181', () => {
  itReportsFamilies(CATCHES, QUIET);
});
