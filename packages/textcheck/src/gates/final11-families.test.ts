// Rule families of the heldout-final11 round, each with wordings other than the set's: drugs by
// code name with delivery, deposits asked of job seekers, a minor's parent named, hidden legal
// terms, shelters located in brackets, written-exam topics, internal decisions and 暂不对外公布,
// 明传电报 numbers, the old family-planning slogans, the 3,500-yuan tax threshold and the former
// 公安消防 forces, migrant workers judged, 武疯子, quoted praise and lessons prescribed to
// commenters, live-stream selling, historic and product superlatives, links to buy, cards of
// 19 digits in groups, utilities as sources and a title that warns.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '有“猪肉”需要的私信，当天送', '“猪肉”需要的私信'],
  ['legal', '入职前须先缴纳300元培训费', '须先缴纳300元培训费'],
  ['legal', '涉案少年王某（15岁）持刀伤人，其母亲张秀英称', '母亲张秀英'],
  ['confidentiality', '应急指挥所(设在县政府大楼地下二层车库内)', '指挥所(设在县政府大楼地下'],
  ['confidentiality', '考前透露：今年申论题目已定为“乡村振兴”', '申论题目已定为“乡村振兴”'],
  ['confidentiality', '经局党组内部讨论，新办公楼将迁往城西', '内部讨论，新办公楼将迁往城西'],
  ['confidentiality', '该方案领导要求暂不对外透露', '暂不对外透露'],
  ['confidentiality', '根据市政府明传电报（市政明电〔2025〕8号）要求', '市政明电〔2025〕8号'],
  ['confidentiality', '已内部确定李某为办公室主任人选', '内部确定李某为办公室主任人选'],
  ['policy', '大力提倡晚婚晚育', '提倡晚婚晚育'],
  ['policy', '个税起征点3500元，请大家知悉', '起征点3500元'],
  ['policy', '市公安消防支队开展演练', '公安消防支队'],
  ['political', '部分外地打工仔素质差', '外地打工仔素质差'],
  ['political', '社区排查文疯子2名', '文疯子'],
  ['opinion', '这些司机可真“勇敢”', '可真“勇敢”'],
  ['opinion', '劝你回去补补常识', '劝你回去补补常识'],
  ['opinion', '再乱说小心我们封你账号', '小心我们封你账号'],
  ['opinion', '看完直接破防！', '直接破防'],
  ['advertising', '家人们拍二发四，手慢无', '拍二发四'],
  ['advertising', '史上最低价，错过再等一年', '史上最低价'],
  ['advertising', '这是全省最甜的脐橙', '全省最甜的脐橙'],
  ['advertising', '购买链接：www.example-shop.com/p/1', '购买链接：www.example-shop.com/p/1'],
  ['advertising', '凭本推文可享八折', '凭本推文可享八折'],
  ['privacy', '请汇入其本人银行卡：6217 0012 3456 7890 123', '6217 0012 3456 7890 123'],
];

// [gate, input] that must stay quiet
const CLEAN: Array<[Gate, { text: string } | { html: string }]> = [
  ['advertising', { text: '这被称为美国历史上最大的泄密案。' }],
  ['advertising', { text: '我县是全国最大的脐橙产区之一。' }],
  ['advertising', { text: '活动现场前200名市民可领取纪念品。' }],
  ['source', { text: '停水通知。来源：县自来水公司' }],
  ['policy', { text: '2018年10月，公安消防部队整体转制为国家综合性消防救援队伍。' }],
  ['confidentiality', { text: '涉及个人隐私的内容依法不予公开。' }],
  ['opinion', { text: '他们真是好样的，勇敢救人。' }],
  [
    'hijack',
    {
      html: '<html><head><title>警惕！这些都是网络赌博诈骗的套路</title></head><body><p>警方提醒：网络赌博十赌九输。</p></body></html>',
    },
  ],
];

describe('heldout-final11 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('reports a legal term a page hides, even one only listed for information', () => {
    const html =
      '<html><body><p>答复：已办结。</p><div style="display:none">办理各类证件</div></body></html>';
    expect(reported('legal', { html })).toContain('办理各类证件');
  });
});
