// The opinion, political, text and advertising rules for the misses of four blind sets (final194 to
// final197), each written for a concept: a pledge that no incident will ever happen made as a
// reassurance or an official's word, the asker guessed never to have read the terms before posting,
// scheming mocked with condescending advice, money imputed as the motive, "take it or leave it", a harm
// put down to the sufferer's own fault, a wrong member of 三治融合 named after the list, a named
// establishment called the reader's best choice, a branded product the public is told to pick, a
// product called an office's pick, and 接合部 (the dictionary's form) left alone by the text gate.
// Quiet: targets and denied guarantees, plain questions, crimes told as schemes, fraud warnings,
// rules of choice, comfort, the right members and 四治融合, advice of a kind, brands warned of and
// lists of recommended kinds.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a pledge that nothing will go wrong, as a reassurance or an official's word (opinion.over-promise)
  ['opinion', '请各位游客放心，景区今年汛期绝不会出现任何安全问题。', '绝不会出现任何安全问题'],
  [
    'opinion',
    '站长表示，经过这轮改造，供水管网可以确保万无一失，绝对不会发生任何停水事故。',
    '绝对不会发生任何停水事故',
  ],
  ['opinion', '全区养殖场绝不会出现一例禽流感疫情，请养殖户放一百个心。', '禽流感疫情'],
  // the asker guessed never to have read the terms before posting (opinion.sarcasm)
  ['opinion', '该业主恐怕连购房合同都没仔细读过，就跑来投诉。', '连购房合同都没仔细读过'],
  // scheming mocked, then condescending advice (opinion.sarcasm)
  ['opinion', '有的申请人为了多领补贴真是挖空心思，劝各位还是把精力用在生产经营上。', '挖空心思'],
  // money imputed as the motive (opinion.sarcasm)
  ['opinion', '少数拆迁户迟迟不签协议，说白了还不是为了多拿补偿款。', '为了多拿补偿款'],
  // take it or leave it (opinion.cold-reply)
  ['opinion', '嫌公租房位置偏，可以不申请嘛。', '可以不申请嘛'],
  ['opinion', '想进我们环卫队的人多得是。', '想进我们环卫队的人多得是'],
  // a harm put down to the sufferer's own fault (opinion.sarcasm)
  ['opinion', '明知有台风还要出海，出了事只好怨他们自己。', '只好怨他们自己'],
  // a wrong member of 三治融合 named after the list (political.formulation-member)
  ['political', '该村探索德治、法治、共治“三治融合”的乡村治理模式。', '共治'],
  // a named establishment called the reader's best choice (advertising.absolute-term)
  ['advertising', '城东老年日间照料中心环境整洁、服务贴心，是您家老人养老的首选。', '首选'],
  // a branded product the public is told to pick (advertising.official-endorsement)
  ['advertising', '家中老人可选用“安康”牌防滑拖鞋预防跌倒。', '选用“安康”牌防滑拖鞋'],
  // a product called an office's pick (advertising.office-endorsement)
  ['advertising', '这款灭火毯是县应急管理局推荐产品，家家都该备一条。', '县应急管理局推荐产品'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  ['opinion', '我们将力争全年不发生重大安全事故，请游客注意安全。'],
  ['opinion', '谁也不能保证绝不会发生任何问题，但我们会尽最大努力。'],
  ['opinion', '让市民吃上放心肉，绝不会只是一句口号。'],
  ['opinion', '您是否已阅读购房合同的相关条款？'],
  ['opinion', '犯罪嫌疑人费尽心机伪造材料，最终被警方抓获。'],
  ['opinion', '诈骗分子无非是想骗取您的钱财，请提高警惕。'],
  ['opinion', '患者家属要求医院赔偿，双方已申请调解。'],
  ['opinion', '如不符合报考条件，可以不报考。'],
  ['opinion', '今年报名人数超过计划人数三倍。'],
  ['opinion', '孩子考试失利，家长要多鼓励，不要只怪自己。'],
  ['political', '坚持自治、法治、德治“三治融合”，完善基层治理体系。'],
  ['political', '推进自治、法治、德治、智治“四治融合”。'],
  ['advertising', '公共交通是您出行的最佳选择。'],
  ['advertising', '切勿购买“速瘦”牌减肥茶，谨防上当。'],
  ['advertising', '请选用有“3C”认证标志的电热毯。'],
  ['advertising', '企业可申报省级推荐产品目录。'],
];

describe('opinion, political and advertising rules for the misses of final194 to final197', () => {
  itReportsFamilies(CATCHES, QUIET);
});

describe('接合部, the dictionary form, not read as 结合部 (text gate with the typo detector)', () => {
  it.each([
    '重点整治城中村、城乡接合部等区域的卫生死角。',
    '聚焦老旧小区、城乡接合部等重点区域开展灭鼠。',
  ])('stays quiet on %s', (text) => {
    expect(textGateWarnings(text)).toEqual([]);
  });
  it('still reports a real slip beside it', () => {
    expect(textGateWarnings('开展全民建身活动，城乡接合部也设了健身点。').length).toBeGreaterThan(
      0,
    );
  });
});
