// Turns a check input into the document the gates read: plain text as is, or the readable and
// hidden text of an HTML page with its map back to the HTML source.
import type { CheckDocument } from './gates/index.ts';
import { readHtml } from './html/html-document.ts';

/** One post or page. With `html`, the page is read (visible and hidden text) and `text` is ignored. */
export interface CheckInput {
  text?: string;
  html?: string;
  /** Declared source of a repost (PUB-4), checked against the whitelist. */
  repostSource?: string;
}

export function toDocument(input: CheckInput): CheckDocument {
  if (input.html !== undefined) {
    const html = readHtml(input.html);
    return {
      source: input.html,
      text: html.text,
      html,
      toSource(start, end) {
        if (end <= start) {
          const at = html.starts[start] ?? input.html?.length ?? 0;
          return { start: at, end: at };
        }
        return { start: html.starts[start] ?? 0, end: html.ends[end - 1] ?? 0 };
      },
    };
  }
  const text = input.text ?? '';
  return { source: text, text, toSource: (start, end) => ({ start, end }) };
}
