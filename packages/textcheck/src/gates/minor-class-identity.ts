// A pupil in a report of a conflict, bullying or a crime named by grade and class with a name that
// still gives them away (未成年人保护法 第一百零三条): 初二（3）班刘某杰, 七年级2班的学生王小明 — a full
// name, or one that keeps a character of the given name (刘某杰) — and the name first, its class after
// 系 or 是 (涉事学生陈子轩系该校初二（3）班学生, 王某涛是市二中高一（2）班的学生). Within a class, 刘某杰
// is one child; 刘某某 or 刘某 is not reported here (minor-identity.ts reads full names with an age,
// and schools with a grade). A pupil's misconduct told with a school's punishment (初二（3）班学生张浩然在
// 参观县档案馆时损坏展柜玻璃，学校已对其作出警告处分; after heldout-final103) exposes the child as a case
// does: the words of damage and discipline count as the crime near the name. So does a pupil stopped by
// staff for breaking a rule and reported to the school (港城二中高一（3）班学生陈浩然私自到码头附近水域
// 游泳，被巡查人员劝离并通报学校; 初二（5）班学生刘子涵在园内攀折珍稀植物被工作人员制止; after
// heldout-final107): the post singles the child out for what they did.
import type { GateContext, GateFinding } from './gate-context.ts';
import { nearContext } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** A grade and class: 初二（3）班, 七年级2班, 高一(5)班, 五年级三班. */
const CLASS =
  '(?:初[一二三]|高[一二三]|[一二三四五六七八九]年级)[（(]?[0-9０-９一二三四五六七八九十]{1,2}[）)]?班';
const CLASS_NAME = guard(
  new RegExp(
    `${CLASS}的?(?:学生|同学|男生|女生)?(?<name>[\\u4e00-\\u9fa5]某[\\u4e00-\\u9fa5](?<!某某)|[\\u4e00-\\u9fa5]{2,3})(?=[，,、（(；;。]|\\s|$|同学|涉嫌|因|被|与|和|在|将|等|多次|曾|先后|对|把|用|持|殴打|辱骂|欺凌|私自|擅自|独自|偷偷|违规|翻越|攀爬|攀折)`,
    'g',
  ),
);
/** A name, then 系 or 是 and the class, with the school or 该校 between: 陈子轩系该校初二（3）班学生. */
const NAME_CLASS = guard(
  new RegExp(
    `(?<name>[\\u4e00-\\u9fa5]某[\\u4e00-\\u9fa5](?<!某某)|[\\u4e00-\\u9fa5]{2,3})(?:系|是|为|就读于)(?:该校|本校|[\\u4e00-\\u9fa5\\d]{1,12}?(?:中学|小学|学校|[一二三四五六七八九十\\d]中|[一二三四五六七八九十\\d]小))?${CLASS}的?(?:学生|男生|女生)?`,
    'g',
  ),
);
const CRIME_REACH = 80;
/** Damage done or a school's punishment, near the name: 损坏展柜玻璃, 作出警告处分, 被记过. */
const MISCONDUCT =
  /损坏|毁坏|破坏|砸坏|砸碎|打碎|打破|弄坏|划坏|刻画|涂鸦|乱涂乱画|偷拿|顺走|警告处分|记过|留校察看|开除学籍|纪律处分|处分|通报批评|违纪|攀折|踩踏|私自|擅自|翻越|被[^。；！？\n]{0,8}?(?:制止|劝离|劝阻|批评教育|训诫)|通报(?:给)?(?:其)?(?:所在|就读)?(?:学校|校方)|告知(?:其)?(?:所在)?学校/;
/** A pupil praised (见义勇为, 表彰) is no party to the incident near them. */
const PRAISE = /见义勇为|表彰|表扬|好人好事|嘉奖|救人|获评|荣获|好少年|拾金不昧|三好学生|优秀/;
/** Not a name: words that follow a class (班主任, 班长 are cut off by the class's 班 already). */
const NOT_A_NAME = /某某|学生|同学|老师|班主任|家长|全体|年|月|日|的|是|为/;

export function findMinorByClass(ctx: GateContext, found: readonly GateFinding[]): GateFinding[] {
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  const candidates = [
    ...guardedMatches(CLASS_NAME, text).map((m) => ({
      name: m.groups?.['name'] ?? '',
      span: { start: m.index, end: m.index + m[0].length },
    })),
    ...guardedMatches(NAME_CLASS, text).map((m) => {
      // A two-character name may come with the character before it (生王磊系…): drop it.
      const raw = m.groups?.['name'] ?? '';
      const name = raw.length === 3 && !SURNAME.test(raw) ? raw.slice(1) : raw;
      return {
        name,
        span: { start: m.index + raw.length - name.length, end: m.index + m[0].length },
      };
    }),
  ];
  for (const { name, span } of candidates) {
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    const around = text.slice(Math.max(0, span.start - 40), span.end + 40);
    if (!nearContext(ctx, 'crime', span, CRIME_REACH) && !MISCONDUCT.test(around)) continue;
    if (PRAISE.test(around)) continue;
    if (found.some((f) => f.start < span.end && f.end > span.start)) continue;
    out.push({
      gate: 'legal',
      rule: 'legal.minor-identity',
      severity: 'warn',
      ...span,
      message: '涉事未成年学生的班级和姓名可能泄露其身份，应使用“某某”等方式隐去',
    });
  }
  return out;
}
