// Rule families of the heldout-final13 round, each with wordings other than the set's: internal
// news and drafts told ahead, topics of the next day's written exam, 明传电报 numbers, a facility
// located before it is named, a villagers' committee called a government, 国立 for Taiwan
// institutions, 维族 and 泥腿子, hepatitis-B carriers turned away, superseded VAT rates and local tax
// bureaus, incited beatings, full-width addresses spelled with 点, quotas of study points ranked,
// results withheld from those who did not install, homes in brackets, risky external scripts, and
// cold or mocking replies.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['confidentiality', '据内部消息，新区管委会将整体搬迁', '内部消息，新区管委会将整体搬迁'],
  ['confidentiality', '明天就是公务员笔试，压轴题考的是基层治理', '压轴题考的是基层治理'],
  ['confidentiality', '根据县政府办公室明传电报〔2025〕3号', '明传电报〔2025〕3号'],
  ['confidentiality', '拟推荐李某为村委会主任候选人', '拟推荐李某为村委会主任候选人'],
  ['confidentiality', '位于西山南麓的某部导弹阵地', '位于西山南麓的某部导弹阵地'],
  ['political', '居委会是最基层的政府', '居委会是最基层的政府'],
  ['political', '借展国立故宫博物院藏品', '国立故宫博物院'],
  ['political', '维族同胞载歌载舞', '维族'],
  ['political', '乙肝携带者不予录用', '乙肝携带者不予录用'],
  ['policy', '一般纳税人适用16%的增值税税率', '16%的增值税税率'],
  ['policy', '请到县地税局办理', '地税局'],
  ['legal', '发现小偷就往死里打', '往死里打'],
  ['legal', '搜ｂｅｔ６６点ｃｏｍ看直播', 'ｂｅｔ６６点ｃｏｍ'],
  ['coercion', '各支部学习积分排名后三名的予以通报，请认真完成学习任务', '排名后三名的予以通报'],
  ['coercion', '未安装的学生成绩单暂不发放', '未安装的学生成绩单暂不发放'],
  ['privacy', '张某（幸福村二组8号）', '幸福村二组8号'],
  ['opinion', '这个问题百度一下就知道了', '百度一下就知道了'],
  ['opinion', '我们非常“感谢”您的指导', '非常“感谢”'],
];

// [gate, input] that must stay quiet
const CLEAN: Array<[Gate, { text: string } | { html: string }]> = [
  ['legal', { text: '警方查明，嫌疑人将被害人往死里打，致其重伤。' }],
  ['coercion', { text: '每人每日积分不得低于40分，请大家自觉学习。' }],
  ['political', { text: '村委会是基层群众性自治组织。' }],
  ['policy', { text: '2018年，原地税局与国税局合并。' }],
  ['source', { text: '来源：县教育局人事股' }],
  [
    'hijack',
    {
      html: '<html><head><script src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></head><body><p>通知</p></body></html>',
    },
  ],
];

describe('heldout-final13 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('warns of a script loaded from a spam-favoured domain', () => {
    const html =
      '<html><head><script src="https://cdn.tongji-ab.xyz/t.js"></script></head><body><p>通知</p></body></html>';
    expect(reported('hijack', { html })).toHaveLength(1);
  });
});
