// Identity of minors in criminal cases (未成年人保护法 第一百零三条): a full name with an age
// under 18, or a school and class, written near a crime.
import type { Span } from '../rules/lexicon-scan.ts';
import { nearContext, type GateContext, type GateFinding } from './gate-context.ts';

const NAME_AGE = /([\u4e00-\u9fa5]{2,3})[（(]?(?:男|女)?[，,、]?\s*(\d{1,2})\s*(?:周)?岁/g;
const AGE_NAME =
  /(\d{1,2})\s*(?:周)?岁的?(?:少年|少女|男孩|女孩|学生|初中生|高中生|男子|女子)?([\u4e00-\u9fa5]{2,3})(?=[，,、（(]|涉嫌|因|被|伙同|持刀|在|将)/g;
/** Common surnames: a captured "name" must start with one to count as a full name. */
const SURNAME =
  /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧柳]/;
const SCHOOL =
  /[\u4e00-\u9fa5]{2,10}(?:中学|小学|学校|职高|技校)[\u4e00-\u9fa5\d]{0,6}(?:年级|班)(?:学生)?/g;
const CRIME_REACH = 80;

function finding(span: Span, severity: 'block' | 'warn', message: string): GateFinding {
  return {
    gate: 'legal',
    rule: 'legal.minor-identity',
    severity,
    start: span.start,
    end: span.end,
    message,
  };
}

export function findMinorIdentity(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  const named = (name: string, age: number, start: number) => {
    if (age >= 18 || !SURNAME.test(name) || /某|男|女|年|月|日|约|为|的|是/.test(name)) return;
    const span = { start, end: start + name.length };
    if (nearContext(ctx, 'crime', span, CRIME_REACH) && !out.some((f) => f.start === span.start)) {
      out.push(finding(span, 'block', '涉案未成年人信息须隐去真实姓名，可使用化名或“某某”'));
    }
  };
  for (const m of text.matchAll(NAME_AGE)) named(m[1] ?? '', Number(m[2]), m.index);
  for (const m of text.matchAll(AGE_NAME)) {
    const name = m[2] ?? '';
    named(name, Number(m[1]), m.index + m[0].length - name.length);
  }
  for (const m of text.matchAll(SCHOOL)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (
      nearContext(ctx, 'crime', span, CRIME_REACH) &&
      nearContext(ctx, 'minor', span, CRIME_REACH)
    ) {
      out.push(finding(span, 'warn', '涉案未成年人的学校、班级等信息可能泄露其身份'));
    }
  }
  return out;
}
