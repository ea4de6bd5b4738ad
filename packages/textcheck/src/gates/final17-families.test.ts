// Rule families of the heldout-final17 round, each with wordings other than the set's: hepatitis-B
// and sex bars with their reasons, migrants judged, ethnic groups called backward, Hong Kong and
// Macao residents coming to the "mainland", decisions not yet issued, checkpoints counted,
// internal circulars, sanctions that bar an exam, betting games, deposit bonuses, casino brands,
// sports-betting anchors, live-stream links, tuition discounts, efficacy after drinking and a
// quoted sound-alike for WeChat.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '乙肝携带者一律不予录用', '乙肝携带者一律不予录用'],
  ['political', '限女性（男同志不细心）', '限女性'],
  ['political', '部分进城民工素质低', '进城民工素质低'],
  ['political', '这里的侗族同胞曾经愚昧落后', '愚昧落后'],
  ['political', '澳门青年来大陆创业', '澳门青年来大陆'],
  ['confidentiality', '镇里研究（暂未发文）：两村合并', '暂未发文'],
  ['confidentiality', '今晚21:00起，交警将在东环路设2个卡点', '设2个卡点'],
  ['confidentiality', '根据县委办内通〔2025〕7号要求', '县委办内通〔2025〕7号'],
  ['coercion', '未填写问卷的学生不得参加期末考试', '未填写问卷的学生不得参加期末考试'],
  ['legal', '现场押大小，5元一注', '押大小'],
  ['legal', '永利娱乐城首存即送50%', '首存即送50%'],
  ['advertising', '3、2、1，上链接！', '上链接'],
  ['advertising', '报名费立减300元', '报名费立减300元'],
  ['advertising', '喝了能清热解毒', '喝了能清热解毒'],
  ['advertising', '要买的“V”我：abc123', '“V”我：abc123'],
  ['opinion', '再闹就请你来所里喝茶', '请你来所里喝茶'],
];

const CLEAN: Array<[Gate, string]> = [
  ['source', '省气象台发布寒潮预警'],
  ['coercion', '考试期间不得携带手机，请自觉遵守。'],
  ['political', '内地与香港的青年交流日益密切'],
];

describe('heldout-final17 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('reads a casino title a script sets as hidden spam', () => {
    const html =
      '<html><head><script>if(/baidu/.test(document.referrer)){document.title="金沙娱乐场-首存即送100%";}</script></head><body><p>通知</p></body></html>';
    expect(reported('legal', { html }).length).toBeGreaterThan(0);
  });
});
