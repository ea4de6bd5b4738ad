// Sarcasm in a reply: the citizen waved off with 您开心就好, 你高兴就行, 您说是就是吧, 随您便. A wish
// for someone's joy (祝您开心, 只要孩子们开心就好) names no 您/你 before 开心就好 or waves off no one.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const SARCASM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<![祝愿望让使])(?:您|你|你们|亲)(?:自己)?(?:开心|高兴|乐意|满意|喜欢|觉得好)就(?:好|行|成)(?:啦|了|呗|吧|呢)?(?=[。！!…~～，,？?\s]|$)|(?:您|你|你们)说(?:是)?(?:啥|什么)就是(?:啥|什么)(?:吧|呗)?|(?:您|你|你们)说是就是(?:吧|呗)?|随(?:您|你|你们)(?:的)?便(?:吧|呗)?(?=[。！!…~～，,？?\s]|$)/g,
    message: '阴阳怪气、讽刺挖苦的回复，生硬冷漠，应回应关切',
  },
]);
