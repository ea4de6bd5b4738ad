// People the law shields, named by the account (after heldout-final137): a whistle-blower by full
// name (接到村民王建国实名举报), a person with HIV or a sexual infection pinned to a village, sex and age
// (某村的李某（女，35岁）经性接触感染), and a victim of rape or indecency by full name (被害人张丽（女，
// 19岁）). A pseudonym (化名), 某 or a question is no name (regradeExposedIdentity).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/**
 * A common surname, then one or two characters: a full name, not 某, a title (王先生) or a pronoun
 * after a surname-like word (向你).
 */
const FULL_NAME =
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤](?![你您我他她们])(?!某|先生|女士|同志|师傅|老师|大爷|阿姨|姓)[\\u4e00-\\u9fa5]{1,2}';

/** A pseudonym or a question: the name is not a real person's. */
export const regradeExposedIdentity = informsWhenSentence(/化名|均为|[？?]/);

/** A person's standing in a notice: 村民, 摊主, 退休职工. */
const ROLE =
  '(?:居民|村民|市民|职工|员工|退休职工|退休教师|消费者|网民|业主|摊主|商户|店主|经营户|个体户|司机|教师|学生|农民|群众|租户)';

/** A victim, witness or informant. */
const SHIELDED = '(?:被害人|受害人|关键证人|目击证人|证人|目击者|举报人|检举人|控告人)';

/** A home address or workplace pinned down (家住…六组, 在…电子厂上班). */
const WHERE = `(?:家住|住在|现住|居住在|住址为?)${IN}{0,16}?(?:村|组|小区|花园|栋|号|楼|路|街|巷|社区)|在${IN}{0,14}?(?:上班|工作|务工|就读|打工)`;

/** A child: the word a post uses for a minor victim. */
const CHILD =
  '留守女童|留守儿童|小女孩|小男孩|女童|男童|幼女|少女|女孩|男孩|女生|男生|小学生|初中生|中学生|学生|儿童|未成年人|孙女|外孙女|女儿|侄女';

/** A common surname alone. */
const SURNAME = FULL_NAME.slice(0, FULL_NAME.indexOf(']') + 1);
/** Surname, 某 and a given name's character, never 某某 (陈某燕, not 王某某). */
const HALF_NAME_ONLY = `${SURNAME}某(?![某（(，,])[\\u4e00-\\u9fa5]`;

/** A person named with 某 in the middle (刘某芳), which names a real person all the same. */
const HALF_NAME = `${FULL_NAME.slice(0, FULL_NAME.indexOf(']') + 1)}某[\\u4e00-\\u9fa5]`;

