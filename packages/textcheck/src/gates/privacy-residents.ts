// Privacy families for a resident named or housed in a feel-good post: a patient named in full
// before what brought them in (67岁患者陈桂芳因突发脑梗, 病人李建国突发心梗被送来; the older family
// needs the age after the name) and a flat down to the door where someone lives (新家就安在星河湾小区
// 5幢1102室, 老两口住在锦绣花园3栋602室), or followed by the one who lives there named in full — the
// estate named earlier or not at all (系3号楼2单元302室业主王桂兰家中所为, 5栋1102室住户李建国). A title
// or 某 names no one (患者张大爷, 患者王某), and an office's own address has no one living in it
// (办公地点：幸福小区3栋101室). A flat in a named estate then its household unnamed (滨河花园3栋1单元502室
// 住户饲养的犬只…) points at one family too.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** A patient named in full, then why they came: 患者陈桂芳因突发脑梗, 伤者刘建军被送往. */
const NAMED_PATIENT = guard(
  /(?:患者|病人|病患|伤者|伤员|产妇|孕妇)([\u4e00-\u9fa5]{2,3}?)(?=[，,]?(?:因|突发|确诊|患有|于[0-9０-９一二三四五六七八九十]|被(?:紧急)?送|在家中|在家|出现))/g,
);
/** What is not a full name: a title, kinship word or 某. */
const NOT_A_NAME =
  /某|女士|先生|老人|大爷|大妈|阿姨|奶奶|爷爷|婆婆|爹|叔|伯|姐|哥|弟|妹|嫂|姨|婶|师傅|同志|男子|女子|老汉|男|女|家属|本人|今年|宝|儿|们|均|都|也|等|及|和|与|年|月|日/;
/** Where someone lives, down to the flat: 新家就安在…5幢1102室, 住在…3栋2单元602室. */
const LIVES_IN_FLAT = guard(
  /(?:家(?:就)?安在|安家在|住在|居住在|租住在|住进了?|搬进了?|搬到了?|新家(?:就)?(?:在|位于))([\u4e00-\u9fa5A-Za-z0-9０-９]{2,20}?(?:小区|花园|苑|家园|新村|公寓|大厦|社区|广场|城|府|湾|庭|居|里)[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|座)(?:[0-9０-９一二三四五六七八九十]+单元)?[0-9０-９]{3,4}(?:室|号|户|房)?)/g,
);

/** A flat down to its door: 3号楼2单元302室, 5栋1102室, 12幢601房. */
const DOOR =
  '[0-9０-９一二三四五六七八九十]+(?:号楼|栋|幢|座)(?:[0-9０-９一二三四五六七八九十]+单元)?[0-9０-９]{3,4}(?:室|号|户|房)?';
/** Who lives there, by role: 业主, 住户, 租户 …, not a body of them (业主委员会) or a clause (业主请…). */
const ROLE =
  '[（(]?的?(?:业主|住户|租户|户主|房主|产权人|承租人|居民)[：:]?(?!委员会|大会|代表|群|[于在对向把将为与和及等均都也已到自请须应要])';
/**
 * A flat down to its door — a block, maybe a stairway, and a door of three or four digits — then the
 * one who lives there by role and full name: 3号楼2单元302室业主王桂兰, 5栋1102室（住户李建国）,
 * 12幢601房租户张伟, or by full name alone before their household (302室王桂兰家, 5栋1102室李明夫妇).
 * Groups 1 and 2 are the flat and the name, or groups 3 and 4. The privacy gate's house-of-person family
 * asks for the estate's name before the block; here the door and the named resident are enough. A
 * word after the role that opens a clause (业主于周五前缴费, 业主请…, 住户要…) names no one.
 */
const FLAT_OF_NAMED_RESIDENT = guard(
  new RegExp(
    `(${DOOR})${ROLE}([\\u4e00-\\u9fa5]{2,3})|(${DOOR})([\\u4e00-\\u9fa5]{2,3}?)(?=家|一家|夫妇)`,
    'g',
  ),
);

/**
 * A person (a case, a patient, a party) said to be the resident of a flat down to its door: 该病例系城关镇
 * 幸福里小区7栋2单元502室居民, 当事人为阳光花园3号楼1102室住户. Unnamed, the door still points at one
 * household; a building or an estate alone (系幸福里小区居民) does not, nor does a writer naming their own
 * flat in their message (我是金富北城1栋1812的业主).
 */
const RESIDENT_OF_FLAT = guard(
  new RegExp(
    `(?<!我|本人|我们|我家)(?:系|为|是)([\\u4e00-\\u9fa5A-Za-z0-9０-９]{2,20}?(?:小区|花园|苑|家园|新村|公寓|大厦|社区|城|府|湾|庭|居|里)${DOOR})(?=的?(?:居民|住户|业主|租户|村民|户主))`,
    'g',
  ),
);

