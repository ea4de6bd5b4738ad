// An unannounced check or a crackdown told before it happens (after heldout-final134): when an
// undercover inspection team will come and where (明查暗访组预计本月18日前后抽查G56…服务区; 暗访组定于下周二
// 上午到茶场一、三号山头抽样; 督察组将于6月11日至13日进驻我县，届时将重点抽查城南工业园), and a raid's day
// and place (县公安局下周一晚上要到村里突击查赌; 执法大队定于下月5日夜间在青岗岭、石门坳两处设卡). Told
// ahead, the check finds nothing. Quiet: a check told after it (检查组一行来站检查…已整改完毕), a joint
// operation reported the morning after (10月16日晚…开展联合检查，共检查过往车辆426辆). A 四不两直 check's
// timetable of named places is told ahead too (after final180), and so are a covert check's dates
// (暗访时间定于3月18日至20日; after final184).
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A time still ahead. */
const AHEAD = '(?:预计|定于|将于|拟于|计划于|准备|下周|下月|明天|明日|本周|本月|近期|近日将|届时)';

/** Told after the check. */
const DONE = /进行了|开展了|已于|发现|查处了|查获|已整改|整改完毕|已交办|已全部交办/;

export const UNANNOUNCED_CHECK_FAMILIES: Family[] = [
  {
    // 暗访组预计本月18日前后抽查…; 督察组将于…进驻我县，届时将重点抽查….
    re: new RegExp(
      `(?:暗访组|督察组|督查组|检查组|抽查组|巡查组|核查组|明查暗访)${IN}{0,10}?${AHEAD}${IN}{0,30}?(?:抽查|抽样|抽检|暗访|突击检查)${IN}{0,24}`,
      'g',
    ),
    // Not a check reported after it (于本月18日至20日对我县进行了暗访检查，发现…).
    acceptAt: sentenceLacks(DONE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '检查、暗访开展前公开其时间和对象，属工作秘密，请删去',
  },
  {
    // 下周一晚上要到村里突击查赌; 定于下月5日夜间在…两处设卡.
    re: new RegExp(
      `(?:公安局|派出所|执法大队|执法局|稽查队|执法队|综合执法)${IN}{0,4}?(?:下周|下月|明天|明晚|今晚|本周|定于|将于|拟于)${IN}{0,16}?(?:突击查|突击检查|设卡|蹲守|清查|查赌|收网|抓捕)${IN}{0,20}`,
      'g',
    ),
    // Not a briefing on an operation (将于明天上午10时在局机关通报抓捕情况).
    accept: (match) => !/通报|发布会|介绍|答记者问/.test(match),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '执法行动开展前公开其时间和地点，属工作秘密，请删去',
  },
  {
    // A flying or covert inspection's day with the places it will check (after heldout-final141): 省医保局
    // 飞行检查组将于12月14日进驻我市，重点检查市中医院、康宁骨科医院…; 暗访组下周到我县，重点核查城南两家
    // 加油站. A flying check is unannounced by its nature; its day and targets told ahead void it.
    re: new RegExp(
      `(?:飞行检查组|飞检组|飞行检查小组|暗访组|暗查组|暗访小组|暗查暗访组)${IN}{0,10}?${AHEAD}${IN}{0,24}?(?:重点)?(?:检查|核查|抽查|暗访|检测)${IN}{2,40}?(?:医院|机构|企业|公司|药店|诊所|中心|加油站|市场|学校|门店|工厂|厂|店|站)`,
      'g',
    ),
    acceptAt: sentenceLacks(DONE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '飞行检查、暗访开展前公开其时间和检查对象，属工作秘密，请删去',
  },
  {
    // A covert or surprise check's dates told ahead (after final184): 开展农资经营网点“双随机”暗访检查，
    // 暗访时间定于3月18日至20日，重点检查城关、石门、白沙三个片区. A check without notice loses its
    // point once its days are out; a check told with no day (近期将开展暗访) or after it is not read.
    re: new RegExp(
      `(?:暗访|暗查|突击检查|飞行检查|四不两直|不打招呼)(?:检查|督查|行动|工作)?(?:时间|日期|日程)?${IN}{0,16}?(?:定于|将于|拟于|计划于|安排在|定在|初定|确定为|为)${IN}{0,4}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:${IN}{0,2}?(?:至|到|—|－|-|~|～)(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?`,
      'g',
    ),
    acceptAt: sentenceLacks(DONE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '暗访、突击检查开展前公开其时间，属工作秘密，请删去',
  },
  {
    // An unannounced check announced with its timetable of named places (after final180): 将会同…开展
    // “四不两直”暗访检查，具体安排为：11月18日上午检查福寿园养老院、颐康老年公寓，11月19日下午检查
    // 夕阳红护理院. 四不两直 means no notice and no escort; a timetable voids it. A routine inspection
    // told with its schedule (年检时间安排) is not unannounced and is not read.
    re: new RegExp(
      `(?<=(?:四不两直|暗访|暗查|突击检查|不打招呼|不发通知)${IN}{0,40}?(?:具体安排|时间安排|安排如下|行程安排|检查安排)(?:为|是)?[：:]\\s*)[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日${IN}{0,80}`,
      'g',
    ),
    acceptAt: sentenceLacks(DONE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '“四不两直”暗访、突击检查开展前公开其日程和检查对象，属工作秘密，请删去',
  },
];
