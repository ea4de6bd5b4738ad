// Privacy gate: a citizen's ID number, mobile number, bank card or home address — not an
// institution's hotline or office landline.
import type { Span } from '../rules/lexicon-scan.ts';
import { findBankCards } from '../rules/patterns/bank-card.ts';
import { findEmails } from '../rules/patterns/email.ts';
import { findIdNumbers } from '../rules/patterns/id-number.ts';
import { findMobileNumbers } from '../rules/patterns/mobile.ts';
import {
  ADDRESSED_FLAT,
  afterAddressedCitizen,
  afterListedPerson,
  afterNamedAppointee,
  afterRoleNamedPerson,
  afterSpeakingCitizen,
  labelledAsCitizens,
} from './citizen-contact.ts';
import { nearContext, type GateCheck, type GateContext, type GateFinding } from './gate-context.ts';
import { isInstitutionAccount } from './institution-account.ts';
import { SURNAME } from './minor-identity.ts';
import { PERSON_FINDERS } from './privacy-person-finders.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { afterNamedRelative, labelledAsRelative } from './privacy-relatives.ts';
import { findReplyAddresses } from './privacy-reply-address.ts';
import { isWantedSuspectId } from './privacy-wanted-notice.ts';
import { guard, guardedMatches } from './regex-guard.ts';

/**
 * A house number after a word of residence (家住, 住址, 户籍地址; 住 after an old person called by
 * kin, 李奶奶住枫林路88号) or after the address of the citizen
 * who wrote in (投诉人地址：…88号3单元401室, 举报人联系地址为…): their home, not an office.
 */
