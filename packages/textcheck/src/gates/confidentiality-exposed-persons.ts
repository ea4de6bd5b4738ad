// People whose safety or whose part in a case asks for discretion, told by name or by door (after
// heldout-final136): a judge's home (到承办法官位于锦绣小区3栋的住处楼下滞留), where an abused woman is
// sheltered (已被安置在和平路18号的市反家暴庇护站), a leader's illness and ward (副市长刘某某因腰椎手术…在
// 我院干部病房住院治疗), who reported a case and where they live (接到家住柳塘村四组的村民刘长顺实名举报),
// and the households a survey drew (新抽中的样本户共180户，分布在城关镇幸福路社区、河西村…). Quiet: a pledge
// to keep informants secret, a shelter's hotline, a leader visiting patients, a survey's call to take part.
import {
  COMPLAINED_PARTY_FAMILY,
  HANDED_TO_REPORTED,
  PROMISED_NOT,
} from './confidentiality-complained-party.ts';
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** An official whose home draws those the case displeased. */
const OFFICIAL = '(?:法官|检察官|承办人|办案人员|办案民警|民警|警官|纪检干部|执法人员|审判长|庭长)';
/** A post or standing that, with a surname, points at one informant. */
const INFORMANT =
  '(?:组长|村民|居民|职工|员工|会计|出纳|教师|老师|干部|支书|主任|村医|医生|护士|司机|工人|队长|店主|摊主|业主|质检员|保安|门卫|科员|文员|技术员|财务人员|收银员|管理员|网格员|学生家长|家长)';
/** A court case on revenge against an informant: the informant is part of the judgement. */
export const INFORMANT_KNOWN = /报复|被告人|判处|判决|一审|二审/;
/**
 * An appeal to report, in the clause before the match (欢迎家住辖区的居民积极举报; 鼓励…; 请…): an
 * invitation names no one who has reported.
 */
const APPEAL =
  /(?:欢迎|鼓励|号召|呼吁|动员|希望|敬请|恳请|(?<![申邀提声报])请)[^。；！？\n]{0,24}$/;
/** Passes where no appeal to report leads into the match, and the sentence lacks `known`. */
function notAppeal(known?: RegExp): (text: string, start: number) => boolean {
  const lacks = known ? sentenceLacks(known) : () => true;
  return (text, start) =>
    !APPEAL.test(text.slice(Math.max(0, start - 24), start)) && lacks(text, start);
}
/** Words of manner that stand where a reporter's name would (积极举报, 踊跃举报). */
const MANNER = '(?!积极|踊跃|及时|主动|大胆|随时|如实|依法|通过|可以|可向|可拨)';
/** What identifies a complainant: a name, a number, an address. */
const CONTACT =
  '(?:姓名|名字|身份|联系方式|联系电话|电话号码|电话|手机号码?|住址|身份信息|个人信息)';
/**
 * A record of the complaint, handed on after what identifies the complainant (您的姓名及来电记录): alone
 * (您的来电记录转交物业) it is the matter forwarded for handling.
 */
const COMPLAINT_RECORD = '(?:来电记录|通话记录|投诉记录|举报记录|来信内容|投诉内容|举报内容)';
/** A leader's title before a name. */
const LEADER = '(?:副?(?:省长|市长|县长|区长|镇长|乡长|书记|局长|部长|主任))';

