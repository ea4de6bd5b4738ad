// The hidden or armed part of a security deployment told: snipers and where they lie (狙击手2组分别
// 位于国贸大厦楼顶和锦江酒店8层, 制高点狙击组2组, 在会展中心顶楼设置狙击点), and plain-clothes police
// counted or placed (部署便衣警力45名, 主会场设便衣民警18人, 便衣队员混在观众中). An event's security plan
// is a police work secret: counted and placed, it tells an attacker where the guard is and is not. A
// sniper in a skill contest, a film or a war story (狙击手射击比赛, 狙击手训练) names no post; an
// operation's results (今年共出动便衣警力1200人次, 便衣民警当场抓获扒窃嫌疑人) count no post to come;
// uniformed patrols announced to reassure (增派巡逻警力) stay quiet. So does a check's weak point told
// where it is (T1航站楼3号、4号安检通道的行李X光机…对液体和叠放电子产品的识别存在盲区; 东门安检门对陶瓷刀
// 具无法识别; 2号出口的监控摄像头存在死角): it shows what slips through and where. A weak point found
// and mended (已完成整改, 已加装), a general duty (排查监控盲区) and no place named stay quiet.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A count of men or teams: 2组, 45名, 18人, 一个小组. */
const COUNT =
  '(?:[0-9０-９]+|[一二三四五六七八九十两]{1,3})(?:个)?(?:组|名|人|个小组|小组|队|处|个点位|点位)(?!次)';
/** A post: a roof, a floor, a height, a building's top. */
const POST =
  '(?:楼顶|屋顶|顶楼|天台|楼顶平台|制高点|[0-9０-９一二三四五六七八九十]+(?:层|楼)(?!的?(?:会议室|报告厅|大厅))|高楼|塔吊|塔楼|钟楼|楼上|窗口|阳台)';
const SNIPER = '(?:狙击手|狙击组|狙击小组|狙击分队|狙击点|狙击位|狙击阵地|狙击力量)';
/** Plain-clothes police. */
const PLAIN = '便衣(?:民警|警力|警察|力量|队员|侦查员|特警|人员|安保人员)?';
/** Placed: set, deployed, hidden among the public. */
const PLACED =
  '(?:部署|设置|设|布置|安排|配置|配备|埋伏|潜伏|混入|混在|隐蔽|分布|蹲守|布控|就位|布设|位于)';
/** A story, a film, training or a contest: no post of a real event. */
const STORY =
  /比赛|竞赛|大比武|比武|训练|集训|电影|影片|电视剧|剧情|小说|游戏|抗战|抗日|战争|战役|志愿军|红军|八路军|英雄|烈士|纪念馆|演习|演练|人次|抓获|当场|擒获|破获/;

/** Whether the sentence of a match is about no story, training or contest (STORY): a real event. */
function outsideStory(text: string, start: number): boolean {
  const from = Math.max(0, text.lastIndexOf('。', start) + 1);
  const to = text.indexOf('。', start);
  return !STORY.test(text.slice(from, to < 0 ? text.length : to));
}

/** A screening or watching device. */
const SCREEN =
  '(?:安检|X光机|X射线机|安检机|安检门|探测门|金属探测|探测器|行李机|监控|摄像头|摄像机|门禁|红外|周界)';
/** Its weak point: 识别存在盲区, 无法识别, 存在死角, 漏检. */
const WEAK_POINT =
  '(?:(?:识别|检测|探测|监控|监测|覆盖|成像)?(?:存在|有)(?:一定的?|较大的?|明显的?)?(?:盲区|死角|漏洞|盲点)|(?:无法|不能|难以)(?:识别|检出|探测|检测|发现)|容易漏检|易漏检)';
/** Where: a numbered channel, gate, exit, terminal. */
const CHECK_POST =
  '(?:[0-9０-９一二三四五六七八九十]+号|[A-Z]?[0-9]?航站楼|[东南西北]门|出口|入口|出入口|通道|候车室|站台|候机楼|登机口)';

export const SECURITY_DEPLOYMENT_FAMILIES: Family[] = [
  {
    // A check's weak point told with its place: …3号安检通道的行李X光机…识别存在盲区, 东门安检门对
    // 陶瓷刀具无法识别, 2号出口监控摄像头存在死角.
    re: new RegExp(
      `${CHECK_POST}${IN}{0,20}?${SCREEN}${IN}{0,30}?${WEAK_POINT}(?!${IN}{0,20}?(?:已(?:完成)?整改|已加装|已更换|已消除|已修复|已补装))`,
      'g',
    ),
    acceptAt: outsideStory,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开具体点位安检、监控设备的识别盲区等薄弱环节，属安保工作秘密，请删去',
  },
  {
    // Snipers counted or placed: 狙击手2组分别位于…楼顶, 制高点狙击组2组, 在…顶楼设置狙击点.
    re: new RegExp(
      `(?:${POST}${IN}{0,6}?)?${SNIPER}${IN}{0,6}?(?:${COUNT}|${PLACED}${IN}{0,4}?(?:于|在)?${IN}{0,16}?${POST})(?:${IN}{0,24}?${POST})?|(?:在|于)${IN}{1,20}?${POST}${IN}{0,6}?${PLACED}${IN}{0,4}?${SNIPER}`,
      'g',
    ),
    acceptAt: outsideStory,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开狙击手等警卫力量的部署位置和数量，属警务工作秘密，危及安保，请删去',
  },
  {
    // Plain-clothes police counted or placed: 部署便衣警力45名, 主会场设便衣民警18人, 便衣队员混在观众中.
    re: new RegExp(
      `${PLACED}${IN}{0,4}?${PLAIN}${IN}{0,4}?${COUNT}|${PLAIN}${IN}{0,4}?${COUNT}${IN}{0,10}?${PLACED}|${PLAIN}${IN}{0,6}?(?:混入|混在|隐蔽在|潜伏在|埋伏在|分布在|蹲守在|穿插在)${IN}{1,16}`,
      'g',
    ),
    acceptAt: outsideStory,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开便衣警力的数量和部署位置，属警务工作秘密，危及安保，请删去',
  },
];
