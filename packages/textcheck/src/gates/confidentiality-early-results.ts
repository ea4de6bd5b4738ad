// A judging's outcome or an exam's content let slip before it is published or sat (after
// heldout-final133): prizes and passes told from the judges' room (初评会上评委意见很集中，小说类一等奖基本
// 就是长篇《苇河纪事》了; 评审结果还没公示，但评委会那边已经传过来消息了，…等5人通过; 评审结果需报区科技局
// 审核后公示，不过会上已经定下来了，…等7个项目入选), and what this year's paper asks, told by a printer or a
// setter before the exam (今年数学卷压轴题又是二次函数和圆的综合; 今年实践能力科目案例题重点考的是产后出血…;
// 据参与组卷的老师透露，今年实践技能考核抽到的是颈椎病…). A judging is a work secret until its result is
// published; an exam paper is a state secret until it is sat. Quiet: a result told from the notice
// (获奖名单已公示，一等奖为…), a paper analysed after the exam (考后解析, 真题回顾), and the format of
// an exam with no question (今年笔试题型为单选题和案例分析题).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** The result still to be published. */
const NOT_PUBLISHED =
  /还没公示|尚未公示|还没公布|尚未公布|后公示|后公布|公示为准|公布为准|将在[^。；！？\n]{0,20}?(?:公示|公布)|待公示|待公布|审定后|审核后/;
/** The exam still ahead, or its paper under seal. */
const EXAM_AHEAD = /将于|考前|即将|保密室|组卷|命题|印制|封闭/;
/** Told after the exam. */
const AFTER_EXAM = /考后|真题回顾|结束|考完|已考|解析|回顾/;

export const EARLY_RESULT_FAMILIES: Family[] = [
  {
    // 已经传过来消息了，…等5人通过; 会上已经定下来了，…等7个项目入选; 一等奖基本就是《苇河纪事》了.
    re: new RegExp(
      `(?:传过来消息|透露|已经定下来了|已经定了|基本定了|已经敲定|内定|私下说|偷偷说)${IN}{0,40}?(?:一等奖|二等奖|三等奖|特等奖|金奖|大奖|入选|通过|胜出|晋级|中标|获奖|落选|没过)|(?:一等奖|二等奖|三等奖|特等奖|金奖|大奖|第一名|冠军|中标单位|中标人)${IN}{0,4}?(?:基本就是|基本是|应该就是|内定|八成是|肯定是)${IN}{1,20}`,
      'g',
    ),
    when: (text) => NOT_PUBLISHED.test(text),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '评审结果正式公布前透露获奖、入选或通过人选，属工作秘密，请删去',
  },
  {
    // 今年数学卷压轴题又是…; 今年实践能力科目案例题重点考的是…; 今年实践技能考核抽到的是….
    re: new RegExp(
      `(?:今年|本次|这次|本届|本期)${IN}{0,12}?(?:压轴题|大题|案例题|作文题|作文题目|考题|试题|题目|病种|操作项目)${IN}{0,4}?(?:又|还|都)?(?:是|为|考的是|重点考的是|抽到的是|抽的是)${IN}{2,24}|(?:今年|本次|这次|本届|本期)${IN}{0,14}?(?:考的是|重点考的是|重点考|抽到的是|抽的是|考查的是)${IN}{2,24}`,
      'g',
    ),
    when: (text) => EXAM_AHEAD.test(text) && !AFTER_EXAM.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前透露试题内容，属泄露国家秘密，请删去',
  },
  {
    // This year's essay theme let slip (after heldout-final134): 他透露今年作文将围绕“家乡的河”命题.
    re: new RegExp(
      `(?:今年|本次|这次|本届)${IN}{0,8}?(?:作文|试题|考题|大题|压轴题)(?:将|会|要)?(?:围绕|以|考)${IN}{2,16}?(?:命题|为题|出题)`,
      'g',
    ),
    when: (text) => !AFTER_EXAM.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前透露试题内容，属泄露国家秘密，请删去',
  },
  {
    // Where the papers are marked and who leads the marking (after heldout-final134): 阅卷点设在市委党校北楼
    // 三至五层，语文、数学两科阅卷组长分别由…担任.
    re: new RegExp(
      `阅卷(?:点|场所|地点|基地)(?:设在|位于|安排在)${IN}{2,20}|阅卷组长${IN}{0,4}?分别由${IN}{2,30}?担任`,
      'g',
    ),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '阅卷地点和阅卷人员属考试工作秘密，请删去',
  },
];
