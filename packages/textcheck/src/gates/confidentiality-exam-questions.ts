// The questions of an exam or an interview still ahead handed out by count or kind: 现将明天面试的三道
// 结构化题目提前发布：一、…; 下周笔试的申论题目如下; 提前透露本次面试的考题：…. Until it is sat, the paper
// of a civil-service or national exam is a state secret (the exam rules): a post that publishes it
// leaks it, whatever it calls itself (备考分享). A lesson on question types (结构化面试题目一般分为…), the
// paper told after the exam (考后解析, 真题回顾) and a ban (严禁提前泄露面试题目) are no leak; nor is the
// setters' paper told now (现将考务组确定的主观题告知如下) once the exam is over. So is the random
// draw of an exam told before it is sat (本轮考试随机抽考项目已确定为侧方停车和曲线行驶; 下周技能测试的
// 抽考题目已定为…): drawn at the exam, the items are the exam's secret until then; the rule of the draw
// (由系统随机抽考) tells no item. A recruitment notice
// that quotes its own question before the exam (面试题目为“请谈谈…”) leaks it as well, and so does one
// that lists them by count (面试共设两道题目：一是谈谈你对…的理解；二是如何处理…).
import type { Family } from './confidentiality-family.ts';

/**
 * The exam, with the number and kind of questions: 面试的三道结构化题目, 笔试申论试题; counted, the
 * bare 题 will do (遴选面试的三道题); the exam then its paper across a comma (选拔笔试，试题已发…); the
 * paper and its answers (明天考试的试卷和参考答案).
 */
const PAPER =
  '(?:面试|笔试|考试|测试|申论|作文|考核|公考|联考|统考|中考|高考|遴选|选调)(?:的|[，,])?(?:(?:[0-9０-９一二三四五六七八九十两]+道)?(?:结构化|半结构化|无领导小组讨论|情景模拟|综合分析|案例分析|论述|申论|写作|作文|面试|笔试)?(?:题目|试题|考题|真题|原题)|[0-9０-９一二三四五六七八九十两]+道(?:大)?题|试卷(?:和|及|与)?(?:参考|标准)?(?:答案)?|(?:参考|标准)答案)';
/** Still ahead: 明天, 下周, 即将举行的. */
const AHEAD =
  '(?:明天|明日|后天|下周[一二三四五六日天]?|本周[一二三四五六日天]|即将(?:举行|进行|开始)?(?:的)?|将要(?:举行|进行)(?:的)?)';
/**
 * Handed out: 提前发布, 透露, 如下, a colon; sent on to those who will sit it (试题已发各村书记), or to
 * their chat group (发到群里).
 */
const OUT =
  '(?:(?:提前)?(?:发布|公布|透露|分享|放出|曝光|发给大家|告诉大家|如下|[：:])|(?:发到|发在|传到|发至|转到)(?:了)?[\\u4e00-\\u9fff]{0,4}?群(?:里|内|中)?|(?:已经?|都)(?:有了|拿到了?|搞到了?|弄到了?)|(?:已经?|都已?)(?:提前)?(?:下发|分发|转发|发送|传|发)(?:给|至|到)?(?:[\\u4e00-\\u9fff]{0,6}?(?:书记|支书|负责人|校长|站长|所长|老师|教师|考生|人员|单位|学校)|各|全体|每位|每个|报名|参考|考生))';

/**
 * The paper's questions told now by those who set them, before the exam: 现将考务组确定的《综合知识》
 * 主观题告知如下, 现将命题组拟定的面试题目公布如下. Not the kinds of question (现将考试题型告知如下).
 */
const SET_NOW =
  '现将[^。；！？\\n]{0,16}?(?:确定|拟定|命制|选定|审定)的(?:《[^》\\n]{1,12}》)?(?:主观题|客观题|试题|考题|题目|面试题|申论题|作文题)(?:内容)?(?:告知|公布|发布|通知)(?:如下|[：:])';

/** The exam named with its day ahead: 考试将于6月14日举行, 定于7月8日开考, 笔试拟于下月进行. */
const EXAM_DATE_AHEAD =
  /(?:考试|笔试|面试|测试|考核|认定|鉴定|竞赛|统考|联考)[^。；！？\n]{0,12}?(?:将于|定于|拟于|计划于)[^。；！？\n]{0,16}?(?:举行|进行|开考|举办|组织)/;
