// A raid told before it happens, with its time and its target: 专案组计划于本周五凌晨4时对城东锦绣小区
// 实施集中收网抓捕, 定于明晚10点在城南物流园统一收网, 下周二凌晨，警方将对两处窝点实施突袭, 收网行动
// 定于本周五凌晨4时. Announced, it
// warns the suspects; the plan is a work secret of the case. A raid already made (于10月12日凌晨…实施收网，
// 抓获…), a suspect taken (民警将嫌疑人抓捕归案), a campaign with no time (将于近期开展专项行动) and a
// press conference about an arrest (将于明天在县公安局通报抓捕情况) tell nothing early. A targeting
// (布控) told ahead with its target (将对来自东南亚的进境航班实施重点布控) is as early. After heldout-final133
// also a sweep of named places by the hour (明晚10点统一清查城南的金港、星耀、乐迪三家KTV), a surprise check of a
// suspect already singled out (已初步锁定上游某家庭牧场，下周会安排突击抽检), and a smuggler's landing told
// with the ambush (一艘无名渔船将在本周四夜间于小沙湾卸运走私冻品，我们已联合边防派出所提前布控).
// After heldout-final142 a longer list of targets (对城南片区…等6家娱乐场所开展突击清查) and a surprise
// sampling by the hour (定于9月24日凌晨1时对…两家企业雨水排口开展突击采样), a day in Chinese numerals
// (十二月五日), and a sweep set ahead whose places come between its hour and the sweep (将于本周六凌晨2时
// 在…三家网吧…实施集中清查). After final170 and final171 a covert watch or a surprise boarding set
// ahead by the hour and the place (每晚22时至次日5时对大坪沟…进行夜间蹲守巡查). After final203 the target
// located told with the raid still ahead (已摸清位于…的一处窝点…计划本周末统一收网).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A day or hour still ahead. */
const WHEN =
  '(?:今晚|今夜|明晚|明早|明天|明日|后天|本周[一二三四五六日天末]|下周[一二三四五六日天]?|周[一二三四五六日]|星期[一二三四五六日天]|[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}[日号]|凌晨|深夜|[0-9０-９一二三四五六七八九十]{1,3}(?:点|时))';
/** Against a place or a gang (对…, 在…, 到…); one clause, no comma. */
const TARGET = '(?:对|在|到|赴|前往)[^。；！？\\n，,]{1,30}?';
/**
 * The raid itself; not an arrest told (抓捕归案) nor a briefing on one (通报抓捕情况). A surprise check
 * of premises (突击清查, 突击检查, 暗访) is one too: told ahead, it is no surprise; a routine inspection
 * announced for the public (开展食品安全检查) is not. A surprise sampling of discharges or products
 * (突击采样, 突击抽检, 突击夜查) is the environmental and market inspectors' raid.
 */
const RAID =
  '(?:实施|开展|进行|展开|组织|发起)?(?:集中|统一|同步|突击){0,2}(?<!通报|公布|介绍|发布|总结|表彰)(?:收网|抓捕|围捕|搜捕|缉捕|清剿|突袭|捣毁|查抄|搜查|拘捕|(?:清查|检查|排查|查处|采样|取样|抽样|抽检|检测|夜查|暗查)(?<=突击(?:清查|检查|排查|查处|采样|取样|抽样|抽检|检测|夜查|暗查))|暗访(?:检查)?)(?!归案|到案|情况|工作|经过)(?:抓捕|行动)?';

/** A sweep or a surprise check of premises. */
const SWEEP = '(?:统一|集中|突击|同步)(?:清查|搜查|突查|抽检|检查|排查)';

/** The raid's time set, the raid named first: 收网行动定于本周五凌晨4时, 抓捕时间安排在明晚. */
const RAID_SET =
  '(?:收网|抓捕|围捕|搜捕|突袭)(?:行动)?(?:时间)?(?:初步)?(?:定于|定在|安排在|计划于|计划在|拟于|拟定于|定为)';

/**
 * The plan and its hour in one clause, the target told before it (已掌握…3处窝点位置，计划于本周五凌晨统一
 * 收网; 计划今晚11时组织收网行动, with no 于): the time alone, given for a raid still ahead, warns the gang.
 */
const PLANNED_AT = `(?:计划|准备|拟|定|决定|打算)(?:于|在)?[^。；！？\\n，,]{0,12}?${WHEN}[^。；！？\\n，,]{0,14}?${RAID}`;

