// The policy rules for the misses of four blind every-gate sets (final210 to final213: natural
// resources, transport, civil affairs, environment and construction), each written for a concept: a
// fine for occupied land at its old rate, surveying qualifications in their old four grades, a
// ministry order and a regulation a newer one replaced (交通部令2000年第2号, 排污许可管理办法（试行）), a
// renamed inspection (中央环境保护督察), a private car's old inspection interval, a charity's old
// registration term for public fund-raising, the abolished care-home licence, and marriage registered
// only where one party's household is; and quiet: the new rule, the change told, history.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the fine for land occupied unlawfully at its old rate (policy-stale-figures.ts)
  [
    'policy',
    '村民未经批准在承包地上建房属于非法占用土地，执法部门除责令拆除外，还将按每平方米三十元以下处以罚款。',
    '每平方米三十元以下',
  ],
  // surveying qualifications in four grades (policy-abolished-licences.ts)
  [
    'policy',
    '本公司具有丙级测绘资质，可承接地籍测绘和房产测绘业务，欢迎来电咨询。',
    '丙级测绘资质',
  ],
  [
    'policy',
    '测绘单位的资质等级目前共有甲、乙、丙、丁级，不同等级可承接的业务范围不同。',
    '甲、乙、丙、丁级',
  ],
  // a ministry order replaced by a newer one (superseded.tsv)
  [
    'policy',
    '执法人员依据交通部令2000年第2号的规定，对超限车辆进行卸载并依法处理。',
    '交通部令2000年第2号',
  ],
  // a regulation replaced by a newer one (superseded.tsv)
  [
    'policy',
    '企业应当按照《排污许可管理办法（试行）》的要求，按时提交排污许可证执行报告。',
    '排污许可管理办法（试行）',
  ],
  // a renamed inspection (superseded.tsv)
  [
    'policy',
    '我市正全力推进中央环境保护督察反馈问题整改，确保年底前全部销号。',
    '中央环境保护督察',
  ],
  // a private car's inspection interval before the 2022 reform (policy-car-inspection.ts)
  [
    'policy',
    '私家车注册登记后前6年免检，从第六年开始每年都要上线检验一次。',
    '第六年开始每年都要上线检验一次',
  ],
  // a charity's registration term before the 2023 amendment (policy-amended-terms.ts)
  [
    'policy',
    '社会组织成立满两年并被认定为慈善组织的，方可向民政部门申请公开募捐资格证书。',
    '成立满两年',
  ],
  // the abolished care-home licence (policy-abolished-licences.ts)
  [
    'policy',
    '民办养老院须取得民政部门核发的养老机构设立许可证后，方可对外收住老人。',
    '养老机构设立许可证',
  ],
  // marriage registered only where one party's household is (policy-abolished-licences.ts)
  [
    'policy',
    '想要领证的新人，需要一同前往男方或女方户口所在地的婚姻登记处办理结婚登记。',
    '男方或女方户口所在地',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  // the new rate, and the old one told as the old
  [
    'policy',
    '非法占用土地的，可以并处每平方米100元以上1000元以下的罚款，原条例规定的每平方米30元以下已调整。',
  ],
  ['policy', '绿化养护费按每平方米30元以下的标准据实结算。'],
  // the two grades now, and another trade's 丙级
  ['policy', '测绘资质等级分为甲、乙两级，原丙级、丁级资质已取消。'],
  ['policy', '该公司具有建筑工程施工总承包丙级资质，可承接小型房屋建筑工程。'],
  // the current order, and the old one told replaced
  [
    'policy',
    '《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）自2016年9月21日起施行，原交通部令2000年第2号同时废止。',
  ],
  ['policy', '依据《排污许可管理办法》，排污单位应当在许可证有效期届满60日前申请延续。'],
  // the new name, and the first round of its day
  ['policy', '第三轮中央生态环境保护督察反馈问题整改工作有序推进。'],
  ['policy', '2016年，第一轮中央环境保护督察在河北启动试点。'],
  // the new interval told
  ['policy', '非营运小微型载客汽车10年内仅需在第6年、第10年上线检验，超过10年的每年检验1次。'],
  // a charity's one year now, and two years in another matter
  ['policy', '依法登记满一年的慈善组织，可以申请公开募捐资格。'],
  ['policy', '该社会组织登记满两年，已连续两年年检合格。'],
  // care-home filing now, and the licence told abolished
  ['policy', '养老机构依法办理登记后，应当向县级以上民政部门备案。'],
  ['policy', '2019年起，养老机构设立许可已取消，改为登记备案管理。'],
  // marriage registered anywhere now, and a marriage with a foreigner
  ['policy', '结婚登记已实现全国通办，不再限于一方常住户口所在地。'],
  ['policy', '中国公民同外国人在中国内地结婚的，应到内地居民常住户口所在地的婚姻登记机关办理。'],
];

describe('concept rules for the policy misses of final210 to final213', () => {
  itReportsFamilies(CATCHES, QUIET);
});
