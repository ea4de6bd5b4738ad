// Pattern family of the advertising gate for a named product sold as ending a nuisance outright:
// 安装“清风卫士”手机软件，可根治骚扰电话和诈骗短信; 下载“安心盾”APP能彻底杜绝诈骗电话; 使用“净网卫士”
// 可100%拦截诈骗来电; a safety device sold as protecting in full (安装“安雷宝”牌避雷装置，可实现100%防雷击,
// 选用“护宅”牌燃气报警器，百分之百预防煤气中毒). An anti-fraud or a safety post is the cover here, not a warning: its own advice sells the
// product, so only a quotation or a denial (任何软件都不能根治骚扰电话) makes it a mention. A state
// app (国家反诈中心APP) is advice, and a claim without an absolute word (可有效拦截诈骗电话) is none.
import type { Severity } from '../finding.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { GateContext } from './gate-context.ts';
import type { PatternRule } from './pattern-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import { guardRules } from './regex-guard.ts';

/** A named product taken up: 安装“清风卫士”手机软件, 下载这款“安心盾”APP, 购买“守门员”牌路由器. */
const TAKEN =
  '(?:安装|下载|使用|购买|选购|配备|加装|装上|用上)(?:这款|该款|一款)?[“"「](?<name>[^”"」]{2,10})[”"」](?:牌)?[^。；！？\\n]{0,12}?';
/** Ending it outright: 根治, 彻底杜绝, 永久屏蔽, 100%拦截, 百分之百防雷击, 一劳永逸解决. */
const OUTRIGHT =
  '(?:可以|可|能|就能|即可|就可|便能|保证)?(?:彻底|永久|完全)?(?:根治|杜绝|根除|屏蔽|拦截|告别|解决)(?<=(?:根治|根除|彻底杜绝|杜绝|永久屏蔽|永久拦截|完全屏蔽|完全拦截|彻底告别|彻底解决))|(?:100%|100％|百分百|百分之百|全部|一劳永逸(?:地)?)(?:拦截|屏蔽|杜绝|解决|防止|预防|避免|阻断|消除|清除|杀灭|防(?=[\\u4e00-\\u9fff]))';

export const PRODUCT_CURE_ALL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(`${TAKEN}(?<span>(?:${OUTRIGHT})[\\u4e00-\\u9fff、和与及]{0,12})`, 'g'),
    message: '推荐具体商品并宣称“根治”“彻底杜绝”等绝对化效果，属违法商业广告',
  },
]);

/** State and public apps a post may urge: 国家反诈中心, 国务院客户端, 个人所得税. */
const STATE_APP = /国家|政务|公安|反诈中心|国务院|个人所得税|人社|医保|税务|12[0-9]{3}/;

/**
 * Only quoted words or a denial (不能根治, 无法杜绝) inform; a state app named is advice. The
 * anti-fraud frame around the post does not make the seller's claim a mention.
 */
export function regradeProductCureAll(span: Span, severity: Severity, ctx: GateContext): Severity {
  const text = ctx.doc.text;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const name = /[“"「]([^”"」]{2,10})[”"」][^“"「]*$/.exec(before)?.[1] ?? '';
  if (STATE_APP.test(name)) return 'info';
  if (insideQuotes(text, span)) return 'info';
  return /(?:不能|不可能|无法|难以|没法|并不能|不会)[^。；！？\n]{0,4}$/.test(before)
    ? 'info'
    : severity;
}
