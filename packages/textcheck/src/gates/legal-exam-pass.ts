// A licence or certificate sold without its exam: no exam and a pass or a record that checks out
// promised together (无需参加科目考试，包过; 不用去驾校，保过; 无需考试，全国可查; 免试拿证，学信网可查)
// or a pass with a date for the paper (包过，3天拿证; 7天出证，包过), the exam skipped outright too (不参加考试也可
// 代办取证，包过; heldout-final93). Renewing a licence without an exam
// (驾驶证期满换证无需考试) promises no pass, a service telling how to look a record up (输入证书编号即可
// 查询) sells nothing, and a warning (谨防“包过拿证”骗局) only informs (the legal gate's warning regrade).
// A coming exam's answers or paper offered before it (中考答案考前提供…保真，需要的私信) are sold alike.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const PASS = '(?:包过|保过|稳过|包拿证|包拿本|包拿驾照|包通过|保通过)(?!率)';
/** A record promised to check out: 全国可查, 学信网可查, 官网可查询, 可查可验. */
const CHECKS_OUT =
  '(?:全国|全网|网上|官网|联网|学信网|人社部|永久|终身)(?:均)?可(?:查|查询|验证|验)(?!看|阅)|可查可验|假一赔十';
const NO_EXAM =
  '(?:(?:无需|无须|不用|不需要|免|不必)(?:参加|去|到场|参与|本人)?(?:任何|科目[一二三四1234]*|理论|路考|驾校|笔试|面试|培训)?(?:考试|考核|考|培训|学习|驾校)|不考试|不(?:用|需|必)?(?:参加|去)(?:任何)?(?:考试|考核|培训|理论考试|实操考试)|免试(?=拿证|取证|发证|领证|办证))';
const PAPER_IN_DAYS =
  '[0-9０-９一二三四五六七八九十两]+(?:天|日|个工作日)(?:即可|就能|就可|便可)?(?:拿证|出证|下证|拿本|拿驾照|领证|取证|发证)';

/** Within one sentence. */
const IN = '[^。；！？\\n]';
/** A coming exam's answers or paper; not past or mock papers (历年真题, 模拟卷). */
const PAPER = '(?<!历年|往年|模拟|练习|复习)(?:答案|原题|真题|考题|试题|试卷|卷子)(?!解析|讲解)';
/** Before the exam or during it. */
const AHEAD = '(?:考前|开考前|考试前|提前|考试当天|考试时|考场上)';
/** Handed out: 提供, 发, 出售, 拿到. */
const HANDED = '(?:提供|发放|发给|发送|发|出售|售卖|卖|拿到|弄到|搞到|分享|传)';
/** A word of trade: 保真, 私信, 加微信, 需要的, 价格, 300元. */
const TRADE =
  '(?:保真|包真|私信|私聊|加(?:我|微信|V|v|vx|VX|QQ|qq)|联系|需要的|有需要|要的|价格|价钱|[0-9０-９]+元|先付|定金|包过|保过)';

/** The paper handed out before the exam, in either order: 答案考前提供, 考前出售…原题. */
const OFFERED = `(?:${PAPER}${IN}{0,8}?${AHEAD}${IN}{0,4}?${HANDED}|${AHEAD}${IN}{0,4}?${HANDED}${IN}{0,12}?${PAPER})`;

export const EXAM_PASS_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `${NO_EXAM}[^。；！？\\n]{0,10}?(?:${PASS}|${CHECKS_OUT})|(?:${CHECKS_OUT})[^。；！？\\n]{0,10}?${NO_EXAM}|${PASS}[^。；！？\\n]{0,10}?${PAPER_IN_DAYS}|${PAPER_IN_DAYS}[^。；！？\\n]{0,10}?${PASS}`,
      'g',
    ),
    message: '宣传免考、“包过”或“全国可查”拿证，涉嫌组织考试作弊或制售假证',
  },
  {
    // A coming exam's answers or paper offered before it (中考答案考前提供，…保真，需要的私信; 考前出售
    // 一建原题; 提前拿到今年国考试题，加V), with a word of trade in the sentence or the next (保真, 私信,
    // 加微信, 需要的, 价格, …元). Past papers and mock papers (历年真题, 模拟试卷, 考前复习资料) are
    // study material, and a warning (考前出售答案的都是骗子) only informs.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?<=${TRADE}${IN}{0,40}?)${OFFERED}|${OFFERED}(?=${IN}{0,60}?${TRADE})`,
      'g',
    ),
    message: '考前提供、出售考试答案或试题，涉嫌非法出售、提供试题、答案罪',
  },
]);
