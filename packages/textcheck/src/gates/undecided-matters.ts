// Matters still undecided, told early from a meeting or an insider: a nomination 尚未经市委常委会研究，
// 但基本已定; a plan 还在研究，尚未最终确定 that readers are told to prepare for anyway. The post names
// its channel (据悉, 据…透露, 内部消息, 先跟大家通个气), an insider named with the plan (据内部人士
// 透露，…拟将…), or lists what is unsettled (尚未最终确定的拟征收地块分别为…): what the decision body
// has not settled is a work secret until it is published. A rumour refuted (网传…不实) or a reply
// that points to the official release tells nothing early. A draft sent round early names its
// channel too (先发给大家提前了解). The particulars of a division change told while it awaits approval
// (撤县设区方案尚在审批中，初步拟定新区名称为“云溪区”; 方案尚未经上级批准，也未对外公布) need no
// channel: the plan is secret until approved, and neither do a merger told with its approval pending
// (正在研究将开发区与高新区合并的方案，尚未报省政府批准) or a list of cadres settled in draft before the
// meeting that decides (拟任干部名单已初步确定（尚未提交常委会研究）).
import type { Family } from './confidentiality-family.ts';

/** How the post says it learnt the matter before its release. */
const LEAKED =
  /据悉|透露|据参加会议|据参会|知情人士|内部消息|小道消息|通个气|透个底|剧透|提前(?:告诉|放出|曝光|了解|知晓|知道|看看|透露)|先跟大家说|先(?:发|传|转)(?:给|到)?(?:大家|各位|群里)|先睹为快|抢先(?:看|了解|知晓)/;
const REFUTED =
  /谣言|谣传|辟谣|不实|虚假|网传|假消息|以官方(?:发布|公布|通知)为准|以正式(?:文件|发布|公布|通知)为准/;

/** A change of administrative divisions (撤县设区, 青山区整体并入城东区), secret until approved. */
const DIVISION_CHANGE =
  /撤县设区|撤县设市|撤县建市|撤市设区|撤乡设镇|撤镇设街道|撤乡并镇|撤并乡镇|乡镇撤并|区划调整|行政区划|新设(?:区|市|县)|(?:区|县|乡|镇|街道)(?:整体|的行政区域)?(?:并入|划入|划归)(?:[\u4e00-\u9fff]{1,6}?(?:区|县|市|乡|镇|街道))/;
/** Still waiting for approval: 尚在审批中, 正在报批, 尚未批复, 待省政府批复. */
const AWAITING_APPROVAL =
  /(?:尚在|正在|仍在|还在)(?:审批|报批|审核|审查)|(?:审批|报批)(?:中|阶段|程序中)|(?:尚未|还未|还没有?|暂未|未)(?:获得?|得到|(?:报)?经(?:过)?[^。；！？\n，,]{0,8}?)?(?:批复|批准|获批)|(?:待|等待|等候)[^。；！？\n]{0,10}?(?:批复|批准)|(?:正式)?批复前|(?:尚未|还未|还没有?|暂未|也未|并未)(?:正式)?(?:对外)?(?:公布|公开|发布)/;
/** A rumour refuted: not 以正式文件为准, which hedges a plan told early rather than refuting it. */
const RUMOUR_REFUTED = /谣言|谣传|辟谣|不实|虚假|网传|假消息/;

/** Not yet approved by the body above: 尚未报省政府批准, 还未获批复, 尚在审批中. */
const NOT_APPROVED =
  '(?:(?:尚未|还未|还没有?|暂未)(?:正式)?(?:报|上报|报经|报请|提交|提请|经|经过|获得?|得到)?[\\u4e00-\\u9fff]{0,6}?(?:批准|批复|审批|同意|审定)|(?:尚在|正在|仍在|还在)(?:审批|报批)|(?:尚未|还未)获批)';
/**
 * The plan itself not yet made public: 该方案目前尚未正式公开, 此事还未对外公布. Not a detail still to come
 * (具体细则尚未公布): the plan or the matter must be the subject.
 */
