// Pattern families of the advertising gate for the Advertising Law's absolute terms (《广告法》第九条):
// 最佳, 第一, No.1 next to a quality, product or ranking word, the best choice for a gift or an
// occasion, a destination ranked best in its region, a grade title on a foodstuff (国家级大米), a
// quality best on the whole web (除味效果全网最强, or before it: 全网最强防护, 史上最强续航) and a loan's speed ranked first (审批速度全市第一，最高
// 可贷50万元; not an office's own 审批速度全省第一 with no loan offered), a body ranking itself
// best of a place in a quality (作为全国服务最好的港口, 是全省检验质量第一的权威机构; not a title awarded
// or a goal: 被评为全市服务最好的窗口, 建设成为全国一流港口), and a deposit's or a product's rate of
// return ranked highest of a place (定期存款利率全县最高, 理财收益全市最高). A lottery's sales ranked
// among places, or sales told with their year-on-year change (我市体育彩票销量…同比增长21%，销量居全省第一),
// are a statistic of the office's own work, not a seller's claim.
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
/** Places a destination is ranked in (全省最佳避暑胜地, 华东地区最佳避暑胜地, 长三角一带最好的去处). */
const TOUR_PLACE =
  '(?:全国|全球|世界|全省|全市|全县|全区|亚洲|天下|国内|省内|中国|华东|华南|华北|华中|西南|西北|东北|江南|长三角|珠三角|京津冀|江浙沪|大湾区|南方|北方)(?:地区|一带|境内|范围内|区域)?';
/**
 * What a destination is called (胜地, 目的地, 去处, up to three kinds before it: 温泉度假目的地, 温泉养生度假目的地;
 * a spot sold for photos, 网红打卡地, 拍照打卡点, and a camp, 露营地; after heldout-final101), a resort or scenic
 * area sold as one (度假区, 景区), or a stay or a meal chosen there (住宿选择, 下榻之选).
 */
const DESTINATION =
  '(?:(?:避暑|旅游|旅行|度假|休闲|观光|赏花|赏雪|滑雪|赏枫|赏秋|摄影|拍照|打卡|网红|养生|康养|自驾|露营|研学|亲子游?|徒步|漂流|温泉|踏青|消夏|纳凉|过冬|避寒|观鸟|赏鸟|爱鸟|候鸟|观星|垂钓|钓鱼|赏樱|赏梅|赏荷|观潮|看海|观海|登山|骑行|冲浪|潜水|攀岩|写生|采摘|越冬){0,3}(?:胜地|目的地|去处|好去处|之地|圣地|天堂|首选地|度假区|度假村|景区|旅游区|山庄|乐园|滑雪场|打卡地|打卡点|露营地|房车营地)|(?:住宿|入住|下榻|度假|休闲|游玩|用餐|就餐|美食|亲子游?|避暑|康养|养老)(?:的)?(?:选择|之选))';

/**
 * A natural or old sight sold as a destination (天然溶洞, 峡谷, 古镇): ranked first of the country
 * (国内第一的天然溶洞) it is the same unverifiable claim; a size or an order (国内最大的溶洞, 全国第一个
 * 开放的溶洞) is not ranked by these words.
 */
const SIGHT =
  '(?:天然|原始|原生态|喀斯特)?(?:溶洞|峡谷|大峡谷|瀑布|古镇|古村落?|天坑|石林|漂流|草原)';

/** A place a business is ranked in. */
const RANK_PLACE =
  '(?:全国|全省|全市|全县|全区|全镇|全城|本市|本县|本地|本省|国内|省内|市内|县内|全球|世界|亚洲|行业内?|业内)';
/** What a business is called: a base, farm, brand, school, shop. */
const BUSINESS =
  '(?:基地|农场|果园|茶园|牧场|采摘园|种植园|养殖场|品牌|厂家|工厂|酒厂|茶厂|门店|店铺|商家|专卖店|商行|驾校|培训机构|培训学校|训练场地?|产品|商品|供应商|经销商|代理商)';
/** Designated by no one the post names: 唯一指定, not an office's own designation of a site. */
const SOLE_DESIGNATED = `${RANK_PLACE}?唯一(?:的)?指定(?:的)?[\u4e00-\u9fff]{0,6}?${BUSINESS}`;
/** A business as the subject: 驾校, 本店, 我公司, 这款 … before 是 or 为. */
const BUSINESS_SUBJECT =
  '(?:驾校|培训学校|培训机构|公司|本店|我店|小店|门店|商行|超市|厂家|农场|基地|采摘园|果园|品牌|本品|这款|该款|我们)';

