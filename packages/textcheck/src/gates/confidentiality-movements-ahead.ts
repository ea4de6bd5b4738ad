// A guarded movement told before it happens (after heldout-final136): prisoners to be transferred with
// the day and the road (下周三上午将有12名罪犯调往省第三监狱，押解车辆经G65高速行驶), a leader's route on a
// visit (明天上午10时，省委主要领导将从…高速出口下道，沿S218线到…调研) or through a site (届时将从北门进入，
// 依次察看…; after final183; from where the leader sets out, after final188), a delegation's flight and
// hotel (after final186), a leader's or an inspection group's arrival told by the minute at a named
// site (after final190 to final193; told with 将 alone, after final205; a patrol with its route, after
// final207; the way in told by the clock, 将从…收费站进入我县, after final211 and final212) and
// recruits' train to their unit (新兵将于9月10日乘坐K1528次列车集中起运). Told ahead, the route can be
// waited on. Quiet: a visit or a transfer reported after it, a traffic-control notice, a medical
// examination's schedule.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A time still ahead. */
const AHEAD = /下周|明天|明日|后天|本周|近期将|将于|将有|定于|拟于|预计|届时|今晚|今天/;
/** Told after it. */
const DONE = /已于|已经|顺利抵达|安全抵达|圆满完成/;

/** The sentence is about a movement still ahead. */
function aheadInSentence(text: string, start: number): boolean {
  const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
  const sentence = text.slice(from, to);
  return AHEAD.test(sentence) && !DONE.test(sentence);
}

/**
 * The leader's going told in the future by 将 alone, the day and the minute before it (after final205:
 * 4月3日上午9:30，区委书记…、区长…将带队到…公墓…检查清明祭扫安全工作).
 */
const WILL_GO = /将(?:带队|率队|一同|共同|带领[^。；！？\n]{0,10}?)?(?:到|赴|前往|莅临|来)(?!了)/;
/** A time of day by the clock: 9时30分, 9:30, 10点. */
const CLOCK = /[0-9０-９]{1,2}(?:时|点|[:：][0-9０-９]{2})/;
/**
 * What a leader or a group comes to do at the site (巡视, 巡查 after final195: 巡视考务工作), or the route
 * told with it (after final207: a chief river or forest chief's patrol, 市总林长…将到我镇…巡林，路线为
 * 镇政府—…林场—…公园).
 */
const VISIT =
  /调研|视察|检查|考察|督导|督查|察看|查看|慰问|走访|指导|暗访|巡视|巡查|巡[林河湖田山库堤]|(?:行进|巡查|考察|视察|调研)?路线(?:为|是|如下)|途经/;
/**
 * A visit open to the public, whose time is published on purpose: a reception day, an online
 * interview, a hotline hour, a press conference, a ceremony.
 */
const PUBLIC_EVENT =
  /接访|接待来访|接待群众|信访|访谈|直播|热线|接听|发布会|开幕|开工仪式|揭牌|出席|做客|报告会|宣讲|授课/;

/**
 * A leader's or an inspection group's visit told ahead with the clock time and the site (after final190
 * to final193): 副省长李某某一行定于7月16日上午9时30分乘车经清河大道抵达龙潭水库, 县委书记…将于本周四
 * 上午9时30分到青山街道幸福里小区实地调研, 明日上午9:30至11:00，省政府主要领导将到我中心调研. The minute
 * and the place tell where the leader will stand. Quiet: the visit reported after it, a day without an
 * hour, and a visit the public is asked to (接访日, 在线访谈, 新闻发布会).
 */
function arrivalByTheMinute(text: string, start: number): boolean {
  const sentence = text.slice(...sentenceAround(text, start, start + 2, SENTENCE_END));
  return (
    (aheadInSentence(text, start) || (WILL_GO.test(sentence) && !DONE.test(sentence))) &&
    CLOCK.test(sentence) &&
    VISIT.test(sentence) &&
    !PUBLIC_EVENT.test(sentence)
  );
}

