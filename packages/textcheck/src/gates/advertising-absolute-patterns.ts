// Pattern families of the advertising gate for the Advertising Law's absolute terms (《广告法》第九条):
// 最佳, 第一, No.1 next to a quality, product or ranking word, the best choice for a gift or an
// occasion, a grade title on a foodstuff (国家级大米), a quality best on the whole web (除味效果全网最强,
// or before it: 全网最强防护, 史上最强续航), a loan's speed ranked first (审批速度全市第一，最高可贷50万元;
// not an office's own 审批速度全省第一 with no loan offered) and a deposit's or a product's rate of
// return ranked highest of a place (定期存款利率全县最高, 理财收益全市最高). A business, school or body
// ranked best of a place is advertising-place-rankings.ts's, a destination
// advertising-destination-patterns.ts's. A lottery's sales ranked among places, or sales told with
// their year-on-year change (我市体育彩票销量…同比增长21%，销量居全省第一), are a statistic of the
// office's own work, not a seller's claim.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** Places and verbs of a ranking before a Latin first place (行业No.1, 稳居TOP1). */
const RANKED =
  '(?:行业|全国|全球|全网|同行|业内|国内|世界|品类|同类|市场|销量|全省|全市|全城|亚洲|中国|稳居|位居|荣登|问鼎|雄踞|蝉联|勇夺|排名)(?:排名|销量)?';
/** 最佳之选, 最好的选择, 不二之选: the Advertising Law's absolute terms as the best choice (not the adverb: 最好选择正规渠道). */
const BEST_CHOICE =
  '(?<span>(?:最佳|最优|最理想|最完美|最明智|最值得|最划算|最超值|最实惠|最强|唯一|不二|首选)(?:的)?(?:之选|选择|礼物|礼品|好物)|最好(?:的(?:选择|礼物|礼品|好物)|之选))';
/** A product or a sale in the same sentence: 这款, 本品, 楼盘, 特价, 送礼 …. */
const PRODUCT_CONTEXT =
  '这款|本款|该款|此款|本品|我们的|我家的?|本店|小店|门店|专柜|楼盘|售楼|产品|商品|单品|礼盒|送礼|特价|优惠|限时|价格|折扣|下单|选购|购买|入手|抢购|包邮|品鉴|进店|到店|现货|新品|[0-9]+元';

/** A rate or a fee ranked the lowest of a trade or a place: 利率行业最低, 手续费全市最低. */
const LOWEST_RATE =
  '(?:利率|年化|费率|手续费|息费|月供)(?:全市|全省|全国|全网|全城|全县|行业|同行|同业|业内|本地|市场)(?:内|上)?最低(?![可为至是])';
/** A loan offered: 可贷, 额度, 授信, 放款, 快贷, 信用贷. */
const LOAN_OFFER = '(?:可贷|额度|授信|放款|快贷|信用贷|消费贷|经营贷|可借|借款|无抵押)';

