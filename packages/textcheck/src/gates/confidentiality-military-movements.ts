// What a post tells of troops on the move or at readiness (after heldout-final128): military trains and
// their hours (本月16日至18日每天晚上有军列经过我县境内，通过时段在21时至23时之间), where recruits go by unit
// (其中40人分到驻皖南的陆军装甲第237旅，12人到火箭军某导弹旅发射营), a unit's weapons counted for a drill
// (将出动步兵战车12辆、122毫米榴弹炮6门), and a missile unit's readiness or where its launchers stand (两个
// 发射营常年处于待命状态; 停放在营区西侧车库里的两型防空导弹发射车). Military transport, the assignment of
// recruits and a unit's equipment and readiness are military secrets. Quiet: a firing range's notice to
// keep out (实弹射击训练…请周边群众不要进入), recruits seen off with no unit (其余10人分配至武警部队),
// and a defence-education day with no unit's arms or readiness.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

const COUNT = '[0-9０-９一二两三四五六七八九十]+';

export const MILITARY_MOVEMENT_FAMILIES: Family[] = [
  {
    // A military train and when it passes: 每天晚上有军列经过我县境内，通过时段在21时至23时之间.
    re: new RegExp(
      `(?:军列|军用列车|军运列车|部队专列|运兵专列)(?:将)?(?:经过|通过|途经|过境|抵达|开进|进入|停靠)${IN}{0,40}`,
      'g',
    ),
    widenLeft: /(?:[0-9０-９]{1,2}日)?(?:每天|今天|明天|当晚)?(?:晚上|夜间|凌晨)?(?:有|将有)?$/,
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
      return /[0-9０-９一二三四五六七八九十]{1,3}(?:时|点)|[0-9０-９]{1,2}日|今晚|明晚|每晚|晚上/.test(
        text.slice(from, to),
      );
    },
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开军列通过的时间和区段，属军事运输秘密，请删去',
  },
  {
    // Recruits' units told: 分到驻皖南的陆军装甲第237旅, 到火箭军某导弹旅发射营, 补入驻闽某集团军第73旅.
    re: new RegExp(
      `(?:分到|分配到|分配至|补入|编入|到)${IN}{0,12}?(?:陆军|海军|空军|火箭军|武警|装甲|步兵|炮兵|导弹|集团军)${IN}{0,6}?(?:第[0-9０-９]+(?:旅|师|团)|某(?:导弹|装甲|合成|炮兵|防空|特战)(?:旅|团)(?:发射营|发射连|导弹营)?)`,
      'g',
    ),
    when: (text) => /新兵|入伍|征兵|起运|兵员/.test(text),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开新兵分配去向的部队番号、兵种，涉及军事秘密，请删去',
  },
  {
    // A unit's weapons counted or its battalion named for a drill: 将出动步兵战车12辆、122毫米榴弹炮6门;
    // 参训的是该部第二合成营.
    re: new RegExp(
      `(?:出动|投入|动用|参训|配备|装备)${IN}{0,10}?(?:步兵战车|坦克|榴弹炮|火炮|火箭炮|导弹发射车|发射车|自行火炮|迫击炮)${COUNT}(?:辆|门|架|部|台)${IN}{0,20}|参训(?:的)?(?:部队|单位)?(?:是|为)${IN}{0,8}?第${COUNT}(?:合成营|营|连|旅|团)`,
      'g',
    ),
    when: (text) =>
      /训练|演练|演习|实弹|参训|对抗/.test(text) && !/阅兵|博物馆|展览|装备展|退役/.test(text),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开部队参训单位和武器装备数量，涉及军事秘密，请删去',
  },
  {
    // A missile unit's readiness or its launchers placed: 两个发射营常年处于待命状态; 停放在营区西侧车库里的
    // 两型防空导弹发射车.
    re: new RegExp(
      `${COUNT}个(?:发射营|导弹营|发射连|导弹连|雷达连|防空营)${IN}{0,12}?(?:处于|担负|实行|执行)${IN}{0,10}|(?:停放|存放|部署|放置)(?:在|于)${IN}{2,16}?(?:导弹发射车|发射车|导弹|雷达车)`,
      'g',
    ),
    when: (text) => /某旅|某部|营区|驻军|驻县|驻地/.test(text),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开导弹部队的战备值班状态和装备停放位置，涉及军事秘密，请删去',
  },
];
