// A seller's contact for protected wildlife or contraband spelled out, unmasked, in the ad a case report
// quotes: 嫌疑人在网络平台发布“穿山甲鳞片，正品保真，需要加V：csj8899”的信息; 出售象牙手镯，微信
// yx20231; 仿真枪到货，联系QQ 8812345. The report may tell the ad, not hand out the handle that still
// reaches the seller (野生动物保护法 第三十二条, 网络安全法 第十二条), so the quotation and the case do not
// make it a mention: only a handle masked (csj88**, 微信号已隐去) is safe. A contact for a lawful
// product or no handle at all (通过微信联系买家) is not read here.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Protected wildlife parts and contraband a post may tell was sold. */
const GOODS =
  '(?:穿山甲(?:鳞片|甲片|片)?|象牙|犀牛角|犀角|虎骨|虎皮|虎牙|熊胆|熊掌|羚羊角|玳瑁|砗磲|红珊瑚|盔犀鸟|鹰嘴|豹皮|麝香|蛇胆|海马干|穿山甲片|仿真枪|气枪|枪支|弹药|迷药|冰毒|麻古|K粉)';
/** A messaging handle, unmasked: letters and digits only. */
const HANDLE =
  '(?:加|联系|咨询|私聊|找|添加)?(?:V|v|VX|vx|Vx|微信|微|威信|薇信|QQ|qq|扣扣)(?:号)?[：:\\s]*(?:[A-Za-z][A-Za-z0-9_-]{4,19}|[0-9]{6,11})(?![A-Za-z0-9_*＊×-])';

export const UNMASKED_CONTACT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(`${GOODS}${IN}{0,20}?${HANDLE}`, 'g'),
    message: '完整公开了野生动物制品、违禁品卖家的联系方式，应隐去账号',
  },
]);

/**
 * A handle masked with stars (csj88**): the rules read the text without filler characters, stars
 * among them, so the mask is looked for in the text as written.
 */
export const regradeUnmaskedContact: Regrade = (span, severity, ctx) =>
  /^[*＊×]/.test(ctx.doc.text.slice(span.end, span.end + 1)) ? 'info' : severity;
