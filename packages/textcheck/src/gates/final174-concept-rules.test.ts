// The rules for the misses and the false alarms of four blind every-gate sets in the commonest genres
// (final174 to final177: tax, statistics, weather, emergency, traffic police, disease control,
// healthcare security; townships, villages, communities, county media, service centres, 12345 and the
// mayor's mailbox; courts, procuratorates, police, justice, discipline, petitions, market and
// environmental regulation; schools, human resources, civil affairs, health, veterans, housing,
// tourism), each written for a concept: Taiwan's agencies styled 中央, a citizen blamed or told to try
// harder, a licence revoked by a body that did not issue it, stale tax deductions, the election and
// the sentencing and the double-pay rules told wrong, a food sold as a cure, a firm praised to the
// public, a contest's rate punished, a child kept from a show until the parents pay, a scolding to
// look it up, a repealed procuratorate rule, and a charge's cancer. Quiet: the mainland's 中央气象台, a
// statistics reply, a referral, the deductions and the laws stated right, a drug's own use, a firm's
// address, an application open to all, an exam's fee, a pointer to the archive, the current rule,
// a masked name, a judicial auction link, a medical 最佳 and a statute explained. The typos (聚降,
// 蚌阜, 不良反映, 丘少云, 必需由) are in typo-detector.test.ts.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Taiwan's agencies styled 中央 (political.hmt)
  ['political', '台湾中央气象署发布海上台风警报。', '台湾中央气象署'],
  // a citizen blamed or told to try harder (opinion.cold-reply)
  ['opinion', '材料被退回都是您自己没认真核对清单导致的。', '您自己没认真核对清单导致'],
  ['opinion', '收入低于平均数，说明你还要多努力。', '说明你还要多努力'],
  // a licence revoked by a body that did not issue it (legal.illegal)
  ['legal', '拒不配合调查的商户，税务局将直接吊销其营业执照。', '税务局将直接吊销其营业执照'],
  // stale tax deductions (policy.*-deduction-stale)
  ['policy', '纳税人子女教育专项附加扣除按每月1000元标准执行。', '每月1000元'],
  ['policy', '独生子女赡养老人的，按每月2000元标准定额扣除。', '每月2000元'],
  // the election age, the fraud sentence, the double pay (legal.*-misstated)
  ['legal', '凡年满十七周岁的居民均可登记为选民参加换届选举。', '年满十七周岁'],
  ['legal', '盗窃公私财物，数额较大的，处一年以下有期徒刑。', '处一年以下有期徒刑'],
  ['legal', '用人单位未与劳动者订立书面劳动合同的，应向劳动者每月支付3倍工资。', '3倍工资'],
  // a food sold as a cure (advertising.medical-claim)
  ['advertising', '本地黑米醋坚持饮用可治疗胃病，欢迎选购。', '坚持饮用可治疗胃病'],
  // a firm praised to the public (advertising.official-endorsement)
  ['advertising', '推荐车主到城西“诚信”汽修厂维修，该厂技术过硬。', '该厂技术过硬'],
  [
    'advertising',
    '我局与鑫源会计师事务所合作开展培训，该所收费低、服务好，企业可直接联系该所。',
    '该所收费低',
  ],
  // a contest's rate punished with a title withdrawn (coercion.rate-sanction)
  [
    'coercion',
    '各社区要组织居民参加线上知识竞答，参与率不足60%的社区取消年度“文明社区”申报资格。',
    '参与率不足60%的社区取消年度“文明社区”申报资格',
  ],
  // a child kept from a show until the parents pay (coercion.withheld-service)
  [
    'coercion',
    '请家长在周五前缴纳演出服费用，未缴费的孩子不能参加元旦文艺汇演。',
    '未缴费的孩子不能参加元旦文艺汇演',
  ],
  // a scolding to look it up (opinion.cold-reply)
  ['opinion', '办理流程写得很清楚，请自行查阅公告，别再重复提问。', '自行查阅公告，别再重复提问'],
  // a repealed procuratorate rule (policy.superseded-as-current)
  [
    'policy',
    '依照《人民检察院刑事诉讼规则（试行）》，对已被刑事拘留的犯罪嫌疑人应当在七日内作出决定。',
    '人民检察院刑事诉讼规则（试行',
  ],
  // a charge's cancer (privacy.patient)
  ['privacy', '社区矫正对象孙明辉近日确诊胃癌，矫正机构为其办理了外出就医手续。', '确诊胃癌'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '据中央气象台消息，台风将在台湾东部沿海登陆。'],
  ['opinion', '平均工资反映总体水平，与个人感受存在差异是正常的，欢迎查阅统计公报。'],
  ['legal', '对逃避追缴欠税的，税务机关可以提请市场监管部门吊销其营业执照。'],
  ['policy', '子女教育专项附加扣除标准为每个子女每月2000元。'],
  ['policy', '赡养老人专项附加扣除标准为每月3000元，非独生子女每人分摊不超过1500元。'],
  ['legal', '年满十八周岁的村民享有选举权和被选举权。'],
  ['legal', '诈骗公私财物，数额较大的，处三年以下有期徒刑、拘役或者管制。'],
  ['legal', '用人单位未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。'],
  ['advertising', '患者长期服用治疗高血压的药物，应定期复查。'],
  ['advertising', '该所地址：人民路12号，咨询电话0571-87654321。'],
  ['coercion', '各园所可申报省级示范幼儿园，申报资格详见通知。'],
  ['coercion', '未缴纳报名费的考生不能参加考试。'],
  ['opinion', '相关政策可在公众号历史消息中查阅，如有疑问欢迎留言。'],
  ['policy', '依照《人民检察院刑事诉讼规则》，人民检察院应当在七日以内作出决定。'],
  ['privacy', '社区矫正对象孙某近日确诊重病，矫正机构为其办理了外出就医手续。'],
  ['advertising', '本院将在淘宝网司法拍卖网络平台（sf.taobao.com）公开拍卖被执行人名下房产。'],
  ['advertising', '静脉溶栓的最佳时间窗为发病后4.5小时内，越早治疗效果越好。'],
  [
    'legal',
    '根据《中华人民共和国民法典》规定，自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以撤回申请。',
  ],
];

describe('concept rules for the misses of final174 to final177', () => {
  itReportsFamilies(CATCHES, QUIET);
});
