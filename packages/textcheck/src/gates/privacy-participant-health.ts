// A named participant's or applicant's illness told in the notice about them: 参赛选手周明辉患有二型糖尿病,
// 学员李强有高血压病史, 考生王丽患有哮喘, 拟聘人员赵刚确诊甲状腺结节. An entry form's health declaration
// or a medical check is given to the organiser for the event's safety, not to be published (个人信息
// 保护法 第二十八条: health information is sensitive); a notice can ask all to declare their health and tell
// the medical points, not whose illness. Any illness is read here, not only the stigmatised ones that
// privacy-person-conditions.ts reads of everyone. Quiet: the illness of no one (患有心脏病等疾病的选手不宜
// 参赛), a masked name (选手周某) and an alias (化名).
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { alternation } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

const SURNAME_CHAR = SURNAME.source.slice(1);
/** Those an event or a selection has on its list: a runner, a trainee, a candidate. */
const PARTICIPANT = alternation([
  '参赛选手',
  '参赛者',
  '参赛人员',
  '参赛队员',
  '选手',
  '跑者',
  '参训人员',
  '参训学员',
  '学员',
  '考生',
  '报名者',
  '报名人员',
  '报考人员',
  '应聘者',
  '应聘人员',
  '拟聘人员',
  '拟录用人员',
  '体检人员',
  '受检者',
  '新生',
]);
/** An illness: a named disease, a condition in 病, 症, 癌, 炎, 瘤 or 结节. */
const ILLNESS =
  '(?:[一二三四五六七八九十Ⅰ-Ⅳ0-9０-９]型)?[\\u4e00-\\u9fa5]{1,6}?(?:病|症|癌|炎|瘤|结节|障碍)|高血压|哮喘|癫痫';
/** Verbs that give the illness; 有 only before …病史 (有病 alone is a slur, not a diagnosis). */
const HAS = '(?:患有|身患|罹患|确诊(?:为|患有)?|被诊断为|诊断为|查出|检出)';
const NAMED_ILLNESS = guard(
  new RegExp(
    `${PARTICIPANT}(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:[，,]?(?:本人|其))?(?:曾|已|长期|一直)?(?:${HAS}(?:重度|中度|轻度|严重的?|慢性|多年的?)?(?:${ILLNESS})|有[\\u4e00-\\u9fa5]{1,8}?病史)`,
    'g',
  ),
);
const NOT_A_NAME = /某|们|等|均|都/;

export function findParticipantHealth(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(NAMED_ILLNESS, text)) {
    const name = m.groups?.['name'] ?? '';
    if (NOT_A_NAME.test(name)) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (/化名/.test(text.slice(from, to))) continue;
    const nameAt = m.index + m[0].indexOf(name);
    out.push({
      gate: 'privacy',
      rule: 'privacy.patient',
      severity: 'warn',
      start: nameAt,
      end: m.index + m[0].length,
      message: '公开了参赛、报名等人员的具体疾病等健康信息，属敏感个人信息，须删去姓名或概括表述',
    });
  }
  return out;
}
