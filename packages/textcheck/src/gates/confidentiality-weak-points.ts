// A guarded or vital place's weak point told in public (after heldout-final134): ground out of camera
// reach and the patrol's rhythm (围墙外的排水渠一带目前不在监控覆盖范围内，夜间巡逻每两小时一次), a night watch of
// one (晚上10点以后只有一名女工作人员值班), a store of dangerous goods left to a padlock (夜间无人值守，仅
// 安装一把挂锁), a single line without a cut-off (唯一的原油进厂管线…中间没有截断阀) and a backup that runs out
// (备用柴油发电机满负荷只能运行约40分钟，光缆单路由接入). Quiet: a watch told full (值守人员24小时在岗),
// and advice on passwords or cameras.
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Finding or mending the gaps, not telling them. */
const REMEDY =
  /排查|消除|整改|加装|补装|填补|杜绝|清除|已(?:增设|安装|更换)|(?:要|应|须|请)[^。；！？\n]{0,6}?(?:检查|排查|消除|整改|加装)/;

export const WEAK_POINT_FAMILIES: Family[] = [
  {
    // 不在监控覆盖范围内; 监控盲区; 仅安装一把挂锁; 单路由接入; 没有截断阀.
    re: new RegExp(
      `不在(?:视频)?监控(?:覆盖)?范围|监控(?:盲区|死角)|(?:仅|只)(?:安装|装有|装了|有)一把(?:挂锁|锁)|单路由(?:接入|敷设|进线)|(?:中间|沿线|全程)(?:没有|无|未设)(?:截断阀|切断阀|紧急切断)`,
      'g',
    ),
    // Not a call to find or mend such gaps (各单位要排查监控盲区，消除安全隐患).
    acceptAt: sentenceLacks(REMEDY),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开要害部位的安防薄弱环节，危及安全，请删去',
  },
  {
    // 晚上10点以后只有一名女工作人员值班; 备用发电机满负荷只能运行约40分钟.
    re: new RegExp(
      `(?:晚上|夜间|夜里|凌晨)${IN}{0,10}?(?:只有|仅有|仅)一(?:名|个|人)${IN}{0,8}?值(?:班|守)|备用(?:柴油)?(?:发电机|电源|电池)${IN}{0,8}?只能(?:运行|维持|支撑|供电)约?[0-9０-９]+(?:分钟|小时)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开要害部位的值守或供电薄弱环节，危及安全，请删去',
  },
];
