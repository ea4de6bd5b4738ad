// An online quiz or contest imposed on staff, its score tied to a sanction: 须参加“民法典知识竞赛”线上
// 答题，成绩低于90分者取消本年度评优评先资格; 学习强国每日积分不足30分的通报批评; 在线测试得分低于80分的
// 扣发当月绩效. The pass mark turns taking part into a duty under penalty. A score threshold with no
// online task in the paragraph (an exam for a licence: 考试成绩低于60分者不予发证) and a contest that
// only ranks or rewards (得分前十名给予表彰) force nothing; reports, bans and voluntary wording inform
// (the gate's regradeCoercion).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/**
 * An online task: a quiz, contest or study on a platform or app. An app used only to sign up (通过
 * 小程序报名，笔试成绩低于60分者取消面试资格) sets no quiz: a recruitment exam's pass mark is its own rule.
 */
const ONLINE_TASK =
  '(?:(?:线上|在线|网上|网络|手机|云端|扫码)(?:知识)?(?:答题|竞答|竞赛|测试|测评|考试|学习|问答)|答题(?:小程序|平台|APP|app|链接)|学习强国|学习平台|学习积分|(?:APP|app|App|小程序|平台|公众号)[”"]?(?:上|内|中|里)?(?:完成|参加|进行)?(?:答题|测评|测试|学习|考试|竞答))';
/** A score under a mark: 成绩低于90分, 积分不足30分, 得分未达到80分. */
const BELOW =
  '(?:成绩|得分|分数|积分|答题成绩|测试成绩|考试成绩|正确率)(?:低于|不足|不到|未达到?|少于|不满|不及|在)[0-9０-９一二三四五六七八九十百]+(?:分|%|％)?(?:以下)?';
/** What befalls those under it, a few words on (者取消, 的单位年终考核一票否决, 的人员不得参加). */
const SANCTION =
  '(?:取消(?!面试|复试|录用|聘用|体检|考试|入围|资格复审)|扣发|扣除|扣减|扣|通报|不得参[加与评]|不能参[加与评]|不予(?:评|参)|一票否决|纳入(?:负面|考核|年终)|约谈|问责|诫勉|降低|影响)';

export const SCORE_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${ONLINE_TASK}[^\\n]{0,100}?(?<span>${BELOW}[^。；;！!？?\\n]{0,12}?(?<![不无])${SANCTION}[^。；;！!？?\\n，,]{0,16})`,
      'g',
    ),
    message:
      '以答题成绩、学习积分挂钩评优、绩效等强制参与线上答题或学习，属强制互动（国办发〔2018〕123号）',
  },
]);
