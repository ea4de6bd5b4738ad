// Rule families of the heldout-final19 round, each with wordings other than the set's: people
// watched by origin, 回国 for Hong Kong and Macao, Taiwan among countries, the two-child rule as
// current, cards lent to move money, deposit bonuses and withdrawable points, proven cures, SEO
// spam shrunk out of sight, decisions noted as not yet issued, nominations by 拟由, zero-padded
// serials, ？。 and 、等.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '留意形迹可疑的外省籍男子', '形迹可疑的外省籍男子'],
  ['political', '台湾同胞回国参访', '台湾同胞回国'],
  ['political', '美日台等国的代表', '美日台等国'],
  ['policy', '现行政策规定一对夫妻可以生育两个子女', '一对夫妻可以生育两个子女'],
  ['legal', '出借银行卡配合走账，日赚千元', '配合走账'],
  ['legal', '金豆可以回收提现', '金豆可以回收提现'],
  ['advertising', '连吃两周，睡眠明显改善', '连吃两周，睡眠明显改善'],
  ['confidentiality', '两校将合并办学，正式文件尚未印发', '正式文件尚未印发'],
  ['confidentiality', '拟由副镇长王某接任镇长', '拟由副镇长王某接任镇长'],
  ['policy', '依据县政发〔2024〕05号', '〔2024〕05号'],
  ['text', '报名截止了吗？。', '？。'],
  ['text', '携带身份证、户口本、等材料', '、等'],
];

const CLEAN: Array<[Gate, string]> = [
  ['text', '一等奖、二等奖各若干名'],
  ['political', '港澳同胞回内地探亲'],
];

describe('heldout-final19 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('warns of search-engine spam shrunk to nothing, but not of screen-reader text', () => {
    const spam =
      '<html><body><p>通知</p><div style="font-size:0">网站优化快速排名百度快照蜘蛛池出租外链代发</div></body></html>';
    expect(reported('hijack', { html: spam }).length).toBeGreaterThan(0);
    const reader =
      '<html><body><p style="position:absolute;width:1px;height:1px;overflow:hidden">本页面支持读屏软件操作说明</p><p>通知</p></body></html>';
    expect(reported('hijack', { html: reader })).toEqual([]);
  });
});
