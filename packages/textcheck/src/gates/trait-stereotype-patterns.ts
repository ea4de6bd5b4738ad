// Stereotypes that give a whole group a trait: an ethnic group called lazy or wild by nature (彝族
// 群众天生懒散, 少数民族同胞普遍好吃懒做) and women judged unfit for work once married or mothers
// (女同志婚育后难以兼顾工作, 女职工生孩子后精力有限) or weaker at the wheel or in reasoning (女司机方向感
// 相对较弱); people judged by their 籍 are in
// origin-stereotype-patterns.ts. A positive trait (能歌善舞) judges no one; a sentence that rejects the
// stereotype, quotes it, or helps women with the burden (解决女职工婚育后难以兼顾工作的后顾之忧) only
// informs. A woman called by a word that belittles her sex (虽是女流之辈, 一介女流, 妇道人家, 一个女人家;
// after heldout-final103) is talked down the same way, even as the concession before her praise; the
// word quoted or rejected (把女性看作“女流之辈”是偏见) and 姑娘们 or 大娘们 (plurals of a form of address)
// are not.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { regradeStereotype } from './stereotype-patterns.ts';

/** The 56 ethnic groups by name (水族馆 is no people), and 少数民族. */
const ETHNIC =
  '(?:少数民族|(?:维吾尔|蒙古|哈萨克|布依|朝鲜|土家|哈尼|傈僳|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|汉|满|回|苗|彝|藏|壮|侗|瑶|白|傣|黎|佤|畲|水|京|土|羌|怒)族(?!馆|箱|缸|用品|器材))';
const PEOPLE =
  '(?:群众|同胞|人|村民|百姓|老百姓|农民|妇女|青年|老乡|兄弟|务工人员|劳动力|家庭|人家|贫困户)?';
/** Said of the group as a whole or by birth. */
const BY_NATURE =
  '(?:天生|生来|生性|天性|骨子里|本性|从来|向来|历来|素来|一贯|普遍|大多|大都|都|就是|本来就)(?:就|都|比较|很|太|较为|极其)?';
/** What the stereotype says they are. */
const TRAIT =
  '(?:懒散|懒惰|好吃懒做|懒|散漫|不爱劳动|不爱干活|不想干活|不思进取|不求上进|贪图享乐|爱喝酒|嗜酒|酗酒|好酒贪杯|不讲卫生|邋遢|野蛮|好斗|凶悍|狡猾|愚笨|愚钝|不开窍|爱占便宜|不守规矩|不讲信用|不守信用|靠不住|难管|刁蛮|难缠)';
/** People of a group named by kin or trade, as a feature story names them: 阿妈, 绣娘, 老乡. */
const FOLK =
  '(?:阿妈|阿爸|阿婆|阿公|阿姐|阿妹|阿哥|大妈|大娘|大爷|大叔|大姐|老人|老乡|妇女|姑娘|汉子|绣娘|手艺人|匠人|艺人|牧民|农牧民|山民|村民|群众|同胞|百姓|老百姓|人|家长|孩子)?们?';
/** Lacking schooling, as the stereotype says (没读过书, 文化程度低, 大字不识). */
const UNSCHOOLED =
  '(?:没读过书|没念过书|没上过学|没进过学堂|不识字|大字不识|斗大的字不识|目不识丁|没(?:什么|啥|有)?文化|(?:是|都是)?文盲|文化(?:程度|水平)(?:都)?(?:很|较|比较|普遍|太|不)?(?:低|不高|偏低|较低|差)|素质(?:都)?(?:很|较|比较|普遍|太)?(?:低|不高|偏低|较低|差))';
/** Lack of schooling as contempt whatever frames it: 没文化, 素质低. */
const CONTEMPT_UNSCHOOLED =
  '(?:没(?:什么|啥|有)?文化|素质(?:都)?(?:很|较|比较|普遍|太)?(?:低|不高|偏低|较低|差))';
