// Whether a run of unexplained characters is more likely a proper name than a typo: a person's
// name after a surname (王儒述), a quoted name (“莫莉”), or a term the text repeats (爱奇艺 …
// 爱奇艺), a run right before 乡, 镇, 路, 公司 … (冬山乡), the first character of a two-character
// city's name (澄阳市) or its second after a mark or 在, 到 … (在梧川市), or inside a firm's full name
// (鹤屿华康医疗设备有限公司), or a transliteration (卡麦隆). The typo rule stays silent on those — names are where its false alarms
// come from.
import { createPairCounts } from './pair-counts.ts';

const OPENING = '“‘「『《〈（(【';
/**
 * Characters that mostly spell foreign names (卡麦隆, 乌隆他尼, 德拉吉): two of them around an
 * unexplained character make a transliteration, not a slip.
 */
const TRANSLITERATION = codeSet([
  ...'斯尔克特拉德伦顿姆维茨吉卡娜莉丽菲诺罗萨蒂奥巴尼塔森曼格兰瓦弗沃索洛迪侬隆麦艾默赫凯托乌杰琳玛芬雷戈耶鲁纳哈贝库帕莫欧朗翰韦亨妮娅黛琪',
]);
/** What follows the name of a place or an organisation (冬山乡, 船场镇, 中伍恒利公司); sticky. */
const PLACE_OR_BODY =
  /[\u4e00-\u9fff]?(?:乡|镇|村|县|街道|路|大街|街|巷|社区|小区|公司|集团|酒店|大厦|广场|花园)/uy;
/**
 * A city's or a district's two-character name (after final202: 5月份，澄阳市居民消费价格…, where 澄 was
 * read as a slip of 沈): the character, one more, then 市 or 区 — but not a common word that ends in 市
 * or 区 (城市, 超市, 上市, 景区, 社区 …), nor 市场, 市值, 市民. A character right before 市 is not read so
 * (学习贯切市委: a verb before 市委), nor one of a longer name (齐齐哈儿市): the division rule knows those.
 */
const CITY_OR_DISTRICT =
  /[\u4e00-\u9fff](?<![城超上都夜股楼集开闹门街菜早黑花书车罢休收全本该我各省县期地景园辖山灾矿牧库湖林片老新郊校厂专特小社市区])(?:市(?![场值面民])|区(?![域别间分块]))/uy;
/**
 * A registered firm's full name after the run (after final183: 中标供应商为鹤屿华康医疗设备有限公司):
 * its trade name and trade come before 有限公司 with no break, so a run there is the name's; sticky.
 */
const FIRM_NAME = /[\u4e00-\u9fff]{0,10}?(?:有限责任公司|股份有限公司|有限公司)/uy;
const CLOSING = '”’」』》〉）)】';

export interface ProperNameGuard {
  /** True when position i of the unexplained run [start, end) is probably inside a name. */
  isLikelyName(text: string, i: number, start: number, end: number): boolean;
}

/**
 * What may come before a city's name whose second character is asked about (after final211: 在梧川市,
 * 到梧川市, a name opening the text): a mark, or a word of going or being somewhere. A verb's second
 * character before 市委 (学习贯切市委) has another word before it, so it stays a slip.
 */
const BEFORE_CITY_NAME = /^(?:[^\u4e00-\u9fff]|[在到于赴至来去往从与和及同自驻省经])$/u;

/** Whether the character at `i` ends a city's or a district's two-character name (梧川市). */
function endsCityName(text: string, i: number): boolean {
  if (i < 1 || !/^[\u4e00-\u9fff]$/u.test(text[i - 1]!)) return false;
  if (i >= 2 && !BEFORE_CITY_NAME.test(text[i - 2]!)) return false;
  CITY_OR_DISTRICT.lastIndex = i;
  return CITY_OR_DISTRICT.test(text);
}

/** Whether the character at `i` begins a city's or a district's two-character name (澄阳市). */
function beginsCityName(text: string, i: number): boolean {
  CITY_OR_DISTRICT.lastIndex = i + 1;
  return CITY_OR_DISTRICT.test(text);
}

/** `surnames`: one surname per line, `#` comments. */
export function createProperNameGuard(surnames: string): ProperNameGuard {
  // Single-character surnames: the guard asks about one character at a time.
  const surnameSet = codeSet(
    surnames
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.trim()),
  );
  // How often each pair of adjacent characters occurs in the text last asked about: counted once
  // per text on first use, so each question is a lookup instead of a scan of the whole text.
  let countedText: string | undefined;
  const pairCounts = createPairCounts();
  /** Whether the two characters at `at` occur elsewhere in the text too. */
  const repeated = (text: string, at: number): boolean => {
    if (at < 0 || at + 2 > text.length) return false;
    if (text !== countedText) {
      countedText = text;
      pairCounts.reset(text);
    }
    return pairCounts.countAt(text, at) > 1;
  };
  return {
    isLikelyName(text, i, start, end) {
      const quoted =
        start > 0 &&
        end < text.length &&
        OPENING.includes(text[start - 1]!) &&
        CLOSING.includes(text[end]!);
      if (quoted) return true;
      // Right after the run (冬山乡), or inside it when the run takes in the suffix (岳湖县).
      PLACE_OR_BODY.lastIndex = end;
      if (PLACE_OR_BODY.test(text)) return true;
      if (beginsCityName(text, i) || endsCityName(text, i)) return true;
      PLACE_OR_BODY.lastIndex = i + 1;
      if (i + 1 < end && PLACE_OR_BODY.test(text)) return true;
      FIRM_NAME.lastIndex = end;
      if (FIRM_NAME.test(text)) return true;
      let foreign = 0;
      for (let j = Math.max(0, start - 1); j < Math.min(text.length, end + 1); j++) {
        foreign += TRANSLITERATION[text.charCodeAt(j)]!;
      }
      if (foreign >= 2) return true;
      for (let j = Math.max(start, i - 2); j < i; j++)
        if (surnameSet[text.charCodeAt(j)]) return true;
      return repeated(text, i - 1) || repeated(text, i);
    },
  };
}

/** 1 at the UTF-16 code of each single-character string of `chars`, 0 elsewhere. */
function codeSet(chars: readonly string[]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const c of chars) if (c.length === 1) set[c.charCodeAt(0)] = 1;
  return set;
}
