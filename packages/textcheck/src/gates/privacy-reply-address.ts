// The citizen's own address read back in a reply: 寄送至您留言中填写的地址柳湾镇新桥村三组17号, 您提供的
// 通讯地址为幸福路12号3栋402室, 将材料邮寄到您家（城关镇建设路58号）. What the citizen gave the office
// to write back to is their home; the reply publishes it. The house number must follow (一个村组和门牌),
// and an office's own address (寄至市司法局立法处, 地址：市民中心B座6楼) is not the citizen's. A reply
// that locates the problem at the citizen's home (您家在…三组17号，维修人员…上门) publishes it too, and so
// does a notice that tells a named person's flat as theirs (报警人陈立新报称，其居住的滨江花园8栋2单元602室),
// and a reply that names the citizen's own house by its door (您位于…桂园小区3栋502室的房产; after final220).
import type { Span } from '../rules/lexicon-scan.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { PRIVATE_PERSON_ROLE } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/** An address down to its house number, as ADDRESS of the privacy gate reads it. */
const HOUSE =
  '[\\u4e00-\\u9fa5A-Za-z0-9０-９#\\-—]{2,40}?[0-9０-９一二三四五六七八九十]+(?:号楼|号院|号|栋|幢|单元|室|组)(?:[0-9０-９一二三四五六七八九十]+(?:号楼|号|栋|幢|单元|层|楼|室|户))*';
/** The place words an address has (路, 村, 小区 …). */
const PLACE = /[路街巷道村区镇乡弄里苑园栋幢楼厦院庄屯庭邸府墅湾郡]|小区|新村|公寓|大厦/;

/**
 * The citizen's address (您…填写的地址, 您提供的通讯地址为, 你留下的联系地址：), the citizen's home
 * as the place a reply is sent (寄送至您家, 邮寄到您的住处), or the home told back to locate the matter
 * (您家在花桥镇凉水井村三组17号, 您住在幸福路12号), or the home the office looked up and tells back
 * (您家户籍登记地址为…3栋2单元1602室, 你的房产地址是…; after final195); group 1 is the address.
 */
const REPLY_ADDRESS = guard(
  new RegExp(
    `(?:(?:您|你)(?:在|于)?(?:[^，,。；;！？!?\\n]{0,8}?(?:中|里|上|时))?(?:所)?(?:填写|提供|留下|登记|预留|填报|注明|告知|留)(?:的)?(?:联系|通讯|通信|收件|家庭|居住|邮寄|详细)?(?:地址|住址)|(?:寄送|邮寄|寄|送达|投递|送)(?:至|到)(?:您|你)(?:的)?(?:家中|家里|家|住处|住所|住址)|(?:您|你)(?:的)?(?:家|家庭住址|住址|住处|住所|居住地)(?:位于|就在|在|是)|(?:您|你)(?:住在|居住在|家住)|(?:您|你)们?家?的?(?:户籍|户口|房屋|房产|家庭|居住|常住|现居住?)(?:登记|所在)?的?(?:地址|住址|地))[为是:：（(\\s]{0,2}(${HOUSE})`,
    'g',
  ),
);

/** A flat down to the door: a building, then a unit or a room (8栋2单元602室, 3号楼1201室). */
const FLAT =
  '[\\u4e00-\\u9fa5A-Za-z0-9０-９]{2,20}?[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|座)(?:[0-9０-９一二三四五六七八九十]+单元)?[0-9０-９]+(?:室|户|号)';
/**
 * A private person named in full, then the flat they live in told as theirs: 接报警人陈立新报称，其居住的
 * 滨江花园8栋2单元602室楼下有人喧哗; 村民王芳所住的幸福小区3栋402室. A police notice may tell where a
 * nuisance was, not whose door it is.
 */
const NAMED_HOME = guard(
  new RegExp(
    `(?:${PRIVATE_PERSON_ROLE}|报警人|报案人|求助人|当事人)${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}[^。；;！？!?\\n]{0,10}?(?:其|他|她)?(?:居住|租住|所住|住)的(${FLAT})`,
    'g',
  ),
);

/**
 * The citizen's own property read back by its door (after final220): 您位于金陂县青石镇桂园小区3栋502室的
 * 房产, 你家坐落于幸福路12号的自建房. The reply names the house the citizen owns down to the room; a
 * house told without its number (您位于城关镇的房屋) or an office's premises (位于…号的政务服务中心) is no
 * one's door.
 */
const OWN_PROPERTY = guard(
  new RegExp(
    `(?:您|你)(?:们)?(?:家)?(?:名下)?(?:的)?(?:位于|坐落于|座落于|坐落在|地处)(${HOUSE})的?(?:房产|房屋|住房|住宅|房子|商品房|自建房|宅基地|不动产|安置房|公寓)`,
    'g',
  ),
);

/** Spans of citizens' addresses read back to them, or told as a named person's home. */
export function findReplyAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of guardedMatches(REPLY_ADDRESS, text)) {
    const address = m[1] ?? '';
    if (!PLACE.test(address)) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - address.length, end });
  }
  for (const m of guardedMatches(OWN_PROPERTY, text)) {
    const address = m[1] ?? '';
    if (!PLACE.test(address)) continue;
    const start = m.index + m[0].indexOf(address);
    out.push({ start, end: start + address.length });
  }
  for (const m of guardedMatches(NAMED_HOME, text)) {
    const flat = m[1] ?? '';
    const end = m.index + m[0].length;
    out.push({ start: end - flat.length, end });
  }
  return out;
}
