// Results told while they are still provisional: a procurement's bid prices or winners before the
// official result (据悉，本轮集采拟中选产品平均价格为每片860元…正式中选结果尚未公布; 拟中标单位为某某公司，
// 结果尚未公示), and an audit's or an inspection's findings before its report is settled (审计组初步
// 查出违规资金约3200万元…审计报告尚未定稿; 巡察组初步发现问题线索12条，巡察报告还未形成). Until the
// buyer publishes the result or the auditor its report they are work secrets. Since final194 and
// final196 also the scores of named bidders or applicants told while the review goes on (据评标现场了解，
// 某公司综合得分93.6分暂列首位; 初评得分排名前三的分别为：某托育中心92.5分…，最终评审结果将于下周公示):
// evaluators may not reveal the scoring before the result (《招标投标法》第四十四条), and an expert
// review's scores are its work secret. A publicity notice of the provisional result (拟中选结果公示如下,
// 中标候选人公示) and an audit result announced with its remedies are public by design. Since final202
// to final205 also a list of scores brought in by its heading (各投标人技术部分得分分别为：华信科技86分) and a
// named firm's suspected violation with its figure while the case is still investigated.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const AMOUNT = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:元|万元|亿元|%|％)';

/** The official result still to come, or learnt early. */
const RESULT_PENDING =
  /(?:正式|最终)?(?:的)?(?:中选|中标|成交|采购|评标|评审|谈判)?结果(?:目前)?(?:尚未|还未|还没有?|暂未|未|将于|将在|待|将另行|另行|拟另行)[^。；！？\n]{0,16}?(?:公布|公示|发布|公开|确定)|(?:尚未|还未|暂未)(?:正式)?(?:公示|公布)|据悉|据了解|透露|内部消息|知情人士/;
/** Published on purpose: the provisional result's own publicity notice or the result announced. */
const RESULT_PUBLISHED =
  /公示如下|现予公示|现予以公示|特此公示|公示期|候选人公示|结果公告|公告如下|(?:已|正式)(?:公布|公示|发布)(?:了)?(?:中选|中标|成交)?结果/;

/** A named bidder or applicant: a firm, a centre, a nursery, a school, a hospital, a co-operative. */
const CANDIDATE =
  '[\\u4e00-\\u9fff]{2,14}?(?:公司|集团|中心|托育园|幼儿园|学校|医院|机构|合作社|工作室|事务所)';
/** A score in points: 93.6分, 88分. */
const SCORE = '[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?分';
/** An evaluation by experts or a bid committee: 评标, 评审, 初评, 打分. */
const REVIEW = /评标|评审|初评|评分|打分|专家组|评委/;
/**
 * The scores still provisional: the result to come, or the standing told as for now, or the review
 * checked again before it is published (after final209: 目前正在进行复核, 待复核结束后…; 初步评分).
 */
const SCORE_PENDING =
  /暂列|暂居|暂排|暂时(?:排名|位列|领先)|初评|评审阶段|评标阶段|正在(?:评审|评标)|(?:评审|评标)(?:工作)?(?:正在|仍在|尚在|还在)(?:进行|开展)|(?:审定|审批|审核)程序|以正式公示为准|(?:正在|仍在|尚在|还在)(?:进行)?复核|待复核|复核(?:结束|完成|无误)后|初步(?:评分|得分|打分)/;
/**
 * A publicity notice still to come (待复核结束后发布中标候选人公示, 将于下周公示): it does not make the post
 * the notice. 现将…公示如下 is the notice itself.
 */
const FUTURE_NOTICE =
  /(?:待|(?<!现)将于?|拟于?|(?:结束|完成|无误)后)[^。；！？\n]{0,20}?(?:公示|公告|公布)/g;
/** The post is the result's own publicity notice, or tells that the result was published. */
const scoresPublished = (text: string): boolean =>
  RESULT_PUBLISHED.test(text.replace(FUTURE_NOTICE, ''));

/**
 * A list of scores brought in by its heading (after final204 and final205): 各投标人技术部分得分分别为：
 * 华信科技86分; 现将初评得分靠前的项目通报如下：恒创新材料公司“…”89.6分; 初步评分情况：… (after
 * final209). The applicants may be named without a firm's suffix or with a project's title between the
 * name and the score.
 */
