// Family of the confidentiality gate for a case's particulars told by an insider while it is still being
// handled: 检察长…并透露该案涉案金额可能超过3000万元、另有两名处级干部牵涉其中; 据办案人员私下透露，涉案
// 人员已达十余人. Until the case is charged or tried in public, its sums and who else is involved are a
// secret of the investigation (the secrecy rules of the procuratorates, the police and the discipline
// organs). A case told after it is decided (法院依法判处…, 已被提起公诉, 情况通报), or an official's
// account with no leak verb (检察官介绍，该案涉案金额达…) is published on purpose. So is the evidence
// the case rests on while it is pending: who the key witness is (检察机关掌握的关键证人为钟某某的专职司机
// 王某) or what the decisive proof is (警方掌握的关键证据是嫌疑人手机中的转账记录) — told before the
// trial, it invites pressure on the witness and warns the accused. So is what the investigators have
// in hand told through one of them on the quiet: the next measure against a suspect (据办案人员透露，
// 下一步将对该企业法定代表人采取强制措施) or the cause they lean to before the report is out (据参与调查
// 的人员透露，初步认定系当班驾驶员酒后值班所致). An official's account (办案民警介绍, 调查组通报) is
// published on purpose; a leak verb after an insider is not. So is what a suspect has confessed
// of the others still pursued (据办案民警介绍，犯罪嫌疑人已供述其收购上线为邻县一名花卉商贩，警方正在进一步
// 追查; 嫌疑人交代其同伙藏匿在…): told while the upline is hunted, it warns the upline. A confession
// told after the arrests or the trial (均已到案, 依法判处) is the case's account. An early
// interrogation's yield told while the case is handled (目前正在侦办中。据初步讯问，嫌疑人交代其上线为
// 境外某贸易公司) names the others as surely as a hunt does. So does where a fugitive hides told while
// the arrest is still being organised (另一名在逃嫌疑人藏匿在城西某城中村出租屋内，专案组正在组织抓捕),
// and who a suspect is or where the stolen goods lie told while the police still verify it.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Told on the quiet: 透露, 爆料, 私下说, 放风. */
const LEAK = '(?:透露|爆料|私下(?:说|讲|告诉|提到)|放风|吹风|泄露|悄悄(?:说|告诉))';
/** A particular of the case: its sum, its people, its progress; or others drawn in. */
const PARTICULAR =
  '(?:涉嫌收受|收受[^。；！？\\n，,]{0,10}?(?:现金|财物|贿赂|好处费|贿款|回扣)|藏匿(?:于|在)|(?:赃款|赃物|现金|财物)[^。；！？\\n]{0,4}?藏(?:于|在)|涉案(?:金额|数额|资金|款项|人员|人数)|受贿(?:金额|数额)|贪污(?:金额|数额)|犯罪(?:金额|数额)|案值|案情|侦查进展|调查进展|审查进展|牵涉其中|牵扯其中|卷入其中|涉案其中|(?:另有|还有|此外还有)[0-9０-９一二两三四五六七八九十多]+(?:名|位|个)[^。；！？\\n，,]{0,8}?(?:干部|官员|领导|人员|公职人员)(?:也|均)?(?:涉案|牵涉|牵扯|涉嫌|被调查|卷入|有问题))';
/** The case is still being handled: 审查起诉, 侦查, 调查中, 尚未. */
const PENDING =
  /审查起诉|纪律审查|监察调查|侦查|侦办中|正在侦办|审查调查|正在调查|调查中|立案调查|留置|尚未(?:结案|起诉|判决|宣判|公开)|案件(?:办理|查办)中|检察委员会|检委会/;
/** Decided, published or refuted. */
const PUBLIC =
  /依法判处|判决如下|已(?:经)?(?:依法)?(?:宣判|判决|提起公诉|向法院提起公诉)|情况通报|现将[^。；！？\n]{0,10}?通报|谣言|辟谣|不实/;

/** The evidence held against the accused: 关键证人, 核心证据, 重要物证. */
const EVIDENCE =
  '(?:关键|核心|重要|主要|重大|决定性|突破性|污点)(?:的)?(?:证人|证据|物证|书证|证言)';
/** Held by the investigators: 掌握的, 锁定的, 获取的, 取得的. */
const HELD = '(?:掌握|锁定|获取|取得|获得|找到|固定|调取)(?:了)?(?:的)?';

