// The person who reported or complained named in full to the one reported: 您反映的“违规养殖被处罚不公”
// 问题，系本村村民陈国强于6月3日向镇政府举报, 举报人为邻居刘红梅, 经核实，该线索由居民张建华实名举报.
// An informant's identity is protected (信访工作条例 第三十二条, 刑事诉讼法 第一百一十一条: 应当为他保守
// 秘密); a reply or a notice that names them invites revenge. A masked informant (群众王某举报), a
// report with no one named (经群众举报) and a complaint told of the one who wrote in (您反映的问题) name no
// informant to a third party.
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** Who they are: 本村村民, 你的邻居, 同事; after 系, 是, 为 or 由 the role must be told. */
const PLACE = '(?:本村|本社区|本小区|本单位|同村|该村|该小区|你村|你的|您的)?';
const ROLE = alternation([...PRIVATE_PERSON_ROLES, '同事']);
/** A full name, captured as `name` or `label` (one expression may not name two groups alike). */
const name = (group: string): string =>
  `(?<${group}>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:同志|先生|女士)?`;
const INFORMANT = guard(
  new RegExp(
    `(?:系|是|为|由)${PLACE}${ROLE}${name('name')}(?:于[^。；;，,！？\\n]{1,12}?)?(?:向[^。；;，,！？\\n]{1,14}?)?(?:实名)?(?:举报|检举|告发|投诉)|(?:举报人|检举人|投诉人|告发人)(?:为|是|系)${PLACE}${ROLE}?${name('label')}(?=[，,。；;、）)]|$)`,
    'g',
  ),
);
/** Words that start with a surname's character and are no name. */
const NOT_A_NAME =
  /某|女士|先生|老师|师傅|大爷|大妈|阿姨|大姐|大哥|老人|群众|村民|居民|多名|多人|有关|相关|匿名/;

export function findNamedInformants(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(INFORMANT, text)) {
    if (NOT_A_NAME.test(m.groups?.['name'] ?? m.groups?.['label'] ?? '')) continue;
    out.push(
      privacyFinding(
        'privacy.named-person',
        matchSpan(m),
        '公开了举报人、投诉人的身份，违反为举报人保密的规定，须删去',
      ),
    );
  }
  return out;
}
