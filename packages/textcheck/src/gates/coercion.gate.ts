// Coercion gate (MON-4): forcing the public or staff to download, register, like, share or
// follow — "务必下载 … 影响评优", "转发截图上报 … 纳入考核".
import type { GateCheck } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';

export const checkCoercion: GateCheck = (ctx) => lexiconFindings(ctx, 'coercion');
