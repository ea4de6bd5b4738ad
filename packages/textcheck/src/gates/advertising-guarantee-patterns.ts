// Pattern families of the advertising gate for a job or a course sold on a guarantee: employment
// promised (100%包就业, 学完包分配, 包安置上岗) and pay promised as a dream come true or as easy (月薪过万
// 不是梦, 月薪轻松过万, 轻松月入过万, 保底月薪8000). Training and recruitment ads may not promise their
// outcome (广告法第二十四条; 人力资源市场暂行条例 forbids false recruitment promises). A report of pay
// (不少技工月薪过万), the old planned allocation told as past or gone (过去大学毕业包分配, 国家不再包
// 分配), a contract's 承包工作 and the policy 保就业 are no promise; quoted and warned-of wordings only
// inform (the gate's regrade).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const NUM = '[0-9０-９一二三四五六七八九十两]';
const PAY = '(?:月薪|月入|年薪|年入|日薪|日入|月收入|年收入|工资|收入)';
/** A sum of pay: 过万, 破万, 上万, 8000元, 2万, 百万. */
const SUM = `(?:过万|破万|上万|万元以上|过${NUM}+万|百万|${NUM}+万|[0-9０-９]{4,}元?)`;
const MESSAGE = '招生、招聘广告不得对就业、收入作出保证性承诺';

export const ADVERTISING_GUARANTEE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern:
      /(?<!(?:过去|以前|曾经|当年|那时|那个年代|计划经济|不再|取消)[^。，；！？\n]{0,10})(?<!不|不搞|承|打|外|分|总|转|发)包(?:就业|分配|安置|上岗|推荐工作|安排工作|安排就业|找工作)(?!制度|政策|时代)|(?:100%|百分之百|百分百)(?:推荐|安排|保证|包)?(?:就业|分配|上岗|安置)(?!率)|(?:不|未|没有)(?:就业|上岗|分配|找到工作)(?:的)?(?:全额|全部)?退(?:款|费|学费)/g,
    message: MESSAGE,
  },
  {
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `${PAY}${SUM}?(?:都|也)?不是梦|(?:轻松|稳拿|稳赚|保证|确保|保底)${PAY}${SUM}|${PAY}(?:轻松|轻轻松松|稳稳|稳定|保证|保底)(?:能)?(?:过|破|上|达到?)?${SUM}`,
      'g',
    ),
    message: MESSAGE,
  },
]);
