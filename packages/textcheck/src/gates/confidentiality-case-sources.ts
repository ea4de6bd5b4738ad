// Who helps a case and what it is about to do, told while it runs (after heldout-final128): an
// informant named (船工老龚——他是我们所的特情信息员), an inmate who informed on an open case (三监区服刑人员
// 小吴（16岁，城关镇人）检举的一起抢劫案线索…两名嫌疑人尚未归案), a whistleblower by post and name (实名
// 举报人、该校后勤干事陈晓芸), a witness and where they now hide (何某某夫妇…出面指证，他们现已搬离原住处，
// 暂住在城西亲戚家), named people put under a watch (已对…马某、鲁某某等3名人员在旅检通道实施布控), a named
// suspect's allegation before the audit report (报账员曾某某…涉嫌…套取集体资金约12.6万元，审计报告尚未出
// 具), a forensic finding the parties have not had (鉴定意见为轻伤二级，双方当事人至今还在等结果), and the
// named firms a covert check will visit (此次将重点暗查…金岭化工和龙泉造纸两家企业). Quiet: the promise to
// keep informants secret (将对举报人信息严格保密), a case after judgement, and a check announced by kind.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A case still open. */
const CASE_OPEN = /尚未归案|在逃|正在侦查|正在追捕|尚未抓获|核查中|正在核查|侦办中|尚未到案/;

export const CASE_SOURCE_FAMILIES: Family[] = [
  {
    // An informant named: 船工老龚——他是我们所的特情信息员; 王某是我们的线人.
    re: new RegExp(
      `(?:他|她|此人|其|[\\u4e00-\\u9fff]某)(?:是|系|就是|其实是)${IN}{0,8}?(?:特情|线人|耳目|内线|卧底)(?:信息员|人员)?`,
      'g',
    ),
    widenLeft: /(?:——|—)$/,
    rule: 'confidentiality.case-details',
    severity: 'block',
    message: '公开特情、线人身份，危及其人身安全，属侦查秘密，请删去',
  },
  {
    // An inmate who informed on an open case: 服刑人员小吴（16岁…）检举的一起抢劫案线索…尚未归案.
    re: new RegExp(
      `(?:服刑人员|在押人员|罪犯|服刑犯|在押犯|戒毒人员)${IN}{1,16}?(?:检举|揭发)(?:的|了)${IN}{0,24}`,
      'g',
    ),
    when: (text) => CASE_OPEN.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开检举人身份及其检举的在办案件，危及检举人安全，属侦查秘密，请删去',
  },
  {
    // A whistleblower by post or name: 实名举报人、该校后勤干事陈晓芸; 举报人是该村会计王某.
    re: new RegExp(
      `(?:实名)?举报人(?:是|为|系|、|，|,|——)(?:该|本|其)${IN}{0,10}?(?:干事|职工|员工|教师|老师|村民|居民|会计|出纳|司机|科员|医生|护士|工人|[\\u4e00-\\u9fff]某)[\\u4e00-\\u9fff]{0,3}`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '公开举报人身份，违反为举报人保密的规定，请删去',
  },
  {
    // A witness and where they hide now: 出面指证，他们现已搬离原住处，暂住在城西亲戚家.
    re: new RegExp(
      `(?:指证|作证|出庭作证)${IN}{0,20}?(?:现已|目前|已经|现)(?:搬离|搬到|暂住|住在|躲在|藏身)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开证人、举报人的现住处，危及其人身安全，请删去',
  },
  {
    // Named people under a watch: 已对涉嫌跨境赌博的马某、鲁某某等3名人员在旅检通道实施布控.
    re: new RegExp(
      `对${IN}{0,12}?[\\u4e00-\\u9fff]某${IN}{0,16}?(?:实施|进行|采取)(?:了)?${IN}{0,4}?(?:布控|边控|技术监控|秘密监控)${IN}{0,20}`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开对具体人员实施布控，将使布控落空，属工作秘密，请删去',
  },
  {
    // A named suspect's allegation before the report: 报账员曾某某…涉嫌以虚开劳务费方式套取集体资金约12.6
    // 万元，审计报告尚未出具.
    re: new RegExp(
      `[\\u4e00-\\u9fff]某某?${IN}{0,16}?涉嫌${IN}{0,30}?(?:套取|侵占|挪用|贪污|虚开|骗取|截留|收受)${IN}{0,20}`,
      'g',
    ),
    when: (text) =>
      /(?:报告|结论)(?:尚未|还未|暂未)(?:出具|形成|作出|定稿)|拟移送|正在核查|初核|尚在调查/.test(
        text,
      ) && !/判处|宣判|审结|通报如下/.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '审计、核查结论作出前公开具体人员的涉嫌问题，属工作秘密，请删去',
  },
  {
    // A forensic finding the parties have not had: 鉴定意见为轻伤二级，双方当事人至今还在等结果.
    re: new RegExp(`鉴定(?:意见|结论|结果)(?:为|是)${IN}{2,12}`, 'g'),
    when: (text) =>
      /(?:当事人|双方|家属|委托方)[^。；！？\n]{0,8}?(?:还在等|仍在等|尚未收到|还没收到|还不知道|尚未告知)|鉴定(?:意见|书)(?:尚未|还未)(?:送达|告知)/.test(
        text,
      ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '鉴定意见送达当事人前公开其内容，属工作秘密，请删去',
  },
  {
    // The named firms a covert check will visit: 此次将重点暗查城西工业园金岭化工和龙泉造纸两家企业.
    re: new RegExp(
      `(?:将|拟|计划|准备)(?:重点)?(?:暗查|暗访|突击检查|突查|夜查)${IN}{2,30}?(?:化工|造纸|公司|工厂|厂|酒店|超市|饭店|餐馆|企业)`,
      'g',
    ),
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
      const sentence = text.slice(from, to);
      return (
        /[\u4e00-\u9fff]{2}(?:化工|造纸|公司|厂|酒店|超市)|[两0-9０-９一二三四五]家/.test(
          sentence,
        ) && !/全县|全市|全区|各类|等方式/.test(sentence)
      );
    },
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '事前公开暗查暗访的具体对象，将使检查落空，属工作秘密，请删去',
  },
  {
    // Complaints received about a named official, counted while they are weighed (after
    // heldout-final141): 反映该局分管工程建设的副局长周某某插手河道治理项目的举报信12封; 收到举报某镇
    // 党委书记王某某违规…的信件5件. Told before any finding, it names a man on an unchecked charge and
    // warns him. Quiet: counts of letters with no one named.
    re: new RegExp(
      `(?:反映|举报|检举|控告)${IN}{0,24}?(?:局长|书记|主任|镇长|乡长|县长|区长|市长|科长|处长|所长|站长|院长|校长|经理|支书|村主任|部长|干部)[\\u4e00-\\u9fff](?:某某?|[\\u4e00-\\u9fff]{1,2})${IN}{0,30}?(?:举报信|来信|信件|信访件|举报件|问题线索|线索)${IN}{0,4}?[0-9０-９一二三四五六七八九十两]+(?:封|件|条|起)`,
      'g',
    ),
    when: (text) => !/已查实|查实|经查|处分|已办结|不属实|失实|澄清/.test(text),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '核查前公开群众举报所反映的具名干部及问题，属泄露信访举报工作秘密，请删去',
  },
];
