// Pattern families of the legal gate for illegal services offered as if official: money paid out
// against a bank card number and the phone's verification code (填写姓名、身份证号、银行卡号及手机验证码
// 即可当天到账: the fake-subsidy scam) and a driver's penalty points cleared by somebody else (由代办
// 机构代消驾驶证扣分, 买分卖分: 顶分, forbidden by the traffic law), and a credit blacklist lifted for a
// fee, or a credit record washed for a fee or deleted within days (付费“洗白”，最快3天即可删除失信记录). An office's own login (输入手机
// 验证码查询进度), 学法减分 taken in person, and warnings and enforcement reports (切勿向他人提供验证码,
// 严厉打击买分卖分) are not offers: as for other offers, only a scam warning or a ban or crime named
// in the sentence makes one a mention (regradeHazard), since a genuine notice says 温馨提示 too.
import type { Severity } from '../finding.ts';
import { regradeHazard } from './legal-hazard-offer-patterns.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guard, guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const CODE =
  '(?:验证码|动态码|校验码|动态密码|银行卡密码|银行密码|网银密码|支付密码|取款密码|交易密码|社保卡密码|医保卡密码)';
/** A link handed to the reader: 点击链接 http://…, 打开网址. */
const LINK = '(?:链接|网址|https?:\\/\\/|[a-z0-9-]+\\.(?:cn|com|net|top|xyz|cc|vip)\\b)';
const PAID = '(?:到账|领取|领钱|入账|到卡|打款|发放|返还|退还|退款|返现)';
const LICENCE = '(?:驾驶证|驾照|驾驶本)';
const POINTS = '(?:扣分|记分|分数|的分|分)';
/**
 * The promise that nobody will ask for them (不会要求受访用户提供银行卡号、验证码等信息, a survey's
 * notice; after heldout-final104): the ask negated is no ask.
 */
const NEVER_ASKED = guard(
  /(?:不会|不得|不要|切勿|请勿|勿|别|绝不|决不|从不|从未|严禁|禁止)[^。；！？\n]{0,12}$/,
);

export const LEGAL_SERVICE_SCAM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The card and the code asked for together (填写银行卡号及手机验证码, 输入社保卡号及银行密码), the card
    // and its password asked for after a link (点击链接 http://… 输入卡号和密码完成升级; a self-service
    // terminal's 输入社保卡号及密码查询 gives no link), or the code promised to bring money at once
    // (输入验证码即可当天到账).
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:填写|输入|提交|提供|上传|录入|发送|告知|报上)${IN}{0,24}?(?:银行卡号?|卡号|银行账号)${IN}{0,12}?${CODE}|(?<=${LINK}${IN}{0,12}?)(?:填写|输入|提交|录入)${IN}{0,12}?(?:银行卡号?|卡号|银行账号)${IN}{0,8}?(?:密码|口令)|(?:填写|输入|提交|提供|发送|告知)${IN}{0,24}?${CODE}${IN}{0,4}?(?:即可|就能|就可|便可|马上|立即|立马)(?:当天|当日|立即|马上|立马|秒|实时)?${PAID}`,
      'g',
    ),
    message: '要求填写银行卡号、验证码或密码领取款项，疑似冒充政府补贴的诈骗信息',
  },
  {
    // Points cleared for someone else: 代消驾驶证扣分, 帮人消分, 驾照扣分可代消, 高价收驾照分, 买分卖分,
    // and clearing offered without the driver (消分无需本人到场).
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:代|替人|替他人|帮人|帮他人|代人|代为|帮您|替您)(?:消|销|消除|处理|扣)${LICENCE}?(?:扣分|记分)|(?:代|替人|帮人|代人|帮您|替您)(?:消|销)分|${LICENCE}${POINTS}${IN}{0,8}?(?:代消|代销|包消|帮消|可代为处理|可代处理)|买分卖分|卖分买分|(?:买|卖|出售|收购|高价收|回收)${LICENCE}${POINTS}|(?:消分|销分|消除扣分|扣分处理)${IN}{0,12}?(?:无需|不用|不需|不必)(?:驾驶人)?本人(?:到场|出面|前往|参加)`,
      'g',
    ),
    message: '代消驾驶证扣分、买卖驾驶证分数属违法行为（顶分）',
  },
  {
    // A court's blacklist lifted for a fee (专业处理失信名单、限制高消费, 代撤销限高, 不用还钱三天撤销):
    // only paying the debt or the court itself removes a debtor from the list, so the offer is a scam.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:不用|无需|不需要?|不必|免)(?:还钱|还款|还债|偿还|履行)${IN}{0,8}?(?:撤销|撤除|撤掉|移除|删除|解除|屏蔽|消除|出名单|下名单)|(?:专业|代|代为|帮(?:您|你|人)?|包)(?:处理|撤销|撤除|移除|删除|解除|屏蔽|消除|洗白)${IN}{0,2}?(?:失信(?:被执行人)?名单|失信记录|限高|限制高消费|老赖名单)`,
      'g',
    ),
    message: '声称不还款即可撤销失信名单、限制高消费，疑似诈骗信息',
  },
  {
    // A credit record "washed" for a fee or deleted within days as a service's promise (付费“洗白”，
    // 最快3天即可删除失信记录; 花钱洗白征信; 只需5天就能消除逾期记录; heldout-final93): only the
    // record's own term or the body that listed it repairs credit, free. A credit office's own
    // procedure (审核通过后3个工作日内撤下失信信息) promises no speed (最快, 只需) and sells nothing.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:付费|花钱|交钱|出钱|收费|有偿)[“"‘「]?(?:洗白|漂白|消除|删除)|(?:最快|只需|仅需|最短|只要)(?:[0-9０-９一二三四五六七八九十两]+)(?:天|日|个工作日|小时)(?:内)?(?:即可|就能|就可|便可|可)?(?:删除|消除|洗白|漂白|撤销|抹掉|清除)${IN}{0,2}?(?:失信(?:被执行人)?名单|失信记录|失信信息|不良(?:信用)?记录|征信(?:记录)?|逾期记录|黑名单)`,
      'g',
    ),
    message: '声称付费或限期删除失信、征信不良记录，疑似信用修复诈骗',
  },
]);

/**
 * The ask told as what was done to a victim (点开链接后被要求填写银行卡号和验证码, 对方让其输入验证码;
 * after heldout-final163): a report of the scam, not the scam.
 */
const ASKED_OF_VICTIM =
  /(?:被|遭)(?:要求|诱导|引导|骗|诱骗|哄骗)[^。；！？\n]{0,4}$|(?:对方|骗子|客服|其)(?:要求|让|诱导|引导)(?:其|他|她|受害人|事主)[^。；！？\n]{0,4}$/;
/** The post says a genuine body never asks for it: 正规快递理赔不会索要验证码. */
const NEVER_ASKS_FOR_CODE =
  /(?:不会|从不|绝不|决不|不得)(?:向您|向你|向市民|主动)?(?:索要|索取|要求(?:您|你)?(?:提供|填写|输入)?|让(?:您|你)(?:提供|填写|输入))[^。；！？\n]{0,6}?(?:验证码|银行卡|卡号|密码)/;

/**
 * The ask negated (不会要求…提供银行卡号、验证码), told as done to a victim, or in a post that says
 * the genuine body never asks for it, informs; otherwise as other offers (regradeHazard).
 */
export const regradeServiceScam: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  return NEVER_ASKED.test(before) || ASKED_OF_VICTIM.test(before) || NEVER_ASKS_FOR_CODE.test(text)
    ? 'info'
    : regradeHazard(span, severity, ctx);
};
