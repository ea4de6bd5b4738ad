// The legal and coercion rules for the misses of four blind every-gate sets (final218 to final221:
// courts, discipline and secrecy, taxation and local finance, unions and federations), each written
// for a concept: a crime's top sentence told short (refusing to carry out a judgment: seven years),
// a statute's figure told wrongly (a payment order's fifteen days, the secrecy periods by level, the
// tax surcharge of 0.05% a day, a pawn's six months, a protection order's six months), what only the
// police may do done by a financial regulator (detention), a fine joined to a Party or public-office
// sanction, and donations tied to a regulator's rating of the firms it oversees. Quiet: the right
// figures and maxima, a term set for one document or one order, a phone bill's penalty, a case handed
// to the police, a regulator's own fine, a court's 罚金, a tie refused, and a consequence denied
// (是否关注不影响您办理任何业务) beside the channels listed.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // refusing to carry out a judgment or a ruling: up to seven years (legal-sentence-maxima)
  [
    'legal',
    '法官提醒：有能力执行而拒不执行，情节严重的构成拒不执行判决、裁定罪，最高可判处五年有期徒刑。',
    '最高可判处五年有期徒刑',
  ],
  ['legal', '对拒不执行判决、裁定的被执行人，最高可处五年有期徒刑。', '最高可处五年有期徒刑'],
  ['legal', '拒不执行法院生效判决，构成犯罪的，最高可判10年有期徒刑。', '最高可判10年有期徒刑'],
  // a debtor's days to answer a payment order (legal-statute-clause-figures)
  [
    'legal',
    '债务人应当自收到支付令之日起十日内清偿债务或者提出书面异议，逾期不异议又不履行的，债权人可以申请强制执行。',
    '收到支付令之日起十日内',
  ],
  ['legal', '债务人接到支付令后7日内未提出书面异议的，支付令即发生法律效力。', '接到支付令后7日内'],
  [
    'legal',
    '支付令送达债务人之日起30日内，债务人可以提出书面异议。',
    '支付令送达债务人之日起30日内',
  ],
  // the secrecy periods' ceilings by level (legal-statute-clause-figures)
  [
    'legal',
    '国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过五年。',
    '秘密级不超过五年',
  ],
  ['legal', '国家秘密的保密期限，除另有规定外，机密级一般不超过十年。', '机密级一般不超过十年'],
  ['legal', '关于保密期限，秘密级事项最长为5年，机密级事项最长为20年。', '秘密级事项最长为5年'],
  // the tax or social insurance late-payment surcharge (legal-statute-clause-figures)
  [
    'legal',
    '纳税人未按照规定期限缴纳税款的，税务机关除责令限期缴纳外，从滞纳税款之日起，按日加收滞纳税款万分之三的滞纳金。',
    '按日加收滞纳税款万分之三',
  ],
  [
    'legal',
    '用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳，并自欠缴之日起，按日加收千分之二的滞纳金。',
    '按日加收千分之二',
  ],
  ['legal', '逾期缴纳税款的，每日按欠缴税款的万分之三加收滞纳金。', '万分之三'],
  // a pawn's term (legal-statute-clause-figures)
  ['legal', '根据《典当管理办法》，典当期限由双方约定，最长不得超过12个月。', '最长不得超过12个月'],
  ['legal', '根据《典当管理办法》，典当期限最长不超过一年。', '典当期限最长不超过一年'],
  [
    'legal',
    '在典当行办理业务时，当期最长可达12个月，续当一次的期限最长为3个月。',
    '续当一次的期限最长为3个月',
  ],
  // a protection order's term (legal-statute-clause-figures)
  [
    'legal',
    '根据《中华人民共和国反家庭暴力法》，人身安全保护令的有效期不超过一年，自作出之日起生效。',
    '人身安全保护令的有效期不超过一年',
  ],
  ['legal', '法院签发的人身安全保护令，有效期最长为12个月。', '有效期最长为12个月'],
  ['legal', '遭受家暴可以向法院申请保护令，保护令的有效期最长一年。', '保护令的有效期最长一年'],
  // detention by a financial or other trade regulator (legal-overreaching-sanctions)
  [
    'legal',
    '经查，相关公司未取得任何金融业务许可。县地方金融工作部门已依法对其中2名散发人员处以行政拘留5日。',
    '地方金融工作部门已依法对其中2名散发人员处以行政拘留',
  ],
  [
    'legal',
    '经查，市金融监管局对3名非法放贷人员处以行政拘留10日。',
    '金融监管局对3名非法放贷人员处以行政拘留',
  ],
  [
    'legal',
    '区金融办经调查核实，依法对非法集资组织者予以拘留。',
    '金融办经调查核实，依法对非法集资组织者予以拘留',
  ],
  // a fine joined to a Party or public-office sanction (legal-overreaching-sanctions)
  ['legal', '陈某某受到党内严重警告处分，并处罚款2万元，违纪所得予以收缴。', '并处罚款2万元'],
  ['legal', '经查，刘某某违规收受礼金，给予其政务记过处分，并处罚款5000元。', '并处罚款5000元'],
  ['legal', '王某某受到开除党籍处分，同时处以罚款3万元。', '同时处以罚款3万元'],
  // donations tied to a regulator's rating of the firms it oversees (coercion-purchase-quota)
  [
    'coercion',
    '倡议全县各小额贷款公司、典当行、融资担保公司积极捐款，捐款金额原则上不低于2万元，捐款情况将作为年度监管评级的参考因素。',
    '捐款情况将作为年度监管评级的参考因素',
  ],
  [
    'coercion',
    '倡议各会员单位积极捐款，各会员单位捐款情况将纳入年度信用评价。',
    '捐款情况将纳入年度信用评价',
  ],
  [
    'coercion',
    '倡议辖区各典当行踊跃捐款，捐款金额与企业分类评级挂钩。',
    '捐款金额与企业分类评级挂钩',
  ],
  // a demand whose consequence is told, beside the quiet denied one below (forced-interaction)
  [
    'coercion',
    '请务必组织全体职工关注公众号，完成情况纳入年终考核。',
    '务必组织全体职工关注公众号',
  ],
  ['coercion', '每人必须下载APP并注册，否则影响年终评优。', '每人必须下载APP并注册'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '拒不执行判决、裁定罪，情节特别严重的，最高可判处七年有期徒刑。'],
  ['legal', '构成拒不执行判决、裁定罪的，最高可判处7年有期徒刑。'],
  [
    'legal',
    '拒不执行判决、裁定，情节严重的，处三年以下有期徒刑；情节特别严重的，处三年以上七年以下有期徒刑。',
  ],
  ['legal', '债务人应当自收到支付令之日起十五日内清偿债务，或者向人民法院提出书面异议。'],
  ['legal', '人民法院应当在受理之日起十五日内向债务人发出支付令。'],
  ['legal', '债务人收到支付令后15日内既不提出异议又不履行的，债权人可以申请强制执行。'],
  [
    'legal',
    '国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。',
  ],
  ['legal', '该文件密级为秘密级，保密期限为5年。'],
  [
    'legal',
    '纳税人未按照规定期限缴纳税款的，税务机关除责令限期缴纳外，从滞纳税款之日起，按日加收滞纳税款万分之五的滞纳金。',
  ],
  ['legal', '逾期未缴纳话费的，我公司将按天收取3‰的滞纳金。'],
  ['legal', '网传逾期缴税将按日加收万分之十的滞纳金，此为不实信息。'],
  ['legal', '典当期限由双方约定，最长不得超过6个月。'],
  ['legal', '典当行的当期届满或者续当期届满后5日内，当户应当赎当或者续当。'],
  ['legal', '典当期限最长为半年，续当一次的期限最长为6个月。'],
  ['legal', '人身安全保护令的有效期不超过六个月，自作出之日起生效。'],
  ['legal', '法院为李女士签发人身安全保护令，有效期为三个月。'],
  ['legal', '区金融工作局将相关线索移送公安机关，公安机关依法对2名散发人员处以行政拘留5日。'],
  ['legal', '市金融监管局依法对该公司处以罚款20万元。'],
  ['legal', '陈某某受到党内严重警告处分，违纪所得予以收缴。'],
  ['legal', '被告人王某犯受贿罪，被判处有期徒刑三年，并处罚金二十万元。'],
  ['legal', '某公司被市场监管部门处以罚款，其负责人受到党内警告处分。'],
  ['coercion', '捐款情况不作为年度监管评级的参考因素，完全自愿。'],
  ['coercion', '各单位捐款情况将在年度总结中公示。'],
  ['coercion', '监管评级结果将于年底公布，欢迎各机构积极参与公益捐款。'],
  [
    'coercion',
    '个人所得税年度汇算期间，欢迎广大纳税人关注“汐州税务”微信公众号，及时获取政策解读和办税提醒。是否关注不影响您办理任何涉税业务，所有事项均可通过“个人所得税”App、自然人电子税务局网页端或办税服务厅办理。',
  ],
  ['coercion', '是否下载不会影响您办理业务，所有事项均可在窗口办理，欢迎使用“市民通”APP。'],
];

describe('concept rules for the legal and coercion misses of final218 to final221', () => {
  itReportsFamilies(CATCHES, QUIET);
});