export const EXPOSED_PERSON_FAMILIES: Family[] = [
  {
    // 承办法官位于锦绣小区3栋的住处; 民警的家位于….
    re: new RegExp(
      `${OFFICIAL}(?:位于|家住|住在)${IN}{2,16}?(?:小区|村|栋|号楼|单元|花园|苑)[^。；！？\\n，,]{0,6}?(?:的)?(?:住处|住所|家中|住宅|家)|${OFFICIAL}(?:的)?(?:住处|住所|家)(?:位于|在)${IN}{2,16}?(?:小区|栋|单元|号楼)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开办案人员住址，危及其人身安全，请删去',
  },
  {
    // 已被安置在和平路18号的市反家暴庇护站.
    re: new RegExp(
      `(?:安置|安排|住进|转移|送)(?:在|到|至|于)${IN}{0,16}?[0-9０-９]+号${IN}{0,10}?(?:庇护站|庇护所|庇护中心|庇护场所)|(?:庇护站|庇护所|庇护中心|庇护场所)(?:位于|设在|地址为|地址是)${IN}{2,16}?[0-9０-９]+号`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开受害人庇护场所的地址，危及受害人安全，请删去',
  },
  {
    // 副市长刘某某因腰椎手术于本月12日起在我院干部病房住院治疗.
    re: new RegExp(
      `${LEADER}(?!看望|慰问|探望|走访|关心|关怀)[\\u4e00-\\u9fff]{1,3}(?:同志)?${IN}{0,4}?因${IN}{1,12}?(?:手术|病|癌|肿瘤|骨折|住院)${IN}{0,20}?(?:住院|治疗|病房|手术)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开领导干部的病情和住院情况，属工作秘密，请删去',
  },
  {
    // 接到家住柳塘村四组的村民刘长顺实名举报.
    re: new RegExp(
      `家住${IN}{2,14}?(?:的)?(?:村民|居民|群众|市民|职工|员工)${MANNER}[\\u4e00-\\u9fff]{2,3}(?:的)?(?:实名)?举报`,
      'g',
    ),
    acceptAt: notAppeal(),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '公开举报人的姓名和住址，违反对举报人保密的规定，请删去',
  },
  {
    // A whistleblower by post or place and name, the report cited (after heldout-final142): 根据城关镇
    // 东门村五组组长黄某的实名举报; 接到该厂质检员刘某某举报; 收到县二中教师王某检举. The law keeps an
    // informant's identity secret; post and village point at one man. Quiet: a report by no one named
    // (根据群众实名举报), a court judging revenge on an informant (被告人…因不满村民张某的举报…被判处).
    re: new RegExp(
      `(?:根据|接到|收到|据|经|依据)${IN}{0,16}?${INFORMANT}[\\u4e00-\\u9fff](?:某某?|[\\u4e00-\\u9fff]{1,2}(?=的|实名|同志))(?:等[0-9０-９一二两三四五六七八九十]+人)?(?:同志)?(?:的)?(?:实名|联名)?(?:举报|检举|控告|揭发)`,
      'g',
    ),
    acceptAt: notAppeal(INFORMANT_KNOWN),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '公开举报人的身份（单位、职务、姓名），违反对举报人保密的规定，请删去',
  },
  {
    // A whistleblower by post and name with a way to reach them, then the report (after the
    // confidentiality probes of 2026-12-03): 县供销社职工陈某某（电话138****5521）来信反映; 村民李某（手机
    // 139…）实名举报; 该厂工人王某，联系电话…，写信检举. A phone, even masked, with post and surname points
    // at one person. Quiet: an appeal to report, a court judging revenge on an informant.
    re: new RegExp(
      `(?:${INFORMANT}|市民|群众|网民|村民代表)[\\u4e00-\\u9fff](?:某某?|[\\u4e00-\\u9fff]{1,2})[（(，,]\\s*(?:联系)?(?:电话|手机号?码?|手机|微信号?|身份证号?|住址|家住|现住)[：:]?[^）)。；！？\\n]{2,24}[）)，,]?${IN}{0,4}?(?:来信|来电|写信|致信|实名|署名|当面|多次)?(?:反映|举报|检举|控告|揭发|投诉)`,
      'g',
    ),
    acceptAt: notAppeal(INFORMANT_KNOWN),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '公开举报人的身份（单位、姓名、联系方式），违反对举报人保密的规定，请删去',
  },
  {
    // A complainant's name or number handed to the party complained of (after heldout-final157): 我们
    // 已将您的姓名、联系电话一并提供给该建材公司负责人; 已把举报人的电话告知被举报单位; 将投诉人信息转给
    // 商家; 已将您的姓名及来电记录告知店主 (after heldout-final160). The informant's identity is kept
    // from those reported (《信访工作条例》第四十五条); a referral to another office hands over the
    // matter, not the person. Quiet: a promise not to (不会将您的…提供给). The party named as the
    // complaint named it is confidentiality-complained-party.ts's.
    re: new RegExp(
      `(?:将|把)(?:您|你|举报人|投诉人|反映人|信访人|来信人|来电人)(?:的)?(?:真实)?${CONTACT}(?:[、和及与](?:${CONTACT}|${COMPLAINT_RECORD}))*(?:等)?(?:信息)?(?:一并|直接)?(?:提供给|告知|告诉|转告|转给|转交给|交给|透露给|发给)(?:了)?${IN}{0,8}?(?:被举报|被投诉|被反映|涉事|该|对方|商家|企业|公司|负责人|老板|店主|施工方|物业|开发商|厂方)`,
      'g',
    ),
    notAfter: PROMISED_NOT,
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: HANDED_TO_REPORTED,
  },
  {
    // The informant's report itself, with the informant named, handed to the firm reported (after
    // heldout-final168): 已将举报人张建国的举报材料原件转交该房地产开发企业. A regulator asks the firm
    // to answer the matter; the report and its author stay with the office.
    re: new RegExp(
      `(?:将|把)(?:举报人|投诉人|信访人|反映人|来信人)(?:${SURNAME_CHAR}[\\u4e00-\\u9fff]{1,2})?(?:的)?(?:举报材料|举报信|投诉材料|信访材料|举报件|信访件)(?:原件|复印件)?(?:一并|直接)?(?:转交给?|转给|交给|提供给|转送给?|发给)(?:了)?${IN}{0,12}?(?:企业|公司|商家|开发商|店主|老板|物业|厂方)`,
      'g',
    ),
    notAfter: PROMISED_NOT,
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: HANDED_TO_REPORTED,
  },
  {
    // A complainant named outright in a reply (after heldout-final158 and final159): 经举报人王秀兰反映后;
    // 投诉人为您楼上302室的住户陈女士, told to the shop complained of. Quiet: 举报人反映的问题, a pledge
    // of secrecy, a court judging revenge on an informant.
    re: new RegExp(
      `(?:举报人|投诉人|检举人|控告人|反映人)(?:为|是|系|即)?(?:${SURNAME_CHAR}[\\u4e00-\\u9fff]{1,2}(?=同志|女士|先生|反映|举报|投诉|实名|来信|来电|[，,（(])|${IN}{0,16}?(?:住户|邻居|居民|村民|业主|租户|员工|职工|顾客)${SURNAME_CHAR}(?:某某?|女士|先生|阿姨|大爷|师傅))`,
      'g',
    ),
    acceptAt: notAppeal(INFORMANT_KNOWN),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '公开举报人、投诉人的姓名或住处，违反对举报人保密的规定，请删去',
  },
  {
    // The same told the other way round: 实名举报人为东门村五组组长黄某; 举报人系该公司财务人员陈某.
    re: new RegExp(`举报人(?:是|为|系|即)${IN}{0,16}?${INFORMANT}[\\u4e00-\\u9fff]某某?`, 'g'),
    acceptAt: notAppeal(INFORMANT_KNOWN),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '公开举报人的身份（单位、职务、姓名），违反对举报人保密的规定，请删去',
  },
  {
    // 样本户共180户，分布在城关镇幸福路社区、河西村….
    re: new RegExp(
      `(?:样本户|调查户|记账户|调查样本)${IN}{0,12}?(?:分布在|分布于|位于|名单为|包括)${IN}{2,30}?(?:村|社区|小区|组)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开统计调查样本户的分布和身份，违反统计调查保密规定，请删去',
  },
  {
    // An official under review, his home and his family's places (after heldout-final141): 熊某某现住
    // 县城滨河花园8栋2单元，其妻在县农商银行营业部任职，其子在省城就读大学. Told while the review runs, it
    // points at people the case has not charged. Quiet: a decision that names family dealings as a
    // finding (纵容其妻在其管辖范围内经商).
    re: new RegExp(
      `[\\u4e00-\\u9fff]某某?(?:现)?(?:家住|住在|居住在|现住|住)${IN}{2,16}?[0-9０-９一二三四五六七八九十]+(?:栋|幢|号楼|单元|号院|室)${IN}{0,30}|(?<!纵容|默许|授意|安排|支持|帮助|利用|伙同|为)其(?:妻|妻子|丈夫|夫|子|女|儿子|女儿|父亲|母亲|弟弟|妹妹|哥哥|姐姐)(?:现)?(?:在|于)${IN}{2,16}?(?:任职|工作|上班|就读|读书|就职|经商)`,
      'g',
    ),
    when: (text) =>
      /纪律审查|监察调查|审查调查|留置|涉嫌严重违纪/.test(text) &&
      !/开除党籍|双开|党纪处分|政务处分|移送检察|提起公诉/.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开被审查调查人员的住址和家属工作、就学情况，属泄露工作秘密，请删去',
  },
  COMPLAINED_PARTY_FAMILY,
];
