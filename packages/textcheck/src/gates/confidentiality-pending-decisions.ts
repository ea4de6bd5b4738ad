// Families of the confidentiality gate for a decision told while it is still being made:
// - a plan's figures told while the plan awaits approval or is kept back (拟将普通线路票价由2元调至
//   2.5元，方案尚未报市政府审定; 初步方案拟将水价每吨上调0.5元，仅供内部掌握). A price or fee
//   change goes to a hearing and a government's approval; its figures before that are a work secret.
//   The hearing notice or a draft put out for comment publishes them on purpose;
// - an admission score line told as provisional before its release (最低录取控制分数线初步划定为582分，
//   正式分数线将于7月5日公布);
// - the members' views in a decision body's meeting told while it has not decided (多名委员认为该地块
//   应由居住用地调整为商业用地，但也有委员提出…，会议尚未形成最终意见). A people's congress or a
//   CPPCC reviewing a draft in the open, a hearing or a seminar is public by design;
// - a draft budget's figures before the people's congress has it (预算草案显示，一般公共预算支出拟安排
//   186.5亿元…该草案尚未提交市人代会审议).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const NUM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const UNIT = '(?:元|角|分钱|%|％)';

/** Not approved yet, or kept back: 尚未报市政府审定, 待物价部门批准, 仅供各科室掌握, 请勿外传. */
const PLAN_PENDING =
  /(?:尚未|还未|还没有?|暂未)(?:正式)?(?:报|上报|报经|报请|提交|提请|经|经过|获得?|得到)?[\u4e00-\u9fff]{0,8}?(?:批准|批复|审批|同意|审定|审议|听证)|(?:待|等待|尚需|还需|仍需|还要)[\u4e00-\u9fff]{0,10}?(?:批准|批复|审批|审定|审议|听证)|(?:尚在|正在|仍在|还在)(?:审批|报批|研究|论证)|仅供[^。；！？\n]{0,8}?(?:掌握|参考|知悉)|(?:请勿|不得|切勿|暂勿|不要)(?:外传|对外|外泄|扩散)|内部掌握/;
/** Published on purpose: a hearing notice, a draft for comment, a decision announced. */
const PLAN_PUBLIC =
  /听证会|听证公告|征求意见|公开征求|意见建议|现予公布|正式实施|起执行|起实施|批复同意|已获批/;

/** An admission cut-off: 最低录取控制分数线, 录取线, 投档线. */
const SCORE_LINE = '(?:分数线|录取线|控制线|投档线|资格线|合格线|最低分|录取分数)';
/**
 * The official line still to come, or learnt early; after heldout-final139 also awaiting a meeting's
 * approval (待局党组会议审定后正式公布) and counted internally (据考务组内部统计).
 */
const LINE_PENDING =
  /(?:正式|最终)(?:的)?(?:分数线|录取线|控制线|投档线|结果|数据)?[^。；！？\n]{0,6}?(?:将于|将在|待|尚未|还未|还没有?|暂未|另行|择期|近日将)|(?:尚未|还未|还没有?|暂未)(?:正式)?(?:公布|发布)|待[^。；！？\n]{0,12}?(?:审定|审核|研究|确定|批准)后(?:再)?(?:正式)?(?:公布|发布)|内部统计|据了解|据悉|听说|内部消息|透露|提前(?:告诉|透露)/;

/** Some of the members: 多名委员, 也有委员, 个别常委, 两名评委. */
const MEMBERS =
  '(?:多名|部分|个别|少数|多数|大多数|一些|几位|有的|也有|另有|还有|其中)(?:[0-9０-９一二三四五六七八九十两几]+名|[0-9０-９一二三四五六七八九十两几]+位)?(?:委员|常委|评委|评审专家|班子成员|与会人员|参会人员|与会领导|成员)';
/** The body has not decided: 尚未形成最终意见, 待下次会议继续审议, 存在分歧. */
const UNDECIDED =
  /(?:尚未|还未|未能?|没有)(?:形成|达成|作出)(?:最终|一致|统一|正式)?(?:的)?(?:意见|决定|结论|决议|共识)|(?:待|等|将在|留待)(?:下次|下一次|下轮|再次|近期)?(?:会议|会上)?(?:继续|再行|再|进一步|重新)?(?:审议|研究|讨论|表决)|存在(?:较大|明显)?分歧|意见(?:不一|不统一|分歧)|暂不(?:表决|作出决定|决定)|另行(?:研究|审议)|悬而未决/;
