// Official document numbers (发文字号, GB/T 9704): 机关代字〔年份〕序号号, e.g. 国办发〔2018〕123号.
import type { PatternHit } from './span.ts';

export interface DocNumberHit extends PatternHit {
  /** Start of the year-and-serial part (after the issuer abbreviation). */
  numberStart: number;
  /** The year-and-serial part written the standard way, or undefined when it already is. */
  corrected?: string;
  /** Whether the issuer abbreviation marks it as classified (…密〔…〕). */
  classified: boolean;
}

const DOC_NUMBER_PATTERN =
  /([\u4e00-\u9fa5]{1,10}[发函字办电密府委厅局])(\s*[〔[［(（【{｛〈《<]?\s*)((?:19|20)?\d{2})(\s*[〕\]］)）】}｝〉》>]?\s*)(第?)\s*(\d{1,4})\s*号/g;

export function findDocNumbers(text: string): DocNumberHit[] {
  const hits: DocNumberHit[] = [];
  for (const m of text.matchAll(DOC_NUMBER_PATTERN)) {
    const [raw, issuer = '', open = '', year = '', close = '', ordinal = '', serial = ''] = m;
    if (!open.trim() && !close.trim()) continue;
    const numberStart = m.index + issuer.length;
    const hit: DocNumberHit = {
      start: m.index,
      end: m.index + raw.length,
      value: raw,
      numberStart,
      classified: issuer.endsWith('密'),
    };
    const standard =
      open === '〔' && close === '〕' && year.length === 4 && !ordinal && !/\s/.test(raw);
    if (!standard)
      hit.corrected = `〔${year.length === 2 ? `20${year}` : year}〕${String(Number(serial))}号`;
    hits.push(hit);
  }
  return hits;
}
