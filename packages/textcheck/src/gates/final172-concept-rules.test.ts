// The rules for the misses and the false alarms of two blind every-gate sets measured on the code of
// the round before them (final172, final173), each written for a concept: a cemetery's own fine, a
// reserve station's detention, poppies shown as a garden's flower, the blood donor's age and the
// rehabilitation term told wrong, a repealed hearing rule and the old transit hours, a grave sold on
// its rise in value, a donation taken from the pay, a blood-donation quota punished, an app's paid
// membership forced, a citizen's criticism mocked or a family told to give up, slang, a question
// answered on its line, a stigmatising name of a disease, a visited cadre's cancer, and a watch told
// ahead from the night it starts. Quiet: the department's own fine, the police's detention, a
// poppy refuted, the law stated right, the current rule and hours, a fraudster's claim reported, a
// voluntary payroll gift, a mobilisation with no sanction, a reply with the facts, a visit with no
// diagnosis and a storm warning shared. The typos (陈家庚, 东方白鹤) are in typo-detector.test.ts.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a cemetery's own fine (legal.illegal)
  ['legal', '在墓区燃放鞭炮的，公墓管理所将处以500元罚款。', '公墓管理所将处以500元罚款'],
  // a reserve station's detention (legal.illegal)
  ['legal', '对非法采挖兰草者，保护区管护站将处以行政拘留。', '管护站将处以行政拘留'],
  // poppies shown as a garden's flower (legal.drugs)
  ['legal', '植物园的罂粟花海迎来盛花期，欢迎市民前来打卡。', '罂粟花海'],
  // the blood donor's age (legal.blood-donor-age-misstated)
  ['legal', '凡20周岁至55周岁的健康公民均可参加无偿献血。', '20周岁至55周岁'],
  // the rehabilitation term (legal.compulsory-rehab-term-misstated)
  ['legal', '依照禁毒法，强制隔离戒毒的期限为一年。', '期限为一年'],
  // a repealed hearing rule (policy.superseded-as-current)
  ['policy', '本次听证依照《政府价格决策听证办法》组织。', '政府价格决策听证办法'],
  // the old transit hours (policy.transit-visa-free-hours-stale)
  ['policy', '外籍旅客可享受72小时过境免签政策，在本市停留。', '72小时过境免签'],
  // a grave sold on its rise in value (advertising.guarantee)
  ['advertising', '陵园三期墓穴位置优越，极具升值空间，欢迎选购。', '极具升值空间'],
  // a donation taken from the pay (coercion.rate-sanction)
  ['coercion', '本次爱心捐款每人100元，统一在10月绩效中扣除。', '每人100元，统一在10月绩效中扣除'],
  // a blood-donation quota punished (coercion.rate-sanction)
  [
    'coercion',
    '各单位要组织职工参加献血，未完成任务的单位扣除年度考核分。',
    '未完成任务的单位扣除年度考核分',
  ],
  // an app's paid membership forced (coercion.sanction)
  ['coercion', '各商户须开通“智慧市场”付费账号，未开通的暂停办理摊位续租。', '未开通的暂停办理'],
  // a citizen's criticism mocked, a family told to give up (opinion.cold-reply)
  [
    'opinion',
    '回复：有这时间在网上吐槽，还不如多关心一下自己的工作。',
    '有这时间在网上吐槽，还不如',
  ],
  ['opinion', '这样的孩子很难管教，你们就别再白费心思了。', '你们就别再白费心思了'],
  // slang (opinion.slang)
  ['opinion', '新开通的公交专线简直不要太方便。', '简直不要太'],
  // the account's answer after a question on its line (opinion.first-person)
  ['opinion', '网友问：垃圾分类有用吗？我个人觉得作用不大。', '我个人觉得'],
  // a stigmatising name of a disease (political.discrimination)
  ['political', '社区为老年痴呆老人建立了家庭病床。', '老年痴呆'],
  // a visited cadre's cancer (privacy.patient)
  [
    'privacy',
    '局领导走访慰问了退休干部李文清同志。李文清同志去年确诊胃癌，正在接受治疗。',
    '确诊胃癌',
  ],
  // a watch told ahead from the night it starts (confidentiality.operation)
  [
    'confidentiality',
    '明晚20时起，执法人员将在南湖水库东岸蹲守，严查非法垂钓。',
    '明晚20时起，执法人员将在南湖水库东岸蹲守',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '在墓区燃放鞭炮的，由民政部门责令改正，可以处以罚款。'],
  ['legal', '派出所民警依法对其处以行政拘留5日。'],
  ['legal', '经专家确认，公园里的红花是虞美人，并非毒品原植物罂粟。'],
  ['legal', '国家提倡十八周岁至五十五周岁的健康公民自愿献血。'],
  ['legal', '强制隔离戒毒的期限为二年，执行满一年后可提前解除。'],
  ['policy', '本次听证依照《政府制定价格听证办法》组织。'],
  ['policy', '自2024年12月17日起，过境免签停留时间由144小时延长至240小时。'],
  ['advertising', '民警提醒：骗子常以藏品“升值潜力大”为由诱骗老人购买，系诈骗手段。'],
  ['coercion', '自愿参加捐款的职工，捐款可从工资中代扣，每人100元。'],
  ['coercion', '各单位要积极动员干部职工参加无偿献血。'],
  ['opinion', '回复：善款收支情况每月在官网公示，欢迎监督。'],
  ['privacy', '局领导走访慰问了退休干部李文清同志，为他送去慰问金。'],
  ['coercion', '台风将于明日登陆，请所有渔船回港避风。欢迎转发扩散，提醒身边的渔民。'],
];

describe('concept rules for the misses of final172 and final173', () => {
  itReportsFamilies(CATCHES, QUIET);
});
