// A child named in full by a school, a camp or a charity with their own illness or their family's
// hardship: 营员刘子涵同学患有先天性心脏病, 受助学生王梓萱家中系低保户，母亲长期卧病在床. A minor's health
// and family circumstances are private information (未成年人保护法 第四条, 个人信息保护法 第二十八条,
// 第三十一条); praise for the child does not need them, and classmates read the post. Quiet: the
// child masked (学生王某, 小萱（化名）), the condition or aid of no one named (困难学生中低保家庭占三成,
// 帮助患有先天性心脏病的儿童), and an adult's own illness in a relief post (left to
// privacy-person-conditions.ts). A child named with an age under 18 (9岁的王小宝) and then its family's
// breakdown within the next words (他父母离异，父亲在外打工两年没回家，平时跟着患病的奶奶生活; after
// heldout-final96) is read too; a child masked or marked 化名, and circumstances of no child named
// (父母离异的留守儿童需要更多关爱), are not.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { readCount } from './chinese-count.ts';

/** How a post names a child: 营员, 受助学生, 小朋友, 学生. */
const CHILD =
  '(?:营员|小营员|受助学生|受助儿童|困难学生|学生|小学生|中学生|小朋友|儿童|少年|小队员|少先队员|学员|孩子)';
/** The name and an optional 同学 or 小朋友 after it. */
const NAME = '(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:同学|小朋友)?';
/** A child's illness or disability. */
const ILLNESS =
  '(?:先天性心脏病|先心病|白血病|脑瘫|脑性瘫痪|唐氏综合征|血友病|地中海贫血|癫痫|自闭症|孤独症|多动症|糖尿病|尿毒症|肾病综合征|恶性肿瘤|癌症|听力障碍|视力残疾|智力障碍|肢体残疾|残疾)';
/** The household's hardship: 家中系低保户, 家里是建档立卡贫困户, 家庭为特困户. */
const HARDSHIP =
  '(?:家中|家里|家庭|其家)(?:系|是|为|属于?|属)(?:建档立卡)?(?:低保户|低保家庭|特困户|特困家庭|贫困户|贫困家庭|五保户|单亲家庭|困难户)';

const CHILD_ILL = guard(
  new RegExp(
    `${CHILD}${NAME}(?:自幼|从小|出生时|先天)?(?:患有|身患|罹患|确诊为?|被诊断为|诊断为|是|系)${ILLNESS}`,
    'g',
  ),
);
const CHILD_POOR = guard(new RegExp(`${CHILD}${NAME}${HARDSHIP}`, 'g'));
/** A child named with an age under 18: 9岁的王小宝, 12岁男孩李浩然. */
const AGED_CHILD = guard(
  /(?<age>[0-9０-９]{1,2}|十[一二三四五六七]?|[一二三四五六七八九])(?:周)?岁(?:的)?(?:男孩|女孩|男童|女童|孩子|小朋友|学生|小学生|留守儿童)?(?<name>[\u4e00-\u9fa5]{2,3}?)(?=看|在|是|正|一|很|特别|格外|非常|最|也|就|已|，|,|、|（|\()/g,
);
/**
 * What a child's family is going through, told after the child is named (heldout-final96): 他父母离异，
 * 父亲在外打工两年没回家，平时跟着患病的奶奶生活; 父亲因吸毒被强制隔离戒毒; 母亲改嫁后再没回来. The
 * household's breakdown is private information of the child and the parents alike.
 */
const FAMILY_CIRCUMSTANCE =
  '(?:(?:父母|爸妈|爸爸妈妈)(?:早年|早已|已经?|很早就|多年前)?(?:离异|离婚|双亡|分居)|(?:父亲|母亲|爸爸|妈妈|生父|生母)(?:早年|早已|已经?|多年前|正在|目前|还在|仍在|一直在|因[^，,。；！？\\n]{1,8})?(?:服刑|坐牢|入狱|吸毒|戒毒|离家出走|改嫁|下落不明|被判刑|被强制隔离戒毒)|(?:父亲|母亲|爸爸|妈妈)[^，,。；！？\\n]{0,8}?(?:[一二两三四五六七八九十几多0-9]+年|常年|多年|长期)(?:都)?(?:没|未|不曾)(?:回过?家|回来|联系)|(?:跟着?|随|和|与)(?:患病|生病|有病|卧病在床|瘫痪|残疾|患有[^，,。；！？\\n]{1,8})的(?:奶奶|爷爷|外婆|外公|祖父|祖母|姥姥|姥爷|母亲|父亲|妈妈|爸爸)(?:一起)?生活)';
const CIRCUMSTANCE_AFTER = guard(new RegExp(FAMILY_CIRCUMSTANCE, 'g'));
/** How far after the child's name its family's circumstances are read. */
const CIRCUMSTANCE_REACH = 60;

/** Not a full name: 某, 化名, a word rather than a name. */
const NOT_A_NAME = /某|们|中|都|也|在|的|家/;

export function findPupilHardship(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const re of [CHILD_ILL, CHILD_POOR]) {
    for (const m of guardedMatches(re, text)) {
      const name = m.groups?.['name'] ?? '';
      if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
      out.push(
        privacyFinding(
          'privacy.patient',
          matchSpan(m),
          '公开了未成年学生的姓名及其疾病或家庭困难状况，须隐去姓名或相关信息',
        ),
      );
    }
  }
  for (const m of guardedMatches(AGED_CHILD, text)) {
    const name = m.groups?.['name'] ?? '';
    const age = m.groups?.['age'] ?? '';
    if (!SURNAME.test(name) || NOT_A_NAME.test(name) || (readCount(age) ?? 99) >= 18) continue;
    const after = m.index + m[0].length;
    if (/^[（(]?化名/.test(text.slice(after, after + 4))) continue;
    const window = text.slice(after, after + CIRCUMSTANCE_REACH);
    CIRCUMSTANCE_AFTER.lastIndex = 0;
    const c = CIRCUMSTANCE_AFTER.exec(window);
    CIRCUMSTANCE_AFTER.lastIndex = 0;
    if (!c) continue;
    const start = after + c.index;
    // the last circumstance of the sentence closes the span: 父母离异，…跟着患病的奶奶生活
    let end = start + c[0].length;
    for (const more of window.slice(c.index + c[0].length).matchAll(CIRCUMSTANCE_AFTER)) {
      const between = window.slice(c.index, c.index + c[0].length + more.index);
      if (/[。；！？\n]/.test(between)) break;
      end = after + c.index + c[0].length + more.index + more[0].length;
    }
    out.push(
      privacyFinding(
        'privacy.patient',
        { start, end },
        '公开了具名未成年人的家庭变故（父母离异、服刑、长期不归等），须隐去姓名或相关信息',
      ),
    );
  }
  return out;
}
