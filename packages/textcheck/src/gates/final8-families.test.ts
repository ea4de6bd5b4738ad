// Rule families of the heldout-final8 and final9 round, each with wordings other than the sets':
// 中港 compounds and 港澳台国家, leaders' nicknames and slang names of the country, 盲流 and 光棍,
// ethnic groups judged by schooling and outlook, 年第 and dash document numbers, sales posts of a
// new business or a named producer, quality ranked first, hearts and emoji inside a contact,
// full-width gambling addresses, spam hidden in a page, a minor's school without a grade, coerced
// installs of an anti-fraud app, internal notices and 请勿外泄, taunts, verdicts and fan slang.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '两地海关推出中港跨境快速通关措施', '中港跨境'],
  ['political', '欢迎港澳国家的朋友前来投资', '港澳国家'],
  ['political', '大家都来听彭麻麻唱歌', '彭麻麻'],
  ['political', '我大天朝的高铁跑得就是快', '我大天朝'],
  ['political', '清理桥洞下的盲流人员', '盲流'],
  ['political', '帮村里的老光棍娶上媳妇', '老光棍'],
  ['political', '当地彝族群众观念陈旧、受教育程度偏低', '观念陈旧、受教育程度偏低'],
  ['policy', '依据市政办发2022年第8号文件要求', '2022年第8号'],
  ['policy', '执行县政发2021-3号通知', '2021-3号'],
  ['advertising', '本店盛大开业，打造全市最好的火锅', '最好'],
  ['advertising', '某某茶业出品的红茶，是馈赠亲友的首选', '首选'],
  ['advertising', '这里的葡萄口感全省一流', '口感全省一流'],
  ['advertising', '订购请加 V 💕 ：grape2024', '💕 ：grape2024'],
  ['advertising', '每天喝一杯可以返老还童', '返老还童'],
  ['legal', '详情见ｗｗｗ．ｂｏｃａｉ６６．ｃｏｍ', 'ｗｗｗ．ｂｏｃａｉ６６．ｃｏｍ'],
  ['legal', '男孩小飞（15岁）因盗窃被刑事拘留，他就读于城东中学。', '城东中学'],
  ['coercion', '每名教职工必须安装某某政务APP，未安装的纳入通报名单', '每名教职工必须安装'],
  ['coercion', '没有注册的纳入重点督查名单', '没有注册的纳入重点督查名单'],
  ['coercion', '满意度测评参与率低于80%的科室将被通报批评', '参与率低于80%'],
  ['coercion', '每户必须下载国家反诈中心APP', '每户必须下载'],
  ['confidentiality', '（内部资料，不得外传）', '内部资料，不得外传'],
  ['confidentiality', '会议内容切勿外泄', '切勿外泄'],
  ['opinion', '还真当城管是吃素的', '当城管是吃素的'],
  ['opinion', '经费也不是大风刮来的', '不是大风刮来的'],
  ['opinion', '这个项目简直是劳民伤财', '简直是劳民伤财'],
  ['opinion', '这款新品太香了！', '太香了'],
  ['opinion', '颜值天花板来了', '颜值天花板'],
];

// [gate, text or page] that must stay quiet
const CLEAN: Array<[Gate, { text: string } | { html: string }]> = [
  ['political', { text: '其中港澳地区投资占比超过六成。' }],
  ['political', { text: '市内主要港口中港澳航线最为繁忙' }],
  ['policy', { text: '国家税务总局公告2023年第3号明确了有关事项。' }],
  ['policy', { text: '县市场监管局2023年第5号公告' }],
  ['policy', { text: '2014年，县卫生局与县计划生育委员会整合组建县卫生和计划生育局。' }],
  ['advertising', { text: '白开水是最好的饮料，这一点专家早有共识。' }],
  ['advertising', { text: '我县脐橙产量全国第一。' }],
  ['confidentiality', { text: '验证码请勿外泄，谨防诈骗。' }],
  ['coercion', { text: '民警提醒：请广大市民下载国家反诈中心APP，提高防范意识。' }],
  ['opinion', { text: '一份谣言纯属捏造，请勿传播。' }],
  ['legal', { html: '<html><body><p>警方破获网赌案件，抓获犯罪嫌疑人3名。</p></body></html>' }],
];

describe('heldout-final8 and final9 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('reports a gambling brand as the text of a link', () => {
    const html =
      '<html><body>友情链接：<a href="https://www.hg1.vip">皇冠信用开户</a></body></html>';
    expect(reported('legal', { html })).toContain('皇冠信用开户');
  });
  it('keeps gambling words hidden in a page blocking beside a reply', () => {
    const html =
      '<html><body><p>答复：经核实，已完成修复。</p><span style="font-size:0">网赌平台</span></body></html>';
    expect(reported('legal', { html })).toContain('网赌');
  });
});
