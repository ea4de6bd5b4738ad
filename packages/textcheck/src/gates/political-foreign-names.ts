// Foreign names of Chinese territory (尖阁列岛, 西菲律宾海, 黄沙群岛, 阿鲁纳恰尔邦 — rows of
// political.tsv, rule political.territory-name) reported as the other side's words only inform: the
// sentence gives them to that side before the name (日本海上保安厅发表的消息说…尖阁列岛, 菲方声称…), or
// the Chinese name follows in brackets (尖阁列岛（中国名：钓鱼岛）). Used as a plain name in the post's
// own voice (经尖阁列岛附近海域进入东海) they stay.
import type { GateFinding } from './gate-context.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** The other side speaking, in one clause: 日本海上保安厅发表的消息说, 菲律宾外交部声称, 印方所谓. */
const ATTRIBUTED =
  /(?:日本|日方|菲律宾|菲方|越南|越方|印度|印方|外方|外媒)[^。！？\n，,]{0,12}?(?:声称|宣称|妄称|称|表示|消息说|发表|所谓|叫作|叫做|报道)/;
/** The Chinese name given right after: （中国名：钓鱼岛）, （我国称黄岩岛）, （即我国南沙群岛）. */
const CHINESE_NAME_AFTER = /^\s*[（(](?:中国名|中方称|中国称|我国称|即我国|即中国|我国的?|中国的?)/;

export function reportedForeignName(text: string, finding: GateFinding): boolean {
  if (CHINESE_NAME_AFTER.test(text.slice(finding.end, finding.end + 8))) return true;
  const [from] = sentenceAround(text, finding.start, finding.end, SENTENCE_END);
  return ATTRIBUTED.test(text.slice(from, finding.start));
}
