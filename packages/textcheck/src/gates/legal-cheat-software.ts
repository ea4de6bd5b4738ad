// Cheat software advised: a post telling drivers, riders, students or players to install a plug-in
// that games a platform or a system (想提高接单率的，可以安装“抢单神器”外挂软件; 下载虚拟定位软件就能
// 远程打卡; 用刷课插件自动挂机学时). Such tools break the platform's rules and may be an offence
// (刑法 第二百八十五条 of programs that intrude on or control a system; 网络安全法 第二十七条), and a public
// account advising them endorses it. A ban or a warning (严禁使用外挂软件, 警惕所谓“抢单神器”, 使用作弊
// 软件将被封号) and a case reported (因使用抢单外挂被平台封号) advise nothing.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

/** The tool: a plug-in, a grabbing or cheating app, a fake location, a course-skipping helper. */
const CHEAT_TOOL =
  '(?:外挂(?:软件|程序|插件|工具)?|抢单(?:神器|软件|插件|外挂|助手|器)|刷单(?:软件|神器|插件)|作弊(?:软件|器|插件|工具)|(?:虚拟|模拟|修改|改)定位(?:软件|插件|工具|神器)|刷课(?:软件|神器|插件|脚本)|挂机(?:脚本|软件|插件)|自动答题(?:软件|神器|插件|脚本))';
/** Getting or running it. */
const USE = '(?:安装|下载|装个|装上|装一个|使用|用上|用|借助|开启|开个|买个|购买)';

export const CHEAT_SOFTWARE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal-service',
    severity: 'warn',
    pattern: new RegExp(
      `${USE}[^。；！？\\n，,]{0,12}?${CHEAT_TOOL}(?:[”"」』]?(?:外挂)?(?:软件|程序|插件|工具|APP|App|app))?`,
      'g',
    ),
    message: '推荐安装外挂、作弊或虚拟定位软件，违反平台规则并可能涉嫌违法',
  },
]);

/** The sentence bans, warns against or reports the tool. */
const DISOWNED =
  /严禁|禁止|不得|不准|不要|不能|切勿|勿|拒绝|谨防|警惕|当心|小心|所谓|封号|封禁|查处|处罚|处理|追究|违规|违法|违反|被|曾|因/;

export const regradeCheatSoftware: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return DISOWNED.test(text.slice(from, to)) || inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};
