// Pattern families of the coercion gate that need no sanction word: quotas per household or head
// (每户须投满10票, 按人头分配点赞任务, 每名党员每天转发不少于20条), interaction tasks handed down
// (下达关注任务, 分解下载指标) and door-to-door checks of residents' phones (逐户查看是否已点赞,
// 挨家挨户上门督促下载). A sentence that reports or forbids such practice (形式主义, 被通报, 严禁,
// 自愿) or is about elections or exams does not count.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

/** Interactions forced on people, with the generic verbs (安装, 关注, 注册) tied to an app or account. */
const ACTION =
  '(?:学习强国|投[0-9０-９一二三四五六七八九十两]+票|[“"][^”"]{2,12}[”"](?:APP|app|App|客户端|小程序)?的?(?:注册|下载|安装|激活)|下载|点赞|转发|投票|投满|集赞|刷票|拉票|分享|评论|打卡|激活|安装(?:[^。，,；;\\n]{0,10}?(?:APP|app|App|客户端|软件|小程序)|“|")|注册(?:APP|app|账号|用户|会员|小程序|平台|“|")|关注(?:公众号|账号|微博|抖音|视频号|头条号|快手号|本|我|市|区|县|镇|乡|村|官方|“|"))';
/** An interaction handed down as a task or target: 注册任务, 关注指标, 下载量任务. */
const TASK = `(?:${ACTION}|下载|注册|关注|安装|点赞|转发|投票)(?:量|数|数量|人数)?(?:任务|指标|名额)`;
/** A good rating given as a countable thing: 5个好评, 3条五星好评, 打五星好评, 给予好评. */
const RATING =
  '(?:[0-9０-９一二三四五六七八九十两]+(?:个|条|次|份)(?:五星|5星|满分)?好评|(?:打|给|写|刷|点|留|留下|发)(?:个|出|上)?(?:五星|5星|满分)?好评)(?![率度榜])';
/** A penalty for not taking part: its finding covers the whole sentence with the demand. */
export const SANCTION_RULE = 'coercion.sanction';
/** How far an interaction went: 关注情况, 下载人数, 点赞截图. */
const TALLY = '(?:下载|注册|关注|安装|点赞|转发|投票|激活)(?:情况|人数|数量|截图|记录)';
/**
 * Whom a quota is counted on: a household, a head, a role (每名党员, 每位家长), or a vehicle or shop
 * a firm answers for (每车, 每辆出租车, 每个门店: 各出租汽车企业须组织驾驶员投票，每车每日不少于3票).
 */
const UNIT =
  '(?:(?:每家每户|每户|每家|户均|按户|按人头|按每户|每人|人均|每名|每位|每个)(?:党员|干部|职工|员工|教师|老师|学生|家长|村民|居民|群众|网格员|驾驶员|司机|村|社区|网格|小组|组|班级|家庭)?|(?:每|每辆|每台|按)(?:出租)?车|每辆(?:出租车|网约车|公交车)|(?:每个|每家)(?:门店|商户|网点|店铺))';
/** A bare count of votes owed (每车每日不少于3票): the vote is the unit, no verb needed. */
const VOTES = '[0-9０-９一二三四五六七八九十两]+票';
const MUST =
  '(?:每天|每日|每周|每月)?(?:须|必须|需|需要|要|应|务必|一律|都要|都得|至少|不少于|不低于|不得少于|最少|完成|达到|保证|确保)';
/** Services an office gives: 取号, 办理, 受理, 盖章, 入学. */
const SERVICE =
  '(?:取号|排号|叫号|办理|办事|受理|盖章|审批|入学|入园|报名|就诊|挂号|开具|开证明|领取(?:证件|证照|补贴|补助|材料|证明|宿舍钥匙|钥匙|校园卡|学生证|饭卡|录取通知书|毕业证书?|学位证书?|工资)|入住|报到|注册学籍)';
/** Electronic cards and vouchers pushed on residents by coverage targets: 电子社保卡, 医保电子凭证. */
const E_CARD =
  '(?:电子社保卡|医保电子凭证|电子医保凭证|电子健康卡|电子身份证|电子驾驶证|电子营业执照|数字人民币)';
/** A self-criticism or pledge demanded before a meeting: 在全市大会上作检讨, 作表态发言. */
const SELF_CRITICISM =
  '(?:作|做)(?:出)?(?:书面|公开)?检讨|检讨发言|公开检讨|(?:作|做)表态发言|(?:大会|会议)上(?:作|做)(?:检查|表态)';
