// A private person's own WeChat or QQ account published with them: 杨先生（微信号yangfan_1988，家住…）,
// 投诉人李某某，QQ：38475612, 网友“追风少年”（微信：zfsn_2001）反映, 与来电人张先生微信（zhang_88）联系.
// The person stands before the account in the same clause (at most a bracket or a comma between). An
// office's or a business's account (公众号（微信号：…）, 客服微信, 联系人：李先生，微信号…, 订购请加微信)
// is not a private person's.
import type { GateFinding } from './gate-context.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** The account label and the id: letters first for WeChat (6–20 characters), 5–11 digits for QQ. */
const ACCOUNT = guard(
  /(?:微信号|微信|QQ号码?|QQ|qq号码?|qq)\s*(?:号)?\s*[：:为是（(]?\s*(?:[A-Za-z][A-Za-z0-9_-]{5,19}|[1-9][0-9]{4,10})(?![A-Za-z0-9_-])/g,
);
/** A private person before the account, in the same sentence, a bracket or a comma between. */
const PERSON_BEFORE =
  /(?:先生|女士|小姐|网友|市民|居民|村民|群众|投诉人|举报人|来信人|来电人|留言人|反映人|诉求人|求助人|当事人|车主|业主|家长|患者|[\u4e00-\u9fa5]某某?)[^。；;！？!?\n]{0,12}?(?:[（(，,、：:\s]|的|本人的?)?$/;
/** An office, a business or a contact point before the account: not a private person's. */
const NOT_PRIVATE =
  /公众号|公众平台|服务号|订阅号|官方|客服|工作人员|联系人|负责人|咨询|热线|服务中心|订购|购买|团购|添加|关注|扫码|加我|请加|可加|店|公司|平台/;
const REACH = 24;

export function findPersonalAccounts(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(ACCOUNT, text)) {
    const before = text.slice(Math.max(0, m.index - REACH), m.index);
    if (!PERSON_BEFORE.test(before) || NOT_PRIVATE.test(before)) continue;
    out.push(
      privacyFinding('privacy.social-account', matchSpan(m), '公开了个人微信号、QQ号，须脱敏处理'),
    );
  }
  return out;
}
