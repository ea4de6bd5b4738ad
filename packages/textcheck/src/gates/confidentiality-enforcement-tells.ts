// How enforcement works, or what it will do next, told where its targets can read it (after
// heldout-final136): an arrest decided and not yet carried out (已决定…批准逮捕，公安机关将于近日执行), a
// night sweep or an undercover check with its day and its targets (下周五晚10时起，我所将会同…对…4家娱乐
// 场所开展集中清查; 本周四、周五晚间，暗访组将对…等8家店铺进行不打招呼检查), the share of goods opened and
// that the rest are not (布控查验比例为30%，其余货物一般不开箱), a sampler's fixed minute (采样固定在整点后的
// 15分钟内完成), plain police cars by colour and plate (便衣车分别为白色大众…车牌尾号为386), and a named
// firm reported for suspicious transactions (已就鑫源贸易公司账户…报送可疑交易报告); since heldout-final139
// suspects' hideout told with the arrest still ahead (锁定两名嫌疑人藏匿于…出租屋内，计划于近日择机实施
// 抓捕) and a patrol's strength with the hours and streets it thins (夜间巡逻警力为两组共8人，凌晨2时至6时只
// 保留1组…), and since final218 a freeze or a deduction told with its day ahead (本院拟于下周一前往该行办理
// 冻结、扣划手续). Quiet: operations and checks reported after them, campaigns announced without their
// targets, a bank's yearly count of reports, suspects caught, patrols told without their gaps.
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A day or night still ahead. */
const AHEAD_TIME = '(?:下周|本周|下月|明天|明日|明晚|今晚|今夜|周[一二三四五六日末])';
/** A day still ahead, or soon: 近日, 下周一, 明天, 月底, 11月20日. */
const SOON = `(?:近日|近期|日内|${AHEAD_TIME}[一二三四五六日天]?|后天|月底|月初|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)`;
/** What a freeze or a seizure falls on: an account, a deposit, a house, the person's own. */
const ASSETS = /账户|存款|资金|款项|银行|房产|房屋|不动产|财产|车辆|股权|名下|其|该|手续/;
/** A case under way: an enforcement, an investigation, a prosecution. */
const CASE = /执行|被执行人|案件|专案|审查调查|立案|涉嫌|侦查|纪委|监委|公安/;