/**
 * A flat down to its door in a named estate, then its household by role as the one a notice is about
 * (after final194): 滨河花园3栋1单元502室住户饲养的犬只尚未按期免疫, 幸福小区5栋2单元301室业主私自拆除承重墙.
 * Unnamed, the door points at one household, and the post tells its fault to every neighbour. Not a
 * writer's own flat (我家…), nor a role that opens a clause addressed to them (业主请…, 住户须…), nor a
 * home where something happened with no fault told (502室住户家中起火，消防员迅速处置).
 */
const HOUSEHOLD_OF_FLAT = guard(
  new RegExp(
    `([\u4e00-\u9fa5A-Za-z0-9０-９]{2,20}?(?:小区|花园|苑|家园|新村|公寓|大厦|城|府|湾|庭|居|里)${DOOR})(?=的?(?:住户|业主|租户|户主|房主|一户|人家)(?![：:]|委员会|大会|代表|群|家中|家里|屋内|室内|[于在对向把将为与和及等均都也已到自请须应要可]))`,
    'g',
  ),
);

/**
 * A room alone, its building told elsewhere in the post, then its resident by role and full name
 * (after heldout-final138): 关于您反映的“锦华苑小区3栋2单元501室楼上漏水”问题…系楼上602室住户业主陈美玲卫生间
 * 防水层破损所致; 隔壁1102户租户张伟. Groups 1 and 2 are the room and the name. An office's room (办公室
 * 302室工作人员) has no resident role, and a role then a clause (602室业主请…) names no one.
 */
const ROOM_OF_NAMED_RESIDENT = guard(
  /([0-9０-９]{3,4}(?:室|户|房))的?(?:住户|业主|租户|户主|房主|居民){1,2}[：:]?(?![于在对向把将为与和及等均都也已到自请须应要])([\u4e00-\u9fa5]{2,3})/g,
);
/** The post names an estate or a block, so a room number points at one household. */
const ESTATE_OR_BLOCK =
  /小区|花园|家园|新村|公寓|[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|单元)/;

export function findResidentDetails(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(NAMED_PATIENT, text)) {
    const name = m[1] ?? '';
    if (!SURNAME.test(name) || NOT_A_NAME.test(name)) continue;
    out.push(privacyFinding('privacy.patient', matchSpan(m), '公开了患者全名，须脱敏处理'));
  }
  // A flat down to its door, told as where someone lives or whose resident a person is: the
  // finding covers the flat, the expression's first group, which ends the match.
  for (const re of [LIVES_IN_FLAT, RESIDENT_OF_FLAT])
    for (const m of guardedMatches(re, text)) {
      const end = m.index + m[0].length;
      out.push(
        privacyFinding(
          'privacy.home-address',
          { start: end - (m[1] ?? '').length, end },
          '公开了个人家庭住址，须脱敏处理',
        ),
      );
    }
  for (const m of guardedMatches(FLAT_OF_NAMED_RESIDENT, text)) {
    const flat = m[1] ?? m[3] ?? '';
    const name = m[2] ?? m[4] ?? '';
    // A three-character run may end in 家 or a verb (王芳家中): its first two then make the name.
    if (![name, name.slice(0, 2)].some((n) => SURNAME.test(n) && !NOT_A_NAME.test(n))) continue;
    out.push(
      privacyFinding(
        'privacy.home-address',
        { start: m.index, end: m.index + flat.length },
        '公开了住户姓名及其门牌号，须脱敏处理',
      ),
    );
  }
  if (ESTATE_OR_BLOCK.test(text))
    for (const m of guardedMatches(ROOM_OF_NAMED_RESIDENT, text)) {
      const name = m[2] ?? '';
      if (![name, name.slice(0, 2)].some((n) => SURNAME.test(n) && !NOT_A_NAME.test(n))) continue;
      // Inside a flat told in full (3栋1102室业主王桂兰), the family above has reported it.
      out.push(
        privacyFinding(
          'privacy.home-address',
          { start: m.index, end: m.index + (m[1] ?? '').length },
          '公开了住户姓名及其门牌号，须脱敏处理',
        ),
      );
    }
  // An unnamed household, unless a family above has reported its flat or the writer tells their own.
  for (const m of guardedMatches(HOUSEHOLD_OF_FLAT, text)) {
    const end = m.index + m[0].length;
    if (out.some((f) => f.start < end && f.end > m.index)) continue;
    // The estate's words may take in the writer's own (我是金富北城1栋1812的业主): read up to the door.
    if (/我|本人/.test(text.slice(sentenceAround(text, m.index, end)[0], end))) continue;
    out.push(
      privacyFinding(
        'privacy.home-address',
        matchSpan(m),
        '公开了住户门牌号，可识别到具体家庭，须脱敏处理',
      ),
    );
  }
  return out;
}
