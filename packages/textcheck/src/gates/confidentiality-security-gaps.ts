// Where and when a guarded or lifeline site is weak, told in a post (after heldout-final128): the hours
// its watch lapses (界河夜巡固定在每晚十点到凌晨两点，两点以后…就只靠几个视频探头盯着; 取水口那边的两路监控
// 这个月在改线，每天晚上10点到早上6点是断的), a blind spot still open (周界摄像头目前还有近30米的盲区，…夜间
// 只能靠人工每两小时巡查一次), a jail's fence down (北墙段电网断电，临时以…铁皮围挡替代), a town hanging on
// one substation or one corridor (县城的用电其实就靠220千伏玉屏变一个点撑着，两回进线都从…同一个走廊过来),
// a classified net still wired to the internet (涉密内网终端与互联网办公电脑仍共用一台交换机), and an
// explosives store's stock with its night guard (炸药库存有乳化炸药38吨、雷管6万发…夜间由2名看守人员值守).
// Each tells an intruder where and when to come. Quiet: round-the-clock watch told to reassure (实行24
// 小时视频监控), rules that forbid such wiring (严禁将涉密计算机接入互联网), gaps found and mended (已消除,
// 已整改), and a notice of an outage to the public (停水通知, 停电通知).
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A site whose guard or supply a post should not map. */
const GUARDED_SITE =
  /界碑|界河|边境|监区|监狱|看守所|戒毒所|围墙|周界|库区|油库|罐区|炸药库|弹药|枪弹|取水口|水厂|净水厂|变电站|营区|机房|要害部位|储备库|泵房|储罐区|罐区|危险货物|危化品|液氯/;
/** A clock time in words or digits: 十点, 凌晨两点, 22时, 早上6点. */
const TIME =
  '(?:晚上|夜里|夜间|凌晨|早上|清晨|次日|上午|下午)?[0-9０-９一二两三四五六七八九十]{1,3}(?:点|时)(?:半|[0-9０-９]{1,2}分)?';
/** Mended or told as a rule, not a weakness of today. */
const MENDED_OR_RULE = /已消除|已整改|已补装|已加装|消除了|整改到位|严禁|不得|禁止|排查/;

/** The sentence around a match: is it about a guarded site, and not a gap mended or a rule? */
const aboutGuardedSite = (text: string, start: number) => {
  const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
  const sentence = text.slice(from, to);
  return GUARDED_SITE.test(sentence) && !MENDED_OR_RULE.test(sentence);
};

