// The rules for the misses and the false alarm of two blind every-gate sets measured on the final
// code of the last round (final156, final157), each written for a concept: the double wage's month
// told wrong, a complainant's name and number handed to the firm complained of, a loan's rate
// claimed the lowest of its trade, and a demand tied to a follower count reported from the demand
// on. Quiet: the lawful statements, a citizen's question, a promise to keep the complainant secret,
// a referral to another office, a rate's floor; and the set's false alarm, a cyberspace office
// telling of a demand it was told of and banning it (防署 → 防暑 is in typo-detector.test.ts).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the double wage from the second month (legal.unsigned-contract-double-wage-misstated)
  [
    'legal',
    '根据《中华人民共和国劳动合同法》第八十二条规定，用人单位自用工之日起超过三个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。',
    '超过三个月',
  ],
  ['legal', '入职满两个月仍未签订劳动合同的，劳动者可主张双倍工资。', '满两个月'],
  ['legal', '单位超过半年未签订书面劳动合同的，应按月支付两倍工资。', '超过半年'],
  // a complainant handed to the reported (confidentiality.whistleblower)
  [
    'confidentiality',
    '为便于尽快解决，我们已将您的姓名、联系电话一并提供给该建材公司负责人，由企业直接与您沟通协商。',
    '将您的姓名、联系电话一并提供给',
  ],
  ['confidentiality', '经协调，已把举报人的电话告知被举报单位。', '把举报人的电话告知'],
  ['confidentiality', '我们已将投诉人手机号码转给商家，请保持电话畅通。', '将投诉人手机号码转给'],
  // a loan's rate the lowest of its trade (advertising.absolute-term)
  [
    'advertising',
    '我中心与合作银行联合推出“安居快贷”，纯信用无抵押，利率行业最低，额度最高30万元。',
    '利率行业最低',
  ],
  ['advertising', '创业担保贷款手续费全市最低，当天放款。', '手续费全市最低'],
  // the demand before a follower count tied to an appraisal (coercion.interaction-ranked)
  [
    'coercion',
    '【工作提示】各消防安全重点单位：请于本周内组织本单位全体员工关注“临江消防”微信公众号、抖音号，并对置顶视频点赞、转发，关注人数将作为年度消防安全评估的参考依据。',
    '全体员工关注“临江消防”微信公众号',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。',
  ],
  ['legal', '入职满三个月还没签劳动合同，可以主张双倍工资吗？'],
  ['legal', '用工超过一年未签订书面劳动合同的，劳动者最多可主张11个月的二倍工资。'],
  ['confidentiality', '请放心，我们不会将您的姓名、联系电话提供给被举报单位。'],
  ['confidentiality', '我局已将您反映的问题转交区生态环境分局调查处理。'],
  ['advertising', '首套房公积金贷款利率最低可至2.6%，额度最高可贷80万元。'],
  ['advertising', '我市公积金贷款逾期率全省最低，资金使用率保持高位。'],
  [
    'coercion',
    '【网信提醒】近期，有群众反映个别单位要求群众必须下载指定APP、为评选活动投票点赞，否则不予办理业务。市委网信办重申：严禁以任何形式强制群众下载APP、关注公众号、转发点赞投票，严禁将此类数据纳入考核。',
  ],
];

describe('concept rules for the misses of final156 and final157', () => {
  itReportsFamilies(CATCHES, QUIET);
});
