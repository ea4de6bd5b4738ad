// The policy rules for the misses and false alarms of four blind every-gate sets (final206 to
// final209: water, rivers, tourism, heritage, wildlife, commerce and tax), each written for a
// concept: a repealed regulation cited as the ground of today's work (取水许可制度实施办法, 导游人员管理
// 实施办法), a renamed day told as this year's (文化遗产日), a law's older revision called 现行, an
// industry standard a national one replaced, a used-car dealer's VAT at the old rate, a wild animal at
// the protection class it had before it was raised; and quiet: an enforcement instrument's number
// with 第 (处罚决定书, 案号), a provision told deleted by the amended law, history, the change told.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a repealed regulation cited as today's ground (superseded.tsv)
  [
    'policy',
    '申请人应按照《取水许可制度实施办法》的规定，向水行政主管部门提交取水申请书。',
    '取水许可制度实施办法',
  ],
  [
    'policy',
    '各旅行社要依照《导游人员管理实施办法》加强对本社导游的日常管理。',
    '导游人员管理实施办法',
  ],
  // a renamed day told as this year's (superseded.tsv)
  ['policy', '本周六是文化遗产日，县博物馆全天免费开放。', '文化遗产日'],
  // a law's older revision called 现行 (policy-law-editions.ts)
  [
    'policy',
    '按照2015年修订的现行《大气污染防治法》，露天焚烧秸秆的将依法处罚。',
    '2015年修订的现行《大气污染防治法》',
  ],
  // an industry standard replaced by a national one (policy-superseded-standards.ts)
  ['policy', '乡村民宿等级评定严格按照LB/T 065-2019执行，评定结果将在官网公示。', 'LB/T 065-2019'],
  // a used-car dealer's VAT at the old rate (policy-used-car-vat.ts)
  [
    'policy',
    '二手车经销企业销售收购的二手车，目前按3%征收率减按2%缴纳增值税。',
    '按3%征收率减按2%缴纳增值税',
  ],
  // a wild animal at its former protection class (policy-protection-class.ts)
  [
    'policy',
    '长江江豚被列为国家二级重点保护野生动物，请勿非法捕捞。',
    '长江江豚被列为国家二级重点保护',
  ],
  [
    'policy',
    '巡护员救助了一只马来穿山甲，马来穿山甲是国家二级保护动物。',
    '马来穿山甲是国家二级保护',
  ],
  // a 公文 number with 第 still reported (policy.document-number-format)
  [
    'policy',
    '现将《关于印发工作方案的通知》（某政办发〔2024〕第3号）转发给你们。',
    '〔2024〕第3号',
  ],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['policy', '1993年国务院发布《取水许可制度实施办法》，我县据此开始发放取水许可证。'],
  ['policy', '2006年，国务院决定设立“文化遗产日”，定在每年6月的第二个星期六。'],
  ['policy', '今年6月14日是“文化和自然遗产日”，县博物馆全天免费开放。'],
  ['policy', '依据2017年修正的现行《中华人民共和国水污染防治法》，禁止向水体排放油类。'],
  ['policy', '《旅游民宿基本要求与评价》（LB/T 065-2019）已被GB/T 41648-2022代替。'],
  ['policy', '一般纳税人销售自己使用过的固定资产，依3%征收率减按2%征收增值税。'],
  [
    'policy',
    '自2020年5月1日起，二手车经销企业销售收购的二手车，由原依3%征收率减按2%征收增值税，改为减按0.5%征收增值税。',
  ],
  ['policy', '2020年，穿山甲由国家二级升为国家一级重点保护野生动物。'],
  ['policy', '江豚属国家二级重点保护野生动物，请勿捕捞。'],
  // an enforcement instrument's number with 第 (policy-enforcement-numbers.ts)
  ['policy', '案号：某市监处罚〔2025〕第012号；当事人：某某超市；处罚结果：警告。'],
  ['policy', '现将某综执〔2024〕第15号行政处罚决定书送达你单位，请于十五日内履行。'],
  // a provision told deleted by the amended law (policy-tense.ts)
  [
    'policy',
    '问：外贸企业还要办对外贸易经营者备案登记吗？答：修正后的对外贸易法删去了对外贸易经营者备案登记的有关条款，我局已不再受理此类申请。',
  ],
];

describe('concept rules for the policy misses of final206 to final209', () => {
  itReportsFamilies(CATCHES, QUIET);
});
