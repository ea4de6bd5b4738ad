// Families of the confidentiality gate for an exam paper's questions told before the exam (试卷已完成
// 印制…第22题考查…, 作文题目已确定为…, 压轴题考查…，题目为：“…”): the paper is a state secret until the
// exam is sat. An analysis after it (考后, 阅卷, 解析) is public, and so is the paper of an exam told
// finished a little before. Questions handed out by count or kind are confidentiality-exam-questions.ts.
import type { Family } from './confidentiality-family.ts';

/** An exam's question told: 第22题考查…, 作文题目确定为…, 压轴大题考…, 命题组透露…. */
const EXAM_QUESTION =
  /(?:试卷|试题|考题|卷)[^。；！？\n]{0,8}?第[0-9０-９一二三四五六七八九十]+(?:道)?(?:大)?题(?:考查|考察|考|为|是|涉及|主要考)[^。；！？\n]{0,30}|(?:今年|本次|这次)?(?:语文|英语|综合)?(?:作文|写作|申论|面试)(?:题目|题)(?:已)?(?:确定为|定为|是|为|[：:])[^。；！？\n，,]{1,30}|(?:最后|压轴|第[0-9０-９一二三四五六七八九十]+)(?:一)?(?:道)?大题(?:考|是|为|考查)[^。；！？\n，,]{1,30}|(?:据)?(?:出题组|命题组|出题人|命题人|出题老师|命题老师)(?:透露|表示|称)[^。；！？\n]{0,40}|(?:案例分析题|作文题|论述题|申论题|大题|压轴题|材料题)(?:考的是|将围绕|围绕|考|为|是)[^。；！？\n，,]{1,30}|第[一二三四五六七八九十0-9０-９]+道(?:题|大题)(?:已经?(?:确定|定了?))?[，,]?(?:是|为|考)(?:关于)?[^。；！？\n]{1,30}|(?:面试|笔试|申论|公考|考试|试卷)[^。；！？\n，,]{0,4}?第[一二三四五六七八九十0-9０-９]+(?:道)?(?:大)?题(?:已经?(?:确定|定了?))?[，,]?(?:是|为|考)(?:关于)?[^。；！？\n]{1,30}/g;
/**
 * The exam still ahead: 启用前, 距离考试还有, 明天（6月20日）上午进行…语文科目考试, 下周一笔试, 将于/将在…
 * 进行…考试. A date in brackets may stand between the day and the exam. Students drilled for it
 * (请各班抓紧组织学生进行针对性练习, 提前准备) are before it too.
 */
const PRE_EXAM =
  /启用前|距离?(?:考试|开考|中考|高考|笔试)还有|(?:明天|明日|后天|明早|下周[一二三四五六日天]?|本周[一二三四五六日天])[^。；！？\n]{0,20}?(?:数学|语文|英语|物理|化学|政治|历史|综合)?(?:卷|试卷|科目|笔试|面试|中考|高考|考试|统考|联考|开考)|将于[^。；！？\n]{0,12}?(?:进行|举行|开考)|将(?:在)?[^。；！？\n，,]{0,8}?(?:进行|举行)[^。；！？\n，,]{0,8}?(?:考试|中考|高考|笔试|统考|联考)|印制|印发|考前|即将(?:开考|举行|进行)|尚未开考|开考前|押题|复习|(?:明天|明日|后天)(?:就是|就)?(?:要)?[^。；！？\n]{0,10}?(?:笔试|面试|中考|高考|考试|开考)|透个底|提前(?:透露|告诉|剧透)|(?:针对性|提前|抓紧)[^。；！？\n]{0,6}?(?:练习|训练|准备|辅导)/;
const POST_EXAM = /考后|考试结束|已结束|落下帷幕|阅卷|评卷|解析|点评|答案|回顾|真题分析/;
/**
 * A question quoted whole after an exam's question named before it in the clause (压轴题考查…，题目为：
 * “如图，抛物线…”): the text of the paper itself.
 */
const QUOTED_QUESTION =
  /(?:题目|原题|题干)(?<=(?:压轴题|大题|作文题|考题|试题|第[0-9０-９一二三四五六七八九十]+(?:道)?题)[^。；！？\n]{0,30}?(?:题目|原题|题干))(?:为|是|如下)?[：:]\s*[“"][^”"\n]{1,80}[”"]?/g;
/**
 * An exam told finished a little before the question (2025年中考语文科目考试顺利结束。今年作文题为…), with
 * no exam still ahead told between (下午将进行数学科目考试 after it speaks of the next one): the
 * paper of the finished exam is public.
 */
const EXAM_ENDED =
  /(?:考试|科目|中考|高考|笔试|面试|语文|数学|英语)[^。；！？\n]{0,6}?(?:已经?|已)?(?:顺利|圆满|平稳|正式)?(?:结束|收官|落幕|考完)/g;
const ENDED_REACH = 80;
/** Whether an exam is told finished a little before `start`, and no exam ahead after that. */
function examEndedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - ENDED_REACH), start);
  let last = -1;
  for (const m of before.matchAll(EXAM_ENDED)) last = m.index + m[0].length;
  return last >= 0 && !PRE_EXAM.test(before.slice(last));
}

/** An exam paper's questions, told or quoted before the exam. */
export const EXAM_PAPER_FAMILIES: Family[] = [
  // Questions of an exam paper told before the exam (试卷已完成印制…第22题考查…); an analysis after
  // it (考后, 阅卷, 解析) is public.
  {
    re: EXAM_QUESTION,
    when: (text) => PRE_EXAM.test(text) && !POST_EXAM.test(text),
    acceptAt: (text, start) => !examEndedBefore(text, start),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露国家教育考试秘密',
  },
  {
    re: QUOTED_QUESTION,
    when: (text) => PRE_EXAM.test(text) && !POST_EXAM.test(text),
    acceptAt: (text, start) => !examEndedBefore(text, start),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露国家教育考试秘密',
  },
];
