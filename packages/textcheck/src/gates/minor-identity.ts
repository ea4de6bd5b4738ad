// Identity of minors in criminal cases (未成年人保护法 第一百零三条): a full name with an age under 18,
// or a school and class, written near a crime — the `crime` context words, which also count a
// report that blames the minor for an accident or a wrong (玩火引燃…所致, 损坏, 无证驾驶, 负主要责任).
import type { Span } from '../rules/lexicon-scan.ts';
import { hasContext, nearContext, type GateContext, type GateFinding } from './gate-context.ts';
import { guard, guardedMatches as matches, guardedTest } from './regex-guard.ts';
import { readCount } from './chinese-count.ts';
import { SURNAME_CHAR } from './person-names.ts';

/** An age in digits or Chinese numerals: 15, 十五, 九. */
const AGE = String.raw`(\d{1,2}|十[一二三四五六七八九]?|[一二三四五六七八九])`;
/** Grades and words for pupils: 初二, 高一, 七年级, 中学生, 未成年人. */
const PUPIL = String.raw`(?:初[一二三]|高[一二三]|[一二三四五六七八九]年级|中学生|小学生|初中生|高中生|在校学生|未成年人?)`;
/**
 * What follows a name: a stop, or the case's next word (涉嫌, 被, 已被 处理, 当场 被抓获; the means, after
 * heldout-final104: 初二学生张梓涵通过快递寄递管制刀具, 私自, 携带; the blame: 初中生刘浩然所为), or the end
 * of the sentence (其中一人为17岁的刘某某 told in full; after final190).
 */
const NAME_AFTER = String.raw`(?=[，,、（(。；;]|$|涉嫌|因|被|伙同|持刀|在|将|等人|与|和|系|已|现已|目前|当场|随即|随后|通过|私自|擅自|携带|利用|多次|所为|所致)`;
/**
 * What a case calls the person between the age and the name: 16岁的犯罪嫌疑人刘浩然, 15岁的被害人, 年仅14岁
 * 的违法行为人 — the law hides a minor's name whichever side of the case they stand on.
 */
const CASE_ROLE = '(?:嫌疑人|嫌犯|被告人|行为人|违法人员|涉案人员|被害人|受害人)';
/** The name, then the age, also told with 系 or 是 (犯罪嫌疑人陈宇航系17岁在校学生; after final186). */
const NAME_AGE = guard(
  new RegExp(
    String.raw`([\u4e00-\u9fa5]{2,3})[（(]?(?:男|女)?[，,、]?\s*(?:系|是)?(?:作案时|案发时|时年|年仅|今年|现年|今年才|年方)?${AGE}\s*(?:周)?岁`,
    'g',
  ),
);
/** The age, then what the minor is (学生, 少年, 学员 or 队员 of a sports school: 14岁学员王子涵因…), then the name. */
const AGE_NAME = guard(
  new RegExp(
    String.raw`${AGE}\s*(?:周)?岁的?${PUPIL}?(?:[\u4e00-\u9fa5]{0,4}?(?:少年|少女|男孩|女孩|女童|男童|幼女|幼童|儿童|学生|学员|队员|球员|运动员|选手|学徒|男生|女生|初中生|高中生|男子|女子|${CASE_ROLE}))?([\u4e00-\u9fa5]{2,3})${NAME_AFTER}`,
    'g',
  ),
);
const PUPIL_NAME = guard(
  new RegExp(
    String.raw`${PUPIL}的?(?:学生|男生|女生|男孩|女孩|犯罪嫌疑人)?([\u4e00-\u9fa5]{2,3})${NAME_AFTER}`,
    'g',
  ),
);
/**
 * A grade and 学生 before a name the post repeats (六年级学生黄思远不顾劝阻…黄思远对事故负有主要责任): the
 * repetition shows where the name ends when no stop or case word follows it. The three-character
 * reading is tried before the two-character one.
 */
