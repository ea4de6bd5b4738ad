// The armed police told as still under the State Council and the Central Military Commission's dual
// leadership: 目前部队实行国务院、中央军委双重领导体制, 武警部队受国务院和中央军委双重领导. Since
// 2018-01-01 the armed police are under the unified command of the Party Central Committee and the
// Central Military Commission (中共中央关于调整中国人民武装警察部队领导指挥体制的决定; 人民武装警察法
// 2020 第三条) and no longer in the State Council's line. Only in a post about the armed police (武警).
// Quiet: history (2018年以前实行…双重领导, 曾实行, 原), a change told (调整为党中央、中央军委集中统一领导),
// and a dual leadership of other bodies (地方党委和上级部门双重领导).
import type { GateFinding } from './gate-context.ts';
import { quotedInRefutation, supersededAsCurrent, usedAsCurrent } from './policy-tense.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

const SUPERSEDED_ON = '2018-01-01';
const CMC = '(?:中央军委|中央军事委员会)';
/** The State Council and the CMC leading together: 国务院、中央军委双重领导, 中央军委和国务院的双重领导. */
const DUAL_LEADERSHIP = guard(
  new RegExp(
    `(?:国务院(?:、|和|与|及)${CMC}|${CMC}(?:、|和|与|及)国务院)(?:的)?(?:双重领导|双重管理|共同领导|双重指挥|统一领导)(?:体制|体系)?`,
    'g',
  ),
);
const TOLD_CHANGED =
  /原|曾|以前|此前|之前|过去|改革前|调整前|调整为|改为|不再|集中统一领导|[0-9０-９]{4}年(?:以前|前|之前)|[？?]|吗/;

/** The clause before the statement says it is so now: 并说明目前部队实行… (a history told earlier in the sentence does not make it past). */
const NOW_CLAUSE = /(?:目前|现在|现行|当前|如今|现阶段)[^，,。；;！？!?\n]*$/;

export function staleArmedPoliceCommand(text: string): GateFinding[] {
  if (!text.includes('武警') && !text.includes('武装警察')) return [];
  const out: GateFinding[] = [];
  for (const m of guardedMatches(DUAL_LEADERSHIP, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const [from, to] = sentenceAround(text, start, end);
    if (TOLD_CHANGED.test(text.slice(from, to)) || quotedInRefutation(text, start, end)) continue;
    const now = NOW_CLAUSE.test(text.slice(from, start));
    if (!now && !usedAsCurrent(text, start, end, SUPERSEDED_ON)) continue;
    out.push(
      supersededAsCurrent(
        start,
        end,
        '2018年1月1日起，武警部队由党中央、中央军委集中统一领导，不再列国务院序列，“国务院、中央军委双重领导”已不适用',
        '党中央、中央军委集中统一领导',
      ),
    );
  }
  return out;
}
