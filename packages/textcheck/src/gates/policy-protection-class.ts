// A wild animal told at the protection class it had before it was raised (after final207: 穿山甲属国家
// 二级重点保护野生动物). All pangolins (穿山甲科所有种) were raised to class I on 2020-06-05 (国家林业和草原局
// 公告2020年第12号) and are class I in the 2021 《国家重点保护野生动物名录》 (国家林业和草原局 农业农村部公告
// 2021年第3号), which also lists the Yangtze finless porpoise (长江江豚, class II before) and the
// yellow-breasted bunting (黄胸鹀, 禾花雀) as class I. Only these well-known upgrades are in the table,
// and each is read only with 国家二级 wording right after the animal's name (…属/是/为/列为国家二级
// (重点)保护…); a finless porpoise not of the Yangtze (江豚 alone, 东亚江豚) is class II still. Read with the
// policy tense rules (stale-statements.ts): history (1989年…列为国家二级), the upgrade told (由二级升为一级,
// 原为二级) and a question are right.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements } from './stale-statements.ts';

/** [the animal's names, the day it became class I, how the change is cited]. */
const UPGRADED: ReadonlyArray<readonly [string, string, string]> = [
  [
    '(?:中华|马来|印度)?穿山甲',
    '2020-06-05',
    '穿山甲科所有种自2020年6月5日起调整为国家一级重点保护野生动物',
  ],
  [
    '长江江豚',
    '2021-02-01',
    '长江江豚在2021年公布的《国家重点保护野生动物名录》中列为国家一级重点保护野生动物',
  ],
  [
    '黄胸鹀|禾花雀',
    '2021-02-01',
    '黄胸鹀（禾花雀）在2021年公布的《国家重点保护野生动物名录》中列为国家一级重点保护野生动物',
  ],
];

/** Between the name and the class: 属, 是, 为, 被列为, 属于, 系; a bracket of another name between. */
const LINK =
  '(?:[（(][^）)\\n]{1,12}[）)])?(?:[”"])?(?:(?:已|已经|均|都|也)?(?:被)?(?:属于?|是|为|系|列为|列入|定为|属国家|作为))';
/** The old class: 国家二级(重点)保护(野生)动物, 国家Ⅱ级, 二级保护. */
const OLD_CLASS = '(?:国家)?(?:二|2|Ⅱ)级(?:重点)?保护';

const RES = UPGRADED.map(
  ([names, since, change]) =>
    [guard(new RegExp(`(?:${names})${LINK}${OLD_CLASS}`, 'g')), since, change] as const,
);

/** The upgrade told, or the class named as the former one, or a question. */
const CHANGED = /一级|(?:1|Ⅰ)级|升为|升级|提升|上调|调整|原为|原来|原先|此前|以前|过去|曾|[？?]|吗/;

export function staleProtectionClasses(text: string): GateFinding[] {
  if (!/二级|2级|Ⅱ级/.test(text)) return [];
  return RES.flatMap(([re, since, change]) =>
    staleStatements(text, {
      re,
      supersededOn: since,
      toldChanged: (t, start, end) => CHANGED.test(t.slice(...sentenceAround(t, start, end))),
      message: `${change}，“国家二级”为旧的保护级别`,
      suggestion: '国家一级重点保护野生动物',
    }),
  );
}
