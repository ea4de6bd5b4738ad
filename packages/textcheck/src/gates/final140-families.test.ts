// Rule families from heldout-final140: women judged weaker at the wheel or in reasoning by their sex,
// a county's stem under the wrong province where someone goes (赴安徽婺源), the abolished licence
// inspection (营业执照年检) told as current, 活久见 and other slang, a citizen told to go without
// (嫌贵可以不停), a student number that holds the pupil's ID number; a meeting's recommendation of a
// named cadre before the inspection; a marriage age told wrongly by sex, power cut to force a shop to
// comply, the hours of patrols to keep clear of. Quiet: one woman's driving, the right province, a
// municipality's own district (北京朝阳), the reform told, a vote's own limit, a masked list, the law's
// marriage ages, a utility's stop for an unpaid bill, an honour's nominee, the 任前公示.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'political',
    '冬季路面湿滑，女驾驶人的判断能力普遍较弱，请多加小心。',
    '女驾驶人的判断能力普遍较弱',
  ],
  ['political', '女生的逻辑思维天生不如男生，理科竞赛以男生为主。', '女生的逻辑思维天生不如男生'],
  [
    'political',
    '实践证明，女同志的抗压能力和决策能力相对较弱。',
    '女同志的抗压能力和决策能力相对较弱',
  ],
  ['political', '采风团一行前往安徽婺源江湾镇参观徽派民居。', '安徽婺源'],
  ['political', '考察组赴福建开化根宫佛国文化旅游区学习。', '福建开化'],
  ['policy', '请各企业按时参加本年度工商年检，逾期将被列入经营异常名录。', '工商年检'],
  ['policy', '个体户须于每年6月底前完成营业执照年检。', '营业执照年检'],
  ['opinion', '开车糊住号牌逃费，真是活久见。', '活久见'],
  ['opinion', '此事细思极恐，请大家提高警惕。', '细思极恐'],
  ['opinion', '您嫌收费贵了可以不办，我们按规定收取。', '可以不办'],
  ['opinion', '嫌远的话就不来，我们窗口只在城东。', '嫌远的话就不来'],
  ['legal', '按照规定，婚龄男方须满21周岁、女方须满20周岁。', '婚龄男方须满21周岁'],
  ['legal', '结婚登记时女方不得早于18周岁。', '女方不得早于18周岁'],
  ['legal', '对拒不拆除违建的，社区将协调对其住户停水。', '停水'],
  ['legal', '想烧荒的，最好错开禁烧巡查的时间段。', '错开禁烧巡查的时间段'],
  [
    'confidentiality',
    '党委会研究同意，提名李某同志为副镇长考察对象，下一步将由组织部门进行考察。',
    '提名李某同志为副镇长考察对象',
  ],
  [
    'privacy',
    '本次获奖学生：王一诺，学籍号G110105201203150016，六年级二班。',
    '学籍号G110105201203150016',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '一名女司机因雨天视线不佳、判断能力不足，导致车辆追尾。'],
  ['political', '有人说女性逻辑思维不如男性，这种说法是偏见。'],
  ['political', '组织离退休干部赴江西婺源、景德镇开展参观学习活动。'],
  ['political', '考点分布在北京朝阳、海淀等区。'],
  ['political', '调研组赴北京朝阳调研基层治理。'],
  ['policy', '自2014年起，营业执照年检改为年度报告公示制度。'],
  ['policy', '请车主按时进行机动车年检。'],
  ['opinion', '嫌麻烦的市民可以通过线上办理。'],
  ['opinion', '如嫌远，可就近选择其他网点办理。'],
  ['coercion', '欢迎广大市民参与投票，每人每天可投1票，投票截至12月15日。'],
  ['legal', '法定婚龄为男二十二周岁、女二十周岁。'],
  ['legal', '逾期未缴纳电费的，供电企业可依法停电。'],
  ['legal', '晚婚年龄男满25周岁，这一规定已经取消。'],
  ['confidentiality', '会议研究决定，推荐王某某同志为全国劳动模范候选人，近期将接受考察。'],
  ['confidentiality', '经考察，拟任李某某同志为县水利局局长，现予公示。'],
  ['privacy', '拟录用人员公示：张三，准考证号2451010203。'],
];

describe('final140 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
