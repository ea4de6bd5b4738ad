// Pattern family of the legal gate for a bet on a match's result paid out at odds: 猜中比分赔率高达1:8,
// 押中冠军1赔5, 竞猜胜负，每注10元，猜对返3倍, 10元起投…赔率, a deposit with the winnings cashed out
// (扫码进入“…棋牌”竞猜比赛胜负，首充100送100，赢了当场提现), also the guess after what is guessed
// (参与比分竞猜，单注10元起，猜中最高1赔50), and a stake placed then paid at odds whatever is
// guessed (留言押注你看好的冠军球队，猜中者按赔率返还积分), and a sports guess sold as a small stake
// for cash (参与足球赛事竞猜，小投入赢现金大奖; 世界杯竞猜，以小博大赢奖金; 篮球竞猜赢取现金). Guessing a score for a prize (猜中比分可
// 获得球衣一件) has no stake and no odds, and an insurer's 理赔率 is no odds. The state sports lottery sells
// fixed-odds games in its shops (竞彩足球比分玩法): a post that names the state lottery only informs, and
// so do warnings and enforcement reports (the legal gate's regrading).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guard, guardRules, guardedTest } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const NUM = '[0-9０-９一二三四五六七八九十]+';
/** What is guessed: the score, the winner, the result. */
const RESULT =
  '(?:比分|胜负|输赢|胜平负|冠军|亚军|名次|赛果|比赛结果|结果|胜方|胜者|进球数|总进球|谁赢|哪队赢|哪方赢|主队|客队)';
const GUESS = '(?:猜中|猜对|押中|押对|买中|买对|竞猜|押|买|猜|赌)';
/** Odds or a multiple paid back: 赔率, 1:8, 1赔5, 赔3倍, 返3倍, 翻倍. */
const ODDS = `(?:(?<![理偿])赔率|[1１一]\\s*[:：比赔]\\s*[0-9０-９.]+|赔${NUM}倍|返${NUM}倍|翻${NUM}倍|${NUM}倍(?:返还|返奖|奖金|回报)|赢了?(?:当场|现场|立即|马上|即可|就能|秒)?(?:提现|兑现|返现))`;
/** A stake: 10元起投, 每注10元, 下注, 押注. */
const STAKE = `(?:[0-9０-９]+元?起投|起投|(?:每注|单注|一注)[0-9０-９]+元|[0-9０-９]+元(?:一注|每注|起押|起注)|下注|投注|押注|押[0-9０-９]+元|首充[0-9０-９]+|充值[0-9０-９]+元?(?:送|返|得))`;
/** What is guessed, then the guess: 比分竞猜, 胜负竞猜, 冠军预测. */
const RESULT_GUESSED = `${RESULT}(?:竞猜|预测|押注|下注)`;
/** A sport or a match guessed on: 足球赛事竞猜, 世界杯竞猜, 球赛竞猜. */
const SPORT_GUESS =
  '(?:足球|篮球|排球|网球|体育|球赛|赛事|世界杯|欧洲杯|欧冠|英超|西甲|中超|NBA|CBA|电竞)(?:赛事|比赛)?(?:竞猜|投注|押注)';
/** Cash won for a small outlay: 小投入赢现金大奖, 以小博大, 赢取现金. */
const CASH_LURE =
  '(?:(?:小投入|以小博大|小成本|低投入|少投入|[0-9０-９一]+元(?:就能|即可|也能)?)[^。；！？\\n]{0,8}?(?:赢|博|换|得|拿)[^。；！？\\n]{0,4}?(?:现金|奖金|大奖|彩金|高额回报|大回报)|(?:赢|赢取|赢得|领取|瓜分)(?:丰厚|高额)?(?:现金|彩金))';

export const MATCH_BETTING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `${GUESS}${IN}{0,4}?${RESULT}${IN}{0,12}?${ODDS}|${STAKE}${IN}{0,24}?${GUESS}${IN}{0,4}?${RESULT}|${GUESS}${IN}{0,4}?${RESULT}${IN}{0,24}?${STAKE}|${RESULT_GUESSED}${IN}{0,30}?(?:${STAKE}${IN}{0,30}?)?${ODDS}|${STAKE}${IN}{0,30}?${ODDS}|${SPORT_GUESS}${IN}{0,16}?${CASH_LURE}`,
      'g',
    ),
    message: '对比赛结果下注并按赔率兑奖，涉嫌赌博',
  },
]);

/** The state lotteries, which may sell fixed-odds games. */
const STATE_LOTTERY = guard(/竞彩|体彩|体育彩票|足彩|福彩|福利彩票/);

/** The legal gate's regrading, after the state lottery named in the post. */
export const regradeMatchBetting =
  (regrade: Regrade): Regrade =>
  (span, severity, ctx): Severity =>
    guardedTest(STATE_LOTTERY, ctx.doc.text) ? 'info' : regrade(span, severity, ctx);