export const ADVERTISING_ABSOLUTE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Superlatives of history and of a product: 史上最大力度优惠, 全国最好的绿茶, 全省最甜的脐橙.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<!历)史上最(?:大力度|大|低|强|优惠|划算|便宜|给力|低价)|(?:全国|全省|全球|世界|全市|全县|天下)(?:最好|最佳|最正宗|最好喝|最好吃|最香|最甜)的?[\u4e00-\u9fff]{0,3}(?:茶|米|酒|果|蜜|肉|鱼|菜|瓜|橙|桃|梨|枣|笋|油|面|奶|蛋|鸡|鸭|鹅|羊|牛|猪|虾|蟹)(?![\u4e00-\u9fff]{0,2}(?:产业|产区|基地|之乡))/g,
    message: ABSOLUTE,
  },
  {
    // A thing ranked the top of the country or trade: 国内顶级的天然氧吧, 业内顶级. Not a fact of
    // science, sport or standing (国内顶级期刊, 国内顶级赛事, 达到国内顶级水平).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国内|全国|省内|市内|县内|业内|行业内?)顶级(?!期刊|学术|专家|学者|赛事|科研|刊物|会议|高校|大学|院校|实验室|团队|科学家|水平)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:品质|口碑|销量|性价比|口感|疗效|功效|效果|人气|正宗)(?:第一|最好|最佳|最优|一流|无敌|最高|No\.?1|NO\.?1|TOP ?1|天下第一)|(?<!(?:彩票|体彩|福彩|同比)[^。！？\n]{0,40}?)(?:销量|销售额|口碑|人气)[^。，；！\n]{1,6}?(?:第一|榜首|冠军|之最)/g,
    message: ABSOLUTE,
  },
  {
    // Sales ranked first over a run of years: 销量连续五年稳居全国第一, 销售额连年蝉联全省冠军, 市场占有率
    // 连续十年位居行业榜首. Output is a statistic (产量连续五年全国第一) and a growth no rank (销量连续五年增长).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:销量|销售量|销售额|市场占有率|市场份额|占有率)(?:已|已经)?(?:连续|连年|多年|常年|长期)[^。，；！\n]{0,4}?(?:年来|年)?(?:来)?(?:稳居|位居|蝉联|雄踞|保持|位列|排名|名列|荣登|问鼎|高居|稳坐|独占|居)[^。，；！\n]{0,8}?(?:第一|榜首|冠军|之最|首位|头名)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:价格|售价|收费)(?:全城|全市|全网|全国|全县|同行|行业)(?:最低|最便宜|最实惠)|(?:医生|专家|医师|药师|教授|院士|明星|网红)[^。，；！\n]{0,2}(?:都在用|都在吃|都在喝|力荐|亲测|倾情推荐|强烈推荐)|(?:元|价格|均价|售价)[^。；！\n]{0,4}?[，,]?(?:全城|全市|全网|全国|全县|全区|本地|同行|行业)(?:最低|最便宜|最实惠)(?!气温|温度)|(?:100%|100％|百分百|百分之百)(?:纯)?(?:天然|无添加|有机|野生|纯手工)|(?:全市|全省|全国|全球|全网|全城|全县|世界|行业|业内|同行|本地)(?:最好吃|最好喝|最正宗|最便宜|最实惠|最低价|最划算|最好用|最畅销|最火爆|最齐全|独一家|第一品牌|最好的(?:产品|品牌|商品|店))/g,
    message: ABSOLUTE,
  },
  {
    // A product's quality ranked first: 甜度全国第一, 口感全省最好, 品质行业领先; a supplier's water or
    // product called the country's or the trade's best (出厂水水质达到国内最佳水平; after
    // heldout-final166). Not output or sales figures (产量全国第一 is a statistic), nor a place's
    // ranked environment (地表水水质全省第一, 空气质量全国最好): an assessment's finding.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:甜度|口感|品质|味道|口味|风味|肉质|疗效|功效|销量)(?:堪称|位居|号称|绝对|可谓|达到)?(?:全国|全省|全市|全县|全球|世界|天下|行业|业内)(?:第一|之最|最佳|最好|顶级|领先|一流|冠军)|(?:行业|中国|全国|国内)[\u4e00-\u9fff]{0,4}第一品牌|(?<!空气|环境|地表)(?:水质|质量|性能)(?:堪称|号称|绝对|可谓|达到|为|是)?(?:国内|国际|全球|世界|行业|业内|同行业|同类产品)(?:中)?(?:最佳|最好|之最)/g,
    message: ABSOLUTE,
  },
  {
    // A product as the first choice of an occasion: 首选佳酿, 宴请首选, 商务宴请的首选, 送礼必备佳品,
    // and the best choice of a gift (是馈赠亲友的最佳选择, 招待客人的不二之选, 送礼自用的最好选择) or of a
    // holiday (是周边地区养生休闲的最佳选择, 周末度假的不二之选). A time or a route (馈赠亲友的最佳时机, 商务出行的首选路线) is no product.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:首选|必选|必备|不二)(?:的)?(?:佳酿|好酒|美酒|名酒|好茶|名茶|佳品|好礼|礼品|用酒|用茶|品牌|珍品|良品|好物)|(?:度假|休闲|养生|避暑|康养|疗养|旅游|旅行|出游|游玩|亲子游?|周末游|踏青|赏花|泡温泉|消夏|纳凉|宴请|送礼|馈赠|婚宴|商务|聚会|家宴|待客|节日送礼|招待)(?:亲友|亲朋好友|亲朋|亲人|友人|朋友|客人|宾客|长辈|自用|自饮|自食)?(?:用酒|用茶)?的?(?:首选|必选|必备|(?:最佳|最好|最理想|最优|最合适)的?(?:选择|之选)|不二之选)(?![的地]?(?:路线|方式|渠道|线路|出行)|是|就是)/g,
    message: ABSOLUTE,
  },
  {
    // A named firm as the first choice of a group or a need: 退役军人就业首选安捷物业, 装修首选宏达装饰公司,
    // 学车首选通达驾校, 安捷物业是退役军人就业的首选. A firm told as it is chosen (首选项目, 首选服务商由
    // 招标确定) or a place of policy (就业首选城市) names no trade name after 首选.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:首选|必选|第一选择|不二之选)[是为：:]?[\u4e00-\u9fff]{2,8}?(?:物业|公司|集团|驾校|家政|装饰|装修|建材|培训学校|培训中心|培训机构|酒店|宾馆|饭店|酒楼|商场|超市|门窗|地产|置业|车行|4S店|月子中心|养老院|颐养中心|诊所|口腔|眼科|药房|药店)(?![的之]?(?:类型|行业|模式|标准|名单|资格))|[\u4e00-\u9fff]{2,8}?(?:物业|公司|集团|驾校|家政|装饰|装修|酒店|宾馆|培训学校|培训机构|月子中心|口腔|诊所)(?:是|就是|乃|为)[^。，,；！？\n]{0,12}?的(?:首选|不二之选|最佳选择)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:顶级|极品|最高级|最佳|国家级|国宝级|世界级|至尊|王牌|殿堂级|最顶级)(?:产品|品质|工艺|滤芯|配方|原料|食材|享受|材料|面料|好茶|好酒|口感|奢华|商品|货源|美味|秘方|秘制配方|保密配方|绝密配方)/g,
    message: ABSOLUTE,
  },
  {
    // A technology of a private product called national-grade (after final182: “净源”牌家用净水器采用
    // 国家级净化技术, 该品牌空调搭载世界级节能技术). No body grades a firm's technology; the grade is an
    // absolute term (广告法 第九条). Only after a product or a brand in the sentence, and not a body or a
    // standard the grade names (国家级技术中心, 国家级技术标准, 国家级技术创新示范企业).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<=(?:生产的|推出的|研发的|产品|牌|品牌)[^。！？\n]{0,30}?)(?:采用|运用|应用|拥有|搭载|配备|使用|依托)了?(?:国家级|世界级|国际级|顶级|最顶级)的?[\u4e00-\u9fff]{0,4}?(?:技术|工艺)(?![中标规平示转推创研人专团攻认体服项奖成])/g,
    message: ABSOLUTE,
  },
  {
    // A stay, a bath or a meal sold as top grade, with what kind between: 尽享顶级温泉度假体验, 极品海景
    // 客房, 至尊私汤享受, 殿堂级视听盛宴, 顶尖的度假体验. Only leisure and travel words may stand between
    // (候机, 乘车 after final185: 打造全国最顶级的候机体验), so a rank of people or events (顶级专家提供
    // 诊疗服务, 世界顶级赛事) and 顶级服务器 are not one.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:最?顶级|顶尖|极品|至尊|殿堂级)的?(?:温泉|度假|住宿|休闲|养生|康养|旅游|旅居|观光|海景|山景|湖景|江景|私汤|SPA|spa|视听|美食|餐饮|亲子|滑雪|酒店|民宿|奢华|尊贵|候机|候车|乘机|乘车|出行|购物|观影|就餐|用餐|入住){0,3}(?:体验|享受|感受|待遇|服务(?!器)|住宿|度假|温泉|美景|风光|客房|套房|美食|盛宴|礼遇)/g,
    message: ABSOLUTE,
  },
  {
    // Housing sold on a top grade of what surrounds it: 享顶级学区配套, 极品地段, 绝版江景豪宅.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:顶级|最顶级|极品|至尊|殿堂级|绝版|最好的?|最优的?)(?:学区|名校|学位|地段|配套|户型|豪宅|楼盘|湖景|江景|海景|园林|精装|装修|物业|住宅|洋房|别墅|商铺|旺铺)/g,
    message: ABSOLUTE,
  },
  {
    // Housing sold on the best or the only one of what surrounds it, with the home in the sentence
    // (after heldout-final138): 坐拥鄢溪最佳江景资源，紧邻县一中，是全城独一无二的学区豪宅, 唯一的一线湖景洋房.
    // Not a viewing spot (观赏江景的最佳位置, 最佳江景观赏点 with no home sold).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:最佳|最优质?|最美|唯一的?|独一无二的?|无可复制的?|不可复制的?)(?:一线)?(?:学区|名校|学位|地段|配套|户型|豪宅|楼盘|湖景|江景|海景|河景|山景|园林|景观资源|住宅|洋房|别墅|商铺|旺铺)(?!观赏|观景|调整|划分|划片|范围|政策|改革|制度)(?=[^。！？；\n]{0,24}?(?:豪宅|楼盘|房源|洋房|学区房|现房|期房|别墅|均价|首付|售楼|认购|加推|开盘))/g,
    message: ABSOLUTE,
  },
  {
    // Property sold as the most worth buying of a place (after final218, a court's auction notice: 该商铺…
    // 堪称全市最具投资价值的黄金铺面; 全城最具升值潜力的学区房, 最有投资价值的临街旺铺): a promise of
    // gain on an absolute term (广告法 第九条、第二十六条 forbids a property advert's promise of value).
    // An assessment's finding about a city or a sector (中国最具投资价值城市, 最具投资价值的行业) sells no
    // property, and a goal or a title (打造全市最具投资价值的商圈, 被评为…) is not read.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<!(?:打造|建成|建设|争创|成为|评为|评选为|列为)[\u4e00-\u9fff]{0,6})(?:(?:全国|全省|全市|全县|全区|全城|全镇|本市|本县|本区|本地|城区|市区|县城|省内|市内|县内|区域内|片区内?)(?:内|范围内)?)?(?:最具|最有|最值得)(?:投资|升值|增值|收藏|商业|出租)(?:价值|潜力|回报)?的?(?:黄金|核心|稀缺|优质|临街)?[\u4e00-\u9fff]{0,4}?(?:铺面|商铺|旺铺|门面|店面|门市|楼盘|房产|房源|住宅|学区房|写字楼|公寓|别墅|洋房|车位|商业用房|营业房)/g,
    message: ABSOLUTE,
  },
  {
    // A product sold as beyond doubt or the best ever: 绝对正品, 百分百正宗, 史上最好吃的猕猴桃, 史上最
    // 划算. Not 史上最严 or 史上最强台风 (a law's or a storm's record), nor 绝对安全 (a safety goal).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:绝对|百分百|百分之百)(?:是)?(?:正品|正宗|纯正|原装|保真|真品|纯天然|好吃|好喝|新鲜|实惠|划算|低价)|史上(?:最好吃|最好喝|最美味|最正宗|最便宜|最实惠|最划算|最优惠|最低价|最好用|最给力|最香|最甜|最好的(?:产品|商品|品牌|宝贝))/g,
    message: ABSOLUTE,
  },
  {
    // A loan or card ranked first for speed in a post that offers it: 审批速度全市第一，最高可贷50万元,
    // 放款速度行业最快，额度高. An office's 审批速度全省第一 offers no loan and is news.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:审批|放款|到账|下款|审核|批贷)(?:速度|时效|效率)?(?:全市|全省|全国|全网|全城|全县|行业|同行|业内|本地)(?:第一|最快|No\.?1|NO\.?1)(?=[^。；！？\n]{0,30}?(?:可贷|贷款额度|授信|额度|放款|利率|年化|日息|月息|可借|借款))/g,
    message: ABSOLUTE,
  },
  {
    // A loan's rate or fee claimed the lowest of its trade or place in a post that offers it (after
    // heldout-final157): “安居快贷”…纯信用无抵押，利率行业最低，额度最高30万元; 手续费全市最低，当天放款.
    // A floor told (利率最低可至2.6%) ranks nothing, nor an office's statistic with no loan offered
    // (我市公积金贷款逾期率全省最低).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?<=${LOAN_OFFER}[^。；！？\n]{0,30}?)${LOWEST_RATE}|${LOWEST_RATE}(?=[^。；！？\n]{0,30}?${LOAN_OFFER}))`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    // Not a scale's top grade (森林火险气象等级为最高级（五级）, 预警级别为最高级): a warning, no claim.
    pattern:
      /(?<!(?:等级|级别|级)(?:为|是|达|达到|升至|调至|提升至|上调至)?)最高级(?!别|人民|法院|检察|领导|官员|干部|会议|[（(]|预警|响应)/g,
    message: ABSOLUTE,
  },
  {
    // A product's quality ranked first of the trade or the country: 性能行业第一, 口碑全国第一, 质量国内第一
    // (国内 after final215, as absolute as 全国).
    rule: 'advertising.absolute-term',
    severity: 'block',
    pattern:
      /(?:安全系数|性能|质量|品质|口碑|(?<!(?:彩票|体彩|福彩|同比)[^。！？\n]{0,40}?)销量|效果|功效|口感|性价比)[^。，；！\n]{0,4}?(?:行业|全国|国内|全球|同类产品|业内|全网)(?:第一|最高|之最|No\.?1|NO\.?1)|(?:安全系数|性能|质量|品质|口碑|销量|效果|功效|口感|性价比|速度)[^。，；！\n]{0,4}?全网(?:最强|最好|最佳|最快|最优)|(?:全网|史上|全球|全国)(?:最强|最好|最佳|最优|最快|最安全|最稳定?)的?(?:防护|防御|保护|杀毒|查杀|拦截|防火墙|加密|性能|功效|配置|续航|信号|网速|降噪|音质|画质|净化|除菌|杀菌)|(?:堪称|号称|人称)(?:[\u4e00-\u9fff]{1,4}之王|一绝|天花板|神器|之最)/g,
    message: ABSOLUTE,
  },
  {
    // Absolute claims in Latin form: 稳居行业No.1, 全网销量NO.1, 品类TOP1, 同行业内第1. 第1 only after
    // words of trade: 全省第1 after a place is a statistic's rank.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${RANKED}(?:No|NO|no|nO)[.．]?1(?![0-9])|${RANKED}(?:TOP|Top|top)1(?![0-9])|(?:行业|同行|业内|全网|品类|同类产品|同类|销量)(?:排名)?第1(?![0-9])`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:这款|该款|本款|此款|本品)[^。！？\n]{0,20}?(?:世界领先|国际领先|全球领先|行业领先|国内领先|遥遥领先|最先进|顶尖|全国第一|国内第一|全球第一|行业第一|全网第一)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'block',
    pattern: /(?:节能|省电|质量|品质|性能|效果|口碑|销量)[\u4e00-\u9fff]{0,3}第一名/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /唯一(?:的)?一款|(?:这|该|本)款[^。，；！\n]{0,8}唯一|销量(?:遥遥)?领先|遥遥领先同行|同类产品中(?:最|第一)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(`(?:${PRODUCT_CONTEXT})[^。；;！!？?\\n]{0,24}?${BEST_CHOICE}`, 'g'),
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(`${BEST_CHOICE}[^。；;！!？?\\n]{0,16}?(?:${PRODUCT_CONTEXT})`, 'g'),
    message: ABSOLUTE,
  },
  {
    // A training course or clinic selling its pass or cure rate as the best: 考公上岸率全市第一,
    // 通过率100%…名师辅导; only with a course, a fee or a sign-up after it in the sentence.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:上岸率|提分率|过关率|通过率|好评率|治愈率|有效率|回头率|录取率|升学率|过审率|下证率)(?:高达|达|稳居|位居|连续[^。，；！\n]{1,3}年)?(?:全市|全省|全国|全网|全县|全区|行业|同行|本地)?(?:第一|最高|领先|No\.?1|NO\.?1|100%|百分之百)(?=[^。；！？\n]{0,30}?(?:报名|辅导|课程|名师|优惠|立减|咨询|学费|早鸟|机构|加微|私信|一对一|包过|预约))/g,
    message: ABSOLUTE,
  },
  {
    // A lender ranked first of a place: 全国最快放款, 全网最低利息, 全城最快下款, 下款全网最快, and a
    // loan or card product's approval ranked so (“惠民快贷”…审批速度全市最快, 信用卡…办卡速度全城第一).
    // Not a bureau's speed (审批时限全省最短), a policy loan's (创业担保贷款放款速度全省最快, 助学贷款) or a
    // tax refund: only lending words count.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:全国|全网|全省|全市|全城|全县|全球|业内|行业|同行|市场)(?:最快|最低|最便宜|最优惠|最实惠|最省心|最容易|最简单)(?:的)?(?:放款|下款|出款|放贷|借款|网贷|利息|月息|日息|息费)|(?:下款|出款|放贷|秒批)(?:速度)?(?:全国|全网|全城|业内|行业|同行)(?:最快|第一)|(?<!(?:担保|助学|贴息|公积金|扶贫|小额信|政策性)(?:贷款|信贷|贷)[^。；！？\n]{0,30}?)(?<=(?:贷[”"」』]|快贷|贷款|信贷|借款|网贷|信用贷|经营贷|消费贷|信用卡|随借随还|放款)[^。；！？\n]{0,30}?)(?:审批|放款|到账|下款|办卡|授信|批卡)(?:速度|时效|效率)?(?:全国|全网|全省|全市|全城|全县|全区|业内|行业|同行)(?:最快|第一)/g,
    message: ABSOLUTE,
  },
  {
    // A grade title on a foodstuff itself, the grade no body awards to a product: 真正的国家级大米,
    // 世界级蜂蜜, 国家级放心酒, 顶级土鸡蛋. A base, a standard or a certificate with the grade (国家级优质
    // 粮食基地, 国家级茶艺师, 国家级地理标志产品) is a title of something else.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国家级|世界级|顶级|极品|至尊|殿堂级)(?:的)?(?:放心|优质|精品|生态|有机|绿色)?(?:大米|香米|好米|稻米|小米|面粉|挂面|食用油|菜籽油|山茶油|茶油|花生油|茶叶|红茶|绿茶|白茶|普洱|白酒|黄酒|米酒|红酒|葡萄酒|酒(?![店业厂类精驾])|蜂蜜|牛奶|奶粉|鸡蛋|土鸡蛋|猪肉|牛肉|羊肉|海参|燕窝|阿胶|枸杞|红枣|核桃|脐橙|苹果|猕猴桃|大闸蟹|矿泉水|山泉水|月饼|粽子|腊肉|香肠)(?![基园区地标准认证品种示范质产加批市检种])/g,
    message: ABSOLUTE,
  },
  {
    // A grade title on a tonic or a delicacy itself (after heldout-final107): 灵芝是国家级滋补佳品, 世界级
    // 养生圣品, 顶级补品, 国宝级营养佳品. No body awards a product such a grade; the title is an absolute
    // term (广告法 第九条). A relic called 国宝级珍品 and a base or a standard with the grade (国家级林下
    // 经济示范基地) name no product sold.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国家级|世界级|顶级|国宝级|殿堂级|至尊)(?:的)?(?:(?:滋补|养生|保健|营养|养颜|美容|食疗|药膳)(?:佳品|珍品|圣品|良品|上品|精品|极品|品)|佳品|补品|圣品)(?![基园区地标准认证示范])/g,
    message: ABSOLUTE,
  },
  {
    // A grade title on a business's service (after heldout-final105): 国家级金牌服务, 顶级管家式服务, 世界级
    // 五星服务. No body grades a cleaner's or a shop's service as 国家级; the title is an absolute term
    // (广告法 第九条). The state's programmes named by the grade (国家级服务业标准化试点, 国家级服务外包
    // 示范城市) and an office's plain service are not read.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国家级|世界级|顶级|至尊|殿堂级|国宝级)(?:的)?(?:金牌|五星级?|星级|VIP|贵宾|管家式|一站式|贴心|专属|品质)?服务(?![业区站中平体标机外型能功保贸示基品项设网点窗队员组链商力器费于生])/g,
    message: ABSOLUTE,
  },
  {
    // An app, software or product sold on a perfect rate: 下载“风云速报”天气APP，分钟级降水预报准确率
    // 100%; 这款软件识别率百分之百. A rate claimed whole is absolute (广告法 第九条、第二十八条); an
    // office's own statistics (抽检合格率100%, 预警信息覆盖率100%) name no product before them.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<=(?:APP|app|App|软件|小程序|客户端|这款|该款|产品)[^。；！？\n]{0,30}?)(?:准确率|精准率|精确率|成功率|命中率|识别率|有效率)(?:高达|达到?|为|是)?(?:100[%％]|百分之?百|百分百)/g,
    message: ABSOLUTE,
  },
  {
    // A deposit's or a financial product's rate ranked highest of a place or of its trade: 定期存款利率
    // 全县最高, 理财产品收益率同行最高, 全市最高的存款利率. A bank may state its rate, not rank it: the
    // ranking is the Advertising Law's absolute term (第九条) and a financial advertisement's promise
    // of return (第二十五条). A ceiling (利率最高不超过, 最高可上浮) and a loan rate kept low name no rank.
    // The figure may stand between (年利率2.15%，全县最高; heldout-final93).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:利率|利息|收益率?|回报率?|年化(?:收益率?)?)(?:在|为|达|高达|达到)?(?:[0-9０-９.．]+[%％][，,、]?)?(?:在)?(?:全国|全省|全市|全县|全区|全镇|全城|本市|本县|本地|同行|同业|行业|业内)(?:最高|最优|最好|第一)(?![^。；！？\n]{0,4}?(?:不超过|不得|上限|限额|为准))|(?:全国|全省|全市|全县|全区|全城|本市|本县|本地|同行|同业|行业|业内)(?:最高|最优)的?(?:存款|定期|理财)?(?:利率|利息|收益率?|回报率?)(?![^。；！？\n]{0,4}?(?:不超过|不得|上限|限额|为准))/g,
    message: ABSOLUTE,
  },
]);
