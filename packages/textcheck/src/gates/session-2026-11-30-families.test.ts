// Rule families of 2026-11-30 from the false alarms and privacy misses of heldout-final75–78 (measured
// before them): a place named after a drug (桐乡市大麻镇), a department's aim of rooting out a public
// problem (为根治…问题, not a product that 可根治 one), a nickname of the country inside a book's title
// (《天朝的崩溃》), the railway group and the grid companies as repost sources, 网帖 in a rumour
// refutation (text gate, typo detector), and a neighbour's, an aided household's, an applicant's or a
// reader's condition told by name, and an applicant's, a captain's or a checked person's own record
// (privacy).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '大麻烟现货，加微信详谈。', '大麻'],
  ['advertising', '安装我公司推荐的智能节电器，可根治家庭电费偏高问题。', '根治'],
  ['advertising', '本产品能根治脱发问题，无效退款。', '根治'],
  ['political', '我们天朝的高铁就是厉害！', '天朝'],
  [
    'privacy',
    '经社区网格员上门核实，您的邻居周丽华患有抑郁症，近期情绪不稳定。',
    '周丽华患有抑郁症',
  ],
  ['privacy', '帮扶对象赵德贵（石门村3组）因患乙肝长期无法外出务工。', '赵德贵'],
  ['privacy', '救助对象李桂兰患有精神分裂症，由其弟照看。', '李桂兰患有精神分裂症'],
  ['privacy', '考生王明因患癫痫，申请在单独考场考试。', '王明因患癫痫'],
  ['privacy', '报名人员刘晓燕系艾滋病病毒感染者，已安排专人对接。', '刘晓燕系艾滋病'],
  ['privacy', '读者陈静患有抑郁症，常来馆借书。', '陈静患有抑郁症'],
  // a person's own record told by full name after a check or a role of the post
  ['privacy', '经核查，报名人员陈立伟曾因盗窃被判处有期徒刑，取消其面试资格。', '陈立伟'],
  ['privacy', '经核查，王志强曾于2019年因吸毒被强制隔离戒毒，现已戒断。', '王志强'],
  ['privacy', '检查发现该船配员不足，船长刘海涛曾因醉酒驾驶被判处拘役。', '刘海涛'],
  ['privacy', '经审查，考生赵磊曾于2020年因打架斗殴被行政拘留。', '赵磊'],
  ['privacy', '驾驶员孙建国曾因酒驾被判处拘役，已被公司辞退。', '孙建国'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '为学习蚕桑产业经验，县供销社组织合作社负责人赴浙江省桐乡市大麻镇考察学习。'],
  ['legal', '市农技推广站专家来到大麻镇海华村，为种植户讲解水稻机插秧技术。'],
  ['advertising', '为根治老城区“水压低、水发黄”问题，集团今年投入1.8亿元改造老旧供水管网。'],
  ['advertising', '我局着力根治城区停车难问题，新增公共泊位1200个。'],
  ['advertising', '县住建局全力根治背街小巷积水问题，完成排水管网改造8千米。'],
  ['political', '本期推荐茅海建著《天朝的崩溃：鸦片战争再研究》，欢迎借阅。'],
  ['political', '图书馆新到《天朝的崩溃》等历史类图书200余册。'],
  ['privacy', '邻居王大爷腿脚不便，社区志愿者每周上门帮他买菜。'],
  ['privacy', '考生须携带准考证和身份证，患有癫痫等疾病的考生可申请单独考场。'],
  ['privacy', '经核查，该公司曾于2019年被行政处罚，不得参与本次投标。'],
  ['privacy', '经调查，李明曾于2018年被判处有期徒刑，后经再审改判无罪并获国家赔偿。'],
  ['privacy', '船长张海峰曾于1998年抗洪中荣立一等功。'],
];

describe('families of 2026-11-30', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('takes the railway group and the grid companies as repost sources', () => {
    expect(
      reportedSource('中国国家铁路集团有限公司', '【转发】7月1日起实行新的列车运行图。'),
    ).toEqual([]);
    expect(reportedSource('国铁集团')).toEqual([]);
    expect(reportedSource('国家电网某县供电公司', '【转发】明日停电检修。')).toEqual([]);
    expect(reportedSource('铁路出行小助手（自媒体）')).not.toEqual([]);
  });

  it('reads 网帖 as the post a rumour refutation answers, not a slip of 网站', () => {
    const typos = (text: string) => textGateFindings(text).filter((f) => f.rule === 'text.typo');
    expect(typos('近日，有网帖称“市面上的紫菜是用黑色塑料袋做的”，引发部分市民担忧。')).toEqual([]);
    expect(typos('网帖内容不实，请勿转发。')).toEqual([]);
  });
});
