// The rules for the misses and false alarms of two blind every-gate sets measured on the code of the
// round before them (final162, final163), each written for a concept: a citizen left to fend for
// themselves, the food damages' minimum told as the consumer law's, 候诊 written 侯诊, a neighbour's
// flat told in a reply, the complainant's identity handed to the party complained of, a legal-aid
// regulation the law replaced cited as current, and a couple's second child stated as today's limit.
// Quiet: help offered, a citizen's own plea, the consumer law's own minimum, an incident report's
// flat, a referral to an office, a province's own regulation, a cure denied, and a scam's ask told as
// done to its victims (侯诊 → 候诊 is in typo-detector.test.ts).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a citizen left to fend for themselves (opinion.cold-reply)
  ['opinion', '该事项涉及多方，我局也无能为力，请谅解。', '我局也无能为力'],
  ['opinion', '经协调未果，建议你们还是自己想办法和开发商沟通。', '你们还是自己想办法'],
  // the food damages' minimum told as the consumer law's (legal.food-damages-minimum-misstated)
  [
    'legal',
    '依照《食品安全法》第一百四十八条，消费者可以要求价款10倍的赔偿，赔偿金额不足500元的按500元赔付。',
    '500元',
  ],
  // the complainant's identity handed to the party complained of (confidentiality.whistleblower)
  [
    'confidentiality',
    '您举报城西加油站夜间违规卸油一事，我们已将举报人的姓名和手机号码转给城西加油站，请其说明情况。',
    '将举报人的姓名和手机号码转给',
  ],
  // a neighbour's flat told in a reply (privacy.home-address)
  [
    'privacy',
    '您好，经社区核实，幸福里小区12栋1单元602室住户已将占用的楼道杂物清理完毕。',
    '12栋1单元602室',
  ],
  // a legal-aid regulation the law replaced cited as current (policy.superseded-as-current)
  ['policy', '按照《法律援助条例》第十条，农民工讨薪可以申请法律援助。', '法律援助条例'],
  // a couple's second child stated as today's limit (policy.superseded-as-current)
  ['policy', '目前，符合条件的夫妻可以依法生育第二个孩子。', '夫妻可以依法生育第二个孩子'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['opinion', '不用您自己想办法，我们会协调物业尽快处理。'],
  ['opinion', '我们老百姓真的无能为力，恳请领导关注。'],
  [
    'legal',
    '根据《消费者权益保护法》第五十五条，经营者有欺诈行为的，增加赔偿的金额不足五百元的，为五百元。',
  ],
  ['legal', '依照《食品安全法》，增加赔偿的金额不足一千元的，为一千元。'],
  [
    'confidentiality',
    '您投诉某物业公司乱收费的问题，我们已将您的联系电话转交属地街道办理，请保持电话畅通。',
  ],
  ['privacy', '昨日，阳光小区3栋1单元502室住户家中起火，消防员迅速处置，无人员伤亡。'],
  ['policy', '《湖南省法律援助条例》对经济困难标准作了规定。'],
  ['policy', '一对夫妻可以生育第二个孩子、第三个孩子，国家对此给予育儿补贴。'],
  ['advertising', '目前尚无药物能够根治阿尔茨海默病，早发现、早干预可以延缓病情。'],
  [
    'legal',
    '近期有市民收到冒充快递客服的短信，点开链接后被要求填写银行卡号和验证码。正规快递理赔不会索要验证码。',
  ],
];

describe('concept rules for the misses of final162 and final163', () => {
  itReportsFamilies(CATCHES, QUIET);
});
