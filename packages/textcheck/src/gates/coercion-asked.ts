// A demand the post quotes from a citizen who asks whether it is allowed (网民留言：孩子学校要求家长
// 必须关注公众号，不关注影响孩子评优，这合理吗？): the office reports a complaint it answers, it makes no
// demand. Its coercion findings are kept as info.
import type { GateFinding } from './gate-context.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** The sentence ends asking whether the demand is right or lawful. */
const ASKS_IF_ALLOWED =
  /(?:这|这样|这种做法|此举|这么做|该做法)?(?:是否|是不是)?(?:合理|合法|合规|正常|应该|允许|可以|对|有依据|有道理|有规定|过分)(?:吗|么|呢)?[？?]\s*$|(?:是否|是不是)(?:合理|合法|合规|允许|违规|有依据)[^。！!\n]{0,4}[？?]\s*$|(?:有|有没有)(?:依据|规定|文件)(?:吗|么)?[？?]\s*$|(?:这|这样)(?:不是)?(?:强制|强迫|形式主义)(?:吗|么)[？?]\s*$/;
/** The line is a citizen's message or question quoted before the office's reply. */
const CITIZEN_LINE =
  /(?:^|\n)\s*(?:网民|网友|群众|市民|居民|家长)?(?:留言|来信|提问|问)\s*[：:][^\n]*$/;

/** Whether a finding lies in a citizen's question about the demand it reports. */
export function askedAbout(text: string, f: GateFinding): boolean {
  const [from, to] = sentenceAround(text, f.start, f.end, SENTENCE_END);
  const sentence = text.slice(from, Math.min(text.length, to + 1));
  if (ASKS_IF_ALLOWED.test(sentence)) return true;
  return CITIZEN_LINE.test(text.slice(0, f.start)) && /[？?]\s*$/.test(sentence);
}

/** Coercion findings in such a question kept as info. */
export const keepAskedAsInfo = (text: string, findings: GateFinding[]): GateFinding[] =>
  findings.map((f) =>
    f.severity !== 'info' && askedAbout(text, f) ? { ...f, severity: 'info' } : f,
  );
