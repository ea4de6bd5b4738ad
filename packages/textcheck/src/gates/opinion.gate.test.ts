// Opinion families as sentences: emotion, abuse, sneers and 雷人雷语 in the account's own voice are
// reported; quoted or reported citizens' words and numbers in statistics are not.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker();
const reported = (text: string): Array<[string, string]> =>
  checker
    .check({ text }, { gates: ['opinion'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt]);

describe('opinion families', () => {
  it.each([
    ['这种黑心商家简直丧尽天良！', 'opinion.emotion', '丧尽天良'],
    ['这种乱扔垃圾的行为实在太过分了。', 'opinion.emotion', '太过分了'],
    ['小编今天真是被这群熊孩子气得够呛。', 'opinion.emotion', '气得够呛'],
    ['回复网友：你们懂什么？照做就行。', 'opinion.lei-yu', '你们懂什么'],
    ['老百姓懂什么，按规定办就行了。', 'opinion.lei-yu', '老百姓懂什么'],
    ['爱买不买，反正不缺你一个。', 'opinion.lei-yu', '爱买不买'],
    ['嫌吵你就搬走啊。', 'opinion.lei-yu', '嫌吵你就搬走'],
    ['占道经营还有理了，心里没点数吗？', 'opinion.sarcasm', '心里没点数'],
    ['一天到晚就知道投诉。', 'opinion.sarcasm', '一天到晚就知道'],
    ['那些带节奏的，是不是脑子进水了？', 'opinion.abuse', '脑子进水'],
    ['网上那些满嘴喷粪的造谣者。', 'opinion.abuse', '满嘴喷粪'],
    ['说到底，还是有些人素质不行。', 'opinion.people-disparaged', '有些人素质不行'],
    ['要我说，这种错误根本不该发生。', 'opinion.first-person', '要我说'],
    ['今天的晚霞一整个爱住！', 'opinion.slang', '一整个爱住'],
    ['老铁们，666！', 'opinion.slang', '666'],
    ['问什么问，自己不会看通知吗？', 'opinion.lei-yu', '问什么问'],
    ['清者自清，爱咋想咋想。', 'opinion.lei-yu', '爱咋想咋想'],
    ['谁再造谣，我们就曝光谁！', 'opinion.sarcasm', '谁再造谣，我们就曝光谁'],
    ['路修好了还有人说不好，大家不也都过来了吗？', 'opinion.sarcasm', '不也都过来了吗？'],
  ])('%s → %s «%s»', (text, rule, excerpt) => {
    expect(reported(text)).toContainEqual([rule, excerpt]);
  });

  it.each([
    '前三季度粮食总产量66.6万吨，社会消费品零售总额666.8亿元，增长6.6%。',
    '全市共有666所中小学校完成改造。',
    '网友留言：路灯坏了一个多月了，太过分了！回复：已转交城管部门处理。',
    '有市民反映，部分商户占道经营“太过分了”，对此，城管局立即开展整治。',
    '被告人曾骂对方“人渣”，法院以侮辱罪判处其有期徒刑六个月。',
    '老人说起被骗的经历时仍气得直跺脚，民警提醒大家提高警惕。',
    '老旧小区改造中，无一户成为“钉子户”。',
    '围观群众啧啧称奇。',
  ])('stays quiet: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