const SCORE_LIST = `(?:(?:各|参评|参选|现将|以下|下面|其中)?[^。；！？，,\\n]{0,16}?(?:得分|评分|分数|打分情况|排名)[^。；！？\\n]{0,12}?(?:分别为|依次为|分别是|如下)|(?:初步|初评|初审|评审|评标|专家)(?:评分|得分|打分|评审)(?:情况|结果|排名)?[：:])[：:]?[^。；！？\\n]{0,40}?${SCORE}`;

/** The audit's or inspection's report not yet settled, or the work still going on. */
const REPORT_PENDING =
  /(?:审计|巡察|巡视)?(?:报告|结论|结果|决定|意见)(?:目前)?(?:尚未|还未|还没有?|暂未|未)(?:正式)?(?:定稿|出具|形成|公布|公开|审定|作出|送达|反馈)|(?:尚在|正在|仍在|还在)(?:审计|巡察|巡视|核查|核实)(?:中|之中|当中)?|现场审计(?:后期|阶段|期间|中)|(?:待|等)[^。；！？\n]{0,8}?(?:审定|定稿|反馈)后|(?:报告|结论|结果)(?:目前)?(?:尚在|正在|仍在)(?:征求|审核|审定|修改)|反馈会(?:将于|将在|尚未|还未|拟于)/;
const REPORT_PUBLISHED = /审计结果公告|整改情况|反馈意见|已(?:全部)?整改|公告如下/;

/** A regulator's check still going, its outcome to be published when it ends. */
const CHECK_PENDING =
  /(?:结束|完成|终结|办结|查清)后[^。；！？\n]{0,10}?(?:依法|依规|及时|统一|向社会)?(?:公布|公开|通报|发布)|(?:调查|核查|检查)结果(?:尚未|还未|暂未)(?:公布|公开)|(?:认定|鉴定|评估|估价|价格认定|核查|审查|调查)(?:结论|结果|意见|报告)(?:目前)?(?:尚未|还未|还没有?|暂未|未)(?:正式)?(?:出具|送达|作出|形成|定稿|反馈|移交)/;
/** A police bulletin or an accident's report, which tells preliminary facts on purpose. */
const BULLETIN = /警情|公安|派出所|犯罪嫌疑人|嫌疑人|事故|火灾|伤亡|遇难|受伤|死亡|通报如下/;

/**
 * A check's result still under review or held back (after heldout-final104): 抽查结果尚在复核, 未经省局
 * 同意不得公开, 结果尚未正式公布, 暂不对外.
 */
const REVIEW_PENDING =
  /(?:尚在|正在|仍在|还在|待|等待)(?:复核|复检|复验|复查|审核)|未经[^。；！？\n]{0,10}?(?:同意|批准|授权)[^。；！？\n]{0,4}?不得(?:公开|发布|对外|外传|公布)|(?:结果|结论|数据)(?:尚未|还未|暂未|未)(?:正式)?(?:公布|公开|发布|确认)|暂不(?:对外|公开|公布)/;
/** The result published as a notice, with its remedies. */
const CHECK_PUBLISHED =
  /通报如下|公告如下|予以通报|现予公布|现将[^。；！？\n]{0,12}?(?:公布|通报)|已(?:责令|依法)/;

/**
 * A case still under investigation, its outcome to come (after final202): 目前案件仍在调查中, 正在进一步
 * 核查, 结果将及时向社会公布.
 */
const CASE_PENDING =
  /(?:仍在|正在|尚在|还在)(?:进一步)?(?:调查|核查|查处|核实|办理)(?:中|之中|当中)?|(?:调查|核查)(?:工作)?(?:仍在|正在|尚在)(?:进行|开展)|(?:处理|调查|核查)?结果将(?:及时|适时|依法|另行)?(?:向社会)?(?:公布|公开|通报)/;
/** Decided already: a penalty imposed, a case closed or referred after its finding. */
const CASE_DECIDED =
  /已(?:依法)?(?:对其|对该|作出|给予|处以|责令|立案查处并)|处罚决定书|依法(?:处以|给予)|罚款[0-9０-９一二三四五六七八九十]|判处|已移送/;
