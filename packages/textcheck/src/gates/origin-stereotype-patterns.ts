// Stereotypes of people by where they come from: a group named by its origin — the countryside,
// elsewhere, a province or its 籍 — judged low in 素质 or manners (农村来的护工素质普遍不高, 外地人素质就是差,
// 河南籍租户素质普遍偏低, 外省籍务工人员大多不讲卫生). The judgement may follow in the same clause or in
// the next one, the group taken up again by a pronoun (河南籍人员占比较高，这部分人员素质普遍偏低; 外来
// 务工人员较多，其中不少人没素质), or come first (素质差的大多是外地租户). A fact of schooling (农民工
// 文化程度普遍偏低, 文化素质偏低) judges no one, a judgement of another group across a comma (外地人员较多，
// 部分村民素质偏低) is not this one's, and a sentence that rejects the stereotype or quotes it only
// informs (regradeStereotype).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** People named by their origin. */
const ORIGIN =
  '(?:农村来的|农村出来的|乡下来的|村里来的|山里来的|外地来的|农村人(?!口)|乡下人|村里人|山里人|外地人|外来人员|外来人|外来务工人员|农民工|乡巴佬|(?:外省|外县|外乡|山区|偏远地区)来的)';
/** Provinces and "elsewhere", as origins. */
const PLACE =
  '(?:河南|河北|山东|山西|安徽|江西|湖南|湖北|四川|贵州|云南|广西|广东|福建|浙江|江苏|东北|新疆|西藏|甘肃|青海|宁夏|内蒙古?|陕西|黑龙江|吉林|辽宁|海南|重庆|外地|外省|外县|外乡|外来)';
/** People named by what they do where they live or work. */
const RESIDENTS =
  '(?:租户|租客|房客|住户|商户|摊贩|摊主|务工人员|打工人员|务工者|外卖员|快递员|员工|工人|民工|司机|居民|群众|学生|家长|人员|人士|人)';
/** The group: its origin, or a province's 籍 or people. */
const GROUP = `(?:${ORIGIN}|${PLACE}(?:籍(?:的)?${RESIDENTS}?|(?:来的|的)?(?:租户|租客|房客|商户|摊贩|摊主|务工人员|打工人员|民工|司机)))`;
/** The group taken up again in the next clause: 这部分人员, 这些人, 该群体, 其中不少人, 他们. */
const TAKEN_UP =
  '(?:(?:这部分|这一部分|这些|这类|这批|这帮|这伙|这群|该部分|该类|该|此类|此部分|其中(?:不少|很多|大部分|多数|部分|一些|相当一部分)?)(?:人员|人|群体|人群|租户|租客|摊贩|摊主|商户|务工人员|人士)|他们|她们)';
/** Same clause, or the next clause that takes the group up again. */
const LINK = `(?:[^。；！？\\n，,]{0,10}?|[^。；！？\\n]{0,24}?[，,]\\s*${TAKEN_UP}[^。；！？\\n，,]{0,4}?)`;
/** Judged low in 素质 (not 文化素质, 身体素质: schooling and health judge no one) or in manners. */
const LOW_MANNERS =
  '(?:(?<!文化|身体|技能|业务|专业|心理)(?:素质|人品|品行|道德水平|文明程度|文明素质|卫生习惯|文明习惯|卫生意识)(?:普遍|大多|都|往往|就是|本来就|整体|总体|一般|实在|太|也|相对|明显|比较|较为)?(?:低下|低|差|不高|不行|太差|较差|较低|偏低|堪忧|不好|欠佳|很差|很低)|没(?:什么|有)?素质|(?:普遍|大多|大都|都|就是)(?:不讲卫生|不讲文明|爱占小?便宜|不守规矩|素质差))';
/** Low 素质 first, the group after: 素质差的大多是外地租户, 素质偏低的主要是河南籍人员. */
const LOW_FIRST =
  '(?<!文化|身体|技能|业务|专业|心理)(?:素质|文明程度|人品|品行)(?:普遍|大多|都|比较|较为|相对)?(?:低下|低|差|不高|较差|较低|偏低|很差)的[^。；！？\\n，,]{0,8}?(?:多为|多是|大多是|大多为|大都是|主要是|主要为|基本是|基本都是|都是|一般是|往往是)';

export const ORIGIN_STEREOTYPE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 农村来的护工文化程度低、素质普遍不高; 河南籍租户素质普遍偏低; 河南籍人员占比较高，这部分人员素质
    // 普遍偏低; 素质差的大多是外地租户.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(`${GROUP}${LINK}${LOW_MANNERS}|${LOW_FIRST}${GROUP}`, 'g'),
    message: '以籍贯、地域、城乡出身对群体作贬损判断，属地域歧视表述',
  },
]);
