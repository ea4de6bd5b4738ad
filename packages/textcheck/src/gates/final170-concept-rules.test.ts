// The rules for the misses of two blind every-gate sets measured on the code before them (final170,
// final171), each written for a concept: a reviewer's stand and a covert watch told ahead, Taiwan's
// academy unquoted, a city's port under another province, the territory's southern end after
// another end, the adoption age gap and the disclosure threshold told wrong, an expired plan cited
// after its issue, a stale count of the negative list, a seller's WeChat id in brackets and a seed's
// yield promised, a purchase quota tied to appraisal, slang reported without quotes, a fraud victim
// blamed or told to search online, a citizen's full name with his number, a patient named in an
// earlier sentence, and a slur for the lame. Quiet: a public objection in the notice period, an open
// traffic control, Taiwan's body quoted, a city's own port, the southern end right, the law stated
// right, a new plan, the history of the list, a visit booked, a policy goal, a voluntary purchase,
// slang in quotation marks, an anti-fraud warning, a contact person and a metaphor. The typos
// (赛罕坝, 浑春) are in typo-detector.test.ts.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a reviewer's stand told with the name (confidentiality.internal-marking)
  [
    'confidentiality',
    '职称评审会上，评审专家张伟对申报人的论文质量表示反对。',
    '评审专家张伟对申报人的论文质量表示反对',
  ],
  // a covert watch set ahead by the hour and the place (confidentiality.operation)
  [
    'confidentiality',
    '森林公安定于本月15日至20日每晚21时起，在青龙沟、白石岭一带设伏蹲守。',
    '定于本月15日至20日每晚21时起，在青龙沟、白石岭一带设伏',
  ],
  // Taiwan's academy unquoted (political.hmt)
  ['political', '论坛邀请台湾中研院学者作报告。', '台湾中研院'],
  // a city's port under another province (political.division-hierarchy)
  ['political', '货轮从广西湛江港启航。', '广西湛江'],
  // the southern end after another end (political.territory)
  [
    'political',
    '我国国土最东端在黑龙江与乌苏里江主航道汇合处，最南端位于三亚天涯海角。',
    '最南端位于三亚天涯海角',
  ],
  // the adoption age gap (legal.adoption-age-gap-misstated)
  [
    'legal',
    '单身男性收养异性子女的，双方年龄应相差25周岁以上。',
    '收养异性子女的，双方年龄应相差25周岁',
  ],
  // the disclosure threshold (legal.shareholding-disclosure-threshold-misstated)
  ['legal', '投资者持有上市公司已发行的有表决权股份达到10%时，应当履行报告义务。', '达到10%时'],
  // an expired plan cited after its issue (policy.superseded-as-current)
  [
    'policy',
    '依据省政府出台的《农村人居环境整治三年行动方案（2018—2020年）》，今年将继续推进改厕。',
    '《农村人居环境整治三年行动方案（2018—2020年）》',
  ],
  // a stale count of the negative list (policy.negative-list-count-stale)
  ['policy', '目前全国外商投资准入负面清单共40条，开放力度持续加大。', '共40条'],
  // a seller's WeChat id in brackets (advertising.buy-by-contact)
  ['advertising', '扶贫木耳可添加微信(fuping_2024)订购。', '微信(fuping_2024)订购'],
  // a seed's yield promised (advertising.guarantee)
  ['advertising', '这款玉米良种包增产200斤，欢迎农户选购。', '包增产200斤'],
  // a purchase quota tied to appraisal (coercion.rate-sanction)
  [
    'coercion',
    '各科室干部职工须购买助农大米，人均不低于300元，完成情况与年终绩效挂钩。',
    '人均不低于300元，完成情况与年终绩效挂钩',
  ],
  // slang reported without quotes (opinion.slang)
  ['opinion', '新公园开放后，市民纷纷表示yyds。', 'yyds'],
  // a fraud victim blamed, or told to search online (opinion.cold-reply)
  ['opinion', '您自己图便宜才被骗，只能怪您自己。', '您自己图便宜才被骗'],
  ['opinion', '答：上网搜一下不就清楚了吗？', '上网搜一下不就清楚了'],
  // a citizen's full name with his number (privacy.mobile-number)
  ['privacy', '针对李国强先生（手机13805712345）反映的路灯问题，已修复。', '13805712345'],
  // a patient named in an earlier sentence (privacy.patient)
  ['privacy', '昨日，村民王德顺在田间晕倒，被送医抢救。经检查，其本人有多年高血压病史。', '王德顺'],
  // a slur for the lame (political.discrimination)
  ['political', '景区为瘸腿的游客提供轮椅借用服务。', '瘸腿'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['confidentiality', '公示期内对拟奖项目有异议的，可向评审委员会办公室书面提出异议。'],
  ['confidentiality', '定于6月12日22时起对滨江路实施交通管制。'],
  ['political', '台湾“中研院”院士参加了论坛。'],
  ['political', '货轮从广东湛江港启航。'],
  ['political', '我国领土最北端在漠河以北的黑龙江主航道中心线上，最南端在南沙群岛的曾母暗沙。'],
  ['legal', '无配偶者收养异性子女的，收养人与被收养人的年龄应当相差四十周岁以上。'],
  ['legal', '投资者持有上市公司已发行的有表决权股份达到百分之五时，应当在三日内报告。'],
  ['policy', '根据新印发的《城镇老旧小区改造三年行动计划（2025—2027年）》，今年将继续推进。'],
  ['policy', '自贸试验区外商投资准入负面清单由2013年的190条缩减至27条。'],
  ['advertising', '添加客服微信(gov_service)即可预约参观。'],
  ['advertising', '推广优良品种，确保粮食增产增收。'],
  ['coercion', '欢迎干部职工自愿认购助农产品，认购情况不作为考核依据。'],
  ['opinion', '新公园开放后，市民直呼“yyds”。'],
  ['opinion', '提醒广大群众不要贪图小便宜，以免上当受骗。'],
  ['privacy', '联系人：李国强先生（电话13805712345）。'],
  ['privacy', '昨日，一名村民在田间晕倒，被送医抢救，目前已脱离危险。'],
  ['political', '要补齐城乡发展的瘸腿短板。'],
];

describe('concept rules for the misses of final170 and final171', () => {
  itReportsFamilies(CATCHES, QUIET);
});
