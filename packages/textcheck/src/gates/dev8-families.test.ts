// Rule families of the dev8 round, each with wordings other than the development set's: titles
// and party-congress names, 中港台, reform sentences and repealed laws, explosive recipes, gun and
// betting offers, data lists, cult promises, military sites, whistleblowers, exam questions, housing
// and course advertising, slang and sneers, dashed ID numbers, personal mobiles, withheld services,
// generic 犯罪分子 and reporting links.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { reported } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '县人民检察院副院长带队开展巡回检察', '检察院副院长'],
  ['political', '全国人大副委员长一行来我市调研', '全国人大副委员长'],
  ['political', '深入学习中共十九次全国人民代表大会报告', '中共十九次全国人民代表大会'],
  ['political', '吸引中港澳台青年来此创业', '中港澳台'],
  ['political', '台湾和中国的交流持续升温', '台湾和中国'],
  ['political', '省政府办工厅印发通知', '办工厅'],
  ['policy', '依照《物权法》第七十条，业主对专有部分享有所有权。', '物权法'],
  ['policy', '我们将依据民法通则的规定处理。', '民法通则'],
  ['policy', '请携带原件前往县工商局办理', '工商局'],
  ['legal', '教你做炸弹：把氯酸钾和白糖研磨混合就行', '氯酸钾和白糖研磨'],
  ['legal', '出售钢珠枪，货到付款，威力大', '钢珠枪，货到付款'],
  ['legal', '今晚英超大小球推荐，首充即送188元彩金', '首充即送188元彩金'],
  ['legal', '转让本地车主名单及电话，每条0.3元', '车主名单'],
  ['legal', '信了我们的神就能治百病', '信了我们的神就能治百病'],
  ['legal', '本科文凭加急办理，学信网可查询', '学信网可查'],
  ['confidentiality', '该弹药库位于镇北山腰的山洞内，距公路约300米', '弹药库位于镇北山腰的山洞内'],
  ['confidentiality', '驻有官兵120余人，装备精良', '驻有官兵120余人'],
  ['confidentiality', '经核实，举报人系该村会计，与被举报人存在矛盾。', '举报人系该村会计'],
  [
    'confidentiality',
    '期末统考试卷即将印发，据悉数学卷第18题考查概率统计，请各校抓紧复习。',
    '第18题考查概率统计',
  ],
  ['advertising', '滨江壹号盛大开盘，认购即享98折优惠', '盛大开盘'],
  ['advertising', '本机构教资面试通过率100%，名师一对一辅导，报名从速', '通过率100%'],
  ['advertising', '亚洲最大、全国唯一的溶洞群，此生必去！', '亚洲最大、全国唯一'],
  ['advertising', '本栏目由某某家居特约冠名播出', '特约冠名播出'],
  ['opinion', '干饭人集合！食堂今日菜单如下', '干饭人'],
  ['opinion', '看到这一幕，小编当场破防了', '小编当场破防'],
  ['opinion', '这种说法真是荒谬到极点', '荒谬到极点'],
  ['opinion', '嘴上说一套做一套，也是够了', '也是够了'],
  ['opinion', '那些喷子建议先把脑子带上再发言，脑子丢了吗', '脑子丢了'],
  ['opinion', '有些乡下人素质太差，随地吐痰', '有些乡下人素质太差'],
  ['privacy', '其身份证号为110101 19900307 7516，请知情者联系', '110101 19900307 7516'],
  ['privacy', '失主身份证号110101-19900307-7516', '110101-19900307-7516'],
  ['privacy', '老人的儿子在外地打工，电话13912345678，已联系其返乡', '13912345678'],
  ['privacy', '家庭地址为光明路8号6栋2单元501室', '光明路8号6栋2单元501室'],
  [
    'coercion',
    '未完成实名认证的住户，下月起电梯卡将失效',
    '未完成实名认证的住户，下月起电梯卡将失效',
  ],
];

// [gate, text]: must stay quiet
const CLEAN: Array<[Gate, string]> = [
  ['political', '全国人大常委会副委员长出席开幕式'],
  ['political', '市人民检察院检察长作工作报告'],
  ['political', '市中级法院、检察院院长述职'],
  ['political', '中国共产党第二十次全国代表大会胜利召开'],
  ['political', '第十四届全国人民代表大会第二次会议开幕'],
  ['political', '香港与中国的其他城市往来密切'],
  ['political', '国家食品药品监督管理总局于2013年组建'],
  ['policy', '2018年，组建国家市场监督管理总局，不再保留国家工商行政管理总局。'],
  ['policy', '营业税从此退出历史舞台，营改增全面推开。'],
  ['policy', '民法典施行后，婚姻法、物权法、合同法同时废止。'],
  ['policy', '1950年颁布的《婚姻法》确立了婚姻自由。'],
  ['policy', '依法签订劳动合同，遵守《劳动合同法》规定。'],
  ['policy', '原县工商局办公楼将改建为便民服务中心。'],
  ['legal', '犯罪分子往往冒充客服，以退款为名诱骗受害人转账。'],
  ['legal', '县禁毒办提醒：新型毒品伪装成零食，请家长留意。'],
  ['legal', '法院审结一起传播淫秽物品案，被告人获刑两年。'],
  ['legal', '化学实验中，高锰酸钾与浓盐酸混合即可制取氯气。'],
  ['legal', '毕业生可登录学信网查询本人学历信息。'],
  ['legal', '邪教组织常宣扬“末日将至”，请群众提高警惕。'],
  ['legal', '严禁出售业主信息，违者将依法追究责任。'],
  ['confidentiality', '新建的气象雷达站位于县城北部山顶，海拔1200米。'],
  ['confidentiality', '中考数学试卷解析：第22题考查二次函数的图像与性质。'],
  ['confidentiality', '对举报人为实名举报的，应在15日内反馈处理结果。'],
  ['advertising', '全市新建商品住宅均价8800元/平方米，同比下降2%。'],
  ['advertising', '我县家庭荣获全国最美家庭称号。'],
  ['advertising', '全市高考本科上线率全省第一，感谢全体教师的辛勤付出。'],
  ['advertising', '我县是全国唯一的国家级生态示范县。'],
  ['opinion', '我们这些打工人员希望尽快拿到工资。'],
  ['opinion', '这项工作做得可以，但仍需改进。'],
  ['opinion', '捐献遗体和器官，把爱留在人间。'],
  ['privacy', '咨询电话13912345678（王老师）'],
  ['privacy', '办公地址为市民中心3号楼1205室'],
  ['coercion', '专项附加扣除标准提高，每人分摊的额度不超过1500元，可通过个人所得税APP填报。'],
];

describe('dev8 rule families', () => {
  it.each(CATCHES)('%s reports in “%s” «%s»', (gate, text, excerpt) => {
    expect(reported(gate, { text }).join('|')).toContain(excerpt);
  });
  it.each(CLEAN)('%s leaves “%s” alone', (gate, text) => {
    expect(reported(gate, { text })).toEqual([]);
  });
});

describe('hijack: reporting platforms beside a call to report', () => {
  it('does not treat 12377.cn beside 违法和不良信息…举报 as injected', () => {
    const html =
      '<html><body><ul><li><a href="https://www.12377.cn/">举报中心</a></li>' +
      '<li><a href="https://example-report.org/">其他平台</a></li></ul>' +
      '<p>网络赌博、淫秽色情等违法和不良信息，请依法举报。</p></body></html>';
    expect(reported('hijack', { html })).toEqual([]);
  });
});
