// An article of a regulation that another has replaced, cited as the ground of today's handling
// (根据《信访条例》第二十二条规定，县住建局已于法定期限内作出答复): the State Council's 信访条例 gave way on
// 2022-05-01 to the 信访工作条例 of the Party Central Committee and the State Council, whose articles
// are numbered otherwise. Only an article cited counts: the regulation named without one (根据《信访条例》
// 及有关法律的规定) may be a reply of its day, and so is a post whose years all fall before 2022 (您于
// 2018年8月28日来信); a province's own 信访条例 (《湖南省信访条例》) is in force.
// Read with the policy tense rules as the other stale statements are (stale-statements.ts).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements } from './stale-statements.ts';

const ARTICLE = '第[0-9０-９一二三四五六七八九十百零〇]+条';
const OLD_PETITION_ARTICLE = guard(
  new RegExp(`(?<![省市区州县])[《“"]?信访条例[》”"]?(?:的)?${ARTICLE}`, 'g'),
);

/**
 * The post's dates all fall before the change (您于2018年8月28日来信…): a reply of its day. Only full
 * dates count: a bare year or a span of years is what the matter is about (您1993年至1996年期间的
 * 工作经历), not when the reply was written.
 */
function datedOfItsDay(text: string): boolean {
  const years = [
    ...text.matchAll(
      /((?:19|20)[0-9]{2})\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[日号]/g,
    ),
  ].map((m) => Number(m[1]));
  return years.length > 0 && Math.max(...years) < 2022;
}

export function supersededRegulationArticles(text: string): GateFinding[] {
  if (!text.includes('信访条例')) return [];
  return staleStatements(text, {
    re: OLD_PETITION_ARTICLE,
    supersededOn: '2022-05-01',
    // The title with its marks (《信访条例》), not the article after it.
    span: (m) => {
      const name = m[0].indexOf('信访条例') + 4;
      return [m.index, m.index + name + (/[》”"]/.test(m[0].charAt(name)) ? 1 : 0)];
    },
    toldChanged: (t, start, end) =>
      /信访工作条例|(?:已|已经)(?:废止|失效)|原《?信访条例/.test(
        t.slice(Math.max(0, start - 40), end + 40),
      ) || datedOfItsDay(t),
    message:
      '国务院《信访条例》已由2022年5月1日起施行的《信访工作条例》取代，应引用《信访工作条例》相应条款',
    suggestion: '信访工作条例',
  });
}
