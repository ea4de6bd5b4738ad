// The second key of a learned legal flag: words that, in a sentence the classifier already reads as
// legal matter (down to three units under its threshold: learned-findings.ts), mark the account
// advising, offering or tolerating the unlawful act itself — force used privately, enforcement, a
// procedure or a measurement evaded, papers or records made up, borrowed or pulled, a favour bought,
// waste dumped, wildlife eaten, a small stake or a guaranteed return, road, tax, exam, licence,
// price or bidding rules bent, copies handed out, the act declared lawful or customary. Each word
// alone is too weak to be a rule (先动手 is said of a fight reported, 私下 of a settlement); with the
// classifier's reading it is how such advice is worded when no family lists it. A sentence that
// forbids, warns of, punishes, reports or asks about the act is not advice.

/**
 * Force or pressure used privately: 先动手, 打一顿, 堵门, 扣押车辆, 喷漆, 强行破门, 停了他家的水电, 把货拿走
 * 抵账.
 */
const PRIVATE_FORCE =
  '动手|打一顿|揍一顿|教训(?:一顿|一下|他|她)|往死里|堵门|堵住[^，。；]{0,6}?(?:门|路|车|人)|门口堵住|堵路|围堵|扣(?:押|留|下|住|在|着)|扣车|换锁|(?:停|断)水(?:停|断)电|(?:停|断|掐)(?:了|掉)?[^，。；]{0,4}?水电|水电(?:停|断|掐)|(?:拿|搬|拉|扣)[^，。；]{0,8}?抵(?:账|债)|喷漆|泼(?:油漆|粪|漆)|强行(?:破门|进入|拆|带走|拖走|搬|闯)|破门|不让(?:他|她|其|对方|人)?(?:走|离开)|限制[^，。；]{0,6}?(?:出行|人身自由|自由)|关(?:起来|在|进)|架走|绑(?:起来|住)|上门(?:催|讨|堵|闹)|贴身催收|兜着';

/**
 * Enforcement, a procedure or a measurement evaded: 一般不会查, 没有电子眼, 先建后批, 以后找人补办, 不用上报,
 * 无需实名, 品名别写, 检定时看不出来, 采样管拔下来.
 */
const EVADED =
  '一般(?:不会|没人|不)(?:管|查|追究|处罚|罚|被)|不会(?:有人|被)?(?:管|查|发现|追究|处罚)|没(?:人|有人)(?:管|查)|拍不(?:到|全|清)|抓拍不|没有(?:设置)?(?:电子眼|摄像头|监控|探头|检测点|检查站|卡口|治超站)|边(?:运营|营业|生产|施工|经营)边整改|睁一只眼|擦边球|钻[^，。；]{0,4}?空子|规避|绕(?:开|过)|避开(?:检查|执法|监管|卡口|检测)|躲(?:避|过|开)(?:检查|执法|监管|检测)|懂的都懂|别声张|不要声张|悄悄|偷偷|私下|先[^，。；]{1,8}?后(?:批|补|办)|再补(?:上|手续|办|证)|以后[^，。；]{0,6}?补办|找人补办|看不出|查不出|别(?:写|填|报|说)|(?:采样|监测|探头|在线监控)[^，。；]{0,6}?(?:拔|拆|遮|堵|挪)|调(?:快|慢)|(?:不用|不必|无需|无须|免|可以不)(?:上报|报备|申报|报批|实名|备案|检疫|上缴|缴纳|登记|本人到场|本人)|(?:不用|不必|可以不)[^，。；]{0,8}?(?:手续|备案|登记|审批|许可|采集证|核实|说明)|不会(?:逐[一户块个]|挨个|一一)?核实|不用(?:太)?(?:担心|在意|管)[^，。；]{0,6}?(?:禁|令|规定|处罚|检查)';

/**
 * Papers or records made up, borrowed, bought or pulled: 代开证明, 代刷学时, 代签个名, 按模板出报告, 内部渠道,
 * 借用亲友身份证, 协调费, 包个红包, 调取他家的户籍信息.
 */
const PAPERS_AND_FAVOURS =
  '代(?:开|办|刷|考|签|写|做|缴)[^，。；]{0,8}?(?:证明|流水|合同|发票|证|时长|学时|成绩|报告|病历|考勤|课时)|代刷|代考|内部渠道|特殊渠道|(?:找|托|走)(?:关系|后门|熟人)|(?:找|托)[^，。；]{0,5}?熟人|熟人帮忙|表示(?:一下)?心意|(?:交|给)(?:点)?[^，。；]{0,4}?费给|改(?:大|小)(?:几岁|年龄)?|落款日期|倒签|重新拍照|冒领|套取|拿[^，。；]{0,4}?的(?:卡|医保卡|社保卡|身份证)|用(?:别人|他人|老人|家人|亲友)的(?:卡|医保卡|社保卡|身份证)|包过|保过|协调费|好处费|加急费|打点|借(?:用)?[^，。；]{0,6}?(?:身份证|身份信息|账号|资质|证件|驾照|户口)|冒用|顶替|挂靠|随便开|代签|冒签|不用真|直接出[^，。；]{0,4}?报告|按模板|(?:包|塞)个?红包|打(?:声|个)招呼|调取[^，。；]{0,8}?(?:户籍|房产|信息|记录)';