const GRADE_PUPIL_WORDS = guard(
  /(?:初[一二三]|高[一二三]|[一二三四五六七八九]年级)(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]班)?的?(?:学生|男生|女生)([\u4e00-\u9fa5]{2,3})/g,
);
/**
 * A minor's age with the estate they live in or the school they attend (16岁，家住…锦绣小区，就读于
 * 市职业技术学校): identifying even when the name is shortened to 小赵.
 */
const AGE_DETAIL = guard(
  new RegExp(
    String.raw`${AGE}\s*(?:周)?岁[^。；！？\n]{0,30}?(?:(?:家住|住在|居住在|住)[\u4e00-\u9fa5\d]{2,20}?(?:小区|新村|村|路|街|巷|苑|园|公寓|大院|号)|(?:就读于|就读|在读于|就学于|是)[\u4e00-\u9fa5]{2,16}?(?:学校|中学|小学|职高|技校|中专|职中|幼儿园)(?:[\u4e00-\u9fa5]{0,6}?(?:专业|年级|班))?)`,
    'g',
  ),
);
/**
 * A parent or relative named beside the minor: 其父李建军, 母亲王秀英, 其父亲李建国系本村村委委员, 其祖父
 * 张德福 — the family name gives the child away; so does the parent's workplace and job before the
 * name (其父亲为镇卫生院医生刘建国, 其母亲系县实验小学教师王丽).
 */
const RELATIVE =
  '(?:其父亲|其母亲|其父|其母|父亲|母亲|其祖父|其祖母|其爷爷|其奶奶|其外公|其外婆|其哥哥|其姐姐|其监护人)';
/**
 * A workplace and a job before the parent's name: 镇卫生院医生, 县实验小学教师, 村委会主任 — tried only
 * where the name does not follow the relative at once (其父孙建军任村民小组长 names 孙建军).
 */
const PARENT_JOB = String.raw`(?:[\u4e00-\u9fa5]{0,10}?(?:医生|护士|教师|老师|干部|职工|员工|工人|主任|书记|村长|会计|民警|警察|公务员|司机|厨师|经理|老板|个体户|商人|村民|居民|校长|院长|局长|所长|站长|科长|队长|委员|负责人))`;
const PARENT_NAME = guard(
  new RegExp(
    String.raw`${RELATIVE}(?:系|为|是|叫)?${PARENT_JOB}??(?<name>[\u4e00-\u9fa5]{2,3})(?=[，,、；;）)。称说表也已因在系是任为]|$)`,
    'g',
  ),
);
/**
 * The minor told as a named parent's child: 被害女童系本镇柳河村村民陈建军的女儿, 受害男孩是该村李国强的
 * 儿子, 涉案少年系餐馆老板赵金海的儿子, 该少年系本村村民王德福之子. The search starts at 的 (or 之) and the
 * child word, which ends its clause after 之 (not 之子女教育); the two or three
 * characters before 的 must make a full name (陈建军, not 邻居家 or 王老师).
 */
const CHILD_OF = guard(
  /的(?:女儿|儿子|孙女|孙子|外孙女|外孙|孩子|小孩|闺女|养女|养子|继女|继子|长女|次女|长子|次子|幼子|小女儿|小儿子|大女儿|大儿子)|之(?:长子|次子|幼子|独子|长女|次女|幼女|独女|孙女|孙子|外孙女|外孙|子|女|孙)(?![^\s，,。；;！？!?、）)])/g,
);
const NOT_A_PARENT_NAME =
  /某|老师|师傅|书记|主任|村长|同志|先生|女士|大爷|阿姨|大妈|老板|家|们|人|民|员/;
/** Words of a minor near the parent's name: the child's age or a word for a child. */
const CHILD_WORD =
  /女童|男童|儿童|幼女|幼童|未成年|女孩|男孩|少女|少年|学生|小学生|中学生|初中生|高中生/;
/** The minor's age in the case, near the relative: 李某某（男，14岁）, 年仅15岁, 未达刑事责任年龄. */
const MINOR_AGE = new RegExp(String.raw`${AGE}\s*(?:周)?岁|刑事责任年龄`, 'g');

