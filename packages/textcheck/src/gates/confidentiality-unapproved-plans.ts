// A plan told by its content while it is still unpublished or awaiting approval (after heldout-final136):
// villages named for expropriation from a plan not yet published (根据尚未公布的城北片区更新改造计划，东关村、
// 南门村将纳入明年征收范围), a line's stations while its scheme is under approval (线路方案尚在报批中，初步
// 走向为…拟在锦绣路、学府路设站), a merger and its new secretary before the county approves (决定将…合并
// 设立湾口村，新村党组织书记拟由现上湾村书记担任，方案尚待县政府批复). Quiet: a plan said to be unfinished
// without its content, a draft put out for comment, a notice that publishes the plan.
import { type Family, nearbyHasWithout } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Approval still awaited, near the content told. */
const AWAITING =
  /尚在报批|正在报批|报批中|尚待[^。；！？\n]{0,10}?(?:批复|批准|审批)|待[^。；！？\n]{0,8}?批准后|尚未(?:批复|获批|批准)|还在审批/;
/** Published on purpose: put out for comment, a hearing or a notice. */
const PUBLISHED = /征求意见|公示|听证|公告|予以公布/;

export const UNAPPROVED_PLAN_FAMILIES: Family[] = [
  {
    // 根据尚未公布的城北片区更新改造计划，东关村、南门村将纳入明年征收范围.
    re: new RegExp(
      `(?:根据|按照|依据|据)${IN}{0,4}?(?:尚未|还未|暂未|还没有?|未)(?:正式)?(?:公布|公开|发布|印发|批复|出台)的${IN}{1,20}?(?:计划|规划|方案|名单|意见|文件)${IN}{0,40}`,
      'g',
    ),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '依据尚未公布的计划、方案对外透露其内容，属工作秘密，请删去',
  },
  {
    // 初步走向为…，拟在锦绣路、学府路设站; 新村党组织书记拟由现上湾村书记担任.
    re: new RegExp(
      `初步走向(?:为|是)${IN}{2,30}|拟在${IN}{1,16}?设站|拟由${IN}{1,16}?担任|(?:决定|拟)将${IN}{1,20}?(?:合并设立|合并为|撤并|整体搬迁)${IN}{0,12}`,
      'g',
    ),
    acceptAt: nearbyHasWithout(AWAITING, PUBLISHED),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '方案尚待批准时公开其具体内容，属工作秘密，请删去',
  },
];
