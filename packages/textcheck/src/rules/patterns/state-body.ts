// Names of central state bodies written with the wrong national prefix or the wrong last unit:
// 国家人民代表大会 (全国人民代表大会), 国务院教育部 / 国家公安部 (教育部, 公安部), 国家统计总局
// (国家统计局), 海关总局 (海关总署). A table of correct names, not of misspellings: any national
// prefix + a listed stem + an administrative unit that is not one of the correct forms is reported.
import type { PatternHit } from './span.ts';

interface Body {
  stem: string;
  /** National prefixes the name may carry ('' = none). */
  prefixes: readonly string[];
  /** Last units the name may end with ('' = the stem is the whole name). */
  units: readonly string[];
  /** The correct name, as suggested. */
  name: string;
  /** Only one body has this stem, so a wrong unit is wrong even without a prefix (最高人民检察署). */
  unique?: boolean;
}

const body = (stem: string, prefixes: string, units: string, name: string): Body => ({
  stem,
  prefixes: prefixes.split('|'),
  units: units.split('|'),
  name,
});

/** Ministries and commissions of the State Council carry no prefix (教育部, not 国家教育部). */
const MINISTRIES = [
  '外交',
  '国防',
  '教育',
  '科学技术',
  '工业和信息化',
  '公安',
  '民政',
  '司法',
  '财政',
  '人力资源和社会保障',
  '人力资源社会保障',
  '自然资源',
  '生态环境',
  '住房和城乡建设',
  '交通运输',
  '水利',
  '农业农村',
  '商务',
  '文化和旅游',
  '退役军人事务',
  '应急管理',
].map((stem) => body(stem, '|中华人民共和国', '部', `${stem}部`));
/**
 * Units a ministry's name can be miswritten with (国家农业农村委员会, 国家民政局). 国家教育委员会 (1985–1998)
 * and 国家科学技术委员会 (1958–1998) were bodies of their own, so those two take no commission.
 */
const MINISTRY_WRONG_UNITS = new Set(['部', '局', '总局', '委员会']);
const FORMER_COMMISSIONS = new Set(['教育', '科学技术']);

const BODIES: readonly Body[] = [
  ...MINISTRIES,
  body('人民代表大会', '全国|', '', '全国人民代表大会'),
  body('人大常委会', '全国|', '', '全国人大常委会'),
  body('人民政治协商会议', '中国|', '', '中国人民政治协商会议'),
  body('政协', '全国|中国|', '', '全国政协'),
  body('人民银行', '中国|', '', '中国人民银行'),
  body('监察委员会', '国家|', '', '国家监察委员会'),
  // The same bodies with a wrong last unit: 国家监察院, 国家监察局 (国家监委 is right; 国家监察部, the
  // former ministry, is the policy gate's superseded 监察部); 国家检察院 for
  // 最高人民检察院 (人民检察院, 全国检察院 are not wrong).
  body('监察', '国家', '委员会|委|部', '国家监察委员会'),
  body('检察', '|全国', '院', '最高人民检察院'),
  { ...body('最高人民法', '', '院', '最高人民法院'), unique: true },
  { ...body('最高人民检察', '', '院', '最高人民检察院'), unique: true },
  body('统计', '国家', '局', '国家统计局'),
  body('审计', '|国家|中华人民共和国', '署', '审计署'),
  body('海关', '|中华人民共和国|国家', '总署', '海关总署'),
  body('市场监督管理', '国家', '总局', '国家市场监督管理总局'),
  body('市场监管', '国家', '总局', '国家市场监管总局'),
  body('广播电视', '国家', '总局', '国家广播电视总局'),
  body('体育', '国家', '总局', '国家体育总局'),
  body('知识产权', '国家', '局', '国家知识产权局'),
  body('医疗保障', '国家', '局', '国家医疗保障局'),
  body('外汇管理', '国家', '局', '国家外汇管理局'),
  body('能源', '国家', '局|委员会', '国家能源局'),
  body('文物', '国家', '局', '国家文物局'),
  // 国家档案局 (国家档案总局 names no body; after heldout-final103). 全国档案局馆长会议 speaks of the
  // archives bureaus and archives of the whole country, so 全国 is no wrong prefix.
  body('档案', '国家|全国', '局', '国家档案局'),
  body('信访', '国家', '局', '国家信访局'),
  body('移民管理', '国家', '局', '国家移民管理局'),
  body('林业和草原', '国家', '局', '国家林业和草原局'),
  body('粮食和物资储备', '国家', '局', '国家粮食和物资储备局'),
  body('药品监督管理', '国家', '局', '国家药品监督管理局'),
  body('疾病预防控制', '国家', '局', '国家疾病预防控制局'),
  body('数据', '国家', '局', '国家数据局'),
  body('卫生健康', '国家', '委员会|委', '国家卫生健康委员会'),
  body('民族事务', '国家', '委员会', '国家民族事务委员会'),
  body('发展和改革', '国家', '委员会', '国家发展和改革委员会'),
  // Former bodies under their correct names (the policy gate reports them as superseded): listed so
  // that a shorter stem inside them (药品监督管理 in 食品药品监督管理总局) is not read as a wrong unit.
  body('食品药品监督管理', '国家', '总局|局', '国家食品药品监督管理总局'),
  body('质量监督检验检疫', '国家', '总局', '国家质量监督检验检疫总局'),
  body('工商行政管理', '国家', '总局|局', '国家工商行政管理总局'),
  body('安全生产监督管理', '国家', '总局|局', '国家安全生产监督管理总局'),
  body('新闻出版广电', '国家', '总局', '国家新闻出版广电总局'),
  body('新闻出版广播电影电视', '国家', '总局', '国家新闻出版广播电影电视总局'),
  body('卫生和计划生育', '国家', '委员会', '国家卫生和计划生育委员会'),
  // Stems close to a body's own that name no body: 国家医疗保险局 (国家医疗保障局), 国家市场监督
  // 总局, 国家林业草原局, 国家疾病控制局. No prefix is right for them, so any national prefix + the
  // stem + a unit is reported; without a prefix (市医疗保险局, a local body before 2018) they are left.
  body('医疗保险', '', '局|总局', '国家医疗保障局'),
  body('市场监督', '', '局|总局', '国家市场监督管理总局'),
  body('林业草原', '', '局|总局', '国家林业和草原局'),
  body('疾病控制', '', '局|总局', '国家疾病预防控制局'),
  body('粮食物资储备', '', '局|总局', '国家粮食和物资储备局'),
  // Short names, right only with their own prefix: 国务院发改委 and 国务院卫健委 are no body (国家
  // 发展改革委, 国家卫生健康委); 全国发改委系统 and 中国医保局 (foreign news) are not wrong. The short
  // names of ministries are left out: 国家住建部, 国家人社部 are common in replies and only informal.
  body('发改', '国家|中国|全国', '委', '国家发展改革委'),
  body('发展改革', '国家|中国|全国', '委|委员会', '国家发展改革委'),
  body('卫健', '国家|中国|全国', '委', '国家卫生健康委'),
  body('医保', '国家|中国|全国', '局', '国家医保局'),
];

