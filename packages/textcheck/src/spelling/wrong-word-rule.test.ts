// The common-misspellings table of official writing (text.wrong-word): listed wrong forms are
// reported with their correction; correct spellings and junctions of two words are not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextGateDetector } from '../finding.ts';
import { loadTypoDetector } from '../node/typo-detector.ts';

let detector: TextGateDetector;
beforeAll(() => {
  detector = loadTypoDetector();
});

const wrongWords = (text: string) =>
  detector
    .detect(text)
    .filter((f) => f.rule === 'text.wrong-word')
    .map((f) => [f.excerpt, f.suggestion]);

describe('common misspellings of official writing', () => {
  it.each([
    ['这是推进乡村振兴的关健一年。', '关健', '关键'],
    ['新建的文化中心座落在滨江路东侧。', '座落', '坐落'],
    ['社区为独居老人免费按装了烟雾报警器。', '按装', '安装'],
    ['街道做为基层治理的主阵地。', '做为', '作为'],
    ['长期伏案容易导致肌肉松驰。', '松驰', '松弛'],
    ['一番寒喧之后，双方深入交流。', '寒喧', '寒暄'],
    ['进一步精减会议文件。', '精减会议', '精简会议'],
    ['既使天气恶劣，抢修人员仍坚守一线。', '既使', '即使'],
    ['既使工作再忙，党员也要按时参加组织生活。', '既使', '即使'],
    ['关于居民反应的小区路灯不亮问题，已转交供电公司。', '反应', '反映'],
    ['各单位必需严格落实责任。', '必需严格', '必须严格'],
    ['他们象家人一样照顾老人。', '象', '像'],
    ['请妥善保管帐号密码。', '帐号', '账号'],
    // A set phrase misspelt is read whole, even where 人流 straddles its start.
    ['湖光山色让人流连往返。', '流连往返', '流连忘返'],
  ])('reports %s', (text, wrong, right) => {
    expect(wrongWords(text)).toContainEqual([wrong, right]);
  });

  it.each([
    '我们要关注群众的身体健康，关健康的事无小事。',
    '墙面均按装饰设计图施工。',
    '共同营造平安祥和的节日环境。',
    '请问这个检查能做为什么不在本院做？',
    '精减机构和人员编制，推进机构改革。',
    '既使群众得到实惠，又使企业增加收入。',
    '既使老人住得安心，也使子女在外放心。',
    '群众反应强烈的问题要优先解决。',
    '为群众提供生活必需品，这是防疫所必需的。',
    '这种现象和往年一样，塑造良好形象一般需要时间。',
    '新建的文化中心坐落在滨江路东侧，即使雨天也照常开放。',
  ])('leaves “%s” alone', (text) => {
    expect(wrongWords(text)).toEqual([]);
  });
});