/** 15 → 15, 十五 → 15, 九 → 9; an age the pattern left empty reads as a child's. */
const ageOf = (raw: string): number => readCount(raw) ?? 1;

/** Common surnames: a captured "name" must start with one to count as a full name. */
export const SURNAME = new RegExp(`^${SURNAME_CHAR}`);
/**
 * A school named with a grade or class: 县第二中学初二（3）班, 新桥镇中心学校八年级2班, 市一中高二.
 * Abbreviated schools (一中, 城关二小, 附中) count too.
 */
const SCHOOL = guard(
  /[\u4e00-\u9fa5]{1,10}(?:中学|小学|学校|职高|技校|中专|附中|附小|初中|高中|完小|九年制|[一二三四五六七八九十\d]{1,3}中(?=[初高\d一二三四五六七八九（(])|[一二三四五六七八九十\d]{1,3}小(?=[一二三四五六\d]年级|[\d（(]))(?:[\u4e00-\u9fa5\d（()）]{0,8}(?:年级|班)|[\u4e00-\u9fa5\d（()）]{0,2}?(?:初[一二三]|高[一二三])(?!中))(?:学生)?/g,
);
/**
 * What every match of SCHOOL holds without its leading run of up to ten characters: the school word,
 * then the grade or class within eight characters. Without that run to try at every character it is
 * five times quicker, so it rules SCHOOL out first — the dearest search of a check otherwise.
 */
const SCHOOL_CORE = guard(
  /(?:中学|小学|学校|职高|技校|中专|附中|附小|初中|高中|完小|九年制|[一二三四五六七八九十\d]{1,3}中(?=[初高\d一二三四五六七八九（(])|[一二三四五六七八九十\d]{1,3}小(?=[一二三四五六\d]年级|[\d（(]))[\u4e00-\u9fa5\d（()）]{0,8}(?:年级|班|初[一二三]|高[一二三])/,
);
/** A school named as where someone studies, without a grade: 就读于县第二职业中专. */
const ENROLLED_SCHOOL = guard(
  /(?<=就读于|就读在|在读于)[\u4e00-\u9fa5\d]{1,12}?(?:中学|小学|学校|职高|技校|中专|职中|附中|附小|初中|高中)/g,
);
/** The school span itself says the pupil is a minor: a primary or middle school, or a grade of one. */
const MINOR_SCHOOL =
  /中学|小学|初中|高中|附中|附小|[一二三四五六七八九十\d]+[中小]|[一二三四五六七八九]年级|初[一二三]|高[一二三]/;
const CRIME_REACH = 80;
/** A name marked as an alias (王小明（化名）) hides the identity as the law asks. */
const ALIAS_AFTER = /^[（(]?化名/;
/** A minor praised for helping (见义勇为, 协助民警) is no party to the crime near them. */
const PRAISE = /见义勇为|表彰|嘉奖|救人|获评|荣获|好少年|拾金不昧|协助民警|协助警方/;
const PRAISE_REACH = 40;

/** An age under 18, or the age of criminal responsibility, within reach of the span. */
export function minorAgeNear(text: string, span: Span): boolean {
  const window = text.slice(Math.max(0, span.start - CRIME_REACH), span.end + CRIME_REACH);
  for (const m of window.matchAll(MINOR_AGE)) if (!m[1] || ageOf(m[1]) < 18) return true;
  return false;
}

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
  // Every finding needs a crime nearby: without one anywhere, the searches below are skipped.
  if (!hasContext(ctx, 'crime')) return [];
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  const named = (name: string, age: number, start: number) => {
    if (age >= 18 || !SURNAME.test(name) || /某|男|女|年|月|日|约|为|的|是/.test(name)) return;
    if (ALIAS_AFTER.test(text.slice(start + name.length, start + name.length + 4))) return;
    const around = text.slice(
      Math.max(0, start - PRAISE_REACH),
      start + name.length + PRAISE_REACH,
    );
    if (PRAISE.test(around)) return;
    const span = { start, end: start + name.length };
    if (nearContext(ctx, 'crime', span, CRIME_REACH) && !out.some((f) => f.start === span.start)) {
      out.push(finding(span, 'block', '涉案未成年人信息须隐去真实姓名，可使用化名或“某某”'));
    }
  };
  for (const m of matches(NAME_AGE, text)) named(m[1] ?? '', ageOf(m[2] ?? ''), m.index);
  for (const m of matches(AGE_NAME, text)) {
    const name = m[2] ?? '';
    named(name, ageOf(m[1] ?? ''), m.index + m[0].length - name.length);
  }
  // A grade or 未成年人 says the person is a minor: no age needed.
  for (const m of matches(PUPIL_NAME, text)) {
    const name = m[1] ?? '';
    named(name, 0, m.index + m[0].length - name.length);
  }
  for (const m of matches(GRADE_PUPIL_WORDS, text)) {
    const words = m[1] ?? '';
    const start = m.index + m[0].length - words.length;
    const name = [words, words.slice(0, 2)].find(
      (n) => n.length >= 2 && text.indexOf(n, start + n.length) >= 0,
    );
    if (name) named(name, 0, start);
  }
  for (const m of matches(AGE_DETAIL, text)) {
    if (ageOf(m[1] ?? '') >= 18) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (
      nearContext(ctx, 'crime', span, CRIME_REACH) &&
      !PRAISE.test(text.slice(Math.max(0, span.start - PRAISE_REACH), span.end + PRAISE_REACH))
    ) {
      out.push(finding(span, 'warn', '涉案未成年人的住址、学校等信息可能泄露其身份'));
    }
  }
  for (const m of matches(PARENT_NAME, text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (/某/.test(m[0]) || !SURNAME.test(m.groups?.['name'] ?? '')) continue;
    if (
      nearContext(ctx, 'crime', span, CRIME_REACH) &&
      (nearContext(ctx, 'minor', span, CRIME_REACH) || minorAgeNear(text, span))
    ) {
      out.push(finding(span, 'warn', '涉案未成年人父母的姓名可能泄露其身份'));
    }
  }
  for (const m of matches(CHILD_OF, text)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const name = [before, before.slice(1)].find(
      (n) => /^[\u4e00-\u9fa5]{2,3}$/.test(n) && SURNAME.test(n) && !NOT_A_PARENT_NAME.test(n),
    );
    if (!name) continue;
    const span = { start: m.index - name.length, end: m.index + m[0].length };
    const near = text.slice(Math.max(0, span.start - CRIME_REACH), span.end + CRIME_REACH);
    if (
      nearContext(ctx, 'crime', span, CRIME_REACH) &&
      (CHILD_WORD.test(near) || minorAgeNear(text, span)) &&
      !PRAISE.test(text.slice(Math.max(0, span.start - PRAISE_REACH), span.end + PRAISE_REACH)) &&
      !out.some((f) => f.start < span.end && f.end > span.start)
    ) {
      out.push(finding(span, 'warn', '以父母姓名指明涉案未成年人，可能泄露其身份'));
    }
  }
  const schools = guardedTest(SCHOOL_CORE, text) ? matches(SCHOOL, text) : [];
  for (const m of [...schools, ...matches(ENROLLED_SCHOOL, text)]) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (
      nearContext(ctx, 'crime', span, CRIME_REACH) &&
      (MINOR_SCHOOL.test(m[0]) || nearContext(ctx, 'minor', span, CRIME_REACH)) &&
      !PRAISE.test(text.slice(Math.max(0, span.start - PRAISE_REACH), span.end + PRAISE_REACH)) &&
      !out.some((f) => f.start < span.end && f.end > span.start)
    ) {
      out.push(finding(span, 'warn', '涉案未成年人的学校、班级等信息可能泄露其身份'));
    }
  }
  return out;
}
