// A person named in full with their injury's lasting harm: 职工马红军…因工致左手三指截肢，伤残等级为
// 七级, 伤者王建华经鉴定为八级伤残, 村民李秀英因事故致双腿瘫痪. A disability grade or an amputation is
// health information (个人信息保护法 第二十八条); a work-injury or accident notice may name the case,
// the person only as 马某. Quiet: a masked name (马某), a name marked 化名, a hero's or a role model's
// story (见义勇为, 英雄, 事迹, 表彰: the deed is told and the person consents), and a grade with no one
// (伤残等级分为十级). After final202 also the person's grave state now, after an accident or an injury
// (村民罗某国（58岁）…遭雷击，目前在县人民医院重症监护室抢救, 养殖户王某某…烧伤，仍处于昏迷状态 with a
// name in full): intensive care, resuscitation under way, critical condition or a coma are health
// information as much as a grade is; the post may tell the case and the warning, the person as 罗某.
// An appeal for donations (爱心捐款, 水滴筹) tells the state on purpose, and a death after rescue
// (经抢救无效死亡) is not read here.
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
/**
 * A grave state now: in intensive care, under resuscitation, critical, in a coma — not a death after
 * rescue (经抢救无效), which 抢救 alone would read.
 */
const GRAVE_NOW =
  '(?:重症监护(?:室|病房)?|ICU|(?:正在|仍在|目前在|现在|全力|紧急|进行)[\\u4e00-\\u9fa5]{0,10}?抢救(?!无效)|病危|生命垂危|(?:仍|仍然|尚|一直)(?:处于)?(?:深度)?昏迷|深度昏迷|昏迷不醒)';
/** An appeal for donations, which tells the state on purpose. */
const APPEAL = /募捐|捐款|筹款|筹集|爱心接力|众筹|水滴筹|轻松筹|伸出援手|献爱心/;

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
  const appeal = APPEAL.test(text);
  for (const name of names) {
    if (new RegExp(`${name}[（(]化名`).test(text)) continue;
    if (!appeal)
      for (const m of text.matchAll(new RegExp(`${name}${CLAUSES}{0,40}?${GRAVE_NOW}`, 'g')))
        out.push(
          privacyFinding(
            'privacy.named-person',
            matchSpan(m),
            '公开了可识别个人的伤情、救治状况等健康信息，须隐去姓名（如“罗某”）',
          ),
        );
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