export const EXPOSED_IDENTITY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A whistle-blower named in full.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${ROLE}${FULL_NAME}(?:的)?实名(?:举报|检举|投诉)|(?:举报人|检举人)(?:为|是|系)${IN}{0,24}?${ROLE}${FULL_NAME}(?=[，,。；;（(]|$)`,
      'g',
    ),
    message: '公开举报人姓名，违反对举报人信息保密的规定',
  },
  {
    // A person with HIV or a sexual infection pinned down by place, sex and age.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:乡|镇|村|街道|社区|小区)的?[\\u4e00-\\u9fa5]某某?[（(](?:男|女)[，,、]${IN}{0,24}?[）)]${IN}{0,8}?(?:经性|性途径|性传播|性接触|同性|艾滋|HIV|梅毒|性病)${IN}{0,6}`,
      'g',
    ),
    message: '公开艾滋病等感染者可识别的个人信息，违反《艾滋病防治条例》关于隐私保护的规定',
  },
  {
    // A victim of a sexual crime named in full.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:被害人|受害人|被害女子|受害女子|被害女孩|受害女孩)${FULL_NAME}[（(，,]${IN}{0,30}?(?:强奸|猥亵|性侵|奸淫)|(?:强奸|猥亵|性侵|奸淫)(?:了)?(?:被害人|受害人)${FULL_NAME}[（(，,。]`,
      'g',
    ),
    message: '公开性侵害案件被害人姓名等身份信息，侵犯被害人隐私',
  },
  {
    // A victim, witness or informant named in full with an address, a workplace or an age.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${SHIELDED}[、，,：:]?${IN}{0,16}?(?:${ROLE})?${FULL_NAME}(?:[（(，,]?${IN}{0,8}?\\d{1,3}岁[）)]?|[，,]?(?:${WHERE}))`,
      'g',
    ),
    message: '公开被害人、证人、举报人姓名及住址等身份信息，违反对其信息保密和保护的规定',
  },
  {
    // The victim of a sexual crime told earlier, then pinned by name, age and home or workplace.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:被害人|受害人)(?<=(?:强奸|猥亵|性侵|奸淫)[^\\n]{0,40}(?:被害人|受害人))(?:${FULL_NAME}|${HALF_NAME})[，,（(]${IN}{0,12}?\\d{1,2}岁${IN}{0,4}?(?:${WHERE})`,
      'g',
    ),
    message: '公开性侵害案件被害人姓名、年龄及住址、单位等可识别信息，侵犯被害人隐私',
  },
  {
    // A minor who broke the law named in full with an age (after final198: 院内16岁少年…此前涉嫌盗窃被
    // 公安机关处理): no one may disclose a juvenile offender's name or what identifies him
    // (《未成年人保护法》第一百零三条). An adult's age, 某 or a pseudonym is not read.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![\\d])(?:1[0-7]|[6-9]|十[一二三四五六七]?|[六七八九])(?:周)?岁(?:的)?(?:少年|${CHILD}|孩子|男子|女子)${FULL_NAME}(?=${IN}{0,16}?(?:涉嫌|犯罪|作案|盗窃|抢劫|诈骗|打架斗殴|故意伤害|被(?:公安机关|警方|派出所)?(?:处理|处罚|刑事拘留|行政拘留|抓获|查获)))`,
      'g',
    ),
    message: '公开违法犯罪未成年人的姓名等可识别信息，违反《未成年人保护法》第一百零三条',
  },
  {
    // A minor's parent named by post in a juvenile case, which points to the minor.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:的|其)(?:父亲|母亲|父母|监护人|家长|爷爷|奶奶)(?<=(?:未成年|少年|化名)[^\\n]{0,80}(?:的|其)(?:父亲|母亲|父母|监护人|家长|爷爷|奶奶))(?:系|是|为|在)${IN}{0,16}?(?:校长|局长|主任|书记|经理|院长|所长|镇长|村长|老板|董事长|医生|教师|老师|干部)(?:${FULL_NAME}|${HALF_NAME})?`,
      'g',
    ),
    message:
      '公开涉案未成年人父母的身份、单位，可推断出未成年人身份，违反《未成年人保护法》第一百零三条',
  },
  {
    // A patient with HIV or a sexual infection pinned by village, sex and age, the disease told
    // earlier in the post (该患者系…村村民刘某（男，52岁）) (after heldout-final141), also counted among
    // new cases (新报告感染者7例，其中包括…村村民李建国（男，46岁）) (after heldout-final142).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:患者|感染者|病人|病例|携带者)(?<=(?:艾滋|HIV|梅毒|性病|淋病|尖锐湿疣)[^]{0,300}?(?:患者|感染者|病人|病例|携带者))${IN}{0,16}?(?:系|为|是|包括|包含|含|有)${IN}{0,16}?(?:乡|镇|村|街道|社区|小区|组|公司|厂|学校|医院)(?:村民|居民|职工|员工|工人|教师|学生)?(?:${FULL_NAME}|${SURNAME}某某?|${HALF_NAME_ONLY})[（(](?:男|女)[，,、]${IN}{0,8}?(?:\\d{1,3}|[一二三四五六七八九十]{1,3})岁`,
      'g',
    ),
    message: '公开艾滋病等感染者的住址、性别、年龄等可识别信息，违反《艾滋病防治条例》第三十九条',
  },
  {
    // A sexual-crime victim pinned by workplace and a half-hidden name (受害人系在…经营水果摊位的陈某燕
    // （女，29岁）) (after heldout-final141).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:被害人|受害人|受害女子|被害女子)(?<=(?:强奸|猥亵|性侵|奸淫)[^]{0,300}?(?:被害人|受害人|受害女子|被害女子))(?:系|为|是)?${IN}{0,24}?(?:经营|上班|工作|就读|务工|开店|摊位|店主|员工|职工|学生)${IN}{0,12}?的?(?:${FULL_NAME}|${HALF_NAME_ONLY})[（(，,]`,
      'g',
    ),
    message: '公开性侵害案件被害人的工作地点、姓名、年龄等身份信息，侵犯被害人隐私',
  },
  {
    // A whistle-blower pinned by employer, post and surname (某化工企业仓库保管员何某实名…举报) (after
    // heldout-final141).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:公司|企业|厂|集团|单位|医院|学校|超市|酒店|饭店|工地|项目部|矿|门店)${IN}{0,8}?(?:员工|职工|工人|保管员|仓管员|会计|出纳|司机|保安|技术员|质检员|安全员|操作工|电工|焊工|厨师|护士|医生|教师|主任|经理|班长|组长)(?:${FULL_NAME}|${SURNAME}某某?|${HALF_NAME_ONLY})(?:等人)?实名(?:向${IN}{0,10}?)?(?:举报|检举|投诉|反映)`,
      'g',
    ),
    message: '公开举报人的单位、岗位和姓氏，足以识别举报人，违反对举报人信息保密的规定',
  },
  {
    // A child victim of a sexual crime named in full after the word for the child (留守女童李欣然遭
    // 邻居猥亵), or after the crime (猥亵了邻居家女孩王佳怡) (after final146).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${CHILD})${FULL_NAME}(?:[（(]${IN}{0,10}?[）)])?${IN}{0,12}?(?:遭|被|受到|遭受|遭到|受)${IN}{0,10}?(?:猥亵|性侵|强奸|奸淫|强暴)|(?:猥亵|性侵|强奸|奸淫|强暴)(?:了)?${IN}{0,10}?(?:${CHILD})${FULL_NAME}(?=[（(，,。；;、]|$)`,
      'g',
    ),
    message:
      '公开遭受性侵害的未成年人姓名，违反《未成年人保护法》第一百零三条（不得披露未成年人的姓名、影像等可识别信息）',
  },
  {
    // A patient told to be a person named in full with an age (患者为城关镇新民街养羊户陈建国（58岁）; not
    // a bed card, 患者李秀英，女，67岁，住院部…), or a named person told to have the disease
    // (村民李建国（58岁）确诊感染布病) (after final146).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:患者|病例|病人|感染者|确诊者|确诊病例|患病者|死者)(?:为|系|是)[^，,。；;！？!?\\n]{0,20}?${FULL_NAME}(?<![人籍省市县区镇乡村组户的])[（(，,]${IN}{0,8}?(?:\\d{1,3}|[一二三四五六七八九十]{1,3})岁|(?:${ROLE}|养殖户|养羊户|养牛户|养猪户|农户|菜农|果农)${FULL_NAME}[（(，,]${IN}{0,8}?(?:\\d{1,3}|[一二三四五六七八九十]{1,3})岁[）)]?${IN}{0,10}?(?:确诊|被确诊|感染|患有|患上|被诊断|诊断为|染上)`,
      'g',
    ),
    message:
      '公开患者姓名、年龄、住址等可识别信息，侵犯患者隐私（《传染病防治法》第十二条、《基本医疗卫生与健康促进法》第九十二条）',
  },
]);
