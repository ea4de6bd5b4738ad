// The citizen a reply is addressed to, told with their own number or flat: 关于您（联系电话159…）反映的,
// 您（手机：138…）来电反映, 感谢您（电话 137…）的留言; 您作为幸福小区7栋602室业主反映的, 您系锦绣花园
// 3栋1单元502室住户. A label such as 联系电话 inside the bracket names the citizen's number, not an
// office's hotline, and a flat given as the citizen's role (业主, 住户) is their home. So is the number
// the citizen left with their message, told back to them (您留言时提供的联系电话150…), and a number in a
// bracket after a private person's role and name (优秀学员刘子豪（联系电话137…）), or after a citizen by
// surname and 女士 or 先生 with a phone label (与王女士（联系电话139…）电话联系), or by surname and 某 —
// a victim or a party kept unnamed and then given a number (受害人陈某（联系电话138…）, after
// heldout-final106), and the number ending a private person's own words (王先生表示，愿意…分享办理经验，
// 联系电话139…; after final212).
import type { Span } from '../rules/lexicon-scan.ts';
import { SURNAME } from './minor-identity.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { PRIVATE_PERSON_ROLE } from './privacy-roles.ts';
import { guard } from './regex-guard.ts';

/**
 * 您/你 (or the citizen named as 来电人, 留言人 …, or a netizen by a quoted name: 网民“刘女士”) opening a
 * bracket, with at most a label before the number.
 */
const ADDRESSED_BRACKET_BEFORE =
  /(?:您|你|来电人|来信人|留言人|反映人|投诉人|诉求人|(?:网民|网友|市民|群众)[“"「][^”"」\n]{1,12}[”"」])[（(](?:[^（()）\n]{0,8}?(?:电话|手机|号码|联系方式|手机号|来电)[^（()）\n]{0,2}?)?[：:\s]*$/;

/**
 * A citizen by surname (or full name) and 女士 or 先生 opening a bracket whose label names a phone:
 * 与王女士（联系电话139…）电话联系, 李先生（手机：138…）, 关于张建华先生（联系电话139…）反映的 (after
 * final171). The label is required: 王先生（化名） gives no number. A contact person named as such
 * (联系人：李建华先生（电话…）) is the office's.
 */
const SURNAMED_CITIZEN_BRACKET_BEFORE = new RegExp(
  `${SURNAME_CHAR}[\\u4e00-\\u9fa5]{0,2}?(?:女士|先生|阿姨|大爷|大姐|师傅|某某?)[（(][^（()）\\n]{0,6}?(?:电话|手机|号码|联系方式|手机号)[^（()）\\n]{0,2}?[：:\\s]*$`,
);

/** Whether the mobile number at `span` is given in a bracket right after the addressed citizen. */
export function afterAddressedCitizen(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 28), span.start);
  if (ADDRESSED_BRACKET_BEFORE.test(before)) return true;
  const surnamed = SURNAMED_CITIZEN_BRACKET_BEFORE.exec(before);
  return surnamed !== null && !CONTACT_ROLE_BEFORE.test(before.slice(0, surnamed.index));
}

/**
 * A flat down to the door, given as what the addressed citizen is there: 您作为金桂苑小区7栋602室业主,
 * 您系阳光花园3栋1单元502室住户, 你是幸福里5号楼301室的租户. The last group is the flat.
 */
export const ADDRESSED_FLAT = guard(
  /(?:您|你)(?:作为|系|是|为)([\u4e00-\u9fa5]{2,12}?(?:小区|花园|苑|家园|新村|公寓|大厦|社区|广场|城|府|湾|庭|居)[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|座|期)(?:[0-9０-９一二三四五六七八九十]+(?:单元|栋|幢|号楼))?[0-9０-９]+(?:室|号|户))(?=的?(?:业主|住户|租户|居民|房主|产权人|承租人))/g,
);

/**
 * A full name opening a bracket with at most a label before the number, as a list of names gives a
 * person's own mobile (…名单公示：第一中学 李思雨（联系电话139…）、王梓萌; 拟确定以下农户为补助对象：
 * 马福全（联系电话139…）). A contact person named as
 * such (联系人：张伟（电话…）) or by a title (张老师, 王主任) is the office's.
 */
