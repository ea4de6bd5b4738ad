// A figure of a named statute's clause told wrongly (after final190): the hours a unit's head has to
// report a work-safety accident (《生产安全事故报告和调查处理条例》第九条: 1小时内, not 24小时内), the
// days an office has to decide a licence (《行政许可法》第四十二条: 二十日内, not 三十日内), the age below
// which no one may be hired (《劳动法》第十五条: 十六周岁, not 十八), and the owners' vote on rebuilding,
// a lift, raising repair funds or a change of common parts (《民法典》第二百七十八条: 四分之三, not
// 过半数). Since final194 and final196 also a farmland contract's term (《农村土地承包法》第二十一条:
// 耕地三十年, and 三十年 more when the second round ends), the members a farmers' co-operative needs
// (《农民专业合作社法》第十二条: 五名以上) and costs the law puts on the employer told as the worker's
// (occupational health checks, 《职业病防治法》第三十五条; protective equipment, 《安全生产法》第四十五条;
// work-injury and maternity insurance premiums, 《工伤保险条例》第十条 and 《社会保险法》第五十三条). Each
// is read only where the statute or its subject is named. Since final202 to final205 also the fine
// for publishing weather forecasts or warnings unlawfully (《气象法》第三十八条: 可以并处五万元以下的罚款),
// a trademark's renewal window and grace period (《商标法》第四十条: 期满前十二个月内, 六个月的宽展期) and
// the period to apply for administrative reconsideration told shorter than sixty days (《行政复议法》
// (2023) 第二十条: 自知道或者应当知道之日起六十日内, a law may only set a longer one). Since final206 to
// final209 also the multiples for felling trees unlawfully (《森林法》(2019) 第七十六条: 盗伐 — 补种盗伐株数
// 一倍以上五倍以下, 并处盗伐林木价值五倍以上十倍以下的罚款; 滥伐 — 补种滥伐株数一倍以上三倍以下, 可以处
// 滥伐林木价值三倍以上五倍以下的罚款; after final207: 可以处滥伐林木价值一倍以上二倍以下的罚款), read
// where the Forest Law is named. Since final210 to final213 also the working days a map review may
// take (《地图管理条例》第十九条: 自受理地图审核申请之日起20个工作日内, 7 for maps inset in news, books and
// periodicals published more often than monthly) and the years after which an approved environmental
// impact assessment must go back for review before building starts (《环境影响评价法》第二十四条第二款:
// 自批准之日起超过五年). Since final214 to final217 also the fine for obtaining medical-insurance fund
// money by fraud (《医疗保障基金使用监督管理条例》第四十条、第四十一条: 处骗取金额2倍以上5倍以下的罚款)
// and the days a petition matter may take (《信访工作条例》第三十五条: 自受理之日起60日内办结). Since
// final218 to final221 also a debtor's days to answer a payment order (《民事诉讼法》第二百二十七条:
// 十五日), the secrecy periods' ceilings by level (《保守国家秘密法》第二十条: 三十, 二十, 十年), the tax
// late-payment surcharge (《税收征收管理法》第三十二条: 按日万分之五), a pawn's term (《典当管理办法》第三十五条:
// 最长6个月) and a protection order's (《反家庭暴力法》第三十条: 不超过六个月). A rumour refuted, an old
// rule or a question is a mention (regradeMisstatedFigure).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Inside a clause, no other figure in digits or numerals: the figure matched is the claim's. */
const NO_FIGURE = '[^。；！？!?\\n\\d一二两三四五六七八九十]';
/** A whole number in digits or Chinese numerals. */
const NUMBER = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})';
/** A multiple: 三倍, 10倍. */
const TIMES = '(?:[一二两三四五六七八九十]{1,2}|\\d{1,2})倍';
/** A range of multiples: 一倍以上三倍以下, 3至5倍, 二倍以上五倍. */
const TIMES_RANGE = `(?:${TIMES}(?:以上)?(?:至|到|-|—|～|~)?${TIMES}(?:以下)?)`;
/** Working days told in digits or numerals: 30个工作日, 十五个工作日. */
const WORKING_DAYS = `${NUMBER}(?:个)?工作日`;
/** A ceiling on a secrecy level's period: 不超过, 一般不超过, 的保密期限最长为. */
const SECRECY_CEILING =
  '(?:事项|国家秘密|文件)?(?:的)?(?:保密期限?)?(?:一般|原则上|通常)?(?:不超过|不得超过|最长(?:为|是|不超过|不得超过)?|一般为)';