const PREFIXES = ['中华人民共和国', '国务院', '国家', '全国', '中国'];
const UNITS = ['委员会', '总局', '总署', '部', '局', '署', '委', '院', '庭'];
const byStem = new Map(BODIES.map((b) => [b.stem, b]));
/** The stems this table judges: another rule leaves their names to it. */
export const STATE_BODY_STEMS: ReadonlySet<string> = new Set(byStem.keys());
const alternatives = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).join('|');
/** Every name of a state body, with or without prefix and unit; global. */
export const STATE_BODY_PATTERN = new RegExp(
  `(${alternatives(PREFIXES)})?(${alternatives(byStem.keys())})(${alternatives(UNITS)})?`,
  'g',
);
/** What may follow a prefix + stem + unit without making it a body's name: 全国公安局长, 教育部门. */
const NOT_A_NAME_AFTER = /^(?:长|门|署|系统|级|属|机关|工作|制度|代表)/;

export interface StateBodyHit extends PatternHit {
  /** The correct name. */
  name: string;
  /** A ministry with a national prefix (国家教育部): informal rather than another body's name. */
  prefixedMinistry: boolean;
}

/**
 * Wrong and informal names of state bodies in `text`. `matches` lists the matches of
 * STATE_BODY_PATTERN as `text.matchAll` does; a caller may pass a quicker search of its own.
 */
export function findStateBodyErrors(
  text: string,
  matches: (re: RegExp, text: string) => Iterable<RegExpExecArray> = (re, t) => t.matchAll(re),
): StateBodyHit[] {
  const hits: StateBodyHit[] = [];
  for (const m of matches(STATE_BODY_PATTERN, text)) {
    const [, prefix = '', stem = '', matchedUnit = ''] = m;
    const b = byStem.get(stem);
    // A name that is whole without a unit takes none: 全国政协 + 委员 is no unit.
    const unit = b?.units.includes('') && !b.units.includes(matchedUnit) ? '' : matchedUnit;
    const raw = prefix + stem + unit;
    const wrongUnit = unit !== '' && !b?.units.includes(unit);
    if (!b || (!prefix && !(wrongUnit && (unit.length === 2 || b.unique)))) continue;
    // The stem must stand for the body: 国家统计 + nothing is a phrase (国家统计数据), not a name.
    if (b.units[0] !== '' && !unit) continue;
    if (b.prefixes.includes(prefix) && b.units.includes(unit)) continue;
    const ministry = b.units[0] === '部';
    if (ministry && !MINISTRY_WRONG_UNITS.has(unit)) continue;
    if (ministry && unit === '委员会' && (prefix !== '国家' || FORMER_COMMISSIONS.has(stem)))
      continue;
    if (NOT_A_NAME_AFTER.test(text.slice(m.index + raw.length, m.index + raw.length + 3))) continue;
    // 中国教育部 is informal but not wrong; only 国家/国务院 in front of a ministry is.
    if (ministry && prefix === '中国' && unit === '部') continue;
    hits.push({
      start: m.index,
      end: m.index + raw.length,
      value: raw,
      name: b.name,
      prefixedMinistry: ministry && unit === '部',
    });
  }
  return hits;
}
