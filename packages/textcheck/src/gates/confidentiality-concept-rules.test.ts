// The confidentiality gate's concept rules (proximity.json): a leak told by the words that must meet
// near each other, in any order — exam questions or answers while the exam is still ahead or under
// way, a stake-out on a suspect not yet caught, the weak points of a guarded facility, a tender's
// floor price, its evaluators or its bidders before the opening, a clue still being checked, an
// undercover visit told ahead. Quiet: the exam over, the suspect caught, the weak point mended, no
// floor price set, the bids opened, the visit done.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // exam questions or answers before the exam is over
  [
    'confidentiality',
    '面试将于7月12日举行，本次面试题目共3道，分别为基层治理、应急处置和群众工作。',
    '题目共',
  ],
  ['confidentiality', '目前考试正在进行中，据命题老师透露，第24题答案为x=3。', '答案为'],
  [
    'confidentiality',
    '明天的遴选笔试作文题目为《从“小切口”看大民生》，请各位考生提前准备。',
    '作文题目为',
  ],
  ['confidentiality', '本场考试选择题答案依次为A、C、B、D。', '答案依次'],
  // a stake-out on a suspect not yet caught
  ['confidentiality', '警方已锁定嫌疑人驾驶的面包车，并在其经常出入的网吧周边布控蹲守。', '布控'],
  ['confidentiality', '嫌疑人目前藏匿在城北一带，专案组已在其亲戚家附近蹲守。', '蹲守'],
  ['confidentiality', '根据线索，民警已在嫌疑人经常出没的码头设伏。', '设伏'],
  ['confidentiality', '专案组已掌握其行踪，正在火车站周边布控。', '布控'],
  // the weak points of a guarded facility
  ['confidentiality', '水厂夜间仅1名值班员，加氯间门禁密码2580。', '门禁密码'],
  ['confidentiality', '档案室东侧监控损坏尚未修复，夜间无人值守。', '监控损坏'],
  ['confidentiality', '弹药库北墙外是监控盲区，请注意。', '监控盲区'],
  ['confidentiality', '本周变电站值守调整：夜间仅一名值班员在岗。', '仅一名值班'],
  // a tender's floor price, evaluators or bidders before the opening
  ['confidentiality', '本项目招标控制价（标底）为人民币512万元，请各投标人参考。', '标底'],
  ['confidentiality', '经测算，该工程标底是3860万元。', '标底'],
  ['confidentiality', '本次政府采购的评审专家为县财政局李某、县医院王某。', '评审专家为'],
  [
    'confidentiality',
    '本项目评标专家名单为：市建设局退休干部陈某、某设计院高工刘某。',
    '评标专家名单为',
  ],
  ['confidentiality', '截至目前已有6家企业递交投标文件，分别为A公司、B公司等。', '递交投标文件'],
  ['confidentiality', '报名参与投标的有城建集团、路桥公司等5家单位。', '报名参与投标'],
  // a clue still being checked
  ['confidentiality', '该局副局长涉嫌受贿的问题线索已移交县纪委，目前尚在初核。', '问题线索'],
  ['confidentiality', '反映村支书王某的举报线索正在核实，暂未立案。', '举报线索'],
  // an undercover visit told ahead
  ['confidentiality', '暗访组将以普通顾客身份于本周三到各门店检查。', '暗访'],
  ['confidentiality', '下周起，市文旅局将对各景区开展暗访。', '暗访'],
];

const QUIET: Array<[Gate, string]> = [
  ['confidentiality', '2025年中考已于6月18日顺利结束，今年语文作文题为“那一刻，我长大了”。'],
  ['confidentiality', '面试将于7月12日举行，面试采取结构化方式，请考生携带身份证按时参加。'],
  ['confidentiality', '考试已结束，参考答案为A、C、B、D，供考生估分参考。'],
  ['confidentiality', '去年的面试题目共3道，供今年考生参考备考思路。'],
  ['confidentiality', '经过连续三天蹲守，民警成功将嫌疑人抓获。'],
  ['confidentiality', '民警在嫌疑人经常出没的网吧布控，一举将其抓获归案。'],
  ['confidentiality', '水厂监控检修已完成，监控恢复正常运行。'],
  ['confidentiality', '安全检查发现档案室监控损坏，现已修复。'],
  ['confidentiality', '请勿将门禁密码告诉他人，密码定期更换。'],
  ['confidentiality', '本项目不设标底，最高投标限价为512万元。'],
  ['confidentiality', '开标现场，共有6家企业递交投标文件。'],
  ['confidentiality', '中标结果公告：评审专家为张某、李某、王某。'],
  ['confidentiality', '对该局副局长的问题线索经初核后已立案审查，并给予党内严重警告处分。'],
  ['confidentiality', '暗访组已于本周三暗访了各门店，暗访发现问题12个。'],
];

describe('confidentiality concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
