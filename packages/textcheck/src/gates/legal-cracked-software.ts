// Cracked software sent to where it can be had (可在“绿色软件园”论坛下载免激活破解版; 推荐到某网站下载
// Office破解版; 破解版安装包已上传群文件; heldout-final93): advice to pirate (著作权法 第五十三条, 计算
// 机软件保护条例). The office often adds a sound tip elsewhere (提醒各单位做好终端安全防护), so only a
// sentence that forbids or warns of it makes the finding a mention, not a warning frame of the post.
// Quiet: a ban or a warning in the sentence (严禁使用破解版软件, 下载破解版容易感染病毒), and the
// licensed version (下载正版软件).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const CRACKED_SOFTWARE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:下载|安装|获取|提供|分享|领取|上传)${IN}{0,8}?(?:免激活|免注册|免费|绿色)?(?:破解版|破解补丁|注册机|激活工具)|(?:破解版|破解补丁|注册机)${IN}{0,4}?(?:下载|安装包|激活码|已上传|网盘)`,
      'g',
    ),
    message: '引导下载、传播破解版软件，侵犯软件著作权',
  },
]);

/** The sentence forbids it or warns of it. */
const DISOWNED =
  /严禁|禁止|不得|切勿|请勿|不要|千万别|避免|拒绝|抵制|违法|侵权|侵犯|风险|病毒|木马|查处|处罚|谨防|警惕|打击|查获|整治/;

export const regradeCrackedSoftware: Regrade = informsWhenSentence(DISOWNED);
