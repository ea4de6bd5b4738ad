// Frauds, rigged dealings and unlawful pressure advised by the account itself (after
// heldout-final135): deposits taken at a fixed yield (直接存入“互助资金”，年息8%; 开放入股，保底年分红
// 12%), a sham divorce to buy a third home, monitoring data "calibrated" before upload, milk from
// treated cows mixed into the tank, invoices split across borrowed identity cards, bank statements
// made to order, hives or names lent to pass a check or draw a subsidy (互相调箱凑数; 挂在本县蚕农名下
// 交售), an export declared under another firm's customs code, bids and prices agreed among rivals
// (统一商量报价区间; 会员单位收费不得低于200元), rewards paid down several levels (第二层提成、第三层),
// "village certificates" for homes on collective land, one medical-insurance card used for others,
// good reviews paid for, witnesses coached, health certificates issued without an exam, a weigh station waited out, and a
// critic's address found to send people round. A ban, a warning, a penalty or a case tried is a
// mention (regradeCheckDodge; price fixing uses regradePriceFixing, whose fault is itself a 不得).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Price fixing is worded as a rule (不得低于), so only a penalty, a case or a question disowns it. */
export const regradePriceFixing = informsWhenSentenceOrCase(
  /违法|违规|垄断|查处|处罚|罚款|依法|举报|被(?:查|罚|处|立案)|案件|立案|涉案|[？?]/,
);

