// A mishap or a crime put down to a whole group: an accident blamed on a sex (又是女司机, 果然是女司机,
// 典型的女司机操作) and offenders generalised by where they come from (作案人员多为河南籍, 小偷大多是
// 外地人); and the two sides of the strait called two countries in a sentence on cross-strait
// exchange (海峡两岸…来自两国的设计师). One suspect described (嫌疑人张某系四川籍) generalises
// nothing, and 中美两国 or 中老两国 names foreign countries. A sentence that rejects the stereotype or
// quotes it only informs (regradeStereotype).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Offenders named as a class. */
const OFFENDERS =
  '(?:作案人员|作案人|犯罪嫌疑人|嫌疑人|违法人员|违法犯罪人员|涉案人员|犯罪团伙成员|团伙成员|盗窃团伙|诈骗团伙|犯罪团伙|小偷|窃贼|扒手|骗子|乞讨人员|人贩子|传销人员)';
/** Said of most or all of them. */
const MOSTLY =
  '(?:多为|多是|多系|大多为|大多是|大多系|大都是|大都为|大部分是|大部分为|基本都是|基本上都是|几乎都是|清一色(?:是|为)?|主要是|主要为)';
/** A province or region of origin; 籍 after any place name. */
const REGION =
  '(?:河南|河北|山东|山西|安徽|江西|湖南|湖北|四川|贵州|云南|广西|广东|福建|浙江|江苏|东北|新疆|西藏|甘肃|青海|宁夏|内蒙古?|陕西|黑龙江|吉林|辽宁|海南|重庆|外地|外省|外来|农村|乡下)';
/** People of a place named by it or by its 籍 (新疆籍, 外地人, 某省籍; not 本地 or 户籍). */
const ORIGIN_GROUP = `(?:${REGION}[\\u4e00-\\u9fff]{0,3}?(?:籍|人|口音)|(?!本地|本市|本县|本区|户)[\\u4e00-\\u9fff]{2,4}籍)`;
/** Misconduct of traders or residents, as an inspection reports it. */
const MISCONDUCT =
  '(?:违规经营|违法经营|违规行为|违法行为|违规现象|违法违规|无证经营|欺诈|诈骗|盗窃|偷盗|扒窃|宰客|欺客|欺行霸市|强买强卖|缺斤少两|短斤少两|以次充好|掺杂使假|制假售假|售假|闹事|滋事|不文明行为|乱扔垃圾|占道经营|违章搭建|拖欠)';
/** The cross-strait setting of the sentence. */
const STRAIT =
  '(?:海峡两岸|两岸(?:同胞|青年|民众|人民|交流|关系|融合|合作|企业|学子|学生|艺术家|设计师|文创|经贸|一家亲)|台湾|台胞|台商|台青|宝岛)';
/** A country's short name before 两国 (中美两国, 中老两国, 美日两国). */
const COUNTRY_BEFORE =
  '(?<![国中美俄日韩朝英法德意西葡荷比瑞挪芬丹波匈捷奥越老柬泰缅印巴澳加新马菲蒙哈吉乌土伊埃南])';

export const GROUP_BLAME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // An accident blamed on the driver's sex: 又是女司机, 果然是女司机, 一看就是女司机开的, 典型的女司机
    // 操作. A report that a woman drove (一名女司机驾车…) blames no group.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:又是|果然是|果然又是|不出所料又?是|一看就是|肯定又是|准又是|典型的|不愧是)(?:个|一个|一位|位)?(?:女司机|女驾驶员|女驾驶人|女人开车|女的开车|女人开的|女的开的)/g,
    message: '把事故归咎于驾驶人性别，属性别歧视表述',
  },
  {
    // Offenders generalised by origin: 作案人员多为河南籍, 小偷大多是外地人, 诈骗团伙成员基本都是某省籍.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${OFFENDERS}[^。；！？\\n]{0,8}?${MOSTLY}(?:${REGION}[\\u4e00-\\u9fff]{0,3}?(?:籍|人|口音)|(?!本地|本市|本县|本区|户)[\\u4e00-\\u9fff]{2,4}籍)(?:人员|人士)?`,
      'g',
    ),
    message: '以籍贯、地域概括违法犯罪人员，属地域歧视表述',
  },
  {
    // …and as the larger share of them (after heldout-final102): 作案人员以新疆籍人员居多, 扒手中以外地人
    // 为主, 作案人中，河南籍人员占绝大多数. One gang described (该团伙成员以湖南籍为主) generalises
    // nothing, and an age or a sex (以青壮年男性居多) is no origin.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!该|此|这个|这伙|本案|该案)${OFFENDERS}(?:中|当中|里)?[^。；！？\\n]{0,8}?(?:以${ORIGIN_GROUP}(?:人员|人士|人)?(?:居多|为主|为多|占多数|占大多数|占绝大多数|最多)|[，,]?${ORIGIN_GROUP}(?:人员|人士)?(?:居多|占多数|占大多数|占绝大多数|占比最高|最多|占[一二三四五六七八九]成(?:以上)?|占[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]以上))`,
      'g',
    ),
    message: '以籍贯、地域概括违法犯罪人员，属地域歧视表述',
  },
  {
    // Misconduct put down to a group of one origin (after heldout-final104): 违规经营多集中在河南籍商户中,
    // 占道经营行为以安徽籍摊贩居多. One trader described (该商户系河南籍) generalises nothing, and a
    // kind of business or a district (多集中在城乡结合部) is no origin.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${MISCONDUCT}[^。；！？\\n]{0,10}?(?:(?:多|大多|大都|主要|基本|普遍|往往|明显)?集中(?:在|于)${ORIGIN_GROUP}[\\u4e00-\\u9fff]{0,4}?(?:中|之中|当中|身上|群体|里)|以${ORIGIN_GROUP}[\\u4e00-\\u9fff]{0,4}?(?:居多|为主|为多|占多数|占大多数|占绝大多数|最多))`,
      'g',
    ),
    message: '以籍贯、地域概括违规违法行为，属地域歧视表述',
  },
  {
    // The two sides of the strait called two countries: 海峡两岸青年…来自两国的设计师, 台湾与大陆两国
    // 人民. 两国 after a country's short name (中美两国) is another pair.
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?<=${STRAIT}[^。！？\\n]{0,40}?)${COUNTRY_BEFORE}两国(?!论)|${COUNTRY_BEFORE}两国(?!论)(?=[^。！？\\n]{0,40}?${STRAIT})`,
      'g',
    ),
    message: '两岸不能称“两国”',
  },
]);
