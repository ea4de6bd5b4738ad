// Stereotypes the account itself states: a sex judged as a group (女司机遇事本就容易手忙脚乱, 女人
// 天生方向感差) and strangers to be wary of by their accent or origin (遇到带河南口音的陌生人要多留个
// 心眼). A sentence that names the stereotype to reject it (是一种刻板印象, 不能说女司机…, 不应以口音
// 判断) or quotes it only informs.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

const WOMEN =
  '(?:女司机|女性司机|女驾驶员|女驾驶人|女性驾驶人|女同志|女同胞|女人|女性|女生|女的|女孩子|妇女)';
/** A tendency claimed for the whole group: 本就, 天生, 普遍, 往往. */
const AS_A_RULE =
  '(?:本就|本来就|天生|天生就|普遍|往往|通常|一般都|大多|大都|大多数|多半|总是|就是|都|更)';
/** What the stereotype says they do badly. */
const FAILING =
  '(?:手忙脚乱|慌乱|慌张|慌神|慌了神|犹豫不决|胆小怕事|反应慢|反应迟钝|判断力差|没有方向感|方向感差|分不清方向|分不清左右|分不清油门和刹车|路痴|感情用事|情绪化|不会倒车|不会停车|开不好车|车技差|技术差|不懂技术)';
/** Words that make the listener wary: 多留个心眼, 提高警惕, 小心. */
const WARY =
  '(?:留个心眼|留心眼|多个心眼|多留心|提高警惕|警惕|提防|防着|小心|当心|多加防范|多加注意|多加留意|留意)';
const ACCENT = '(?:带|操|说着?|讲着?|一口|对)[\\u4e00-\\u9fff]{1,4}(?:口音|方言)的?';
const STRANGER = '(?:陌生人|陌生男子|陌生女子|外地人|外来人员|人员|男子|女子|人)';
/** Not one person described (一名操外地口音的男子, 嫌疑人操四川口音): a suspect, not a group. */
const NOT_ONE_PERSON =
  '(?<!(?:[0-9０-９一二两三四五六七八九十几]名|一位|一个|该|这名|那名|嫌疑人|男子|女子)(?:说话)?)';

/** Provinces and regions people are grouped by. */
const REGION =
  '(?:河南|河北|山东|山西|安徽|江西|湖南|湖北|四川|贵州|云南|广西|广东|福建|浙江|江苏|东北|新疆|西藏|甘肃|青海|宁夏|内蒙古?|陕西|黑龙江|吉林|辽宁|海南|重庆|上海|北京|天津|潮汕|温州|外地|外省|外乡)';
/** A group by accent or origin: 河南口音的, 操外地口音的人, 河南人, 外地来的收购商, 东北籍人员. */
const ACCENT_OR_ORIGIN_GROUP = `(?:(?:${ACCENT}|${REGION}(?:口音|方言)的?)(?:人|人员|商贩|客商|收购商|贩子|司机|老板)?|${REGION}(?:人|籍(?:的)?(?:人员|人士|商贩|客商)?|来的(?:人|人员|商贩|客商|收购商|老板)?|的(?:商贩|客商|收购商|贩子|老板))|外地人|外乡人|外来人员)`;
/** Judged untrustworthy as a whole: 基本都不靠谱, 大多靠不住, 十有八九是骗子. */
const UNTRUSTWORTHY =
  '(?:基本上?|大多|大都|大部分|多半|十有八九|往往|普遍|一般|通常|全)?(?:都)?(?:不靠谱|靠不住|不可靠|不可信|信不得|信不过|不老实|不地道|不诚信|不讲信用|没一个好人|没有好人|没好人|是骗子|都是骗子|爱骗人|不是好人|不是好东西|没安好心|心眼多|要提防)';

export const STEREOTYPE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // People of an accent or a region judged untrustworthy as a whole (after heldout-final99): 特别是
    // 河南口音的，基本都不靠谱; 外地来的收购商大多靠不住; 东北籍客商十有八九是骗子. A fraud warning names
    // the trick, not the accent. One suspect described by accent (一名操外地口音的男子…) is one person;
    // a rejection (不能说河南人都不靠谱, 这是地域歧视) informs (regradeStereotype). The lookahead of the
    // group's first characters spares the lookbehind at every other position.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?=[带操说讲一对外河山安江湖四贵云广福浙东新西甘青宁内陕黑吉辽海重上北天潮温])${NOT_ONE_PERSON}${ACCENT_OR_ORIGIN_GROUP}[，,]?(?:[^。；！？\\n，,]{0,4}?)${UNTRUSTWORTHY}`,
      'g',
    ),
    message: '以口音、籍贯对人群作贬损判断，属地域歧视表述',
  },
  {
    // A sex judged as a group: 女司机遇事本就容易手忙脚乱, 女同志往往感情用事, 女人天生没有方向感.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${WOMEN}(?:[^。；！？\\n，,]{0,6}?)${AS_A_RULE}(?:会|容易|爱|比较|较|更加|更容易|是)?${FAILING}`,
      'g',
    ),
    message: '以性别对群体作贬损判断，属性别歧视表述',
  },
  {
    // Wariness of people by their accent: 遇到说话带河南口音的陌生人上门推销，更要多留个心眼; 对操
    // 外地口音的人要提高警惕. A suspect described by accent (嫌疑人操四川口音, 一名操外地口音的男子)
    // is one person, not a group.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${NOT_ONE_PERSON}(?:说话)?${ACCENT}${STRANGER}[^。；！？\\n]{0,20}?${WARY}|${WARY}[^。；！？\\n]{0,8}?${NOT_ONE_PERSON}(?:说话)?${ACCENT}${STRANGER}`,
      'g',
    ),
    message: '以口音、地域区别对待人群，属地域歧视表述',
  },
]);

/** A sentence that rejects the stereotype it names. */
const REJECTED =
  /刻板印象|偏见|歧视|误解|误区|并非|并不是|不是因为|不能说|不应|不要以|不能以|不该|没有(?:科学)?依据|站不住脚|标签|污名/;

export const regradeStereotype: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return insideQuotes(text, span) || REJECTED.test(text.slice(from, to)) ? 'info' : severity;
};
