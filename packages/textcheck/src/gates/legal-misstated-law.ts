// The law told wrongly to readers, in the account's own answer or notice (after heldout-final137):
// a first drunk-driving offence said to bring only a fine (醉驾…首次…只罚款), a marriage age below the
// law's (男方满二十周岁就可以结婚), police said not to come to a beating at home (家庭纠纷…不予出警),
// minors said to be let into internet bars with a parent (家长陪同下可以进网吧), felling said to need
// no permit (商品林…不用办采伐证), income taken on a personal payment code said to be untaxed
// (个人收款码…无需申报) and driving points taken by someone else (替…接受记分); since heldout-final142
// also a will said to need a notary (自书遗嘱未经公证的一律无效) and return carriage put on the seller
// by law (regradeReturnCarriage). A rumour refuted, a misconception named or a question is a mention
// (regradeMisstatedLaw).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/**
 * Words that mark the claim as refuted. Penalties and 依法 are part of a misstated rule itself, so
 * they are no sign of a mention here.
 */
export const regradeMisstatedLaw = informsWhenSentence(
  /谣|不实|误区|错误|误解|并非|不是|网传|传言|所谓|以为|严禁|禁止|属违法|违法行为|买分|卖分|取消|不再|[？?]/,
);

/**
 * Carriage of a return is the buyer's unless agreed otherwise: a defect, the seller's own promise or
 * shipping insurance makes the seller's share lawful, so a sentence naming one is a mention.
 */
export const regradeReturnCarriage = informsWhenSentence(
  /谣|不实|误区|错误|误解|并非|不是|网传|所谓|以为|质量|瑕疵|损坏|破损|发错|错发|不符|假货|约定|承诺|本店|我店|包邮|运费险|[？?]/,
);

/** What a return costs: 运费, 邮费, 寄回费用. */
const CARRIAGE = '(?:运费|邮费|快递费|寄回费用|退货费用|寄回运费)';
/** The seller in a distance sale. */
const SELLER = '(?:商家|经营者|卖家|店家|销售者|商户|网店|电商)';
/**
 * `word` (a literal group, so that the search starts at it) said within 200 characters after a
 * no-reason return is named.
 */
const inNoReasonReturn = (word: string) =>
  `${word}(?<=(?:无理由|七日|7日|七天|7天)[^]{0,200}?${word})`;

export const RETURN_CARRIAGE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Return carriage in a no-reason return put on the seller as the law's rule (退回商品的运费一律由
    // 商家承担，消费者无需支付任何费用) (after heldout-final142).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${inNoReasonReturn(CARRIAGE)}${IN}{0,8}?(?:一律|全部|均|都|统一|应当|应|必须|全由|概由)?(?:由)?${SELLER}(?:一方)?(?:一律|全部|均|都|全额)?(?:承担|负担|支付|出|包)|${inNoReasonReturn(SELLER)}(?:一律|均|都|必须|应当|应)(?:承担|负担|支付|包)(?:退货|退回|寄回|来回|往返)(?:商品)?(?:的)?${CARRIAGE}|${inNoReasonReturn('消费者')}(?:无需|不需要?|不用|不必|无须)(?:支付|承担|负担|出)(?:任何)?(?:退货|退回|寄回|来回|往返)?${CARRIAGE}`,
      'g',
    ),
    message:
      '七日无理由退货的运费由消费者承担，另有约定的除外（《消费者权益保护法》第二十五条），称一律由商家承担与法律不符',
  },
]);

