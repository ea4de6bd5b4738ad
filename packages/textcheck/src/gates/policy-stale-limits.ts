// Limits of courts, lending and minors' online games that a later rule changed, told at the old
// figure as today's (policy.superseded-as-current; after final218, final220 and final221):
// - the small-claims ceiling at 30 % of the province's yearly average wage (标的额为…上年度就业人员年
//   平均工资百分之三十以下的…实行一审终审): since the 民事诉讼法 amendment in force 2022-01-01 it is
//   50 %, with 50 % to twice the wage open to the parties' choice; read only with 小额 or 一审终审 in
//   reach;
// - the two lines of private lending, 24 % a year protected and over 36 % void (年利率未超过24%的，受
//   法律保护；超过36%的，超过部分的利息约定无效), of the 2015 judicial interpretation: since the
//   revision of 2020-08-20 (最高人民法院关于审理民间借贷案件适用法律若干问题的规定) the one cap is four
//   times the one-year loan prime rate (LPR) when the contract was made; read only with lending in
//   reach;
// - a minor's daily time in online games at 1.5 hours on ordinary days and 3 on holidays
//   (法定节假日每日累计不得超过3小时，其他时间每日累计不得超过1.5小时) of the 2019 notice (国新出发
//   〔2019〕34号): since the notice of 2021-08-30 (国新出发〔2021〕14号, applied from 2021-09-01)
//   games may be offered to minors only from 20:00 to 21:00 on Fridays, Saturdays, Sundays and
//   statutory holidays; read only with online games and minors in reach, and not as a family's own
//   agreement (与孩子约定…不超过1.5小时).
// Read with the policy tense rules (stale-statements.ts): history (2019年起…), the new figure or the
// change told (百分之五十, LPR四倍, 周五、周六、周日), an old rule named as such (原规定) and a
// question are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements, type StaleStatement } from './stale-statements.ts';

/**
 * A toldChanged that looks for the rule's own word in the sentence or in `reach` characters before
 * the statement (the subject is often named in the clause before a semicolon), and for the change
 * told in the sentence.
 */
const toldAround =
  (changed: RegExp, subject: RegExp, reach: number): StaleStatement['toldChanged'] =>
  (text, start, end) => {
    const sentence = text.slice(...sentenceAround(text, start, end));
    const before = text.slice(Math.max(0, start - reach), end);
    if (!subject.test(sentence) && !subject.test(before)) return true;
    return changed.test(sentence);
  };

/** The small-claims ceiling at 30 %: 年平均工资百分之三十以下, 平均工资的30%以下. */
const OLD_SMALL_CLAIMS = guard(
  /(?:年平均工资|年均工资|平均工资)(?:的)?(?:百分之三十|30%|30％|３０％)(?:以下|以内)?/g,
);
const SMALL_CLAIMS = /小额诉讼|小额案件|小额程序|一审终审/;
const SMALL_CLAIMS_CHANGED =
  /百分之五十|50%|50％|二倍|两倍|提高|修改前|修正前|修订前|原规定|原来|以前|过去|此前|2022年(?:1月1日)?(?:以|之)?前|[？?]|吗/;

/** The lending lines: 年利率未超过24%的，受法律保护; 超过36%的，超过部分的利息约定无效; 24%至36%之间. */
const OLD_LENDING_LINES = guard(
  /(?:年利率|年息|年化利率|借款利率|借贷利率|利率)[^。；;！？!?\n\d]{0,8}?(?:未超过|不超过|不高于|低于|在)?(?:24|二十四)[%％](?:以内|以下)?(?:的)?(?:部分)?[，,]?(?:均|都|依法)?(?:受(?:到)?法律保护|合法有效|(?:人民)?法院(?:应当?|均|都)?(?:予以)?支持|应予支持)|(?:超过|超出|高于)(?:年利率)?(?:36|三十六)[%％](?:的)?(?:部分)?[，,]?(?:超过|超出)?(?:部分)?(?:的)?(?:利息)?(?:约定)?(?:无效|不受法律保护|(?:人民)?法院不予支持|不予支持)|(?:24|二十四)[%％](?:至|到|-|－|~|～|—)(?:36|三十六)[%％](?:之间)?(?:的)?(?:部分)?[，,]?(?:属于|为|是)?(?:自然债务|自然之债|自愿支付)/g,
);
const LENDING = /借贷|借款|借钱|借条|出借|放贷|利息/;
const LENDING_CHANGED =
  /LPR|贷款市场报价利率|四倍|4倍|修改前|修订前|原规定|原来|以前|过去|此前|曾|2020年8月20日(?:以|之)?前|[？?]|吗/;

