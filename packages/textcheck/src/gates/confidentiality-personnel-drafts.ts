// Family of the confidentiality gate for personnel candidates told before any announcement: an
// initial list or a draft plan of cadre adjustments (干部调整初步人选名单, 干部调整方案（讨论稿）). A 公示 of
// 拟任人选 is public by design and is not listed.
import type { Family } from './confidentiality-family.ts';

/**
 * Personnel candidates before any announcement: 研究了干部调整初步人选名单, 拟提拔人选建议名单,
 * 乡镇党政正职调整酝酿名单已初步形成, 干部调整方案（讨论稿）.
 * A 公示 of 拟任人选 is public by design and is not listed.
 */
const PERSONNEL =
  /(?:干部调整|干部任免|人事调整|提拔任用|干部选拔|书记调整|领导调整|班子调整|换届|交流轮岗|调整)[^。；;！？!?\n]{0,6}?(?:初步人选|酝酿人选|建议人选|拟提拔人选|初步方案|初步名单|酝酿名单|酝酿方案|建议名单|人选名单)|(?:干部|人事|班子|领导)(?:任免|调整|调配)(?:建议|酝酿)?(?:方案|名单|人选)[（(](?:讨论稿|征求意见稿|初稿|草案|草稿|送审稿|酝酿稿)[）)]/g;

/** Candidate lists and draft plans of cadre adjustments. */
export const PERSONNEL_DRAFT_FAMILIES: Family[] = [
  {
    re: PERSONNEL,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
];
