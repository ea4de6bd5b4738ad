// Rule families from heldout-final138 (political, policy, privacy, coercion, advertising): 乡下人 as a
// label, a famous place put under a province not its own, a fee abolished told as still owed, the
// goal of an earlier congress set as today's task, a resident named with the room, one of a shielded
// group told by 某 name, age and hometown, laggards of an online task marked down in their appraisal,
// a home sold as the best or the only one of its view or school. Quiet: the word quoted of oneself,
// the right province, history told as history, rooms with no named resident, a 某 name without a
// hometown, appraisals with no online task, viewing spots and school-district plans.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '县农业农村局有关负责人表示，农村不再是乡下人想逃离的地方。', '乡下人'],
  ['political', '违规摆摊的多是外地来的乡下人。', '乡下人'],
  ['political', '推出“嵫阳—湖南省九寨沟—黄龙”七日游线路。', '湖南省九寨沟'],
  ['political', '线路途经福建省乌镇、西塘等古镇。', '福建省乌镇'],
  [
    'policy',
    '对于2016年以前违反政策生育的，仍需按照规定缴纳社会抚养费，未缴清的暂缓办理相关手续。',
    '社会抚养费',
  ],
  [
    'policy',
    '县民政局表示，到2027年将全面建设小康社会目标贯穿养老服务体系建设。',
    '全面建设小康社会',
  ],
  ['policy', '今年，我县将继续全面建设小康社会，推进乡村振兴。', '全面建设小康社会'],
  [
    'privacy',
    '关于您反映的“锦华苑小区3栋2单元501室楼上漏水”问题，经查，系楼上602室住户业主陈美玲卫生间防水层破损所致。',
    '602室',
  ],
  ['privacy', '经查，锦华苑小区3栋漏水系隔壁1102户租户张伟家中水管破裂所致。', '1102户'],
  [
    'privacy',
    '县疾控中心开展防艾宣传，感染者小周（周某军，32岁，嶂平县石门镇人）现身说法。',
    '周某军',
  ],
  ['privacy', '社区矫正对象李某，45岁，城关镇河西村人，已解除矫正。', '李某'],
  [
    'coercion',
    '请各基层团干部每人邀请5名好友关注视频号，12月底前完成。完不成任务的团干部，年终考核直接定为“基本称职”。',
    '基本称职',
  ],
  [
    'coercion',
    '全县党员请完成本月学习强国积分任务。积分排名后10%的党员在年度民主评议中不得评为优秀。',
    '不得评为优秀',
  ],
  [
    'coercion',
    '请各单位职工关注“平安鄢溪”公众号，未完成关注任务的职工，年度考核不得评为优秀。',
    '不得评为优秀',
  ],
  ['coercion', '请各村转发本条视频，转发量排名末位的村取消评先资格。', '取消评先'],
  [
    'advertising',
    '项目坐拥鄢溪最佳江景资源，紧邻县一中，是全城独一无二的学区豪宅，首付三成即可入住。',
    '最佳江景',
  ],
  ['advertising', '该楼盘为片区唯一的一线湖景洋房，均价8000元。', '湖景'],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '作家沈从文自称“乡下人”。'],
  ['political', '农村群众的日子越过越红火。'],
  ['political', '四川省九寨沟风景区今日起执行淡季票价。'],
  ['political', '从湖南省到九寨沟约需两天车程。'],
  ['policy', '1998年我镇农户缴纳社会抚养费的票据已归档。'],
  ['policy', '党的十六大提出了全面建设小康社会的宏伟目标。'],
  ['policy', '2002年党的十六大提出全面建设小康社会的奋斗目标。'],
  ['privacy', '幸福小区3栋602室业主请于本周五前缴纳物业费。'],
  ['privacy', '锦华苑小区602室住户反映漏水，物业已上门。'],
  ['privacy', '锦华苑小区3栋，请1102室业主于周五前缴纳物业费。'],
  ['privacy', '新冠感染者王某，32岁，城关镇人，已治愈。'],
  ['privacy', '防艾宣传中，志愿者周某军，32岁，嶂平县石门镇人，参与活动。'],
  ['coercion', '完不成年度工作目标的单位，年终考核定为基本称职。'],
  ['coercion', '欢迎关注本公众号。本次演讲比赛得分排名后三位的选手不得评为优秀，但可获纪念奖。'],
  ['coercion', '关注公众号可查询成绩。工作目标完成率排名后三位的单位不得评为先进。'],
  ['advertising', '滨江公园观景台是观赏江景的最佳位置，市民可免费游览。'],
  ['advertising', '这里是全市最佳江景观赏点之一，周边住宅小区居民常来散步。'],
  ['advertising', '我县唯一的学区调整方案已公布，涉及住宅小区12个。'],
];

describe('families of heldout-final138 (other gates round)', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
