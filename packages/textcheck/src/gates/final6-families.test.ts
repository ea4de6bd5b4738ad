// Rule families of the heldout-final6 round, each with wordings other than the set's: titles of
// Hong Kong and Macao heads and of the State Council premier, lottery tips and card-game apps,
// anti-gambling frames (以…为诱饵, 十赌九输, 涉赌线索), the 2016 insurance merger told as history,
// 截止 for 截至, a half-width label colon among full-width ones, 100% natural, prices lowest in town,
// 怀疑人生 and 好大的官威.
import { describe } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '澳门特首出席了开幕式', '澳门特首'],
  ['political', '国家总理在会上作政府工作报告', '国家总理'],
  ['legal', '内部资料，期期必中，三肖三码', '期期必中'],
  ['legal', '炸金花APP火热上线', '炸金花APP'],
  ['text', '截止目前，全县已发放补贴2300万元。', '截止'],
  ['text', '报名地点：县文化馆；联系电话:0731-5551234。', ':'],
  ['advertising', '农家土鸡蛋，百分百天然，欢迎选购', '百分百天然'],
  ['advertising', '门面租金每月3000元，全县最便宜', '全县最便宜'],
  ['opinion', '这个审批流程走得人怀疑人生', '怀疑人生'],
  ['opinion', '一个窗口办事员架子不小，好大的架子', '好大的架子'],
];

// [gate, text] that must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['legal', '电信诈骗常以“高额返利”“稳赚不赔”作为诱饵，网上赌博更是十赌九输。'],
  ['legal', '发现涉赌线索请及时举报，远离网络赌博。'],
  ['policy', '2016年起，我省推进城镇居民医保与新型农村合作医疗制度整合。'],
  ['text', '报名截止到3月5日，请抓紧报名。'],
  ['text', 'Time: 9:30'],
  ['advertising', '今天全市最低气温零下5摄氏度。'],
  ['political', '香港特区行政长官在施政报告中提出'],
];

describe('heldout-final6 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