/** Waste dumped where it may not go: 直接倒进雨水井, 偷埋, 就地焚烧. */
const DUMPED =
  '(?:倒|排|扔|丢|埋|冲)(?:进|入|到|在)[^，。；]{0,8}?(?:雨水|河|沟|渠|塘|空地|荒地|农田|山里|林子)|深埋|就地(?:焚烧|烧|埋)|焚烧';

/** Wildlife taken or eaten, a stake, a promised return, assets hidden. */
const TAKEN_STAKED_HIDDEN =
  '野生[^，。；]{0,12}?(?:购买|食用|吃|捕|抓|饲养|带回|卖)|野味|小赌|带彩|押注|下注|输赢|彩金|返水|保本|保息|稳赚|保底(?:收益|返)|过户到[^，。；]{0,8}?名下|转移(?:财产|资产)';

/** Reassurance that the act is fine: 问题不大, 没关系, 放心使用, 他们不敢. */
const REASSURED =
  '问题不大|也没关系|没事(?:的|儿)?|放心(?:使用|食用|购买|吃|用|买)|不敢(?:真|管|拦|查)|不必(?:过分|太)?(?:紧张|担心)|属于(?:行业)?惯例';

/** The act declared lawful or unpunished: 数量不多不违法, 不算违规, 不会扣分. */
const DECLARED_LAWFUL =
  /不(?:算|属于|构成)?(?:违法|违规|犯罪)|(?:不会|不用|不)被?(?:扣分|罚款|处罚|罚)/g;

/**
 * Rules of the road, tax, exams, licences, prices and bidding bent: 闯红灯, 遮挡号牌, 不开票便宜, 两份合同
 * 少交税, 替考, 无证上岗, 统一涨价, 串标, 查询他人开房记录.
 */
const RULES_BENT =
  '闯(?:红灯|卡)|逆行|超载|酒后(?:开|驾)|喝(?:了|点)?酒(?:开|驾)|遮挡(?:号牌|车牌)|不挂牌|应急车道|不(?:用)?开(?:发)?票|不走(?:对公|店铺|公司|单位)|不(?:缴|交)社保|税[^，。；]{0,4}?少(?:交|缴)|私账|避税|少报|瞒报|不入账|账外|替考|枪手|作弊|小抄|无证|没有[^，。；]{0,6}?(?:操作证|上岗证|资格证|许可证|资质|资格|执照)|少(?:交|缴)[^，。；]{0,4}?税|两份合同|阴阳合同|统一(?:约定)?(?:涨价|提价)|约定涨价|围标|串标|陪标|(?:事先|提前)(?:沟通|商量|约定|碰)[^，。；]{0,3}?(?:报价|价格)|查询他人|他人(?:的)?(?:开房|出行|通话|行踪)(?:记录|信息)';

/** Copies handed out: 下载全套扫描版, 破解版, 盗版. */
const COPIED = '(?:扫描|破解|盗)版';

const ADVISED_UNLAWFULLY = new RegExp(
  [
    PRIVATE_FORCE,
    EVADED,
    PAPERS_AND_FAVOURS,
    DUMPED,
    TAKEN_STAKED_HIDDEN,
    RULES_BENT,
    REASSURED,
    COPIED,
    DECLARED_LAWFUL.source,
  ].join('|'),
);

/**
 * A sentence that forbids, warns of, punishes or reports the act: 严禁, 切勿, 谨防, 涉嫌, 依法查处, 罚款,
 * 被抓获, 举报, 不法分子群发; or that asks about it (为什么…没人管？): a complaint, not advice.
 * Its words of the act are the warning's or the report's, not advice.
 */
const FORBIDS_OR_REPORTS =
  /不得|严禁|禁止|切勿|切莫|不要|不能|不可|不准|不许|谨防|警惕|提醒|违法|违规|违反|涉嫌|犯罪|依法|查处|处罚|罚款|扣分|记[0-9０-９一二三四五六七八九十]+分|吊销|打击|整治|举报|抓获|捣毁|查获|拘留|判处|被告|嫌疑|立案|侦办|责令|取缔|曝光|不法分子|诈骗|骗局|骗子|风险|警示|[？?]|为什么|凭什么|难道/;

/** A limit set on advice given: 只是, 不过, 但. */
const LIMIT = /只是|不过|但/;

/** The learned legal flag on this sentence speaks for advice to an unlawful act. */
export function advisedUnlawfully(text: string, span: { start: number; end: number }): boolean {
  const sentence = text.slice(span.start, span.end);
  const advice = ADVISED_UNLAWFULLY.exec(sentence);
  if (!advice) return false;
  // A limit set after the advice (…问题不大，只是不要在饭店公开售卖) bounds it, it does not forbid it.
  const limit = LIMIT.exec(sentence.slice(advice.index + advice[0].length));
  const said = limit ? sentence.slice(0, advice.index + advice[0].length + limit.index) : sentence;
  return !FORBIDS_OR_REPORTS.test(said.replace(DECLARED_LAWFUL, ''));
}
