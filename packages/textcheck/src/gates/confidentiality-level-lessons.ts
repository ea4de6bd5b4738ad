// The levels of state secrets named as a lesson, not as a marking: the law's longest periods
// (绝密级一般不超过30年，机密级不超过20年), the three levels listed (密级分为绝密级、机密级、秘密级) and a level
// defined (绝密级国家秘密是最重要的国家秘密). No document carries two levels or a legal maximum; a marked
// one gives its own (本通报为机密级, 根据上级下发的绝密级文件精神), which stays reported.
import type { GateFinding } from './gate-context.ts';

/** A level with 级 as the marking family reports it. */
const LEVEL = /^(?:绝密|机密|秘密)(?:级|等级)$/;
/** The rest of its clause states a period rule: 一般不超过30年, 的保密期限最长为二十年. */
const PERIOD_RULE =
  /^[^。；;，,！？!?\n]{0,14}?(?:一般|原则上|最长)?(?:不(?:得)?超过|最长(?:为|是)?|以内)[0-9０-９一二三四五六七八九十]+(?:年|个月)/;
/** Another level right after or before it, as in a list of the three. */
const LEVEL_AFTER = /^(?:[、，,和与及或]|以及)[“"]?(?:绝密|机密|秘密)/;
const LEVEL_BEFORE = /(?:绝密|机密|秘密)(?:级|等级)?[”"]?(?:[、，,和与及或]|以及)$/;
/** A level defined: 绝密级国家秘密是…, 机密级国家秘密泄露会使…. */
const DEFINED = /^(?:的)?国家秘密(?:是|指|是指|，?泄露|一旦泄露)/;

/** A classification-marking finding on a level named as a lesson: info. */
export function regradeLevelLesson(text: string, f: GateFinding): GateFinding {
  if (f.severity === 'info' || f.rule !== 'confidentiality.classification-marking') return f;
  if (!LEVEL.test(text.slice(f.start, f.end))) return f;
  const after = text.slice(f.end, f.end + 24);
  const before = text.slice(Math.max(0, f.start - 8), f.start);
  return PERIOD_RULE.test(after) ||
    LEVEL_AFTER.test(after) ||
    LEVEL_BEFORE.test(before) ||
    DEFINED.test(after)
    ? { ...f, severity: 'info' }
    : f;
}
