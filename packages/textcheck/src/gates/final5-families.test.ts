// Rule families of the heldout-final5 round, each with wordings other than the set's: gore told
// from footage, personal data sold by kind of owner, degrees made to order with 办理, casino brands
// sold as a site and shown in a page's text, advice to use a VPN, readers told not to believe a
// scam, laws cited as the basis of an answer, local names of the bodies merged in 2018, services
// given only against a like, loan speed and sign-up cash promises, places called the most beautiful,
// cheering violence, talking down to the asker, 垃圾 + 言论.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '监控画面显示，肇事者将路人捅得浑身是血', '捅得浑身是血'],
  ['legal', '长期打包出售各地车主、业主手机号', '打包出售各地车主、业主手机号'],
  ['legal', '加急办理学位证，全国可查', '加急办理学位证'],
  ['legal', '新葡京在线注册，天天返水', '新葡京在线'],
  ['legal', '在家看国外网站？装个翻墙软件即可访问', '翻墙软件'],
  ['policy', '依据《中华人民共和国合同法》第五十二条的规定，在合同履行期间双方应…', '合同法'],
  ['policy', '县工商行政管理局开展红盾护农行动', '工商行政管理局'],
  ['policy', '区食品药品监管局抽检了20批次食品', '食品药品监管局'],
  ['coercion', '毕业生须转发学院公众号文章，辅导员核对后方可领取毕业证书', '方可领取毕业证书'],
  ['advertising', '网贷不看流水，最短5分钟放款', '最短5分钟放款'],
  ['advertising', '新用户首充就送100元', '首充就送100元'],
  ['advertising', '这里堪称世界最美的海岸线', '堪称世界最美'],
  ['opinion', '看完视频真是解气！', '真是解气'],
  ['opinion', '这号人就该被揍', '这号人就该被揍'],
  ['opinion', '这么简单的道理都不明白吗？', '这么简单的道理都不明白'],
  ['opinion', '您自己为什么不查查系统记录', '您自己为什么不查查'],
  ['opinion', '这些垃圾发言我们一律删除', '垃圾发言'],
];

// [gate, text]: must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['legal', '老红军回忆，当年被敌人打得皮开肉绽也没有吐露半个字'],
  ['legal', '警方破获一起出售业主信息案，抓获犯罪嫌疑人3名'],
  ['legal', '政务服务大厅开通绿色通道，快速办理身份证'],
  ['legal', '澳门威尼斯人酒店今年接待游客增长两成'],
  ['legal', '有网友反映翻墙软件就能访问境外网站，这是违法的'],
  ['legal', '“轻松兼职，日赚三百”——这类刷单广告千万别信'],
  ['policy', '1999年，法院依据《合同法》第五十二条规定判决合同无效'],
  ['policy', '县市场监督管理局（原县工商行政管理局）开展检查'],
  ['coercion', '请关注公众号并点赞，转发后方可领取奖品'],
  ['advertising', '个税汇算退税最快1天到账'],
  ['advertising', '新用户注册即送50元消费券，由区商务局统一发放'],
  ['advertising', '该村被评为“中国最美乡村”'],
  ['opinion', '对这种违法行为就该依法严惩'],
  ['opinion', '不少群众对这些规定也不清楚，我们将加强宣传'],
  ['opinion', '请将厨余垃圾与其他垃圾分开投放'],
];

describe('heldout-final5 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('reports a casino brand and a numbered address in a page text as injected', () => {
    const html =
      '<html><body><h1>我区召开安全生产会议</h1><p>会议部署了节前安全检查。</p>' +
      '<p>永利官网 yl6688.com 首存送彩金</p></body></html>';
    expect(reported('hijack', { html }).some((e) => e.includes('yl6688.com'))).toBe(true);
  });
  it('stays quiet on a gambling address named in a police warning page', () => {
    const html =
      '<html><body><p>警方提醒：“永利官网 yl6688.com”等均为境外赌博网站，切勿登录。</p></body></html>';
    expect(reported('hijack', { html })).toEqual([]);
  });
});
