// The rules for the misses and false alarms of two blind every-gate sets measured on the code of the
// three rounds before them (final166, final167), each written for a concept: fines announced by a
// firm or volunteers, a supplier's product called the country's best, a fee merged away in 2012, a
// Taiwan route counted among international ones, a minor named in a national-security case, an
// expired five-year plan steered by in a later year, the conscripts' registration age and tuition
// refund told wrong, a citizen told not to pester or belittled, and the complainant's signature
// handed to the body complained of. Quiet: an authority fining a firm, a place's ranked environment,
// the merger told, international and regional routes named apart, the plan reviewed, the right age
// and refund, a warning not to argue with a scammer, a referral to an office, a birth policy's
// history told as successive steps, and a tax paid before the reform (让座, 拨打 and 原籍 are in
// typo-detector.test.ts).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // fines announced by a firm, a school or volunteers (legal.illegal)
  ['legal', '拒不配合抄表的住户，本公司将处以500元罚款。', '本公司将处以500元罚款'],
  ['legal', '发现乱扔烟头的，巡逻队将当场处以50元罚款。', '巡逻队将当场处以50元罚款'],
  // a supplier's product called the country's best (advertising.absolute-term)
  ['advertising', '本厂生产的管材质量堪称国内最佳，欢迎选购。', '质量堪称国内最佳'],
  // a fee merged away in 2012 told as current (policy.superseded-as-current)
  ['policy', '旅客购票时需另付机场建设费，每人50元。', '机场建设费'],
  // a Taiwan or Hong Kong route counted among international ones (political.hmt)
  ['political', '今年新开首尔、大阪、高雄3条国际航线。', '高雄3条国际航线'],
  // a minor named in a national-security case (legal.minor-identity)
  [
    'legal',
    '【以案说法】县一中高二（3）班学生王浩宇受境外间谍诱导，多次拍摄军港照片。',
    '县一中高二（3）班学生',
  ],
  // an expired five-year plan steered by in a later year (policy.superseded-as-current)
  ['policy', '2025年，我局紧扣“十三五”规划提出的目标推进各项工作。', '“十三五”规划'],
  // the conscripts' registration age (legal.military-registration-age-misstated)
  ['legal', '凡当年年满17周岁的男性公民，都应按时进行初次兵役登记。', '年满17周岁'],
  // the conscripts' tuition refund (policy.soldier-tuition-figure-stale)
  ['policy', '应征入伍的在校大学生可申请学费补偿，每人每年最高不超过12000元。', '12000元'],
  // a citizen told not to pester, or belittled (opinion.cold-reply)
  ['opinion', '此事已有定论，请不要再纠缠。', '请不要再纠缠'],
  ['opinion', '这么点鸡毛蒜皮的小事还要往上反映？', '这么点鸡毛蒜皮的小事还要往上反映'],
  // the complainant's signature handed to the body complained of (confidentiality.whistleblower)
  [
    'confidentiality',
    '您反映某村委会账目不公开的问题，我镇已将来信连同您的署名一并转交该村委会核查。',
    '将来信连同您的署名一并转交',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '市场监管局依法对该公司处以罚款3万元。'],
  ['advertising', '今年以来，全市地表水水质全省第一，空气质量持续改善。'],
  ['policy', '2012年4月1日起，机场建设费并入民航发展基金。'],
  ['political', '今年新开国际及港澳台航线12条。'],
  ['policy', '“十三五”规划实施以来，全市经济保持平稳增长。'],
  ['legal', '每年12月31日以前年满十八周岁的男性公民，应当在当年6月30日以前进行初次兵役登记。'],
  ['policy', '学费补偿标准为本专科生每人每年最高不超过16000元。'],
  ['opinion', '接到陌生推销电话，不要纠缠，直接挂断。'],
  [
    'confidentiality',
    '您反映某超市销售过期食品，我们已将您的联系电话转交区市场监管局，由其与您联系。',
  ],
  [
    'policy',
    '此后，随着国家人口政策调整，我县相继实施单独两孩、全面两孩政策。2021年起，一对夫妻可以生育三个子女。',
  ],
  ['policy', '2016年5月1日全面推开营改增试点之前，集团租赁业务缴纳营业税。'],
];

describe('concept rules for the misses of final166 and final167', () => {
  itReportsFamilies(CATCHES, QUIET);
});
