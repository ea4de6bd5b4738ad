// Pattern family of the legal gate for fishing by electricity, explosives or poison told as a pastime:
// 几位村民用自制电鱼器在溪里捕鱼，不到两个小时就收获了二十多斤; 用农药毒鱼，一网打尽; 拿雷管炸鱼. The
// Fisheries Law (渔业法 第三十条) forbids these methods everywhere, and a post that paints them as rural
// fun invites its readers to copy an offence. A ban, a case or a campaign (严禁电鱼、炸鱼、毒鱼; 查获一名
// 使用电鱼器非法捕鱼的男子; 开展打击电鱼专项行动; 发现王某某使用电瓶电鱼，当即报警) only informs
// (regradeBannedFishing).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Within one clause. */
const IN = '[^。；！？\\n，,]';
/** The banned gear: an electric fisher, explosives, poison. */
const GEAR =
  '(?:电鱼器|电鱼机|捕鱼器|电瓶|逆变器|升压器|电网|炸药|雷管|鱼藤精|农药|毒药|氰化物|敌敌畏|呋喃丹)';
/** Catching fish with it. */
const CATCH =
  '(?:捕鱼|电鱼|炸鱼|毒鱼|捕捞|抓鱼|打鱼|捉鱼|逮鱼|电了|炸了|毒了|电一圈|电一下|电一遍)';

export const BANNED_FISHING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal-fishing',
    severity: 'warn',
    pattern: new RegExp(
      `(?:用|使用|利用|拿|借助|带着|带上)(?:自制的?|改装的?|自己做的)?${GEAR}${IN}{0,10}?${CATCH}|(?:带上|带着)${GEAR}${IN}{0,6}?[，,][^。；！？\\n]{0,10}?${CATCH}`,
      'g',
    ),
    message: '以赞赏口吻描述电鱼、炸鱼、毒鱼，属渔业法禁止的捕捞方法，可能诱导违法',
  },
]);

/**
 * A ban, a case, a campaign or an offence named in the sentence; a defendant or a masked suspect
 * (被告人周某…使用电瓶升压器在青溪河电鱼) is a case.
 */
const ENFORCED =
  /严禁|禁止|不得|非法|违法|违规|查获|查处|抓获|处罚|罚款|没收|打击|整治|举报|劝阻|制止|立案|涉嫌|犯罪|后果|危险|触电|身亡|警示|提醒|报警|拘留|依法|某某|被告|嫌疑|[\u4e00-\u9fff]某(?![些种个地])|禁渔期/;
/** A prosecution or a judgement told in the post: the act is the case's. */
const PROSECUTED = /公诉|判处|宣判|有期徒刑|拘役|缓刑/;

export const regradeBannedFishing: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return ENFORCED.test(text.slice(from, to)) || PROSECUTED.test(text) ? 'info' : severity;
};
