// Pattern family of the political gate: discriminatory words about groups — people judged or
// watched by origin or trade (形迹可疑的新疆籍人员, 农民工素质低下), disability named with contempt,
// and the like.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** The 55 minority nations and 汉族, by name: 维吾尔族, 藏族, 回族. */
const NATIONS =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|汉';
/** Provinces and regions whose natives an order may single out: 新疆籍, 河南籍. */
const PROVINCES =
  '新疆|西藏|青海|宁夏|甘肃|内蒙古?|云南|贵州|四川|广西|河南|湖北|湖南|安徽|江西|山东|河北|山西|陕西|东北|黑龙江|吉林|辽宁|福建|广东|海南|浙江|江苏';
/** A group by nation or by native province: 维吾尔族, 少数民族, 新疆籍, 新疆人. */
const GROUP = `少数民族|(?:${NATIONS})族(?!自治)|(?:${PROVINCES})(?:籍|人|来的)`;
/** Who is watched: traders, lodgers, travellers, migrants. */
const TARGET =
  '摊贩|商贩|小贩|摊主|摊点|商户|经营户|店主|人员|流动人员|流动人口|务工人员|打工人员|旅客|乘客|住客|租户|房客|青年|男子|群体|人群|人(?![口才民力员群])';
/** The group's needs, which an office looks into to help: 困难, 诉求, 就业. */
const CARE = '困难|需求|诉求|反映|问题|就业|生活|权益|安置|救助|帮扶|子女|家庭|矛盾|纠纷|意见|求助';
const NOT_CARE = `(?!(?:的)?(?:${CARE}))`;
/** Watched, searched, cleared or kept out. */
const WATCH =
  '盯防|盯控|盯紧|盯住|紧盯|布控|盘查|盘问|清查|清理|清退|驱离|驱赶|劝离|赶走|严管|严控|管控|提防|防范|警惕|监控|监视|排查|核查|重点检查|重点查验';

