// Two readings of a superseded body's name that speak of no current body. A township station by the
// name it kept under the new county body (县自然资源局…岗位为乡镇国土所协管员, 市场监督管理局…城关工商所):
// the post names the reformed body itself, so it knows the reform, and the station is still widely
// called so in the township. And a sentence that opens with 在此之前 or 改革前 right after one dated no
// later than the reform (2018年3月…组建退役军人事务部。在此之前，…在县民政局优抚安置股办理): it tells
// what was. A station named without its new parent (请到镇国土所办理) and 此前 after a later year
// (2020年…。此前，…) are still reported.

/** Station names (the superseded.tsv terms) → the new body a post names when it knows the reform. */
const NEW_PARENT: ReadonlyArray<[RegExp, RegExp]> = [
  [/^国土(?:资源)?(?:管理)?所$/, /自然资源(?:和规划)?(?:局|部门)/],
  [/^工商(?:行政管理)?所$/, /市场监(?:督)?管(?:理)?局/],
];

/** Whether `term` is a station's old name in a post that names its new parent body. */
export function stationUnderNewBody(text: string, term: string): boolean {
  return NEW_PARENT.some(([station, parent]) => station.test(term) && parent.test(text));
}

/** The sentence opens by pointing before the last sentence's date: 在此之前，…, 改革前，…. */
const BEFORE_THAT = /^\s*(?:在此之前|在这之前|此前|在此以前|改革(?:以)?前|机构改革(?:以)?前)[，,]/;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/**
 * Whether the sentence [from, …) opens with 在此之前 and the sentence before it is dated no later than
 * `cutYear` (and no year of it later).
 */
export function beforeDatedSentence(text: string, from: number, cutYear: number): boolean {
  if (!BEFORE_THAT.test(text.slice(from, from + 12))) return false;
  const prevEnd = from;
  let prevStart = prevEnd - 1;
  while (prevStart > 0 && !/[。！？!?\n】]/.test(text.charAt(prevStart - 1))) prevStart--;
  const years = Array.from(text.slice(Math.max(0, prevStart), prevEnd).matchAll(YEAR), (m) =>
    Number(m[1]),
  );
  return years.length > 0 && years.every((y) => y <= cutYear);
}
