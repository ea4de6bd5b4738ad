// An internal line for answering the press or the public, told with what it hides (after
// heldout-final136): 按照局里下发的应答口径，对外统一称“设备例行保养”，不提及期间两名急诊患者转往外院的
// 情况. The post both publishes the internal instruction and the fact it was meant to hold back.
// Quiet: a call to answer the public's concerns in one voice (统一发布口径，及时回应关切).
import type { Family } from './confidentiality-family.ts';

const IN = '[^。；！？\\n]';

export const PRESS_LINE_FAMILIES: Family[] = [
  {
    // 应答口径，对外统一称“…”，不提及….
    re: new RegExp(
      `(?:应答口径|答复口径|回应口径|对外口径|宣传口径|统一口径)${IN}{0,30}?(?:统一称|一律称|对外称|统一说|不提及|不要提及|避免提及|不对外提)${IN}{0,40}`,
      'g',
    ),
    rule: 'confidentiality.internal',
    severity: 'warn',
    message: '公开内部应答口径及其回避的情况，属工作秘密，请删去',
  },
];