const LISTED_NAME_BEFORE =
  /(?:^|[\s：:，,、；;。）)])([\u4e00-\u9fa5]{2,3})[（(](?:联系)?(?:电话|手机|手机号码?|号码|联系方式)?[：:\s]*$/;
const CONTACT_ROLE_BEFORE = /(?:联系人|负责人|经办人|联络员|咨询人|受理人|工作人员|咨询)[：:\s]*$/;
const TITLE = /老师|主任|科长|股长|局长|书记|站长|所长|队长|经理|社工|干事|同志|先生|女士|某/;
// A public notice of persons who passed or were chosen (体检合格人员公示, 拟录用人员公示, 拟征集对象)
// lists them as the lists above do.
const NAME_LIST =
  /名单|拟表彰|拟推荐|拟授予|评选结果|获奖者|获评|拟确定以下|补助对象|补贴对象|资助对象|救助对象|帮扶对象|拟补助|拟资助|慰问对象|走访对象|(?:合格|拟录用|拟聘用|拟招录|拟征集|入围|录取|预征)(?:人员|对象|名单)?公示|拟征集对象|预征对象/;
/**
 * A full name, then a field or two of the person's own circumstances (sex, age, 独居老人, 低保户),
 * then at most a label before the number, as such a list gives them: 赵桂兰，独居老人，联系人电话158…;
 * 王建国，男，78岁，五保户，电话139…; also the birth month, the nation and the home village of an
 * award's notice (张晓兰，女，1992年6月生，石门村人，联系电话139…).
 */
const DESCRIBED_NAME_BEFORE =
  /(?:^|[\s：:，,、；;。）)】])([\u4e00-\u9fa5]{2,3})(?:[，,、（(]\s*(?:[男女]|[0-9０-９]{1,3}岁|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:出)?生|[\u4e00-\u9fa5]{1,3}族|[\u4e00-\u9fa5]{1,6}?(?:村|镇|乡|社区|街道)人|(?:独居|空巢|留守|孤寡|失独|高龄|失能|残疾)老人|低保户|特困户|五保户|特困(?:供养)?人员|残疾人|重度残疾|困难户|困难群众|脱贫户|监测户|边缘户|留守儿童|困境儿童|孤儿)[）)]?){1,4}[，,、\s]*(?:联系人)?(?:联系)?(?:电话|手机|手机号码?|号码|联系方式)?[：:\s]*$/;

/**
 * Whether the mobile number at `span` is given in a bracket after a name in a list of persons, or
 * after the name and the person's circumstances.
 */
export function afterListedPerson(text: string, span: Span): boolean {
  if (!NAME_LIST.test(text)) return false;
  const before = text.slice(Math.max(0, span.start - 32), span.start);
  const m = LISTED_NAME_BEFORE.exec(before) ?? DESCRIBED_NAME_BEFORE.exec(before);
  if (!m) return false;
  const name = m[1]!;
  const nameAt = before.length - m[0].length + m[0].indexOf(name);
  return (
    SURNAME.test(name) && !TITLE.test(name) && !CONTACT_ROLE_BEFORE.test(before.slice(0, nameAt))
  );
}

/**
 * A private person named in full after their role, the number in a bracket after the name: 优秀学员
 * 刘子豪（联系电话137…）, 村民王建国（手机139…）. The role (privacy-roles.ts) says whose number it is.
 */
const ROLE_NAMED_BEFORE = new RegExp(
  `${PRIVATE_PERSON_ROLE}([\\u4e00-\\u9fa5]{2,3})[（(](?:联系)?(?:电话|手机|手机号码?|号码|联系方式)?[：:\\s]*$`,
);

/** Whether the mobile number at `span` is given in a bracket after a private person's role and name. */
export function afterRoleNamedPerson(text: string, span: Span): boolean {
  const m = ROLE_NAMED_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start));
  return m !== null && SURNAME.test(m[1]!) && !TITLE.test(m[1]!);
}