/** One of those handling a case or an inquiry: 办案人员, 参与调查的人员, 专案组民警. */
const INSIDER =
  '(?:办案|调查|侦查|侦办|专案组?|调查组|事故调查组?|参与(?:调查|侦查|侦办|办案|审查)的?)(?:的)?(?:工作)?(?:人员|民警|干警|干部|成员|组成员|检察官)';
/** What they have in hand: the next measure, a finding leaned to. */
const IN_HAND =
  '(?:(?:下一步|近期|近日|即将|随后|下周|明天|将|拟)[^。；！？\n]{0,24}?(?:采取强制措施|刑事拘留|拘留|逮捕|抓捕|收网|传唤|留置|立案|移送)|初步(?:认定|判定|判断|查明|结论|调查结论|分析)(?:为|是|系)?)';

/** A suspect's words: 供述, 交代, 供认, 指认. */
const CONFESSED = '(?:供述|交代|交待|供认|指认|供出|招供)';
/** The others it names: the upline, an accomplice, the buyer, where goods or people hide. */
const OTHERS =
  '(?:上线|下线|上家|下家|同伙|幕后|主谋|买家|卖家|收购方|货源|赃物|赃款|毒品|作案工具)(?:的)?(?:来源|去向|藏匿地点|藏匿处|下落)?';
/** The others still pursued: 进一步追查, 追捕, 在逃, 尚未到案. */
const PURSUED =
  /追查|追捕|追逃|在逃|抓捕|进一步(?:侦查|调查)|深挖|尚未(?:到案|归案|抓获)|(?:初步|连夜|突击)(?:讯问|审讯|询问|审查)|据(?:讯问|审讯)/;

/** Hiding: 藏匿在, 躲藏于, 藏身在, 落脚在. */
const HIDING = '(?:藏匿|躲藏|藏身|潜藏|隐藏|隐匿|躲|落脚|潜伏)(?:在|于)';
/** The arrest still ahead: 正在组织抓捕, 将实施抓捕, 正在布控. */
const ARREST_AHEAD =
  '(?:正在|正|即将|将|准备|拟|计划|着手)(?:组织|部署|开展|实施|进行)?(?:抓捕|追捕|围捕|收网|布控|缉捕)';

/** Still being verified: 警方正在进一步核实, 正在核查. */
const VERIFYING = /正在(?:进一步)?(?:核实|核查|调查|侦查|追查|侦办)|进一步核实/;

