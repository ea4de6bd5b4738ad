// A minor named in full with their school and class in brackets after the name, where the post is
// about minors in trouble (未成年人保护法 第一百零三条): 未成年人刘佳怡（城南区第二小学五年级1班）曾多次
// 进入网吧, 未成年社区矫正对象王子轩（16岁，就读于市职业技术学校汽修2班）. The bracket names a class
// (五年级1班, 汽修2班) or a school with an age under 18; the post says 未成年 or is about a crime or an
// offence near the name. Left: a pupil praised or awarded (张明（市一中高二3班）荣获一等奖), names
// already masked (刘某某), and a bracket with a school only and no class or age. A child victim is the
// exception to both: a name told a victim of abuse right before it (遭受侵害的女童王某某（石桥镇中心小学
// 四年级学生，家住柳塘村）) is found by its school with a grade or a home, masked or not.
import type { GateContext, GateFinding } from './gate-context.ts';
import { nearContext } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** A full name, then a bracket holding a class or a school with an age. */
const NAME_BRACKET = guard(/(?<name>[\u4e00-\u9fa5]{2,3})[（(](?<inside>[^（()）]{2,40}?)[）)]/g);
/** A class (五年级1班, 初二（3）班, 汽修2班) or an age under 18 with a school. */
const CLASS_IN =
  /[一二三四五六七八九初高]年?级?[0-9０-９一二三四五六七八九十]{1,2}班|[\u4e00-\u9fa5]{1,4}[0-9０-９]{1,2}班/;
const SCHOOL_IN = /小学|中学|学校|职高|技校|[一二三四五六七八九十\d]中/;
const MINOR_AGE = /(?:^|[^\d])(?:[1-9]|1[0-7])(?:周)?岁/;
/** The post is about minors. */
const MINOR_WORD = /未成年|未满十八|未满18|少年犯|涉罪少年/;
/** A pupil praised is no party to an offence. */
const PRAISE = /见义勇为|表彰|嘉奖|获评|荣获|获得|好少年|拾金不昧|三好学生|优秀|一等奖|冠军|金牌/;
const REACH = 60;
/** A grade or a home inside the bracket: 四年级学生, 家住柳塘村. */
const GRADE_OR_HOME_IN =
  /[一二三四五六七八九初高][年]?级|[初高][一二三]|家住|住在|居住在|[\u4e00-\u9fa5]{1,4}村(?:民|人)?(?:[，,）)]|$)/;
/** A victim of abuse told right before the name: 遭受侵害的女童, 被性侵的女生. */
const VICTIM_BEFORE =
  /(?:遭受?(?:到)?(?:性侵害?|侵害|猥亵|欺凌|虐待|家暴|殴打)|被(?:性侵害?|侵害|猥亵|欺凌|虐待|拐卖)|受害)[^，,。；;！？!?\n]{0,6}$/;

export function findMinorBracketedSchool(
  ctx: GateContext,
  found: readonly GateFinding[],
): GateFinding[] {
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  for (const m of guardedMatches(NAME_BRACKET, text)) {
    const raw = m.groups?.['name'] ?? '';
    const inside = m.groups?.['inside'] ?? '';
    // The name may come with a character of the word before it (人刘佳怡): keep the surname on.
    const name = raw.length === 3 && !SURNAME.test(raw) ? raw.slice(1) : raw;
    if (!SURNAME.test(name)) continue;
    const start = m.index + raw.length - name.length;
    const victim =
      VICTIM_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
      SCHOOL_IN.test(inside) &&
      GRADE_OR_HOME_IN.test(inside);
    if (/某/.test(name) && !victim) continue;
    const hasClass = CLASS_IN.test(inside);
    const hasAgedSchool = SCHOOL_IN.test(inside) && MINOR_AGE.test(inside);
    if (!hasClass && !hasAgedSchool && !victim) continue;
    const span = { start, end: m.index + m[0].length };
    const before = text.slice(Math.max(0, span.start - REACH), span.end);
    if (!victim && !MINOR_WORD.test(before) && !nearContext(ctx, 'crime', span, REACH)) continue;
    const around = text.slice(Math.max(0, span.start - 40), span.end + 40);
    if (PRAISE.test(around)) continue;
    if (found.some((f) => f.start < span.end && f.end > span.start)) continue;
    out.push({
      gate: 'legal',
      rule: 'legal.minor-identity',
      severity: 'warn',
      ...span,
      message: '涉事未成年人的姓名与学校、班级一并公开，可能泄露其身份，应使用“某某”等方式隐去',
    });
  }
  return out;
}
