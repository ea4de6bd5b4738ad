// Share issuance told as still under approval (policy.superseded-as-current): 目前我国A股新股发行实行
// 核准制, 股票发行采用核准制, IPO实行核准制 (heldout-final93). The whole market moved to registration
// on 2023-02-17 (全面实行股票发行注册制, 中国证监会《首次公开发行股票注册管理办法》), so approval is
// history. Read only after a word of shares (企业投资项目核准制 is a current rule of investment
// projects), and with the policy tense rules: history (2019年以前…实行核准制), the change told (由核准
// 制改为注册制) and a question are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

/** Shares issued under approval: 新股发行实行核准制, A股…采用核准制. */
const APPROVAL = guard(
  /(?:A股|新股|股票|首次公开发行|IPO|首发|上市)[^。；！？\n]{0,10}?(?:实行|实施|采用|采取|适用|施行)(?:的是)?核准制/g,
);
/** The sentence tells the change, the past, or asks. */
const CHANGED =
  /注册制|改革前|此前|过去|以前|原来|原先|曾经|曾|当时|彼时|年代|[？?]|吗|(?:19|20[01])[0-9]年/;

export function staleStockApproval(text: string): GateFinding[] {
  if (!text.includes('核准制')) return [];
  return staleStatements(text, {
    re: APPROVAL,
    supersededOn: '2023-02-17',
    toldChanged: toldInSentence(CHANGED),
    message: '2023年2月17日起全面实行股票发行注册制，“新股发行实行核准制”为旧制度',
    suggestion: '注册制',
  });
}
