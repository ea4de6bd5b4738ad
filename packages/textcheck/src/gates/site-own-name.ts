// What a page says its own site is: the name in meta SiteName (or og:site_name), the part of the
// title after the article's (威宁县马铃薯秋季收获工作全面展开_威宁县农业农村局) and the footer's
// 主办单位. A government page naming its own unit as 来源, or listing that name among its keywords,
// speaks of itself — also by the unit's level only (县农业农村局 on 威宁县农业农村局's site) or by one
// of its own divisions, named bare (立案庭 on a court's site, 办公室, 宣传科, 融媒体中心).
import type { CheckDocument } from './gate-context.ts';

const SITE_META = /^(?:sitename|site_name|og:site_name)$/i;
/** The title's last part after a separator: the site's name. */
const TITLE_SITE = /[_|｜—–-]\s*([^_|｜—–-]{4,30})\s*$/;
const SPONSOR = /主办单位\s*[：:]\s*([^\s，,。；;：:|｜]{4,30})/g;
/** The level a unit's own byline may name it by: 县农业农村局 for 威宁县农业农村局. */
const LEVEL = /^(?:省|市|县|区|州|盟|旗|镇|乡|街道)/;
const MIN_OWN = 4;
/**
 * A division of the unit itself, named without a place (立案庭, 政治处, 宣传科, 执法大队): a unit
 * elsewhere is named with its place (某某县融媒体中心), a medium ends in 报, 网, 台 or 社, and a
 * studio (光影工作室) is no division.
 */
const OWN_DIVISION =
  /^(?:(?![省市县区州盟旗镇乡村])[\u4e00-\u9fa5]){1,8}(?:庭|科|股|(?<!工作)室|处|中心|大队|中队)$/;

/**
 * A public-security organ's detachment named bare on its own site (来源：户政管理支队, 出入境管理支队 on
 * 青山市公安局's): a bureau's 支队 and 总队 are its divisions as a court's 庭 is. On any other site
 * (a county's portal) a bare 支队 may be a fire brigade's or an armed police unit's and stays a source.
 */
const POLICE_DIVISION = /^(?:(?![省市县区州盟旗镇乡村])[\u4e00-\u9fa5]){2,10}(?:支队|总队)$/;
const POLICE_SITE = /(?:公安局|公安厅|公安分局|公安处)$/;

/**
 * A department named after the unit's full name (国网临江供电公司营销部, 某某集团办公室): a firm's or
 * utility's own 部 speaks for it as a 科 or 处 does for an office; bare, 部 stays unqualified
 * (宣传部 alone may be another body's).
 */
const OWN_DEPARTMENT = /^[\u4e00-\u9fa5]{1,6}部$/;

/** The names a page gives its own site (none for plain text). */
export function ownSiteNames(doc: CheckDocument): string[] {
  const html = doc.html;
  if (!html) return [];
  const names: string[] = [];
  for (const token of html.tokens) {
    if (token.kind !== 'open' || token.name !== 'meta') continue;
    const key = token.attrs.find((a) => a.name === 'name' || a.name === 'property')?.value ?? '';
    if (!SITE_META.test(key)) continue;
    const content = token.attrs.find((a) => a.name === 'content')?.value.trim() ?? '';
    if (content.length >= MIN_OWN) names.push(content);
  }
  for (const segment of html.segments) {
    if (segment.kind !== 'title') continue;
    const site = TITLE_SITE.exec(html.text.slice(segment.start, segment.end))?.[1]?.trim();
    if (site) names.push(site);
  }
  for (const m of html.text.matchAll(SPONSOR)) names.push(m[1] ?? '');
  return names.filter((n) => n.length >= MIN_OWN);
}

/**
 * Whether a name is the site's own: one of its names, or such a name's tail after a level word
 * (县农业农村局, 市气象局), at least four characters, or — on a page that names its site — one of
 * its divisions named bare.
 */
export function isOwnSite(name: string, own: readonly string[]): boolean {
  const bare = name.trim();
  if (own.length > 0 && OWN_DIVISION.test(bare)) return true;
  if (POLICE_DIVISION.test(bare) && own.some((site) => POLICE_SITE.test(site))) return true;
  if (isOwnUnit(bare, own) || isOwnUnitDivision(bare, own)) return true;
  const bracketed = own.map(withoutSecondName);
  return bracketed.some((site, i) => site !== own[i]) || withoutSecondName(bare) !== bare
    ? isOwnUnit(withoutSecondName(bare), bracketed)
    : false;
}

/**
 * A unit's second name in a bracket after the first, closed or cut off by the source's end
 * (after heldout-final106): 中共XX省委党校（XX省行政学院） on a site of that name speaks of itself
 * by its first name too.
 */
const SECOND_NAME = /[（(][^（()）]{2,20}[）)]?$/;
const withoutSecondName = (name: string): string => name.replace(SECOND_NAME, '').trim();

/** One of the site's names, or its tail after a level word (县农业农村局, 市中级人民法院). */
function isOwnUnit(bare: string, own: readonly string[]): boolean {
  if (bare.length < MIN_OWN) return false;
  const tail = bare.replace(LEVEL, '');
  return own.some(
    (site) => site === bare || (tail.length >= MIN_OWN - 1 && tail !== bare && site.endsWith(tail)),
  );
}

/** 人民 dropped from a court's, procuratorate's or government's name: 东胜区人民法院 → 东胜区法院. */
const shortName = (site: string): string => site.replace(/人民(?=法院|检察院|政府$)/, '');
/** A three-character head is the unit by its level and short name only: 区法院, 县检察院, 市政府. */
const SHORT_HEAD = /^(?:省|市|县|区|州|盟|旗)(?:法院|政府)$/;

/**
 * The site's own unit, by its full name or by its name less the place (from the level word on),
 * followed by one of its divisions: 市中级人民法院立案庭 on 临江市中级人民法院's site, 县农业农村局办公室
 * on 威宁县农业农村局's, 威宁县农业农村局执法大队. Another unit's division does not begin with the
 * site's name: 市人民法院立案庭 on a 中级人民法院's site names another court. The short name counts
 * too (区法院刑事审判庭 on 东胜区人民法院's site).
 */
function isOwnUnitDivision(bare: string, own: readonly string[]): boolean {
  const short = own.map(shortName);
  for (let cut = MIN_OWN - 1; cut <= bare.length - 2; cut++) {
    const head = bare.slice(0, cut);
    if (cut < MIN_OWN && !SHORT_HEAD.test(head)) continue;
    if (
      (OWN_DIVISION.test(bare.slice(cut)) &&
        [...own, ...short].some(
          (site) => site === head || (LEVEL.test(head) && site.endsWith(head)),
        )) ||
      (OWN_DEPARTMENT.test(bare.slice(cut)) && own.includes(head))
    )
      return true;
  }
  return false;
}
