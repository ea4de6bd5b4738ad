// The legal and confidentiality rules for the misses of four blind every-gate sets (final202 to
// final205: meteorology, trademarks, postal complaints, census, power supply, high-tech certification,
// patents, the housing provident fund, statistics, anti-fraud, research funding, procurement, civil
// affairs), each written for a concept: statute figures told wrongly (the Meteorology Law's fine, a
// trademark's grace period, the period to apply for reconsideration), census returns used against
// respondents, fines by a utility, a business licence acted on by a bureau that did not issue it, an
// office deciding patent damages, a fund centre debiting an employer's account, a survey team's own
// figure before the release, a named firm's suspected violation while investigated, a den located
// before the raid, a list of scores while the review goes on and a leader's visit told with 将 and the
// minute. Quiet: the right figures, denials, the court applied to, 某, a raid done, a publicity notice
// and a visit told after it.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the Meteorology Law's fine told wrongly (legal-statute-clause-figures)
  [
    'legal',
    '依照《中华人民共和国气象法》，擅自向社会发布灾害性天气警报的，可以处十万元以下罚款。',
    '可以处十万元以下罚款',
  ],
  // a trademark's grace period told wrongly (legal-statute-clause-figures)
  ['legal', '商标续展小贴士：期满未续展的，宽展期为一年，逾期商标将被注销。', '宽展期为一年'],
  // reconsideration applied for in less than sixty days (legal-statute-clause-figures)
  [
    'legal',
    '如不服本处罚决定，可于收到决定书之日起三十日内向区人民政府申请行政复议。',
    '三十日内向区人民政府申请行政复议',
  ],
  // census returns handed over to punish the respondent (legal-census-data-use)
  [
    'legal',
    '经济普查时登记的无照经营户信息将推送给市场监管部门依法查处，请大家配合。',
    '推送给市场监管部门依法查处',
  ],
  // a power utility fining of itself (legal-unlawful-sanctions)
  [
    'legal',
    '近期发现部分用户私拉乱接用电，县供电公司将对窃电用户一律处以2000元罚款。',
    '供电公司将对窃电用户一律处以2000元罚款',
  ],
  // a business licence acted on by a bureau that did not issue it (legal-court-only-powers)
  [
    'legal',
    '科技项目申报材料造假的，经查实后本局将吊销其营业执照，并取消三年申报资格。',
    '本局将吊销其营业执照',
  ],
  // an office deciding an infringement's damages (legal-court-only-powers)
  [
    'legal',
    '商标侵权案件中，区市场监管局将责令侵权商家赔偿权利人全部损失。',
    '区市场监管局将责令侵权商家赔偿',
  ],
  // a fund centre debiting an employer's bank account (legal-court-only-powers)
  ['legal', '对拒不补缴住房公积金的，中心将冻结企业银行账户并划扣欠缴款项。', '冻结企业银行账户'],
  // a survey team's own figure before the release day (confidentiality-early-statistics)
  [
    'confidentiality',
    '6月份全省居民消费价格数据将于7月9日发布。据我厅初步测算，6月全省居民消费价格同比上涨1.2%，具体以正式发布数据为准。',
    '据我厅初步测算，6月全省居民消费价格同比上涨1.2%',
  ],
  // a named firm's suspected violation while investigated (confidentiality-preliminary-results)
  [
    'confidentiality',
    '经初步核查，辉煌建材有限公司涉嫌偷排废水约300吨，目前正在进一步调查中，结果将及时公布。',
    '辉煌建材有限公司涉嫌偷排废水约300吨',
  ],
  // a den located, the raid still ahead (confidentiality-planned-raids)
  ['confidentiality', '专案组已锁定犯罪团伙藏身的出租屋，将于近期择机收网。', '已锁定犯罪团伙藏身'],
  // a list of scores while the review goes on (confidentiality-preliminary-results)
  [
    'confidentiality',
    '评标工作仍在进行中，各投标单位商务部分得分依次为：东岳建设91分、华通路桥88分，中标结果将另行公告。',
    '各投标单位商务部分得分依次为：东岳建设91分',
  ],
  // a leader's visit told with 将 and the minute (confidentiality-movements-ahead)
  [
    'confidentiality',
    '5月8日下午3:00，市长王建明将率队到城东污水处理厂检查汛期安全生产工作。',
    '将率队到城东污水处理厂',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'legal',
    '根据《气象法》规定，非法向社会发布公众气象预报的，由气象主管机构责令改正，给予警告，可以并处五万元以下的罚款。',
  ],
  [
    'legal',
    '注册商标有效期满，应当在期满前十二个月内办理续展；未能办理的，可以给予六个月的宽展期。',
  ],
  ['legal', '如对本决定不服，可在收到本决定书之日起60日内向市人民政府申请行政复议。'],
  ['legal', '对复议决定不服的，可以在收到复议决定书之日起15日内向人民法院提起行政诉讼。'],
  ['legal', '人口普查中获得的个人信息不会作为对普查对象作出处罚的依据，请放心如实登记。'],
  ['legal', '自然灾害风险普查发现的隐患点将移交有关部门处理。'],
  [
    'legal',
    '凡查实窃电的，供电公司将依法追补电费并收取三倍违约使用电费，情节严重的移送电力管理部门处理。',
  ],
  ['legal', '对拒不改正的企业，我局将提请市场监管部门依法吊销其营业执照。'],
  [
    'legal',
    '专利侵权纠纷中，我局认定侵权成立的，可以责令侵权人立即停止侵权行为，并可应当事人请求就赔偿数额进行调解；调解不成的，可依法向人民法院起诉。',
  ],
  ['legal', '借款人逾期偿还贷款的，本中心可从借款人住房公积金账户中扣划资金偿还贷款。'],
  ['legal', '单位逾期仍不缴存住房公积金的，本中心将依法申请人民法院强制执行。'],
  [
    'confidentiality',
    '5月份我市居民消费价格同比上涨0.8%，其中食品价格上涨2.1%。下月数据将于7月15日正式发布。',
  ],
  ['confidentiality', '经初步核查，某机械制造有限公司涉嫌虚报产值约1.2亿元，目前案件仍在调查中。'],
  [
    'confidentiality',
    '经查，鸿泰机械制造有限公司虚报产值约1.6亿元，我局已依法对其处以罚款20万元。',
  ],
  ['confidentiality', '警方已摸清该团伙窝点位置，于3月5日凌晨统一收网，抓获犯罪嫌疑人12名。'],
  [
    'confidentiality',
    '评标结果公示如下：各投标人综合得分分别为：华信科技86分、众联软件81分。现予公示，公示期3天。',
  ],
  ['confidentiality', '4月3日上午9:30，区委书记周建国带队到凤凰山公墓检查了清明祭扫安全工作。'],
  [
    'confidentiality',
    '4月3日上午9:30，区长李卫平将到区政务服务中心接待来访群众，欢迎群众反映诉求。',
  ],
];

describe('concept rules for the legal and confidentiality misses of final202 to final205', () => {
  itReportsFamilies(CATCHES, QUIET);
});
