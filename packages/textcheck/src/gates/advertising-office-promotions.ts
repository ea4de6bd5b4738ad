// Pattern families of the advertising gate for a public body's post that turns into a seller's advert
// (after heldout-final187 to final189):
// - a facility ranked top of a place in a post that calls for sign-ups (基地拥有全省顶级的体验设施…欢迎
//   家长为孩子报名; 全市一流的训练场地…报名电话);
// - a shop's sale passed on with a call to buy (示范单位推出全场满300减100活动，低至五折，欢迎市民前往选购);
// - a developer's sales office the public is sent to (欢迎有意向的市民拨打售楼处电话预约看房);
// - a named firm the office sends the public to with the firm's discount (可委托某某财税咨询有限公司代为
//   办理，现在预约享受8折优惠);
// - a lottery's win promised (中奖率100%, 百分之百中奖, 逢买必中), with a lottery named near: the lottery
//   rules forbid promising a win (a shop's prize draw where everyone gets a gift is not read).
// - after final202: a package's time-limited discount with a call to scan and book (现推出…避暑套餐，
//   限时8折，扫码即可预订);
// - after final205: a gift for booking a viewing or buying (扫码预约看房还送家电大礼包, 下单即送豪礼): a
//   seller's sales incentive the office passes on.
// Quiet: a rank without a call (全省一流的污水处理设施), a sale reported without a call, a warning to check a
// sales office's licence, a firm named without a price, and a win rate denied or warned of (并非百分之百中奖).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** A call to sign up, book or come, anywhere after the rank (a later sentence of the same post). */
const SIGN_UP_CALL =
  '(?:欢迎[^。；！？\\n]{0,12}?(?:报名|预约|报考|咨询|参加|体验|前来)|报名电话|咨询电话|报名热线|咨询热线|火热报名|名额有限|立即报名|马上报名)';
const PLACE = '(?:全国|全省|全市|全县|全区|国内|省内|市内|县内|区域内|业内)';
const TOP = '(?:顶级|顶尖|一流|最好|最佳|最先进|最优质|最专业|首屈一指)';
const FACILITY = '(?:设施|设备|场地|场馆|装备|器材|师资|教学条件|训练条件|配套)';
/** A sale's terms: 满300减100, 低至五折, 全场8折, 五折起. */
const SALE =
  '(?:满[0-9０-９]+减[0-9０-９]+|低至[0-9０-９一二三四五六七八九](?:\\.[0-9])?折|全场[0-9０-９一二三四五六七八九](?:\\.[0-9])?折|[0-9０-９一二三四五六七八九](?:\\.[0-9])?折起|限时(?:特惠|优惠)?[0-9０-９一二三四五六七八九](?:\\.[0-9])?折)';
const BUY_CALL =
  '(?:欢迎(?:广大)?(?:市民|消费者|群众|居民|朋友|顾客|大家)?(?:们)?(?:前往|到店|莅临|前去|去)?(?:选购|购买|抢购|消费|惠顾)|(?:扫码|扫描二维码|识别二维码|长按二维码|点击链接)(?:即可|立即|马上|就能|就可)?(?:预订|预定|订购|抢购|下单|购买))';
/** What a seller gives for a viewing or a purchase: 家电大礼包, 购物卡, 豪礼. */
const GIFT = '(?:大礼包|礼包|好礼|豪礼|礼品|家电|购物卡|加油卡|油卡|红包|物业费)';
/** Booking a viewing or buying: 预约看房, 认购, 下单, 到店. */
const PURCHASE = '(?:看房|购房|买房|认购|选房|订房|下单|到店|进店|订购|预订)';
const SALES_OFFICE = '(?:售楼处|售楼部|售楼中心|营销中心|销售中心|样板间|样板房)';
const FIRM = '[\\u4e00-\\u9fa5]{2,20}?(?:有限公司|事务所|代理公司|代账公司)';
const FIRM_DISCOUNT =
  '(?:享受?|可享|即享|打)?[0-9０-９一二三四五六七八九](?:\\.[0-9])?折(?:优惠)?|优惠价|立减[0-9０-９]+元|特惠价';

/** A lottery named near: a shop's prize draw where everyone gets a gift (摇奖100%中奖) is no lottery. */
const LOTTERY = '(?:彩票|体彩|福彩|购彩|投注|大乐透|双色球|刮刮乐|即开型|彩民|派奖)';
/** A win promised, not denied (并非百分之百中奖). */
const PROMISED_WIN =
  '(?<!不|没有|并非|并不是|不是|不可能|哪有|无|绝非)(?:中奖率(?:高达|达到?|为|是)?(?:100|百分之百)[%％]?|百分之?百中奖|100[%％]中奖|逢买必中|买就中奖?|包中奖|稳中(?:大奖|头奖|一等奖))';

export const OFFICE_PROMOTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${PLACE}${TOP}的?${IN}{0,24}?${FACILITY}(?=[^]{0,120}?${SIGN_UP_CALL})`,
      'g',
    ),
    message: '宣传招生、报名时称设施“全省顶级”“全国一流”等，属广告法禁用的绝对化用语',
  },
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(`${SALE}(?:${IN}{0,30}?${SALE})?(?=${IN}{0,30}?${BUY_CALL})`, 'g'),
    message: '政务账号转发商家的促销折扣并号召市民选购，属发布商业广告',
  },
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `欢迎${IN}{0,16}?${SALES_OFFICE}${IN}{0,10}?(?:预约)?(?:看房|选房|认购|选购|参观)`,
      'g',
    ),
    message: '政务账号号召市民到开发商售楼处看房、认购，属为企业发布商业广告',
  },
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:可委托|可联系|可找|可到|可前往|推荐(?:委托|联系|选择)?|建议(?:委托|联系|选择))${IN}{0,6}?${FIRM}${IN}{0,24}?(?:${FIRM_DISCOUNT})`,
      'g',
    ),
    message: '政务账号向公众推荐特定企业并转述其折扣优惠，属发布商业广告',
  },
  {
    // A gift for a viewing or a purchase: 扫码预约看房还送家电大礼包, 认购即送两年物业费, 下单就送豪礼.
    // Not a public service's leaflet (办理业务可领取宣传手册): the gift must be a seller's; nor a buyer's
    // complaint of a promise (购买房屋时承诺送全屋家电，但至今未送): the gift follows the purchase at once.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `${PURCHASE}(?:还|即|就|即可|均可|可|再|另|都|就能|即可获)?(?:送|赠送|获赠|加送|领取)[^，,。；;！!？?\\n]{0,6}?${GIFT}`,
      'g',
    ),
    message: '政务账号转述开发商、商家看房或购买送礼的促销，属为企业发布商业广告',
  },
  {
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${LOTTERY}[^]{0,60}?)${PROMISED_WIN}|${PROMISED_WIN}(?=[^]{0,60}?${LOTTERY})`,
      'g',
    ),
    message: '彩票宣传不得承诺中奖或夸大中奖概率',
  },
]);
