// Rule families of the heldout-final12 round, each with wordings other than the set's: spam
// wording in hidden blocks and beside links found by the pattern families too, poppies grown,
// paid chat, addresses spelled with 点, examiners' leaks, police operations announced, jobs closed
// by sex or origin, outsiders judged, old slogans in the 1980s told as history, threats through
// the network, quoted "smart people", 跟我们说没用, sanctions for not watching or following,
// requirements made preconditions, branded remedies recommended, efficacy after a course of doses,
// beneficiaries' phones and assigned flats.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '院子里种了一片罂粟，花开时很好看', '种了一片罂粟'],
  ['legal', '空虚人妻在线陪聊', '空虚人妻'],
  ['legal', '福利资源见 av88 点 top', 'av88 点 top'],
  ['confidentiality', '面试将于周六举行，据命题组透露，今年将考应急处置', '命题组透露'],
  ['confidentiality', '明晚起开展集中清查行动，在各高速路口设卡', '明晚起开展集中清查行动'],
  ['confidentiality', '拟任命张某某任县教育局局长，还在走程序', '拟任命张某某任县教育局局长'],
  ['political', '招聘保安，仅限男性，农村户口免谈', '农村户口免谈'],
  ['political', '外来人员素质就是差', '外来人员素质就是差'],
  ['policy', '村口刷上了“只生一个好”的新标语', '只生一个好'],
  ['opinion', '再闹小心我们顺着网线来抓你们', '顺着网线来抓你们'],
  ['opinion', '有些“高手”以为没人管', '有些“高手”'],
  ['opinion', '这事找我们反映也没用', '找我们反映也没用'],
  ['coercion', '未观看直播的学生取消本学期评先资格', '未观看直播的学生取消本学期评先资格'],
  ['coercion', '关注情况将作为发放补贴的前提条件', '关注情况将作为发放补贴的前提条件'],
  ['advertising', '推荐大家食用“长寿牌”富硒米', '推荐大家食用“长寿牌”'],
  ['advertising', '每天服用2粒，可有效降血糖', '每天服用2粒，可有效降血糖'],
  ['privacy', '救助发放公示：王某某，救助金额800元，联系电话13912345678', '13912345678'],
  ['privacy', '配租房源：幸福里5号楼302室', '幸福里5号楼302室'],
];

// [gate, input] that must stay quiet
const CLEAN: Array<[Gate, { text: string } | { html: string }]> = [
  ['legal', { text: '严禁非法种植罂粟，发现线索请举报。' }],
  ['privacy', { text: '地址：市委大院3号楼205室，联系电话：0731-5551234。' }],
  ['policy', { text: '上世纪80年代，“只生一个好”的标语随处可见。' }],
  ['political', { text: '本岗位要求具有相关从业经验。' }],
  ['coercion', { text: '未完成年检的车辆不得上路行驶。' }],
  ['advertising', { text: '县人民医院引进国内先进的CT设备。' }],
  ['confidentiality', { text: '任前公示：拟提拔张三同志任县水利局局长，现予以公示。' }],
];

describe('heldout-final12 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('blocks a hidden block whose spam only a pattern family knows', () => {
    const html =
      '<html><body><p>通知。</p><p style="font-size:0">代开各地增值税专用发票 真票可查验 联系QQ:88123456</p></body></html>';
    expect(reported('hijack', { html })).toHaveLength(1);
  });
});
