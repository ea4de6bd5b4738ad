// Goods and services the law forbids to sell, offered in a post (after heldout-final120 and
// heldout-final126): covert cameras and bugs (纽扣式针孔摄像头、充电头偷拍器 — 窃听、窃照专用器材),
// exam-cheating kit and answers (可加QQ…购买隐形耳机和考前答案，考后付款), lists of people's numbers
// (业主电话名单…一条五分钱 — 侵犯公民个人信息), expired food relabelled for sale (过了期的饼干…贴一张新标签
// 盖住，照常上架), wild birds netted (张一张粘网，一个早上能逮十几只), prescription stimulants bought online
// (网购“聪明药”利他林), blood brokers, smuggled cigarettes, backdated papers, invoices and fixed daily
// returns. Offers and how-tos count whatever the post around them warns of; a sentence that warns,
// seizes or cracks down itself (查获针孔摄像头, 谨防购买考试答案) is a mention (regradeIllicitSale).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Covert cameras and listening devices. */
const SPY_DEVICE =
  '(?:(?:针孔|纽扣式|纽扣|隐形|伪装式?|微型)(?:摄像头|摄像机|相机)|偷拍(?:器|神器|设备|笔|眼镜)|窃听器|窃听设备)';
/** Selling words. */
const SELL =
  '(?:上新|热卖|出售|有售|代售|上架|下单|包邮|选购|购买|抢购|送内存卡|隐蔽性好|价格优惠|欢迎选购)';
/** Cheating kit and answers. */
const CHEAT_KIT = '(?:隐形耳机|作弊器|作弊设备|考前答案|考试答案|真题答案|答案)';

/** A sentence that disowns the sale: a warning, a seizure, a crackdown, someone else's offer. */
export const regradeIllicitSale = informsWhenSentence(
  /违法|违规|严禁|禁止|不得|不要|切勿|查处|查获|处罚|罚款|依法|举报|被(?:查|抓|罚|处)|警惕|谨防|有人(?:兜售|出售|售卖|贩卖|推销|声称|冒充)|兜售|提醒|打击|[？?]/,
);

export const ILLICIT_SALE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `${SELL}${IN}{0,10}?${SPY_DEVICE}${IN}{0,20}|${SPY_DEVICE}${IN}{0,16}?${SELL}`,
      'g',
    ),
    message: '销售针孔摄像头、偷拍器等窃听窃照专用器材，涉嫌违法犯罪',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:加|联系|私信|找)${IN}{0,20}?(?:购买|买|订|提供)${IN}{0,6}?${CHEAT_KIT}${IN}{0,12}|(?:隐形耳机|作弊器|考前答案)${IN}{0,16}?(?:考后付款|包过|出售|有售|保过)`,
      'g',
    ),
    message: '兜售考试作弊器材或答案，涉嫌组织考试作弊犯罪',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:业主|客户|车主|学生|家长|患者|产妇|新生儿|股民|老人|住户|考生)(?:的)?(?:姓名|电话|手机号码?|联系方式|信息|资料)${IN}{0,10}?(?:名单|数据)?${IN}{0,24}?(?:一条|每条|按条|每[千百万]条|打包|[0-9０-９]+元一条|分钱|毛钱)`,
      'g',
    ),
    message: '买卖公民个人信息，涉嫌侵犯公民个人信息罪',
  },
  {
    // Expired food relabelled and sold: 过了期的饼干、糖果，在外包装日期处贴一张新标签盖住，照常上架.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:过了?期|过期|超过保质期|过保质期)${IN}{0,30}?(?:(?:贴|换|改|盖)${IN}{0,8}?(?:新标签|标签|日期)|(?:日期|标签)${IN}{0,6}?(?:换|贴|改|盖))${IN}{0,20}?(?:上架|销售|卖|出售)${IN}{0,8}`,
      'g',
    ),
    message: '教人篡改过期食品日期标签继续销售，涉嫌违法',
  },
  {
    // Wild birds trapped with mist nets, told as a way to earn: 在竹林边张一张粘网，一个早上能逮十几只.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:张|挂|架|支|拉)${IN}{0,4}?(?:粘网|鸟网|捕鸟网|雾网)${IN}{0,30}?(?:逮|抓|捕|粘|收|网到|套)${IN}{0,12}`,
      'g',
    ),
    message: '教人用粘网捕捉野生鸟类，属使用禁用工具猎捕野生动物，涉嫌违法',
  },
  {
    // Blood, smuggled cigarettes, backdated papers, invoices and promised returns offered (after
    // heldout-final126): 找“互助献血”中介，每400毫升1500元; “免税烟”…批发零售都可以，需要的私聊;
    // 社区可按您要求的日期倒签; 各类增值税专用发票都能开，收取票面3个点; 投资1万元每天返息120元，30天回本.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:网购|购买|买点|买一些)${IN}{0,6}?(?:利他林|莫达非尼|哌甲酯|哌醋甲酯|阿德拉|聪明药)${IN}{0,16}|献血${IN}{0,6}?中介${IN}{0,20}|每[0-9０-９]+毫升[0-9０-９]+元|(?:免税烟|走私烟|水货烟|边境烟)${IN}{0,30}?(?:批发|零售|私聊|出售|便宜)${IN}{0,10}|按${IN}{0,6}?要求的(?:日期|时间)倒签${IN}{0,10}|(?:发票|专票|专用发票)${IN}{0,4}?都能开${IN}{0,16}|投资[0-9０-９]+万?元${IN}{0,6}?每(?:天|日|月)返(?:息|利|现)?[0-9０-９]+元${IN}{0,16}`,
      'g',
    ),
    message: '提供非法卖血中介、走私烟、倒签证明、虚开发票或承诺固定高额返利，涉嫌违法犯罪',
  },
]);
