// A pupil named in full with their school and grade or class (after final182, final184 and final185):
// 向城关二中初二学生刘浩然出售香烟, 受援人系县第二中学初二（3）班学生王梓轩, 走失的孩子叫刘欣怡，就读于
// 澄溪县实验小学三年级二班, and a grade and class with the name when the post told the school before
// (该校五年级（3）班学生…). A name with the school and the class points at one child, whom classmates and
// neighbours know; a minor's personal information is protected (未成年人保护法 第四条, 第七十二条; 个人信息
// 保护法 第二十八条, 第三十一条), whatever the story — a shop's offence, bullying, a lost child. Quiet: a
// pupil masked (学生王某, 王同学, 小刘（化名）), a school and class with no name (初二（3）班学生), a
// teacher (三年级二班班主任王丽), and a pupil honoured (荣获一等奖, 见义勇为, 被评为好少年), whom a
// school names on purpose. A minor named in a crime is the legal gate's too (minor-identity.ts).
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** A primary or middle school by name, abbreviated too: 县第二中学, 实验小学, 城关二中, 一小. */
const SCHOOL =
  '(?:(?!就读)[\\u4e00-\\u9fa5]){1,10}?(?:中学|小学|学校|附中|附小|初中|高中|完小|[一二三四五六七八九十0-9]{1,3}[中小](?=[初高一二三四五六七八九0-9]))';
/** A grade with or without its class, or a class: 初二（3）班, 三年级二班, 四（2）班, 高一, 八年级. */
const GRADE =
  '(?:(?:[一二三四五六七八九]年级|初[一二三]|高[一二三])(?:[（(]?[0-9一二三四五六七八九十]{1,3}[）)]?班)?|[一二三四五六七八九][（(][0-9一二三四五六七八九十]{1,3}[）)]班|[（(]?[0-9一二三四五六七八九十]{1,3}[）)]?班)';
/** A full name: a common surname and one or two characters. */
const NAME = `(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)`;
/** What may follow a name: a stop, or the next words of the story (出售, 在, 因, 被, 今年). */
const NAME_END =
  '(?=[，,。；;、（(）)！!？?\\s]|同学|小朋友|$|[在因被与和等的是系从于将把已也都今现随到向买购出获遭受不没称说家一曾])';
/** The school and grade, then the pupil's name: 城关二中初二学生刘浩然. */
const SCHOOL_THEN_NAME = guard(
  new RegExp(
    `(?<school>${SCHOOL})${GRADE}(?:的)?(?:学生|同学|男生|女生|小朋友|少年|孩子)?${NAME}${NAME_END}`,
    'g',
  ),
);
/**
 * A grade and its class, then the pupil's name, the school told before in the post (after final195 and
 * final197): 城关镇中心小学…其中四年级（3）班学生吴雨萱因急性肠胃炎留院观察, 该校五年级（3）班学生王欣怡曾多次
 * 被同学索要零花钱. The class narrows the school to some forty children, and the name to one.
 */
const CLASS_THEN_NAME = guard(
  new RegExp(
    `(?:[一二三四五六七八九]年级|初[一二三]|高[一二三])[（(]?[0-9一二三四五六七八九十]{1,3}[）)]?班(?:的)?(?:学生|同学|男生|女生|小朋友|孩子)?${NAME}${NAME_END}`,
    'g',
  ),
);
/** The school the class belongs to, told before it: a school by name, or 该校, 本校, 我校. */
const SCHOOL_BEFORE = new RegExp(`${SCHOOL}|该校|本校|我校|全校`);
/**
 * The name, then where the pupil studies: 刘欣怡，就读于澄溪县实验小学三年级二班; 王浩（12岁）是一小六年级学生;
 * 赵雨桐现就读于青禾县实验小学四（2）班 (after final187).
 */
const NAME_THEN_SCHOOL = guard(
  new RegExp(
    `${NAME}(?:同学|小朋友)?[，,（(]?\\s*(?:(?:男|女)[，,、]\\s*)?(?:(?:今年|现年)?[0-9一二三四五六七八九十]{1,2}岁[，,、）)]?\\s*)?(?:现|现在|目前|今年)?(?:就读于|在读于|是|系)(?<school>${SCHOOL})${GRADE}`,
    'g',
  ),
);
/** Words that come before a school's name in the match: where it was sold to, whose pupil (向, 系). */
const LEAD = /^.*[向在系是为的对与和及给从被让于读叫名]/;
/** Not a name: 某, a title, a word for a time or a group. */
const NOT_A_NAME = /某|们|年|月|日|今|末|面|时|期|间|次|人|老师|家长|班主任|代表|全体|参加|共|现$/;
/** A pupil honoured, whom a school names on purpose. */
const HONOURED =
  /见义勇为|表彰|嘉奖|救人|勇救|获评|荣获|获得|获奖|[一二三]等奖|金奖|银奖|铜奖|冠军|亚军|季军|第一名|优秀|入选|评为|喜报|表扬|点赞|好少年|拾金不昧|录取|考入|夺得|发言|演讲|朗诵|征文|作品|比赛|竞赛/;
const ALIAS_AFTER = /^[（(]?化名/;
/** A writer naming their own child (我是…高一16班邹某某同学的家长): the citizen's own message. */
const WRITER_IS_PARENT = /(?:我|本人)们?(?:是|系|作为)/;

export function findNamedPupils(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const re of [SCHOOL_THEN_NAME, NAME_THEN_SCHOOL, CLASS_THEN_NAME]) {
    for (const m of guardedMatches(re, text)) {
      if (re === CLASS_THEN_NAME) {
        if (!SCHOOL_BEFORE.test(text.slice(0, m.index))) continue;
        if (out.some((f) => f.start < m.index + m[0].length && f.end > m.index)) continue;
      }
      const name = m.groups?.['name'] ?? '';
      if (NOT_A_NAME.test(name)) continue;
      // The name ends the first match and opens the second.
      const nameAt = re === NAME_THEN_SCHOOL ? m.index : m.index + m[0].length - name.length;
      if (ALIAS_AFTER.test(text.slice(nameAt + name.length, nameAt + name.length + 4))) continue;
      const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
      if (HONOURED.test(text.slice(from, to))) continue;
      if (WRITER_IS_PARENT.test(text.slice(from, m.index))) continue;
      const school = m.groups?.['school'] ?? '';
      const lead = re === SCHOOL_THEN_NAME ? (LEAD.exec(school)?.[0].length ?? 0) : 0;
      out.push(
        privacyFinding(
          'privacy.named-person',
          { start: m.index + lead, end: m.index + m[0].length },
          '公开了未成年学生的真实姓名及学校、年级班级，可识别到个人，须隐去姓名或使用化名',
        ),
      );
    }
  }
  return out;
}