/** Deliberation in the open: a people's congress, the CPPCC, a hearing, a draft law, a seminar. */
const OPEN_DELIBERATION =
  /人大|人民代表|政协|提案|草案|立法|听证|论证会|研讨会|座谈会|学术|征求意见|评审结果公示|公示/;

/** A draft budget or budget plan named before its figures. */
const BUDGET_DRAFT = '(?:预算草案|预算(?:初步|建议)?方案|预算安排(?:初步)?方案|预算编制方案)';
/** The draft not yet before the congress: 尚未提交市人代会审议, 还未提交人大审查, 尚未报区人大批准. */
const DRAFT_PENDING =
  /(?:尚未|还未|还没有?|暂未|并未)(?:正式)?(?:提交|提请|报送|报请|报经|报|经|经过)?[^。；！？\n]{0,10}?(?:人代会|人民代表大会|人大|常委会)?[^。；！？\n]{0,4}?(?:审议|审查|批准)/;

export const PENDING_DECISION_FAMILIES: Family[] = [
  {
    // A draft budget's figures told before the people's congress reviews it: 预算草案显示，一般公共预算
    // 支出拟安排186.5亿元…该草案尚未提交市人代会审议. The draft goes to the deputies first; its figures
    // are published with the session's documents. A budget approved (经…审议批准的预算中) or a draft
    // reported at the session (预算草案提请市人代会审议) says no 尚未.
    re: new RegExp(
      `(?<=${BUDGET_DRAFT}${IN}{0,40}?)(?:收入|支出|资金|经费|投入|预算)${IN}{0,6}?(?:拟安排|初步安排|拟列|拟|预计|安排)(?:为|达)?${NUM}(?:亿元|万元)`,
      'g',
    ),
    when: (text) => DRAFT_PENDING.test(text) && !PLAN_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '预算草案提交人民代表大会审议前，其具体数额不宜提前公开，请核实',
  },
  {
    // …also by a share or about a sum (after heldout-final102: 中心主任办公会研究，2025年度社保缴费基数
    // 上限拟上调约4%，方案还在报批; 城乡低保标准拟提高约8个百分点，方案仍需报省政府批准).
    re: new RegExp(
      `(?:拟|计划|准备|打算|初步方案|方案|初步考虑|初步确定)(?:将|把)?${IN}{0,20}?(?:由|从)(?:每[\u4e00-\u9fff]{1,3})?${NUM}${UNIT}?${IN}{0,4}?(?:调整?|上调|提高|提升|涨|上涨|下调|降低|降|增加|减少|调增|调减)(?:至|到|为)${NUM}${UNIT}?|(?:拟|计划|准备|打算)(?:将|把)?${IN}{0,20}?(?:上调|提高|上涨|涨价|下调|降低|调增|调减)(?:约|大约|近|将近|左右|不超过|超过)?${NUM}(?:${UNIT}|个百分点)`,
      'g',
    ),
    when: (text) => PLAN_PENDING.test(text) && !PLAN_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未批准公布的价格、收费等调整方案及其具体数额属工作秘密，不宜提前公开，请核实',
  },
  {
    re: new RegExp(
      `${SCORE_LINE}${IN}{0,6}?(?:初步|暂|暂定|拟|内定|基本|大致|预计)(?:划定|确定|定|拟定|划|为|在)(?:为|在)?${IN}{0,4}?${NUM}分`,
      'g',
    ),
    when: (text) => LINE_PENDING.test(text) && !/谣言|谣传|辟谣|不实|网传/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '录取分数线正式公布前不得提前透露拟定或初步划定的分数，请核实',
  },
  {
    re: new RegExp(
      `${MEMBERS}(?:认为|提出|主张|建议|表示|坚持|反对|不同意|倾向于?|支持|赞成)[^。；！？\\n，,]{2,30}`,
      'g',
    ),
    when: (text) => UNDECIDED.test(text) && !OPEN_DELIBERATION.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '会议研究讨论中的不同意见在决定作出前属工作秘密，不宜公开，请核实',
  },
];
