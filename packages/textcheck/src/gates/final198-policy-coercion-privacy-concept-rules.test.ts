// The policy, coercion and privacy rules for the misses of four blind sets (final198 to final201:
// civil affairs, road transport, driving schools, ecology and environment, housing and construction),
// each written for a concept: a repealed law or regulation, a replaced edition of a catalogue or a
// ministry order cited as today's ground, a truck's overload limit or a private car's inspection
// interval by the rule before its reform; a floor on what each regulated unit gives or buys tied to its
// appraisal, its credit rating or the office's services; a person named in full with a grave chronic
// disease. Quiet: the law or edition in force, a repeal told, the current figures, a weight weighed,
// a voluntary gift, a tie refused, an illness of no one named.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a repealed law or regulation named as today's ground
  ['policy', '执法大队将依照《环境噪声污染防治法》对夜间施工予以查处。', '环境噪声污染防治法'],
  ['policy', '成立非公募基金会，应当符合《基金会管理办法》规定的条件。', '基金会管理办法'],
  // a replaced regulation cited by its document number
  ['policy', '村名更改须按照国发〔1986〕11号文件规定的程序报批。', '国发〔1986〕11号'],
  [
    'policy',
    '驾驶人记满12分的，应按照《机动车驾驶证申领和使用规定》（公安部令第123号）参加学习。',
    '公安部令第123号',
  ],
  // a replaced edition of a catalogue
  ['policy', '企业应当依据《国家危险废物名录（2016年版）》识别废物类别。', '国家危险废物名录'],
  // an overload limit by axle count of the old rule
  ['policy', '根据治超标准，三轴货车车货总质量超过30吨即属超限。', '超过30吨'],
  // a private car's inspection interval of before the 2022 reform
  ['policy', '私家车等非营运小型载客汽车超过6年的，每年检验1次。', '每年检验1次'],
  // a floor on what each regulated unit gives or buys, tied to what the office holds over it
  [
    'coercion',
    '为支援灾区，请各物业企业每个小区捐款不低于1000元，捐款情况与物业服务企业信用评级挂钩。',
    '不低于1000元',
  ],
  [
    'coercion',
    '局里编印了安全生产读本，每家企业至少订购10本，未按期订购的企业暂缓办理年度审验手续。',
    '至少订购10本',
  ],
  // a person named in full with a grave chronic disease
  ['privacy', '来信人反映，其邻居赵玉兰（71岁）患有肝硬化，需要社区关注。', '肝硬化'],
];

const QUIET: Array<[Gate, string]> = [
  ['policy', '对夜间施工扰民行为，执法大队将依照《中华人民共和国噪声污染防治法》予以查处。'],
  ['policy', '2022年6月5日起，《噪声污染防治法》施行，《环境噪声污染防治法》同时废止。'],
  ['policy', '企业应当依据《国家危险废物名录（2021年版）》识别废物类别。'],
  ['policy', '根据治超标准，三轴货车车货总质量超过25吨即属超限。'],
  ['policy', '经检测，该六轴货车车货总质量超过70吨，超限率达42%。'],
  ['policy', '非营运小型载客汽车10年以内第6年、第10年上线检验，超过10年的每年检验1次。'],
  ['coercion', '倡议各物业企业自愿捐款，每个小区捐款不低于1000元的将颁发证书。'],
  ['coercion', '每家企业至少订购10本，订购情况不与年度审验挂钩。'],
  ['coercion', '农业农村局对每户补贴不少于500元，补贴发放情况纳入年度考核。'],
  ['privacy', '慢性阻塞性肺病患者冬季应注意保暖，按时用药。'],
  ['privacy', '社区为辖区肝硬化患者开展免费筛查。'],
];

describe('policy, coercion and privacy concept rules for the misses of final198 to final201', () => {
  itReportsFamilies(CATCHES, QUIET);
});