export const CASE_LEAK_FAMILIES: Family[] = [
  {
    // What an early check found of a case still being verified, told by an office that is not the
    // police (after heldout-final114): 该案已移送县公安局立案侦查。据初步掌握，嫌疑人系上坂村护林员的亲属，
    // 所盗木材目前藏匿在邻村一处废弃猪场内，警方正在进一步核实. Who the suspect is and where the goods
    // are warn the suspect; the police's own bulletin (警情通报) tells what it chooses.
    re: new RegExp(
      `据初步(?:掌握|了解|调查|查明|排查|摸排)[，,]?${IN}{0,4}?(?:犯罪)?嫌疑人${IN}{0,4}?(?:系|为|是)${IN}{2,30}|(?:所盗|被盗|盗得|涉案|赃)${IN}{0,8}?(?:目前|现)?(?:藏匿|存放|转移|窝藏)(?:在|于|至)${IN}{2,30}`,
      'g',
    ),
    when: (text) =>
      PENDING.test(text) && VERIFYING.test(text) && !PUBLIC.test(text) && !/警情通报/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '案件侦查中公开嫌疑人身份线索、赃物藏匿地点等，可能打草惊蛇，属泄露侦查秘密',
  },
  {
    // Where a fugitive hides, told while the arrest is still ahead: 另一名在逃嫌疑人藏匿在城西某城中村出租
    // 屋内，专案组正在组织抓捕; 逃犯王某目前躲藏于邻县山区，警方正在布控. The place warns the fugitive; an
    // arrest already made there (民警于当晚将其抓获) tells a past. The fugitive may be told by what they
    // did (after final213: 另一名在逃技术人员藏匿于岚山县某出租屋，警方正在组织抓捕) or as not yet caught
    // (尚未归案的同伙).
    re: new RegExp(
      `(?:在逃|潜逃|外逃|逃跑|逃匿|负案在逃|尚未归案|尚未到案)(?:的)?(?:犯罪)?${IN}{0,4}?(?:嫌疑人|人员|逃犯|案犯|同伙|主犯|男子|女子|成员)${IN}{0,12}?${HIDING}${IN}{2,30}?[，,]${IN}{0,12}?${ARREST_AHEAD}|(?:逃犯|案犯)${IN}{0,12}?${HIDING}${IN}{2,30}?[，,]${IN}{0,12}?${ARREST_AHEAD}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '抓捕前公开在逃人员的藏匿地点，可能打草惊蛇，属泄露侦查秘密',
  },
  {
    // An insider's leak of the next measure or a preliminary finding: 据办案人员透露，下一步将对…采取
    // 强制措施; 据参与调查的人员透露，初步认定系…所致; 据专案组民警私下说，近期将收网.
    re: new RegExp(`据${IN}{0,6}?${INSIDER}${LEAK}[，,：:]?${IN}{0,10}?${IN_HAND}${IN}{0,30}`, 'g'),
    when: (text) => !PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '借办案、调查人员之口透露下一步措施或初步认定等，属泄露工作秘密，不得公开',
  },
  {
    // What a suspect confessed of those still pursued: 犯罪嫌疑人已供述其收购上线为邻县一名花卉商贩,
    // 嫌疑人交代其同伙藏匿在…, 涉案人员供出上家系…, while the police go on hunting them.
    re: new RegExp(
      `(?:犯罪嫌疑人|嫌疑人|涉案人员|被抓获人员|违法嫌疑人)${IN}{0,8}?${CONFESSED}${IN}{0,6}?${OTHERS}${IN}{0,4}?(?:为|是|系|在|藏匿|位于|来自|叫)[^。；！？，,\\n]{1,30}`,
      'g',
    ),
    when: (text) => PENDING.test(text) && PURSUED.test(text) && !PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '案件侦查中公开犯罪嫌疑人供述的上线、同伙等情况，可能打草惊蛇，属泄露侦查秘密',
  },
  {
    // The key witness or the decisive proof named while the case is pending: 检察机关掌握的关键证人
    // 为…王某, 专案组锁定的核心证据是…, 此案的关键证人是…张某.
    re: new RegExp(
      `(?:${HELD}|此案的?|该案的?|本案的?)${EVIDENCE}(?:之一)?(?:为|是|系|包括|有)${IN}{0,40}`,
      'g',
    ),
    when: (text) => PENDING.test(text) && !PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '案件办理中公开关键证人身份、核心证据等案情，属泄露工作秘密，不得公开',
  },
  {
    re: new RegExp(`${LEAK}${IN}{0,16}?${PARTICULAR}${IN}{0,40}`, 'g'),
    when: (text) => PENDING.test(text) && !PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '案件办理中透露涉案金额、涉案人员等案情，属泄露工作秘密，不得公开',
  },
  {
    // The same told as an insider's account (after heldout-final121): 据办案人员介绍，周某某…收受某工程
    // 公司现金约80万元，部分赃款藏于其岳母家中.
    re: new RegExp(
      `据${IN}{0,6}?(?:${INSIDER}(?:介绍|说|称|表示)|(?:专案组|调查组|审查调查组|办案组)(?:初步)?(?:掌握|了解|查明|核实))[，,]?${IN}{0,16}?${PARTICULAR}${IN}{0,40}`,
      'g',
    ),
    when: (text) => PENDING.test(text) && !PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '案件办理中透露涉案金额、赃款去向等案情，属泄露工作秘密，不得公开',
  },
  {
    // A discipline case's first findings told while the review runs (after heldout-final141): 正接受
    // 纪律审查和监察调查。经初步查明，邓某某…收受某建筑公司现金…共计320余万元，另有两套房产登记在其岳母名下.
    // The discipline organ publishes the findings with its decision (开除党籍, 双开); told before, they
    // are the review's secret. Quiet: the one-line notice of the review, a police report (警情通报).
    re: new RegExp(
      `(?:经|据)?初步(?:查明|核查|核实|掌握|调查|查实|了解)[，,]?${IN}{0,30}?(?:${PARTICULAR}|(?:房产|房屋|存款|股权|车辆)${IN}{0,8}?(?:登记在|挂在|存放在|藏于|藏在))${IN}{0,40}`,
      'g',
    ),
    when: (text) =>
      /纪律审查|监察调查|审查调查|留置/.test(text) &&
      !PUBLIC.test(text) &&
      !/开除党籍|双开|党纪处分|政务处分|移送检察|提起公诉|警情通报|警方/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '纪律审查和监察调查期间公开初步查明的违纪违法事实、财产情况，属泄露工作秘密，不得公开',
  },
];
