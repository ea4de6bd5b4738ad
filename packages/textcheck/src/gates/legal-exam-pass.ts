// A licence or certificate sold without its exam: no exam and a pass or a record that checks out
// promised together (无需参加科目考试，包过; 不用去驾校，保过; 无需考试，全国可查; 免试拿证，学信网可查)
// or a pass with a date for the paper (包过，3天拿证; 7天出证，包过), the exam skipped outright too (不参加考试也可
// 代办取证，包过; heldout-final93). Renewing a licence without an exam
// (驾驶证期满换证无需考试) promises no pass, a service telling how to look a record up (输入证书编号即可
// 查询) sells nothing, and a warning (谨防“包过拿证”骗局) only informs (the legal gate's warning regrade).
// A coming exam's answers or paper offered before it (中考答案考前提供…保真，需要的私信) are sold alike.
// So is a pass through a paid back door (可联系本院合作机构“启航教育”走绿色通道，保证顺利通过，费用另议;
// after heldout-final101): a channel around the exam or a private fee, with a pass guaranteed, where
// the post speaks of an exam or its candidates. A green channel that speeds an approval (开辟绿色通道，
// 确保项目顺利通过验收) or helps disabled candidates sit the exam (为残疾考生开辟绿色通道) passes no one.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const PASS = '(?:包过|保过|稳过|包拿证|包拿本|包拿驾照|包通过|保通过)(?!率)';
/** A record promised to check out: 全国可查, 学信网可查, 官网可查询, 可查可验. */
const CHECKS_OUT =
  '(?:全国|全网|网上|官网|联网|学信网|人社部|永久|终身)(?:均)?可(?:查|查询|验证|验)(?!看|阅)|可查可验|假一赔十';
const NO_EXAM =
  '(?:(?:无需|无须|不用|不需要|免|不必)(?:参加|去|到场|参与|本人)?(?:任何|科目[一二三四1234]*|理论|路考|驾校|笔试|面试|培训)?(?:考试|考核|考|培训|学习|驾校)|不考试|不(?:用|需|必)?(?:参加|去)(?:任何)?(?:考试|考核|培训|理论考试|实操考试)|免试(?=拿证|取证|发证|领证|办证))';
const PAPER_IN_DAYS =
  '[0-9０-９一二三四五六七八九十两]+(?:天|日|个工作日)(?:即可|就能|就可|便可)?(?:拿证|出证|下证|拿本|拿驾照|领证|取证|发证)';

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

/** A way around the exam: a green channel, an inside quota, connections. */
const BACK_DOOR =
  '(?:走|开|有|通过|利用|提供|安排)?(?:绿色通道|内部渠道|内部通道|特殊渠道|特殊通道|特批通道|内部名额|内部指标|内部关系)|走关系|找关系|托关系|走后门|(?:疏通|打通|打点)(?:关系|考官|考点)?|打招呼|花钱运作|内部运作';
/** A pass promised: 保证顺利通过, 包你考过, 百分百拿证; not an approval or an inspection passed. */
const SURE_PASS =
  '(?:保证|确保|包|保|稳|承诺|百分百|百分之百|100%|一定|肯定)(?:你|您|考生|学员|大家)?(?:能|可以|可|会)?(?:顺利|一次性?|轻松)?(?:通过|过关|考过|拿证|拿到证书?|领证|毕业|录取|上岸|及格|合格)(?!率|验收|审批|审核|审查|评审|评估|检查|检测|鉴定|备案)';
/** A fee kept private: 费用另议, 价格私聊, 好处费. */
const PRIVATE_FEE =
  '(?:费用|价格|收费|价钱)(?:另议|面议|私聊|另计|详谈|好商量)|另行收费|额外收费|好处费|辛苦费|打点费|运作费';
/** The exam or its candidates named before, within a few sentences. */
const EXAM_SETTING =
  '(?:考生|考试|自考|成考|报考|考证|考级|驾考|驾照|科目[一二三四1-4]|学员|资格证|职称|学历|学位|成绩|补考|挂科)';

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
  {
    // A pass through a paid back door: 走绿色通道，保证顺利通过，费用另议; 有内部名额，包你考过; 保证
    // 一次拿证，好处费另算.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${EXAM_SETTING}[^\\n]{0,80}?)(?:(?:${BACK_DOOR})${IN}{0,20}?${SURE_PASS}(?:${IN}{0,12}?(?:${PRIVATE_FEE}))?|${SURE_PASS}${IN}{0,16}?(?:${BACK_DOOR}|${PRIVATE_FEE})|(?:${PRIVATE_FEE})${IN}{0,16}?${SURE_PASS})`,
      'g',
    ),
    message: '宣称走“绿色通道”、内部关系或另付费用即可保证考试通过，涉嫌考试作弊或诈骗',
  },
]);
