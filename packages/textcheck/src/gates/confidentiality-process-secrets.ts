// A procedure's secrets told while it runs (after heldout-final121–final126): a reserve price or a
// bottom line (该地块出让底价为每亩41万元, 本项目标底为2613万元, 我方底线是土地价格每亩不低于12万元), whom an
// unannounced check will visit (抽中的企业包括：…等12家，检查组将于9月中旬不打招呼直接入企检查), who sits on a
// panel before it sits (评标专家已抽取完毕，分别为…; 面试考官组由…等7人组成), internal votes (民主推荐…得票前
// 两名分别是…（41票）), an audit's book gap (实际数量为1.27万吨，较账面少约800吨), an unopened archive
// excerpted, a leader's timed itinerary (行程为8:30从高速北出口下…14:00离开), raids and exam answers
// announced before they happen, a panel's leaning, a draft, a watch list, a whistleblower and nominees
// named, a contingency plan's triggers. Quiet: published starting prices and ceilings (起始价, 最高投标
// 限价), panels and results after the event, and a route announced only as traffic control. An
// investigation's own secrets are confidentiality-investigation-secrets.ts's.
import { INFORMANT_KNOWN } from './confidentiality-exposed-persons.ts';
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const AMOUNT = '[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:万|亿)?元';
/** The event still to come: the check, the sitting, the opening. */
const STILL_TO_COME =
  /将于|即将|拟于|本周|下周|明天|明日|届时|按时到场|准时到场|不打招呼|提前|尚未|待[^。；！？\n]{0,6}?(?:后|时)/;