export const MISSTATED_LAW_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A first drunk-driving offence said to bring no criminal charge.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `醉(?:酒)?(?:驾|驾驶)${IN}{0,12}?(?:初次|首次|第一次)${IN}{0,20}?(?:不追究刑事责任|不予追究刑事责任|不构成犯罪|不算犯罪|仅处以?罚款|只罚款)${IN}{0,16}`,
      'g',
    ),
    message: '称初次醉驾不追究刑事责任，与《刑法》第一百三十三条之一不符',
  },
  {
    // A marriage age below the law's: men under 22, women under 20.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `男(?:性|方|子)?(?:年满|满|达到|年龄满)(?:1[6-9]|2[01]|十[六七八九]|二十一?)周?岁${IN}{0,16}?(?:即可|就可以?|可以|便可|可)(?:办理)?(?:登记)?结婚|女(?:性|方|子)?(?:年满|满|达到|年龄满)(?:1[6-9]|十[六七八九])周?岁${IN}{0,16}?(?:即可|就可以?|可以|便可|可)(?:办理)?(?:登记)?结婚`,
      'g',
    ),
    message: '结婚年龄表述错误：《民法典》规定男不得早于二十二周岁，女不得早于二十周岁',
  },
  {
    // Police said not to come to violence at home.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:夫妻|家庭|两口子|家人之间)${IN}{0,12}?(?:打闹|打架|动手|纠纷|矛盾)${IN}{0,16}?(?:不予出警|不出警|一般不管|不予受理|不予干预)${IN}{0,4}|(?:家务事|家庭内部(?:纠纷|矛盾))${IN}{0,12}?(?:不予出警|不出警|不予受理|不予干预)`,
      'g',
    ),
    message: '称公安机关对家庭暴力不予出警，违反《反家庭暴力法》',
  },
  {
    // Minors said to be let into internet bars or dance halls with a parent.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `未成年人${IN}{0,12}?(?:陪同|带领)下?${IN}{0,4}?(?:可以|可|能|允许)(?:进入|进|入内)(?:网吧|歌舞厅|歌舞娱乐场所|KTV|酒吧|营业场所)${IN}{0,16}`,
      'g',
    ),
    message:
      '网吧、歌舞娱乐场所不得接纳未成年人（家长陪同亦然），违反《互联网上网服务营业场所管理条例》',
  },
  {
    // Timber from a commercial forest said to need no felling permit.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:商品林|承包山|成材|林权证|杉木|松木)${IN}{0,40}?(?:无需|不需要?|不用|不必|免)(?:办理|申请)?(?:林木)?采伐(?:许可|证)${IN}{0,4}`,
      'g',
    ),
    message: '采伐林木须依法申请采伐许可证，违反《森林法》',
  },
  {
    // Takings on a personal payment code said to be untaxed.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:个人微信|微信|支付宝|收款码|个人账户|个人银行卡|私人账户)${IN}{0,20}?(?:无需|不需要?|不用|不必)(?:申报|纳税|缴税|报税)${IN}{0,6}`,
      'g',
    ),
    message: '称经营收入通过个人收款码收取无需申报纳税，违反《税收征收管理法》',
  },
  {
    // A will said to need a notary to be valid, or a handwritten or witnessed will void without one
    // (after heldout-final142): the Civil Code (第一千一百三十四条起) accepts every statutory form, and a
    // notarised will no longer prevails over a later one.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `遗嘱${IN}{0,16}?(?:必须|须|需|需要|应当|应|一律|都要|都得|只有)(?:经过?|办理|到|去|进行)?${IN}{0,8}?公证${IN}{0,10}?(?:方为|才|方|方能|方可)(?:能|会|可|算|具有|具备)?(?:有效|生效|法律效力|被认可|算数)|遗嘱(?<=(?:自书|代书|打印|录音|录像|手写|亲笔|自己写)(?:的)?遗嘱)${IN}{0,10}?(?:未经|没有经过|没经过|没有|没|不经|未|不)(?:过)?(?:办理)?公证${IN}{0,10}?(?:一律)?(?:无效|不发生法律效力|不具有法律效力|不具备法律效力|没有法律效力|不生效|不算数|不被认可|不受法律保护)|(?:未经|没有经过|没经过|没有|没|不经)(?:过)?(?:办理)?公证(?:的)?(?:自书|代书|打印|录音|录像|手写|亲笔)(?:的)?遗嘱${IN}{0,6}?(?:一律)?(?:无效|不发生法律效力|不具有法律效力|不具备法律效力|没有法律效力|不生效|不算数|不被认可|不受法律保护)|公证遗嘱${IN}{0,8}?(?:效力)?(?:优先于|高于|优于|最高|优先)`,
      'g',
    ),
    message:
      '遗嘱效力表述错误：《民法典》规定自书、代书、打印、录音录像等形式的遗嘱符合法定要件即有效，无须公证，公证遗嘱也不再具有优先效力',
  },
  {
    // Driving points taken by someone else, or on a borrowed licence (用其名下驾照…分担扣分) (after
    // heldout-final139).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:代为|代替|替|帮)${IN}{0,8}?(?:接受|处理)${IN}{0,10}?(?:记分|扣分|消分)${IN}{0,12}|(?:用|借用|借|拿|使用)(?:亲友|朋友|家人|亲戚|他人|别人|其)?(?:名下|的)?(?:驾照|驾驶证)${IN}{0,12}?(?:(?:代为|代|顶|分担|消|处理)${IN}{0,8}?(?:记分|扣分|违法记录|违章|消分)|顶分|消分)${IN}{0,12}`,
      'g',
    ),
    message: '由他人代为接受交通违法处理和记分，属“买分卖分”，违反道路交通安全法规',
  },
]);
