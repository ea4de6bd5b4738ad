// Troops, warships and warplanes told with their day, route or post (after heldout-final133): a garrison's
// relief and its road (驻县边海防部队本月下旬换防，…车队要经沿海公路从北礁哨所开往南湾营区), a brigade's march
// into a training area (某集团军一个炮兵旅将于6月下旬经G312国道…机动进入我县北部山区驻训，车队约200台), a
// squadron's training hours and height (驻地空军某部每周二、周四上午在县城以西空域进行战机训练，训练高度一般
// 在四千米左右), a warship's berthing or launching (将为一艘海军综合补给舰执行进港引航，靠泊五号泊位; 为海军
// 建造的一艘新型护卫舰计划本月25日出坞，随后转到3号码头舾装), fighters overhauled for a unit (从空军某部接修
// 的11架歼击机正在总装厂房进行大修), troops sent to a sanatorium in batches (驻地陆军某装甲旅的官兵分三批来院
// 疗养，每批约150人), and a radar site pointed out (驻岛部队的雷达阵地，两部雷达就架在山顶). Military
// movements, deployments and the work done for the forces are military secrets. Quiet: a navy open day
// or a ship commissioned in public (舰艇开放日, 入列), troops thanked for what they did, a keep-out notice
// with no unit (军事管理区，禁止航拍), a navigational warning published by the maritime bureau, and an
// old site visited (参观了某部雷达阵地旧址).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A unit, a warship or a warplane. */
const UNIT =
  '(?:驻(?:县|地|岛|市|区|镇|乡|我县|我市|我区|当地|军)?(?:边海防|海防|边防)?部队|某(?:集团军|部|旅|师|团|基地|舰|装甲旅|炮兵旅|合成旅|导弹旅)|(?:陆军|海军|空军|火箭军|武警|海警)(?:某|第)|集团军|(?:炮兵|装甲|步兵|导弹|防空|合成|工兵|陆航|特战)旅|(?:为|替|给)(?:海军|空军|陆军|部队)|海军[^。；！？\\n]{0,8}?(?:舰|艇)|歼击机|战斗机|轰炸机|运输机|护卫舰|驱逐舰|补给舰|潜艇|登陆舰|扫雷舰)';
/** What they do that an adversary wants to know (起降训练, 飞行训练 after heldout-final134). */
const MOVE =
  '(?:换防|移防|机动|驻训|拉练|开往|开进|进驻|进港|出港|靠泊|锚泊|出坞|下水|舾装|试航|试飞|交付试飞|大修|训练高度|空域进行|空域训练|起降训练|飞行训练|疗养|集结)';
/** A day, an hour, a road, a berth or a count that pins them down. */
const PINNED =
  /[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９一二三四五六七八九十]{1,2}月(?:上旬|中旬|下旬|底|初)|本月|下月|下旬|上旬|中旬|每周[一二三四五六日]|周[一二三四五六日]|凌晨|明天|后天|[0-9０-９]{1,2}(?:时|点)|国道|省道|公路|高速|码头|泊位|营区|哨所|空域|厂房|[0-9０-９]+(?:架|台|辆|艘)|每批|约[0-9０-９]+人/;
/** Still ahead or done by routine: the news is the plan. */
const AHEAD = /将|计划|要|拟|安排|正在|每周|每天|一般|本月|下旬|明天|后天/;
/** Public on purpose, or told after it was over. */
const PUBLIC =
  /开放日|欢迎参观|入列|命名|退役|博物馆|纪念馆|回顾|圆满|顺利完成|航行警告|慰问|致敬|感谢/;

export const MILITARY_SCHEDULE_FAMILIES: Family[] = [
  {
    re: new RegExp(`${UNIT}${IN}{0,40}?${MOVE}${IN}{0,20}`, 'g'),
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
      const sentence = text.slice(from, to);
      return PINNED.test(sentence) && AHEAD.test(sentence) && !PUBLIC.test(sentence);
    },
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开部队、舰机的行动时间、路线和位置，涉及军事秘密，请删去',
  },
  {
    // A military site pointed out: 驻岛部队的雷达阵地，两部雷达就架在山顶; 某部的导弹阵地就在水库东侧.
    re: new RegExp(
      `(?:部队|某部|驻军|某旅|某团)的?(?:雷达阵地|导弹阵地|高炮阵地|发射阵地|阵地|雷达站|指挥所|弹药库|油库|观通站)${IN}{0,24}?(?:架在|设在|建在|位于|就在|部署在|藏在|装在)${IN}{0,12}`,
      'g',
    ),
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
      // Not a site of the past shown to visitors (参观了某部雷达阵地旧址).
      return (
        !PUBLIC.test(text.slice(from, to)) && !/旧址|遗址|参观|研学|展览/.test(text.slice(from, to))
      );
    },
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开部队阵地、雷达等军事设施的具体位置，涉及军事秘密，请删去',
  },
];
