// The legal, policy and confidentiality rules for the misses of four blind every-gate sets (final182 to
// final185: audit, state assets, public trading, development zones, investment, grain reserves,
// tobacco, postal regulation; hospitals, maternal care, kindergartens, vocational schools, colleges,
// libraries, museums, relics; earthquake and hydrology offices, sport, ethnic and religious affairs,
// rural revitalisation, supply co-operatives, notaries, legal aid; labour arbitration, social
// insurance, property registration, buses, the metro, railway stations, airports, broadcasting), each
// written for a concept: statutes cited by a title they do not bear, documents told with a wrong year
// or issuer, repealed rules and an ended campaign told as current, the small taxpayer's threshold and
// the railway's child fare by height, the civil-capacity ages, fines and licences taken by bodies
// without the power, an identity card kept at a window, relatives punished for a household's refusal,
// a covert check's dates, a leader's way through a site and a cadre's move before it is approved.
// Quiet: the right titles, years and figures, a change told, the authority's own penalty, a copy kept,
// a check reported after it, a visit reported after it and a posting announced for public notice.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // statutes cited by a title they do not bear (legal.statute-misnamed)
  [
    'legal',
    '依照《中华人民共和国食品安全管理法》，餐饮单位应当建立进货查验记录制度。',
    '食品安全管理法',
  ],
  ['legal', '请广大经营者认真学习《消费者保护法》，依法诚信经营。', '消费者保护法'],
  ['legal', '根据《中华人民共和国档案条例》，机关档案应当按规定定期移交。', '档案条例'],
  ['legal', '依据《土地管理法实施细则》，征收土地应当依法公告。', '土地管理法实施细则'],
  ['legal', '学习《中华人民共和国专利法实施条例》有关职务发明的规定。', '专利法实施条例'],
  // documents told with a wrong year or issuer (policy.document-misdated)
  ['policy', '2018年国务院公布的《优化营商环境条例》为各地改革提供了法治保障。', '2018年'],
  ['policy', '《保障农民工工资支付条例》于2021年5月1日起施行，明确了总包单位责任。', '2021年'],
  ['policy', '财政部印发的《优化营商环境条例》要求压减企业开办时间。', '财政部'],
  // repealed rules and an ended campaign told as current (policy.superseded-as-current)
  ['policy', '医师应当遵守《执业医师法》的规定，规范执业行为。', '执业医师法'],
  ['policy', '今年我市继续深入推进国企改革三年行动，力争完成各项任务。', '国企改革三年行动'],
  ['policy', '旅客须遵守《铁路运输安全保护条例》，不得携带危险品进站。', '铁路运输安全保护条例'],
  // the small taxpayer's threshold and the child fare by height (policy.*-stale)
  ['policy', '目前，小规模纳税人季度销售额9万元以下的，免征增值税。', '季度销售额9万元以下'],
  ['policy', '乘坐动车组列车时，身高1.2米以上的儿童应购买儿童票。', '身高1.2米以上'],
  // the civil-capacity ages (legal.*-capacity-age-misstated)
  ['legal', '法律规定，不满10周岁的孩子属于无民事行为能力人。', '不满10周岁'],
  [
    'legal',
    '满十周岁的未成年人是限制民事行为能力人，可独立实施纯获利益的民事法律行为。',
    '满十周岁',
  ],
  // fines and licences taken by bodies without the power (legal.illegal)
  ['legal', '对在站台吸烟的旅客，车站安检员可当场处以200元罚款。', '罚款'],
  ['legal', '县供销社对出售假冒化肥的网点处以5000元罚款。', '罚款'],
  ['legal', '对违规经营的会员企业，市行业协会将吊销其营业执照。', '吊销其营业执照'],
  // an identity card kept at a window (legal.illegal)
  [
    'legal',
    '办理期间，申请人身份证原件需交由窗口工作人员统一保管。',
    '身份证原件需交由窗口工作人员统一保管',
  ],
  // relatives punished for a household's refusal (legal.illegal)
  ['legal', '逾期未拆除违建的，其在机关事业单位上班的子女一律停职。', '子女一律停职'],
  // a covert check's dates told ahead (confidentiality.operation)
  ['confidentiality', '市场监管局将开展食品安全暗访，暗访日期初定为6月3日至5日。', '6月3日'],
  // a leader's way through a site told ahead (confidentiality.operation)
  [
    'confidentiality',
    '明天上午，市长将到我院调研，届时将由东门进入，依次察看急诊中心和住院部。',
    '依次察看',
  ],
  // a cadre's move before it is approved (confidentiality.internal-marking)
  [
    'confidentiality',
    '经研究，初步考虑由办公室主任李建华调任人事科科长，尚待报县委组织部审批。',
    '李建华调任人事科科长',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '依据《中华人民共和国文物保护法》和《中华人民共和国文物保护法实施条例》，开展文物巡查。',
  ],
  ['legal', '根据《中华人民共和国税收征收管理法实施细则》和《专利法实施细则》的规定办理。'],
  ['legal', '《XX省防震减灾条例》明确，学校、医院应当提高抗震设防要求。'],
  ['legal', '《孙子兵法》和《兰亭集序》的书法展今日开幕，《物业管理办法》同步宣讲。'],
  ['policy', '2019年国务院公布的《优化营商环境条例》自2020年1月1日起施行。'],
  ['policy', '中共中央、国务院印发的《信访工作条例》自2022年5月1日起施行。'],
  ['policy', '自2022年3月1日起，《医师法》施行，原《执业医师法》同时废止。'],
  ['policy', '2022年是国企改革三年行动的收官之年，各项任务圆满完成。'],
  ['policy', '小规模纳税人月销售额10万元以下的，免征增值税。'],
  ['policy', '公交集团提示：身高1.2米以上的儿童需购买儿童票。'],
  ['legal', '不满八周岁的未成年人为无民事行为能力人，由其法定代理人代理实施民事法律行为。'],
  ['legal', '对违规经营的网点，由县市场监管局依法处以罚款。'],
  ['legal', '站务人员发现后将予以劝阻，拒不改正的移交执法部门处以罚款。'],
  ['legal', '请携带身份证原件，核验后当场退还，身份证复印件留存窗口。'],
  ['legal', '对拒不配合的公职人员，由纪检监察机关依规依纪处理。'],
  ['confidentiality', '市场监管局于6月3日至5日开展了食品安全暗访，发现问题12个，已交办整改。'],
  ['confidentiality', '近期，市场监管局将不定期开展食品安全暗访检查，请经营者严格自查。'],
  ['confidentiality', '昨天上午，市长到我院调研，从东门进入，依次察看了急诊中心和住院部。'],
  ['confidentiality', '经县委常委会研究，由办公室主任李建华同志任人事科科长，现予以公示。'],
];

describe('legal, policy and confidentiality rules for the misses of final182 to final185', () => {
  itReportsFamilies(CATCHES, QUIET);
});