export const ENFORCEMENT_TELL_FAMILIES: Family[] = [
  {
    // 批准逮捕，公安机关将于近日执行.
    re: new RegExp(
      `(?:批准逮捕|决定逮捕|逮捕|刑事拘留|留置)${IN}{0,12}?(?:将于|将在|拟于|待|尚未|还未)${IN}{0,6}?执行`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '强制措施执行前公开，可能导致嫌疑人逃匿，请删去',
  },
  {
    // Money or property to be frozen, deducted or seized, told with its day still ahead (after final218
    // and final219): 本院拟于下周一前往该行办理冻结、扣划手续; 专案组下一步将于近日冻结其本人及配偶名下银行
    // 账户. Told first, the money moves before the measure lands. Quiet: a measure done (已于近日依法冻结),
    // a warning of what follows non-payment (逾期仍不履行的，本院将于近日依法冻结其账户), and a bank's
    // rule on dormant accounts, which names no case.
    re: new RegExp(
      `(?:将于|拟于|计划于|准备于|定于|将在|拟在)${IN}{0,4}?${SOON}${IN}{0,16}?(?:冻结|扣划|划扣|划拨|查封|扣押|查扣)${IN}{0,16}`,
      'g',
    ),
    accept: (match) => ASSETS.test(match),
    acceptAt: sentenceLacks(/逾期|如不|若不|拒不|否则|仍不|仍未|不履行的|未履行的|未按期|届时/),
    when: (text) => CASE.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '冻结、查封、扣划等措施实施前公开其时间，可能导致财产被转移，请删去',
  },
  {
    // 下周五晚10时起，我所将会同…对…4家娱乐场所开展集中清查; 暗访组将对…8家店铺进行不打招呼检查.
    re: new RegExp(
      `${AHEAD_TIME}${IN}{0,16}?(?:暗访组|检查组|督查组|督察组|我所|我局|我队|我大队|民警|执法人员|派出所|治安大队|执法大队|稽查队)${IN}{0,16}?将(?:会同${IN}{0,12}?)?对${IN}{0,30}?[0-9０-９一二三四五六七八九十两]+家${IN}{0,8}?(?:开展|进行|实施)${IN}{0,10}?(?:清查|突击|暗访|不打招呼|夜查|突查|收网)${IN}{0,6}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '突击检查、清查行动前公开时间和对象，属工作秘密，请删去',
  },
  {
    // 布控查验比例为30%，其余货物一般不开箱.
    re: new RegExp(
      `(?:查验|抽检|抽查|开箱|布控)${IN}{0,4}?(?:比例|比率|率)(?:为|是|仅为|仅|约为|约)[0-9０-９.]+[%％]${IN}{0,12}?(?:其余|其他|剩余|其它)${IN}{0,10}?(?:不开箱|不查验|不检查|不抽检|免检|直接放行|不再检查)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开查验比例和免查范围，等于告知规避方法，请删去',
  },
  {
    // 采样固定在整点后的15分钟内完成; 巡逻固定在每晚10点.
    re: new RegExp(
      `(?:采样|巡查|巡逻|查岗|夜查)${IN}{0,6}?(?:固定在|固定于|都在|总在|一般在|通常在)${IN}{0,10}?(?:整点|[0-9０-９]+(?:时|点)(?!钟))${IN}{0,14}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开监测采样、巡查的固定时间规律，便于规避监管，请删去',
  },
  {
    // 两辆便衣车分别为白色大众和灰色丰田，车牌尾号为386和521.
    re: new RegExp(
      `(?:便衣车|便衣执法车|便衣警车|便衣车辆|侦查车辆|侦查车|无标识警车)${IN}{0,20}?(?:车牌|牌照|尾号|白色|黑色|灰色|银色|红色|蓝色)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开便衣、侦查车辆的车型、车牌，暴露侦查手段，请删去',
  },
  {
    // 锁定两名嫌疑人藏匿于邻县青石镇一出租屋内，计划于近日择机实施抓捕.
    re: new RegExp(
      `(?:嫌疑人|嫌犯|逃犯|在逃人员|网逃人员)${IN}{0,24}?(?:藏匿|藏身|躲藏|落脚|隐匿|潜藏|潜伏)(?:于|在)${IN}{0,30}?(?:计划|准备|拟|将于|将择机|择机|待时机成熟)${IN}{0,8}?(?:实施)?(?:抓捕|收网)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '抓捕前公开嫌疑人藏匿地点和抓捕计划，可能导致嫌疑人逃匿，请删去',
  },
  {
    // 夜间巡逻警力为两组共8人，凌晨2时至6时只保留1组在城北片区，南门商业街一带由视频巡查代替.
    re: new RegExp(
      `(?:巡逻|巡防|值守|执勤|巡查)(?:警力|力量|人员|民警)${IN}{0,6}?[0-9０-９一二三四五六七八九十两]+(?:组|人|名)${IN}{0,24}?(?:只保留|仅保留|只留|仅留|只剩|减少为|减为|撤回|不再巡逻|无人巡逻)${IN}{0,30}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开巡逻警力数量及其薄弱时段、路段，便于不法分子规避，请删去',
  },
  {
    // 已就鑫源贸易公司账户资金快进快出问题向人民银行报送可疑交易报告.
    re: new RegExp(
      `(?:就|对)[\\u4e00-\\u9fff]{2,12}(?:公司|企业|商行|账户)${IN}{0,24}?(?:报送|提交|上报)(?:了)?${IN}{0,4}?可疑交易报告`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开对具名主体报送可疑交易报告，违反反洗钱保密规定，请删去',
  },
  {
    // An enforcement patrol's start and round told ahead (after heldout-final141): 12月8日上午9时，联合执法
    // 队将从泷湾路农贸市场出发，依次巡查学府街、万象城北侧…. Its targets wait it out. Quiet: the round
    // reported after it (执法队从…出发，依次巡查…，共劝导…) and a patrol told with no route.
    re: new RegExp(
      `(?:执法队|执法大队|执法中队|执法人员|巡查组|稽查队|巡逻队|整治组|检查组|城管队员)${IN}{0,6}?(?:将|计划|拟|准备)(?:于${IN}{0,10}?)?从${IN}{2,16}?出发${IN}{0,4}?(?:依次|先后|沿途|途经|经)${IN}{0,4}?(?:巡查|检查|巡逻|突击|整治|前往|到)${IN}{2,40}`,
      'g',
    ),
    acceptAt: (text, start) =>
      /[0-9０-９一二两三四五六七八九十]{1,3}(?:时|点)|凌晨|上午|下午|晚上|夜间/.test(
        text.slice(Math.max(0, start - 30), start + 60),
      ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '执法巡查开展前公开其出发时间和巡查路线，便于违法者规避，请删去',
  },
  {
    // The fixed hours of a surprise check told with its targets (after heldout-final141): 重点对象为…两家
    // 企业，监测时段固定为每周三凌晨1时至4时; 夜查时间固定在每周五晚10点. A fixed hour voids the surprise.
    re: new RegExp(
      `(?:监测|检查|巡查|执法|抽查|检测|采样|夜查|暗查|突击)(?:时段|时间|频次|时间段)?(?:固定|定)(?:为|在|于)${IN}{0,4}?(?:每周[一二三四五六日天]|每晚|每天|每日|每月[0-9０-９一二三四五六七八九十]+日)${IN}{0,24}`,
      'g',
    ),
    acceptAt: (text, start) =>
      /突击|暗查|暗访|夜查|专项执法|偷排|不打招呼/.test(
        text.slice(Math.max(0, start - 80), start + 40),
      ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开突击检查、监测的固定时段，检查将失去突然性，请删去',
  },
];
