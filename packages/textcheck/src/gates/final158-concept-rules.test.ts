// The rules for the misses and the false alarm of two blind every-gate sets measured on the code of
// the two rounds before them (final158, final159), each written for a concept: the seven-day
// no-reason return told as another period, the licence suspension for driving after drinking told
// wrong, a superseded measures document cited as current, and a complainant named outright. Quiet:
// the lawful statements, a shop's own longer promise, a court judging revenge on an informant, a
// pledge of secrecy; and the set's false alarm, a fire-danger scale's 最高级.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the seven-day no-reason return (legal.no-reason-return-period-misstated)
  [
    'legal',
    '根据《消费者权益保护法》规定，经营者采用网络方式销售商品，消费者有权自收到商品之日起十五日内退货，且无需说明理由。',
    '十五日内退货',
  ],
  ['legal', '依法，网购商品消费者可在收到后30日内无理由退货。', '30日内'],
  ['legal', '法律规定网购可以三天内无理由退货。', '三天内'],
  // the suspension for driving after drinking (legal.drink-driving-suspension-misstated)
  [
    'legal',
    '根据《道路交通安全法》规定，饮酒后驾驶机动车的，处暂扣三个月机动车驾驶证，并处一千元以上二千元以下罚款。',
    '暂扣三个月',
  ],
  ['legal', '饮酒驾驶的，将被暂扣1个月驾驶证。', '暂扣1个月'],
  ['legal', '酒后驾车一经查实，暂扣一年驾驶证。', '暂扣一年'],
  // a superseded measures document cited as current (policy.superseded-as-current)
  [
    'policy',
    '按照《高新技术企业认定管理办法》（国科发火〔2008〕172号）要求，现启动2025年度申报工作。',
    '国科发火〔2008〕172号',
  ],
  // a complainant named outright (confidentiality.whistleblower)
  [
    'confidentiality',
    '您好！关于幸福路夜市油烟扰民问题，经举报人王秀兰反映后，我局高度重视，已组织现场检查。',
    '举报人王秀兰',
  ],
  [
    'confidentiality',
    '关于您经营的烧烤店油烟扰民一事，投诉人为您楼上302室的住户陈女士，她多次反映影响休息。',
    '投诉人为您楼上302室的住户陈女士',
  ],
  ['confidentiality', '此次投诉人是刘先生，请你店尽快整改。', '投诉人是刘先生'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['legal', '根据规定，消费者有权自收到商品之日起七日内退货，且无需说明理由。'],
  ['legal', '该平台承诺15天无理由退货，高于法定的七日。'],
  ['legal', '饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。'],
  [
    'policy',
    '2016年，科技部等三部门修订印发《高新技术企业认定管理办法》（国科发火〔2016〕32号）。',
  ],
  ['confidentiality', '经核实，举报人反映的问题属实，我局已责令整改。'],
  ['confidentiality', '我们将对举报人的信息严格保密。'],
  [
    'confidentiality',
    '被告人李某因不满举报人王建国举报其违法建设，多次上门滋事，被判处有期徒刑一年。',
  ],
  [
    'advertising',
    '#森林防火#据气象部门预报，未来三天我县森林火险气象等级为最高级（五级），极易发生森林火灾。',
  ],
];

describe('concept rules for the misses of final158 and final159', () => {
  itReportsFamilies(CATCHES, QUIET);
});