/**
 * A person a notice proposes to hire or appoint, named in full, the number in a bracket at the end
 * of the clause that names them: 拟聘用王思远为县人民医院临床医师岗位工作人员（联系电话：138…）. The
 * bracket belongs to the person the clause is about, not to the office that publishes the notice.
 */
const APPOINTEE_BEFORE =
  /拟(?:聘用|录用|招录|聘任|任用|提拔|推荐|表彰)([\u4e00-\u9fa5]{2,3})(?:同志)?(?:为|担任)[^。；;，,（(\n]{0,30}[（(](?:联系)?(?:电话|手机|手机号码?|号码|联系方式)?[：:\s]*$/;

/** Whether the mobile number at `span` is in a bracket after a named appointee's clause. */
export function afterNamedAppointee(text: string, span: Span): boolean {
  const m = APPOINTEE_BEFORE.exec(text.slice(Math.max(0, span.start - 48), span.start));
  return m !== null && SURNAME.test(m[1]!) && !TITLE.test(m[1]!);
}

/**
 * The number the citizen left with their message, told back to them in a reply: 您留言时提供的联系
 * 电话150…, 您预留的手机号码为138…, 您来信中留下的电话139…. The label says whose it is; 请拨打我局
 * 电话 names the office's, and a call centre asking to confirm a number (请问您联系电话是…吗) publishes
 * nothing.
 */
const CITIZENS_OWN_BEFORE =
  /(?:您|你)(?:的|所|本人)?[^。；！？\n，,]{0,10}?(?:提供|留下|预留|填写|登记|留)的?(?:联系)?(?:电话|手机|手机号码?|号码|联系方式)(?:号码)?(?:为|是)?[：:\s]*$/;

/**
 * The same label after the number, in a bracket or a clause (after final189): 联系电话138…（即您留言时预留的
 * 号码）, 联系电话139…，也就是您登记的手机. An office's own line labelled as the office's stays with its label.
 */
const CITIZENS_OWN_AFTER =
  /^\s*[（(，,]\s*(?:即|也就是|就是|系|为)?(?:您|你)(?:的|本人)?[^。；！？\n（()）]{0,10}?(?:提供|留下|预留|填写|登记|留)的?(?:联系)?(?:电话|手机|手机号码?|号码|联系方式)/;

/** Whether the mobile number at `span` is labelled as the addressed citizen's own. */
export function labelledAsCitizens(text: string, span: Span): boolean {
  return (
    CITIZENS_OWN_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) ||
    CITIZENS_OWN_AFTER.test(text.slice(span.end, span.end + 28))
  );
}

/**
 * A private person by surname and 先生 or 女士 (or named after a role) who speaks in the sentence that
 * ends with the number, and no office or contact person between (after final212: 王先生表示，愿意与有
 * 收养意愿的家庭分享办理经验，联系电话139…). The number is the speaker's own; 王女士表示…可拨打社区服务
 * 中心电话 names an office's line, and a contact person (联系人：李先生) is the office's.
 */
const SPEAKING_CITIZEN_BEFORE = new RegExp(
  `(?:${SURNAME_CHAR}(?:先生|女士|阿姨|大爷|大姐|大哥|师傅)|${PRIVATE_PERSON_ROLE}${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:夫妇|一家)?(?:表示|说|称|介绍|坦言|笑着说|告诉记者)[，,：:]?(?<said>[^。；！？!?\\n]{0,48}?)(?:联系)?(?:电话|手机|手机号码?|号码|联系方式)[：:\\s]*$`,
);
/** An office, a hotline or a contact person: the number is theirs, not the speaker's. */
const OFFICE_LINE =
  /联系人|负责人|工作人员|中心|[局厅委站队]|办公室|办事处|派出所|医院|窗口|热线|服务台|咨询台|政府|街道|社区|村委|居委|部门|单位|公司|机构/;

/** Whether the mobile number at `span` ends the words of a private person who speaks in its sentence. */
export function afterSpeakingCitizen(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 72), span.start);
  const m = SPEAKING_CITIZEN_BEFORE.exec(before);
  return m !== null && !OFFICE_LINE.test(m.groups?.['said'] ?? '');
}
