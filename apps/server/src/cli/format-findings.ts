// Text output of `govmedia check`: line:col, gate, severity, message, and the line with the excerpt marked.
import type { Finding } from '@govmedia/textcheck';

const GATE_LABELS: Record<string, string> = {
  political: '政治关',
  legal: '法律关',
  policy: '政策关',
  confidentiality: '保密关',
  text: '文字关',
  advertising: '广告',
  opinion: '观点情绪',
  privacy: '个人信息',
  coercion: '强制互动',
  source: '稿源',
  hijack: '页面劫持',
};
const SEVERITY_LABELS: Record<string, string> = { block: '阻断', warn: '警告', info: '提示' };

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineCol(
  text: string,
  offset: number,
): { line: number; col: number; lineStart: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    col: [...text.slice(lineStart, offset)].length + 1,
    lineStart,
  };
}

export function formatFindings(text: string, findings: Finding[], color: boolean): string {
  if (findings.length === 0) return '未发现问题';
  const mark = (s: string) => (color ? `\u001b[1;31m${s}\u001b[0m` : `【${s}】`);
  return findings
    .map((f) => {
      const { line, col, lineStart } = lineCol(text, f.start);
      const lineEnd = text.indexOf('\n', f.start);
      const end = lineEnd === -1 ? text.length : lineEnd;
      const context =
        `${text.slice(lineStart, f.start)}${mark(text.slice(f.start, Math.min(f.end, end)))}${text.slice(Math.min(f.end, end), end)}`.trim();
      const suggestion = f.suggestion !== undefined ? `（建议：${f.suggestion}）` : '';
      return `${line}:${col}  ${GATE_LABELS[f.gate] ?? f.gate}  ${SEVERITY_LABELS[f.severity] ?? f.severity}  ${f.message}${suggestion}\n    ${context}`;
    })
    .join('\n');
}