/** A firm named in full: not 某, not 该 or 一家 pointing at an unnamed one. */
const NAMED_FIRM =
  '(?<![某该][\\u4e00-\\u9fff]{0,14})(?<![一此这家])(?:(?![某该])[\\u4e00-\\u9fff]){2,14}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|厂|商行|合作社)';

export const PRELIMINARY_RESULT_FAMILIES: Family[] = [
  {
    // A named firm's suspected violation told with its figure while the case is still investigated
    // (after final202): 经初步核查，鸿泰机械制造有限公司涉嫌多报2023年产值约1.6亿元，目前案件仍在调查中. The
    // preliminary finding against a party named in full is the case's work secret until it is decided;
    // an unnamed party (某企业), a penalty decided and a police bulletin (which names firms to find
    // their victims) are not read.
    re: new RegExp(
      `${NAMED_FIRM}(?:${IN}{0,6}?)涉嫌${IN}{0,24}?(?:${AMOUNT}|[0-9０-９]+(?:[.．][0-9０-９]+)?(?:亿|万)?(?:吨|件|笔|户|人|次|台|套|立方米|平方米|亩))`,
      'g',
    ),
    when: (text) => CASE_PENDING.test(text) && !CASE_DECIDED.test(text) && !BULLETIN.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '案件调查处理终结前公开具体企业的涉嫌违法事实和数额，属工作秘密，请删去或隐去名称',
  },
  {
    // A regulator's preliminary finding told while its check goes on: 正在对某三甲医院开展专项核查，初步
    // 查明该院骨科涉嫌串换耗材金额达326万元，涉及科室负责人3名，相关情况将在调查结束后依法公布. The post
    // itself says the outcome is to be published later, so the figures are the check's work secret. A
    // police bulletin or an accident report (初步查明，事故造成…) tells them on purpose and is not read.
    // So is a valuation or an appraisal made for a case while its conclusion is still on the way to
    // whoever commissioned it (受市纪委监委委托…目前初步认定涉案物品总价值约286万元，认定结论尚未送达委托
    // 机关; 初步鉴定…，鉴定意见尚未出具): the figure belongs to the case.
    re: new RegExp(
      `初步(?:查明|查实|核实|查出|认定|掌握|鉴定|评估|估算|估价|测算|核定)${IN}{0,30}?(?:${AMOUNT}|[0-9０-９一二三四五六七八九十百]+(?:起|条|个|项|笔|人|名|家))`,
      'g',
    ),
    when: (text) =>
      CHECK_PENDING.test(text) && !BULLETIN.test(text) && !REPORT_PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '核查、调查结束前的初步查明情况属工作秘密，不宜提前公开，请核实',
  },
  {
    // A check's preliminary result told while it is still under review or held back (after
    // heldout-final104): 本轮省级储备粮质量抽查结果尚在复核，未经省局同意不得公开。初步结果显示我县有2个
    // 库点黄曲霉毒素超标; 初步检测结果表明3批次不合格，复检结果尚未公布. A result published as a notice
    // with its remedies (通报如下, 已责令) is public on purpose.
    re: new RegExp(
      `初步(?:检测|抽查|抽检|检验|监测|化验|核查|检查|评估|测算)?(?:的)?(?:结果|结论|数据|情况)(?:显示|表明|为|是|发现)[：:]?${IN}{0,30}?(?:超标|不合格|不达标|阳性|检出|问题|隐患|违规)`,
      'g',
    ),
    when: (text) => REVIEW_PENDING.test(text) && !CHECK_PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '检测、抽查结果尚在复核或未经批准公开，其初步结果属工作秘密，不宜提前发布，请核实',
  },
  {
    // A provisional winner or price: 拟中选产品平均价格为每片860元, 拟中标单位为某某建设公司, 预中标价
    // 1.2亿元, 初步中选企业…降价60%.
    re: new RegExp(
      `(?:拟中选|拟中标|预中标|拟成交|预成交|初步中选|拟入围|初步确定的中标)(?:产品|企业|药品|耗材|单位|供应商|价格|结果|价|人)?${IN}{0,20}?(?:${AMOUNT}|(?:为|是)${IN}{2,20}?(?:公司|集团|企业|厂))`,
      'g',
    ),
    when: (text) => RESULT_PENDING.test(text) && !RESULT_PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '采购、招标的拟中选（中标）价格或单位在正式结果公布前属工作秘密，不宜提前公开，请核实',
  },
  {
    // A named bidder's or applicant's score told while the review goes on (after final194 and
    // final196): 华禾建设公司综合得分93.6分暂列首位; 初评得分排名前三的分别为：花田托育中心92.5分. Quiet: the
    // scores in the result's own publicity notice (评审结果公示如下) and a review without a result to come.
    // The score may follow the name in brackets (某路桥公司（93.6分）; after final199).
    re: new RegExp(
      `${CANDIDATE}(?:的)?(?:以)?(?:综合|初评|初审|评审|评标|技术|商务)?(?:得分|评分|分数|总分)?(?:为|是|达)?[：:（(]?${SCORE}`,
      'g',
    ),
    when: (text) =>
      REVIEW.test(text) &&
      (RESULT_PENDING.test(text) || SCORE_PENDING.test(text)) &&
      !scoresPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message:
      '评标、评审结果公布前公开参评单位的得分或排名，违反评审保密规定（《招标投标法》第四十四条），请删去',
  },
  {
    // A list of the applicants' scores told while the review goes on (after final204 and final205):
    // 目前评标工作正在进行中，各投标人技术部分得分分别为：华信科技86分…中标结果将另行公示; 专家评审已于昨日
    // 结束，目前正在履行局党组审定程序。现将初评得分靠前的项目通报如下：… Quiet: the result's own
    // publicity notice and a review without a result to come.
    re: new RegExp(SCORE_LIST, 'g'),
    when: (text) =>
      REVIEW.test(text) &&
      (RESULT_PENDING.test(text) || SCORE_PENDING.test(text)) &&
      !scoresPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message:
      '评标、评审结果公布前公开参评单位的得分或排名，违反评审保密规定（《招标投标法》第四十四条），请删去',
  },
  {
    // An audit's or an inspection's findings told before its report: 审计组初步查出违规资金约3200万元,
    // 巡察组初步发现问题线索12条, 审计人员已发现虚列成本等问题.
    re: new RegExp(
      `(?:审计组|审计人员|审计局|审计署|审计厅|审计机关|审计|巡察组|巡视组)(?:已经?)?(?:初步)?(?:查出|发现|核实|认定|查实|掌握)${IN}{0,20}?(?:${AMOUNT}|[0-9０-９一二三四五六七八九十百]+(?:起|条|个|项|笔|人))|(?:审计组|审计人员|巡察组|巡视组)(?:已经?)?初步(?:查出|发现|核实|认定|查实|掌握)${IN}{0,40}?问题`,
      'g',
    ),
    when: (text) => REPORT_PENDING.test(text) && !REPORT_PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '审计、巡察报告形成前的初步发现属工作秘密，不宜提前公开，请核实',
  },
  {
    // Figures quoted from a report's unsettled draft: 据审计报告初稿（尚未征求被审计单位意见），该公司…
    // 违规举债约2.3亿元; 巡察报告征求意见稿显示…问题12个; 调查报告讨论稿认定…. A draft is a work secret
    // until the report is issued, whatever it finds.
    re: new RegExp(
      `(?:据|根据|按照?|从|在)?(?:审计|巡察|巡视|调查|核查|检查|评估|督查)(?:组|局|机关)?的?(?:报告)?(?:初稿|征求意见稿|讨论稿|草稿|送审稿|未定稿|审议稿|草案)${IN}{0,40}?(?:${AMOUNT}|[0-9０-９一二三四五六七八九十百]+(?:起|条|个|项|笔|人)|问题)`,
      'g',
    ),
    when: (text) => !REPORT_PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message:
      '审计、巡察等报告的初稿（征求意见稿）尚未定稿，其中数据和结论属工作秘密，不宜公开，请核实',
  },
];
