// Pattern family of the legal gate for circumvention advised: a tool that gets round the national
// firewall named with a foreign site it opens, in either order (可借助翻墙软件访问谷歌学术等境外网站,
// 用VPN就能上油管, 访问境外学术网站需借助加速器). A post that advises it may still open with 提醒广大…,
// so only a warning in the sentence itself (严禁, 属违法行为, 依法处理, 声称) or quotation marks make
// it a mention; a company VPN into its own network (通过单位VPN访问内网) names no foreign site.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

const TOOL =
  '(?:翻墙|VPN|vpn|Vpn|梯子|科学上网|加速器|代理服务器|外网代理|境外代理|翻墙节点|机场节点)';
const SITE =
  '(?:境外(?:学术)?网站|境外(?:学术)?数据库|境外社交(?:平台|媒体|软件)?|国外网站|外网|谷歌|Google|google|YouTube|youtube|Youtube|油管|脸书|Facebook|facebook|推特|Twitter|twitter|Instagram|instagram|维基百科|Wikipedia|wikipedia|奈飞|Netflix|netflix|Telegram|telegram)';
const VERB = '(?:访问|登录|登陆|浏览|上|打开|观看|看|刷|进入|查阅|使用|用)';

export const CIRCUMVENTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal-site',
    severity: 'block',
    pattern: new RegExp(
      `${TOOL}[^。；！？\\n]{0,12}?${VERB}[^。；！？\\n]{0,6}?${SITE}|${VERB}${SITE}[^。；！？\\n]{0,16}?${TOOL}`,
      'g',
    ),
    message: '推荐使用翻墙工具访问境外网站，违反计算机信息网络国际联网管理规定',
  },
]);

/** A warning, a ban or a report in the sentence itself: the tool is named to warn of it. */
const OWN_WARNING =
  /严禁|禁止|不得|不要|切勿|请勿|擅自|违法|违规|风险|危害|处罚|警告|罚款|查处|依法|网警|民警|警方|公安|声称|宣称|号称|兜售|诈骗|骗局|谨防|警惕|举报/;

export const regradeCircumvention: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if ('“"「『'.includes(text.charAt(span.start - 1) || 'x')) return 'info';
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return OWN_WARNING.test(text.slice(from, to)) ? 'info' : severity;
};
