// Pattern families of the advertising gate for offers the older families miss: a discount for
// signing up or paying in (报名享八折, 缴费报名立享9折, 办卡即享七五折), a cure told as a farewell to
// the disease (一个疗程彻底告别颈椎病, 从此摆脱失眠困扰), buying through a QR code (长按识别二维码抢购,
// 扫描下方小程序码立即下单), a coupon by private message (私信小助手领取200元满减券), a promo code
// (输入优惠码ZWFW立减50元), a shop searched for on a shopping platform (在拼多多搜索“…旗舰店”下单)
// or named for the reader to buy at (相关产品可在“清源节水旗舰店”购买; not 正规、实体 or 当地 shops,
// advice on where to buy safely)
// and a brand
// advised to the public, praised before (建议广大市民家中都装上一台) or named after the advice
// (推荐大家选购暖阳牌电暖器). A public venue's concession (景区、博物馆、公交 …) named before the
// discount is a public service, not a sale; a disease named as what the public avoids (坚持锻炼，
// 远离高血压) has no degree or course before it. A product endorsed in the account's own voice with
// its merits or its shop (本号强烈推荐雅迪电动车，质量过硬、续航持久; 小编力荐这款空气炸锅，好用不贵) is an
// advertisement too; books, routes and vaccines recommended (小编推荐几本好书, 强烈推荐老年人接种流感疫苗)
// praise no product's quality.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const NUM = '[0-9０-９一二三四五六七八九十两]';
/** Venues and services that the state runs: their concessions are public policy. */
const PUBLIC_VENUE =
  '(?:景区|景点|博物馆|纪念馆|图书馆|文化馆|美术馆|科技馆|展览馆|体育馆|游泳馆|体育中心|全民健身中心|公园|公交|地铁|轨道交通|剧院|少年宫|青少年活动中心)';
/** What a cure is promised against: a disease, an ailment or a pain. */
const AILMENT =
  '[\\u4e00-\\u9fff]{0,6}?(?:病|症|炎|癌|瘤|痛|疼|失眠|便秘|脱发|白发|湿疹|脚气|三高|高血压|高血脂|高血糖|痛风|结石|增生|痔疮|近视|哮喘|咳嗽|色斑|痘痘|肥胖|赘肉|鼾|耳鸣)';

/** What a seller praises: quality, battery, price, or where to buy it. */
const PRODUCT_MERIT =
  '(?:质量过硬|质量可靠|质量上乘|质量好|品质(?:过硬|可靠|上乘|一流|保证)|性价比(?:高|超高|很高|极高)|续航(?:持久|给力|强|长)|经久耐用|结实耐用|省电|物美价廉|价格(?:实惠|公道|便宜|亲民|优惠)|好用不贵|口碑(?:好|极佳|很好|爆棚)|值得(?:入手|购买|拥有|买)|(?:门店|专卖店|旗舰店|网店|商场|超市|4S店)(?:就能|均可|都能|都可以|可以)?(?:买到|购买|有售|选购)|各大(?:商场|超市|门店)(?:均)?有售)';

/** Shopping and delivery platforms a shop is searched on. */
const SHOPPING_PLATFORM =
  '(?:拼多多|淘宝|天猫|京东|抖音商城|抖音|快手|微店|有赞|美团|饿了么|唯品会|苏宁易购|1688|闲鱼|小红书|得物|盒马)';

/** Buying right after the shop is found: 即可下单, 进店选购. */
const BUY =
  '(?:即可|就能|就可以|立即|直接|进行)?(?:下单|购买|抢购|选购|订购|拍下|购物|进店(?:选购|购买)?)';

/** A shop by its own name (清源节水旗舰店, “绿源家电专卖店”), not a kind of shop advised (正规网店, 当地实体店). */
const NAMED_SHOP =
  '[“"「『]?(?!正规|官方|大型|各大|附近|当地|线下|实体|品牌|指定|合法|有资质)[\\u4e00-\\u9fffA-Za-z0-9]{2,12}?[”"」』]?(?:旗舰店|专卖店|专营店|直营店|官方店|网店|微店|小店)[”"」』]?';

