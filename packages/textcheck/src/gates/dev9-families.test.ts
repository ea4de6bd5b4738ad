// Rule families of the dev9 round, each with wordings other than the development set's: hiring and
// service discrimination, contraband and wildlife on sale, dodging enforcement, stakes of a game,
// withheld social insurance, case reports and rumour refutations that tell of crime, repeals told
// after a list of titles or with 被依法废止, dated history, benefits withheld for not installing an
// app, vote quotas, long-term health claims and 错过再等N年.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '招聘保洁员，HIV感染者一律不招，年龄50岁以下。', 'HIV感染者一律不招'],
  ['legal', '招聘前台两名，仅招已婚已育，形象好。', '仅招已婚已育'],
  ['legal', '本公寓不租给河南籍租客，请勿咨询。', '不租给河南籍租客'],
  ['legal', '店里到货一批钢珠枪，欢迎来看', '到货一批钢珠枪'],
  ['legal', '农家乐新推果子狸现宰，欢迎品尝', '果子狸现宰'],
  ['legal', '老司机分享：如何避开交警查酒驾', '避开交警'],
  ['legal', '周末约几个人打牌，一把输赢上千。', '一把输赢'],
  ['legal', '本店临时工一律不买五险一金。', '临时工一律不买五险一金'],
  ['coercion', '未安装该小程序的居民将无法领取补贴。', '未安装'],
  ['coercion', '没留言的同志视为缺勤。', '没留言'],
  ['coercion', '每名职工每天至少投3票', '每名职工每天至少投3票'],
  ['advertising', '这款人参片坚持服用可预防肿瘤。', '坚持服用可预防肿瘤'],
  ['advertising', '特价房仅剩5套，错过再等五年！', '错过再等五年'],
  ['policy', '请到县工商局办理营业执照变更。', '工商局'],
];

// [gate, text] that must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['legal', '【警情通报】民警抓获犯罪嫌疑人张某，其通过境外赌博网站招募代理，已被刑事拘留。'],
  ['legal', '网传“有人在超市用迷药拐卖儿童”系谣言，请勿转发。'],
  ['legal', '经审理查明，被告人收购他人银行卡用于转移赌资。'],
  ['legal', '我院招聘护士，身体健康，不限户籍。'],
  ['legal', '试用期工资不低于转正工资的80%，并依法缴纳社保。'],
  ['coercion', '请家长们保持冷静，不信谣、不转发未经核实的消息。'],
  ['policy', '1995年，父亲在县工商局上班。'],
  ['policy', '1979年9月，全国人大常委会通过的《森林法（试行）》和《环境保护法（试行）》一并废止。'],
  ['policy', '《担保法》《合同法》《物权法》同时废止，相关纠纷适用民法典。'],
  ['policy', '劳动教养制度被依法废止，成为法治进步的标志。'],
  ['advertising', '长期服用降压药的患者应定期复查血压。'],
];

describe('dev9 rule families', () => {
  it.each(CATCHES)('%s reports in “%s” «%s»', (gate, text, excerpt) => {
    expect(reported(gate, { text }).join('|')).toContain(excerpt);
  });
  it.each(CLEAN)('%s leaves “%s” alone', (gate, text) => {
    expect(reported(gate, { text })).toEqual([]);
  });
});
