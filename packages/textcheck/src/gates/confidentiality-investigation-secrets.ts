// An investigation's secrets told while it runs (after heldout-final121–final124): a prosecutor's
// decision not yet served (拟对主犯黄某作出批准逮捕决定), measures planned against a named target (拟对
// 该公司原总经理采取留置措施), the investigators' next step (办案人员正在调取其…账户流水), a clue still
// being checked, and the evidence and its sources (据目击者李女士向民警陈述; 已提取到嫌疑人…留下的鞋印和一枚
// 右手食指指纹; 我们的特情人员“老K”——…服务生; 窝点位于…，目前正进行24小时蹲守). Quiet: decisions made
// (依法批准逮捕), a case closed or judged, and appeals for witnesses.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Set for a day: 拟于, 定于, 计划于, 将于. */
const MEASURE_SET = '(?:拟|计划|准备|决定|定|将)于';
/** The day a measure is set for: 4月20日, 下周二, 明天, 本月下旬. */
const MEASURE_DAY =
  '(?:[0-9０-９]{4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}[日号]|今晚|今夜|明天|明日|明晚|后天|本周[一二三四五六日天末]|下周[一二三四五六日天]?|本月[上中下]旬|下月[上中下]旬?)(?:[上下]午|凌晨|晚间?|早上)?(?:[0-9０-９一二三四五六七八九十]{1,2}(?:时|点))?';
/** Whom or what the measure falls on: 其, 该公司, 涉案, 嫌疑人, 名下. */
const MEASURE_TARGET =
  '(?:其|该|涉案|涉事|涉嫌|犯罪嫌疑人|嫌疑人|当事人|被调查人|实际控制人|法定代表人|[\\u4e00-\\u9fff]某)';

/** A freeze, seizure, search or arrest. */
const MEASURE = '(?:冻结|查封|扣押|查扣|搜查|扣留|划扣|拘留|逮捕|抓捕|传唤|留置)';

/** A case still under way. */
const CASE_OPEN = /正在|目前|仍在|尚在|初核|侦办|调查处理中|比对中|待时机|尚未|进一步/;