const NOT_PUBLISHED =
  '(?:方案|消息|此事|该事|这件事|决定|计划|事项)[^。；！？\\n，,]{0,6}?(?:尚未|还未|还没有?|暂未|并未)(?:正式)?(?:对外|向社会)?(?:公开|公布|发布|宣布)';
/** A body of the state merged, split or raised: 开发区与高新区合并, 撤并乡镇, 撤县设区. */
const REORGANISED =
  '(?:合并|撤并|整合|并入|划入|划归|拆分|升格|托管|撤销|撤县设区|撤县设市|撤市设区|撤乡设镇|撤镇设街道|区划调整)';
/**
 * Not yet settled by the body that decides: 尚未提交常委会研究, 还未经党组会讨论, 尚未公示, and the
 * meeting still ahead (待县委常委会研究通过后再行公示, 还需提交党组会审议, 等党委会研究后另行通知).
 */
const NOT_DECIDED =
  /(?:尚未|还未|暂未|还没有?|没有|未)(?:提交|提请|经|经过|报|上)?[^。，；\n]{0,8}?(?:常委会|常务会|党委会|党组会|党工委会|办公会|班子会|集体)(?:研究|讨论|审议|决定)|(?:(?<![期对])待|等待|等|尚需|还需|仍需|还要)(?:提交|提请|经|经过|报|上)?[^。，；\n]{0,8}?(?:常委会|常务会|党委会|党组会|党工委会|办公会|班子会)(?:研究|讨论|审议|决定)|(?:尚未|还未|暂未)(?:公示|考察|履行(?:相关)?程序)|待考察|酝酿中/;
const PUBLISHED_NOTICE = /现予以?公示|特此公示|公示期|任前公示|公示如下/;

