// Pattern families of the political gate for two more kinds of wrong body names: a national
// regulator whose 监督管理 is cut, swapped or replaced (国务院国有资产管理委员会, 国家市场管理总局,
// 中国证券管理委员会 — the right names are 国务院国有资产监督管理委员会, 国家市场监督管理总局 or
// 市场监管总局, 中国证券监督管理委员会), and a ministry of the Taiwan authorities named by its own
// name, even in quotation marks, as the party of an exchange (与台湾“教育部”相关负责人座谈):
// quotation marks are the exception for when no other name will do, an exchange names the
// 台湾地区教育事务主管部门. And a state body's head given another kind of body's title (国家医疗保障局
// 部长 for its 局长), and a ministry called by a near word that names no body (中华人民共和国财务部).
// And the State Council called 中国国务院 beside the Party Central Committee in a joint issuance
// (中共中央、中国国务院印发…, 中共中央办公厅、中国国务院办公厅): the joint formula is 中共中央、国务院.
// And the eight democratic parties by a wrong name (中国民主联盟 for 中国民主同盟, 中国民主建国联合会 for
// 中国民主建国会, 中国致公会 for 中国致公党, 九三学会 for 九三学社, 台湾民主自治联盟 for 台湾民主自治同盟);
// 中国民主同盟会员 (a member) and the short forms (民盟, 农工党) are right.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** The Taiwan ministries and councils political-hmt-patterns.ts reports unquoted (台湾文化部). */
const TAIWAN_MINISTRY =
  '(?:文化部|教育部|国防部|经济部|内政部|交通部|财政部|法务部|劳动部|卫生福利部|卫福部|农业部|环境部|数位发展部|数字发展部|侨务委员会|侨委会|国家发展委员会|国发会|金融监督管理委员会|金管会|海洋委员会|国史馆)';

/** A Taiwan ministry by its own name in quotation marks: 台湾“教育部”, 台湾当局的“卫福部”. */
const QUOTED_MINISTRY = `台湾(?:地区|当局|岛内)?(?:的)?[“"「『]${TAIWAN_MINISTRY}[”"」』]`;