/** An online quiz or contest staff are made to enter: 网络竞赛, 线上知识竞答, 网上答题活动. */
/** A video posted on an account staff are told to use: 个人抖音号, 视频号, 短视频. */
const VIDEO_ACCOUNT = '(?:抖音|快手|视频号|短视频|宣传视频|微视频)';
const ONLINE_CONTEST = '(?:网络|网上|线上|在线|云端)(?:知识)?(?:竞赛|竞答|答题|擂台赛)';
const DOOR = '(?:逐户|挨家挨户|挨门挨户|逐家逐户|入户|上门|逐人|逐一)';
const CHECK = '(?:查看|检查|核查|核实|核对|督促|催促|查验|确认|盯|统计|验收|登记)';

export const COERCION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Daily quotas of shares or likes for units: 各村（社区）每天转发本公众号文章不少于20次.
    rule: 'coercion.quota',
    severity: 'warn',
    pattern:
      /各(?:村|单位|科室|支部|校|部门|社区|小组|班级)[^。；;！!？?\n]{0,10}?(?:每天|每日|每周)(?:转发|点赞|评论|分享)[^。；;！!？?\n]{0,16}?(?:不少于|不低于|至少)[0-9０-９一二三四五六七八九十]+(?:次|条|篇)/g,
    message: '向单位下达转发、点赞数量指标，属强制互动（国办发〔2018〕123号）',
  },
  {
    // Daily quotas of likes or comments for a body of staff, the count after the act: 请各站派出所全体
    // 民警每天对本号发布的内容点赞、评论不少于5条; 全体干部每日转发本号推文至少3篇; 所有职工每周为单位
    // 视频号作品评论不少于10条. A limit for the public (每人每天最多可点赞5次) or a duty that is no
    // interaction (全体民警每天巡逻不少于3次) is no quota.
    rule: 'coercion.quota',
    severity: 'warn',
    pattern:
      /(?:全体|所有|全部|每名|每位|每个|各)(?:[^。；;！!？?\n，,]{0,6}?)(?:民警|辅警|警员|干部|职工|员工|党员|教师|老师|工作人员|干警|队员|网格员|医护人员|医务人员|团员)(?:都|均|须|必须|要|应)?(?:每天|每日|每周|每月)[^。；;！!？?\n]{0,16}?(?:点赞|评论|转发|分享|留言)[^。；;！!？?\n]{0,8}?(?:不少于|不低于|至少|不得少于|最少)[0-9０-９一二三四五六七八九十]+(?:次|条|篇|个)/g,
    message: '向干部职工下达每日点赞、评论、转发数量要求，属强制互动（国办发〔2018〕123号）',
  },
  {
    rule: 'coercion.quota',
    severity: 'warn',
    pattern: new RegExp(
      `${UNIT}(?:[^。；;！!？?\\n，,]{0,5}?)${MUST}(?:[^。；;！!？?\\n]{0,10}?${ACTION}|${VOTES})`,
      'g',
    ),
    message: '按户、按人头下达下载、点赞、投票、关注等数量要求，属强制互动（国办发〔2018〕123号）',
  },
  {
    // Good ratings of an app or service counted per head: 每人完成5个好评, 每名职工至少刷3条五星好评,
    // 每位家长须在应用商店打个五星好评; a rating handed down as a task (好评任务, 五星好评指标). Praise won
    // (赢得群众好评, 每个窗口要争取群众给个好评) and a rate of satisfaction (好评率) are no rating given on
    // demand.
    rule: 'coercion.quota',
    severity: 'warn',
    pattern: new RegExp(
      `${UNIT}(?:[^。；;！!？?\\n，,]{0,5}?)${MUST}[^。；;！!？?\\n]{0,12}?(?<!(?:争取|赢得|获得|博得)[^。；;！!？?\\n]{0,6})${RATING}|(?:下达|分配|分解|摊派|布置|派发|下发)[^。；;！!？?\\n，,]{0,8}?(?:五星|5星)?好评(?:任务|指标)|(?:五星|5星)?好评(?:任务|指标)(?:分解|下达|分配|摊派)?(?:到人|到户|到班|到个人)`,
      'g',
    ),
    message: '按人头下达好评、打分数量要求，干预评价，属强制互动（国办发〔2018〕123号）',
  },
  {
    rule: 'coercion.quota',
    severity: 'warn',
    pattern: new RegExp(
      `(?:下达|分配|分解|摊派|布置|派发|下发|压实|落实|完成)[^。；;！!？?\\n，,]{0,8}?${TASK}|${TASK}(?:分解|下达|分配|摊派|落实|压实)?(?:到户|到人|到村|到组|到个人)|${TASK}(?:分解|下达|分配|摊派)|(?:按户|按人头|以户为单位|以村为单位|按每户)[^。；;！!？?\\n]{0,12}?(?:${ACTION}|${TASK})`,
      'g',
    ),
    message: '摊派下载、点赞、投票、关注等任务，属强制互动（国办发〔2018〕123号）',
  },
  {
    rule: 'coercion.door-to-door',
    severity: 'warn',
    pattern: new RegExp(
      `${DOOR}[^。；;！!？?\\n]{0,8}?${CHECK}(?:手机|[^。；;！!？?\\n]{0,12}?(?:${ACTION}|${TALLY}))|${ACTION}[^。；;！!？?\\n]{0,20}?${DOOR}(?:核查|核实|检查|查看|督促|催办|验收)`,
      'g',
    ),
    message: '逐户上门查看、督促下载、点赞、投票等，属强制互动（国办发〔2018〕123号）',
  },
  {
    // A service given only against proof of an interaction: 先关注并点赞…，凭截图取号; 转发后方可
    // 办理. 关注 and 预约 alone are how an office books appointments (凭预约截图取号), so a like, share or
    // comment must be asked for.
    rule: 'coercion.withheld-service',
    severity: 'block',
    pattern: new RegExp(
      `(?:点赞|转发|集赞|分享|评论)[^。；;！!？?\\n]{0,30}?(?:凭|出示|提供)[^。；;！!？?\\n]{0,4}?(?:截图|截屏|记录|页面)[^。；;！!？?\\n]{0,4}?${SERVICE}|(?:点赞|转发|集赞|分享|评论)[^。；;！!？?\\n]{0,16}?(?:才能|方可|才可以?|才给|才予|才会)(?:予以|给予|为您)?${SERVICE}`,
      'g',
    ),
    message: '以点赞、转发等互动作为办事前提，属强制互动（国办发〔2018〕123号）',
  },
  {
    // A rate of an interaction turned into a penalty: after an app, platform or quiz is demanded,
    // 参与率不达标的企业列入重点检查对象, 完成率低于95%的班级取消评优资格 (不得参评优秀班集体),
    // 注册率排名靠后的予以通报;
    // an electronic card's sign-up pushed the same way (电子社保卡申领…每周通报进度，排名后三位的在
    // 全市大会上作检讨) — a public self-criticism is a penalty too; and an online contest's entry rate
    // (网络竞赛…参赛率不达100%的单位，年终考核一票否优) with a veto over the unit's honours, or a title's
    // application withdrawn (参赛率低于80%的村取消今年“民主法治示范村（社区）”申报资格; after final176);
    // and the views of a video staff must post on their own accounts (须用个人抖音号发布宣传视频，播放量
    // 不足500的单位，在全县大会上点名通报). A view count with no penalty (播放量不足500次，下月优化内容) is no
    // sanction.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${ACTION}|小程序|APP|app|App|客户端|平台|答题|打卡|学习|问卷|调查|测评|${E_CARD}|${ONLINE_CONTEST}|${VIDEO_ACCOUNT})[^\\n]{0,80}?(?<span>(?:(?:参与|参赛|完成|下载|注册|关注|安装|答题|参学|点赞|转发|激活|使用|学习|登录|打卡|填报|填写|申领|领卡)(?:率|人数|数量)|(?<=${VIDEO_ACCOUNT}[^\\n]{0,80}?)(?:播放|浏览|阅读|观看|点击)(?:量|数|次数)|积分(?:排名)?|(?:统计|通报)(?:(?:进度|进展|完成情况)[，,]?)?排名)[^。；;！!？?\\n]{0,12}?(?:不达|未达标|不合格|低于|未达到|达不到|不足|不到|排名靠后|排名后|靠后|后三位|倒数|后三名|末位)[^。；;！!？?\\n]{0,20}?(?:列入(?:重点)?(?:检查|监管|督查|约谈|问责|黑名单)(?:对象|名单|范围)?|约谈|通报(?:批评)?|取消[^。；;！!？?\\n]{0,20}?(?:评优|评先|评奖|资格|奖励|荣誉)|(?:不得|不能|不予|不可)(?:参评|参加评优|参与评优|评优|评先|参加评先)|扣(?:减|除)?[^。；;！!？?\\n]{0,8}?(?:绩效|考核分|积分|奖金|分值)|问责|追责|一票否(?:决|优|先)|扣[0-9０-９一二三四五六七八九十]+分|${SELF_CRITICISM}))`,
      'g',
    ),
    message:
      '以参与率、完成率等考核并处罚，属强制群众或单位下载、注册、答题（国办发〔2018〕123号）',
  },
  {
    // A penalty for not doing it, after the demand in the same sentence: 未安装的列入重点关注对象,
    // 未填写者学校将暂缓发放毕业证书, 未完成学习的，其子女本学期不得参评“三好学生”, 未在规定时间内完成
    // 注册和学习的学生，不得参加期末考试, 未完成转发的班级不得参评文明班级, 未截图上传的学生，取消本学期
    // 三好学生评选资格, a quota of follows shown by
    // screenshot and then 未完成任务的，取消本季度“优秀民警”评选资格; a benefit of another
    // programme withdrawn for not buying insurance (不参保的取消低保资格, 未按最高档缴费的暂停发放高龄
    // 津贴; since final215 also a pupil's honours put at stake: 未参保的学生将影响评优评先) — the
    // insurance's own rule (未参保的不能享受医保报销) withdraws no other benefit; an app's paid
    // membership unopened (逾期未开通的，兽医站将暂停为其出具动物检疫证明; after final173). The finding runs
    // from the sentence's start, so it covers the demand too (coercion.gate.ts).
    rule: SANCTION_RULE,
    severity: 'warn',
    pattern:
      /(?:未|没有|没|不)(?:下载|安装|注册|关注|激活|认证)[^。；;！!？?\n，,]{0,6}?(?:列入|纳入)(?:重点)?(?:关注|检查|监管|督查|约谈|管控|帮扶|黑名单|通报)(?:对象|名单|范围|人员)?|(?:未|没有|没)(?:按时|按期|如期|按要求|(?:在|按)规定(?:的)?(?:时间|期限|时限)(?:内)?|(?:在|于)[^。；;！!？?\n，,]{1,8}?前)?(?:(?:填写|填报)(?:问卷)?|截图(?:上传|上报|发送|提交)?|关注|下载|安装|观看|打卡|开通|答题|转发|点赞|分享|评论|注册[^。；;！!？?\n，,]{0,8}?(?:APP|app|App|账号|平台|小程序|公众号)|(?:完成|参加|参与)[^。；;！!？?\n，,]{0,8}?(?:学习|答题|打卡|问卷|观看|直播|投票|调查|转发|分享|点赞|集赞|截图))[^。；;！!？?\n，,]{0,24}?(?:者|的)[^。；;！!？?\n]{0,16}?(?:暂缓|暂不|不予|不得|不能|停发|扣发|取消|暂停|停用|注销|冻结|按缺勤|按旷工|视为缺勤|视为旷工)(?:发放|办理|参评|参加|评优|评先|毕业|领取|颁发|资格|使用|处理)?|未(?<=(?:问卷|答题|打卡|学习|直播|投票|调查|转发|点赞|集赞|集满|截图)[^\n]{0,40}?未)(?:完成|填写|参加)(?:任务|指标|目标|要求)?(?:的|者)[^。；;！!？?\n]{0,16}?(?:暂缓|不予|不得|不能|停发|扣发|取消|暂停|停用)(?:发放|办理|参评|参加|评优|评先|毕业|领取|颁发|资格|使用)?|未达标(?:的|者)[^。；;！!？?\n]{0,8}?(?:不得|取消|暂缓|纳入|扣)[^。；;！!？?\n]{0,8}?(?:评优|评先|评奖|资格|扣分|考核)|(?:填写|关注|注册|下载|安装|观看|打卡)(?:情况|记录)?(?:将)?作为[^。；;！!？?\n]{0,12}?(?:前置条件|必要条件|前提条件|前提)|(?:未|没有|没|不)(?:按要求|按规定|按档次|按最高档次?|足额)?(?:参保|投保|续保|缴费|缴纳|购买(?:保险|医保|养老保险)|参加(?:城乡居民)?(?:医保|医疗保险|养老保险|保险)|选择最高档(?:次)?)[^。；;！!？?\n，,]{0,6}?(?:者|的|人员|户)[^。；;！!？?\n]{0,8}?(?:一律|将|均|予以|会)?(?:取消|停发|暂停|暂缓|扣发|停止|不予|不得|不再|影响)(?:发放|享受|评定|纳入)?[^。；;！!？?\n]{0,4}?(?:低保|五保|特困|高龄津贴|残疾人补贴|惠农补贴|种粮补贴|耕地地力保护补贴|危房改造|评先|评优)/g,
    message: '以暂缓发证、取消评优、列入重点对象等处罚强制参与，属强制互动（国办发〔2018〕123号）',
  },
  {
    // Pay withheld for not taking part in an online quiz, app or check-in: 未参加的扣发当月绩效奖金,
    // 未完成打卡的扣除考核分, 成绩低于80分的扣减奖金; also a sum taken from the pay for a missing
    // screenshot or like (谁没发截图，月底从护林员工资里扣50元, 未点赞的在绩效中扣20元).
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${ACTION}|小程序|APP|app|App|客户端|平台|答题|打卡|学习)[^\\n]{0,80}?(?:未参加|未参与|不参加|未完成|未按时完成|未答题|未打卡|未学习|低于[0-9０-９]+分|(?:没|没有|未)(?:按时)?(?:发|交|上传|提交|回复|报送)?(?:截图|点赞|转发|关注|打卡))[^。；;！!？?\\n]{0,12}?(?<span>扣(?:发|除|减)[^。；;！!？?\\n]{0,6}?(?:绩效|奖金|工资|考核分|积分)|(?:从|在)[^。；;！!？?\\n，,]{0,8}?(?:工资|绩效|奖金|补贴|补助|津贴|劳务费)(?:里|中|内)?扣(?:发|除|减)?[0-9０-９一二三四五六七八九十百]+元)`,
      'g',
    ),
    message: '以扣发绩效、奖金强制参与答题、打卡等，属形式主义（国办发〔2018〕123号）',
  },
  {
    // Staff audiences counted and ranked: 各单位在线人数将截图排名, 观看人数纳入通报排名.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?:直播间|直播|${ACTION}|小程序|APP|平台)[^\\n]{0,60}?(?<span>(?:在线|观看|参与|点赞|转发|留言)(?:人数|率|量)[^。；;！!？?\\n]{0,6}?(?:截图|统计)?(?:排名|排序|通报))`,
      'g',
    ),
    message: '以在线、观看人数排名通报，属强制参与（国办发〔2018〕123号）',
  },
  {
    // A satisfaction score dictated to the public: 督促服务对象在回访中给予“满意”评价, 引导群众在电话
    // 回访时回答“非常满意”, 要求办事群众一律打五星好评, 请务必在评价器上点击“非常满意”, 一律在平板上
    // 按“满意”键. Not a choice offered with its other side (点击“满意”或“不满意”).
    rule: 'coercion.rating',
    severity: 'warn',
    pattern:
      /(?:(?:督促|要求|引导|动员|叮嘱|教|让|请|务必让|确保)[^。；;！!？?\n]{0,16}?(?:回访|测评|评价|调查|电话|短信|打分|评议|好差评)[^。；;！!？?\n]{0,10}?(?:给予|给出|给|打出?|评为?|选择?|回答|作出|做出|一律|均|点击|点选|勾选|按)[“"]?(?:非常满意|十分满意|满意|好评|五星|5星|满分)[”"]?|(?:务必|一律|统一|必须|全部|均须)(?:[^。；;！!？?\n，,“”"]{0,10}?(?:点击|点选|按下?|勾选)|(?:填写?|勾选|选择?|点选|评价?为?|打出?))[“"]?(?:非常满意|十分满意|满意|好评|五星|5星|满分))(?![”"]?(?:或者?|、|\/|还是)[“"]?(?:不满意|基本满意|一般|很不满意|非常不满意|不太满意|差评))/g,
    message: '要求群众给出“满意”、好评，干预评价，属形式主义',
  },
  {
    // A rating steered before it is given, with the evaluation word after the score (引导办事群众给予
    // “非常满意”评价, 动员服务对象打五星好评), and when the post ties the results to staff rewards the
    // finding runs on to that tie (…评价结果与个人评优挂钩, 好评情况纳入绩效考核). Asking for an honest
    // rating (如实评价) or ranking staff by ratings alone (好差评结果纳入考核) steers no score.
    rule: 'coercion.rating',
    severity: 'warn',
    pattern:
      /(?:督促|要求|引导|动员|叮嘱|让|请|确保)[^。；;！!？?\n]{0,16}?(?:给予|给出|给|打出?|评为?|选择?|作出|做出|点击?)[“"]?(?:非常满意|十分满意|满意|好评|五星|5星|满分)[”"]?的?(?:评价|评分|测评|回访|好评)(?:[^\n]{0,60}?(?:评价|好差评|满意度|好评|评分|测评)(?:结果|情况|等次|率)?[^。；;！!？?\n，,]{0,4}?(?:与|和|同|纳入|作为|计入|列入)[^。；;！!？?\n]{0,10}?(?:评优|评先|考核|绩效|奖金|奖惩|年终|考评)(?:挂钩)?)?/g,
    message: '引导群众给出“满意”、好评并与考核、评优挂钩，干预评价，属形式主义',
  },
  {
    // A service held back until the citizen gives the top rating: 未给予满分评价的，窗口将无法为您打印
    // 办件材料; 给个五星好评后才能取件; 评价“非常满意”后方可领取证照. Inviting a rating after the
    // service (办结后欢迎您对我们的服务进行评价) withholds nothing.
    rule: 'coercion.rating',
    severity: 'warn',
    pattern:
      /(?:未|没有|没|不)(?:给予?|给出|打出?|评为?|选择?|点击?|作出|做出)[“"]?(?:满分|非常满意|十分满意|满意|好评|五星|5星)[”"]?(?:评价|评分|好评)?(?:的|者)[^。；;！!？?\n]{0,16}?(?:无法|不能|不予|不得|暂缓|暂停|拒绝|不再|不给)[^。；;！!？?\n]{0,8}?(?:打印|办理|出具|办结|领取|盖章|发放|受理|取件|出件|取证|递交|通过|审批)|(?:给予?|给个|打个?|评为?|选择?|点击?)[“"]?(?:满分|非常满意|十分满意|五星|5星)[”"]?(?:好评|评价|评分)?(?:后|之后|以后)?(?:方可|才能|才可以?|才给|才会)(?:为您|给您)?(?:打印|办理|出具|办结|领取|盖章|发放|受理|取件|出件|取证)/g,
    message: '以评价“满意”、满分作为提供服务的条件，干预评价，属形式主义',
  },
]);

