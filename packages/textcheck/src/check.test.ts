// The public checker: acceptance cases of issue 3, offsets into the input as given, and options.
import { describe, expect, it, vi } from 'vitest';
import { createChecker } from './check.ts';
import type { Finding } from './finding.ts';

const checker = createChecker();
const blocking = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');

const HIJACKED_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>成人视频在线观看_澳门赌场_真人百家乐_某市人民政府</title>
<meta name="keywords" content="成人视频,一夜情,六合彩,裸聊">
</head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<h1>关于做好2024年防汛工作的通知</h1>
<p>各区人民政府，市政府各部门：入汛以来，我市降雨偏多，各地要严格落实防汛责任制。</p>
<div style="display:none">免费成人视频，高清无码，<a href="http://www.av-spam.example.com/">点击进入</a></div>
<div style="position:absolute;left:-9999px">同城约炮 裸聊 <a href="http://yule.example.net/">娱乐城</a></div>
</body></html>`;

describe('acceptance', () => {
  it('reports legal (block) and hijack findings on a news page with injected pornographic SEO spam', () => {
    const { findings } = checker.check({ html: HIJACKED_PAGE });
    expect(findings.some((f) => f.gate === 'legal' && f.severity === 'block')).toBe(true);
    const hijack = findings.filter((f) => f.gate === 'hijack').map((f) => f.rule);
    expect(hijack).toEqual(expect.arrayContaining(['hijack.stuffed-meta', 'hijack.hidden-spam']));
  });

  it('reports gambling slang only where it names a site or platform', () => {
    const findings = checker.check({ text: '推荐一个靠谱的菠菜平台。' }).findings;
    expect(findings.some((f) => f.gate === 'legal' && f.excerpt === '菠菜平台')).toBe(true);
  });

  it('reports advertising with spans that cover the spaced-out words', () => {
    const text = '限 时 特 价！加 V 信 领 红 包，全-网-最-低-价。';
    const excerpts = checker
      .check({ text })
      .findings.filter((f) => f.gate === 'advertising')
      .map((f) => f.excerpt);
    expect(excerpts).toEqual(expect.arrayContaining(['限 时 特 价', '加 V 信', '全-网-最-低-价']));
  });

  it.each([
    [
      'a weather warning',
      '【暴雨橙色预警】市气象台7月12日10时发布暴雨橙色预警信号：预计未来6小时内，江夏区、蔡甸区将出现50毫米以上降雨，局地可达100毫米，并伴有雷电和短时大风。请注意防范城市内涝、山洪和地质灾害。',
    ],
    [
      'a statistics release',
      '2024年前三季度，全市实现地区生产总值5862.3亿元，按不变价格计算，同比增长5.6%。其中，第一产业增加值218.4亿元，增长3.2%；第二产业增加值2305.1亿元，增长6.1%。',
    ],
    [
      'a service notice',
      '停水通知：因市政供水管网改造施工，3月15日8:00至20:00，解放大道沿线居民和单位将暂停供水。请提前做好储水准备，给您带来的不便敬请谅解。供水服务热线：96390。',
    ],
    [
      'a vegetable price report that names spinach (菠菜, also gambling slang)',
      '本周全市蔬菜价格总体平稳，菠菜、芹菜每斤分别为3.2元和2.8元，较上周略有下降。',
    ],
  ])('produces no block or warn finding on %s', (_, text) => {
    expect(blocking(checker.check({ text }).findings)).toEqual([]);
  });
});

describe('findings', () => {
  it('point into the HTML as given, so slicing the input yields the excerpt', () => {
    const { findings } = checker.check({ html: HIJACKED_PAGE });
    for (const f of findings) expect(HIJACKED_PAGE.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('carry a suggestion that replaces the span', () => {
    const text = '积极融入一带一路战略。';
    const f = checker.check({ text }).findings.find((x) => x.rule === 'political.formulation');
    expect(f && text.slice(0, f.start) + f.suggestion + text.slice(f.end)).toBe(
      '积极融入一带一路倡议。',
    );
  });

  it('come only from the requested gates', () => {
    const { findings } = checker.check(
      { text: '我觉得一带一路战略很好，，' },
      { gates: ['opinion'] },
    );
    expect(new Set(findings.map((f) => f.gate))).toEqual(new Set(['opinion']));
  });
});

describe('options', () => {
  it('adds configured lexicon entries to the defaults', () => {
    const custom = createChecker({
      entries: [
        {
          term: '某某工程',
          gate: 'policy',
          rule: 'policy.custom',
          severity: 'warn',
          message: '已停止实施',
        },
      ],
    });
    expect(custom.check({ text: '推进某某工程建设' }).findings.map((f) => f.rule)).toContain(
      'policy.custom',
    );
  });

  it('reads the superseded list at the configured date', () => {
    const before = createChecker({ asOf: '2017-01-01' }).check({
      text: '市卫计委发布通知',
    }).findings;
    expect(before.some((f) => f.rule === 'policy.superseded')).toBe(false);
  });

  it('accepts a repost source added to the whitelist', () => {
    const input = { text: '今日要闻。', repostSource: '江城晚报' };
    expect(checker.check(input).findings.some((f) => f.gate === 'source')).toBe(true);
    const local = createChecker({ sources: { names: ['江城晚报'] } });
    expect(local.check(input).findings.some((f) => f.gate === 'source')).toBe(false);
  });

  it('runs the configured typo detector inside the text gate', () => {
    const detect = vi.fn((text: string): Finding[] => [
      {
        gate: 'text',
        rule: 'text.typo',
        severity: 'warn',
        start: 0,
        end: 2,
        excerpt: text.slice(0, 2),
        message: '错别字',
        suggestion: '政府',
      },
    ]);
    const withTypos = createChecker({ textGateDetector: { detect } });
    const { findings } = withTypos.check({ text: '攻府工作报告' }, { gates: ['text'] });
    expect(detect).toHaveBeenCalledWith('攻府工作报告');
    expect(findings.map((f) => f.rule)).toContain('text.typo');
  });
});
