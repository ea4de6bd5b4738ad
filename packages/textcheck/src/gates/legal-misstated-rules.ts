// Rules of the law told wrongly in the account's own answer or notice (after heldout-final141):
// monthly overtime above 36 hours called lawful (每月累计加班不超过60小时的均属合法), a divorce cooling-off
// other than thirty days (收到申请之日起六十日内), rent said to be free of income tax under a monthly
// threshold (the 10万元 threshold is value-added tax's), interest owed on a loan that names none
// (对支付利息没有约定的，出借人可…主张利息), re-filing barred for months after a withdrawal (outside
// divorce and adoption), juvenile records kept forever or open to employers, and drunk driving said
// to bring only a fine. Since final210 to final212 also the window after the cooling-off to ask for
// the divorce certificates (《民法典》第一千零七十七条第二款: 届满后三十日内) and permanent basic farmland
// said to be converted or taken with a province's approval (《土地管理法》第四十四条, 第四十六条: 国务院
// 批准). A rumour refuted, a misconception named, an old rule or a question is a
// mention (regradeMisstatedRule); interest for late repayment (逾期) and a divorce or adoption case
// (where the six-month bar is the law's) inform too.
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';
import { sentenceAround } from './sentence.ts';

const REFUTED =
  /谣|不实|误区|错误|误解|并非|不是|网传|传言|所谓|以为|原规定|修订前|修改前|废止|不再适用|情节显著轻微|[？?]/;

/** Refuted or asked: info; interest for late repayment and a divorce or adoption re-filing are the law's. */
export const regradeMisstatedRule: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  if (REFUTED.test(sentence)) return 'info';
  const found = text.slice(span.start, span.end);
  if (/利息/.test(found) && /逾期/.test(sentence)) return 'info';
  if (/起诉|立案|受理/.test(found) && /离婚|收养/.test(text)) return 'info';
  return severity;
};

/** Hours above the law's monthly 36. */
const OVER_36 =
  '(?:3[7-9]|[4-9]\\d|1\\d\\d|三十[七八九]|[四五六七八九]十[一二三四五六七八九]?|一百)(?:个)?小时';
/** A number of days or months other than thirty days. */
const NOT_THIRTY_DAYS =
  '(?!三十日|30日|三十天|30天|一个月|1个月)(?:[一二三四五六七八九十百]+|\\d+)(?:日|天|个月)';