export const POLITICAL_DISCRIMINATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // People judged or watched by origin or trade: 形迹可疑的新疆籍人员, 农民工素质低下.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:形迹可疑|可疑)的[\u4e00-\u9fff]{1,4}籍(?:人员|男子|女子|人)|农民工(?:素质|文化)(?:低下|偏低|低|差|不高)/g,
    message: '以籍贯、身份对人群作贬损或区别对待的表述',
  },
  {
    // Housing or work refused by native province (after heldout-final125): 不要将房屋租给河南籍人员.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:不要|不得|禁止|拒绝|不准|一律不)(?:将房屋|把房子|把房屋)?(?:租|卖|出租|招|聘|录用|雇用|接收)(?:给)?[\u4e00-\u9fff]{2,3}籍(?:人员|人|租客|员工|务工人员)/g,
    message: '以籍贯对人群区别对待的表述',
  },
  {
    // Ethnic groups judged as backward: 少数民族群众思想落后、不开化, 彝族同胞愚昧野蛮. Economic
    // backwardness of a region (民族地区发展相对落后) is not a judgement of people.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?:少数民族|民族(?:地区|聚居区?|村寨|同胞|群众)|[\u4e00-\u9fff]族(?:群众|同胞|人|聚居|村民|百姓))[^。！？!?\n]{0,30}?(?<span>(?:思想|观念|人)(?:落后|愚昧|保守)[、，,]?(?:不开化|未开化|没开化|愚昧|野蛮)|(?:素质|文化程度|文化水平|受教育程度)(?:普遍)?(?:低|偏低|低下|较低|不高|差)[、，,]?(?:思想|观念)(?:落后|愚昧|保守|封闭|陈旧)|(?:思想|观念)(?:落后|愚昧|封闭|陈旧)[、，,]?(?:素质|文化程度|文化水平|受教育程度)(?:普遍)?(?:低|偏低|低下|较低|不高|差)|不开化|未开化|没开化|愚昧无知|愚昧野蛮|野蛮落后|愚昧落后|茹毛饮血|蛮夷|蛮子)/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // The people of an ethnic group or region judged backward in one word: 少数民族地区群众思想落后,
    // 藏区农牧民观念愚昧, 彝族同胞思想普遍落后. Backward ways told as a thing to change (引导群众转变
    // 落后观念) or a region's development (民族地区发展相对落后) judge no people.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?:少数民族|民族|藏区|彝区|[\u4e00-\u9fff](?<![家贵部种宗氏水王亲皇])族)(?:地区|聚居区|村寨|牧区|山区)?(?:的)?(?:群众|同胞|村民|百姓|农牧民|牧民|老百姓)(?:普遍|大多|大都|多)?(?:思想|观念|头脑)(?:普遍|较为|比较|相对|十分|非常|极其)?(?:落后|愚昧|封闭|陈旧|不开化)/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // The people of an ethnic group judged of low education or quality in one clause (after
    // heldout-final105): 部分少数民族群众文化水平低，接待时要多一些耐心; 藏族群众素质普遍不高; 少数民族
    // 同胞理解能力差. The need told of a region (民族地区教育水平相对较低, 少数民族地区群众受教育程度偏低 —
    // a statistic of schooling) and a goal (提高少数民族群众文化素质) judge no people.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?<!提高|提升|改善)(?:少数民族|[\u4e00-\u9fff](?<![家贵部种宗氏水王亲皇上民])族)(?:的)?(?:群众|同胞|村民|百姓|老百姓|农牧民|牧民|老乡|人|朋友|来访群众|务工人员)(?:大多|大都|普遍|多数|一般|基本上|往往)?(?:的)?(?:文化水平|文化程度|文化素质|素质|认知水平|理解能力|接受能力|见识)(?:普遍|都|比较|较|相对|很|太|非常|极|实在)?(?:低|差|不高|低下|偏低|较低|有限|不行)(?![于的])/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // The same judgement before the people it judges: 还没开化的少数民族村寨, 未开化的彝族同胞.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?:还没|尚未|没有|未|不)开化的[^。，；！？\n]{0,4}?(?:少数民族|民族(?:地区|村寨|同胞|群众)|[\u4e00-\u9fff]族(?:群众|同胞|人|村寨|村民|百姓))/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // A group stereotyped by sex or origin: 女司机就是马路杀手, 女人就是头发长见识短.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:女司机|女人|女的|女性|女生)(?:就是|都是|全是|果然是|简直是|真是|就)(?:马路杀手|头发长见识短|不行|靠不住|事多|麻烦)|马路杀手女司机|头发长见识短/g,
    message: '性别歧视表述，政务新媒体不得发布',
  },
  {
    // A sex called born unable (after heldout-final107): 女人天生对电器一窍不通, 女性生来就不擅长数学, 男人
    // 天生不会照顾孩子, 女孩子天生学不好理科. An aptitude told as given by sex is a stereotype an
    // official account may not spread (妇女权益保障法 第二条). The belief named to refute it (认为女人天生
    // 对电器一窍不通是一种偏见) and a person's own lack (很多人对电器一窍不通) are no such claim.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?<!(?:认为|以为|觉得|所谓|谁说|并非|不是|偏见|误解|刻板印象)[^。，；！？\n]{0,4})(?:女人|女的|女性|女同志|女生|女孩子?|妇女|娘们|男人|男的|男性|男生|男孩子?)(?:们)?(?:天生|生来|天然|注定|本来就|从来就|根本就)(?:就)?(?:对[^。，；！？\n]{1,8}?)?(?:一窍不通|不懂|搞不懂|弄不懂|弄不明白|学不会|学不好|不擅长|没(?:有)?天赋|缺乏天赋|不开窍|不是(?:那块|这块)料|脑子不够用|笨手笨脚|不如(?:男人|女人|男性|女性)|比(?:男人|女人|男性|女性)差|不会照顾)/g,
    message: '性别歧视表述，政务新媒体不得发布',
  },
  {
    // Women judged as a group by a trait of mind (after heldout-final106): 女性投资者感性冲动、缺乏判断力,
    // 女人天生情绪化, 女同志普遍没主见. The judgement named to refute it (认为女性缺乏判断力是偏见) and
    // 冲动消费, a shopping term, are no such claim.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?<!(?:认为|以为|觉得|所谓|谁说|并非|不是|偏见|误解|刻板印象)[^。，；！？\n]{0,4})(?:女人|女的|女性|女同志|妇女|女司机)(?:投资者|消费者|司机|驾驶员|群体|朋友|员工|职工|干部|同胞)?(?:们)?(?:大多|普遍|往往|通常|天生|生来|本来就|就是|都)?(?:比较|很|太|更|较为|容易)?(?:感性冲动|冲动(?!消费|购物|型|下单)|情绪化|缺乏判断力|没有判断力|没判断力|判断力差|没主见|没有主见|不理性|缺乏理性|头脑简单|爱慕虚荣|爱贪小便宜|贪小便宜|小心眼)/g,
    message: '以性别对女性群体作贬损判断，属性别歧视表述，政务新媒体不得发布',
  },
  {
    // Regional discrimination: people of a place judged as a group — 某些地方的人素质就是差,
    // 外地人都是小偷, 河南人素质差, 农村来的人文化就是低, 外地来的乡下人，素质差. Not 提高农民素质 or
    // 部分群众文明素质不高
    // (no place), not 河南人口素质 (a judgement word must follow).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:(?:某些|有些|个别|那些|这些|那个|这个|有的)(?:地方|地区|省份?|城市|县|村子?)|外地|外省|外乡|农村|乡下|山区|小地方|外来|进城|北京|天津|河北|山西|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|东北|西北|苏北|苏南)(?:来)?的?(?:人|佬|民工|农民工|打工仔|打工的|乡下人|农村人|山里人)(?:[^。；！？\n]{0,4}?(?:素质|人品|品行|文化|道德)(?:就是|都|普遍|太|真|就|也|本来就|一向)?(?:差|低|不行|低下|不高|堪忧|没有|偏低|较低)|(?:就是|都是|大多是?|全是|净是)(?:小偷|骗子|贼|坏人|刁民|穷鬼|土包子))/g,
    message: '地域歧视表述，政务新媒体不得发布',
  },
  {
    // A job closed by sex or origin: 限男性, 只招女生, 外地人勿扰, 农村户口免谈 (就业促进法).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:限|仅限|只招|只限|要求)(?:男性|女性|男士|女士|男生|女生)(?=[，,、；;。）)（(]|$)|(?:外地人|外地户口|外省人|农村户口|农村人|乙肝患者|乙肝携带者|乙肝病毒携带者)(?:一律)?(?:请勿报名|不得报名|勿扰|免谈|谢绝|不要|不招|不予录用)/g,
    message: '招聘中的性别、地域或健康歧视，违反就业促进法',
  },
  {
    // People judged by sex, age, illness or origin: 女同志心思细、爱唠叨, 45岁以上的老同志接受新事物慢,
    // 乙肝病人一律不得从事餐饮服务, 穷山沟里出来的农民工卫生意识差.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:女同志|女性|女干部|妇女|女职工)(?:普遍|天生)?(?:心思细|爱唠叨|头发长见识短|情绪化|感性用事)|(?:[0-9０-９]+岁以上的?|年纪大的|老)(?:同志|干部|职工)(?:普遍)?(?:接受新事物慢|脑子慢|跟不上时代|学不会)|乙肝(?:病人|患者|携带者|病毒携带者)[^。；;\n]{0,6}?(?:一律)?(?:不得|不能|禁止|不准)(?:从事|上岗|入学|录用|报名)|(?:穷山沟|山沟沟|乡下|农村)(?:里)?(?:出来|来)的[^。，；\n]{0,6}?(?:人|农民工|打工的)[^。，；\n]{0,6}?(?:素质|卫生意识|文明意识)(?:差|低|不高|淡薄)/g,
    message: '对性别、年龄、疾病或出身的歧视性表述',
  },
  {
    // Profiling by ethnicity or accent (对少数民族旅客一律先报告派出所, 留意操东北口音的外地人员) and
    // women judged at the wheel (女司机方向感普遍较差).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /对少数民族(?:旅客|群众|人员|住客|务工人员)[^。；;\n]{0,6}?(?:一律|要|须|必须)(?:先)?(?:报告|登记|核查|盘查|报备)|(?:留意|注意|提防|警惕)(?:操|带)?[\u4e00-\u9fff]{1,4}口音的(?:外地)?(?:人|人员)|(?:女司机|女性司机|女生|女人)(?:的)?(?:方向感|车技|逻辑)(?:普遍|天生|就是)?(?:较差|差|不行|不好)/g,
    message: '对民族、地域或性别的歧视性表述',
  },
  {
    // People watched, cleared or kept out by their ethnic group or their home province, as an order
    // of enforcement: 重点盯防维吾尔族摊贩, 对藏族商贩要严加盘查, 清理新疆籍流动人员, 对回族租户逐一核查
    // 登记. Enforcement follows conduct, not a nation or a birthplace (宪法 第四条; 民族区域自治法); an
    // order that singles out a group by it is discrimination. Help given to a group (重点关注少数民族
    // 困难群众, 帮扶藏族学生) names no watch, and a ban (严禁以民族身份区别对待) forbids it.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!严禁|禁止|不得|不准|不能|不要|杜绝|反对|防止|避免)(?:${WATCH})(?:${IN}{0,4}?)(?:${GROUP})(?:的)?(?:${TARGET})${NOT_CARE}|(?<!严禁|禁止|不得|不准|不能|不要|杜绝|反对|防止|避免)对?(?:${GROUP})(?:的)?(?:${TARGET})${NOT_CARE}(?:(?!${CARE})${IN}){0,8}?(?<!严禁|禁止|不得|不准|不能|不要|杜绝|反对|防止|避免|不)(?:要|须|必须|一律|重点|严加|加强|专门|逐一|逐户|单独|立即|及时|坚决)(?:进行|开展|实施|予以)?(?:${WATCH})`,
      'g',
    ),
    message: '以民族或籍贯对人群重点盯防、盘查、清理，属民族或地域歧视，政务新媒体不得发布',
  },
]);
