// A private car's inspection interval told by the rule before the 2022 reform (after final199: 注册
// 登记满6年后，每年检验1次). Since 2022-10-01 (公安部、市场监管总局 关于深化机动车检验制度改革的措施) a
// non-operating small or mini passenger car is inspected on the line only in its 6th and 10th year and
// yearly once past 10 years; the old intervals — yearly from the 6th year, every six months past 15 —
// are gone. Read only where such cars are named in the sentence or just before it (非营运, 私家车, 小型、微型载客汽车, 轿车); an
// operating vehicle, a truck and history told (原, 改革前, 2022年以前) stay quiet.
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements } from './stale-statements.ts';

/**
 * Past 6 years yearly, or past 15 years every six months: 注册登记满6年后，每年检验1次, 第6年起每年上线
 * 检验一次 (after final211).
 */
const OLD_INTERVAL = guard(
  /(?:(?:满|超过|已满|达到)(?:6|六)年(?:后|以后|以上|的)?|第(?:6|六)年(?:起|开始|以后|后))[^。；;！？!?\n]{0,12}?每年(?:都要|都需|都须|需要|要|须|需)?(?:上线)?检验(?:1|一)次|(?:满|超过)(?:15|十五)年(?:后|以后|以上|的)?[^。；;！？!?\n]{0,12}?每(?:6|六)个月(?:上线)?检验(?:1|一)次/g,
);
/** A private passenger car in the sentence. */
const PRIVATE_CAR = /非营运|私家车|小型、微型载客|小微型载客|小型载客|轿车/;
const TOLD_CHANGED =
  /营运(?!轿)|货车|客车(?!等)|原|改革前|以前|此前|过去|曾|第(?:6|六)年[和、]第?(?:10|十)年|10年以内|十年以内|[？?]|吗/;

/** How far before the interval the car may be named. */
const REACH = 100;

export function staleCarInspection(text: string): GateFinding[] {
  if (!text.includes('检验')) return [];
  return staleStatements(text, {
    re: OLD_INTERVAL,
    supersededOn: '2022-10-01',
    toldChanged: (t, start, end) => {
      // The car may be named in the clause before a semicolon (…小型、微型载客汽车…；注册登记满6年后…).
      const [from, to] = sentenceAround(t, start, end);
      const reach = t.slice(Math.max(0, Math.min(from, start - REACH)), to);
      return !PRIVATE_CAR.test(reach) || TOLD_CHANGED.test(reach.replace(/非营运/g, ''));
    },
    message:
      '2022年10月1日起，非营运小微型载客汽车10年内仅第6年、第10年上线检验，超过10年的每年检验1次，所述检验周期已过时',
  });
}
