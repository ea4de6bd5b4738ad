// A place's conscription quota told by its numbers: 今年我市征兵任务为男兵1320名、女兵45名, 分配我县
// 义务兵征集指标386人, 全区需征集新兵520名. The number of recruits a place must deliver is a military
// secret (征兵工作条例; the quota comes down in a classified order); publicity tells the drive, the dates and
// the conditions. The young people who signed up (1320名青年报名应征), the recruits seen off (欢送128名新兵
// 入伍) and the quota's fulfilment without a number (圆满完成征兵任务) tell no quota.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A count of recruits: 1320名, 45人, 三百余名. */
const COUNT = '[0-9０-９一二三四五六七八九十百千两]+(?:余|多)?(?:名|人)';
/** Who is conscripted: 男兵, 女兵, 义务兵, 新兵, 大学生士兵. */
const RECRUIT =
  '(?:男兵|女兵|义务兵|新兵|兵员|大学生士兵|大学毕业生士兵|直招士官|士兵|男青年|女青年)';

/** A few words between, not a clause nor the quota's fulfilment (征兵任务圆满完成，共输送…). */
const GAP = '(?:(?!完成|超额|输送|欢送)[^。；！？\\n，,]){0,6}?';

export const RECRUIT_QUOTA_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:征兵|征集|兵员|入伍)(?:工作)?(?:任务|指标|计划|数|数量|名额)(?:数)?(?:为|是|共|达|[：:])?${GAP}(?:${RECRUIT}${IN}{0,2}?${COUNT}|${COUNT}${IN}{0,2}?${RECRUIT}?)(?:${IN}{0,2}?[、，,和及]${IN}{0,2}?(?:${RECRUIT}${IN}{0,2}?${COUNT}|${COUNT}))*|(?:需|须|要|应|计划|拟)(?:征集|征召|输送)${IN}{0,6}?(?:${RECRUIT}${IN}{0,2}?${COUNT}|${COUNT}${RECRUIT})`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '征兵任务数、兵员征集指标属军事秘密，不宜公开发布，请核实',
  },
];