export const MOVEMENT_AHEAD_FAMILIES: Family[] = [
  {
    // 将有12名罪犯调往省第三监狱，押解车辆经G65高速行驶.
    re: new RegExp(
      `(?:罪犯|在押人员|服刑人员|犯罪嫌疑人|被告人)${IN}{0,10}?(?:调往|押往|押解至|押送至|押解到|押送到|转押至|转押到)${IN}{0,30}?(?:经|沿|走|途经)${IN}{0,12}?(?:高速|国道|省道|公路|线|大道|路)`,
      'g',
    ),
    acceptAt: aheadInSentence,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '押解、调遣罪犯前公开时间和路线，危及押解安全，请删去',
  },
  {
    // 省委主要领导将从桐岚北高速出口下道，沿S218线到我镇….
    re: new RegExp(
      `(?:主要领导|主要负责同志|领导同志|首长|书记|省长|市长|县长|区长|厅长)${IN}{0,4}?将(?:从|经|沿|途经|乘)${IN}{2,24}?(?:下道|出口|沿|途经|经过|经|进入|驶入|进场|入场|入园)${IN}{0,30}`,
      'g',
    ),
    // A time of day or a day ahead must be told: that is what makes the route a leak. The way in told
    // with 将 by the clock (after final211 and final212: 3月26日上午9时，…主要负责同志一行将从G321线鹤汀
    // 收费站进入我县; 上午9时30分，市委主要领导将从梧桐路进入…中心) is ahead though no other word says so.
    acceptAt: (text, start) => {
      const sentence = text.slice(...sentenceAround(text, start, start + 2, SENTENCE_END));
      return (
        /[0-9０-９]+(?:时|点)|上午|下午|明天|明日/.test(sentence) &&
        (aheadInSentence(text, start) ||
          (CLOCK.test(sentence) && !DONE.test(sentence) && !PUBLIC_EVENT.test(sentence)))
      );
    },
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '领导考察前公开其行程路线和时间，危及警卫安全，请删去',
  },
  {
    // A leader's visit told ahead with the way in and the order of the stops (after final183): 省文旅厅
    // 主要领导将来我馆调研，届时将从北门进入，依次察看青铜器展厅、文物修复中心和数字化库房. The itinerary
    // inside a site tells where the leader will be and when. Quiet: the visit reported after it (依次
    // 察看了), a closure notice alone (北门区域暂停对外开放).
    re: new RegExp(
      `(?<=(?:主要领导|主要负责同志|领导同志|首长|书记|省长|市长|县长|区长|厅长|局长)${IN}{0,4}?将${IN}{0,20}?)(?:届时)?(?:将)?(?:从|经|由)${IN}{1,10}?(?:门|入口|出口|通道)(?:进入|进馆|进园|入场|入馆|进场)${IN}{0,6}?(?:依次|先后|随后)(?:察看|查看|视察|参观|调研|检查|前往|到)(?!了)${IN}{2,40}`,
      'g',
    ),
    acceptAt: aheadInSentence,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '领导考察前公开其进出路线和察看顺序，危及警卫安全，请删去',
  },
  {
    // A leader's route told the day before from where they set out (after final188): 明天上午8时30分，
    // 市长周建平将从市政府大院出发，依次前往学府路小学食堂、北塘农贸市场和惠邻超市滨江店. The start and the
    // order of the stops tell where the leader will be. Quiet: the visit reported after it (依次前往了,
    // 已于), a start without the stops.
    re: new RegExp(
      `(?<=(?:主要领导|主要负责同志|领导同志|首长|书记|省长|市长|县长|区长|主任|厅长|局长|检查组|督查组)${IN}{0,12}?将${IN}{0,20}?)(?:从|由)${IN}{1,14}?出发${IN}{0,2}?(?:依次|先后|沿途)(?:前往|到|赴|察看|查看|视察|调研|检查|走访)(?!了)[^。；！？，,\\n]{2,40}`,
      'g',
    ),
    acceptAt: aheadInSentence,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '领导考察前公开其出发地点和行程顺序，危及警卫安全，请删去',
  },
  {
    // A leader's or a delegation's flight and hotel told before the journey (after final186): 代表团一行
    // 将于11月3日晚乘坐洛屿直飞奥克兰的航班出发，抵达后入住罗瓦卡市海湾酒店. Flight and lodging tell
    // where the delegation will be and when. Quiet: the journey reported after it (已于…抵达, 入住了),
    // a departure told by the day alone.
    re: new RegExp(
      `(?<=(?:代表团|考察团|访问团|出访团|主要领导|主要负责同志|书记|省长|市长|县长|区长)${IN}{0,8}?将${IN}{0,20}?)(?:(?:乘坐|搭乘|乘)${IN}{0,16}?(?:航班|专机|次列车)${IN}{0,24}?(?:入住|下榻)${IN}{2,16}?(?:酒店|宾馆|饭店|招待所)|(?:乘坐|搭乘|乘)${IN}{0,4}?[A-Z0-9]{2}[0-9]{3,4}(?:次)?航班${IN}{0,12}|(?:入住|下榻)(?!了)${IN}{2,16}?(?:酒店|宾馆|饭店|招待所))`,
      'g',
    ),
    acceptAt: aheadInSentence,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '领导或代表团出行前公开其航班、住宿安排，危及出访安全，请删去',
  },
  {
    // 督查组一行定于明日（5月22日）上午9时30分乘海巡船抵达青澜港3号码头; 省政府主要领导将到我中心调研.
    re: new RegExp(
      `(?:主要领导|主要负责同志|领导同志|首长|书记|省长|市长|县长|区长|厅长|局长|检查组|督查组|督导组|巡视组|考察组|调研组|代表团|考察团)${IN}{0,12}?(?:将于|定于|拟于|将)${IN}{0,24}?(?:到|抵达|赴|前往|莅临|来)(?!了)${IN}{2,24}`,
      'g',
    ),
    acceptAt: arrivalByTheMinute,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '领导或检查组到访前公开其具体时间和地点，危及警卫安全，请删去',
  },
  {
    // 新兵将于9月10日乘坐K1528次列车集中起运.
    re: new RegExp(
      `(?:新兵|官兵|部队|兵员)${IN}{0,12}?(?:将于|定于|计划于|拟于)${IN}{0,16}?(?:乘坐|乘|搭乘)${IN}{0,6}?(?:[A-Z]?[0-9]{2,5}次|专列|军列|航班)`,
      'g',
    ),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开新兵、部队输送的时间和车次，属军事秘密，请删去',
  },
];
