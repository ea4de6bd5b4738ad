// Reading HTML: visible and hidden text, links, title and meta, all mapped back to the source.
import { describe, expect, it } from 'vitest';
import { readHtml } from './html-document.ts';

const textOf = (html: string, kind: string, hidden: boolean) => {
  const doc = readHtml(html);
  return doc.segments
    .filter((s) => s.kind === kind && !!s.hidden === hidden)
    .map((s) => doc.text.slice(s.start, s.end));
};

describe('readHtml', () => {
  it('separates visible text from text hidden by an inline style', () => {
    const html = '<p>公开内容</p><div style="display: none">隐藏内容</div>';
    expect(textOf(html, 'body', false)).toEqual(['公开内容']);
    expect(textOf(html, 'body', true)).toEqual(['隐藏内容']);
  });

  it('reads text a script writes into the page as hidden, mapped into the script', () => {
    const html =
      '<p>通知</p><script>document.write(\'<div style="display:none"><a href="http://x.live">足球外围投注</a></div>\');</script>';
    const doc = readHtml(html);
    expect(textOf(html, 'body', true)).toEqual(['足球外围投注']);
    const segment = doc.segments.find((s) => s.hidden)!;
    expect(segment.hidden?.reason).toBe('script-written');
    const start = doc.starts[segment.start]!;
    expect(html.slice(start, doc.ends[segment.end - 1])).toBe('足球外围投注');
  });

  it('treats text coloured like its background as hidden', () => {
    expect(
      textOf(
        '<div style="background:#fff"><span style="color:white">白字</span></div>',
        'body',
        true,
      ),
    ).toEqual(['白字']);
  });

  it('reads presentational colour attributes', () => {
    const html =
      '<table bgcolor="#FFFFFF"><tr><td><font color="#ffffff">白字</font></td></tr></table>';
    expect(textOf(html, 'body', true)).toEqual(['白字']);
  });

  it('applies class rules from a style block', () => {
    expect(
      textOf('<style>.k{visibility:hidden}</style><b class="x k">暗文</b>', 'body', true),
    ).toEqual(['暗文']);
  });

  it('maps every character back to its offset in the source, through entities', () => {
    const html = '<p>A&amp;B&nbsp;中文</p>';
    const doc = readHtml(html);
    const at = doc.text.indexOf('中文');
    expect(html.slice(doc.starts[at], doc.ends[at + 1])).toBe('中文');
    expect(html.slice(doc.starts[1], doc.ends[1])).toBe('&amp;');
  });

  it('reads the title and meta keywords as their own segments', () => {
    const html =
      '<head><title>标题</title><meta name="keywords" content="甲,乙"></head><body>正文</body>';
    expect(textOf(html, 'title', false)).toEqual(['标题']);
    expect(textOf(html, 'keywords', false)).toEqual(['甲,乙']);
  });

  it('records links with the span of the href and whether they are hidden', () => {
    const html =
      '<div style="height:0;overflow:hidden"><a href="http://x.example.com/">x</a></div>';
    const [link] = readHtml(html).links;
    expect(link && html.slice(link.start, link.end)).toBe('http://x.example.com/');
    expect(link?.hidden?.reason).toBe('zero-size');
  });

  it('skips scripts and styles but keeps inline script bodies for inspection', () => {
    const doc = readHtml('<script>var a="<p>不是正文</p>";</script><p>正文</p>');
    expect(doc.text).toBe('正文');
    expect(doc.scripts).toHaveLength(1);
  });
});
