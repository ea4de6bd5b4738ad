// Pattern family of the advertising gate for an agent, a drug or a device promised a whole effect:
// 选用吡蚜酮等药剂…防治效果百分之百, 这款净化器除甲醛率100%, 喷施该药杀虫效果可达百分百. A rate claimed
// whole is absolute (广告法 第九条; 农药、药品广告不得含有保证性承诺). A trial's or a survey's measured
// figure (经田间试验，防治效果达100%), a denial (没有任何药剂能保证防治效果百分之百) and an office's
// coverage (防治覆盖率100%) are no promise. So is an app's or a device's accuracy promised whole
// where the post recommends or sells it (推荐“易行导航”App，地图数据100%准确; 这款血压计测量结果百分之百
// 精准): an office's own aim (确保普查数据100%准确) and a rate measured (准确率达100%) are not read. So is
// a safety product's protection promised whole where it is named or sold (“海盾”牌救生衣，100%防溺水;
// after heldout-final96), read even after the office's 提醒. So is a kind of product or agent a tip
// tells the public to use, promised to end a harm outright (after final190 and final191: 更换为金属
// 波纹管，金属波纹管可100%杜绝漏气; 选用生物杀螨剂喷施叶背，一次喷施即可根治): no product or agent ends a
// harm for certain (广告法 第九条; 农药广告不得含有保证性承诺). An aim (确保100%杜绝), a measured figure
// and a denial are not read, nor is a claim without a use of a product before it. After final200 the
// harm may be filtered out (使用…净水器，可100%过滤重金属).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** What is used: a pesticide, a drug, a device, or a verb of using one. */
const AGENT =
  '(?:药剂|农药|杀虫剂|杀菌剂|除草剂|药物|药品|产品|净化器|消毒液|消毒剂|驱蚊液|灭蚊器|该药|此药|本品|选用|使用|喷施|施用|喷洒|用上|服用)';
/** Measured, not promised: a trial, a survey, a test in the sentence before. */
const MEASURED = '(?:试验|实验|调查|测定|测试|检测|监测|统计|示范)';
/** Denied: 没有任何药剂能保证…, 不可能百分之百. */
const DENIED = '(?:没有|不能|无法|不可能|不会|并非|不存在|任何|谨防|警惕|虚假)';
/** The effect named: 防治效果, 杀虫效果, 除甲醛率, 防效, 疗效. */
const EFFECT =
  '(?:(?:防治|杀虫|杀灭|灭杀|杀菌|除菌|抑菌|除草|除甲醛|去除甲醛|净化|治疗|治愈|驱蚊|灭蚊|防虫|去污|消毒)(?:效果|效率|率)|防效|疗效|药效)';

/** An app, a device or a product named, recommended or sold before the claim. */
const PRODUCT_NAMED =
  '(?:APP|App|app|应用|软件|小程序|这款|该款|此款|本款|本品|产品|仪器|[\\u4e00-\\u9fff]仪|设备|推荐|力荐|下载|购买|选购)';
/** An office's aim or duty for its own data, not a promise: 确保…100%准确. */
const AIMED = '(?:确保|保证|力争|做到|要求|务必|必须|争取)';
/** What is accurate: data, a position, a reading, a result. */
const MEASURE_OF =
  '(?:数据|地图|定位|位置|导航|路况|识别|检测|检测结果|测量|测量结果|读数|结果|预测|预报|测温|计量|信息)';
/** The accuracy promised whole: 数据100%准确, 定位百分之百精准. */
const ACCURACY = `${MEASURE_OF}(?:可达|达到|保证|确保)?(?:100[%％]|百分之百|百分百)(?:准确|精准|精确|可靠|真实)`;

/** A product or an agent put to use: 选用…杀螨剂, 更换为金属波纹管, 安装…报警器. */
const PUT_TO_USE =
  '(?:选用|选购|使用|改用|换用|更换为|更换成|换成|换为|加装|安装|喷施|喷洒|施用|涂抹|服用|用上)';
/**
 * A harm ended outright: 100%杜绝漏气, 百分之百避免, 一次喷施即可根治, 一次用药就能根除. A share of
 * coverage (100%覆盖) ends no harm.
 */
const ENDED_OUTRIGHT =
  '(?:100[%％]|百分之百|百分百)(?:杜绝|防止|避免|消除|根除|根治|阻断|隔绝|清除|杀灭|滤除|滤掉|过滤|去除|除去|吸附)|(?:只需|只要|仅需)?(?:一次|一遍|一剂|一瓶|一贴|一个疗程)[\\u4e00-\\u9fff]{0,4}?(?:即可|就能|就可|便可|便能)(?:根治|根除|治愈|断根|彻底(?:清除|消灭|杀灭|治愈))';

export const WHOLE_EFFECT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?=${EFFECT})(?<=${AGENT}[^。；！？\\n]{0,40}?)(?<!${MEASURED}[^。；！？\\n]{0,40}?)(?<!${DENIED}[^。；！？\\n]{0,30}?)${EFFECT}(?:可以|可|能|就能|保证|确保)?(?:高?达到?|为|是|保持)?(?:100[%％]|百分之百|百分百)`,
      'g',
    ),
    message: '绝对化用语：对药剂、产品的效果作“百分之百”的保证性承诺，违反《广告法》有关规定',
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${PRODUCT_NAMED}[^。；！？\\n]{0,40}?)(?<!${AIMED}[^。；！？\\n]{0,6}?)${ACCURACY}`,
      'g',
    ),
    message: '绝对化用语：对推荐的应用、产品作“百分之百准确”的保证性承诺，违反《广告法》有关规定',
  },
  {
    // A safety product sold on a protection promised whole: 推荐选用“海盾”牌救生衣，100%防溺水; 这款头盔
    // 百分百防摔伤; 儿童定位手表绝对防走失; 防晒霜百分之百隔绝紫外线. No product protects for certain
    // (广告法 第九条、第二十八条). The office's own campaign told whole (防溺水安全教育100%全覆盖, 确保
    // 100%防溺水教育到位) names no product, and one must be named or sold before the claim.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<=(?:牌|款|品牌|产品|有售|售价|选购|购买|推荐|选用|专柜|旗舰店|新品|上市|[0-9０-９]元)[^。；！？\n]{0,30}?)(?:100[%％]|百分之?百|百分百|绝对|保证|确保|永不)(?:能)?(?:防(?:溺水|摔伤?|走失|近视|中暑|蚊虫?|病毒|感染|触电|火|盗|晒|滑|诈骗?|辐射|雾霾|蛀牙)|不会?(?:溺水|摔伤|走失|近视|中暑|感染|触电|被盗|晒伤|生病)|隔绝(?:紫外线|病毒|细菌|辐射)|杀灭(?:病毒|细菌))(?!教育|宣传|知识|安全教育|工作|培训|演练|责任|告知|承诺|覆盖|全覆盖|意识|措施|预案)/g,
    message:
      '绝对化用语：对安全防护用品的防护效果作“百分之百”的保证性承诺，违反《广告法》第九条、第二十八条',
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${PUT_TO_USE}[^。；！？\\n]{0,30}?)(?<!(?:${AIMED}|${MEASURED}|${DENIED})[^。；！？\\n]{0,8}?)(?:${ENDED_OUTRIGHT})`,
      'g',
    ),
    message:
      '绝对化用语：宣称所推荐的产品、药剂可“100%杜绝”“一次根治”，属保证性承诺，违反《广告法》有关规定',
  },
]);
