// A child victim of a sexual offence made known through a relative named in full: 被告人李某多次猥亵
// 同村8岁女童。案发后，女童父亲王建国向公安机关报案; 被害女童的母亲张秀英; 受害男孩的爷爷刘德福. In a
// county post the parent's name points at the child as surely as the child's own (未成年人保护法 第一百
// 零三条: no information from which the minor can be recognised). A relative kept masked (女童父亲王某),
// a victim who is grown (被害人张某的丈夫) and a case of no sexual offence are left to the other rules.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** The child victim: 女童, 被害女童, 受害男孩, 该幼女. */
const CHILD =
  '(?:被害|受害|该|涉案)?(?:女童|男童|幼女|幼童|女孩|男孩|女生|男生|儿童|未成年人|孩子|小女孩|小男孩|女学生|男学生)';
/** The relative. */
const RELATIVE =
  '(?:父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|家长|监护人|哥哥|姐姐|叔叔|舅舅|姑姑|姨妈)';
const VICTIM_RELATIVE = guard(
  new RegExp(
    `${CHILD}(?:的)?${RELATIVE}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?=[，,。；;、（(]|向|到|于|在|报|发现|得知|称|表示|说|带|陪)`,
    'g',
  ),
);
/** A sexual offence against a child in the post. */
const SEXUAL_OFFENCE = /猥亵|性侵|强奸|奸淫|性骚扰|侵害未成年人|强制猥亵/;
const NOT_A_NAME = /某|先生|女士|同志/;

export function findVictimRelatives(text: string): GateFinding[] {
  if (!SEXUAL_OFFENCE.test(text)) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(VICTIM_RELATIVE, text)) {
    if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
    out.push({
      gate: 'legal',
      rule: 'legal.minor-identity',
      severity: 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: '性侵害案件中公开未成年被害人亲属的姓名，可推断出被害人身份，须删去或化名',
    });
  }
  return out;
}
