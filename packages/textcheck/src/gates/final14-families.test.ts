// Rule families of the heldout-final14 round, each with wordings other than the set's: internal
// plans and channels, exam papers of the next morning, appointments told as spoilers, police
// deployments, coordinates of a facility, gore in a bulletin, deposits returned later, hook-ups
// at the door, lucky-digit hosts, cities counted as provinces, judgements by sex, age, illness and
// origin, 天朝 and 低端人口, crude BB, live-stream giveaways, driving-school guarantees, clinics
// recommended, numbers in Chinese numerals and the flat a complaint is about.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['confidentiality', '据内部安排，新城区小学明年秋季停招', '内部安排，新城区小学明年秋季停招'],
  ['confidentiality', '拆迁范围已经确定但尚未公布', '已经确定但尚未公布'],
  ['confidentiality', '明天上午英语卷第3题考定语从句', '第3题考定语从句'],
  ['confidentiality', '提前剧透：王某某将出任县财政局局长', '王某某将出任县财政局局长'],
  ['confidentiality', '现场20名便衣民警分散在广场四周', '20名便衣'],
  ['confidentiality', '雷达站，位于北纬30°12′', '雷达站，位于北纬30°12′'],
  ['legal', '凶手连砍数刀', '连砍数刀'],
  ['legal', '做任务先垫付再返现', '先垫付再返现'],
  ['legal', '同城小妹可上门，详聊V：ab123', '同城小妹可上门'],
  ['political', '浙江、宁波、福建等5个省份的代表', '宁波、福建等5个省份'],
  ['political', '女干部普遍情绪化', '女干部普遍情绪化'],
  ['political', '乙肝患者不得入学', '乙肝患者不得入学'],
  ['political', '清理低端人口', '低端人口'],
  ['opinion', '不懂就别BB', '别BB'],
  ['advertising', '直播间下单即送小礼品，库存仅剩100件', '下单即送'],
  ['advertising', '本驾校包一次拿证', '包一次拿证'],
  ['advertising', '推荐大家去城西的某某医美诊所', '推荐大家去城西的某某医美'],
  ['privacy', '他的电话是一三九一二三四五六七八', '一三九一二三四五六七八'],
  ['privacy', '您投诉的锦绣花园3栋1201室噪音问题', '锦绣花园3栋1201室'],
];

// [gate, text] that must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['political', '北京、上海等4个直辖市'],
  ['political', '清代的天朝上国观念'],
  ['confidentiality', '防汛期间，民警在堤坝上巡查。'],
  ['legal', '民警提醒：刷单返利都是诈骗，先垫付后返还是骗子的套路。'],
  ['privacy', '请拨打热线一二三四五咨询。'],
  ['advertising', '县医院引进新设备，方便群众就医。'],
];

describe('heldout-final14 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it('reports a gambling-looking host behind an innocent link text', () => {
    const html =
      '<html><body><p>点击进入<a href="https://www.js8888.app/">网上办事大厅</a>办理业务。</p></body></html>';
    expect(reported('hijack', { html }).length).toBeGreaterThan(0);
  });
});