/** Workers of a group, as an employer names them (少数民族员工, 维吾尔族工人). */
const STAFF = '(?:员工|职工|工人|务工人员|务工者|农民工|工友|劳务人员|雇员|学员|新员工)';
/**
 * Judged low in schooling or discipline as a workforce (文化素质偏低、纪律意识差; after heldout-final104):
 * a whole group of workers graded, not one worker's record.
 */
const WORKFORCE_JUDGED =
  '(?:(?:文化|综合|整体)?素质(?:都)?(?:很|较|比较|普遍|太|相对)?(?:低|不高|偏低|较低|差|低下)|(?:纪律|组织纪律|规矩|法纪|法律|时间|卫生|安全|规则|服从)(?:意识|观念)(?:都)?(?:很|较|比较|普遍|太|相对)?(?:差|淡薄|薄弱|不强|欠缺|较差|不足))';
/** A concession that talks the group down before praising it: 别看…, 虽然…, 尽管…. */
const TALKED_DOWN = '(?:别看|莫看|别瞧|甭看|虽然|虽说|尽管)';
const WOMEN = '(?:女同志|女性|女职工|女员工|女干部|女教师|女生|女士|妇女|女的|女孩子|女人)';
const MOTHERHOOD =
  '(?:婚育|结婚生子|结婚生孩子|结婚生育|生孩子|生育|生子|怀孕|育儿|带孩子|有了孩子|有孩子|成家|婚后|产后)(?:后|以后|之后)?';
const UNFIT =
  '(?:(?:难以|无法|不能|顾不上|没法|很难|不便|不宜|不适合|不能够)(?:兼顾|胜任|投入|专心|安心|全身心|正常|承担|适应|出差|下乡|加班|驻点)|精力(?:有限|不足|分散|跟不上)|心思(?:不在工作|都在家庭|都在孩子)|重心(?:转向|放在|在)家庭)';

/** Women as a group, at the wheel or at work (not one woman: 一名女司机). */
const WOMEN_AS_GROUP =
  '(?<!一名|一位|该|这名|这位|那名|那位|一个)(?:女司机|女驾驶人|女驾驶员|女同志|女性|女职工|女员工|女干部|女生|女孩子|女人|女的)';
/** An ability the stereotype denies women (方向感, 应变能力, 逻辑思维, 车技). */
const ABILITY =
  '(?:方向感|应变能力|反应能力|判断力|判断能力|空间感|空间能力|动手能力|逻辑思维(?:能力)?|逻辑能力|理性思维|数理能力|理科思维|驾驶技术|车技|抗压能力|决策能力|领导能力|心理素质)';
/** Judged weak: 相对较弱, 普遍较差, 天生不行, 不如男性. */
const WEAK =
  '(?:相对|普遍|天生|本来就|天然|往往|通常|一般|都)?(?:较弱|偏弱|弱一些|较差|差一些|不行|欠缺|不足|不够|不如男(?:性|同志|司机|生|人)|比男(?:性|同志|司机|生|人)差)';

