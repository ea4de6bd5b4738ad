// The shared role table: a role read by one named-person family of the privacy gate is read by all
// of them — each case below names the person by a role its family did not list before the table.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  ['privacy', '该问题系快递员刘建军于6月3日向我局实名举报。', '刘建军'],
  ['privacy', '经鉴定，低保户王秀兰因事故致双腿截肢，伤残等级为五级。', '王秀兰'],
  ['privacy', '工作人员为患有精神分裂症的快递员李建国送去慰问金。', '李建国'],
  ['privacy', '快递员孙建国曾因盗窃被判处有期徒刑，现已刑满释放。', '孙建国'],
  ['privacy', '船员张海涛患有抑郁症，近期情绪不稳定。', '张海涛'],
  ['privacy', '骑手周志刚曾因吸毒被强制隔离戒毒。', '周志刚'],
  ['privacy', '信访人刘德华因工致右手截肢，伤残等级为七级。', '刘德华'],
];

const CLEAN: Array<[Gate, string]> = [
  ['privacy', '快递员刘建军获评全市“最美快递员”，事迹在全市推广。'],
  ['privacy', '船员张海涛在抗洪抢险中荣立一等功。'],
  ['privacy', '低保户王某兰因事故致双腿截肢，伤残等级为五级，已纳入重点帮扶。'],
  ['privacy', '考生王丽以优异成绩被北京大学录取。'],
  ['privacy', '骑手周志刚勇救落水儿童的事迹感动全城。'],
];

describe('the privacy gate’s shared role table', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