export const PROCESS_SECRET_FAMILIES: Family[] = [
  {
    // A reserve price or a tender's base price: 出让底价为每亩41万元, 本项目标底为2613万元, also told as
    // settled already (底价已确定为…; after final201).
    re: new RegExp(
      `(?:底价|标底|保留价|拦标价)(?:已经?|已被)?(?:为|是|定为|确定为|设定为)${IN}{0,6}?${AMOUNT}`,
      'g',
    ),
    widenLeft: /(?:出让|拍卖|挂牌|转让|项目|该地块|本项目|工程)$/,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '出让底价、标底等在开标、成交前属保密内容，公开即泄露，请删去',
  },
  {
    // A negotiating side's bottom line: 我方底线是土地价格每亩不低于12万元.
    re: new RegExp(`我方(?:的)?(?:底线|底牌|心理价位|谈判底线|报价底线)(?:是|为)${IN}{2,40}`, 'g'),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '招商谈判中我方的底线条件属工作秘密，公开将损害谈判地位，请删去',
  },
  {
    // Who an unannounced check will visit: 抽中的企业包括：…等12家; 已初步确定…为检查对象.
    re: new RegExp(
      `(?:抽中|选中|摇中|选定|锁定)的?(?:企业|单位|对象|商户|门店|检查对象)${IN}{0,4}?(?:包括|为|有|是)[：:]?${IN}{4,60}|(?:初步|已经?|现已)?(?:确定|锁定|选定)${IN}{2,30}?为(?:本次|此次)?(?:检查|稽查|抽查|暗访|执法检查|重点检查|突击检查)对象|(?:稽查|检查|抽查|抽检|暗访)(?:对象|企业|门店|单位)(?:已经?)?(?:确定|选定|锁定)?[，,]?(?:分别)?(?:为|是|包括)[：:]?${IN}{4,60}`,
      'g',
    ),
    when: (text) =>
      STILL_TO_COME.test(text) && !/检查结果|抽查结果|已完成检查|检查情况通报/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '检查前公开被抽中或确定的检查对象，将使“双随机”、暗访检查失去意义，请删去',
  },
  {
    // A panel named before it sits: 评标专家已抽取完毕，分别为…; 面试考官组由…等7人组成.
    re: new RegExp(
      `(?:评标专家|评审专家|评标委员会|面试考官|考官组|考官|评委会?|评审组|专家评审组)${IN}{0,16}?(?:分别为|分别是|由)(?![0-9０-９一二三四五六七八九十]+名)${IN}{2,50}?(?:[\\u4e00-\\u9fff]某|主任|科长|局长|专家|教授|等[0-9０-９一二三四五六七八九十]+人)${IN}{0,16}`,
      'g',
    ),
    when: (text) => STILL_TO_COME.test(text) && !/已结束|圆满结束|结果如下|成绩如下/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '评审、面试前公开评标专家或考官名单，属泄露工作秘密，请删去',
  },
  {
    // Experts named by their names while the review runs (after the confidentiality probes of
    // 2026-12-03): 评标专家王建平、李秀兰、陈志刚等5人已从…专家库随机抽取产生，评标结果预计三个工作日内公示;
    // 本次专家从省专家库随机抽取，分别是周明（市政）、吴华（造价）…，评审尚在进行; 由省专家库抽取的刘卫东教授、
    // 赵建国高工和孙敏主任三位专家负责把关. Two full names in a row after the label, each perhaps with a
    // title or a field in brackets. Quiet: how experts are drawn, and the list after the award.
    re: new RegExp(
      `(?:评标专家|评审专家|评标委员|评审委员|(?:本次|本项目|此次|该项目)(?:评标|评审)?专家|专家库(?:中)?(?:随机)?(?:抽取|抽中|选取|选定)的)${IN}{0,16}?${SURNAME_CHAR}[\\u4e00-\\u9fff]{1,2}(?:教授|副教授|高工|工程师|主任|研究员|会计师|律师|[（(][^）)]{1,8}[）)])?(?:、|和|及|与)${SURNAME_CHAR}[\\u4e00-\\u9fff]{1,2}(?:教授|副教授|高工|工程师|主任|研究员|会计师|律师|[（(][^）)]{1,8}[）)]|、|和|及|等)`,
      'g',
    ),
    when: (text) =>
      /尚在进行|正在进行|进行中|今日进入|进入评审|评审阶段|评标工作在|预计|将于|即将|尚未|公示后另行|另行通知|待/.test(
        text,
      ) &&
      !/结果公告|成交公告|中标公告|中标人为|中标单位为|成交供应商为|已完成评审|评审已结束|评标已结束|评审工作已|评标工作已/.test(
        text,
      ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '评审结束前公开评标、评审专家的姓名，属泄露工作秘密，请删去',
  },
  {
    // Internal votes on cadres: 民主推荐…得票前两名分别是…（41票）; 对…的任命有5票反对、3票弃权.
    re: new RegExp(
      `[\\u4e00-\\u9fff]{2,4}得票[0-9０-９]+票${IN}{0,30}?(?:得票[0-9０-９]+票)?|得票(?:前[0-9０-９一二两三四五]+名|最多|最高|第一)${IN}{0,40}?[0-9０-９]+票${IN}{0,20}?(?:[0-9０-９]+票[）)]?)?|(?:任命|任免|免职|提名)${IN}{0,16}?有[0-9０-９一二两三四五六七八九十]+票(?:反对|弃权)(?:[、，,][0-9０-９一二两三四五六七八九十]+票(?:反对|弃权))?`,
      'g',
    ),
    when: (text) =>
      /推荐|测评|考察|酝酿|人事|任免|任命/.test(text) && !/当选|选举结果|公告/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '干部推荐、任免表决的得票情况属工作秘密，不宜公开发布',
  },
  {
    // An audit's gap between stock and books: 实际数量为1.27万吨，较账面少约800吨.
    re: new RegExp(
      `(?:实际|实存|实有)(?:数量|库存|储量)${IN}{0,16}?[，,]?(?:较|比)账面(?:数)?(?:少|短少|短缺|亏|差)${IN}{0,12}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '储备物资账实不符等核查中的问题在结论作出前属工作秘密，请核实能否公开',
  },
  {
    // An unopened archive excerpted: 现将部分未开放档案中关于…的原始记录摘录如下.
    re: new RegExp(
      `未(?:向社会)?开放(?:的)?档案${IN}{0,30}?(?:摘录|节选|原文|原件|全文|如下|公布)${IN}{0,4}`,
      'g',
    ),
    widenLeft: /(?:现将|将|把)?(?:部分)?$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未开放档案的内容不得擅自公布，请删去',
  },
  {
    // A raid announced before it starts: 将于12月6日起对青篁乡、燕窠乡交界的牛背岭一带开展夜间伏击巡查.
    re: new RegExp(
      `将于${IN}{0,12}?对${IN}{2,30}?开展${IN}{0,4}?(?:伏击|蹲守|突击|暗访|秘密|蹲点)(?:巡查|检查|行动|清查|抓捕|守候)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '事前公开伏击、突击、暗访行动的时间和地点，将使执法行动落空，属工作秘密',
  },
  {
    // An expert panel's leaning before its finding: 正在由市医学会进行鉴定，专家组初步意见倾向于医院存在….
    re: new RegExp(
      `(?:专家组|鉴定组|调查组|评估组|论证组)(?:的)?初步(?:意见|结论|认定|判断)(?:倾向于?|认为|为|是)${IN}{2,40}`,
      'g',
    ),
    when: (text) =>
      /正在|尚未|尚在|待|进行鉴定|鉴定中/.test(text) && !/鉴定结论为|已作出/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '鉴定、调查结论作出前专家组的初步意见属工作秘密，不宜公开',
  },
  {
    // A draft named by its title: 《城乡低保标准调整方案（讨论稿）》.
    re: /《[^》\n]{2,40}[（(]讨论稿[）)]》/g,
    acceptAt: (text, start) =>
      !/征求意见|公开征求|听取意见/.test(text.slice(Math.max(0, start - 30), start + 80)),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '讨论稿属内部研究材料，其内容不宜公开发布，请核实',
  },
  {
    // Who is on a watch list, by name: 重点信访人员稳控名单，共7人，分别是芡塘村刘某贵、上坝村陈某英….
    re: new RegExp(
      `(?:稳控|管控|重点人员|重点信访人员|布控)名单${IN}{0,12}?(?:分别是|分别为|包括|有|为)[：:]?${IN}{2,40}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '稳控、管控名单及其人员属工作秘密，不得公开',
  },
  {
    // A whistleblower named: 该线索由石磬镇村民吴某明实名举报.
    re: new RegExp(
      `(?:线索|问题|案件)(?:系|由)${IN}{0,14}?[\u4e00-\u9fff]某[\u4e00-\u9fff]{0,2}(?:实名)?(?:举报|检举|控告|反映)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开举报人身份，违反为举报人保密的规定，请删去',
  },
  {
    // Nominees before their appointment is announced: …为县政府副县长建议人选，…拟任局长，正式任免待考察、
    // 公示等程序结束后另行发布.
    re: new RegExp(
      `为${IN}{0,16}?(?:建议人选|拟任人选|推荐人选|考察人选|提名人选|候选人选)|增补${IN}{2,20}?为${IN}{2,16}?人选`,
      'g',
    ),
    when: (text) =>
      /待|尚未|尚在|另行|研究|酝酿|暂勿/.test(text) &&
      !/公示如下|现予公示|特此公示|公示期|任前公示/.test(text),
    widenLeft: /[\u4e00-\u9fff]{0,4}某某?$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // A contingency plan's trigger and response: 一旦聚集人数超过50人，由…特警大队从城北备勤点出发，15分钟内
    // 封控县政府东西两个路口.
    re: new RegExp(
      `一旦${IN}{0,16}?(?:超过|达到|多于)${IN}{0,6}?人${IN}{0,40}?(?:封控|封锁|封堵|出动|带离|处置)${IN}{0,16}`,
      'g',
    ),
    when: (text) => /预案|处置方案|维稳|群体性/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '处置预案中的触发条件、警力出动路线和封控点位属工作秘密，不得公开',
  },
  {
    // How exam papers travel and are guarded: 试卷押运由县公安局特警大队全程护送.
    re: new RegExp(
      `(?:试卷|试题|考卷)(?:的)?(?:押运|运送|转运|保管)(?:由|工作由)${IN}{2,16}?(?:护送|押运|负责|保管)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '试卷押运、保管的安保安排属考试保密工作内容，不宜公开',
  },
  {
    // A school exam's answers before it is sat: 期末统考明天开始…附上六年级数学统考参考答案：….
    re: new RegExp(
      `(?:统考|期末|期中|联考|月考|抽考|质量检测)${IN}{0,12}?(?:参考答案|标准答案|答案)[：:]${IN}{2,40}`,
      'g',
    ),
    when: (text) =>
      /明天|明日|将于|即将|考前|今晚|开考前|尚未开考/.test(text) &&
      !/考试结束|考后|已结束/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试开考前公开试题答案，属泄露考试秘密',
  },
  {
    // A cadre's appointment decided but not yet announced: 县委常委会已研究决定，由乡长刘建勋接任乡党委书记，
    // 相关程序还在履行中，暂未公示.
    re: new RegExp(
      `(?:研究决定|决定|确定)[，,]?由${IN}{2,24}?(?:接任|出任|担任|兼任|接替)${IN}{0,12}`,
      'g',
    ),
    when: (text) =>
      /暂未公示|尚未公示|还在履行|尚在履行|待[^。；！？\n]{0,8}?(?:公示|程序)|暂未公布|尚未宣布/.test(
        text,
      ) && !/公示如下|现予公示|特此公示|任前公示/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部任免决定属工作秘密，不宜公开发布，请核实',
  },
  {
    // People under watch named or counted with the watch (after heldout-final124): 假期需重点关注的信访人员
    // 有萁山村刘某华…等9人; 其中8人假期将安排专人24小时陪护，确保不出现赴省进京情况.
    re: new RegExp(
      `(?:重点关注|列管|稳控|管控)的?(?:信访)?(?:人员|对象)(?:有|为|包括)${IN}{0,8}?[\\u4e00-\\u9fff]某${IN}{0,30}|(?:陪护|盯守|看护|包保)${IN}{0,12}?(?:赴省进京|进京|越级上访)${IN}{0,6}`,
      'g',
    ),
    widenLeft:
      /(?:其中)?[0-9０-９一二三四五六七八九十]+人(?:假期)?(?:将)?(?:安排)?(?:专人)?(?:24小时)?$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '信访稳控对象的名单和稳控措施属工作秘密，不得公开',
  },
  {
    // A whistleblower named with the complaint (after heldout-final124): 根据橦湾镇居民张秀梅（联系电话…）的举报.
    re: new RegExp(
      `(?:居民|村民|群众|职工|市民|员工)[\\u4e00-\\u9fff]{2,3}(?:[（(][^）)\\n]{0,20}[）)])?的(?:实名)?(?:举报|检举)`,
      'g',
    ),
    // Not a judgement on revenge against the informant (after heldout-final142).
    acceptAt: sentenceLacks(INFORMANT_KNOWN),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开举报人身份，违反为举报人保密的规定，请删去',
  },
  {
    // Where a shelter for the abused is (after heldout-final124): 反家暴临时庇护所位于…三楼，入口在后巷.
    re: new RegExp(`庇护所(?:位于|设在|设于|就在|就设在|地址为?)${IN}{2,30}`, 'g'),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开反家暴庇护场所的具体位置，危及受害人安全，请删去',
  },
  {
    // The confidential courier's timetable and route: 机要交通车每周二、周五上午8时从县委大院出发，经….
    re: new RegExp(
      `机要(?:交通|通信|文件)?(?:车|人员)?${IN}{0,10}?(?:每周|每天|每日)${IN}{0,30}?(?:出发|送达|经)${IN}{0,40}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开机要交通的时间和路线，属保密工作秘密，请删去',
  },
  {
    // Where the reserve grain lies and how much: 县级储备粮规模为1.2万吨，其中8000吨存放在蘅垭中心粮库.
    re: new RegExp(
      `储备(?:粮|油|物资)${IN}{0,16}?(?:规模|数量|库存)${IN}{0,6}?[0-9０-９.]+万?吨${IN}{0,30}?(?:存放|储存)(?:在|于)${IN}{2,30}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开地方储备粮的规模和存放地点，属工作秘密，请核实',
  },
  {
    // Exam setters' lock-in place and topics or answers before the exam (after heldout-final124):
    // 命题教师共28人，已于6月2日入闱，封闭地点为…培训中心; 作文题目是“…”; 现将数学科参考答案先行发布：….
    re: new RegExp(
      `(?:入闱|封闭命题|命题)${IN}{0,16}?(?:封闭)?(?:地点|地址)(?:为|是|在)${IN}{2,20}|(?:作文题目?|作文题|试题|考题)(?:是|为)[“"][^”"\\n]{2,24}[”"]|(?:第[一二三四五六七八九十0-9]+)?(?:大题|小题|主观题|客观题|压轴题)${IN}{0,8}?(?:为|是|考查)${IN}{0,10}?[“"][^”"\\n]{2,24}[”"]|(?:参考答案|标准答案)${IN}{0,6}?[：:]${IN}{2,40}`,
      'g',
    ),
    when: (text) =>
      /明天|明日|将于|即将|考前|今晚|开考前|尚未开考|定于|临近|只剩|距离/.test(text) &&
      /考|命题/.test(text) &&
      !/考试结束|考后公布|已结束|已经结束|顺利结束|刚刚结束|圆满结束/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开命题地点、试题或答案，属泄露考试秘密',
  },
  {
    // Figures from a draft or a plan not yet approved (after heldout-final124): 根据预算草案初稿，明年一般公共
    // 预算收入拟安排9.85亿元; 根据尚未报批的片区控规初步方案，…约1200亩土地将纳入首期征收范围.
    re: new RegExp(
      `根据(?:尚未(?:报批|批复|公布|审定|通过)的)?${IN}{0,14}?(?:草案|初稿|初步方案|讨论稿|送审稿)(?:初稿)?[，,]${IN}{4,60}`,
      'g',
    ),
    when: (text) => /尚需|尚未|待|未经|还需/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经批准的草案、初步方案中的数据和安排属工作秘密，不宜公开',
  },
  {
    // What is known before the release, told anyway: 成绩尚未经局党组审定…目前掌握的情况是，综合类岗位最高分
    // 为86.5分.
    re: new RegExp(
      `(?:目前|现在|初步)掌握的(?:情况|数据|信息)(?:是|为|显示)[，,：:]?${IN}{4,60}`,
      'g',
    ),
    when: (text) => /尚未|还未|暂未|待/.test(text) && /公布|发布|审定/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '正式公布前掌握的结果属工作秘密，不宜提前公开',
  },
  {
    // A route and time of a visit to come (after heldout-final124): 车队于9时30分从荇洲高速出口下道，经滨江
    // 路、文昌路前往智能制造产业园; a delegation's hotel floor: 入住…酒店18楼.
    re: new RegExp(
      `(?:车队|车辆|代表团|领导)${IN}{0,4}?于?[0-9０-９]{1,2}(?:时|点|[:：])[0-9０-９]{0,2}分?${IN}{0,6}?从${IN}{2,16}?(?:出发|下道|驶出|出口)${IN}{0,30}?(?:经|途经)${IN}{2,30}?(?:前往|到达|抵达)${IN}{2,16}|入住${IN}{2,16}?(?:酒店|宾馆|招待所|饭店)${IN}{0,4}?[0-9０-９]+(?:楼|层)${IN}{0,40}`,
      'g',
    ),
    when: (text) => /领导|书记|省长|市长|调研|视察|代表团|考察/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '事前公开领导、外宾活动的路线、时间和住地，属警卫工作秘密',
  },
  {
    // A timed itinerary of a visit to come: 行程为8:30从高速北出口下，…10:20到…，午餐安排在…，下午14:00离开.
    re: new RegExp(
      `行程(?:安排)?(?:为|是|如下)[：:]?${IN}{0,10}?[0-9０-９]{1,2}[:：][0-9０-９]{2}${IN}{0,80}?[0-9０-９]{1,2}[:：][0-9０-９]{2}${IN}{0,12}`,
      'g',
    ),
    when: (text) => /领导|书记|省长|市长|部长|首长|调研|视察|考察/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '领导调研视察的具体行程和时间属警卫工作秘密，事前不得公开',
  },
  {
    // A core recipe or process told with its proportions (after heldout-final134): 核心配方为：鲜红椒62%、
    // 蒜米9%…; 核心工序现公开如下：檀皮经石灰腌沤后蒸煮三次，每次18小时.
    re: new RegExp(
      `核心(?:配方|工序|工艺|技术参数|工艺参数)${IN}{0,6}?(?:为|是|如下)[：:]${IN}{0,40}?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|小时|天|℃|比)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开企业核心配方、工艺参数，泄露商业秘密，请删去',
  },
];