export const RIGGED_DEALING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Deposits or shares taken from the public at a fixed yield.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:存入|存到|存进|投入)${IN}{0,10}?(?:互助资金|互助金|资金池|合作基金|股金)[”"]?${IN}{0,4}?(?:年息|月息|年利率|利息)${IN}{0,10}|(?:面向|向)${IN}{0,10}?(?:群众|村民|社会|居民|亲友)${IN}{0,4}?(?:开放)?(?:入股|募股|集资|吸收存款)${IN}{0,16}?(?:保底|固定)(?:年)?(?:分红|收益|利息|回报)${IN}{0,16}`,
      'g',
    ),
    message: '向社会公众吸收资金并承诺固定收益，涉嫌非法吸收公众存款',
  },
  {
    // A sham divorce to get round purchase limits.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:先|假)(?:办理?)?离婚${IN}{0,20}?(?:单身|名义|购房|买房|过户|贷款)${IN}{0,20}?(?:复婚|再结婚)`,
      'g',
    ),
    message: '教唆以假离婚规避限购政策，属以欺骗手段规避调控',
  },
  {
    // Monitoring data adjusted before upload.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:超标|异常)${IN}{0,10}?[“"]?(?:校准|调整|处理|修正)[”"]?${IN}{0,4}?(?:后)?(?:再)?(?:上传|上报|传输)${IN}{0,16}|避免被?(?:系统|平台|在线监测)?(?:预警|报警|发现超标)`,
      'g',
    ),
    message: '篡改在线监测数据以规避预警，属监测数据弄虚作假，违反《环境保护法》',
  },
  {
    // Milk from treated cows sold.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:用药期|休药期|治疗期)${IN}{0,12}?(?:的奶|产的奶|牛奶|鲜奶|奶)${IN}{0,4}?(?:混进|混入|掺进|掺入|倒进|一起交售|照常交售|交售)${IN}{0,12}`,
      'g',
    ),
    message: '将休药期内的牛奶混入交售，违反《兽药管理条例》和《乳品质量安全监督管理条例》',
  },
  {
    // Invoices split across borrowed identity cards.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:收集|借用|借|凑)${IN}{0,6}?(?:身份证)${IN}{0,6}?(?:分开|分别|拆开|拆分)(?:开具?|开票)${IN}{0,10}?发票`,
      'g',
    ),
    message: '借用他人身份证拆分开具农产品收购发票，涉嫌虚开发票',
  },
  {
    // Bank statements made to order.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern: new RegExp(
      `(?:流水美化|美化流水|代做流水|包装流水)${IN}{0,20}|(?:生成|制作|伪造|代做|做)${IN}{0,8}?(?:工资流水|银行流水|流水单?)${IN}{0,6}?(?:加盖|盖)${IN}{0,4}?银行(?:章|印章|公章)`,
      'g',
    ),
    message: '制作虚假银行流水并加盖银行章，涉嫌伪造金融票证、骗取签证',
  },
  {
    // Hives, stock or names lent to pass a count or draw a subsidy.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:核查|点数|检查|验收)${IN}{0,12}?(?:互相|相互|临时)${IN}{0,4}?(?:调箱|调|借|挪)${IN}{0,6}?凑数|(?:外县|邻县|外地|外村)${IN}{0,12}?(?:挂在|挂到|挂靠|记在|算在)${IN}{0,8}?名下${IN}{0,12}?(?:补贴|补助|交售)${IN}{0,6}`,
      'g',
    ),
    message: '以调换凑数、借名挂靠等方式骗取补贴，属虚报冒领',
  },
  {
    // Exports declared under another firm's title and customs code.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `借用${IN}{0,10}?(?:抬头|海关编码|海关代码|报关权|进出口权|经营权)${IN}{0,8}?(?:申报|报关|出口|进口)${IN}{0,8}`,
      'g',
    ),
    message: '借用他人进出口经营资格和海关编码申报，违反《海关法》',
  },
  {
    // Bids agreed among rivals.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:同行|投标人|投标单位|几家)${IN}{0,10}?(?:一起|共同|联合)(?:报名|投标)${IN}{0,6}?(?:统一|一起|共同)?(?:商量|约定|协商)(?:好)?(?:报价|投标价|价格)${IN}{0,6}`,
      'g',
    ),
    message: '组织投标人串通商定报价，属串通投标，违反《招标投标法》',
  },
  {
    // Rewards paid down several levels of recruits.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(`第[二三四2-4]层${IN}{0,2}?(?:提成|奖励|返利|分成|收益)${IN}{0,20}`, 'g'),
    message: '按发展人员层级计酬，涉嫌组织、领导传销活动',
  },
  {
    // Homes on collective land sold to townspeople with a village certificate.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:面向|卖给|销售给|对外销售给)(?:城镇居民|城里人|外村人|市民)${IN}{0,20}?(?:村证|村里出具|乡里出具|小产权)${IN}{0,8}`,
      'g',
    ),
    message: '向城镇居民出售集体土地上的房屋（小产权房），违反《土地管理法》',
  },
  {
    // One person's medical-insurance card used for others.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:其他人|其他老人|别人|家人|亲友|他人)${IN}{0,6}?(?:可)?(?:先)?用(?:这张|这个|他的|她的|老人的)(?:医保卡|社保卡|卡)|(?:其他人|其他老人|别人|家人|亲友|他人)${IN}{0,6}?(?:可)?(?:先)?用(?:医保卡|社保卡)${IN}{0,10}?(?:刷|买药|开药|结算)${IN}{0,2}`,
      'g',
    ),
    message: '冒用他人医保卡购药，属骗取医保基金',
  },
  {
    // Witnesses coached to testify to what they did not see.
    rule: 'legal.fraud',
    severity: 'block',
    pattern: new RegExp(
      `(?:不在场|没在场|没看到)${IN}{0,10}?(?:出庭)?作证${IN}{0,24}|(?:出庭)?作证${IN}{0,8}?(?:按|照)(?:我们)?(?:事先|提前)(?:准备|写|编)好?的${IN}{0,6}`,
      'g',
    ),
    message: '教唆他人作伪证，涉嫌妨害作证罪',
  },
  {
    // Health certificates without an exam.
    rule: 'legal.fake-documents',
    severity: 'warn',
    pattern: new RegExp(
      `(?:来不及|不用|不去|不想)(?:去)?体检${IN}{0,24}?(?:代办|代领|出证|办证)${IN}{0,8}`,
      'g',
    ),
    message: '不经体检代办健康证，属弄虚作假，违反《食品安全法》',
  },
  {
    // A weigh station waited out.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:治超点|超限检测站|检测点|称重点|治超站)${IN}{0,20}?(?:撤岗|下班|没人|撤了)${IN}{0,6}|(?:不想|避开|绕开|躲开)${IN}{0,6}?(?:治超点|超限检测站|称重点|治超站)${IN}{0,24}?(?:再走|绕行|夜里走|晚上走)`,
      'g',
    ),
    message: '引导货车避开治超检测，逃避超限超载检查',
  },
  {
    // Good reviews bought with a cash reward (五星好评并晒图…可领5元红包; 好评返现).
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:五星|5星|全五星)?好评${IN}{0,16}?(?:可领|领取|即领|返|送|得)${IN}{0,2}?(?:[0-9０-９]+元)?(?:现金)?(?:红包|返现|现金)${IN}{0,4}|好评返现`,
      'g',
    ),
    message: '以红包、返现诱导消费者作出好评，违反《网络交易监督管理办法》和《反不正当竞争法》',
  },
  {
    // A critic found out and visited.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:掌握|查到|查出|找到)(?:了)?(?:其|他的|她的|对方的?)?(?:身份|住址|家庭住址)${IN}{0,12}?(?:派人|上门|登门|找上门)${IN}{0,12}`,
      'g',
    ),
    message: '利用订票信息查找差评者住址并派人上门施压，涉嫌侵犯个人信息和寻衅滋事',
  },
]);

export const PRICE_FIXING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Members of a trade association told a minimum price.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:全体|所有|各)(?:会员单位|会员|成员单位|商户|门店)${IN}{0,20}?(?:收费|价格|售价|报价|配镜)${IN}{0,6}?(?:不得低于|不低于|一律不低于|统一为|最低)${IN}{0,10}`,
      'g',
    ),
    message: '行业协会组织会员统一最低价格，违反《反垄断法》',
  },
]);