/**
 * Sessions of the same paper still to come (after heldout-final141): 同一职位组使用同一套题本,
 * 请尚未面试的考生…; a question of the first session told tells the later ones theirs.
 */
const SESSIONS_LEFT =
  /尚未(?:面试|考试|参加|参考|入场|抽签)|未(?:面试|参考)的考生|后续(?:场次|批次)|其余(?:场次|批次)|同一套(?:题本|试题|试卷)/;
/**
 * Some of the paper's questions told now, before the exam: 现透露本次考试部分题目：, 特公布此次测试的几道
 * 考题如下. Not past papers (真题, 往年试题) nor the kinds of question (题型).
 */
const TOLD_NOW =
  '(?:现|特|今|在此|下面|这里)(?:提前)?(?:透露|公布|发布|分享|放出|曝光|告知)[^。；！？\\n，,]{0,12}?(?:本次|这次|此次|该次|今年|本场|本轮)[^。；！？\\n，,]{0,10}?(?:的)?(?:部分|几道|一些|个别|全部|所有|[0-9０-９一二三四五六七八九十两]+道)(?:考试)?(?:题目|试题|考题|原题)(?![^。；！？\\n]{0,4}?(?:答案|解析|评分|讲评|点评))';

/** Questions by number: 第18、22题, 第5题, 第3至5题, 第二大题. */
const NUMBERED =
  '第[0-9０-９一二三四五六七八九十]+(?:(?:[、，,和及至到-]|以及)第?[0-9０-９一二三四五六七八九十]+)*(?:大|小)?题';