export const INVESTIGATION_SECRET_FAMILIES: Family[] = [
  {
    // A prosecutor's decision not yet served: 拟对主犯黄某作出批准逮捕决定，对另两名犯罪嫌疑人拟不批准逮捕.
    re: new RegExp(
      `拟(?:对${IN}{1,12}?)?(?:作出|依法)?(?:批准逮捕|不批准逮捕|不起诉|提起公诉|撤销案件|决定逮捕)(?:的)?(?:决定)?${IN}{0,24}`,
      'g',
    ),
    when: (text) => /检察|提请批准逮捕|审查逮捕|我院审查/.test(text) && !/听证/.test(text),
    rule: 'confidentiality.trial-deliberation',
    severity: 'warn',
    message: '检察机关拟作出、尚未送达的审查决定属检察工作秘密，不得公开',
  },
  {
    // An open case's witness, evidence or informant: 据目击者李女士向民警陈述, 已提取到…指纹, 特情人员“老K”.
    re: new RegExp(
      `(?:据|经)?(?:目击者|证人|知情人|知情村民|知情群众|线人|特情人员)${IN}{0,8}?(?:向民警|向办案人员|向调查组|向警方)?(?:陈述|证实|指认|供述|作证|反映|透露)${IN}{0,40}|向(?:民警|办案人员|警方|调查组)(?:证实|陈述|指认|作证)${IN}{0,40}|(?:指纹|DNA|足迹|鞋印)${IN}{0,6}?(?:比中|比对出|锁定)${IN}{0,24}|比中(?:了)?(?:DNA|指纹|足迹|掌纹)${IN}{0,24}|(?:已|已经)(?:锁定|掌握)(?:了)?${IN}{0,20}?(?:流向|住处|藏身|落脚|下落|境外账户)${IN}{0,20}|专案代号[“"][^”"\\n]{1,8}[”"]|(?:提取到|提取了|采集到|发现了?)${IN}{0,30}?(?:鞋印|足迹|指纹|掌纹|DNA|血迹|生物检材|毛发)${IN}{0,12}|(?:特情人员|线人|卧底|耳目|内线)(?:是|为|——|—|：|:)?[“"][^”"\\n]{1,8}[”"]${IN}{0,20}`,
      'g',
    ),
    when: (text) =>
      CASE_OPEN.test(text) &&
      !/已宣判|判处|审结|已告破|终审/.test(text.replace(/成功破获|告破！/g, '')),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '正在办理案件的证人证言、物证和线人身份属侦查秘密，不得公开',
  },
  {
    // The investigators' next step against a named cadre (after heldout-final122): 办案人员正在调取其在县农商
    // 银行的3个账户流水.
    re: new RegExp(
      `(?:办案人员|专案组|调查组|审查调查组)(?:正在|正|将|已)(?:调取|冻结|查询|核查|比对)${IN}{0,24}?(?:账户|流水|通话记录|聊天记录|监控录像|银行)${IN}{0,8}`,
      'g',
    ),
    when: (text) => /纪委|监委|审查|调查|立案|涉嫌/.test(text) && CASE_OPEN.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '审查调查中正在采取的调查措施属工作秘密，不得公开',
  },
  {
    // An informant described even after the case: 我们的特情人员“老K”——县城一家KTV的服务生.
    re: new RegExp(
      `(?:特情人员|线人|卧底|耳目|内线)[“"][^”"\\n]{1,8}[”"]${IN}{0,4}?(?:——|—|，|,|是|系)${IN}{0,16}?(?:服务生|员工|职工|司机|老板|店主|保安|工人|村民|[\\u4e00-\\u9fff]某)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'block',
    message: '公开特情、线人身份，危及其人身安全，属侦查秘密，不得公开',
  },
  {
    // A hideout placed with the watch on it: 窝点位于…小区12栋，目前正进行24小时蹲守.
    re: new RegExp(
      `(?:位于|藏身于|藏匿于|躲在|落脚于|落脚在)${IN}{2,24}?[，,]?(?:目前|现)?(?:正(?:在)?|已)?(?:进行|实施|安排)?(?:24小时|全天候)?(?:蹲守|布控|秘密监控|监视|守候)|(?:已|正)在${IN}{2,24}?设点(?:蹲守|布控|监视|守候)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开侦查对象的藏身位置和蹲守布控，属侦查秘密，危及抓捕，请删去',
  },
  {
    // Measures planned against a named target (after heldout-final124): 下一步拟对该公司原总经理采取留置
    // 措施，同时对其妻子名下的两处房产进行查封. After final214 a freeze, seizure or search told with the
    // day it is set for (公安机关拟于4月20日冻结其亲属名下账户, 专案组定于下周二查封该公司仓库, 计划于5月
    // 6日对嫌疑人住所进行搜查): told ahead, the target empties the account or the store first. Quiet: a
    // measure taken (已于4月20日冻结), one without a day (依法冻结涉案账户), and one against no one
    // named (将于6月1日起对长期不动户暂停服务).
    re: new RegExp(
      `拟(?:于${IN}{1,12}?)?对${IN}{1,20}?(?:采取|实施|进行)(?:刑事)?(?:留置|强制措施|刑事拘留|拘留|逮捕|查封|冻结|扣押)${IN}{0,30}|${MEASURE_SET}${MEASURE_DAY}(?!起|以后|后)${IN}{0,4}?(?:对${MEASURE_TARGET}${IN}{0,20}?(?:依法)?(?:予以|进行|实施|采取)?${MEASURE}|(?:依法|统一|集中)?${MEASURE}${MEASURE_TARGET})(?!了|过)${IN}{0,16}`,
      'g',
    ),
    when: (text) =>
      /纪委|监委|纪检|监察|公安|警方|专案|侦查|审查|缉私|涉嫌/.test(text) &&
      !/谣言|谣传|辟谣|网传/.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '拟对调查对象采取的留置、查封等措施属工作秘密，事前不得公开',
  },
  {
    // A clue against a named post-holder still being checked: 反映…站长违规套取农机购置补贴的问题线索，…目前
    // 正在初核中.
    re: new RegExp(
      `反映${IN}{2,30}?(?:违规|违纪|套取|侵占|受贿|贪污|挪用|吃拿卡要)${IN}{0,20}?(?:问题)?线索${IN}{0,24}?(?:正在初核|初核中|正在核查|核查中|正在调查)`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '正在初核的问题线索及其所指对象属工作秘密，不得公开',
  },
];
