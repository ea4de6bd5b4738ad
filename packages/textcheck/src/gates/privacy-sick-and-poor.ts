// A person pointed at with their illness (after final186 and final188): a pupil masked (吴某某) but given
// with the school and the class while the post tells them ill and in hospital (柏岭县第一中学八年级（3）班
// 学生吴某某，已送县人民医院治疗) — in a class of forty the surname and the illness are the child; and a
// person named in full with an illness and the family's poverty (留学生林晓雯（海晏区人）因患重症肺炎住院
// 治疗，家庭经济困难). Health and household finances are private (个人信息保护法 第二十八条; a minor's,
// 第三十一条). Quiet: a school with no class (我县一所中学部分学生), a class with no pupil, a pupil of a
// class honoured, a person masked or marked 化名 in the second case, and an appeal for donations (筹款,
// 爱心接力), which tells the illness on purpose.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { PRIVATE_PERSON_ROLE } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** A school by name, its grade and class: 柏岭县第一中学八年级（3）班, 城关二中初二3班. */
const SCHOOL_CLASS =
  '(?<school>[\\u4e00-\\u9fa5]{1,10}?(?:中学|小学|学校|附中|附小|初中|高中|[一二三四五六七八九十0-9]{1,3}[中小]))(?:[一二三四五六七八九]年级|初[一二三]|高[一二三]|[一二三四五六七八九])[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)]?班';
/** A pupil masked by surname: 学生吴某某, 吴某. */
const MASKED_PUPIL = guard(
  new RegExp(`${SCHOOL_CLASS}的?(?:学生|同学|男生|女生)?${SURNAME_CHAR}某某?`, 'g'),
);
/** The pupil told ill or hurt: 病情较重, 已送县人民医院治疗, 出现呕吐症状, 确诊. */
const ILL =
  /病情|症状|送医|送往|送至|送到[^。；\n]{0,8}医院|住院|就医|救治|抢救|治疗|确诊|患有|患上|罹患|中毒|受伤|骨折|昏迷|重症/;
/** Words before a school's name in the match: whose pupil, where (为, 的, 在). */
const LEAD = /^.*[向在系是为的对与和及给从被让于读叫名]/;
const HONOURED = /表彰|荣获|获评|获得|一等奖|见义勇为|好少年|评为|表扬/;

/** A full name after a role, with an illness treated: 留学生林晓雯（…）因患重症肺炎住院治疗. */
const NAMED_ILL = guard(
  new RegExp(
    `${PRIVATE_PERSON_ROLE}(?<name>[\\u4e00-\\u9fa5]{2,3}?)(?:[（(][^（()）\\n]{1,30}[）)])?(?:近日|近期|今年|日前|不幸|突然|此前)?(?:因患|患有|身患|罹患|确诊(?:为|患有)?|突发)[^。；;！？\\n]{1,12}?(?:住院|入院|治疗|手术|抢救)`,
    'g',
  ),
);
/** The household's money: 家庭经济困难, 家境贫困, 医疗费用缺口较大. */
const POOR =
  /家庭经济困难|家庭困难|家境贫寒|家境贫困|家庭贫困|生活困难|经济拮据|医疗费用?缺口|无力(?:承担|支付)|低保/;
const APPEAL = /筹款|募捐|捐款|爱心接力|水滴筹|轻松筹|众筹/;
const NOT_A_NAME = /某|女士|先生|同志|老人|们|其|他|她|您|你|我|因|患|近|今|日|突/;

export function findSickAndPoor(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(MASKED_PUPIL, text)) {
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    const sentence = text.slice(from, to);
    if (!ILL.test(sentence) || HONOURED.test(sentence)) continue;
    const lead = LEAD.exec(m.groups?.['school'] ?? '')?.[0].length ?? 0;
    out.push(
      privacyFinding(
        'privacy.patient',
        { start: m.index + lead, end: m.index + m[0].length },
        '以学校、年级班级加姓氏公开了患病学生的身份，可识别到个人，须删去班级等可识别信息',
      ),
    );
  }
  for (const m of guardedMatches(NAMED_ILL, text)) {
    const name = m.groups?.['name'] ?? '';
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    const nameAt = m.index + m[0].indexOf(name);
    if (/^[（(]?化名/.test(text.slice(nameAt + name.length, nameAt + name.length + 4))) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    const sentence = text.slice(from, to);
    if (!POOR.test(sentence) || APPEAL.test(text)) continue;
    out.push(
      privacyFinding(
        'privacy.patient',
        { start: m.index, end: m.index + m[0].length },
        '公开了个人真实姓名及患病、家庭经济困难等隐私，须隐去姓名或使用化名',
      ),
    );
  }
  return out;
}
