// Terms the account sets on its customers, workers, borrowers or donors that the law voids or
// forbids (after heldout-final137): no return once sold (售出后一律不退不换), a deposit taken on hiring
// (新员工须交服装押金500元), overtime unpaid (加班不计加班费), a worker's claim deemed waived
// (视为放弃…不得主张二倍工资), social insurance put off until after probation (暂不缴纳社保，转正后
// 补缴), cash refused (不再收取现金), a home transferred as security (房产过户至…作为担保), a loan
// tied to a product (贷款须同时购买…理财) and blood bought for cash (献血…现金补贴). A ban, a warning,
// a complaint, a question or a case is a mention (regradeUnfairTerm).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Words that disown the term: a ban, its voidness, a complaint, a question. */
export const regradeUnfairTerm = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得|不准|无效|霸王|格式条款|纠正|整改|责令|被(?:查|罚|处|判|曝光|通报)|投诉|举报|维权|申请仲裁|提起仲裁|劳动仲裁|谨防|警惕|提醒广大|拒收现金|非法|卖血|血头|无偿献血|(?:不能|不得|无法)免除|[“"「](?:概不|一律不)退换[”"」]|[？?]/,
);

export const UNFAIR_TERM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // No return or refund once sold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:一经|一旦)?售出${IN}{0,4}?(?:概不|一律不|均不)(?:退换|退货|退款|退不换)|(?:概不|一律不)退换`,
      'g',
    ),
    message: '“售出概不退换”属排除消费者权利的格式条款，违反《消费者权益保护法》',
  },
  {
    // Prepaid tuition, a deposit or a membership kept when the customer withdraws (中途退学的保证金不予
    // 退还; 学费一经缴纳概不退还), not an exam's registration fee or a bid bond, which the rules keep.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:中途|提前)(?:退学|退出|退课|退园|退费|离开|终止|解约|退卡|转学)${IN}{0,12}?(?:概不|一律不|均不|不予|恕不|不再)(?:退还|退款|退费|退)|(?<!报名|考试|投标|竞买|竞价|招标)(?:学费|培训费|会员费|课时费|预付款|预付费|预存款|充值款|卡内余额|学位保证金)${IN}{0,8}?(?:一经|一旦)(?:缴纳|交纳|收取|充值|办理|购买)${IN}{0,4}?(?:概不|一律不|均不|恕不|不予)(?:退还|退款|退费|退)`,
      'g',
    ),
    message:
      '预收费用在服务未提供时概不退还，属排除消费者权利的格式条款，违反《消费者权益保护法》第二十六条、第五十三条',
  },
  {
    // An urgent-service fee charged by a registration or licensing counter.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不动产|产权证|权证|登记|证照|营业执照|许可证|审批|户口|户籍|结婚证|离婚证|政务服务|办证)${IN}{0,40}?(?:另|额外|加|需|须)?(?<![不免无])(?:收取|收|缴纳|交纳|交)(?:加急|快速|优先|绿色通道|插队|提速)(?:服务|办理|办证)?费${IN}{0,8}`,
      'g',
    ),
    message: '行政机关在法定收费项目外收取“加急费”，属违规收费，违反《行政许可法》第五十八条',
  },
  {
    // A deposit or a fee taken from new workers.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:入职|新入职|报到|上岗|录用|新员工|新职工)${IN}{0,12}?(?:须|需|要|应|必须)?(?:缴纳|交纳|交|缴|预交|收取)${IN}{0,6}?(?:押金|保证金|风险金|抵押金|培训费)${IN}{0,16}`,
      'g',
    ),
    message: '招用劳动者时收取押金、保证金，违反《劳动合同法》第九条',
  },
  {
    // Overtime unpaid and not made up.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `加班${IN}{0,4}?(?:不另计|不计|不支付|不发|不另发|没有|无)(?:加班)?(?:报酬|工资|加班费)${IN}{0,8}`,
      'g',
    ),
    message: '安排加班不支付加班报酬，违反《劳动法》第四十四条',
  },
  {
    // A worker's claim deemed waived.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `视为(?:自愿|主动)?放弃${IN}{0,12}?(?:无权|不得|不能|不再)(?:主张|要求|申请|享有)${IN}{0,6}?(?:双倍工资|二倍工资|经济补偿|加班费|赔偿金?)`,
      'g',
    ),
    message: '以“视为自愿放弃”否定劳动者法定的双倍工资、经济补偿等权利，违反《劳动合同法》',
  },
  {
    // Social insurance put off and paid later.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:可以|可)?暂不${IN}{0,8}?(?:缴纳|缴|交|参保|办理|购买)(?:社会保险|社保|五险一金|五险)${IN}{0,10}?(?:转正|期满|以后|之后)${IN}{0,4}?(?:再)?补(?:缴|交|办)${IN}{0,4}`,
      'g',
    ),
    message: '试用期不缴纳社会保险，违反《社会保险法》',
  },
  {
    // Cash refused at a counter from now on (不再收取现金), not a plain 不收现金 told in a complaint.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(`(?:不再|拒绝|拒|一律不|均不|暂不)(?:收取|接受|收)现金${IN}{0,12}`, 'g'),
    message: '拒收人民币现金，违反《中国人民银行法》《人民币管理条例》',
  },
  {
    // A home transferred to the provider as security.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:房产|房屋|住房|宅基地)${IN}{0,4}?(?:过户|转移登记|转让)(?:至|到|给)${IN}{0,16}?(?:作为|作|用作|以作|抵作)${IN}{0,12}?(?:担保|押金|保证)`,
      'g',
    ),
    message: '要求老年人将房产过户作为费用担保，侵害老年人财产权益，违反《老年人权益保障法》',
  },
  {
    // A loan tied to the purchase of another product.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:贷款|借款|授信|放款)${IN}{0,16}?(?:须|需|必须|要)(?:同时|同步|先)?(?:认购|购买|买)${IN}{0,6}?(?:理财|保险|基金|存款|产品)${IN}{0,24}`,
      'g',
    ),
    message: '发放贷款搭售理财、保险等产品，属“以贷转存”“捆绑搭售”，违反银行业监管规定',
  },
  {
    // Blood bought for cash.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:献血|捐献${IN}{0,8}?血)${IN}{0,16}?(?:现金补贴|现金奖励|领取现金|发放现金|给钱|报酬)${IN}{0,12}`,
      'g',
    ),
    message: '向献血者支付现金报酬，违反《献血法》的无偿献血制度',
  },
]);