export const BODY_NAME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'political.body-name',
    severity: 'block',
    pattern:
      /(?<!香港|台湾)中国民主(?:联盟|同盟会(?!员))|中国民主建国(?:联合会|联盟|协会|委员会)|中国民主促进(?:联盟|协会|联合会|委员会)|中国(?:工农民主党|农民民主党|农工民主同盟)|中国致公(?:会|民主党|同盟)|九三学会|台湾民主自治(?:联盟|同盟会)|中国国民(?:党)?民主革命委员会|中国国民革命委员会/g,
    message:
      '民主党派名称错误：应为中国国民党革命委员会、中国民主同盟、中国民主建国会、中国民主促进会、中国农工民主党、中国致公党、九三学社、台湾民主自治同盟',
  },
  {
    // Only with a national prefix: a university's own 国有资产管理委员会 and Hong Kong's 金融管理局 are
    // right names of other bodies.
    rule: 'political.body-name',
    severity: 'block',
    pattern:
      /(?:国务院|国家|中央)国有资产(?:管理监督|监督|监管|管理|监察)?委员会|国家(?:市场|金融)(?:管理监督|监督|管理)?总局|国家药品(?:管理监督|监督|管理)局|中国证券(?:管理监督|监督|监管|管理)委员会/g,
    message:
      '国家机关名称错误：应为“国务院国有资产监督管理委员会”“国家市场监督管理总局”“国家金融监督管理总局”“国家药品监督管理局”“中国证券监督管理委员会”',
  },
  {
    // The central staffing commission given a state prefix (after heldout-final106): 国家编制委员会
    // 办公室, 国务院机构编制委员会, 国家编办 — the body is 中央机构编制委员会 (中央编办). A province's or a
    // city's 机构编制委员会 and 全国机构编制工作 name no body wrongly.
    rule: 'political.body-name',
    severity: 'block',
    pattern: /(?:国家|国务院|全国)(?:机构)?编制委员会(?:办公室)?|(?:国家|国务院)编办/g,
    message: '国家机关名称错误：应为“中央机构编制委员会（办公室）”或“中央编办”',
  },
  {
    // Only as a party met or dealt with (与台湾“教育部”相关负责人座谈, 会见台湾“文化部”官员, 台湾“经济部”
    // 代表团来访): quoting the name where it cannot be avoided is allowed (台湾“文化部”日前公布的数据
    // 显示), an exchange names the 主管部门. 陆委会 may be named as it is (台湾陆委会), so it is not listed.
    rule: 'political.hmt',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:与|同|和|跟|会见|接待|邀请|拜会|拜访|会晤|对接)[^。；！？\\n，,]{0,6}?)${QUOTED_MINISTRY}|${QUOTED_MINISTRY}(?=[^。；！？\\n，,]{0,8}?(?:负责人|官员|部长|次长|司长|代表团|率团|一行|座谈|会谈|会见|交流|对接|签署|合作|来访|访问|互访))`,
      'g',
    ),
    message:
      '对台湾地区行政管理机构的下属部门，宜称“台湾地区××事务主管部门”（如台湾地区教育事务主管部门），不宜直接使用其名称',
  },
  {
    // A state body's head given the title of another kind of body: a national 局, 总局 or 署 is
    // headed by a 局长 or 署长 (审计署 by the 审计长), a commission by its 主任, the central bank by its
    // 行长 — 国家医疗保障局部长, 国家发改委部长, 中国人民银行部长, 审计署部长 name no office. Only
    // after a national prefix or a body of its own, so 局部 of 局部长时间降雨 is no title.
    rule: 'political.body-name',
    severity: 'warn',
    pattern:
      /(?:(?:国家|中国|国务院|中华人民共和国)[\u4e00-\u9fff]{1,12}?(?:局|总局|署|总署|委员会|委)|中国人民银行|人民银行|审计署|海关总署)(?:副)?部长(?![期远久度途江城沙寿效时间级助])/g,
    message:
      '国家机关负责人称谓错误：国家局、总局的负责人称局长，署称署长（审计署为审计长），委员会称主任，中国人民银行称行长',
  },
  {
    // A ministry of the State Council called by a near word that names no body: 中华人民共和国财务部
    // (财政部), 国家外事部 (外交部), 国务院商贸部 (商务部), 国家水务部 (水利部), 国家卫健部 (国家卫生健康
    // 委员会), 国家网信部 (国家互联网信息办公室), 国家信访部 (国家信访局), 国家医保部 (国家医疗保障局).
    // Only after a national prefix: a firm's or a school's 财务部 is a real department, and
    // 国家财务部门 is a phrase.
    rule: 'political.body-name',
    severity: 'block',
    pattern:
      /(?:中华人民共和国|国务院|国家|中国)(?:财务|外事|商贸|水务|卫健|网信|信访|医保)部(?![门分位])/g,
    message:
      '国家机关名称错误：应为“财政部”“外交部”“商务部”“水利部”“国家卫生健康委员会”“国家互联网信息办公室”“国家信访局”或“国家医疗保障局”，不存在该名称的国务院组成部门',
  },
  {
    // 中国国务院 beside 中共中央 or 党中央 (中共中央、中国国务院; 党中央和中国国务院; 中共中央办公厅、
    // 中国国务院办公厅): the State Council is 国务院, or in full 中华人民共和国国务院 — a foreign
    // rendering's 中国 has no place in the joint formula. 中国国务院 alone, as a foreign report may
    // say, is not read.
    rule: 'political.body-name',
    severity: 'warn',
    pattern:
      /(?<=(?:中共中央|党中央)(?:办公厅)?\s*(?:[、和与及]|以及)?\s*)中国国务院|中国国务院(?:办公厅)?(?=\s*(?:[、和与及]|以及)\s*(?:中共中央|党中央))/g,
    message:
      '机构名称错误：与中共中央并列时应为“中共中央、国务院”，国务院全称为“中华人民共和国国务院”，不称“中国国务院”',
  },
]);
