// An interaction count ranked by unit with a sanction on the last: 刷一下今天推文的阅读量，明天统计各单位
// 阅读数，排名靠后的单位主要负责人要向局党组作出书面说明; 各村点赞数排名后三位的村支书将被约谈. Reads,
// likes and shares pushed by rank and punished at the bottom are forced interaction (国办发〔2018〕123号).
// A ranking of work results (空气质量排名靠后的县区作出书面说明) names no interaction count, and praise
// for the top (阅读量排名靠前的推文评为优秀) punishes no one.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/**
 * A count of an interaction: 阅读量, 点赞数, 转发量, 关注人数; an online vote canvassed (投票活动…加大
 * 拉票力度，投票排名靠后的单位，主要负责人将被约谈). A satisfaction vote (满意度投票) ranks work, not reach.
 */
const COUNT =
  '(?:(?:阅读|点赞|转发|分享|关注|下载|播放|浏览|点击|观看|安装|注册|评论|投票)(?:量|数|次数|人数|数量|率)|(?:网络|网上|线上|在线)投票|投票活动|拉票|刷票)';
/** The bottom of the ranking: 排名靠后, 排名后三位, 排名倒数, 排在末位. */
const BOTTOM =
  '(?:排名|排在|位列|名次)(?:靠后|末位|最后|后[0-9０-９一二三四五六七八九十]+(?:名|位)|倒数(?:[0-9０-９一二三四五六七八九十]+(?:名|位))?)';
/** What the bottom must do or suffers. */
const SANCTION =
  '(?:作出?书面(?:说明|检讨|检查)|写(?:出)?(?:书面)?(?:说明|检讨|检查)|作(?:出)?检讨|作表态发言|表态发言|被约谈|约谈|通报批评|说明情况|扣分|扣发|扣除)';

export const RANKED_READS_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${COUNT}[^\\n]{0,60}?)${BOTTOM}(?:的)?[^。；;！!？?\\n]{0,16}?(?:要|须|需|将|必须|应|一律)?(?:向[^。；;！!？?\\n，,]{0,10}?|在[^。；;！!？?\\n，,]{0,10}?)?${SANCTION}`,
      'g',
    ),
    message: '按阅读、点赞、转发等数量排名并对靠后者问责，属强制互动（国办发〔2018〕123号）',
  },
]);
