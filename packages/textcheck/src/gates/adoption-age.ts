// The adopter's minimum age of the repealed Adoption Law told as today's rule: 收养人应当同时具备以下
// 条件：…；年满三十五周岁 (收养法 第六条). Since 2021-01-01 the Civil Code asks 年满三十周岁 (民法典
// 第一千零九十八条). The age is read only where adoption was named shortly before it in the post, so a
// recruitment's age limit (年龄在三十五周岁以下) or any other 35 is never read; history (原《收养法》
// 规定…) and the change told (已调整为年满三十周岁) are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

const SUPERSEDED_ON = '2021-01-01';
/** 年满三十五周岁 (or 满35周岁) as a condition, with 收养人 or 收养 in the 120 characters before it. */
const OLD_ADOPTER_AGE = guard(
  /收养[^\n]{0,120}?(?<age>(?:年满|满|已满)(?:三十五|35|３５)周?岁)(?!以下|以内|之前|前)/g,
);
const CHANGED_OR_ASKED = /原|调整|改为|降低|降为|修改|不再|[？?]|吗/;

export function staleAdopterAge(text: string): GateFinding[] {
  if (!text.includes('收养')) return [];
  return staleStatements(text, {
    re: OLD_ADOPTER_AGE,
    supersededOn: SUPERSEDED_ON,
    span: (m) => {
      const age = m.groups?.['age'] ?? '';
      const start = m.index + m[0].length - age.length;
      return [start, m.index + m[0].length];
    },
    toldChanged: toldInSentence(CHANGED_OR_ASKED),
    message:
      '民法典（2021年1月1日施行）规定收养人应当年满三十周岁，原《收养法》“年满三十五周岁”的条件已废止',
    suggestion: '年满三十周岁',
  });
}