export const ADVERTISING_OFFER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A shop named for the reader to buy at: 相关产品可在“清源节水旗舰店”购买, 节水器具可到绿源家电专卖店
    // 选购, 请在“山里红”微店下单. Not a kind of shop advised (请到正规网店购买, 可在当地实体店选购).
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:可在|可到|可以在|可以到|请在|请到|欢迎到|欢迎在|均可在|即可在)${NAMED_SHOP}(?:内|里|中|上)?(?:即可|就能|均可)?(?:购买|选购|下单|订购|抢购|买到)`,
      'g',
    ),
    message: '导流至具名店铺购买，属商业广告',
  },
  {
    // A discount for signing up or paying in: 凭学生证报名享八折优惠, 缴费报名立享9折, 办卡即享七五折,
    // 续费打八五折. Not after a public venue's name in the sentence (体育馆游泳培训报名享八折).
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!${PUBLIC_VENUE}[^。！？\\n]{0,30})(?:报名|报班|报课|购课|缴费|办卡|开卡|充值|续费|入会|订课)(?:即|就|立|可|均|还|还可|并)?(?:享受?|可享|立享|打)${NUM}{1,2}(?:\\.[0-9])?折`,
      'g',
    ),
    message: '商业促销用语，政务新媒体不得刊登商业广告',
  },
  {
    // A cure told as a farewell: 一个疗程彻底告别颈椎病, 三贴就能摆脱腰痛, 从此摆脱失眠困扰, 永久告别
    // 脚气. A degree (彻底, 从此 …) or a course (一个疗程, 三天) must come before it. Not 远离, an
    // enforcement word (远离毒品) that would turn the claim into a mention, nor a patient's story told
    // with 了 (术后从此告别了病痛).
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern: new RegExp(
      `(?:彻底|永久|永远|从此|一次性|轻松|快速|${NUM}+(?:个)?(?:疗程|天|周|贴|盒|次)(?:就能?|即可|便能?)?)(?:告别|摆脱|赶走|根除|甩掉)(?!了)${AILMENT}(?=[，,。！!？?；;、…~～\\s]|$|困扰|烦恼|折磨|之苦|的困扰)`,
      'g',
    ),
    message: '广告法禁止的医疗功效断言',
  },
  {
    // Buying through a code: 长按识别二维码抢购, 扫描下方小程序码立即下单, 识别图中二维码即可购买; entering
    // a shop by it counts as buying (长按识别下方二维码进入“健康优选商城”). Not a code to sign up, follow
    // or answer a survey (长按识别二维码报名, 扫码进入“政务服务”小程序). A commercial policy bought the
    // same way (推荐市民购买“平安守护”意外险，扫码即可投保) is sold by it; joining public insurance
    // (扫码即可参保缴费) is not 投保.
    rule: 'advertising.buy-by-contact',
    severity: 'warn',
    pattern:
      /(?:长按|识别|扫描|扫)(?:识别)?(?:下方|上方|图中|图片|文末|海报)?(?:的)?(?:二维码|小程序码|太阳码|商城码|(?<=扫)码)(?:即可|立即|马上|快来|进行|直接|进店)?(?:抢购|购买|下单|选购|秒杀|订购|投保|抢券购买|进店选购|(?:进入|进|访问|前往|逛逛?)[“"「『]?[\u4e00-\u9fffA-Za-z0-9]{0,10}?(?:商城|小店|网店|微店|店铺|旗舰店|专卖店|直营店)(?![管监]))/g,
    message: '导流联系购买，属商业广告',
  },
  {
    // A shop to search for on a shopping platform: 在拼多多搜索“某某县猕猴桃官方旗舰店”下单, 打开淘宝搜
    // 索“山里红小店”即可购买, 京东上搜“老王家特产”进店选购. The account points its readers to a seller.
    // An official account or mini-program searched for (在抖音搜索“某某发布”关注, 微信搜索“粤省事”) is
    // no shop.
    rule: 'advertising.buy-by-contact',
    severity: 'warn',
    pattern: new RegExp(
      `(?:在|到|上|去|打开|登录)?${SHOPPING_PLATFORM}(?:APP|app|App|平台|商城)?(?:上|里|中|内)?(?:直接)?(?:搜索|搜一搜|搜|查找|找到|输入)(?:[“"「『]?[^”"」』。；！？\n]{1,20}?(?:旗舰店|专卖店|专营店|直营店|小店|网店|店铺|商城|官方店|特产店|[\u4e00-\u9fff]店)[”"」』]?${BUY}?|[“"「『][^”"」』。；！？\n]{1,20}[”"」』]${BUY})`,
      'g',
    ),
    message: '引导到购物平台搜索店铺下单，属商业广告',
  },
  {
    // A promo code or a pay-in discount: 输入优惠码ZWFW立减50元, 下单时填写折扣码可享8折, 结算时输入
    // 口令“夏日”直降20元, 优惠码：ABC123，首单减30元, 通过APP缴纳水费立减5元. 验证码, 兑换码 (a voucher
    // claimed) and a public venue's concession are no promotion.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:输入|填写|填入|使用|凭|出示|复制|领取|输|用)(?:专属|专用|下方|以下)?(?:的)?(?:优惠码|折扣码|促销码|优惠口令|口令|红包码|推广码|立减码|优惠券码|券码)[^。；！？\\n]{0,16}?(?:立减|立享|立省|直降|减免?|享受?|打|优惠|抵扣?|返现?|送)(?:${NUM}|[0-9０-９.．]+|优惠)|(?:优惠码|折扣码|促销码|立减码)[\\s：:“"「]*[A-Za-z0-9]{3,12}[^。；！？\\n]{0,10}?(?:立减|立享|直降|减|享|打|抵|返|送)(?:${NUM}|[0-9０-９.．]+)|(?<!${PUBLIC_VENUE}[^。；！？\\n]{0,12})(?:缴纳|缴费|支付|付款|充值|结算|首单|首次缴费)[^。；！？\\n，,]{0,8}?(?:即|就|可|即可|还可|还能)?(?:立减|立返|立省|直降|返现)${NUM}*[0-9０-９.．]*元`,
      'g',
    ),
    message: '优惠码、缴费立减等商业促销，政务新媒体不得刊登',
  },
  {
    // A coupon handed out by private message: 私信小助手领取200元满减券, 后台回复“福利”领50元优惠券, 加
    // 客服微信领取100元代金券. A consumption voucher claimed in an official app names no 私信.
    rule: 'advertising.buy-by-contact',
    severity: 'warn',
    pattern:
      /(?:私信|私聊|后台(?:回复|留言)|(?:加|添加)(?:客服|小助手|助手|店长|管家|福利官)(?:微信)?)(?:小助手|助手|客服|小编|福利官|店长|管家)?[^。；！？\n]{0,6}?(?:即可|就能|可|免费)?领(?:取)?[^。；！？\n]{0,4}?[0-9０-９一二三四五六七八九十百千]+元?(?:满减券|优惠券|代金券|现金券|抵用券|抵扣券|红包|券)/g,
    message: '导流私信领取优惠券，属商业推广',
  },
  {
    // A product advised to every home after a brand is praised: “康源”牌净水器…建议广大市民家中都装
    // 上一台, 该品牌…推荐家家户户备上一瓶. Safety advice (建议家中配备灭火器) names no brand before it.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?<=(?:[”"」]牌|品牌|该款|这款|该产品|这个牌子)[^\n]{0,120}?)(?:建议|推荐|号召|提醒)(?:广大|各位)?(?:市民|居民|家长|群众|朋友|大家|消费者|家庭|家家户户)?(?:朋友)?们?(?:家中|家里|人手)?(?:都|也|最好)?(?:装上|安装|买上|购买|备上|入手|配上|用上|选购|添置|买|装)(?:一台|一个|一款|一套|一瓶|一盒|一部|一件|一箱)/g,
    message: '以建议口吻推荐具体品牌商品，属变相商业广告',
  },
  {
    // A product endorsed in the account's own voice, with its merits or its shop: 本号强烈推荐雅迪电动车，
    // 质量过硬、续航持久; 小编力荐这款空气炸锅，好用不贵; 我们真诚推荐某某空调，省电又耐用，各大商场均有售.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:推荐(?<=(?:本号|小编|我们|本台|本平台|笔者|强烈|倾情|极力|墙裂|真诚|诚意|郑重)推荐)|力荐|安利)(?:大家|您|你|各位|市民朋友|广大市民)?(?:购买|选购|入手|使用|选择|试试)?[^。；！？\n，,]{1,12}?[，,、：:]?[^。；！？\n]{0,16}?${PRODUCT_MERIT}`,
      'g',
    ),
    message: '以本账号口吻推荐具体商品并称赞其品质，属变相商业广告',
  },
  {
    // The same advice with the brand after it: 我局推荐大家选购暖阳牌电暖器, 建议广大车主认准安驰牌
    // 轮胎, 推荐家长给孩子选购质量可靠的星光牌台灯, 建议市民使用“净康”牌净化器. A word ending in 牌
    // that names no maker (品牌, 名牌, 车牌, 门牌, 警示牌 …) is no brand: 建议选购正规品牌的电暖器. A name
    // right before 品牌 is one (推荐大家选购格力品牌变频空调), unless it is a quality (正规, 知名, 国产 …).
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:建议|推荐|号召|提醒)(?:广大|各位)?(?:市民|居民|家长|群众|朋友|大家|消费者|家庭|车主|老人|村民|用户|家家户户)?(?:朋友)?们?(?:给孩子|为孩子|给家人|为家人|给老人|为老人|家中|家里)?(?:都|也|最好|优先)?(?:选购|购买|选用|使用|认准|首选|选择|买|入手|用)(?:[\u4e00-\u9fff]{2,4}(?<!(?<!美)的|正规|知名|大|名|合格|国产|进口|可靠|信誉|优质|节能|环保|安全|厂家|认证|自主|民族|老字号|其他|其它|不同|各类|各种|同一|相关|主流|一线|本地|本土|国内|国外|国际|大型|靠谱|放心|保障|好|品质|质量|绿色|有机|中国|自有|新|老|小)品牌|[^。，；！？\n]{0,8}?(?:[“"「『][^”"」』\n]{1,10}[”"」』](?:牌|品牌)|[\u4e00-\u9fff](?<![品名门车标招示奖铭号金王杂冒老大正挂路站告胸工纸克底出亮])牌(?![子照坊楼位匾局桌面])))/g,
    message: '以建议口吻推荐具体品牌商品，属变相商业广告',
  },
]);
