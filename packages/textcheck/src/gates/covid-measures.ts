// COVID-19 still managed as a class-A disease: since 2023-01-08 新型冠状病毒感染 is managed under
// class B (乙类乙管), so 对新型冠状病毒肺炎继续实施“乙类甲管”, 新冠病毒感染仍按甲类传染病管理 are
// out of date as current policy, and so is …纳入乙类传染病，按甲类传染病采取预防、控制措施 (or 按甲类
// 防控措施). Read with the policy tense rules: history (2020年1月…采取甲类传染病
// 的预防、控制措施), the change itself (从“乙类甲管”调整为“乙类乙管”) and other diseases still under
// class-A measures (肺炭疽、传染性非典型肺炎实行乙类甲管) are right. The checks that came with those
// measures are as stale: entry on a health code or a recent negative test (进入本馆须出示健康码绿码及48
// 小时内核酸检测阴性证明, 凭72小时核酸阴性报告入园, 进站请扫场所码、查验行程卡) — none is asked since
// 乙类乙管, and history (疫情期间, 2022年) or the end of the check (不再查验健康码) is right. A test asked
// of travellers entering China lasted until 2023-08-30 and is stale in a post dated after it (2024年暑期…
// 入境前须持48小时内核酸检测阴性证明).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

const SUPERSEDED_ON = '2023-01-08';
/** COVID-19 named, then its class-A management in the same clause run; the measure is group 1. */
const CLASS_A = guard(
  /(?:新冠|新型冠状病毒)[^。；！？\n]{0,24}?((?:继续|仍|仍然|依然|还)?(?:实施|实行|执行|采取|坚持|按照?|落实)?[“"「]?(?:乙类甲管|甲类管理|按甲类(?:传染病)?(?:进行|实施|实行)?管理|(?:按|按照|参照)?甲类(?:传染病)?(?:的)?(?:采取|实施|实行|落实)?(?:的)?(?:预防、?控制|防控)措施)[”"」]?)/g,
);
/** The sentence tells the change to class B. */
const CHANGED = /乙类乙管|调整为|降为|转为|不再/;
/** A health code, a trip card or a recent negative test. */
const CHECKED_ITEM =
  '(?:健康码(?:绿码)?|行程码|行程卡|通信行程卡|场所码|(?:[0-9０-９]{2,3}小时(?:内)?)?核酸(?:检测)?阴性(?:证明|报告|结果|检测证明)|[0-9０-９]{2,3}小时(?:内)?核酸(?:检测)?(?:证明|报告|结果))';
/**
 * One or more of them shown, checked or scanned for entry; the finding runs over the whole list
 * (出示健康码和48小时核酸检测阴性证明), not its first item only.
 */
const ENTRY_CHECK = guard(
  new RegExp(
    `(?:出示|查验|核验|验看|提供|持有?|凭|扫描?|亮)[^。；！？\\n，,]{0,6}?${CHECKED_ITEM}(?:(?:和|及|以及|与|或|或者|、|并)(?:出示|提供|持有?)?${CHECKED_ITEM})*`,
    'g',
  ),
);
/**
 * The sentence tells the check ended or eased, or asks about it; or it is a border's (入境, 来华,
 * 国际航班), whose tests lasted into 2023 and are told by other rules. A domestic flight's or a
 * terminal's check (旅客进入航站楼时须出示健康码绿码…国内航班请提前90分钟值机) ended with the others.
 */
const CHECK_ENDED =
  /乙类乙管|不再|取消|无需|无须|不需要?|不用|停止|免于|[？?]|吗|入境|出境|来华|国际|境外|口岸/;

/** A border's check: entering the country, a flight in, boarding for China. */
const BORDER = /入境|来华|出入境|登机|航班|口岸/;
/** A year after the border test ended: 2024年 and later. */
const AFTER_BORDER_CHANGE = /20(?:2[4-9]|[3-9][0-9])年/;
/** The sentence tells the border check ended or asks about it. */
const BORDER_CHECK_ENDED = /乙类乙管|不再|取消|无需|无须|不需要?|不用|停止|免于|[？?]|吗/;

export function staleCovidMeasures(text: string): GateFinding[] {
  return [...staleClassA(text), ...staleEntryChecks(text), ...staleBorderChecks(text)];
}

/**
 * A test still asked of travellers entering China (入境前须持48小时内核酸检测阴性证明, 来华旅客登机前须
 * 提供核酸阴性报告): the pre-departure test ended on 2023-08-30, when the General Administration of
 * Customs dropped it (海关总署公告2023年第…号). History (2022年，入境旅客须…) and its end (入境人员无需再
 * 提供核酸检测阴性证明) are right.
 */
function staleBorderChecks(text: string): GateFinding[] {
  // Only a post that dates itself after the change (2024年暑期, 2025年春节): an undated border notice
  // (来华人员须持48小时内核酸检测阴性证明登机) may be one of 2023, when the test was still asked.
  if (!AFTER_BORDER_CHANGE.test(text)) return [];
  return staleStatements(text, {
    re: ENTRY_CHECK,
    supersededOn: '2023-08-30',
    toldChanged: toldInSentence(BORDER_CHECK_ENDED, BORDER),
    message: '自2023年8月30日起，入境人员已无需提供核酸或抗原检测阴性证明',
  });
}

function staleEntryChecks(text: string): GateFinding[] {
  return staleStatements(text, {
    re: ENTRY_CHECK,
    supersededOn: SUPERSEDED_ON,
    toldChanged: toldInSentence(CHECK_ENDED),
    message:
      '自2023年1月8日起新冠病毒感染实施“乙类乙管”，已不再查验健康码、行程卡和核酸检测阴性证明',
  });
}

function staleClassA(text: string): GateFinding[] {
  return staleStatements(text, {
    re: CLASS_A,
    supersededOn: SUPERSEDED_ON,
    // The measure itself (group 1) is reported, not the disease's name before it.
    span: (m) => {
      const end = m.index + m[0].length;
      return [end - (m[1] ?? '').length, end];
    },
    // A question (新冠现在还按甲类管理吗？) asks what the answer then tells.
    toldChanged: (t, start, end) => {
      const [from, to] = sentenceAround(t, start, end);
      return CHANGED.test(t.slice(from, to)) || /[？?]/.test(t.charAt(to));
    },
    message: '自2023年1月8日起，新型冠状病毒感染实施“乙类乙管”，不再采取甲类传染病的预防、控制措施',
    suggestion: '乙类乙管',
  });
}