/** A post that names the Forest Law before the figure. */
const FOREST_LAW = '(?<=森林法[^]{0,300}?)';

/** The worker bearing a cost: 由劳动者自行承担, 职工个人负担, 员工自费. */
const WORKER_PAYS =
  '(?:由|需|须|应|应当|要|均由|一律由|全部由|应由|应当由)?(?:劳动者|职工|员工|从业人员|个人|本人)(?:个人|本人)?(?:自行|自己)?(?:承担|负担|支付|缴纳|出资|自费|自理)';

export const STATUTE_CLAUSE_FIGURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The unit's head reporting a work-safety accident in more than one hour: 单位负责人接到报告后，应当
    // 于24小时内向…报告, 事故单位须在12小时内上报. The departments' 2小时 per level is another clause.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:单位(?:主要)?负责人|事故(?:发生)?单位)(?<=(?:生产安全事故|安全生产|事故报告和调查)[^]{0,200}?(?:单位(?:主要)?负责人|事故(?:发生)?单位))${NO_FIGURE}{0,20}?(?!(?:1|一)(?:个)?小时)${NUMBER}(?:个)?小时(?:内|以内|之内)`,
      'g',
    ),
    message:
      '事故报告时限表述错误：单位负责人接到报告后，应当于1小时内向有关部门报告（《生产安全事故报告和调查处理条例》第九条）',
  },
  {
    // A licence decided in other than twenty days under the Administrative Licensing Law: 依据《行政
    // 许可法》，应当自受理申请之日起三十日内作出决定. An extension, a joint handling or a local promise
    // (承诺…个工作日) is another figure.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `受理(?:行政许可)?(?:申请)?之日起(?<=行政许可法[^。；\\n]{0,80}?受理(?:行政许可)?(?:申请)?之日起)(?!(?:二十|20)日)${NUMBER}日(?:内|以内)作出(?:行政许可)?(?:决定)?(?![^。；\\n]*(?:延长|四十五|45))`,
      'g',
    ),
    message:
      '行政许可决定期限表述错误：除当场作出决定的外，应当自受理申请之日起二十日内作出决定，经批准可延长十日（《行政许可法》第四十二条）',
  },
  {
    // Hiring barred under eighteen, where the law bars it under sixteen: 用人单位不得招用未满18周岁的
    // 未成年人. Under eighteen the law bars only certain work (从事…作业) and places (娱乐场所, 网吧).
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不得|禁止|严禁|不准|不能)(?<=(?:用人单位|任何单位|劳动法|童工|未成年人保护法)[^。\\n]{0,40}?(?:不得|禁止|严禁|不准|不能))(?<!(?:娱乐|网吧|上网|酒吧|歌舞|KTV|危险|井下)[^。\\n]{0,40})(?:招用|招收|雇用|雇佣|录用|使用)(?:未满|不满)(?:十八|18)周岁的?(?:未成年人|少年|儿童|人员|孩子|学生)?(?![^，,。；\\n]{0,12}?(?:从事|担任|岗位|作业|工作|下井|井下))`,
      'g',
    ),
    message:
      '招工年龄表述错误：禁止用人单位招用未满十六周岁的未成年人（《劳动法》第十五条），十六至十八周岁的未成年工受特殊保护',
  },
  {
    // A simple majority said to decide what needs three quarters of the owners: 加装电梯…经参与表决专有
    // 部分面积过半数且参与表决人数过半数的业主同意 (rebuilding, raising repair funds, changing the use of
    // common parts or running a business on them).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:改建|重建|加装电梯|增设电梯|筹集[^，,。；\\n]{0,12}?维修资金|改变共有部分(?:的)?用途|利用共有部分从事经营)[^。；\\n]{0,100}?)(?<!四分之三[^。；\\n]{0,100})(?:参与表决)?(?:专有部分)?面积(?:占比)?过半数[^。；，,\\n]{0,16}?人数(?:占比)?过半数(?![^。；\\n]*四分之三)`,
      'g',
    ),
    message:
      '业主表决比例表述错误：改建、重建建筑物及其附属设施，筹集维修资金，改变共有部分用途等，应当经参与表决专有部分面积四分之三以上且人数四分之三以上的业主同意（《民法典》第二百七十八条）',
  },
  {
    // A farmland contract's term other than thirty years, or a renewal other than thirty years when the
    // second round ends (耕地的承包期为五十年; 第二轮土地承包到期后再延长五十年). Grassland (三十年至五十年)
    // and forest land (三十年至七十年) have their own ranges and are not read.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `耕地(?:的)?(?:土地)?承包期(?:限)?(?:一律|均|统一)?(?:为|是)?(?!三十年|30年)${NUMBER}年|(?:土地)?承包(?:期)?(?:到期|届满)(?:后|以后)(?:再|将|可|继续)?(?:延长|顺延)(?!三十年|30年)${NUMBER}年`,
      'g',
    ),
    message:
      '土地承包期表述错误：耕地的承包期为三十年，承包期届满后再延长三十年（《农村土地承包法》第二十一条）；草地为三十年至五十年，林地为三十年至七十年',
  },
  {
    // A farmers' co-operative founded with fewer or more members than five (设立农民专业合作社，应当有三名
    // 以上…成员; 成员不少于十人).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:设立|成立|组建|创办|注册|登记)(?:一个|一家)?(?:农民)?专业合作社${NO_FIGURE}{0,40}?)(?:(?:成员|社员)(?:人数|数量)?(?:应当|应|须|需)?(?:不少于|不低于|至少|达到|在)(?!五|5)${NUMBER}(?:名|人|户|个)|(?!五|5)${NUMBER}(?:名|人|户|个)以上(?:符合${NO_FIGURE}{0,20}?)?(?:的)?(?:成员|社员|农民|发起人))`,
      'g',
    ),
    message:
      '合作社设立条件表述错误：设立农民专业合作社应当有五名以上符合规定的成员（《农民专业合作社法》第十二条）',
  },
  {
    // An occupational health check or the diagnosis of an occupational disease said to be paid by the
    // worker (岗前职业健康检查…检查费用由劳动者自行承担). A check-up at hiring with no occupational hazard
    // named is another matter.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?:职业健康检查|职业健康体检|职业病诊断|职业病鉴定|(?:岗前|上岗前|在岗|离岗)?(?:体检|检查)(?<=(?:职业健康|职业病)[^。；\\n]{0,80}?(?:体检|检查)))(?:的)?(?:所需)?(?:费用|费)(?:(?![不免无])${IN}){0,4}?${WORKER_PAYS}`,
      'g',
    ),
    message:
      '职业健康检查费用由用人单位承担（《职业病防治法》第三十五条），职业病诊断、鉴定费用也不由劳动者负担',
  },
  {
    // Protective equipment bought by the worker, or its cost taken from the pay (劳动防护用品由员工自行购买).
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `劳动防护用品(?:(?![不免无禁严])${IN}){0,10}?(?:${WORKER_PAYS}|(?:由)?(?:劳动者|职工|员工|从业人员|个人)(?:自行|自费)?(?:购买|购置|配备|准备)|(?:从|在)(?:工资|薪酬)(?:中)?(?:扣除|扣回|抵扣))`,
      'g',
    ),
    message:
      '生产经营单位必须为从业人员免费提供符合标准的劳动防护用品，所需经费由单位安排（《安全生产法》第四十五条、第四十七条）',
  },
  {
    // Work-injury or maternity insurance premiums said to be paid in part or whole by the worker
    // (工伤保险费由单位和职工共同缴纳); the employer pays them alone. Flexible and self-employed workers'
    // own schemes are other rules.
    rule: 'legal.labour',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:灵活就业|个体|自由职业|居民|新就业形态)${IN}{0,30})(?:工伤|生育)保险(?:费)?${NO_FIGURE}{0,6}?(?:由|需要?|须)(?:用人单位|单位|企业)?(?:和|与|、|及)?(?:职工|员工|劳动者|个人)(?:个人)?(?:和|与|、|及)?(?:用人单位|单位|企业)?(?:共同|按比例|分别|各自){0,2}(?:缴纳|承担|负担|缴费)`,
      'g',
    ),
    message:
      '工伤保险费、生育保险费由用人单位缴纳，职工个人不缴纳（《工伤保险条例》第十条，《社会保险法》第三十三条、第五十三条）',
  },
  {
    // The fine for publishing a public weather forecast or a disastrous-weather warning unlawfully, told
    // under the Meteorology Law as other than up to fifty thousand yuan (after final202): 根据《气象法》
    // 规定，非法向社会发布公众气象预报…给予警告，可以并处五十万元以下的罚款.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=气象法[^。；\\n]{0,40}?(?:非法|擅自)(?:向社会)?(?:发布|传播)${NO_FIGURE}{0,60}?)(?:可以)?(?:并处|处以|处)(?!五万元|5万元)(?:\\d{1,3}|[一二两三四五六七八九十百]{1,3})(?:千|万)?元(?:以下)?(?:的)?罚款`,
      'g',
    ),
    message:
      '罚款数额表述错误：非法向社会发布公众气象预报、灾害性天气警报的，给予警告，可以并处五万元以下的罚款（《气象法》第三十八条）',
  },
  {
    // A trademark's grace period other than six months, or its renewal window other than twelve months
    // before expiry (after final204): 在此期间未能办理的，可以给予三个月的宽展期; 宽展期为一年.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:商标|续展)[^。\\n]{0,80}?)(?:(?!(?:六|6)个月)${NUMBER}个月(?:的)?宽展期|宽展期(?:为|是|有|仅|只有)?(?!(?:六|6)个月|半年)(?:${NUMBER}个月|${NUMBER}年|${NUMBER}(?:天|日))|期满前(?!(?:十二|12)个月)${NUMBER}个月(?:内)?(?:按照规定)?(?:办理|申请)(?:续展))`,
      'g',
    ),
    message:
      '商标续展期限表述错误：注册商标有效期满需要继续使用的，应当在期满前十二个月内办理续展手续；在此期间未能办理的，可以给予六个月的宽展期（《商标法》第四十条）',
  },
  {
    // A period to apply for administrative reconsideration shorter than sixty days (after final203):
    // 如对本处理结果不服，可在收到答复之日起15日内依法申请行政复议. The law allows a longer special period
    // only; a court's or a criminal case's 申请复议 is another procedure and is not read.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![\\d一二三四五六七八九十百])(?:[1-9]|[1-5]\\d|[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五]十[一二三四五六七八九]?)(?:个)?(?:日|天|工作日)(?:内|以内|之内)(?:依法)?(?:向${NO_FIGURE}{1,24}?)?(?:申请|提起|提出)(?:行政复议)`,
      'g',
    ),
    message:
      '行政复议申请期限表述错误：公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请（《行政复议法》第二十条），法律规定的申请期限超过六十日的除外',
  },
  {
    // The fine or the replanting for unlawful felling told with other multiples under the Forest Law
    // (after final207): 滥伐林木的…可以处滥伐林木价值一倍以上二倍以下的罚款; 盗伐…补种盗伐株数十倍的树木.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${FOREST_LAW}(?:滥伐(?:林木|树木)?(?:的)?价值(?!(?:三|3)倍以上(?:五|5)倍以下)${TIMES_RANGE}(?:的)?罚款|盗伐(?:林木|树木)?(?:的)?价值(?!(?:五|5)倍以上(?:十|10)倍以下)${TIMES_RANGE}(?:的)?罚款|补种滥伐(?:林木)?株数(?!(?:一|1)倍以上(?:三|3)倍以下)${TIMES_RANGE}|补种盗伐(?:林木)?株数(?!(?:一|1)倍以上(?:五|5)倍以下)${TIMES_RANGE})`,
      'g',
    ),
    message:
      '处罚倍数表述错误：盗伐林木的，补种盗伐株数一倍以上五倍以下的树木，并处盗伐林木价值五倍以上十倍以下的罚款；滥伐林木的，补种滥伐株数一倍以上三倍以下的树木，可以处滥伐林木价值三倍以上五倍以下的罚款（《森林法》第七十六条）',
  },
  {
    // A map review decided in other than twenty working days (after final210): 审核机关应当自受理地图
    // 审核申请之日起30个工作日内作出审核决定. Maps inset in news and frequent periodicals (时事宣传地图,
    // 发行频率高于一个月的…插附地图) have seven, told in the same sentence or the next, and stay quiet.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `受理(?:地图审核)?(?:申请)?之日起(?<=地图${IN}{0,24}?)(?<!(?:时事宣传|插附|发行频率)${IN}{0,60})(?!(?:20|二十)(?:个)?工作日)(?<span>${WORKING_DAYS})(?:内|以内)`,
      'g',
    ),
    message:
      '地图审核期限表述错误：应当自受理地图审核申请之日起20个工作日内作出审核决定；时事宣传地图、发行频率高于一个月的图书和报刊等插附地图为7个工作日（《地图管理条例》第十九条）',
  },
  {
    // An approved environmental impact assessment said to lapse after other than five years (after
    // final213): 环境影响评价文件自批准之日起超过三年，方决定该项目开工建设的…应当报原审批部门重新审核.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:环境影响评价|环评)(?:文件|报告书|报告表|批复)?${IN}{0,12}?(?:自|从)(?:批准|批复|审批)(?:之日)?(?:起|后)(?:已|已经)?(?:超过|满|逾|超出)(?<span>(?!(?:五|5)年)${NUMBER}年)(?=${IN}{0,30}?(?:开工|建设|重新审核|重新报批|失效|报原审批))`,
      'g',
    ),
    message:
      '环评文件有效期表述错误：建设项目的环境影响评价文件自批准之日起超过五年，方决定该项目开工建设的，应当报原审批部门重新审核（《环境影响评价法》第二十四条第二款）',
  },
  {
    // The fine for obtaining medical-insurance fund money by fraud told with multiples other than two
    // to five (after final215): 个人…使用他人医疗保障凭证冒名就医、购药的…处骗取金额1倍以上3倍以下的
    // 罚款. 《医疗保障基金使用监督管理条例》 fines fraud 2–5 times the sum obtained whoever commits it —
    // an agency (第三十七条), a designated institution (第四十条), an insured person (第四十一条第二款) — as
    // 《社会保险法》第八十七条、第八十八条 do. An institution's loss without fraud (第三十八条: 造成损失金额
    // 1倍以上2倍以下) is told as 损失金额 and not read; unemployment insurance (《失业保险条例》第二十八条:
    // 1–3 times) and social assistance have their own figures and stay quiet.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `骗取(?<=(?:医疗保障|医保|医疗保险)${IN}{0,200}?骗取)(?<!(?:失业|救助|低保|最低生活保障)${IN}{0,200})(?:的)?(?:医保基金|医疗保障基金|基金|医疗费用)?(?:的)?(?:金额|数额|款额)(?<span>(?!(?:2|二|两)(?:倍)?(?:以上)?(?:至|到|-|—|～|~)?(?:5|五)倍)(?:${TIMES_RANGE}|(?:[一二两三四五六七八九十]{1,2}|\\d{1,2})(?:至|到|-|—|～|~)${TIMES}))(?:的)?罚款`,
      'g',
    ),
    message:
      '罚款倍数表述错误：以骗取医疗保障基金为目的冒名就医购药、伪造医学文书或虚构医药服务等骗取医保基金支出的，由医疗保障行政部门处骗取金额2倍以上5倍以下的罚款（《医疗保障基金使用监督管理条例》第四十条、第四十一条）',
  },
  {
    // A petition matter told as handled in more than sixty days (after final217): 信访事项应当自受理之日
    // 起90日内办结. 《信访工作条例》(2022) 第三十五条, as 《信访条例》(2005) 第三十三条 before it: 自受理之日起
    // 60日内办结, extended by up to 30 days with the head's approval. A total told with the extension
    // (延长后最长不超过90日, 90日内办结（含延长期限）) and a shorter promise stay quiet; the review's 30 days
    // (复查, 复核) are other clauses.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `受理(?<=信访${IN}{0,60}?受理)(?<!(?:延长|延期|最长|累计|共计|合计|总计|复查|复核)${IN}{0,30}受理)(?:信访事项)?(?:之日)?(?:起|后)(?<span>(?:6[1-9]|[7-9]\\d|1\\d\\d|六十[一二三四五六七八九]|[七八九]十[一二三四五六七八九]?|一百[一二三四五六七八九十]{0,3})(?:个)?(?:日|天)|(?:[3-9]|[三四五六七八九])个月)(?:内|以内|之内)(?:办结|办理完毕|处理完毕|办理完结|作出(?:处理|答复)|答复)(?!${IN}{0,8}?(?:含|包括)延长)`,
      'g',
    ),
    message:
      '信访办理期限表述错误：信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准可以适当延长，但延长期限不得超过30日（《信访工作条例》第三十五条）',
  },
  {
    // A debtor's time to pay or object to a payment order other than fifteen days (after final218):
    // 债务人应当自收到支付令之日起十日内清偿债务或者提出书面异议 (《民事诉讼法》(2023) 第二百二十七条:
    // 自收到支付令之日起十五日内).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:收到|接到|签收|收悉)(?:人民法院|法院)?(?:发出)?(?:的)?支付令|支付令(?:送达|到达)(?:债务人)?)(?:之日起|之日|后|起)?(?!(?:十五|15)(?:日|天))${NUMBER}(?:日|天|个工作日)(?:内|以内|之内)`,
      'g',
    ),
    message:
      '支付令异议期限表述错误：债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议（《民事诉讼法》第二百二十七条）',
  },
  {
    // A secrecy period's ceiling told wrongly for a level (after final219): 秘密级不超过五年 (《保守国家
    // 秘密法》(2024) 第二十条: 除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年).
    // Read after 保密期 is named; a period set for one document (保密期限为5年) is no ceiling.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:秘密级(?<=保密期[^]{0,200}?秘密级)${SECRECY_CEILING}(?!(?:十|10)年)|机密级(?<=保密期[^]{0,200}?机密级)${SECRECY_CEILING}(?!(?:二十|20)年)|绝密级(?<=保密期[^]{0,200}?绝密级)${SECRECY_CEILING}(?!(?:三十|30)年))${NUMBER}年`,
      'g',
    ),
    message:
      '保密期限表述错误：国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年（《保守国家秘密法》第二十条）',
  },
  {
    // A tax or social insurance late-payment surcharge other than 0.05% a day (after final220): 从滞纳
    // 税款之日起，按日加收滞纳税款万分之三的滞纳金 (《税收征收管理法》第三十二条, 《社会保险法》第八十六条:
    // 按日加收万分之五的滞纳金). Read where a tax or social insurance is named in the sentence; a phone
    // bill's or a utility's penalty is a contract's.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:按日|每日|每天|逐日)(?<=(?:税|社会保险|社保)${IN}{0,80}?(?:按日|每日|每天|逐日))(?:按)?(?:加收|收取|计收|征收)?(?:滞纳|欠缴|未缴|应纳|所欠|拖欠)?(?:的)?(?:税款|税费|社会保险费|社保费|关税)?(?:的)?(?:加收|收取|计收)?(?:万分之(?!五|5)(?:[一二三四六七八九十]|\\d{1,2})|千分之(?!零点五|0\\.5)(?:[一二三四五六七八九十]|\\d{1,2}(?:\\.\\d)?)|(?!0\\.5‰)\\d{1,2}(?:\\.\\d)?‰)(?=(?:的)?(?:加收|收取|计收)?(?:的)?滞纳金)`,
      'g',
    ),
    message:
      '滞纳金比例表述错误：纳税人未按照规定期限缴纳税款的，从滞纳税款之日起，按日加收滞纳税款万分之五的滞纳金（《税收征收管理法》第三十二条）；社会保险费亦为万分之五（《社会保险法》第八十六条）',
  },
  {
    // A pawn's term (or a renewal's) told as longer or shorter than six months at most (after
    // final220): 典当期限由双方约定，最长不得超过12个月 (《典当管理办法》第三十五条: 最长不得超过6个月;
    // 第四十条: 续当一次的期限最长为6个月).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:典当期限|典当期|(?:当期|续当(?:一次)?(?:的)?期限)(?<=典当[^]{0,200}?(?:当期|期限)))${NO_FIGURE}{0,24}?(?:最长|最多|不得超过|不超过|不能超过)(?:可达|可以达到|达到|可以|为|是|可|不得超过|不超过|不能超过)?(?!(?:六|6)个月|半年)${NUMBER}(?:个月|年)`,
      'g',
    ),
    message:
      '典当期限表述错误：典当期限由双方约定，最长不得超过6个月；续当一次的期限最长为6个月（《典当管理办法》第三十五条、第四十条）',
  },
  {
    // A personal safety protection order's ceiling other than six months (after final221): 人身安全保护令
    // 的有效期不超过一年 (《反家庭暴力法》第三十条: 不超过六个月; it may be extended on application). An
    // order's own term in a case (有效期为三个月) is the court's and is not read.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:人身安全保护令|保护令(?<=(?:家暴|家庭暴力)[^]{0,200}?保护令))(?:的|，|,)?(?:有效期限?|期限)(?:(?!延长)${NO_FIGURE}){0,10}?(?:不超过|不得超过|最长(?:为|是|不超过|不得超过)?|最多(?:为|是)?)(?!(?:六|6)个月|半年)${NUMBER}(?:个月|年)`,
      'g',
    ),
    message:
      '人身安全保护令有效期表述错误：人身安全保护令的有效期不超过六个月，自作出之日起生效，失效前可依申请撤销、变更或者延长（《反家庭暴力法》第三十条）',
  },
]);