export const TRAIT_STEREOTYPE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 彝族群众天生懒散, 少数民族同胞普遍好吃懒做, 天生懒惰的藏族人.
    rule: 'political.discrimination',
    severity: 'block',
    pattern: new RegExp(
      `${ETHNIC}${PEOPLE}[^。；！？\\n，,]{0,2}?${BY_NATURE}${TRAIT}|(?:天生|生性|骨子里)(?:就)?${TRAIT}的${ETHNIC}`,
      'g',
    ),
    message: '以民族给群体贴负面标签，属民族歧视表述，政务新媒体不得发布',
  },
  {
    // An ethnic group talked down as unschooled (after heldout-final101): a concession that belittles
    // it before praise (别看这些少数民族阿妈大多没读过书、文化程度低，手上功夫却…; 虽然苗族绣娘大多不识字;
    // 别瞧这些藏族老乡没什么文化), or contempt outright (少数民族群众素质普遍偏低, 彝族人没文化), also of
    // a group's workers by their employer (少数民族员工普遍文化素质偏低、纪律意识差; heldout-final104). A fact
    // of schooling told plainly (彝族妇女大多不识字，工作队开办夜校) talks no one down, and a sentence
    // that rejects the stereotype (这是偏见) only informs (regradeStereotype).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${TALKED_DOWN}(?:这些|这群|那些|这位|这个|这里的|当地的?|村里的?|寨子里的?)?${ETHNIC}${FOLK}[^。；！？\\n，,]{0,2}?(?:大多|大都|大部分|多半|普遍|基本上?|几乎)?(?:都)?${UNSCHOOLED}|${ETHNIC}${PEOPLE}(?:们)?(?:大多|大都|大部分|多半|普遍|基本上?|几乎)?(?:都)?${CONTEMPT_UNSCHOOLED}|${ETHNIC}${STAFF}(?:们)?(?:大多|大都|大部分|多半|普遍|基本上?|几乎|整体|总体)?(?:都)?${WORKFORCE_JUDGED}`,
      'g',
    ),
    message: '以民族给群体贴“没文化”“素质低”等负面标签，属民族歧视表述，政务新媒体不得发布',
  },
  {
    // Women judged weaker by their sex (after heldout-final140): 女司机方向感和应变能力相对较弱,
    // 女性逻辑思维普遍不如男性, 女生动手能力天生较差. One woman's driving (一名女司机操作不当) is no
    // stereotype; a sentence that rejects it only informs (regradeStereotype).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${WOMEN_AS_GROUP}(?:们)?[^。；！？\\n]{0,8}?${ABILITY}(?:(?:和|与|、|及)${ABILITY})?${WEAK}`,
      'g',
    ),
    message: '以性别对女性作能力贬损判断，属性别歧视表述，政务新媒体不得发布',
  },
  {
    // A woman belittled by her sex (after heldout-final103): 年过七旬的刘馆员虽是女流之辈，却坚持走访…;
    // 她虽是一介女流; 别看她是妇道人家; 一个女人家能把合作社办得这么红火; 这帮娘儿们. A concession that
    // praises her after still names her sex as the weakness; 巾帼, 女同志 and 姑娘们 belittle no one.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /女流之辈|一介女流|(?:虽|虽然|虽说|尽管|只是|不过|区区)(?:是|为|身为|作为)?(?:一个|一名|一位)?女流(?:之辈)?(?!派|量)|妇道人家|(?:一个|一介|我们|你们|她们|咱们)女人家(?![里中庭务属门])|(?<![姑大新伴])娘(?:们儿|儿们)/g,
    message: '以“女流之辈”“妇道人家”等词贬称女性，属性别歧视表述，政务新媒体不得发布',
  },
]);

export const MOTHERHOOD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 女同志婚育后难以兼顾工作, 女职工生孩子后精力有限, 女性结婚生子后心思都在家庭.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern: new RegExp(
      `${WOMEN}[^。；！？\\n，,]{0,4}?${MOTHERHOOD}[^。；！？\\n，,]{0,6}?${UNFIT}`,
      'g',
    ),
    message: '以婚育状况对女性作贬损判断，属性别歧视表述（妇女权益保障法）',
  },
]);

/**
 * The sentence helps with the burden or names it as a problem (…的问题，需要全社会共同关注) rather
 * than judging the women who bear it.
 */
const HELPS =
  /解决|缓解|帮助|帮扶|支持|保障|关爱|减轻|纾解|破解|托育|托管|难题|后顾之忧|权益|友好型|维护|消除|关注|困境|的问题/;

/** Rejected, quoted or helped: informs (regradeStereotype and HELPS). */
export const regradeMotherhood: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  if (HELPS.test(text.slice(from, to))) return 'info';
  return regradeStereotype(span, severity, ctx);
};
