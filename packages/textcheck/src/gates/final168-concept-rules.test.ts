// The rules for the misses and the false alarm of two blind every-gate sets measured on the code of
// the four rounds before them (final168, final169), each written for a concept: the school-entry age,
// the consumer law's multiple and a fine for not visiting parents told wrong, a seller's WeChat to
// order through, a half-width comma after a closing mark, a citizen told to read first or called a
// harasser, the informant's report handed to the firm, and another province's city listed as the
// province's own. Quiet: the law stated right, the food law's own multiple, a rumour refuted, a
// visit booked, a Latin title, a citizen's own complaint of calls, a referral, two provinces named,
// and a level told declassified (台账 and 先烈 are in typo-detector.test.ts).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the school-entry age (legal.school-entry-age-misstated)
  ['legal', '按照义务教育法，年满7周岁的儿童方可报名入学。', '年满7周岁'],
  // the consumer law's multiple (legal.fraud-damages-multiple-misstated)
  ['legal', '依据消费者权益保护法，经营者有欺诈行为的，消费者可获得价款十倍赔偿。', '价款十倍'],
  // a fine for not visiting parents (legal.elder-visit-fine-invented)
  ['legal', '子女长期不看望老人的，将被处以罚款。', '不看望老人的，将被处以罚款'],
  // a seller's WeChat to order through (advertising.buy-by-contact)
  ['advertising', '活动期间，添加店家微信即可订购礼盒。', '添加店家微信即可订购'],
  // a half-width comma after a closing mark (text.half-width-punctuation)
  ['text', '请登录“市政务服务网”,按提示完成认证。', ','],
  // a citizen told to read first, or called a harasser (opinion.cold-reply)
  ['opinion', '通知早已发布，请您仔细看清楚再来咨询。', '仔细看清楚再来咨询'],
  ['opinion', '请不要反复来电骚扰工作人员。', '来电骚扰工作人员'],
  // the informant's report handed to the firm (confidentiality.whistleblower)
  [
    'confidentiality',
    '我局已把投诉人李红的投诉材料复印件转交给涉事物业公司，要求其限期整改。',
    '把投诉人李红的投诉材料复印件转交给涉事物业公司',
  ],
  // another province's city listed as the province's own (political.division-hierarchy)
  ['political', '江西省人民政府网讯 近日，我省南昌、九江、黄山三市联合开展执法行动。', '黄山'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '凡年满六周岁的儿童，其父母应当送其入学接受并完成义务教育。'],
  ['legal', '根据食品安全法，消费者可以要求支付价款十倍的赔偿金。'],
  ['legal', '网传子女不看望老人将被罚款，系谣言。'],
  ['advertising', '添加客服微信即可预约参观。'],
  ['text', '参考文献：《Python编程》,Springer出版。'],
  ['opinion', '近期骚扰电话较多，请市民提高警惕。'],
  ['opinion', '网友留言：物业天天打电话骚扰我们，请管管。'],
  ['confidentiality', '已将举报材料转交区市场监管局调查处理。'],
  ['political', '湖南省：我省与湖北宜昌、荆州等地开展合作。'],
  ['political', '湖北省政府网讯：我省与岳阳、常德等地开展合作。'],
  ['confidentiality', '该文件原为机密级档案，已于2019年依法解密，现由我馆收藏。'],
];

describe('concept rules for the misses of final168 and final169', () => {
  itReportsFamilies(CATCHES, QUIET);
});
