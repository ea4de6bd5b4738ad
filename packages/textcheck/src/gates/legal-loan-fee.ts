// Pattern family of the legal gate for a loan that asks for money before it pays out: 放款前仅需缴纳
// 3000元“解冻保证金”至指定账户, 下款前须先交500元工本费, 先支付2000元验资金才能放款. No lender may take a
// fee, a deposit or a "thaw" payment before the loan is paid out: it is the loan scam's step (贷款诈骗),
// whoever the post says offers it. A bank's repayment notice (还款前请确保账户余额充足), interest paid
// after the loan (放款后按月支付利息), a withdrawal fee (提现前需支付0.1%手续费), a down payment or a
// mortgage's notary fee before the loan, and a fee told as the scam's sign in a warning (放款前要求缴纳
// 保证金的都是诈骗, the legal gate's warning frame) are not reported as offers.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** The loan paid out (not 提现, a withdrawal, nor 解冻, which a court order may also lift). */
const PAYOUT = '(?:放款|下款|到账|放贷|贷款发放|发放贷款|借款到账|出款)';
/** Paying in. */
const PAY = '(?:缴纳|交纳|缴|交|支付|付|转账|汇款|转入|存入|打入|充值)';
/**
 * What the scam calls the payment. Not what a lawful loan may take before it pays out: a down
 * payment (首付款), a mortgage's notary or a guarantor's fee (公证费, 担保费), credit insurance.
 */
const FEE =
  '(?:保证金|解冻金|解冻费|手续费|工本费|验资金|验资款|押金|会员费|服务费|激活费|刷流水|流水金|认证费|审核费|包装费|前期费用|预付利息)';

export const LOAN_FEE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.loan-fraud',
    severity: 'block',
    pattern: new RegExp(
      `${PAYOUT}(?:前|之前|以前)${IN}{0,6}?(?:先)?${PAY}${IN}{0,12}?${FEE}(?:[”"」]?${IN}{0,4}?(?:至|到|进|入)(?:指定|对方|个人|以下|我方|公司)?(?:的)?(?:账户|账号|银行卡|卡号))?|(?:先|需先|须先|要先|必须先|得先)${PAY}${IN}{0,12}?${FEE}${IN}{0,10}?(?:才能|方可|才可以?|即可|就能|才会|再)(?:为您|给您)?${PAYOUT}`,
      'g',
    ),
    message: '放款前要求缴纳保证金、解冻金、手续费等，系典型贷款诈骗手法',
  },
]);
