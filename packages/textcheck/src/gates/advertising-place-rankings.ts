// Pattern families of the advertising gate for a business, a school, a product or a body ranked the
// best of a place (《广告法》第九条): a product or system the best of the country (国内最好的统计数据采集
// 系统), a body ranking itself best in a quality (作为全国服务最好的港口, 是全省检验质量第一的权威机构;
// not a title awarded or a goal: 被评为全市服务最好的窗口, 建设成为全国一流港口), a business first of a
// place or its only designated one, a school or a class for children best of its place, and a place's
// investment conditions ranked best in an invitation to invest.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
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

/** A venue the public is invited to: a base, a hall, a museum, a camp. */
const VENUE =
  '(?:基地|场馆|展馆|展厅|纪念馆|博物馆|展览馆|陈列馆|体验馆|科技馆|文化馆|营地|研学营地|乐园|公园)';

/** A quality a body ranks itself by: 服务, 检验质量, 技术水平. */
const OWN_QUALITY =
  '(?:[\\u4e00-\\u9fff]{0,2}?(?:服务|质量|技术|水平|效率|口碑|信誉|实力|设施|环境|管理))';

/** What the body is: a port, an institution, a hospital, a service window. */
const OWN_BODY =
  '(?:港口|港|码头|机场|车站|机构|医院|单位|窗口|服务中心|中心|学校|银行|企业|公司|集团|园区|平台|部门|检测站|检验站)';

export const PLACE_RANKING_PATTERNS: readonly PatternRule[] = guardRules([
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
    // A product ranked first of a place by a ranking, as what it is (after final221: 它是国内排名第一的手机
    // 安全软件, 是全国销量第一的国产办公系统, 为行业下载量第一的健身APP): the ranking is the Advertising
    // Law's absolute term in the post's own voice (广告法 第九条). A public platform's place in an
    // assessment (是全国排名第一的政务服务平台) names the state's own service, not a product.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:(?<!目标|愿景|定位|目的)是|(?<![评列名选称作认视定成])为|乃|堪称|号称|称得上)(?:目前|当前|现在)?(?:我国|中国)?)(?:${RANK_PLACE}|市场上|市面上|国内外)(?:同类(?:产品)?(?:中|里|当中))?(?:排名|排行|综合排名|销量|销量排名|下载量|装机量|用户量|市场占有率|占有率|市场份额)(?:第一|最高|首位|榜首|No\\.?1|NO\\.?1)的(?:(?!政务|政府|公共|办事)[\u4e00-\u9fffA-Za-z]){0,8}?${PRODUCT}`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // A venue ranked the best of a place as what it is (after final219: 这里是全省最好的廉政教育基地, 是
    // 全市最好的研学营地, 堪称全国最佳的科普场馆): an absolute term (广告法 第九条) on the place the post
    // invites the public to. A title awarded (被评为全省最佳…基地), a goal (建成全国最好的…, 努力成为…), one
    // among several (全国最好的博物馆之一) and a size (全省最大的教育基地) are not this claim.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:(?<!目标|愿景|定位|目的)是|(?<![评列名选称作认视定成])为|乃|堪称|号称|称得上)(?:目前|当前|现在)?(?:我国|中国)?)${RANK_PLACE}(?:最好|最佳|最优|最棒|最强|最顶尖|顶尖|顶级)的[\u4e00-\u9fff]{0,8}?${VENUE}(?!之一|建设|项目|规划)`,
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
]);
