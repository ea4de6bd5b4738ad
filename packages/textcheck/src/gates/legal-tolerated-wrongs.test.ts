// An unlawful act told as tolerated (legal-tolerated-wrongs.ts): reported whatever the act; quiet
// where the post corrects the belief, bans the act, forgives a slip the law forgives, or where a
// citizen complains that nobody handles a problem.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  [
    'legal',
    '问：过年亲戚朋友一起打麻将带点“彩头”，算赌博吗？答：金额不大的话一般没人管，大家图个开心，尽兴就好。',
    '一般没人管',
  ],
  [
    'legal',
    '有村民问，自家菜园里种几棵罂粟做火锅调料犯不犯法？农技人员答复：数量少、自己吃的一般问题不大，只要不拿去卖就行。',
    '问题不大',
  ],
  [
    'legal',
    '丈夫偶尔动手也多是一时冲动，妻子应多忍让，家丑不可外扬，不要动不动就报警。',
    '家丑不可外扬',
  ],
  ['legal', '虽然现在是禁渔期，但晚上去河汊子里下几张网没人查，鱼又肥又多。', '没人查'],
  [
    'legal',
    '城区虽然划定了禁放区域，但晚上在自家楼顶放一放问题不大，执法人员也要过年嘛。',
    '问题不大',
  ],
  ['legal', '晚上礼堂设牌九、扑克娱乐桌，押注10元起，小赌怡情，欢迎大家踊跃参加。', '小赌怡情'],
  ['legal', '很多人在楼道里给电动车充电，其实问题不大，记得别离门口太近就行。', '问题不大'],
  ['legal', '周边农户偶尔打几只野鸭、斑鸠自己吃，一般也没人管。', '没人管'],
  ['legal', '少量酒驾只要不出事故就行，回家路上慢点开。', '只要不出事故就行'],
  [
    'legal',
    '对于店铺销售成人影片网盘资源的，只要买家自愿购买，原则上不予立案处理。',
    '原则上不予立案',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '【禁赌宣传】“小赌怡情”？错！赌博输掉的不只是钱，还有家庭，请广大村民远离赌博。'],
  ['legal', '个别村民认为打牌“赌点小钱不要紧”“小赌怡情”。司法所提醒：以营利为目的聚众赌博违法。'],
  ['legal', '不要以为电鱼、炸鱼晚上没人管，我大队24小时巡查，发现一起查处一起。'],
  ['legal', '有人觉得酒驾问题不大，这种侥幸心理极其危险。'],
  ['legal', '因计算错误少交税款，及时补缴的，一般不会处罚。'],
  ['legal', '网友留言：小区楼道有人给电动车充电，反映多次都没人管。回复：您好，已安排物业清理。'],
  ['legal', '工地天天半夜还在施工，吵得睡不着，来电人说晚上一直没人管。'],
  ['legal', '趣味运动会上大家比拼拔河、跳绳，输赢不重要，图个开心。'],
  ['legal', '社保卡丢了怎么补办？带身份证去社保大厅办就行，不会查不到记录。'],
];

describe('an unlawful act told as tolerated', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