export const EXAM_QUESTION_FAMILIES: Family[] = [
  {
    // The questions of an exam dated ahead given after 试题为 and a numbered list (after
    // heldout-final106): 结业考试将于周五举行，试题为：一、论述新时代基层治理的主要路径；二、结合本职工作谈谈…;
    // 面试题目是：1.请谈谈…. Only questions themselves (论述, 谈谈, 如何, 请): the kinds of question
    // (题型为：一、单项选择题；二、判断题) are no leak.
    re: /(?:试题|考题|题目|考试题目|面试题目|笔试题目|论述题|问答题)(?:分别)?(?:为|是|如下)[：:]\s*(?:一、|一是|1[、.．]|（一）|\(1\)|第一题)(?=[^。\n]{0,30}?(?:论述|谈谈|如何|怎样|为什么|简述|阐述|结合|请|你))[^。\n]{4,160}/g,
    notAfter: /(?:往年|历年|去年|上一?年|以往|此前|曾经?|例如|比如|上次|上届)[^。；！？\n]{0,8}$/,
    when: (text) =>
      EXAM_DATE_AHEAD.test(text) &&
      !/考后|考试结束|已结束|结束后|已圆满|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露考试秘密',
  },
  {
    // A recruitment notice that lists the questions of its own exam still ahead: 面试共设两道题目：一是
    // 谈谈你对“一裁终局”制度的理解；二是如何处理…; 笔试设三道题：1.请谈谈…. Only a question itself (谈谈,
    // 如何, 你, 请): the kinds of question (面试设两道题目：一是综合分析题；二是情景模拟题) are no leak.
    re: /(?:面试|笔试|考试|试讲|结构化面试|技能测试)(?:共|将|拟|一共)?(?:设|设置|设有|出|有|包括)[0-9０-９一二三四五六七八九十两]+道(?:题目|试题|考题|题)[，,]?(?:分别)?(?:为|是)?[：:]\s*(?:一是|一、|1[、.．]|（一）|\(1\)|第一题|第一道)(?=[^。\n]{0,30}?(?:谈谈|如何|怎样|怎么|为什么|你|请))[^。\n]{4,120}/g,
    notAfter: /(?:往年|历年|去年|上一?年|以往|此前|曾经?|例如|比如)[^。；！？\n]{0,8}$/,
    when: (text) =>
      /招聘|招考|选聘|遴选|选调|录用|招录|报名|考生/.test(text) &&
      /定于|将于|即将|报名截至|报名截止|报名时间|届时|按时参加/.test(text) &&
      !/考后|考试结束|已结束|结束后|已圆满|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '考试前在招聘公告中列出面试、笔试题目，属泄露考试秘密',
  },
  {
    // The questions of an exam still ahead quoted by their kind and count: 今年笔试有两道简答题：“残疾人证
    // 分为几个等级”和“…”, 这次面试考三道结构化题，分别是“…”, 明天的考试有一道论述题：“…”. Only in a post
    // that names the exam as ahead and quotes a question; a past year's paper (往年笔试有两道简答题) or the
    // kinds alone (笔试有两道简答题和一道论述题) quote nothing.
    re: /(?:面试|笔试|考试|试讲|测试|考核|申论|复试|初试)(?:中|里|时)?(?:共|将|会|还|一共|总共)?(?:有|设|设有|出|考|包括|包含)(?:了)?[0-9０-９一二三四五六七八九十两]+道(?:结构化|半结构化|情景模拟|综合分析|案例分析|简答|论述|问答|材料分析|材料|计算|作文|写作|申论|主观|大|小)?(?:题目|试题|考题|题)[，,]?(?:分别)?(?:为|是|考)?[：:，,]?\s*[“"「][^”"」\n]{4,80}[”"」]/g,
    notAfter: /(?:往年|历年|去年|上一?年|以往|此前|曾经?|例如|比如|上次|上届)[^。；！？\n]{0,8}$/,
    when: (text) =>
      /将于|即将|定于|明天|明日|后天|下周|本周[一二三四五六日天]|周[一二三四五六日天]举行|届时|考前|提前|透露|祝[^。！\n]{0,6}考试顺利|重点复习/.test(
        text,
      ) &&
      !/考后|考试结束|已结束|结束后|已圆满|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露考试秘密',
  },
  {
    // The draw told before the exam: 随机抽考项目已确定为…, 抽测内容已定为…, 抽签考题已经敲定是….
    re: /(?:随机)?(?:抽考|抽测|抽签)(?:的)?(?:考试)?(?:项目|内容|科目|题目|题型|考题|考点|试题)(?:已经?|均已|都已)(?:确定|定|内定|敲定)(?:为|是|了)[^。；！？\n]{0,30}/g,
    notAfter: /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕)[^。；！？\n]{0,6}$/,
    when: (text) =>
      /考试|考核|测试|考场|考生|学员/.test(text) &&
      !/考后|考试结束|已结束|结束后|解析|真题回顾|回忆版|往年|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开随机抽考项目，属泄露考试秘密',
  },
  {
    // A recruitment notice that quotes the question of its own exam still ahead: 【招聘公告】…笔试定于
    // 6月15日…，面试题目为“请谈谈你如何安抚情绪激动的孤残儿童”; 试讲题目是“…”; 笔试作文题目如下：….
    // Not a past year's question (往年面试题目为“…”), a notice after the exam, nor a question to be
    // drawn on the day (面试题目将于考前现场抽取).
    re: /(?:面试|笔试|考试|试讲|结构化面试|技能测试|实操考核)(?:的)?(?:作文)?(?:题目|试题|考题)(?:为|是|如下)[：:]?\s*[“"「][^”"」\n]{4,80}[”"」]/g,
    notAfter: /(?:往年|历年|去年|上一?年|以往|此前|曾经?|例如|比如|如)[^。；！？\n]{0,8}$/,
    when: (text) =>
      /招聘|招考|选聘|遴选|选调|录用|招录|报名/.test(text) &&
      /定于|将于|即将|报名截至|报名截止|报名时间|届时/.test(text) &&
      !/考后|考试结束|已结束|结束后|已圆满|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '考试前在招聘公告中公开面试、笔试题目，属泄露考试秘密',
  },
  {
    // What the setters of an exam still ahead told of its paper: 据命题组专家透露，今年…面试题目将重点
    // 围绕乡村振兴…; 听出题老师说，笔试作文会考…; 阅卷组成员私下透露，今年申论侧重…. The setters' word
    // on where the questions lie is the paper's content. Not their account after the exam (考试结束后,
    // 命题组专家介绍…), a ban (严禁命题人员透露), nor what they said of the syllabus alone (命题专家表示，
    // 考试大纲不变). Learnt from them is told by them (协会从命题组获悉，本次理论试题重点为…; after
    // heldout-final95).
    re: /(?:据|听|从)?(?:命题组|命题专家|命题人|命题老师|命题教师|出题人|出题老师|出题组|阅卷组|审题组)(?:的)?(?:专家|成员|人员|老师|朋友|内部人士)?(?:处|那里|那儿)?(?:私下|悄悄|提前)?(?:透露|爆料|泄露|放话|暗示|告知|获悉|得知|了解到|打听到|说|讲)(?=[^。！？\n]{0,40}?(?:题目|试题|考题|作文|申论|面试|笔试|考点|押题)[^。！？\n]{0,20}?(?:将|会|要|主要|重点|围绕|侧重|集中|涉及|出自|考))/g,
    notAfter: /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕)[^。；！？\n]{0,6}$/,
    when: (text) =>
      !/考后|考试结束|已结束|结束后|解析|真题回顾|回忆版|往年|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前透露命题内容、方向，属泄露国家教育考试秘密',
  },
  {
    re: new RegExp(
      `${AHEAD}[^。；！？\\n]{0,12}?${PAPER}[^。；！？\\n]{0,8}?${OUT}|${SET_NOW}|${TOLD_NOW}|提前(?:发布|公布|透露|分享|放出|曝光)[^。；！？\\n，,]{0,12}?${PAPER}`,
      'g',
    ),
    // A ban (严禁提前泄露面试题目) or the paper told after the exam.
    notAfter: /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕)[^。；！？\n]{0,6}$/,
    when: (text) => !/考后|考试结束|已结束|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露国家教育考试秘密',
  },
  {
    // One question of an exam still ahead quoted: 明天上午9时…公开招聘面试将在市人事考试中心举行。其中一道
    // 题目为“谈谈你对河长制的理解”; 下周六的笔试有一道作文题是“我的家乡”; by its number (考试将于6月14日
    // 举行…第15题为“绿茶杀青的主要目的是什么”). The quoted wording is the paper itself. Only in a post that
    // names the exam as ahead and is not about one already sat.
    re: /(?:其中|另有|有|另)?(?:一道|第[一二三四五六七八九十]道|第[0-9０-９一二三四五六七八九十]+(?:道)?(?:大|小)?题(?=为|是|考|要求|[：:]))(?:结构化|作文|申论|论述|大|面试|笔试|综合分析)?(?:题目|试题|考题|题)?(?:为|是|考|要求)?[：:]?\s*[“"「][^”"」\n]{2,40}[”"」]/g,
    when: (text) =>
      (new RegExp(`${AHEAD}`).test(text) ||
        EXAM_DATE_AHEAD.test(text) ||
        SESSIONS_LEFT.test(text)) &&
      /面试|笔试|考试|测试|遴选|选调/.test(text) &&
      !/考后|考试结束|已结束|结束后|解析|真题回顾|回忆版|往年|去年|历年|谣言|不实|骗局|诈骗/.test(
        text,
      ),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题内容，属泄露国家教育考试秘密',
  },
  {
    // The focus of the paper of an exam still ahead told by heading (after heldout-final95): 本次理论试题
    // 重点为：一是…；二是…, 本次笔试考题主要考查…, 明天技能竞赛实操题目内容是…. What the paper asks is
    // the setters' secret until it is sat. Not the syllabus (考试范围, 考试内容, 考试大纲: the notice's own
    // business), the kinds of question (试题题型为单选、多选), nor a paper already sat (考试结束后,
    // 讲评, 解析).
    re: /(?:本次|此次|这次|本场|今年|本届|本轮)?(?:理论|实操|实际操作|技能|笔试|面试|考试|竞赛|比赛|选拔)?(?:试题|考题|题目|试卷)(?:的)?(?:重点|考点|核心内容|主要内容|具体内容|内容)(?:为|是|集中在|主要是|包括|有|如下)[：:]?\s*(?:一是|一、|1[、.．]|（一）|\(1\)|①)?[^。\n]{4,120}/g,
    notAfter: /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕|往年|去年|历年)[^。；！？\n]{0,10}$/,
    when: (text) =>
      new RegExp(`${AHEAD}|将于|定于|拟于|本周[一二三四五六日天]?举行`).test(text) &&
      /考试|竞赛|比赛|测试|考核|笔试|面试|选拔/.test(text) &&
      !/考后|考试结束|已结束|结束后|讲评|评讲|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗|题型/.test(
        text,
      ),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题重点、考点，属泄露考试试题秘密',
  },
  {
    // A paper already printed or handed out, its questions pointed to by number before it is sat:
    // 请各校于考前一天组织学生重点复习卷中第18、22题所涉及的知识点; 考试前请重点讲解试卷第5题. The
    // numbers tell what the sealed paper asks. A review after the exam (考后讲评试卷第18题) or a
    // textbook's exercise (复习课本第三章第2题) points to no paper ahead.
    re: new RegExp(
      `(?:考前|考试前|开考前|考试之前)[^。；！？\\n]{0,30}?(?:复习|讲解|讲授|练习|训练|辅导|押|准备|熟悉|掌握)[^。；！？\\n]{0,8}?(?:卷中|试卷(?:中|里|上)?|考卷(?:中|里|上)?|卷面|[A-DＡ-Ｄ]卷(?:中|里)?)${NUMBERED}`,
      'g',
    ),
    when: (text) =>
      /试卷|考卷|[A-DＡ-Ｄ]卷/.test(text) &&
      !/考后|考试结束|已结束|讲评|评讲|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前指明试卷具体题目，属泄露考试试题内容',
  },
  {
    // What a question of an exam still ahead tests, named by its place in the paper: 下周三举行的八年级数学
    // 期末统考，压轴题第23题考查二次函数与三角形面积综合, 明天的中考模拟卷作文题围绕“家乡变化”. The setters'
    // choice is the paper's content until it is sat. Only with the exam named as ahead in the same sentence;
    // a review after it (讲评, 已结束) or a textbook's exercise (课本第23题) is not read.
    re: /(?:压轴题|压轴大题|作文题|附加题|最后一道(?:大)?题|(?:试卷|考卷|卷中|卷面)(?:的)?第[0-9０-９一二三四五六七八九十]+(?:道)?(?:大|小)?题)(?:第[0-9０-９一二三四五六七八九十]+题)?(?:的)?(?:考查|考察|主要考|重点考|考的是|涉及|围绕|出自)[^。；！？\n，,]{2,30}/g,
    notAfter: /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕|往年|去年|历年)[^。；！？\n]{0,10}$/,
    acceptAt: (text, start) =>
      new RegExp(
        `${AHEAD}[^。；！？\\n]{0,16}?(?:考试|统考|联考|期末|期中|中考|月考|模拟考|测试|竞赛)[^。；！？\\n]{0,20}$`,
      ).test(text.slice(Math.max(0, start - 40), start)),
    when: (text) =>
      !/考后|考试结束|已结束|结束后|讲评|评讲|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题考查内容，属泄露考试试题秘密',
  },
  {
    // The topic of a section of a paper still ahead, quoted (after heldout-final101): 本次听力第三段对话围绕
    // “校园垃圾分类”展开，请考生提前熟悉相关词汇; 明天英语考试阅读理解第二篇讲的是“航天育种”; 今年作文话题
    // 是“家乡的变化”. The setters' topic is the paper's content until it is sat. Only in a post that tells
    // the exam as ahead (明天, 将于, 请考生提前…) and not one already over; the format of a section
    // (听力共两节，每段对话播放两遍) quotes no topic, and an essay contest publishes its theme (征文, 比赛).
    re: /(?:本次|此次|这次|本场|今年|明天|明日|后天|本届)?(?:的)?(?:英语|语文|外语|日语|俄语)?(?:考试|科目)?(?:的)?(?:听力|阅读理解|阅读|完形填空|语法填空|书面表达|写作|作文|短文改错|七选五|材料分析题?|实验题)(?:部分|题目|题)?(?:的)?(?:第[0-9０-９一二三四五六七八九十]+(?:段|篇|节|题|部分|则)(?:对话|独白|材料|短文|文章|听力材料|语篇)?)?(?:的)?(?:话题|主题|题材|内容|材料|素材)?(?:将|会|主要|都)?(?:围绕|涉及|是关于|关于|讲述|讲的是|说的是|谈论|取材于|选自|为以|是以|以|为|是)[“"「][^”"」\n]{2,20}[”"」](?:为(?:主题|话题|题材|中心))?(?:展开|相关)?/g,
    notAfter:
      /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕|往年|去年|历年|上次|上届)[^。；！？\n]{0,10}$/,
    when: (text) =>
      /明天|明日|后天|下周|即将|将于|定于|考前|提前(?:熟悉|准备|复习|了解|构思)|重点(?:复习|准备)/.test(
        text,
      ) &&
      /考试|考生|科目|中考|高考|统考|联考|期末|期中/.test(text) &&
      !/考后|考试结束|已结束|结束后|顺利结束|圆满结束|已经结束|刚刚结束|落下帷幕|讲评|评讲|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗|征文|投稿|大赛|比赛|演讲|朗诵|作品征集|阅读活动|读书活动/.test(
        text,
      ),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题的话题、材料内容，属泄露考试试题秘密',
  },
  {
    // The examiners or judges of an interview or assessment still ahead named before it: 面试将于6月8日
    // 举行。本次面试考官为：张立新、李卫东…; 答辩评委名单如下：王某…. Examiners are drawn and kept
    // secret until the exam so that no candidate can reach them; how they are chosen (考官从考官库中随机
    // 抽取) names no one, and a list after the exam (面试已结束) tells nothing early.
    re: new RegExp(
      `(?:(?:面试|笔试|考试|考核|答辩|评审|测评|技能测试|结构化面试)(?:的)?(?:主考官|考官|评委|评审专家|评审委员|考评员)|(?:本次|本场|此次)?(?:主考官|考官|考评员))(?:组)?(?:名单|成员|组成)?(?:为|是|如下|分别为|分别是)[：:]?\\s*[\\u4e00-\\u9fff]{2,3}(?:、[\\u4e00-\\u9fff]{2,3})+`,
      'g',
    ),
    when: (text) =>
      /将于|即将|将在|拟于|请(?:各位)?考生|考生须知|提前做好准备|届时/.test(text) &&
      !/已结束|结束后|已圆满|顺利举行|圆满完成|已于[^。；！？\n]{0,10}?举行/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '考试前公布考官、评委名单，属泄露考务工作秘密',
  },
  {
    // A question of an exam still ahead told as settled, by its kind and quoted topic (after
    // heldout-final105): 下周人民调解员资格考试的案例分析题已经确定为“宅基地边界纠纷调处”; 明天面试的情景
    // 模拟题已定为“群众围堵窗口”; 本周五技能考核的实操题目敲定为“配电箱接线”. The set question is the
    // paper's content until it is sat. Only with the exam named as ahead just before it in the sentence;
    // an essay contest's theme (征文比赛题目确定为…), an event's theme (活动主题确定为…) and a question
    // told after the exam are not read.
    re: /(?:案例分析|综合分析|情景模拟|结构化|论述|简答|问答|材料分析|作文|写作|申论|面试|笔试|实操|实际操作|试讲|计算|主观|压轴|附加|必答|抢答)(?:题目|试题|考题|题)(?:已经?|均已|都已|也已)?(?:确定|定|敲定|选定|拟定|定下)(?:为|是|了)[：:]?\s*[“"「][^”"」\n]{2,40}[”"」]/g,
    notAfter:
      /(?:严禁|禁止|不得|不会|不能|防止|杜绝|谨防|警惕|往年|去年|历年|上次|上届)[^。；！？\n]{0,10}$/,
    acceptAt: (text, start) =>
      new RegExp(
        `${AHEAD}[^。；！？\\n]{0,24}?(?:考试|笔试|面试|测试|考核|统考|联考|中考|高考|期末考|期中考|月考|资格考|技能鉴定)[^。；！？\\n]{0,8}$`,
      ).test(text.slice(Math.max(0, start - 48), start)),
    when: (text) =>
      !/考后|考试结束|已结束|结束后|讲评|评讲|解析|真题回顾|回忆版|谣言|不实|骗局|诈骗|征文|大赛|比赛/.test(
        text,
      ),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开已确定的试题内容，属泄露考试试题秘密',
  },
  {
    // The answer key of a paper still ahead given by letters (after heldout-final141): 现将参考答案提前
    // 发布：选择题1—8题依次为C、A、D、B…; 明天月考单选题答案是BDAC…. Told before the paper is sat it is the
    // paper. Quiet: the key after the exam (考试结束后公布答案, 已于…举行).
    re: /(?:选择题|单选题|多选题|单项选择|多项选择|判断题|客观题)(?:[0-9０-９]+(?:[—–~～至到-][0-9０-９]+)?题)?(?:的)?(?:参考)?(?:答案)?(?:依次|分别|依次为|分别为|答案为|答案是|为|是)[：:]?\s*[A-DＡ-Ｄ](?:[、，,\s]?[A-DＡ-Ｄ]){4,}/g,
    when: (text) =>
      /提前(?:发布|公布|下发|发放|告知)|考前|将于|定于|即将|明天|明日|后天/.test(text) &&
      !/已结束|考试结束|结束后|已于[^。；！？\n]{0,12}?(?:举行|进行|结束)|顺利举行|圆满结束|落下帷幕|谣言|不实|骗局|诈骗/.test(
        text,
      ),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开试题答案，属泄露考试秘密',
  },
];
