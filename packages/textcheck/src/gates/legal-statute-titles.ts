// A national statute cited by a title it does not bear (after final182 to final185): a law with a
// word put in or left out (《中华人民共和国文物保护管理法》 for 文物保护法, 《消费者保护法》 for 消费者权益
// 保护法), a law called a regulation (《中华人民共和国防震减灾条例》, 《中华人民共和国社会保险条例》) and an
// implementing regulation given the other form (《审计法实施细则》 for 审计法实施条例). A post that cites a
// statute by a wrong title points the reader at no text. Read only inside 《》 and against the table
// of laws in force (statute-names.ts): a title the table does not know, and no law it is one word
// from, is left alone; so are local regulations (《X省…条例》), 办法 and a change told (原…).
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { IMPLEMENTING_FORMS, NATIONAL_LAWS, PRC_REGULATIONS_LIKE_LAWS } from './statute-names.ts';

const TITLE = guard(/《([^《》\n]{2,40})》/g);
const PRC = '中华人民共和国';
/** An edition note inside the title: （2018年修正）, (试行). */
const EDITION = /[（(][^（）()]*[）)]$/;
const IMPLEMENTING = /^(.+法)(实施条例|实施细则|实施办法)$/;
/** Words a law's title never ends with before 法 but other texts do: 办法, 方法, 做法, 宪法 alone. */
const NOT_A_LAW = /(?:办|方|做|想|司|语|兵|书|算|手|疗|用|章|技|说|立)法$/;
/** Said of the title as a former one: 原, 旧, 此前的. */
const FORMER_BEFORE = /(?:原|旧|老|此前的|曾经的|以前的)$/;

/** The law the title is one or two characters from, put in or left out inside it (not at its start). */
function lawWithinEdit(core: string): string | undefined {
  for (let cut = 1; cut <= 2; cut++) {
    // A word put in: 文物保护[管理]法.
    for (let at = 1; at + cut < core.length; at++) {
      const candidate = core.slice(0, at) + core.slice(at + cut);
      if (NATIONAL_LAWS.has(candidate)) return candidate;
    }
  }
  // A word left out: 消费者保护法 for 消费者权益保护法.
  for (const law of NATIONAL_LAWS) {
    const extra = law.length - core.length;
    if (extra < 1 || extra > 2 || law.at(-1) !== '法' || law[0] !== core[0]) continue;
    for (let at = 1; at + extra < law.length; at++)
      if (law.slice(0, at) + law.slice(at + extra) === core) return law;
  }
  return undefined;
}

/** The right title for a cited one, with its message; undefined when it is right or unknown. */
function rightTitle(core: string, prefixed: boolean): { title: string; why: string } | undefined {
  const implementing = IMPLEMENTING.exec(core);
  if (implementing) {
    const [, law, form] = implementing;
    const right = IMPLEMENTING_FORMS.get(law!);
    if (right && right !== form)
      return { title: `${law}${right}`, why: `《${law}》的配套行政法规名为“${law}${right}”` };
    return undefined;
  }
  if (core.endsWith('条例')) {
    const law = `${core.slice(0, -2)}法`;
    if (prefixed && NATIONAL_LAWS.has(law) && !PRC_REGULATIONS_LIKE_LAWS.has(core))
      return { title: law, why: `“${law}”是法律，不是条例` };
    return undefined;
  }
  if (!core.endsWith('法') || NOT_A_LAW.test(core) || NATIONAL_LAWS.has(core)) return undefined;
  const law = lawWithinEdit(core);
  return law ? { title: law, why: `现行法律名称为“${law}”` } : undefined;
}

/** Statutes cited by a title no national statute bears. */
export function findMisnamedStatutes(text: string): GateFinding[] {
  if (!text.includes('《')) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(TITLE, text)) {
    let core = m[1]!.replace(EDITION, '').trim();
    const prefixed = core.startsWith(PRC);
    if (prefixed) core = core.slice(PRC.length);
    if (core.length < 2 || FORMER_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)))
      continue;
    const right = rightTitle(core, prefixed);
    if (!right) continue;
    out.push({
      gate: 'legal',
      rule: 'legal.statute-misnamed',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: `法律法规名称有误：${right.why}，请核对后引用`,
      suggestion: `《${prefixed ? PRC : ''}${right.title}》`,
    });
  }
  return out;
}
