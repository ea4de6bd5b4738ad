// The legal, policy and confidentiality rules for the misses of four blind every-gate sets (final186
// to final189: exit and entry, foreign and Taiwan affairs, customs, military service, martyrs,
// consumer associations, price enforcement, budget performance, land sales, tax, lotteries, local
// debt), each written for a concept: a minor suspect named with 系 and the age, fines and detention
// by a consumer association or a foreign affairs office, local bonds issued by a county, the age of
// sales to minors, superseded practice and figures told as current (Taiwan permits' endorsement, the
// cash declaration threshold, one-fold compensation, the small taxpayer's monthly 15万), repealed
// rules cited as current, a revised regulation given a wrong year, and a leader's or a delegation's
// route, flight and hotel told ahead. Quiet: the right ages, bodies, figures and titles, the change
// told as past, the police's own penalty, a lawful lottery's draw and a journey reported after it.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a minor suspect named with 系 and the age (legal.minor-identity)
  ['legal', '警方抓获涉嫌盗窃的犯罪嫌疑人3名，其中犯罪嫌疑人李俊豪系16岁职校学生。', '李俊豪'],
  // fines and detention by bodies without the power (legal.illegal)
  ['legal', '对虚假宣传的商家，市消协将处以5000元罚款。', '罚款'],
  ['legal', '外籍人员逾期不办理居留手续的，区外事办将予以拘留。', '拘留'],
  ['legal', '对不按时报到的华侨学生，县侨办将处以罚款500元。', '罚款'],
  // local bonds issued by a county (legal.local-bond-issuer-misstated)
  ['legal', '经本级人大批准，区县政府有权发行专项债券筹集建设资金。', '发行专项债券'],
  // the age of sales to minors (legal.minor-sale-age-misstated)
  ['legal', '各超市、便利店不得向不满十六周岁的顾客出售香烟。', '不满十六周岁'],
  ['legal', '体彩网点严禁向14周岁以下的学生销售彩票。', '14周岁以下'],
  // superseded practice and figures told as current (policy.*-stale)
  ['policy', '台胞证持有人来大陆前，须先办理一次有效签注。', '签注'],
  ['policy', '旅客出境时携带人民币现金超过六千元的，须向海关申报。', '六千元'],
  ['policy', '商家存在欺诈的，消费者可要求退一赔一，即增加赔偿商品价款。', '退一赔一'],
  ['policy', '小规模纳税人季度销售额未超过45万元的，免征增值税。', '季度销售额未超过45万元'],
  // repealed rules cited as current (policy.superseded-as-current)
  ['policy', '依照《革命烈士褒扬条例》，烈士证明书由民政部门颁发。', '革命烈士褒扬条例'],
  ['policy', '执法人员依据《禁止价格欺诈行为的规定》对该超市作出处罚。', '禁止价格欺诈行为的规定'],
  ['policy', '本次评价参照财预〔2011〕285号文件设置指标体系。', '财预〔2011〕285号'],
  ['policy', '按照国土资源部令第11号的规定，经营性用地应当招拍挂出让。', '国土资源部令第11号'],
  // a revised regulation given a wrong year (policy.document-misdated)
  ['policy', '2018年国务院、中央军委修订公布的《征兵工作条例》明确了体检标准。', '2018年'],
  ['policy', '《军人抚恤优待条例》于2020年修订施行，提高了抚恤标准。', '2020年'],
  // a leader's route and a delegation's flight and hotel told ahead (confidentiality.operation)
  [
    'confidentiality',
    '后天上午9时，区长刘明将由区政府出发，先后检查城南污水厂、河湾泵站和滨河公园。',
    '区政府出发',
  ],
  ['confidentiality', '县委书记一行将于12日乘坐CA1234航班抵达，随后出席签约仪式。', 'CA1234航班'],
  ['confidentiality', '考察团将于本周五抵达，届时下榻滨江国际大酒店。', '滨江国际大酒店'],
];

// [gate, text] that must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['legal', '警方抓获犯罪嫌疑人张某某（16岁），案件正在进一步侦办中。'],
  ['legal', '对违法的商家，消协将提请市场监管部门依法处以罚款。'],
  ['legal', '外国人非法居留的，由公安机关出入境管理机构处以罚款或者拘留。'],
  ['legal', '市县政府需要举借债务的，由省级政府代为发行地方政府债券并转贷。'],
  ['legal', '彩票代销者不得向未成年人销售彩票，也不得向其兑付奖金。'],
  ['legal', '体育彩票管理中心提醒：大乐透开奖结果以官方公布为准，理性购彩。'],
  ['policy', '自2015年起，台湾居民来往大陆免予签注，持证即可入境。'],
  ['policy', '出入境旅客携带人民币现钞超过20000元的，应当向海关申报。'],
  ['policy', '经营者有欺诈行为的，应当按照消费者的要求增加赔偿，金额为价款的三倍。'],
  ['policy', '小规模纳税人月销售额10万元以下的，免征增值税。'],
  ['policy', '依照《烈士褒扬条例》，烈士遗属享受抚恤优待。'],
  ['policy', '依据《明码标价和禁止价格欺诈规定》，经营者应当明码标价。'],
  ['policy', '2023年修订的《征兵工作条例》自5月1日起施行。'],
  ['confidentiality', '昨天上午，区长刘明从区政府出发，先后检查了城南污水厂、河湾泵站。'],
  ['confidentiality', '代表团一行已于3日晚乘坐航班抵达奥克兰，入住当地酒店。'],
];

describe('final186 legal, policy and confidentiality concept rules', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
