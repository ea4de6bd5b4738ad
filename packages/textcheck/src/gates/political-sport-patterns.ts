// Pattern family of the political gate for sport: Taiwan's team in an international competition
// is 中国台北队 (the Olympic formula), not 台湾队, 台湾代表队, 台湾男篮 or 台湾国家队. Cross-strait
// events held at home (海峡两岸青少年篮球赛, 两岸龙舟邀请赛) may say 台湾队, so a sentence that names
// 两岸 or 海峡 before the team is left alone; 中国台北队 and 中华台北队 are never matched, nor a
// delegation (全国人大台湾代表团 is the province's delegation).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const POLITICAL_SPORT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?<!(?:两岸|海峡|海峽|台湾省|全运会|全国)[^。！？\n]{0,40})(?<![北华])台湾(?:地区)?(?:国家|代表|男子|女子|青年|少年|青少年|U[0-9]{2})?(?:队|男队|女队|男篮|女篮|男排|女排|男足|女足)(?![员长伍形列友])/g,
    message: '国际体育赛事中台湾地区的队伍应称“中国台北队”，不称“台湾队”',
  },
]);
