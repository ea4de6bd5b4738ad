// The 截止/截至 rule (text.jiezhi-jiezhi). 截至 means "up to (a time)" and takes the time as its
// object; 截止 means "to close" and takes none. So 截止 directly followed by a time is 截至, and
// 截至 followed by nothing, or used as a noun modifier (截至日期), is 截止.
import type { Finding } from '../finding.ts';
import { makeFinding } from './make-finding.ts';

const TIME_AFTER =
  /截止(?=\s*(?:\d|[〇零一二三四五六七八九十]{1,4}年|目前|今年|去年|本年|上年|当年|当前|今天|今日|昨日|本月|上月|本周|年底|年末|月底|发稿|记者发稿|报告期))/gu;
const NO_TIME_AFTER = /截至(?=日期|时间|期限|[。，；！、]|$)/gu;

export function jiezhiRule(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(TIME_AFTER)) {
    findings.push(
      makeFinding(
        text,
        'text.jiezhi-jiezhi',
        'warn',
        m.index,
        m.index + 2,
        '截至',
        '“截止”后接时间时应为“截至”（截至某时）',
      ),
    );
  }
  for (const m of text.matchAll(NO_TIME_AFTER)) {
    findings.push(
      makeFinding(
        text,
        'text.jiezhi-jiezhi',
        'warn',
        m.index,
        m.index + 2,
        '截止',
        '表示到期停止时应为“截止”（如截止日期）',
      ),
    );
  }
  return findings;
}
