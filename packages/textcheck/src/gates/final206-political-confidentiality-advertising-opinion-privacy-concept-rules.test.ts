// The political, confidentiality, advertising, opinion and privacy rules for the misses of four blind
// every-gate sets (final206 to final209), each written for a concept: an observance day dated wrong in
// brackets after 今天 or at the head of a title, a closed formulation with a wrong member (the sixteen-
// character water policy, 创造性转化、创新性发展, 以国内大循环为主体), a leader's patrol told ahead with its
// clock time and route, named bidders' preliminary scores while the review is checked again, an office
// recommending a named travel agency with praise, a named seller's stock and price ranked the top, an
// asker mocked (还用我们教吗) or blamed for coming late (…了才想起来找政府？), and a private person named in
// full with kidney failure or cancer. Quiet: the right dates and wordings, a visit reported after it,
// a published result, kinds of firms, reminders without the sneer, and masked names.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // an observance day dated wrong in brackets after 今天, or at the head of a title (political-history-dates)
  [
    'political',
    '今天（4月25日）是第54个世界地球日，让我们一起守护家园。',
    '今天（4月25日）是第54个世界地球日',
  ],
  ['political', '【6月7日世界环境日】建设人与自然和谐共生的美丽家园', '6月7日世界环境日'],
  // the water policy with a wrong member, named beside the run (political-formulation-intruders)
  [
    'political',
    '十六字治水思路：节水优先、空间均衡、统筹规划、两手发力，是新时代治水的根本遵循。',
    '统筹规划',
  ],
  // 创造性转化、创新性发展 with a wrong word, or the two adjectives swapped (political-formulation-wording)
  ['political', '推动红色文化资源创造性转化、创新性传承，讲好本地故事。', '创新性传承'],
  ['political', '促进中华优秀传统文化创新性转化、创造性发展。', '创新性转化'],
  // the international cycle made the main body (political-formulation-wording)
  [
    'political',
    '主动融入以国外大循环为主体、国内国际双循环相互促进的新发展格局。',
    '以国外大循环为主体',
  ],
  // a leader's patrol told ahead with the clock time and the route (confidentiality-movements-ahead)
  [
    'confidentiality',
    '明天上午10时，县委书记、县总河长王建设将到我乡巡河，巡查路线为乡政府—清水河大桥—东风水库。',
    '巡河',
  ],
  // named bidders' preliminary scores while the review is checked again (confidentiality-preliminary-results)
  [
    'confidentiality',
    '项目评审已于上周结束，目前仍在复核，待复核无误后公示结果。专家评审情况：远达建设公司88.5分、宏图路桥公司86分。',
    '88.5分',
  ],
  // an office recommending a named travel agency with praise (advertising-recommended-firm)
  [
    'advertising',
    '您好，关于研学出行，本局推荐选择金桥旅行社，该社服务周到、价格公道。',
    '本局推荐选择金桥旅行社',
  ],
  // a named seller's stock or price ranked the top in the office's pitch (advertising-designated-vendor)
  [
    'advertising',
    '家电以旧换新活动火热进行中，建议市民前往“百汇电器城”，品种最全、价格最实惠。',
    '品种最全、价格最实惠',
  ],
  // the asker mocked for not knowing (opinion-asker-rebukes)
  ['opinion', '网上买药要认准正规渠道，这点常识还需要我们告诉你吗？', '还需要我们告诉你吗'],
  // the asker blamed for coming late (opinion-asker-rebukes)
  ['opinion', '合同签了、钱也交了，出了问题才来找我们？', '出了问题才来找我们？'],
  // a private person named in full with kidney failure or cancer (privacy-person-conditions)
  ['privacy', '低保户陈秀珍患有肾功能衰竭，每月需到医院透析两次。', '肾功能衰竭'],
  ['privacy', '经研究，同意原摊主刘国华退出经营。刘国华确诊胃癌，需要长期治疗。', '胃癌'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['political', '今天（4月22日）是第54个世界地球日，让我们一起守护家园。'],
  ['political', '【6月5日世界环境日】建设人与自然和谐共生的美丽家园'],
  ['political', '十六字治水思路：节水优先、空间均衡、系统治理、两手发力，是新时代治水的根本遵循。'],
  ['political', '推动中华优秀传统文化创造性转化、创新性发展，讲好本地故事。'],
  ['political', '我国经济正在从以国际大循环为主体转向以国内大循环为主体的新发展格局。'],
  ['confidentiality', '昨天上午10时，县委书记到我乡巡河，巡查路线为乡政府—清水河大桥—东风水库。'],
  [
    'confidentiality',
    '评审结果公示如下：远达建设公司88.5分、宏图路桥公司86分。公示期为3个工作日。',
  ],
  ['advertising', '您好，关于研学出行，建议选择有资质的旅行社，签订书面合同。'],
  ['advertising', '购买家电时请到正规商场选购，不要只看价格最低。'],
  ['opinion', '网上买药要认准正规渠道，遇到问题可拨打12345热线。'],
  ['opinion', '不少消费者在商家跑路后才想起维权，提醒大家谨慎预付。'],
  ['privacy', '低保户陈某患有肾功能衰竭，每月需到医院透析两次。'],
  ['privacy', '肾功能衰竭患者应注意低盐饮食，定期复查。'],
];

describe('concept rules for the political, confidentiality, advertising, opinion and privacy misses of final206 to final209', () => {
  itReportsFamilies(CATCHES, QUIET);
});
