// Rule families of the heldout-final45 round, each with wordings other than the set's: a beating
// licensed by its measure (打一顿也不犯法), the stakes of a game called 彩头 under a cap, a shop's
// anti-theft device and how to beat it, a formation named by its army moved to a place, a stay or a
// meal ranked best of a place, a platform's homework rate tied to a teacher's appraisal, the number of
// a person listed with their circumstances, and the misspelt names of countries (the text gate's typo
// detector) — and the near misses that stay quiet.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a beating licensed by its measure
  ['legal', '这种偷鸡贼，逮住了揍他一通不违法。', '揍他一通不违法'],
  ['legal', '小偷进了家门，教训一顿算正当防卫，放心大胆地打。', '教训一顿算正当防卫'],
  ['legal', '抓到偷车贼，暴打个半死也不算犯法。', '暴打个半死也不算犯法'],
  ['legal', '进村偷狗的，打几下都不违法，不用怕。', '打几下都不违法'],
  ['legal', '抓到小偷打一顿也不用负责，出了事村里担着。', '打一顿也不用负责'],
  ['legal', '碰上扒手，狠狠打他一顿也不犯法。', '打他一顿也不犯法'],
  // the stakes of a game called 彩头 or 赌资 under a cap
  ['legal', '棋牌室打麻将，彩头控制在50元以内，图个乐呵。', '彩头控制在50元'],
  ['legal', '春节期间组织扑克比赛，每局彩头10元，欢迎报名。', '每局彩头10元'],
  ['legal', '斗地主彩头封顶300块，欢迎来玩。', '彩头封顶300块'],
  ['legal', '老年活动室开放麻将桌，一把赌资最高100元。', '赌资最高100元'],
  ['legal', '新春棋牌联谊赛，每把彩头上限20元。', '彩头上限20元'],
  // a shop's anti-theft device and how to beat it
  ['legal', '把化妆品装进铝箔袋，就能骗过商场的防盗报警器。', '骗过商场的防盗报警器'],
  ['legal', '经查，嫌疑人将衣物放入自制屏蔽袋以绕开防盗检测门。', '屏蔽袋以绕开防盗检测门'],
  ['legal', '锡纸包住以后经过检测门就不会响，店员根本发现不了。', '经过检测门就不会响'],
  ['legal', '用强磁铁几秒钟就能取下衣服上的防盗扣。', '取下衣服上的防盗扣'],
  ['legal', '提醒商户：有人用锡箔纸包裹化妆品躲避防盗器，请加强巡查。', '躲避防盗器'],
  // a formation named by its army moved to a place
  ['confidentiality', '第72集团军某旅已于上月进驻我市西郊营区。', '进驻我市西郊营区'],
  ['confidentiality', '第80集团军某炮兵旅下月将调防至我区。', '调防至我区'],
  ['confidentiality', '武警江苏总队某支队近日进驻我镇，镇党委专题研究拥军工作。', '进驻我镇'],
  ['confidentiality', '第74集团军某合成旅驻扎在我镇青山村，镇里定期走访慰问。', '驻扎在我镇'],
  ['confidentiality', '武警第一机动总队某支队日前移驻我县。', '移驻我县'],
  // a stay or a meal ranked best of a place
  ['advertising', '湖畔度假酒店，全省最理想的下榻之选。', '全省最理想的下榻之选'],
  ['advertising', '来渔村吃海鲜，全县最好的用餐选择就在这里。', '全县最好的用餐选择'],
  ['advertising', '温泉小镇是华东地区最佳的度假选择。', '华东地区最佳的度假选择'],
  ['advertising', '农庄亲子乐园，全市最好的亲子游选择。', '全市最好的亲子游选择'],
  ['advertising', '山居客栈，全县最佳住宿之选，欢迎预订。', '全县最佳住宿之选'],
  // a platform's homework rate tied to a teacher's or cadre's appraisal
  [
    'coercion',
    '请家长登录“安全教育平台”完成专题学习，各班参与率将计入班主任绩效。',
    '参与率将计入班主任绩效',
  ],
  [
    'coercion',
    '请职工下载注册“工会服务”APP，注册率纳入各部门年终考核。',
    '注册率纳入各部门年终考核',
  ],
  ['coercion', '各班要推动学生完成答题活动，参与率低于90%的班级不能参评文明班级。', '不能参评'],
  ['coercion', '督促学生完成本周专题作业，完成率纳入教师月度考核。', '完成率纳入教师月度考核'],
  ['coercion', '各村动员群众安装反诈APP，安装率低于80%的村不得参评先进。', '不得参评'],
  // the number of a person listed with their circumstances
  ['privacy', '重阳节慰问对象：王建国，男，78岁，五保户，电话13912345678。', '13912345678'],
  [
    'privacy',
    '低保边缘户走访名单：刘秀英，残疾人，手机号码13800001111，走访时间9月5日。',
    '13800001111',
  ],
  ['privacy', '本次慰问名单如下：李德明，82岁，联系电话：15988887777。', '15988887777'],
  ['privacy', '中秋走访对象：周玉芬，空巢老人，联系人电话13577778888。', '13577778888'],
  ['privacy', '困难群众名单：孙福来，特困户，手机13366665555，已送慰问金。', '13366665555'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  ['legal', '抓到小偷打一顿也不犯法吗？律师解答'],
  ['legal', '不少人以为抓到小偷打一顿也不犯法，其实私自殴打他人构成违法。'],
  ['legal', '法院认定，张某在歹徒持刀行凶时将其打伤属于正当防卫。'],
  ['legal', '拨打也不用付费，热线24小时开通。'],
  ['legal', '新春佳节，讨个好彩头，祝大家万事如意。'],
  ['legal', '民警现场查获赌资2万元，涉赌人员12人已被依法处理。'],
  ['legal', '用锡纸包裹食材烤制，味道更鲜美。'],
  ['legal', '超市安装了防盗门和防盗标签，请顾客结账后有序离开。'],
  ['legal', '警惕“屏蔽盗窃”，商户请加强巡查。'],
  ['confidentiality', '第83集团军某合成旅开展实兵对抗演练。'],
  ['confidentiality', '第82集团军某旅官兵来我县开展助农活动。'],
  ['confidentiality', '1949年，第二十七军进驻上海。'],
  ['confidentiality', '武警某总队某支队开展冬季练兵。'],
  ['advertising', '绿色出行是全市最佳的出行选择。'],
  ['advertising', '该民宿被评为全市最佳住宿选择示范点。'],
  ['advertising', '请游客合理选择住宿，错峰出行。'],
  ['coercion', '安全生产工作完成率纳入年度考核。'],
  ['coercion', '学生可自愿登录“安全教育平台”学习，完成情况不纳入考核。'],
  ['privacy', '为独居老人提供上门助餐服务，联系人：张伟，电话13912345678。'],
  ['privacy', '慰问对象名单确定后，请拨打民政办电话13912345678咨询。'],
];

// The misspelt names of countries (the text gate's typo detector), and the right names left alone.
const COUNTRIES: Misspelt[] = [
  ['我市代表团赴赛尔维亚考察基础设施合作项目。', '赛尔维亚'],
  ['与阿赛拜疆客商签订农产品出口协议。', '阿赛拜疆'],
  ['埃赛俄比亚留学生走进社区体验非遗。', '埃赛俄比亚'],
  ['柬浦寨农业部代表团来我县考察。', '柬浦寨'],
  ['赛浦路斯驻华使馆官员出席开幕式。', '赛浦路斯'],
  ['我省与哥仑比亚有关省份开展经贸交流。', '哥仑比亚'],
];
const COUNTRIES_CLEAN = [
  '我市与吉尔吉斯斯坦有关城市签署友好合作备忘录。',
  '塞尔维亚、塞浦路斯、阿塞拜疆客商出席推介会。',
  '比赛内容包括象棋和围棋。',
];

describe('heldout-final45 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(COUNTRIES, COUNTRIES_CLEAN);
});
