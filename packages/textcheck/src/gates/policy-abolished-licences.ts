// Licences, grades and registration places a reform did away with, told as today's
// (policy.superseded-as-current; after final210 and final212), read with the policy tense rules as the
// other stale statements are (stale-statements.ts):
// - a licence to set up an old-age care home (申请养老机构设立许可, 取得养老机构设立许可证): the amendment of
//   the 老年人权益保障法 of 2018-12-29 (第四十三条) abolished it; a home registers as a legal person and
//   files with the civil-affairs department (备案);
// - a surveying and mapping qualification in four grades (测绘资质分为甲、乙、丙、丁四个等级, 丁级测绘资质):
//   since 2021-07-01 the 测绘资质管理办法 and 测绘资质分类分级标准 of the Ministry of Natural Resources
//   (自然资规〔2021〕5号) have two grades, 甲 and 乙;
// - a marriage registered only where one party's household is (到一方常住户口所在地的婚姻登记机关): the
//   revised 婚姻登记条例 (国务院令第804号, in force 2025-05-10, 第四条) lets mainland residents register at
//   any marriage-registration office. A marriage with a foreigner or a resident of Hong Kong, Macao or
//   Taiwan is left alone.
// History (2018年以前, 原来), the change told (取消, 改为备案, 全国通办) and a question stay quiet.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements, toldInSentence, type StaleStatement } from './stale-statements.ts';

/** Words that tell of the past or ask. */
const PAST_OR_ASKED = '原来|原先|原规定|以前|过去|曾经|此前|改革前|[？?]|吗';

/** The care-home licence: 申请养老机构设立许可, 养老机构设立许可证, 办理养老机构许可证. */
const CARE_HOME_LICENCE = guard(
  /(?:申请|办理|申领|取得|获得|领取|核发)?养老机构(?:的)?(?:设立许可(?:证)?|许可证)/g,
);
const CARE_HOME_CHANGED = new RegExp(
  `取消|不再|无需|废止|停止|改为|备案制|实行备案|2018年(?:以|之)?前|2019年(?:以|之)?前|${PAST_OR_ASKED}`,
);

/** Four grades: 甲、乙、丙、丁四个等级, 甲乙丙丁四级; or a grade below 乙: 丁级测绘资质, 测绘资质丙级. */
const FOUR_GRADES = guard(
  /甲、?乙、?丙、?丁(?:四|4)(?:个)?(?:等级|级)|甲、?乙、?丙、?丁(?:级|等级)|(?:丙|丁)级(?:测绘)?资质|测绘资质(?:证书)?(?:为|是)?(?:丙|丁)级/g,
);
const SURVEYING = /测绘/;
const GRADES_CHANGED = new RegExp(
  `甲、乙两个|甲乙两个|两个等级|两级|调整为|改为|取消|不再|2021年(?:7月1日)?(?:以|之)?前|${PAST_OR_ASKED}`,
);

/**
 * One party's household place: 一方常住户口所在地, 男方或女方户口所在地; not the other party's
 * (迁入另一方户口所在地, a move of household).
 */
const HOUSEHOLD_PLACE = guard(
  /(?:(?<![另对])一方|男方或女方|男女(?:双方)?一方|当事人一方|任意一方|其中一方)(?:当事人)?(?:的)?常住户口所在地|(?:男方或女方|(?<![另对])一方)(?:的)?户(?:口|籍)所在地/g,
);
/** Marriage registration in the sentence (not a marriage certificate shown for another matter). */
const MARRIAGE = /婚姻登记|(?:结婚|离婚)(?:登记|手续)|登记结婚|领证|领取结婚证/;
const HOUSEHOLD_CHANGED = new RegExp(
  `外国|涉外|华侨|港澳|香港|澳门|台湾|全国通办|跨省通办|通办|不再|不受|无需|取消|2025年(?:5月10日)?(?:以|之)?前|${PAST_OR_ASKED}`,
);

const STATEMENTS: readonly (StaleStatement & { present: RegExp })[] = [
  {
    present: /养老机构/,
    re: CARE_HOME_LICENCE,
    supersededOn: '2018-12-29',
    toldChanged: toldInSentence(CARE_HOME_CHANGED),
    message:
      '2018年12月29日修正的《老年人权益保障法》取消了养老机构设立许可，养老机构依法登记后即可开展服务，并向县级以上民政部门备案（第四十三条）',
  },
  {
    present: /测绘/,
    re: FOUR_GRADES,
    supersededOn: '2021-07-01',
    toldChanged: (text, start, end) => {
      // The qualification is often named in the clause before (根据测绘资质管理规定，测绘资质分为…).
      const [from, to] = sentenceAround(text, start, end);
      const reach = text.slice(Math.min(from, Math.max(0, start - 60)), to);
      return !SURVEYING.test(reach) || GRADES_CHANGED.test(text.slice(from, to));
    },
    message:
      '自2021年7月1日起施行的《测绘资质管理办法》《测绘资质分类分级标准》将测绘资质等级调整为甲、乙两级，丙级、丁级已取消',
  },
  {
    present: /户口所在地|户籍所在地/,
    re: HOUSEHOLD_PLACE,
    supersededOn: '2025-05-10',
    toldChanged: toldInSentence(HOUSEHOLD_CHANGED, MARRIAGE),
    message:
      '2025年5月10日起施行的修订后《婚姻登记条例》规定内地居民可在任一婚姻登记机关办理婚姻登记，不再限于一方常住户口所在地',
  },
];

/** Each abolished licence, grade or registration place the text states as current. */
export function staleAbolishedLicences(text: string): GateFinding[] {
  return STATEMENTS.filter((s) => s.present.test(text)).flatMap((s) => staleStatements(text, s));
}
