// Extra leave for a late marriage or a late first birth told as today's rule: 实行晚婚者增加婚假12天,
// 符合晚婚条件的可再增加婚假15天, 晚育的女职工增加产假30天 (the lexicon names 晚婚假, 晚育假). These
// rewards ended with the amended Population and Family Planning Law (2016-01-01). Read with the policy
// tense rules: history (1988年…规定), the change told (已取消, 不再享受) and a question (有没有晚婚假？)
// are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

const SUPERSEDED_ON = '2016-01-01';
/** Late marriage or birth, then more days of leave in the same clause run. */
const LATE_LEAVE = guard(
  /(?:晚婚|晚育)(?:晚育)?(?:的|者|夫妻|夫妇|青年|职工|女职工|男职工|条件的?)?[^。；！？\n]{0,10}?(?:增加|延长|另加|另给|另增|再加|再增加|增休|多休|增给|奖励|给予)(?:婚假|产假|护理假|假期|奖励假|晚婚假|晚育假)?[0-9０-９一二三四五六七八九十]+(?:天|日|周|个月)/g,
);
/** The sentence tells the reward gone, or asks about it. */
const GONE_OR_ASKED = /取消|不再|废止|停止|已无|没有了|[？?]|吗/;

export function staleLateMarriageLeave(text: string): GateFinding[] {
  return staleStatements(text, {
    re: LATE_LEAVE,
    supersededOn: SUPERSEDED_ON,
    toldChanged: toldInSentence(GONE_OR_ASKED),
    message: '晚婚、晚育奖励假已随2016年《人口与计划生育法》修改取消，婚假、产假按现行规定执行',
  });
}