export const UNDECIDED_FAMILIES: Family[] = [
  {
    // A plan to merge or split bodies told with its approval still pending: 市里正在研究将开发区与
    // 高新区合并的方案，目前尚未报省政府批准; 尚未获批的乡镇撤并方案显示…; or decided and told while
    // still unpublished (拟将青石小学撤并至镇中心小学，该方案目前尚未正式公开). An approved merger (经省政府
    // 批准…合并) or a plan put out for comment is public.
    re: new RegExp(
      `(?:研究|酝酿|谋划|论证|起草|拟定|拟|计划|准备|打算)(?:将)?[^。；！？\\n]{1,24}?${REORGANISED}[^。；！？\\n]{0,24}?(?:${NOT_APPROVED}|${NOT_PUBLISHED})|(?:尚未|还未|未)(?:获批|(?:获|经)?(?:批准|批复|审批))的[^。；！？\\n]{0,16}?${REORGANISED}(?:的)?(?:方案|计划|设想)`,
      'g',
    ),
    when: (text) => !REFUTED.test(text) && !/公开征求意见|征求意见稿|现予以?公示/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未批准或公布的机构、学校、区划合并调整方案属工作秘密，不得提前公开',
  },
  {
    // A list of cadres or a change of heads settled in draft before the body that decides has met:
    // 拟任干部名单已初步确定（尚未提交常委会研究）, 主要负责人拟作调整. A 任前公示 is public by design,
    // and a procedure (考察对象名单初步确定后，待常委会研究) names no case.
    re: /(?:干部|人选|人事)?(?:调整)?(?:名单|人选)(?:已经?)?(?:初步|基本)(?:确定|敲定|拟定|形成|成型|酝酿成熟)(?!后|之后|以后)|(?:主要负责人|一把手|主要领导|班子成员|领导班子|负责同志|局长|书记)(?:拟作|拟将|拟|将作)(?:调整|调动|交流|轮岗|免职|更换|变动)/g,
    when: (text) => NOT_DECIDED.test(text) && !PUBLISHED_NOTICE.test(text) && !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未经集体研究决定的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // The particulars of a division change still awaiting approval or release: 初步拟定新区名称为“云溪
    // 区”, 区政府驻地拟设在城关镇, 拟将河口镇、石门乡划入新区, 拟将青山区整体并入城东区，新区政府驻地设
    // 在东湖路，方案尚未经上级批准 (a hedge such as 以正式文件为准 refutes nothing). An approved change
    // (经国务院批准…区人民政府驻城关镇), a road-naming notice put out for comment, or progress told
    // without particulars is public.
    re: /(?:初步)?(?:拟定|拟|拟将|暂定|初定)(?:新区|新市|新县|新设区|新设市|新镇|新街道)?(?:的)?(?:名称|命名|更名)(?:为|是)|(?:新区|新市|新县|新设区|新设市|新镇|新街道)(?:的)?名称(?:初步)?(?:拟定|拟|暂定|初定)(?:为|是)?|(?:政府|人民政府|区委|县委|市委)?驻地(?:初步)?(?:拟|暂定|初定|将)?(?:设|迁|定|选)(?:在|于|至|为)|(?:拟|计划|准备|打算)(?:将|把)?[^。；！？\n，,]{1,16}?(?:划入|划归|并入|撤并|合并为|合并设立|合并组建)/g,
    when: (text) =>
      DIVISION_CHANGE.test(text) &&
      AWAITING_APPROVAL.test(text) &&
      !RUMOUR_REFUTED.test(text) &&
      !/公开征求意见|征求意见稿|现予以?公示/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未批准的行政区划调整方案（名称、驻地、范围）属国家秘密或工作秘密，不得提前公开',
  },
  {
    // The body that decides has not met on it: 尚未经市委常委会研究, 还没有经过党组会讨论, 未经县政府
    // 常务会议审议, with what it decides told all the same.
    re: /(?:尚未|还未|暂未|还没有?|没有)经(?:过)?[\u4e00-\u9fff]{0,8}?(?:常委会|常务会议?|党委会|党组会|党工委会|办公会|班子会|会议|集体)(?:研究|讨论|审议|决定|通过)/g,
    when: (text) => LEAKED.test(text) && !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未经集体研究决定的事项属工作秘密，不宜提前公开，请核实',
  },
  {
    // A plan still being weighed: 具体方案还在研究，尚未最终确定; 正在酝酿中，暂未敲定; 尚未最终定稿.
    re: /(?:还在|正在|仍在|尚在)(?:研究|讨论|酝酿|论证|商议|制定)(?:中|之中|当中)?[，,]?\s*(?:尚未|还未|还没有?|暂未|没有)(?:最终|正式)?(?:确定|定稿|敲定|定下来|出台)|(?:尚未|还未|还没有?|暂未)(?:最终|正式)(?:确定|定稿|敲定)/g,
    when: (text) => LEAKED.test(text) && !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚在研究、未最终确定的事项不宜提前公开，请核实',
  },
  {
    // Plots to be expropriated or pulled down, listed before they are settled: 尚未最终确定的三个拟征收
    // 地块分别为…, 还未正式批准的拆迁片区包括…. The list itself is the early word (speculation,
    // building rushed up to claim compensation); a 征收预公告 names settled land.
    re: /(?:尚未|还未|暂未|还没有?|未)(?:最终|正式)?(?:确定|敲定|批准|审定|定下来|公布)的[^。；！？\n，,]{0,8}?(?:拟|待)?(?:征收|拆迁|收储|搬迁|征地|棚改)(?:的)?(?:地块|片区|范围|区域|名单|项目|对象|村组|点位|楼栋)[^。；！？\n]{0,6}?(?:分别为|分别是|包括|涉及|为|是|[：:])/g,
    when: (text) => !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未最终确定的征收、拆迁范围不宜提前公开，请核实',
  },
  {
    // A plan told from an insider before its release: 据内部人士透露，…拟将起步价调整为10元, 知情人士
    // 称，…明年将上调. A citizen who cites an insider on what happened names no plan.
    re: /(?:内部人士|内部知情人士?|知情人士|内部消息人士|内部员工|内部工作人员|内部消息)(?:私下)?(?:透露|爆料|放风|称|表示|说)[，,：:]?[^。！？\n]{0,40}?(?:拟|计划|准备|打算|酝酿|或将|将要?|即将)[^。！？\n]{0,20}?(?:调整|上调|下调|提高|降低|上涨|出台|实施|启动|推出|取消|撤并|合并|征收|拆迁|任命|提拔)/g,
    when: (text) => !REFUTED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '援引内部人士提前透露尚未公布的决策，不宜公开发布，请核实',
  },
];
