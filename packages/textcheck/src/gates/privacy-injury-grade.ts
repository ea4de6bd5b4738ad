// A person named in full with their injury's lasting harm: 职工马红军…因工致左手三指截肢，伤残等级为
// 七级, 伤者王建华经鉴定为八级伤残, 村民李秀英因事故致双腿瘫痪. A disability grade or an amputation is
// health information (个人信息保护法 第二十八条); a work-injury or accident notice may name the case,
// the person only as 马某. Quiet: a masked name (马某), a name marked 化名, a hero's or a role model's
// story (见义勇为, 英雄, 事迹, 表彰: the deed is told and the person consents), and a grade with no one
// (伤残等级分为十级).
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { PRIVATE_PERSON_ROLE } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** Whose injury: a worker, a villager, the injured. */
const ROLE = PRIVATE_PERSON_ROLE;
/** A full name: no 某. */
const NAME = `(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)`;
/** What ends the name: the next word of the sentence. */
const NAME_END = '(?=[在因于，,、。（(的经被系为是受患工操驾不])';
/** The lasting harm. */
const HARM =
  '(?:截肢|伤残等级|[一二三四五六七八九十]级伤残|伤残[一二三四五六七八九十]级|残疾等级|致残|截瘫|瘫痪|失明|植物人|丧失劳动能力)';
const CLAUSES = '[^。；;！？!?\\n]';

const ROLE_NAME = guard(new RegExp(`${ROLE}${NAME}${NAME_END}`, 'g'));
/** Told of heroes and models, who are named with their deed. */
const PRAISED = /见义勇为|英雄|烈士|事迹|表彰|楷模|感动|最美|道德模范|自强不息|身残志坚/;

export function findInjuryGrades(text: string): GateFinding[] {
  if (PRAISED.test(text)) return [];
  const names = new Set<string>();
  for (const m of guardedMatches(ROLE_NAME, text)) {
    const name = m.groups?.['name'] ?? '';
    if (name.length >= 2 && !/某|化名/.test(name)) names.add(name);
  }
  const out: GateFinding[] = [];
  for (const name of names) {
    if (new RegExp(`${name}[（(]化名`).test(text)) continue;
    const re = new RegExp(
      `${name}${CLAUSES}{0,30}?${HARM}(?:为|是)?(?:[一二三四五六七八九十]级)?`,
      'g',
    );
    for (const m of text.matchAll(re))
      out.push(
        privacyFinding(
          'privacy.named-person',
          matchSpan(m),
          '公开了可识别个人的伤残、截肢等健康信息，须隐去姓名（如“马某”）',
        ),
      );
  }
  return out;
}