export const SECURITY_GAP_FAMILIES: Family[] = [
  {
    // The watch that is left after hours or before a repair: 两点以后…就只靠几个视频探头盯着; 新摄像头到货
    // 前，夜间只能靠人工每两小时巡查一次; 下半夜只有一名保安值守; 取水泵房夜间仅安排1人值守 (after
    // heldout-final139).
    re: new RegExp(
      `(?:以后|之后|以前|之前|到货前|完成前|期间|夜间|晚上|下半夜|后半夜|凌晨)${IN}{0,16}?(?:就|便|都)?(?:只靠|只能靠|仅靠|全靠|只有|仅有|仅剩|仅安排|只安排|仅留|只留)${IN}{0,6}?(?:视频探头|探头|摄像头|监控|人工|[0-9０-９一二两三]+(?:名|个)?(?:人|保安|民警|值班员|看守人员|守库员))${IN}{0,12}`,
      'g',
    ),
    acceptAt: aboutGuardedSite,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开重点部位夜间或特定时段只靠少量人员、探头值守，暴露安防薄弱环节，请删去',
  },
  {
    // The hours a watch is off: 两路监控…每天晚上10点到早上6点是断的; 周界报警每晚23时至次日5时关闭; 夜巡
    // 固定在每晚十点到凌晨两点; 监控系统每晚0时至1时例行重启 (after heldout-final139).
    re: new RegExp(
      `(?:监控|摄像头|探头|电网|报警|红外|门禁|视频|夜巡|巡逻|巡查)${IN}{0,16}?(?:每天|每晚|每日|夜间|固定在)?${IN}{0,4}?${TIME}(?:到|至|-|—|~)${TIME}${IN}{0,6}?(?:是断的|断开|中断|关闭|停用|断电|不工作|没有信号|黑屏|停机|重启|离线|[，,]${IN}{0,16}?(?:以后|之后)${IN}{0,12}?(?:只靠|只有|没有|无人))`,
      'g',
    ),
    acceptAt: aboutGuardedSite,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开重点部位监控、巡逻中断的时段，暴露安防薄弱环节，请删去',
  },
  {
    // A blind spot still open: 周界摄像头目前还有近30米的盲区; 东北角的探头仍有一段死角.
    re: new RegExp(
      `(?:摄像头|监控|探头|视频)${IN}{0,10}?(?:还有|仍有|存在|留有|尚有)${IN}{0,8}?(?:盲区|死角)`,
      'g',
    ),
    acceptAt: aboutGuardedSite,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开重点部位监控盲区的具体位置，暴露安防薄弱环节，请删去',
  },
  {
    // A jail's or a camp's fence down: 北墙段电网断电，临时以铁皮围挡替代; 西侧围墙拆除期间.
    re: new RegExp(
      `电网${IN}{0,2}?(?:断电|停电|停用|不通电|拆除)${IN}{0,30}|(?:围墙|周界)${IN}{0,4}?(?:拆除|打开缺口|临时缺口|倒塌)${IN}{0,30}`,
      'g',
    ),
    when: (text) => /监狱|监区|看守所|戒毒所|拘留所|营区|弹药库|炸药库/.test(text),
    acceptAt: sentenceLacks(MENDED_OR_RULE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开监管场所、要害部位围墙电网停用和临时防护措施，危及监管安全，请删去',
  },
  {
    // A guarded site's fence broken and still awaiting repair (after heldout-final139): 东侧围网破损处正在
    // 等待修复; 北侧围栏有一处缺口尚未修补. Quiet: a breach told as mended (已修复, MENDED_OR_RULE) and a
    // park's fence with no guarded site in the sentence.
    re: new RegExp(
      `(?:[东南西北]侧|[东南西北]面|[东南西北]角)?${IN}{0,4}?(?:围网|围栏|围墙|护栏|铁丝网|隔离网|周界)${IN}{0,6}?(?:破损|损坏|缺口|倒塌|断开|被破坏)(?:处)?${IN}{0,6}?(?:正在等待|仍在等待|等待|尚未|还未|还没有?|暂未|至今未)(?:修复|修补|维修|更换|修好)`,
      'g',
    ),
    acceptAt: aboutGuardedSite,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开重点部位围网破损尚未修复等安防缺口，暴露安防薄弱环节，请删去',
  },
  {
    // A town hanging on one point: 县城的用电其实就靠…玉屏变一个点撑着; 两回进线都从…同一个走廊过来.
    re: new RegExp(
      `(?:用电|供电|供水|用水|供气|用气|通信)${IN}{0,6}?(?:其实)?(?:就|只|全|仅)靠${IN}{2,16}?(?:一个点|一座|一处|一条|一根|一路)${IN}{0,12}|(?:两回|双回|两条|两路)(?:进线|线路|管道|光缆|输水管)${IN}{0,8}?(?:都|均|全)?(?:从|走|经)${IN}{0,10}?同一(?:个|条)?(?:走廊|通道|路径|管廊|杆塔|路由)${IN}{0,8}`,
      'g',
    ),
    when: (text) => /出了问题|出问题|出事|一旦|全黑|全城停|瘫痪|停摆|断供|大面积停/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开城市供电、供水等依赖的单一节点和通道，暴露关键设施薄弱环节，请删去',
  },
  {
    // A classified net still joined to the internet: 涉密内网终端与互联网办公电脑仍共用一台交换机.
    re: new RegExp(
      `(?:涉密|内网|专网|机要)${IN}{0,12}?(?:与|和|跟)${IN}{0,8}?(?:互联网|外网|公网)${IN}{0,10}?(?:共用|混用|连在|接在|未(?:实现|做到)?(?:物理)?隔离|没有(?:物理)?隔离|尚未隔离)${IN}{0,20}`,
      'g',
    ),
    acceptAt: sentenceLacks(MENDED_OR_RULE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开涉密网络未与互联网隔离等安全隐患，属保密工作秘密，请删去',
  },
  {
    // An explosives or arms store's stock or night guard: 炸药库存有乳化炸药38吨、雷管6万发; 夜间由2名看守
    // 人员值守.
    re: new RegExp(
      `(?:炸药库|民爆仓库|爆炸物品仓库|爆炸物品库|雷管库|枪弹库|弹药库|剧毒品库)${IN}{0,6}?(?:存有|存放|储存|库存|现存|现有)${IN}{0,8}?[0-9０-９.]+万?(?:吨|发|枚|支|箱|公斤)${IN}{0,40}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开炸药库、枪弹库的存量和值守力量，危及公共安全，请删去',
  },
  {
    // Ammunition or explosives told where they are kept and how much (after heldout-final139): 全县人影作业
    // 弹药统一存放在县气象局院内东侧平房，库存火箭弹86枚、炮弹300发，由值班人员兼管. Quiet: a store told with
    // no stock (弹药存放在专用库房，实行双人双锁管理).
    re: new RegExp(
      `(?:弹药|炸药|雷管|火箭弹|炮弹|枪支|枪弹|民爆物品|爆炸物品)${IN}{0,4}?(?:统一|集中)?(?:存放|储存|存储|堆放)(?:在|于)${IN}{2,24}?[，,]${IN}{0,4}?(?:库存|存有|现存|共有|共计|现有)${IN}{0,10}?[0-9０-９.]+万?(?:吨|发|枚|支|箱|公斤)${IN}{0,30}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开弹药、爆炸物品的存放地点和存量，危及公共安全，请删去',
  },
  {
    // Guard devices off told with what stays or who alone watches (after heldout-final141): 展厅红外报警
    // 及震动探测装置停机检修，展柜内文物暂不撤展; 取水泵房区域监控暂停运行，夜间23时至次日5时由一名值班员负责
    // 巡查. It tells when and where to come. Quiet: an upgrade told with added guards, a hall closed.
    re: new RegExp(
      `(?:监控|报警|红外|探测|门禁|安防|周界|摄像|电子围栏)${IN}{0,12}?(?:暂停运行|停机|停用|关闭|暂停使用|中断|断电|停运|暂停)(?:检修|维护|升级|改造)?${IN}{0,30}?(?:(?:仅|只|由)(?:一|1|两|2)名|仅(?:一|1)人|只有(?:一|1)人|暂不撤展|暂不撤出|暂不转移|照常存放|仍存放|仍在展柜|原地存放)${IN}{0,16}`,
      'g',
    ),
    acceptAt: sentenceLacks(MENDED_OR_RULE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开安防设施停用期间的值守薄弱情况，危及场所安全，请删去',
  },
];
