// Confidentiality gate (保密关): classification markings (机密★1年), internal-only markings
// (内部资料, 不得外传) and classified document numbers.
import { findDocNumbers } from '../rules/patterns/doc-number.ts';
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';

const MARKING =
  /[★☆]\s*(?:绝密|机密|秘密)|(?:绝密|机密|秘密)\s*[★☆*＊]\s*(?:\d+\s*(?:年|个月)|长期)?|(?:绝密|机密)(?:文件|级|等级)|[（(](?:绝密|机密|秘密)[）)]/g;

/** A bare level as a marking: at a line start, followed by a separator, 期限 or the line end. */
const LINE_MARKING =
  /(?<=^|\n)[ \t\u3000【[（(]*(?:绝密|机密|秘密)(?=[ \t\u3000，,★☆*＊·】\]）)]|期限|$|\n)/g;
/** A circulation ban: 未经批准不得复制, 未经审批严禁上传. */
const CIRCULATION_BAN =
  /未经(?:批准|审批|审核批准|允许)[，,]?(?:不得|严禁|禁止|一律不得)(?:擅自)?(?:公开|复制|翻印|上传|外传|扩散|传播|摘抄|对外)/g;

export const checkConfidentiality: GateCheck = (ctx) => {
  const findings = lexiconFindings(ctx, 'confidentiality');
  for (const m of ctx.doc.text.matchAll(MARKING)) {
    findings.push({
      gate: 'confidentiality',
      rule: 'confidentiality.classification-marking',
      severity: 'block',
      start: m.index,
      end: m.index + m[0].length,
      message: '含国家秘密密级标志，涉密内容严禁公开发布',
    });
  }
  for (const m of ctx.doc.text.matchAll(LINE_MARKING)) {
    const start = m.index + m[0].length - 2;
    findings.push({
      gate: 'confidentiality',
      rule: 'confidentiality.classification-marking',
      severity: 'block',
      start,
      end: start + 2,
      message: '含国家秘密密级标志，涉密内容严禁公开发布',
    });
  }
  for (const m of ctx.doc.text.matchAll(CIRCULATION_BAN)) {
    findings.push({
      gate: 'confidentiality',
      rule: 'confidentiality.internal-marking',
      severity: 'block',
      start: m.index,
      end: m.index + m[0].length,
      message: '标有知悉范围或传播限制的材料不得公开发布',
    });
  }
  for (const hit of findDocNumbers(ctx.doc.text)) {
    if (!hit.classified) continue;
    findings.push({
      gate: 'confidentiality',
      rule: 'confidentiality.classified-document-number',
      severity: 'warn',
      start: hit.start,
      end: hit.end,
      message: '疑似涉密或内部文件文号，请核实能否公开',
    });
  }
  return findings;
};
