// Rule families of the heldout-final15 and final16 round, each with wordings other than the sets':
// threats to trace a poster, lessons prescribed, profiling by ethnicity or accent, 大陆 against
// Hong Kong and Macao, cities counted as municipalities, 满清 and 剩男, rented cards, codes asked
// for subsidies, deposit bonuses, spaced addresses, decisions not yet public, checkpoints
// announced, exam questions fixed, units given share quotas, sanctions for not sharing, homes in
// brackets, full-width mobiles, book titles in ASCII brackets and businesses recommended.
import { describe } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['opinion', '我们已经掌握你的住址，等着我们上门吧', '掌握你的住址'],
  ['opinion', '这种常识性问题也要来问', '常识性问题也要来问'],
  ['political', '请各宾馆对少数民族旅客一律先登记再报告', '对少数民族旅客一律先登记'],
  ['political', '大陆游客赴澳门旅游须办理签注', '大陆游客赴澳门'],
  ['political', '北京、深圳等5个直辖市', '深圳等5个直辖市'],
  ['political', '推翻满清统治', '满清'],
  ['legal', '闲置手机卡可出租，每月有收益', '手机卡可出租'],
  ['legal', '输入手机验证码即可领取补贴', '验证码即可领取'],
  ['legal', '注册首充50送30', '首充50送30'],
  ['confidentiality', '县里研究决定（尚未正式公布），明年撤并两所学校', '尚未正式公布'],
  ['confidentiality', '本周六晚将在滨江路口设卡查酒驾', '本周六晚将在滨江路口设卡'],
  ['confidentiality', '明天上午面试的第一道题已经确定，是关于应急处置', '第一道题已经确定'],
  ['coercion', '各科室每天转发单位推文不少于10次', '各科室每天转发单位推文不少于10次'],
  ['coercion', '请将本文转发至朋友圈，未转发的按缺勤处理', '未转发的按缺勤处理'],
  ['privacy', '调解员来到当事人王某家（幸福路18号院3号楼2单元502）', '幸福路18号院3号楼2单元502'],
  ['privacy', '联系手机１３９１２３４５６７８', '１３９１２３４５６７８'],
  ['text', '现场发放<<宪法>>读本', '<<宪法>>'],
  ['advertising', '推荐大家入住“云栖”，环境一流', '推荐大家入住“云栖”'],
];

// [gate, text] that must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['political', '福满清溪，春到人间'],
  ['political', '内地居民赴香港旅游须持往来港澳通行证'],
  ['privacy', '请到实验小学（明月路247号）报名'],
  ['privacy', '欢迎到县委编委办公室（县委大院3楼321室）咨询'],
  ['legal', '将营业执照、公章刻制、税务登记等事项整合为一个环节办理'],
  ['advertising', '推荐“国家反诈中心”APP，守护钱袋子'],
];

describe('heldout-final15 and final16 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
