// An institution's own account, published so that the public can pay or donate into it: the
// account name (户名, 开户名称, 收款单位) is an organisation — 市慈善总会, 县财政局非税收入专户, 某某红十字会 —
// not a person (户名：张翠萍, 户名：何某某). Its number is no one's private bank card.
import type { Span } from '../rules/lexicon-scan.ts';

/** The account holder named after its label: 户名为市慈善总会, 收款单位：县财政局. */
const HOLDER =
  /(?:开户名称|开户名|户名|账户名称|帐户名称|账户名|收款单位|收款人|开户单位|单位名称)\s*(?:[：:]|为|是)?\s*([\u4e00-\u9fa5（）()·]{2,30}?)(?=[\s，,。；;、（(]|开户|账号|帐号|$)/g;
/** The last word of an organisation's name. */
const ORGANISATION =
  /(?:会|局|委|办|中心|公司|集团|政府|院|所|站|社|校|馆|厂|处|队|部|厅|基金|专户|账户|帐户|银行|支行|分行|合作社|委员会|办公室|办事处|联合会|协会|学会|商会|总会|医院|学校|大学|学院|幼儿园)$/;
/** How far from the number the holder may be named: the same entry of a payment notice. */
const REACH = 80;

/**
 * Whether the account number at `span` is paid into an organisation: the holder named nearest
 * before it, or else the first named after it.
 */
export function isInstitutionAccount(text: string, span: Span): boolean {
  const from = Math.max(0, span.start - REACH);
  let holder: string | undefined;
  for (const m of text.slice(from, span.end + REACH).matchAll(HOLDER)) {
    const before = from + m.index < span.start;
    if (before || holder === undefined) holder = m[1] ?? '';
    if (!before) break;
  }
  if (holder === undefined) return false;
  const name = holder.replace(/[（(][^）)]*[）)]$/, '');
  return name.length >= 4 && ORGANISATION.test(name) && !/某/.test(name.slice(-3));
}