const ADDRESS = guard(
  /(?:家住|住址[:：]?|(?:上门|家庭|居住|送达|收件|入户)地址[为是:：]?|(?:投诉人|举报人|来信人|来电人|信访人|求助人|报警人|反映人|留言人|诉求人)(?:的)?(?:家庭|居住|联系|通讯|通信)?地址[为是:：]?|现住|现居|居住于|居住在|住在|(?:暂住|租住|借住|寄住)(?:于|在)?|(?<=[（(，,、；;：:]\s*)住|(?<=[\u4e00-\u9fa5](?:奶奶|爷爷|大爷|大妈|阿姨|婆婆|大娘|大伯|老汉|阿婆|阿公|老人|老伯|夫妇|一家))住(?![院宿])|住所地?[为:：]?|住处[为:：]?|家庭住址[:：]?|家庭地址[:：]?|户籍地址?[:：]?|户籍所在地[:：]?)([\u4e00-\u9fa5A-Za-z0-9０-９#\-—]{2,40}?[0-9０-９一二三四五六七八九十]+(?:号楼|号院|号|栋|幢|单元|室|组)(?:[0-9０-９一二三四五六七八九十]+(?:号楼|号|栋|幢|单元|层|楼|室|户))*)/g,
);
/** An estate and a flat after a road's number: 金色家园小区11栋1803室, 3号楼2单元402室. */
const FLAT_AFTER =
  /^[\u4e00-\u9fa5]{0,10}?(?:小区|花园|苑|家园|新村|公寓|大厦)?[0-9０-９一二三四五六七八九十]+(?:号楼|栋|幢|座)(?:[0-9０-９一二三四五六七八九十]+单元)?[0-9０-９]{3,4}(?:室|号|户|房)?/;
/**
 * A flat named down to its door (2栋3单元402室, 5号楼1单元301) and said to be someone's home
 * (…的家中, …的住处): 民警将老人送回其位于…402室的家中.
 */
const HOME_FLAT =
  /(?:位于|住在|在|于|至|到|回)(?:其|他|她|他们|她们|老人)?(?:位于|住在|所在的?|在)?([\u4e00-\u9fa5A-Za-z0-9０-９#\-—]{2,30}?[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|座)[0-9０-９一二三四五六七八九十]+单元[0-9０-９]+(?:室|号|户)?)(?=的?(?:家|住处|住所|住宅|寓所|租住|出租屋))/g;
/**
 * A house number followed by the person living there: 大湾村3组17号村民黄某, 幸福小区5栋302室业主张某,
 * 阳光小区2号楼3单元601室居民王某某, 民生路88号4栋302房居民韦某某 — a road's number before the block
 * too, and a full name after 居民, 住户 or 业主 (…302房居民韦小强，…), also in brackets (…1102室（户主
 * 刘建国）) or before their household (after final184: 柳湾村5组23号村民周德厚家，工作组…, 李长顺家中的偏房); a flat's
 * tenant unnamed (10栋704房租户，使用…) is no one.
 */
const HOUSE_OF_PERSON = guard(
  /[\u4e00-\u9fa5]{2}(?:村|社区|小区|屯|庄|路|街|巷|大道|弄|花园|苑|家园|新村|公寓)(?:[0-9０-９]+(?:号院|号|弄))?[0-9０-９一二三四五六七八九十]+(?:组|栋|幢|号楼|座)(?:[0-9０-９一二三四五六七八九十]+单元)?[0-9０-９]+(?:号|室|户|房)(?=[（(]?的?(?:村民|居民|住户|业主|租户)?[\u4e00-\u9fa5]{1,2}某|[（(]?的?(?:村民|居民|住户|业主|租户|户主|房主)(?!委员会|大会|代表|们)[\u4e00-\u9fa5]{2,3}(?:[，,。；;（(、）)]|$|(?:家中?|家里|一家|户)(?:[，,。；;（(、）)]|$|的)))/g,
);
/**
 * A neighbour's flat down to the door in a reply to a citizen (after heldout-final162): 经我局调查核实，
 * 锦绣花园7栋2单元1903室业主已于10月9日配合物业完成维修 — the household the complaint was about,
 * told to the complainant and the public. A report of an incident (金泰小区10栋704房租户，使用花线…)
 * addresses no one and stays quiet.
 */
const NEIGHBOUR_FLAT = guard(
  /((?:[\u4e00-\u9fa5]{2,10}?(?:小区|花园|苑|家园|新村|公寓|大厦))?[0-9０-９]+(?:栋|幢|号楼)[0-9０-９]+单元[0-9０-９]{3,4}(?:室|号|户))(?=的?(?:业主|住户|租户|居民|户主|房主)(?!委员会|大会|代表|们))/g,
);
/** A reply addressed to a citizen: 您, 你, or an answer to a message (关于网友反映…的答复). */
const ADDRESSED_REPLY = /您|你|(?:的|予以|现)(?:答复|回复)/;
/**
 * Words of a listing of applicants or beneficiaries, or of flats allotted to named staff (周转房分配：
 * 张某某，分配至凤凰小区7栋1单元302室，联系电话…).
 */
const PERSON_LISTING =
  /户主|申请人|受助人|救助对象|救助原因|临时救助|户籍人口|补贴金额|补助金额|救助金额|发放金额|种植面积|配租房源|承租人|配租对象|分配至[^。；\n]{2,20}?[0-9０-９]+(?:室|号房)/;
/**
 * The flat a citizen's complaint is about, repeated in the reply: 您反映的幸福里小区7栋2单元1502室楼上…,
 * also when the reply quotes the complaint (你投诉的“锦绣花园3栋2单元801室…”问题) or puts the road's
 * number before the estate (您反映的位于建设路56号金色家园8栋1单元1102室…).
 */
const COMPLAINANT_FLAT = guard(
  /(?:您|你)(?:所)?(?:反映|投诉|咨询|来信|留言|举报)的(?:关于)?[“"「『]?((?:(?:位于|地处)?[\u4e00-\u9fa5]{2,10}?(?:路|街|大道|巷)[0-9０-９]+号(?:院)?)?[\u4e00-\u9fa5]{2,12}?(?:小区|花园|苑|家园|新村|公寓)[0-9０-９]+(?:栋|幢|号楼)[0-9０-９]*(?:单元)?[0-9０-９]+(?:室|号))/g,
);
/** A mobile number in Chinese numerals: 一三六零七一二五五八三. */
const CHINESE_MOBILE =
  /(?<![一二三四五六七八九零〇])一[三四五六七八九][一二三四五六七八九零〇]{9}(?![一二三四五六七八九零〇])/g;
/** A flat assigned or listed after a label: 配租房源：阳光家园3号楼1104室. */
const LISTED_FLAT = guard(
  /(?:房源|配租房源|分配房源|现住址|家庭住址)[:：]([\u4e00-\u9fa5]{2,10}?[0-9０-９]+(?:号楼|栋|幢)[0-9０-９]+(?:室|号))/g,
);
/**
 * A house in brackets after its resident or their home: 罗四元（青石村四组17号）, 周某家中（城南街道
 * 幸福里小区5栋2单元1103室）. Not after an institution or a place of service: 实验小学（明月路247号）,
 * 编委办公室（…321室）, 公安综合窗口（解放路88号）, 市侨联一楼（人民路56号）, 服务点（…）.
 */
const BRACKETED_HOME = guard(
  /[（(](?<=(?:[\u4e00-\u9fa5]{1,2}(?![学院室局所站校心处委府馆场司厅部队园厂店行社会中股科办署口楼台点层堂厦座联协盟])[\u4e00-\u9fa5]|家中|家里|住处|住所|住宅)[（(])([\u4e00-\u9fa5]{2,16}?(?:[0-9０-９一二三四五六七八九十]+(?:组|栋|幢|号楼|单元)|(?:路|街|巷|村|社区|小区|花园|苑|院|大道)[0-9０-９]+号?(?:院|楼)?)[0-9０-９一二三四五六七八九十号楼栋单元门]*?[0-9０-９]+(?:号|室|户)?)(?=[）)])/g,
);
/**
 * A place label earlier in the clause (报名地点：…人事股（健康路16号）, 办公地址：…): the bracket holds
 * the address of where something is done, not of a home.
 */
const PLACE_LABEL_BEFORE = /(?<!家庭|居住|户籍|现住|住|家)(?:地点|地址)\s*[：:][^。；;\n]*$/;
/**
 * A named patient with an age and their village or illness: 患者王秀兰，62岁，家住河口镇前营村;
 * 病人李建国（男，58岁）因肺癌. A surname with 某, 女士 or 大爷 names no one.
 */
const PATIENT = guard(
  /(?:患者|病人|病患|伤者|伤员|产妇|孕妇)(?:系|为|是|叫|名叫)?([\u4e00-\u9fa5]{2,3})[，,（(、]\s*(?:[男女][，,、]\s*)?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:周)?岁[^。；;！？\n]{0,40}?(?:(?:家住|住在|居住在|户籍地?|来自)[\u4e00-\u9fa5]{2,16}?(?:村|社区|小区|镇|乡|街道|路|街)|(?:因|患有?|确诊为?|诊断为|罹患|身患)[\u4e00-\u9fa5]{0,8}?(?:癌|瘤|病|症|炎|感染|梗|综合征|艾滋|骨折|中毒|中风|衰竭))/g,
);
/**
 * A private person named in full with sex and age, as a complaint, a case or a court list gives them:
 * 村民陈某明（男，46岁）, 原告李某某，女，35岁, 投诉人王某华（女，52岁）. Wanted and missing-person
 * notices (通缉, 悬赏, 寻人, 认领) publish them on purpose.
 */
const NAMED_WITH_AGE = guard(
  /(?<role>村民|居民|市民|群众|患者|病人|伤者|当事人|原告|被告人?|第三人|申请人|投诉人|举报人|来信人|来访人|信访人|求助人|报警人|反映人|留言人|受害人|被害人|驾驶人|车主|业主|住户|租户|老人|男子|女子)(?:系|为|是|叫|名叫)?(?<span>(?<name>[\u4e00-\u9fa5]{2,3})[（(，,、]\s*(?:男|女|男性|女性)[，,、]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:周)?岁[）)]?)/g,
);
const PUBLISHED_ON_PURPOSE = /通缉|悬赏|协查|寻人|认领|失信被执行人|曝光台/;
/**
 * A court's criminal judgement told in public (公开宣判, 以诈骗罪判处赵国军有期徒刑七年): an adult
 * defendant (被告人, not a civil 被告) is named as the judgement names them.
 */
const PUBLIC_JUDGEMENT = /宣判|以[\u4e00-\u9fff]{1,12}罪判处|判决如下|依法判处/;
const ADULT_AGE =
  /(?:[1-9][0-9]|[１-９][０-９]|[二三四五六七八九]十[一二三四五六七八九]?|十[八九])\s*(?:周)?岁/;
/**
 * A person's own circumstances in brackets after their name: where they live down to the estate,
 * with or without where they work — 林某涛（在某国企工作，家住滨江花园）, 车主王建华（家住锦绣小区）.
 * The name is checked after the match (a full name: a common surname, no 某 or title).
 */
const NAME_WITH_HOME = guard(
  /(?<name>[\u4e00-\u9fa5]{2,3})[（(](?:[^（()）\n]{0,20}?(?:家住|住在|现住|居住在|居住于)[\u4e00-\u9fa5]{2,12}?(?:小区|花园|苑|公寓|新村|家园|大厦|府|城|湾|庭|居|里|社区)[^（()）\n]{0,20}?)[）)]/g,
);
const NOT_A_FULL_NAME =
  /某|女士|先生|老人|大爷|大妈|阿姨|奶奶|爷爷|师傅|同志|男子|女子|老汉|男|女|年|因|今/;
/**
 * The salutation of a reply that names the citizen with their number (王桂芳（联系电话：159…），你
 * 反映的…): a private person's mobile, whatever its label says.
 */
const SALUTATION_BEFORE =
  /^(?:[^\n]{0,8}?(?:回复|答复|回应)[：:]\s*)?(?:尊敬的)?(?:网友|市民|居民|村民|群众|来信人|留言人)?[“"]?[\u4e00-\u9fa5]{2,4}[”"]?(?:先生|女士|同志)?\s*[（(][^（()）\n]{0,8}$/;
const SALUTATION_AFTER = /^\s*[）)]\s*[，,：:]?\s*(?:你|您)/;

function inSalutation(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return (
    SALUTATION_BEFORE.test(text.slice(lineStart, span.start)) &&
    SALUTATION_AFTER.test(text.slice(span.end, span.end + 8))
  );
}

/**
 * An address names a place: a road, village, estate or building — estates named 华庭, 名邸, 公馆,
 * 山庄, 雅居, 御府, 海湾, 新城 too (家住锦绣华庭2号楼).
 */
const PLACE =
  /[路街巷道村区镇乡弄里苑园栋幢楼厦院庄屯庭邸府墅湾郡]|小区|新村|公寓|大厦|公馆|雅居|新城|花城/;
const ID_LABEL = /(?:身份证|证件|身份号码|公民身份号码)[号码]*[:：\s为是]*$/;
/**
 * An account's label, also a subsidy card's name (惠农一卡通, 社保卡, 存折), a bank's short name with
 * 卡 (农行卡, 工行卡) or an account word with the card's kind in brackets (发放账户（一卡通）6228…).
 */
const CARD_LABEL =
  /(?:卡号|银行卡|(?:农|工|建|中|交|招|民|兴)行卡|账号|帐号|账户|帐户|储蓄卡|信用卡|一卡通|社保卡|惠农卡|存折号?|折号)(?:[（(][^（）()\n]{1,8}[）)])?[:：\s为是]*$/;
/**
 * A bank's name, or an account word and a bracket, right before a UnionPay-prefixed (62) number:
 * 个人账户（工商银行6222 0212 3456 7890 123）. Such a number is a card though its check digit is
 * mistyped; a bare digit run with no bank before it stays quiet.
 */
const BANK_BEFORE =
  /(?:银行|信用社|农商行|农信社|邮储|(?:农|工|建|中|交|招)行|(?:账户|帐户|卡号|账号|帐号)[（(])[:：\s为是]*$/;
const PUBLIC_MAILBOX = /@(?:qq|163|126|sina|sohu|yeah|gmail|hotmail|outlook|foxmail|139|aliyun)\./;
/**
 * A mailbox the public is asked to send to: 发送电子邮件至…, 意见请发至…, 投稿邮箱：, 意见反馈邮箱. It is the
 * office's desk, whoever else the sentence names (公示现场设在市民服务中心), unless a private person is
 * named right before it (举报人张某（邮箱…）) — then the personal context decides as before.
 */
const SEND_TO_BEFORE =
  /(?:(?:发送|发|寄送|投递|提交|报送|反馈|传送|投稿|递交)(?:电子)?(?:邮件|材料|意见|建议|稿件|作品|简历|报名表)?(?:至|到)|(?:意见|建议|投稿|征稿|征集|反馈|举报|监督|报名|咨询|来稿|接收)(?:电子)?(?:邮箱|信箱)(?:地址)?(?:为|是)?)[：:\s]*$/;
const LABEL_REACH = 12;
const PERSONAL_REACH = 30;

/** A mobile number labelled as an office contact point and not tied to a private person. */
function institutionalContact(ctx: GateContext, span: Span): boolean {
  const labelled = nearContext(
    ctx,
    'institutionContact',
    { start: span.start, end: span.start },
    LABEL_REACH,
  );
  return labelled && !nearContext(ctx, 'personal', span, PERSONAL_REACH);
}

export const checkPrivacy: GateCheck = (ctx) => {
  const text = ctx.doc.text;
  const out: GateFinding[] = [];
  const ids = findIdNumbers(text);
  for (const hit of ids) {
    const labelled = ID_LABEL.test(text.slice(Math.max(0, hit.start - LABEL_REACH), hit.start));
    if (isWantedSuspectId(text, hit.start)) {
      out.push(
        privacyFinding(
          'privacy.id-number',
          hit,
          '通缉、悬赏通告中依法公布的犯罪嫌疑人身份证号码',
          'info',
        ),
      );
      continue;
    }
    const severity = hit.checksumValid || labelled ? 'block' : 'warn';
    out.push(
      privacyFinding('privacy.id-number', hit, '公开了公民身份证号码，须脱敏处理', severity),
    );
  }
  // A post that names a citizen by ID number, or lists applicants and beneficiaries, is about
  // persons: its mobile numbers are not an office's (低保公示：户主…联系电话1597…, 补贴发放公示：
  // 赵某 种植面积8.6亩 补贴金额1032元 联系电话1597…).
  const aboutPerson = ids.length > 0 || PERSON_LISTING.test(text);
  for (const hit of findMobileNumbers(text)) {
    if (ids.some((id) => id.start <= hit.start && id.end >= hit.end)) continue;
    const official =
      !aboutPerson &&
      institutionalContact(ctx, hit) &&
      !inSalutation(text, hit) &&
      !afterAddressedCitizen(text, hit) &&
      !labelledAsCitizens(text, hit) &&
      !afterListedPerson(text, hit) &&
      !afterRoleNamedPerson(text, hit) &&
      !afterSpeakingCitizen(text, hit) &&
      !afterNamedAppointee(text, hit) &&
      !afterNamedRelative(text, hit) &&
      !labelledAsRelative(text, hit);
    out.push(
      privacyFinding(
        'privacy.mobile-number',
        hit,
        official ? '公开了手机号码，请确认是单位联系电话' : '公开了个人手机号码，须脱敏处理',
        official ? 'info' : 'warn',
      ),
    );
  }
  for (const hit of findBankCards(text)) {
    if (ids.some((id) => id.start <= hit.start && id.end >= hit.end)) continue;
    const before = text.slice(Math.max(0, hit.start - LABEL_REACH), hit.start);
    const labelled = CARD_LABEL.test(before);
    const atBank = hit.value.startsWith('62') && BANK_BEFORE.test(before);
    if (!hit.luhnValid && !labelled && !atBank) continue;
    if (isInstitutionAccount(text, hit)) continue;
    const severity = hit.luhnValid && labelled ? 'block' : 'warn';
    out.push(privacyFinding('privacy.bank-card', hit, '公开了银行卡号，须脱敏处理', severity));
  }

  // Every address word holds 住, 居 or 地址 (户籍所在地 too): most texts have none.
  for (const m of guardedMatches(ADDRESS, text)) {
    const address = m[1] ?? '';
    if (
      !PLACE.test(
        address.replace(/[0-9０-９一二三四五六七八九十]+(?:号楼|号院|号|栋|幢|单元|室|组)$/, ''),
      )
    )
      continue;
    const start = m.index + m[0].length - address.length;
    // The road's number may go on to the estate and the flat (建设路26号金色家园小区11栋1803室).
    const flat = FLAT_AFTER.exec(text.slice(start + address.length))?.[0] ?? '';
    out.push(
      privacyFinding(
        'privacy.home-address',
        { start, end: start + address.length + flat.length },
        '公开了个人家庭住址，须脱敏处理',
        'block',
      ),
    );
  }
  for (const m of text.matchAll(HOME_FLAT)) {
    const address = m[1] ?? '';
    const start = m.index + m[0].length - address.length;
    out.push(
      privacyFinding(
        'privacy.home-address',
        { start, end: start + address.length },
        '公开了个人家庭住址，须脱敏处理',
        'block',
      ),
    );
  }
  // Each expression ends with the address: its last group, or the whole match.
  for (const re of [
    ADDRESSED_FLAT,
    HOUSE_OF_PERSON,
    LISTED_FLAT,
    BRACKETED_HOME,
    COMPLAINANT_FLAT,
    NEIGHBOUR_FLAT,
  ]) {
    if (re === NEIGHBOUR_FLAT && !ADDRESSED_REPLY.test(text)) continue;
    for (const m of guardedMatches(re, text)) {
      const end = m.index + m[0].length;
      const span = { start: end - (m[1] ?? m[0]).length, end };
      if (out.some((f) => f.start < span.end && f.end > span.start)) continue;
      if (
        re === BRACKETED_HOME &&
        PLACE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))
      )
        continue;
      out.push(privacyFinding('privacy.home-address', span, '公开了个人家庭住址，须脱敏处理'));
    }
  }
  for (const m of guardedMatches(PATIENT, text)) {
    const name = m[1] ?? '';
    if (!SURNAME.test(name) || NOT_A_FULL_NAME.test(name)) continue;
    out.push(
      privacyFinding(
        'privacy.patient',
        matchSpan(m),
        '公开了患者姓名、年龄及住址或病情，须脱敏处理',
      ),
    );
  }
  for (const m of guardedMatches(NAMED_WITH_AGE, text)) {
    const name = m.groups?.['name'] ?? '';
    if (!SURNAME.test(name) || NOT_A_FULL_NAME.test(name) || PUBLISHED_ON_PURPOSE.test(text))
      continue;
    const end = m.index + m[0].length;
    const span = { start: end - (m.groups?.['span'] ?? '').length, end };
    if (
      m.groups?.['role'] === '被告人' &&
      ADULT_AGE.test(text.slice(span.start, span.end)) &&
      PUBLIC_JUDGEMENT.test(text)
    )
      continue;
    if (out.some((f) => f.start < span.end && f.end > span.start)) continue;
    out.push(
      privacyFinding('privacy.named-person', span, '公开了个人姓名、性别及年龄，须脱敏处理'),
    );
  }
  for (const m of guardedMatches(NAME_WITH_HOME, text)) {
    const raw = m.groups?.['name'] ?? '';
    // The name is the two or three characters before the bracket (车主林海涛: 林海涛).
    const name = [raw, raw.slice(1)].find((n) => SURNAME.test(n) && !NOT_A_FULL_NAME.test(n));
    if (!name) continue;
    const start = m.index + raw.length - name.length;
    const span = { start, end: m.index + m[0].length };
    if (out.some((f) => f.start < span.end && f.end > span.start)) continue;
    out.push(
      privacyFinding(
        'privacy.home-address',
        span,
        '公开了个人姓名及居住小区等身份信息，须脱敏处理',
      ),
    );
  }
  for (const span of findReplyAddresses(text)) {
    if (out.some((f) => f.start < span.end && f.end > span.start)) continue;
    out.push(
      privacyFinding('privacy.home-address', span, '公开了个人家庭住址，须脱敏处理', 'block'),
    );
  }
  for (const m of text.matchAll(CHINESE_MOBILE)) {
    out.push(
      privacyFinding('privacy.mobile-number', matchSpan(m), '公开了个人手机号码，须脱敏处理'),
    );
  }
  for (const hit of findEmails(text)) {
    if (SEND_TO_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) continue;
    if (PUBLIC_MAILBOX.test(hit.value) && nearContext(ctx, 'personal', hit, PERSONAL_REACH)) {
      out.push(privacyFinding('privacy.email', hit, '公开了个人电子邮箱，须脱敏处理'));
    }
  }
  for (const f of PERSON_FINDERS.flatMap((find) => find(text)))
    if (!out.some((o) => o.start <= f.start && o.end >= f.end)) out.push(f);
  return out;
};