/**
 * The practice told as someone's report (有家长反映, 据群众举报, 接到投诉, 有群众通过12345热线反映): the
 * sentence tells of the demand, it does not make it. Not 有 inside 所有 or 没有 (所有人必须下载举报APP).
 */
export const REPORTED_BY_SOMEONE =
  /(?<![所没还只都具拥享])(?:有|据|接到?)[^，,。；;\n]{0,6}?(?:反映|投诉|举报)|(?:群众|市民|居民|村民|网民|网友|家长|学生|职工|教师)(?:通过|经|在|向|拨打|致电)[^，,。；;\n]{0,12}?(?:反映|投诉|举报)/;

/** Reports of such practice, bans, voluntary wording, elections and exams, and a rumour refuted. */
const NOT_A_DEMAND = new RegExp(
  `${REPORTED_BY_SOMEONE.source}|${/谣言|谣传|辟谣|网传|形式主义|典型问题|(?<![将会要])被通报|通报批评了|查处|纠治|整治|不得(?!低于|少于|参评|参加|评优|评先|评选|参选|毕业|领取|办理|享受|评为|被评为)|严禁|禁止|自愿|不强制|杜绝|反对|防止|避免|选举|选民|候选人|表决|考生|(?<!通)报名(?!单)|申报(?!资格)/.source}`,
);
/**
 * Anti-fraud advice (请下载国家反诈中心APP) urges; it compels only with a must (also a bare 须 before
 * the action: 家长须关注…), a sanction or a veto — a pupil barred from an honour is one (未完成的学生
 * 不得参加“三好学生”评选).
 */
const ANTI_FRAUD = /反诈|诈骗|骗子/;
const COMPELLED =
  /必须|务必|均须|(?<![无毋])须(?:关注|下载|安装|注册|完成|加入|转发|点赞|观看|参加|填写)|一律|考核|通报|列入|纳入|取消|暂缓|不予|(?:不得|不能)(?:参加|参与|参评|评优|评先)|扣(?:发|除|减)|约谈|问责|逐户检查|未安装|未下载|未注册|一票否决/;

/** A match in a sentence that reports, forbids or is about elections only informs. */
export const regradeCoercion: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  const sentence = text.slice(from, to);
  const advice = ANTI_FRAUD.test(sentence) && !COMPELLED.test(sentence);
  return advice || NOT_A_DEMAND.test(sentence) ? 'info' : severity;
};