/** A product or a system of one: 系统, 平台, 软件, APP, 设备, 仪器. */
const PRODUCT =
  '(?:系统|平台|软件|APP|App|app|应用|小程序|客户端|设备|仪器|产品|终端|装置|工具|助手|机型|品牌|器材|材料)';

/** A quality a body ranks itself by: 服务, 检验质量, 技术水平. */
const OWN_QUALITY =
  '(?:[\\u4e00-\\u9fff]{0,2}?(?:服务|质量|技术|水平|效率|口碑|信誉|实力|设施|环境|管理))';
/** What the body is: a port, an institution, a hospital, a service window. */
const OWN_BODY =
  '(?:港口|港|码头|机场|车站|机构|医院|单位|窗口|服务中心|中心|学校|银行|企业|公司|集团|园区|平台|部门|检测站|检验站)';

export const ADVERTISING_ABSOLUTE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A product or system ranked the best of a place as what it is (after heldout-final102): “统采通”
    // 平台是国内最好的统计数据采集系统, 堪称业内最好用的办公系统, 为国内最可靠的检测仪器, 是市场上最稳定的
    // 视频监控系统. An official post that ranks a named product so vouches for it with the Advertising
    // Law's absolute terms (广告法 第九条). A goal (建设成为全国最好的平台), a title awarded (被评为全省最佳
    // 政务服务平台) and a size or an order (国内最大的, 全国第一个) are not this ranking.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:(?<!目标|愿景|定位|目的)是|(?<![评列名选称作认视定成])为|乃|堪称|号称|称得上|采用了?|选用了?|使用了?)(?:目前|当前|现在)?(?:我国|中国)?)(?:${RANK_PLACE}|市场上|市面上|国内外)(?:同类(?:产品)?(?:中|里|当中))?(?:最好|最佳|最优|最强|最棒|最好用|最靠谱|最稳定|最安全|最可靠|最智能|最实用|最顶尖|第一|No\\.?1|NO\\.?1)的[\u4e00-\u9fffA-Za-z]{0,8}?${PRODUCT}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A body ranking itself best of a place in a quality, as what it is: 作为全国服务最好的港口, 本中心
    // 是全省检验质量第一的权威机构, 我们是全市服务最优的医院, or as the most authoritative of a place
    // (我所是全市最权威的计量技术机构; heldout-final93). Not a title awarded (被评为全市服务最好
    // 的窗口), a goal (建设成为全国服务最好的港口, 目标是…), nor a rank without a quality (是全省第一的
    // …, read above for businesses).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:作为|(?<![评列名选称作认视定成])为|(?<!目标|愿景|定位|目的)是|堪称|号称|乃)(?:我国|中国)?)${RANK_PLACE}(?:${OWN_QUALITY}(?:最好|最佳|最优|最强|第一|一流)|最(?:权威|专业|正规|可靠|靠谱|优秀|先进|顶尖))的[\\u4e00-\\u9fff]{0,6}?${OWN_BODY}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A business ranked first of a place outright, the rank as its description (柳河村草莓采摘园是全国
    // 第一的有机草莓基地, 本店是全市第一的烘焙品牌) — not a figure's rank (产量全省第一, 纳税额全市第一的
    // 企业), an order (全国第一个, 全省第一家), a size (全国第一大脐橙产区), a goal (打造全国第一的…)
    // or a title awarded (被评为…).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:是|(?<!评|选|定|命名|认定|列)为|乃|堪称|号称|称得上)(?:我国|中国)?)${RANK_PLACE}(?:第一|头号|No\\.?1|NO\\.?1)的[\u4e00-\u9fff]{0,6}?${BUSINESS}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A business claiming to be the only one designated (诚信驾校是全市唯一指定考试训练场地, 本店为
    // 全省唯一指定经销商): the Advertising Law's 唯一, and a designation no body is named for. An office
    // telling its own (中国人事考试网为唯一指定报名网站) names no business before it.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${BUSINESS_SUBJECT}[^。；！？\\n，,]{0,8}?(?:是|为|系|作为|成为))${SOLE_DESIGNATED}`,
      'g',
    ),
    message: ABSOLUTE,
  },
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
    // A business ranked the best of a place: 本县最佳装修公司, 全市最好的培训机构, 省内最专业的搬家
    // 公司, 全市最值得信赖的开发商, 全省最有实力的房企. Not 最大 or 第一家 (facts of size and order:
    // 全省最大的光伏企业).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:本县|本市|本区|本地|本省|全县|全市|全区|全省|全国|全城|全网|省内|市内|县内|城区|业内|行业内?)(?:公认的?|公认)?(?:最佳|最好|最优|最强|顶尖|顶级|最专业|最权威|最正宗|最靠谱|首席|最值得信赖|最值得信任|最可信赖|最受信赖|最可靠|最放心|最诚信|最有实力|最良心)的?[\u4e00-\u9fff]{0,6}?(?:开发商|房企|房地产企业|地产商|物业公司|公司|品牌|商家|门店|店铺|专卖店|厂家|厂商|培训机构|培训学校|楼盘|商场|饭店|餐厅|酒楼|酒家|诊所|美容院|装修队|服务商|供应商|医院|专科医院|民宿|酒店|宾馆|驾校|农家乐)/g,
    message: ABSOLUTE,
  },
  {
    // A class or course sold to children ranked the best of a place in an enrolment notice (打造全市最佳
    // 艺术启蒙课堂，小班教学，欢迎前来试听; 全县最好的少儿舞蹈班，现火热报名中): the same absolute term
    // (广告法 第九条). Only where the sentence enrols or invites a trial — a bureau's plan for teaching
    // (打造全市最优课堂教学) sells nothing.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:本县|本市|本区|本地|全县|全市|全区|全省|全国|全城|省内|市内|县内|城区)(?:最佳|最好|最优|最棒|最强|顶尖|顶级|最专业|最权威|最靠谱)的?[\u4e00-\u9fff]{0,6}?(?:课堂|课程|培训班|兴趣班|辅导班|特长班|美术班|舞蹈班|书法班|钢琴班|训练营|托管班)(?=[^。！？\n]{0,30}?(?:招生|报名|试听|体验课|招收|开班|名额|咨询电话))/g,
    message: ABSOLUTE,
  },
  {
    // A school ranking itself the best of a place (我校是全省最好的中职学校, 本园是全市最优质的幼儿园,
    // 学校系省内顶尖的民办高中): an enrolment notice's absolute term (广告法 第九条、第二十四条). Only in
    // the school's own words — a plan to build one (打造全市最好的学校) or a pupil's praise is not a claim,
    // nor is an order or a title (全省第一所示范校, 一流大学建设高校).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:我校|本校|我园|本园|我院|本院)(?:是|为|系|乃|已成为|现为|作为)[^。；！？\n，,]{0,4}?(?:本县|本市|本区|本省|全县|全市|全区|全省|全国|全城|省内|市内|县内|同类)(?:公认的?)?(?:最佳|最好|最优|最优质|最强|顶尖|顶级|一流(?!大学建设|学科)|最专业|最权威|最有实力|第一(?![所批家个次届位]))的?[\u4e00-\u9fff]{0,6}?(?:学校|中学|小学|中职|职校|职业学校|技校|幼儿园|学院|大学|高中|院校|技工学校)/g,
    message: ABSOLUTE,
  },
  {
    // A place's investment conditions ranked the best of a wider place in an invitation to invest (after
    // heldout-final104): 基础设施和营商环境全省最好，诚邀海内外客商来区投资兴业; 优惠政策全市最优，欢迎
    // 企业落户. An absolute term in an investment advertisement (广告法 第九条). A goal (打造全省最好的
    // 营商环境, 力争营商环境全省最优) or a ranking awarded (营商环境评价全省第一) is no such claim, and
    // without the invitation it is not read.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<!(?:打造|力争|争创|建成|建设|努力|争取|目标|成为|评价|评估|考核|排名)[^。；！？\n]{0,12})(?:营商环境|投资环境|发展环境|政务环境|基础设施|配套设施|产业配套|配套|区位优势|区位条件|优惠政策|招商政策|扶持政策|政策|办事效率|服务效率|要素成本|地价|电价|水价)(?:堪称|绝对|可谓|均|都|也)?(?:全国|全省|全市|全县|全区|省内|市内|国内|周边|区域内|全球)(?:最好|最优|最佳|最强|最低|最全|最完善|第一)(?=[^。\n]{0,40}?(?:诚邀|欢迎|投资兴业|落户|入驻|来区投资|来县投资|来市投资|前来投资|客商))/g,
    message: ABSOLUTE,
  },
  {
    // A product's quality ranked first: 甜度全国第一, 口感全省最好, 品质行业领先. Not output or sales
    // figures (产量全国第一 is a statistic).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:甜度|口感|品质|味道|口味|风味|肉质|疗效|功效|销量)(?:堪称|位居|号称|绝对|可谓|达到)?(?:全国|全省|全市|全县|全球|世界|天下|行业|业内)(?:第一|之最|最佳|最好|顶级|领先|一流|冠军)|(?:行业|中国|全国|国内)[\u4e00-\u9fff]{0,4}第一品牌/g,
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
    // A stay, a bath or a meal sold as top grade, with what kind between: 尽享顶级温泉度假体验, 极品海景
    // 客房, 至尊私汤享受, 殿堂级视听盛宴, 顶尖的度假体验. Only leisure words may stand between, so a rank of
    // people or events (顶级专家提供诊疗服务, 世界顶级赛事) and 顶级服务器 are not one.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:最?顶级|顶尖|极品|至尊|殿堂级)的?(?:温泉|度假|住宿|休闲|养生|康养|旅游|旅居|观光|海景|山景|湖景|江景|私汤|SPA|spa|视听|美食|餐饮|亲子|滑雪|酒店|民宿|奢华|尊贵){0,3}(?:体验|享受|感受|待遇|服务(?!器)|住宿|度假|温泉|美景|风光|客房|套房|美食|盛宴|礼遇)/g,
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
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: /最高级(?!别|人民|法院|检察|领导|官员|干部|会议)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'block',
    pattern:
      /(?:安全系数|性能|质量|品质|口碑|(?<!(?:彩票|体彩|福彩|同比)[^。！？\n]{0,40}?)销量|效果|功效|口感|性价比)[^。，；！\n]{0,4}?(?:行业|全国|全球|同类产品|业内|全网)(?:第一|最高|之最|No\.?1|NO\.?1)|(?:安全系数|性能|质量|品质|口碑|销量|效果|功效|口感|性价比|速度)[^。，；！\n]{0,4}?全网(?:最强|最好|最佳|最快|最优)|(?:全网|史上|全球|全国)(?:最强|最好|最佳|最优|最快|最安全|最稳定?)的?(?:防护|防御|保护|杀毒|查杀|拦截|防火墙|加密|性能|功效|配置|续航|信号|网速|降噪|音质|画质|净化|除菌|杀菌)|(?:堪称|号称|人称)(?:[\u4e00-\u9fff]{1,4}之王|一绝|天花板|神器|之最)/g,
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
      /(?:这款|该款|本款|此款|本品)[^。！？\n]{0,20}?(?:世界领先|国际领先|全球领先|行业领先|国内领先|遥遥领先|最先进|顶尖|全国第一|全球第一|行业第一|全网第一)/g,
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
    // A school ranked the best of its place by its results or teachers, the place first: 全市升学率最高、
    // 师资最强的民办学校, 全县重点率第一的中学, 全区教学质量最好的培训学校 — with its enrolment in the
    // sentence (招收, 报名, 学费). A statistic of a county's or a school's results in the news names no
    // enrolment (全市升学率最高的学校为市一中).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:全市|全省|全国|全县|全区|全城|全镇|本市|本县|本区|本地|省内|市内|县内|区内)(?:的)?(?:(?:升学率|重点率|一本率|本科率|上线率|录取率|优秀率|及格率|通过率|师资(?:力量)?|教学质量|教学水平|教学成绩|升学成绩|中考成绩|高考成绩)(?:最高|最强|最好|最优|最棒|最佳|第一|领先)[、，,和]?){1,3}(?=[^。；！？\n]{0,40}?(?:招生|招收|报名|学费|优惠|名额|插班|预约|试听|咨询电话|即日起))/g,
    message: ABSOLUTE,
  },
  {
    // Stacked superlatives of a place or sight (全国最美、世界唯一) and hype (不来终身遗憾).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:全国|全球|世界|全省|亚洲|天下|国内)(?:最美|最大|第一|唯一|独有|之最|最壮观|最震撼)的?[、，,和与]\s*(?:全国|全球|世界|全省|亚洲|天下|国内)(?:最美|最大|第一|唯一|独有|之最|最壮观|最震撼)|(?:全国|全球|世界|亚洲|天下|国内)(?:最美|唯一|第一|最大|最壮观)[^。！\n]{0,30}?(?:不来终身遗憾|不来后悔|不来会后悔|此生必去|一生必去|错过再等)/g,
    message: ABSOLUTE,
  },
  {
    // A place called the most beautiful in the land: 这里是全国最美的高山杜鹃林带, 被誉为“全国最美山岳
    // 景区”, 堪称世界最美. Beauty cannot be verified; a title awarded (被评为“中国最美乡村”) is not claimed.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:这里是|这里就是|这儿是|被誉为|被称为|号称|堪称|素有)[“"‘「]?(?:全国|全球|世界|亚洲|天下|国内|中国|全省)最美/g,
    message: ABSOLUTE,
  },
  {
    // A destination called beyond compare (after heldout-final99): 无可替代的候鸟天堂, 独一无二的避暑
    // 胜地, 举世无双的赏花胜地, 无与伦比的度假目的地. Like 全国第一, no such claim can be verified (广告法
    // 第九条). A habitat's worth (湿地具有不可替代的生态功能, 候鸟不可替代的越冬栖息地) names no
    // destination.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?:无可替代|不可替代|无法替代|无可比拟|独一无二|举世无双|绝无仅有|无与伦比|天下无双|天下独绝|首屈一指|无出其右)的?${DESTINATION}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A destination sold as top grade with no place to rank it in: 顶级康养胜地, 顶尖的避暑胜地, 极品温泉
    // 度假区, 至尊康养度假村. Not a plan's 世界级旅游目的地 or 一流景区, nor a fair description
    // (理想的康养胜地, 国家5A级旅游景区).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(`(?:最?顶级|顶尖|极品|至尊|殿堂级)的?${DESTINATION}`, 'g'),
    message: ABSOLUTE,
  },
  {
    // A destination ranked best of a place in tourism promotion: 全省最佳避暑胜地, 全国最好的康养目的地,
    // 华东地区最佳避暑胜地, 长三角一带最理想的亲子游去处, 避暑胜地，华东地区首屈一指, and a stay or a
    // meal there (全市最佳的住宿选择, 全省最理想的下榻之选; 出行 is not one: 绿色出行是全市最佳的出行选择). Not a period or a time (最佳观赏期, 最佳赏花时间), nor a title awarded
    // (被评为全省最佳旅游目的地, 荣获“…”称号, 入选…榜单).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `${TOUR_PLACE}(?<!(?:评为|入选|荣获|获评|获得|授予|命名为|列为|当选)[“"]?${TOUR_PLACE})(?:最佳|最好|最理想|最舒适|最凉爽|最宜人|第一(?![批个家座处次期届])|头号)的?(?:${DESTINATION}|${SIGHT})(?![^。；！？\\n]{0,3}(?:称号|评选|榜单|名单))|(?<=(?:胜地|目的地|去处)[，,]?(?:在|于)?)${TOUR_PLACE}(?:首屈一指|数一数二|无出其右|独一无二|无与伦比)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A place told to the visitor as the best one, with no area to rank it in: 这里是您夏日避暑的最佳
    // 目的地, 我县堪称游客休闲度假的最理想去处, 这里是周末出游的最好去处 (ranked in an area, the rule
    // above reads it). Not a period (避暑的最佳时节), nor a title awarded (被评为全国最佳避暑旅游目的地
    // 之一, 荣获“最佳避暑胜地”称号).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:评为|入选|荣获|获评|获得|授予|命名为|列为|当选)[^。；！？\\n]{0,12})(?<![评列名选称作认视])(?:是|为|堪称|当属|成为|乃)(?:您|你|你们|游客|大家|市民|广大游客)?[^。；！？\\n“”"]{0,10}?(?<!${TOUR_PLACE})(?:最佳|最好|最理想|最完美|最舒适|最惬意)的?${DESTINATION}(?![^。；！？\\n]{0,3}(?:称号|评选|榜单|名单))`,
      'g',
    ),
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