/**
 * A raid still ahead: planned, set or about to be made (计划本周末统一收网, 即将实施抓捕, 择机收网), not
 * one told done.
 */
const RAID_AHEAD =
  /(?:计划|准备|拟|将|即将|定于|择机|近期|随时)[^。；！？\n]{0,16}?(?:收网|抓捕|围捕|突袭|捣毁|清剿|端掉|一网打尽)/;
/** The raid told done, or the post refuting a rumour. */
const RAID_DONE =
  /抓获|归案|已(?:成功)?(?:收网|捣毁|端掉|破获)|成功(?:收网|捣毁|破获)|谣言|谣传|辟谣|网传/;

export const PLANNED_RAID_FAMILIES: Family[] = [
  {
    // The target already located, told with the raid still ahead (after final203): 专案组已摸清位于
    // 南湖区锦绣花园7栋的一处窝点，掌握了其中3名成员的活动规律，计划本周末统一收网. Told before the raid, where
    // the den is and what the police know of its members warn the gang. Quiet: a den told after the raid
    // (抓获, 成功捣毁), a raid planned with no target located.
    re: new RegExp(
      `(?:已|已经|现已|目前已)?(?:摸清|摸排出|锁定|查明|查清|掌握|确定|找到)(?:了)?(?:位于)?${IN}{0,24}?(?:窝点|据点|藏身(?:处|地点|位置)?|藏匿(?:地点|处|位置)|落脚点|住处|下落|行踪|活动规律|作案规律|出没规律)`,
      'g',
    ),
    acceptAt: (text, start) => {
      const near = text.slice(start, start + 90);
      return RAID_AHEAD.test(near) && !RAID_DONE.test(text);
    },
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '抓捕、收网前公开已掌握的窝点位置和嫌疑人活动规律，可能打草惊蛇，请删去',
  },
  {
    re: new RegExp(
      `(?:计划|准备|拟|定|将|决定|打算)(?:于|在)[^。；！？\\n]{0,12}?${WHEN}[^。；！？\\n]{0,30}?${TARGET}${RAID}|${PLANNED_AT}|${WHEN}[^。；！？\\n]{0,20}?将(?:于|在|对|要|会|统一|集中|同步|前往|赴|兵分|分[0-9０-９一二两三四五六]+路|从)[^。；！？\\n]{0,30}?${RAID}|${RAID_SET}[^。；！？\\n]{0,8}?${WHEN}`,
      'g',
    ),
    when: (text) => !/谣言|谣传|辟谣|不实/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开抓捕、收网行动的时间和地点，可能泄露工作秘密',
  },
  {
    // A targeting (布控) told ahead with what it targets: 自下周一起，我关将…对来自东南亚的进境航班实施
    // 为期一个月的重点布控; 海关计划对某国进口冷链货物开展专项布控. The risk targets of customs and
    // police are a work secret; told, smugglers route round them. Targeting done (通过风险布控查获…) or a
    // method named with no target (依托大数据实施精准布控) tells nothing ahead.
    re: /(?:将|拟|计划|准备|打算|定于)[^。；！？\n]{0,30}?对[^。；！？\n]{1,24}?(?:实施|开展|进行|启动)[^。；！？\n]{0,10}?(?:重点|专项|定向|精准|风险|集中)?布控/g,
    // Not 不实 alone: a targeting aims at 申报不实 travellers.
    when: (text) => !/谣言|谣传|辟谣|网传/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开布控的对象、时间和范围，可能泄露海关、公安工作秘密',
  },
  {
    // A sweep or a surprise check by the hour, its target named or singled out: 明晚10点统一清查城南的…三家
    // KTV; 已初步锁定上游某家庭牧场，下周会安排突击抽检; set ahead, the places told between the hour and
    // the sweep (将于本周六凌晨2时在…三家网吧、两家台球室实施集中清查). A sweep reported by its day
    // (11月20日晚…开展集中检查，共检查场所9家) has no 将于 and stays quiet.
    re: new RegExp(
      `${WHEN}[^。；！？\\n]{0,8}?(?:会|将|要)?(?:安排|组织|开展|进行)?${SWEEP}[^。；！？\\n]{0,30}|(?:将于|定于|拟于|计划于)[^。；！？\\n]{0,12}?${WHEN}[^。；！？\\n]{0,40}?(?:实施|开展|进行|组织)${SWEEP}`,
      'g',
    ),
    when: (text) => !/谣言|谣传|辟谣|网传/.test(text),
    // Named or singled out, and still ahead: not a sweep reported (上周五凌晨统一清查了…，查获…).
    acceptAt: (text, start) =>
      /锁定|KTV|酒吧|网吧|歌厅|足浴|洗浴|窝点|娱乐场所|牧场|养殖场|作坊|黑诊所|[0-9０-９一二两三四五六七八九十]+家/.test(
        text.slice(Math.max(0, start - 40), start + 50),
      ) &&
      !/上周|昨天|昨晚|昨日|前天|日前|已于|查获|抓获|(?:清查|搜查|突查|抽检|检查|排查)了/.test(
        text.slice(Math.max(0, start - 10), start + 50),
      ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开清查、突击检查的时间和对象，可能泄露执法工作秘密',
  },
  {
    // A covert watch or a surprise boarding set ahead by the hour and the place (after final170 and
    // final171): 将于11月20日至30日开展…专项行动，每晚22时至次日5时对大坪沟、黑熊岭两处重点区域进行夜间蹲守
    // 巡查; 定于6月12日至14日每晚22时起，在西港区5号、7号锚地开展突击登轮检查; the night named first
    // (今晚22时起，我局将派出…船在韭山列岛东侧海域蹲守, after final173). Told, the poachers and the
    // sand dredgers stay away from those places at those hours. An open patrol (每晚在广场开展治安巡逻), a
    // traffic control announced to the public (实施交通管制) and a watch reported after it was kept (连续
    // 蹲守5个夜晚，抓获…) tell nothing ahead.
    re: new RegExp(
      `(?:(?:将于|定于|拟于|计划于|将在|定在|拟在|计划在)${IN}{0,40}?[0-9０-９一二三四五六七八九十]{1,2}(?:时|点)(?:起|至|到|—|－|-)|(?:今晚|今夜|明晚|明早|明天|明日|本周[一二三四五六日天末]|下周[一二三四五六日天]?)[0-9０-９一二三四五六七八九十]{1,2}(?:时|点)(?:起|至|到|后)?${IN}{0,30}?(?:将|要|会))${IN}{0,40}?(?:对|在)${IN}{1,30}?(?:蹲守|伏击|设伏|守候|夜查|暗查|暗访|突击${IN}{0,4}?(?:检查|清查|抽检|排查)|登轮检查|登船检查|布控)`,
      'g',
    ),
    when: (text) => !/谣言|谣传|辟谣|网传|抓获|查获/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开蹲守、突击检查的时间和地点，可能泄露执法工作秘密',
  },
  {
    // A smuggler's landing told with the ambush laid for it: 将在本周四夜间于小沙湾卸运走私冻品，我们已…提前
    // 布控; 嫌疑人明晚会在服务区交易，专案组已在周边蹲守.
    re: new RegExp(
      `(?:(?:将|会|要)(?:在|于)?[^。；！？\\n]{0,12}?${WHEN}|${WHEN}[^。；！？\\n]{0,6}?(?:将|会|要))[^。；！？\\n]{0,16}?(?:卸运|卸货|交货|交易|偷运|运送|走私|接头|偷渡|过驳)[^。；！？\\n]{0,30}?(?:提前布控|已布控|布控|蹲守|设伏|守候)`,
      'g',
    ),
    when: (text) => !/谣言|谣传|辟谣|网传/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开布控的对象、时间和地点，可能泄露海关、公安工作秘密',
  },
  {
    // A probe planned against a party already found, told ahead (after heldout-final141): 已发现本地主播
    // “小鹿姐姐”涉嫌隐匿直播打赏收入线索，拟于本月下旬对其启动立案检查; 已掌握某商行涉嫌…，下周将对该商行
    // 开展稽查. Told ahead, it warns the party to hide its books. Quiet: the rule for anyone (对涉嫌…的，
    // 将依法立案检查), a probe already made.
    re: new RegExp(
      `已(?:发现|掌握|锁定|查明|摸排出|排查出)${IN}{0,40}?(?:涉嫌|疑似|线索)${IN}{0,30}?(?:拟|将|计划|准备|定于|近期将|下周将)(?:于)?${IN}{0,12}?对(?:其|该[\\u4e00-\\u9fff]{1,4}|上述[\\u4e00-\\u9fff]{0,4})${IN}{0,4}?(?:启动|开展|进行|实施|依法)?(?:立案)?(?:检查|稽查|调查|查处|核查|突击检查)`,
      'g',
    ),
    when: (text) => !/谣言|谣传|辟谣|网传/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '检查、稽查开展前公开已锁定的对象和行动时间，可能打草惊蛇，请删去',
  },
];
