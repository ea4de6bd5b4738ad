// The legal and confidentiality rules for the misses of four blind every-gate sets (final198 to
// final201: child welfare, taxis and ride-hailing, road transport, driver training, ecology
// enforcement, noise, wage arrears, housing pre-sale, land sales, tenders), each written for a
// concept: a juvenile offender named with the age, administrative detention by a service centre or an
// enforcement detachment, a crime's top told wrongly after its gravest tier, rule thresholds told
// wrongly (a ride-hailing driver's years, a small-car licence's age, the noise law's night, a
// pre-sale's invested share), a reserve price told as settled, and a named bidder's score in brackets
// while the result is pending. Quiet: 某, the right figures, a referral to the police, a published
// result and a sale with no reserve.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a juvenile offender named with the age (legal-exposed-identities)
  ['legal', '据通报，15岁初中生王浩然因涉嫌抢劫已被警方依法处理。', '初中生王浩然'],
  // detention by a service centre or an enforcement detachment (legal-unlawful-sanctions)
  ['legal', '对拒不整改的运输企业负责人，本中心将依法对其处以行政拘留。', '行政拘留'],
  [
    'legal',
    '我支队经现场核查，依法责令该厂停产整治，并对其法定代表人处以行政拘留七日。',
    '行政拘留',
  ],
  // a crime's top told wrongly after its gravest tier (legal-sentence-maxima)
  [
    'legal',
    '经责令支付仍不支付的，构成拒不支付劳动报酬罪；造成严重后果的，最高可判处五年有期徒刑。',
    '最高可判处五年有期徒刑',
  ],
  // rule thresholds told wrongly (legal-statutory-thresholds)
  [
    'legal',
    '想跑网约车的司机朋友注意：需持有相应驾驶证，并具有两年以上驾驶经历。',
    '两年以上驾驶经历',
  ],
  ['legal', '报考小型汽车驾驶证的学员须满17周岁，身体条件需符合要求。', '须满17周岁'],
  ['legal', '按照噪声污染防治法，夜间是指晚上10点至次日早上7点。', '次日早上7点'],
  ['legal', '申请预售许可的，投入开发建设的资金应占工程建设总投资的30%以上。', '总投资的30%以上'],
  // a reserve price told as settled (confidentiality-process-secrets)
  [
    'confidentiality',
    '据了解，该宗地块拍卖底价已经定为每平方米4200元，竞买人可于下周报名。',
    '底价已经定为每平方米4200元',
  ],
  // a named bidder's score in brackets while the result is pending (confidentiality-preliminary-results)
  [
    'confidentiality',
    '评标工作已结束，评审得分最高的为东方建设集团有限公司（91.2分），中标结果待公示后确定。',
    '91.2分',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '据通报，15岁初中生王某因涉嫌抢劫已被警方依法处理。'],
  ['legal', '32岁男子王浩然涉嫌盗窃，已被公安机关依法刑事拘留。'],
  ['legal', '对非法营运的驾驶员，本中心将移送公安机关依法处以行政拘留。'],
  [
    'legal',
    '经责令支付仍不支付的，构成拒不支付劳动报酬罪；造成严重后果的，最高可判处七年有期徒刑。',
  ],
  ['legal', '网约车驾驶员应取得相应准驾车型驾驶证，并具有3年以上驾驶经历。'],
  ['legal', '申请小型汽车驾驶证的，应当年满18周岁；申请轻便摩托车驾驶证的，年满16周岁即可。'],
  ['legal', '“夜间”是指晚上十点至次日早晨六点之间的期间。'],
  ['legal', '投入开发建设的资金达到工程建设总投资的百分之二十五以上，方可申请预售许可。'],
  ['confidentiality', '该地块挂牌起始价为每亩160万元，本次出让不设底价。'],
  ['confidentiality', '评标结果公示如下：东方建设集团有限公司（91.2分）为第一中标候选人。'],
];

describe('concept rules for the legal and confidentiality misses of final198 to final201', () => {
  itReportsFamilies(CATCHES, QUIET);
});