/** A minor's daily game time: 其他时间每日累计不得超过1.5小时, 节假日每日不超过3小时. */
const OLD_GAME_HOURS = guard(
  /(?:(?:法定)?节假日|周末)(?:每日|每天)?(?:累计)?(?:游戏)?(?:时长|时间)?(?:不得|不能|不应|不)?超过(?:3|三|３)(?:个)?小时|(?:每日|每天|平时|其他时间|其余时间)(?:每日|每天)?(?:累计)?(?:游戏)?(?:时长|时间)?(?:不得|不能|不应|不)?超过(?:1\.5|１\.５|一个半|1个半)小时/g,
);
const GAMES = /网络游戏|网游|游戏服务|游戏企业|游戏时间|玩游戏/;
const MINORS = /未成年|青少年|孩子|儿童|学生/;
const GAME_HOURS_CHANGED =
  /周五|星期五|20时至21时|20:00|晚8点|晚上8点|1小时|一小时|修改前|修订前|原规定|原来|以前|过去|此前|曾|2021年(?:9月1日|8月30日)?(?:以|之)?前|[？?]|吗/;
/** A family's own rule or advice: 与孩子约定, 建议家长. */
const FAMILY_RULE = /约定|建议|家规|自律|商量|不妨/;

const LIMITS: readonly (StaleStatement & { present: RegExp })[] = [
  {
    present: /小额|一审终审/,
    re: OLD_SMALL_CLAIMS,
    supersededOn: '2022-01-01',
    toldChanged: toldAround(SMALL_CLAIMS_CHANGED, SMALL_CLAIMS, 150),
    message:
      '自2022年1月1日起施行的修正后《民事诉讼法》规定，小额诉讼程序的标的额为上年度就业人员年平均工资百分之五十以下（百分之五十至二倍的，当事人可约定适用），“百分之三十”为旧标准',
    suggestion: '百分之五十以下',
  },
  {
    present: /24|36|二十四|三十六/,
    re: OLD_LENDING_LINES,
    supersededOn: '2020-08-20',
    toldChanged: toldAround(LENDING_CHANGED, LENDING, 150),
    message:
      '2020年8月20日起修订后的《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》以合同成立时一年期贷款市场报价利率（LPR）的四倍为民间借贷利率的司法保护上限，“年利率24%受法律保护、超过36%无效”为旧规定',
  },
  {
    present: /游戏/,
    re: OLD_GAME_HOURS,
    supersededOn: '2021-09-01',
    toldChanged: (text, start, end) => {
      const before = text.slice(Math.max(0, start - 200), end);
      const sentence = text.slice(...sentenceAround(text, start, end));
      return (
        !GAMES.test(before) ||
        !MINORS.test(before) ||
        FAMILY_RULE.test(sentence) ||
        GAME_HOURS_CHANGED.test(sentence)
      );
    },
    message:
      '国家新闻出版署2021年8月30日印发的《关于进一步严格管理 切实防止未成年人沉迷网络游戏的通知》规定，网络游戏企业仅可在周五、周六、周日和法定节假日每日20时至21时向未成年人提供1小时服务，“节假日每日3小时、其他时间每日1.5小时”为2019年旧规定',
  },
];

/** Each changed limit the text states at its old figure as current. */
export function staleLimits(text: string): GateFinding[] {
  return LIMITS.filter((l) => l.present.test(text)).flatMap((l) => staleStatements(text, l));
}
