// Classes of authoritative institutions a repost may come from though no suffix of
// repost-sources.json names them and a blocked word may be part of their name (互联网, 网络):
// the examination authorities of education and personnel departments (湖南省教育考试院, 北京教育
// 考试院, 上海市人事考试院), the seismic networks of the earthquake administration (中国地震台网,
// 四川地震台网), a public-security bureau's own detachments (曲靖市公安局治安管理支队), and the
// public platforms state bodies run under a national or regional name
// (中国互联网联合辟谣平台 of the Cyberspace Administration, 国家政务服务平台, 国家中小学智慧教育平台,
// 全国12315平台, 湖南省互联网辟谣平台, 浙江省统一政务咨询投诉举报平台). A platform name with a commercial or self-media word
// (公司, 自媒体, 号) is none of these. People's organisations and the state administrations' own
// accounts: authoritative-accounts.ts.
import { isOrganisationOrStateAccount } from './authoritative-accounts.ts';

/** Examination authorities: only 教育/招生/人事/自学 before 考试院 (a training firm calls itself 学校 or 公司). */
const EXAM_AUTHORITY = /(?:教育|招生|人事|自学|自学考试|招生考试)考试院$/;
/** Seismic networks: 地震台网 (its 中心 already ends in a listed suffix). */
const SEISMIC_NETWORK = /(?:地震|测震|强震)台网$/;
/**
 * A public-security organ's own detachments and stations, named after it: 曲靖市公安局治安管理支队,
 * 某市公安局交通管理支队, 某县公安局网络安全保卫大队, 某区公安分局某某派出所.
 */
const POLICE_UNIT =
  /(?:公安部|公安厅|公安局|公安分局|公安处)[\u4e00-\u9fa5]{0,12}?(?:总队|支队|大队|中队|派出所|警务站|警务室)$/;
/** Who runs a platform under its name: the state, or a province, region or city. */
const PUBLIC_OWNER =
  '(?:中国|国家|全国|中央|中华人民共和国|[\\u4e00-\\u9fa5]{2,8}?(?:省|自治区|市|特别行政区)|北京|天津|上海|重庆)';
/** Platforms that only state bodies run: rumour refutation, government services, public education, complaints. */
const STATE_PLATFORM = new RegExp(
  `^${PUBLIC_OWNER}(?:互联网|网络|网站)?(?:联合)?(?:辟谣|政务服务|中小学智慧教育|高等教育智慧教育|职业教育智慧教育|智慧教育|12315|12345|医保服务|社会保险公共服务|企业信用信息公示|预警信息发布)(?:平台|网|系统)$`,
);
/**
 * The complaint, petition and service platforms a province or city runs under its own name (浙江省
 * 统一政务咨询投诉举报平台, 北京市12345市民服务热线, 广东省网上信访平台, 江苏省公共资源交易平台, 成都市网络理政中心): only a
 * government takes citizens' complaints, petitions and public tenders. 投诉举报 needs 政务 or a
 * hotline number before it (a firm's 质量投诉平台 is none).
 */
const GOVERNMENT_SERVICE_PLATFORM = new RegExp(
  `^${PUBLIC_OWNER}(?:统一|网上)?(?:政务(?:咨询|服务)?(?:投诉举报|咨询投诉|投诉)|(?:12345|12315|12319|12369)?(?:政务服务|市民服务|便民服务|政务服务便民)?热线(?:投诉举报)?|网上信访|阳光信访|信访|公共资源交易|政府采购|政务公开|政府信息公开|民生诉求|群众诉求|营商环境投诉|网络理政)(?:服务|信息)?(?:平台|网|系统|中心|热线)?$`,
);
/** Words of a business or a self-media account: no state platform has them in its name. */
const NOT_STATE = /公司|集团|自媒体|号|商城|营销|科技|传媒|文化传播|@/;
/** Blocked words an official name may hold (中国互联网联合辟谣平台); any other blocked word (抖音, 网友) still blocks. */
const OFFICIAL_WORDS: ReadonlySet<string> = new Set(['互联网', '网络']);

/**
 * Whether a source name (channel words already stripped) is of an authoritative class and holds
 * no blocked word other than 互联网 or 网络.
 */
export function isAuthoritativeInstitution(name: string, nameBlock: readonly string[]): boolean {
  if (NOT_STATE.test(name)) return false;
  if (nameBlock.some((blocked) => name.includes(blocked) && !OFFICIAL_WORDS.has(blocked)))
    return false;
  return (
    EXAM_AUTHORITY.test(name) ||
    SEISMIC_NETWORK.test(name) ||
    POLICE_UNIT.test(name) ||
    STATE_PLATFORM.test(name) ||
    GOVERNMENT_SERVICE_PLATFORM.test(name) ||
    isOrganisationOrStateAccount(name)
  );
}
