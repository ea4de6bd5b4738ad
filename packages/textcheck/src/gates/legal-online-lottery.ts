// Lottery bought online, which no one may sell (互联网销售彩票 needs the Ministry of Finance's approval,
// given to none): 通过“速彩通”APP在线购买竞彩足球, 手机上就能买双色球, 足彩可在网上下单, 用微信小程序
// 代购体彩. The lottery's own 温馨提示：理性购彩 frames nothing, so only a ban or a warning in the
// sentence (不得通过互联网销售彩票, 切勿网上购彩, 都是诈骗) or an anti-fraud post makes it a mention.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { regradeMention } from './mention-regrade.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { inScamWarning } from './warning-frame.ts';

/** Lottery games and tickets of the state lotteries. */
const LOTTERY =
  '(?:彩票|竞彩|足彩|篮彩|体彩|福彩|大乐透|双色球|七乐彩|七星彩|排列[三五35]|福彩3D|快乐8|胜负彩|任选九|任九|刮刮乐|即开票)';
/** Where it is bought: online, in an app. */
const ONLINE = '(?:在线|线上|网上|网络|手机上?|APP|App|app|小程序|公众号|客户端)(?:上|里|内|中)?';
const BUY = '(?:购买|购|买|下单|投注|代购|选号)';

export const ONLINE_LOTTERY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.gambling',
    severity: 'warn',
    pattern: new RegExp(
      `${ONLINE}(?:就能|就可以?|即可|可以?|便可)?(?:直接)?${BUY}[^。；！？\\n]{0,4}?${LOTTERY}|${LOTTERY}[^。；！？\\n]{0,16}?${ONLINE}(?:就能|就可以?|即可|可以?|便可)?${BUY}`,
      'g',
    ),
    message: '互联网销售彩票未获批准，宣传网上购彩属违法违规内容',
  },
]);

/** A sentence that bans, warns of or reports it. */
const NOT_AN_OFFER =
  /不得|不要|不能|不可|切勿|请勿|勿|禁止|严禁|谨防|警惕|暂停|停止|叫停|未经批准|擅自|非法|违法|违规|诈骗|骗局|查处|打击|整治|被骗/;

export const regradeOnlineLottery: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  if (NOT_AN_OFFER.test(text.slice(from, to)) || inScamWarning(text, span.start, span.end))
    return 'info';
  return regradeMention(span, severity, ctx);
};