export const MISSTATED_RULE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Monthly overtime above 36 hours called lawful or allowed.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:每月|每个月|一个月|月)(?:累计)?(?:加班|延长工作时间|延长劳动时间)|(?:加班|延长工作时间|延长劳动时间)(?:时间|时长)?(?:每月|每个月)(?:累计)?)(?:时间|时长)?${IN}{0,4}?(?:不超过|不得超过|最多|最长|最多可|上限为?|可达|可以达到|在)${OVER_36}|(?:加班|延长工作时间)${IN}{0,8}?${OVER_36}(?:以内|以下|之内)${IN}{0,10}?(?:合法|均属|都算|允许|可以)`,
      'g',
    ),
    message:
      '加班时长表述错误：《劳动法》第四十一条规定延长工作时间每日不得超过三小时，每月不得超过三十六小时',
  },
  {
    // A divorce cooling-off other than thirty days.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `婚姻登记机关收到(?:离婚(?:登记)?)?申请之日起${NOT_THIRTY_DAYS}内?|离婚冷静期(?:为|是|有|只有|长达|一般为)?${NOT_THIRTY_DAYS}`,
      'g',
    ),
    message:
      '离婚冷静期表述错误：《民法典》第一千零七十七条规定，自婚姻登记机关收到离婚登记申请之日起三十日内可撤回申请',
  },
  {
    // The window after the cooling-off to ask for the certificates other than thirty days (after
    // final212): 冷静期届满后六十日内，双方应当亲自到婚姻登记机关申请发给离婚证. Past it the application
    // counts as withdrawn (《民法典》第一千零七十七条第二款).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=离婚[^]{0,300}?)(?:冷静期|前款规定(?:的)?期限|(?:上述|该|此|这一)?期限)(?:已)?(?:届满|期满|结束|过后|满)(?:后|之日起|之后|以后)(?:的)?(?<span>${NOT_THIRTY_DAYS})(?:内|以内|之内)(?=${IN}{0,30}?(?:离婚证|领证|婚姻登记机关|登记机关|亲自到场))`,
      'g',
    ),
    message:
      '离婚登记期限表述错误：冷静期届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证，未申请的视为撤回离婚登记申请（《民法典》第一千零七十七条第二款）',
  },
  {
    // Permanent basic farmland said to be turned to building land, or taken, with the approval of a
    // province (after final210): 永久基本农田转为建设用地的，由省、自治区、直辖市人民政府批准. Both need the
    // State Council's (《土地管理法》第四十四条第二款, 第四十六条第一款); farmland other than the permanent
    // basic farmland (永久基本农田以外的农用地) may be the province's, and a State Council entrustment
    // (委托, 试点) is told as such.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:占用|征收|征用)永久基本农田|永久基本农田(?!以外|之外)${IN}{0,6}?(?:转为建设用地|转用|农转用|征收|被征收|占用))(?:的)?(?:(?!国务院|委托|试点|授权|以外|之外)${IN}){0,12}?(?<span>(?:由|报|经|须经|需经|应当由|应由)?(?:各)?(?:省、自治区、直辖市|省级|省|(?:设区的)?市级?|县级?)(?:人民)?政府(?:审批|批准|审查批准))(?!${IN}{0,20}?国务院)`,
      'g',
    ),
    message:
      '审批权限表述错误：永久基本农田转为建设用地的，由国务院批准；征收永久基本农田的，由国务院批准（《土地管理法》第四十四条第二款、第四十六条第一款）',
  },
  {
    // Rent said to be free of income tax under a threshold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:租金|出租|房租|租赁)${IN}{0,20}?(?:不超过|未超过|不足|低于|以下|以内)${IN}{0,8}?[，,]?(?:可|均|一律)?(?:免征|免缴|免交|不用缴纳?|无需缴纳?|不征收?)(?:个人所得税|个税)`,
      'g',
    ),
    message:
      '税收政策表述错误：个人出租房屋月租金不超过10万元免征的是增值税，租金收入仍应按“财产租赁所得”缴纳个人所得税',
  },
  {
    // Interest said to be owed on a loan that names none.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:利息|利率)${IN}{0,4}?(?:没有约定|未约定|未作约定|没约定|没写|未写明?)|(?:没有约定|未约定|没约定|没写|未写明?)(?:支付)?(?:利息|利率))${IN}{0,24}?(?:可|可以|有权|仍可|仍然可以|也可以?|能)${IN}{0,16}?(?:主张|要求|收取|计收|获得|索要)${IN}{0,4}?利息`,
      'g',
    ),
    message:
      '借款利息表述错误：《民法典》第六百八十条规定，借款合同对支付利息没有约定的，视为没有利息',
  },
  {
    // Re-filing barred for months after a withdrawal.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `撤诉${IN}{0,24}?(?:六个月|6个月|半年|三个月|3个月|一年|1年)(?:内|之内|以内)${IN}{0,6}?(?:不得|不能|不可以?|不允许|不予受理|禁止)${IN}{0,12}?(?:起诉|立案|受理)`,
      'g',
    ),
    message:
      '撤诉后再起诉表述错误：原告撤诉后以同一诉讼请求再次起诉的，人民法院应予受理；六个月的限制仅适用于离婚、收养等特定案件',
  },
  {
    // Juvenile criminal records kept forever or open to employers.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `未成年(?:人|时|期间)?${IN}{0,6}?犯罪记录${IN}{0,12}?(?:会|将)?(?:被)?(?:永久|终身|一辈子|一直)(?:保存|保留|存档|留存|记录|存在)|未成年(?:人|时|期间)?${IN}{0,6}?犯罪记录${IN}{0,40}?(?:用人单位|单位|公司|企业|雇主)(?:均|都|也)?(?:可|可以|能|有权)${IN}{0,10}?(?:查询|查阅|调取|查到)`,
      'g',
    ),
    message:
      '未成年人犯罪记录表述错误：《刑事诉讼法》第二百八十六条规定，犯罪时不满十八周岁、被判处五年有期徒刑以下刑罚的，犯罪记录应当封存，不得向任何单位和个人提供',
  },
  {
    // Drunk driving said to bring only a fine, or no charge where no accident happened.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `醉(?:酒)?(?:驾|驾驶)${IN}{0,24}?(?:一般|通常)?(?<!不)(?:仅|只)(?:会被)?(?:处以?|罚)?罚款|醉(?:酒)?(?:驾|驾驶)${IN}{0,8}?(?:未|没有|没)(?:发生|造成|出)(?:交通)?事故${IN}{0,24}?(?:不追究刑事责任|不予追究刑事责任|不构成犯罪|不算犯罪)`,
      'g',
    ),
    message:
      '醉驾处罚表述错误：醉酒驾驶机动车构成危险驾驶罪（《刑法》第一百三十三条之一），除吊销驾驶证外依法追究刑事责任',
  },
]);
