// Sanctions the account imposes without any power to (after heldout-final139): water or power cut to
// force a household to comply (对逾期拒不拆除的…对该户停止供电供水，直至整改到位; 不按规定分类的住户…
// 停止供水), and money fines set by a school or an employer for lateness or absence (迟到三次以上的，
// 罚款50元; 旷工一天罚款200元). Unlike regradeUnlawfulSanction, 整改 and 违规 belong to these notices
// themselves; a ban, a complaint, a case or a question is a mention (regradeCoerciveSanction).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Words that disown the sanction. */
export const regradeCoerciveSanction = informsWhenSentenceOrCase(
  /违法|严禁|禁止|杜绝|(?:不得|不准|不能|无权)(?:以|擅自|采取|对|随意|停|罚|扣)|无权|无效|侵犯|侵害|被(?:查|罚|处|判|曝光|通报)|责令|纠正|查处|投诉|维权|谣言|不实|[？?]/,
);

/** Water, power, gas or heat stopped (停止供电供水, 暂停其用水, 对其门店停电). */
const CUT =
  '(?:(?:停止|暂停|中断|切断|断|停)(?:其|该户|该户的|其房屋的?)?(?:供电供水|供水供电|水电供应|供水|供电|水电|用水|用电|供气|供暖)|对(?:其|该)[^。；！？!?\\n，,]{0,6}?(?:停|断)(?:电|水|气)(?![费价表]))';

export const COERCIVE_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Water or power cut until a household complies; not a utility's own stop for an unpaid bill or
    // for theft of power, which the law allows.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:电费|水费|气费|暖费|热费|欠费|欠缴|缴费|窃电|违约用电|违章用电|私拉|隐患|供电企业|供电公司|供水企业|燃气企业)${IN}{0,40})(?:逾期|拒不|仍不|仍未|不按规定|未按规定|不配合|拒绝配合|经劝导仍|屡教不改)(?!${IN}{0,40}?(?:电费|水费|气费|暖费|热费|欠费|窃电))${IN}{0,40}?${CUT}${IN}{0,6}?(?:[，,]?(?:直至|直到|待)${IN}{0,8}?(?:整改|拆除|缴清|配合|改正|履行)${IN}{0,4})?`,
      'g',
    ),
    message: '以停水停电作为强制手段迫使当事人履行义务，缺乏法律依据，违反《行政强制法》第四十三条',
  },
  {
    // A money fine for lateness or absence set by a school or an employer.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:迟到|早退|旷工|旷课|缺勤|漏打卡|未打卡|忘打卡)${IN}{0,10}?(?:的)?[，,]?(?:每次|每天|一次)?(?:罚款|罚金|罚钱|处以罚款|罚)(?:人民币)?(?:\\d+|[一二三四五六七八九十百两]+)元`,
      'g',
    ),
    message:
      '学校、用人单位无权对学生、职工罚款，以罚款处理迟到旷工违反《行政处罚法》及《劳动法》相关规定',
  },
]);
