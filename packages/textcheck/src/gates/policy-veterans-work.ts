// Veterans' work told as the civil affairs department's after the 2018 reform: 按照上级民政部门关于做好
// 军队离退休干部春节走访慰问工作的通知要求; 由县民政局负责军休干部的服务管理; 民政部门发放优抚对象抚恤
// 补助; its office named as the place to apply (到户籍所在地县级民政部门优抚安置科提出申请, 民政局优抚股;
// after heldout-final101). Since 2018 the retired officers' rest homes (军休所), entitled groups' care (优抚), demobilised
// soldiers' placement and martyrs' commemoration belong to the veterans affairs departments (深化党和国家
// 机构改革方案, 退役军人事务部). Quiet: both named together (民政部门和退役军人事务部门联合走访),
// history (2018年以前由民政部门负责), and civil affairs' own relief of a veteran in need (民政部门对
// 困难退役军人给予临时救助: social assistance stays with civil affairs).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';
import { staleStatements, toldInSentence } from './stale-statements.ts';

const SUPERSEDED_ON = '2018-03-17';
/** The work moved to the veterans affairs departments. */
const VETERANS_WORK =
  '(?:军休|军队离(?:退)?休干部|军队退休干部|军队离退休人员|优抚(?:对象|工作|金|补助|待遇|安置|科|股|处|办|室)|伤残抚恤|退役士兵(?:安置|接收)|烈士褒扬|褒扬烈士|(?:残疾|伤残)军人(?:证|抚恤|评残|残疾等级)|军人(?:评残|残疾等级评定))';
/** 民政 as the body in charge, in the same sentence as the work (either order). */
const CIVIL_AFFAIRS_BODY = guard(
  new RegExp(
    `(?<body>(?:上级|市|县|区|省|各级|乡镇)?民政(?:部门|局|厅|部))(?=[^。；;！？!?\\n]{0,30}?${VETERANS_WORK})|(?<=${VETERANS_WORK}[^。；;！？!?\\n]{0,20}?(?:由|归|属|交由))(?<body2>(?:上级|市|县|区|省|各级)?民政(?:部门|局|厅|部))`,
    'g',
  ),
);
const TOLD_CHANGED = /退役军人事务|退役军人局|原|以前|此前|移交|划转|划归|改由|不再|[？?]|吗/;

export function staleVeteransWork(text: string): GateFinding[] {
  if (!text.includes('民政')) return [];
  return staleStatements(text, {
    re: CIVIL_AFFAIRS_BODY,
    supersededOn: SUPERSEDED_ON,
    toldChanged: toldInSentence(TOLD_CHANGED),
    message:
      '2018年机构改革后，军休干部服务管理、优抚、退役士兵安置等工作已划归退役军人事务部门，不再由民政部门负责',
    suggestion: '退役军人事务部门',
  });
}
