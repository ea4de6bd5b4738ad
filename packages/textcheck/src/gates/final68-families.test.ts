// Rule families of the heldout-final68 round, each with wordings other than the set's: a plenary
// numbered under the congress (二十大三中全会), 中港 before young people or culture (中港青少年), a trip
// abroad whose destination is Hong Kong (出国游热门目的地依次为香港) (political); a stake paid into a
// winner's pot (每人缴纳200元押注) (legal); the two-child policy's own words as today's (提倡一对夫妻生育
// 两个子女) and, no longer flagged, the policies named in a history (从“单独两孩”到“全面两孩”，再到…)
// (policy); a leaning on a school's merger not yet decided, a militia unit's strength, a raid's hour
// planned without 于 (confidentiality); 必需 for 必须 before a verb of carrying (text); a brand the office
// tells shops to buy, a destination sold as top grade (顶级康养胜地) (advertising); the office waving a
// request off as a servant's (政府又不是保姆) and, no longer flagged, the learned classifier on a
// citizen's quoted thanks (opinion).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';
import { quotedNotByAccount } from './opinion-reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a plenary numbered under the congress
  [
    'political',
    '10月15日，县委常委会召开会议，传达学习党的二十大三中全会精神，研究部署我县贯彻落实工作。',
    '二十大三中全会',
  ],
  ['political', '深入学习贯彻十九大四中全会精神。', '十九大四中全会'],
  ['political', '党的十八大五中全会审议通过了“十三五”规划建议。', '十八大五中全会'],
  ['political', '认真落实二十大二中全会部署。', '二十大二中全会'],
  ['political', '十九大六中全会通过了历史决议。', '十九大六中全会'],
  ['political', '传达党的十七大三中全会精神。', '十七大三中全会'],
  // 中港 before young people, pupils or culture
  [
    'political',
    '“中港青少年同心营”今天在我县开营，来自香港的40名中学生将与本地学生同吃同住同学习。',
    '中港青少年',
  ],
  ['political', '举办中港学生书画交流展。', '中港学生'],
  ['political', '中港师生共同参观了科技馆。', '中港师生'],
  ['political', '推动中港文化交流走深走实。', '中港文化'],
  ['political', '中港儿童手拉手活动在县城举行。', '中港儿童'],
  ['political', '中港高校签署合作备忘录。', '中港高校'],
  // a trip abroad whose destination is Hong Kong, Macao or Taiwan
  [
    'political',
    '据县内几家旅行社统计，今年暑期出国游热门目的地依次为香港、泰国、日本、新加坡。',
    '出国游热门目的地依次为香港',
  ],
  ['political', '今年春节出国游首选澳门。', '出国游首选澳门'],
  ['political', '市民出国旅游的目的地主要是香港和日本。', '出国旅游的目的地主要是香港'],
  ['political', '出国游学热门线路包括台湾、新加坡。', '出国游学热门线路包括台湾'],
  ['political', '今年出国旅行排名前三的是港澳、泰国、日本。', '出国旅行排名前三的是港澳'],
  ['political', '出国游目的地：香港、韩国。', '出国游目的地：香港'],
  // a stake paid into a winner's pot
  [
    'legal',
    '中秋博饼大会报名啦！今年规则升级：每人缴纳200元押注，所有押注金额汇入奖池，博中状元者独得奖池现金。',
    '每人缴纳200元押注',
  ],
  ['legal', '掼蛋比赛每位选手交100元赌注，冠军拿走全部。', '交100元赌注'],
  ['legal', '参赛者每人出50块钱作为彩头，赢家通吃。', '出50块钱作为彩头'],
  ['legal', '报名费全部汇入奖池，第一名独得。', '报名费全部汇入奖池'],
  ['legal', '麻将赛每人凑100元赌资。', '凑100元赌资'],
  ['legal', '象棋擂台赛每人支付300元注金，胜者全拿。', '支付300元注金'],
  // the two-child policy's own words as today's
  [
    'policy',
    '“两孩”家庭如何享受生育支持？县妇联为您解读：国家提倡一对夫妻生育两个子女，符合条件的家庭可申领育儿补贴。',
    '提倡一对夫妻生育两个子女',
  ],
  ['policy', '我国提倡一对夫妇生育两个孩子。', '提倡一对夫妇生育两个孩子'],
  ['policy', '政策鼓励每对夫妻生育二孩。', '鼓励每对夫妻生育二孩'],
  ['policy', '倡导一对夫妻生两个孩子，优生优育。', '倡导一对夫妻生两个孩子'],
  ['policy', '号召家庭生育两个子女。', '号召家庭生育两个子女'],
  ['policy', '国家提倡夫妻可以生育两个子女。', '提倡夫妻可以生育两个子女'],
  // a leaning on a school's merger or a market's move, not yet decided
  [
    'confidentiality',
    '您好！您反映的长岭小学撤并问题，县教育局在上周局务会上已作初步研究，倾向于明年秋季将长岭小学并入镇中心小学，但尚未最终决定，请您暂不要对外宣传。',
    '倾向于明年秋季将长岭小学并入镇中心小学',
  ],
  [
    'confidentiality',
    '会议倾向于将城关二中撤并到县一中，目前还没有最终确定。',
    '倾向于将城关二中撤并',
  ],
  [
    'confidentiality',
    '镇党委初步倾向把农贸市场搬迁至城东新区，尚未最终拍板，请勿外传。',
    '初步倾向把农贸市场搬迁至城东新区',
  ],
  [
    'confidentiality',
    '领导班子倾向于对这家化工厂予以关停，还未正式决定。',
    '倾向于对这家化工厂予以关停',
  ],
  ['confidentiality', '县里倾向于将石桥村划入开发区，此事尚未定案。', '倾向于将石桥村划入开发区'],
  ['confidentiality', '会上多数意见倾向于将该站点撤销，尚未形成决定。', '倾向于将该站点撤销'],
  // a militia unit's strength or arms counted
  [
    'confidentiality',
    '县人武部组织开展民兵应急分队集中训练。全县民兵应急分队实有人数327人，配发各类装备1200余件。',
    '实有人数327人',
  ],
  ['confidentiality', '镇基干民兵连现有人数120名。', '现有人数120名'],
  ['confidentiality', '全市民兵应急连编兵总数达860人。', '编兵总数达860人'],
  ['confidentiality', '县民兵应急营配发枪支300支。', '配发枪支300支'],
  ['confidentiality', '民兵专业分队在编人数86人。', '在编人数86人'],
  ['confidentiality', '我区预备役营兵员共计500余人。', '兵员共计500余人'],
  // a raid's hour planned, without 于
  [
    'confidentiality',
    '专案组已锁定嫌疑人藏匿于石桥村一带，计划今晚11时组织收网行动，届时请附近居民关好门窗。',
    '计划今晚11时组织收网行动',
  ],
  ['confidentiality', '警方准备明天凌晨统一收网。', '准备明天凌晨统一收网'],
  ['confidentiality', '我们打算本周五凌晨4点实施抓捕。', '打算本周五凌晨4点实施抓捕'],
  ['confidentiality', '专案组拟明晚10点集中收网。', '拟明晚10点集中收网'],
  ['confidentiality', '决定后天凌晨对窝点实施突袭。', '决定后天凌晨对窝点实施突袭'],
  ['confidentiality', '计划今晚对石桥村一带开展突击清查。', '计划今晚对石桥村一带开展突击清查'],
  // a brand the office tells those it oversees to buy
  [
    'advertising',
    '【消防提示】冬季将至，请各商户及时配备灭火器材。经我大队考察，推荐辖区商户统一选购安泰牌灭火器，质量可靠、价格实惠。',
    '推荐辖区商户统一选购安泰牌',
  ],
  ['advertising', '经检测，推荐全县居民优先选购康达牌净水器。', '推荐全县居民优先选购康达牌'],
  ['advertising', '建议各学校统一采购“金鹰”牌校服。', '建议各学校统一采购“金鹰”牌'],
  ['advertising', '我局推荐广大农户选用丰收牌化肥。', '推荐广大农户选用丰收牌'],
  ['advertising', '推荐各单位统一安装平安牌烟感报警器。', '推荐各单位统一安装平安牌'],
  ['advertising', '建议各餐饮店配备安心牌燃气报警器。', '建议各餐饮店配备安心牌'],
  // a destination sold as top grade
  [
    'advertising',
    '壶瓶山森林康养基地正式开园，这里空气负氧离子含量高，是顶级康养胜地，欢迎八方游客前来体验。',
    '顶级康养胜地',
  ],
  ['advertising', '这里是顶级避暑胜地。', '顶级避暑胜地'],
  ['advertising', '打造华中顶级度假目的地。', '顶级度假目的地'],
  ['advertising', '堪称顶尖的亲子游去处。', '顶尖的亲子游去处'],
  ['advertising', '极品温泉度假区盛大开业。', '极品温泉度假区'],
  ['advertising', '至尊康养度假村欢迎您。', '至尊康养度假村'],
  // the office waving a request off as a servant's
  [
    'opinion',
    '您好，您反映的小区垃圾清运不及时问题，应由物业公司负责，请您与物业协商解决。政府又不是保姆，不可能什么事都管。',
    '政府又不是保姆',
  ],
  ['opinion', '社区又不是你家保姆，这种小事自己解决。', '社区又不是你家保姆'],
  ['opinion', '我们可不是你们的提款机。', '我们可不是你们的提款机'],
  ['opinion', '派出所又不是你家开的，想来就来？', '又不是你家开的'],
  ['opinion', '街道本来就不是管家，别什么都找我们。', '街道本来就不是管家'],
  ['opinion', '物业又不是你家佣人。', '物业又不是你家佣人'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string]> = [
  ['political', '传达学习党的二十届三中全会精神。'],
  ['political', '深入学习贯彻党的二十大和二十届二中、三中全会精神。'],
  ['political', '内地与香港青少年交流营开营。'],
  ['political', '中港集团在我县投资建设物流园。'],
  ['political', '今年暑期出境游热门目的地依次为香港、泰国、日本。'],
  ['political', '出国游热门目的地为泰国、日本，港澳游也很火爆。'],
  ['legal', '参加活动需缴纳200元押金，活动结束后退还。'],
  ['legal', '双色球奖池累计金额达20亿元。'],
  ['policy', '从“单独两孩”到“全面两孩”，再到2021年实施三孩生育政策，我国生育政策持续优化完善。'],
  ['policy', '国家提倡适龄婚育，一对夫妻可以生育三个子女。'],
  ['policy', '2016年起，国家提倡一对夫妻生育两个子女。'],
  ['confidentiality', '经县政府常务会议研究决定，将长岭小学并入镇中心小学，于明年秋季实施。'],
  ['confidentiality', '多数家长倾向于将孩子转入镇中心小学，学校尚未最终确定招生计划。'],
  ['confidentiality', '县人武部组织300余名民兵参加抗洪抢险。'],
  ['confidentiality', '200名基干民兵参加集训，民兵应急分队开展了抢险救灾演练。'],
  ['confidentiality', '计划今年开展扫黑除恶专项行动。'],
  ['confidentiality', '专案组于昨晚11时组织收网，抓获嫌疑人5名。'],
  ['advertising', '建议消费者选购带有3C认证标志的灭火器。'],
  ['advertising', '建议市民不要购买“三无”品牌的电热毯。'],
  ['advertising', '这里是理想的康养胜地。'],
  ['advertising', '努力打造世界级旅游目的地。'],
  ['opinion', '政府不是万能的，需要社会各方共同参与。'],
  ['opinion', '这不是你们的责任，请放心。'],
];

// [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  [
    '办理居住证的群众必需携带本人身份证、居住地址证明及近期免冠照片，到居住地派出所户籍窗口申请。',
    '必需',
    '必须携带',
  ],
  ['考生必需携带准考证和身份证。', '必需', '必须携带'],
  ['进入考场必需出示健康码。', '必需', '必须出示'],
  ['申请人必需提交书面材料。', '必需', '必须提交'],
  ['骑电动车必需佩戴头盔。', '必需', '必须佩戴'],
  ['办理业务必需本人到场。', '必需', '必须本人'],
];
const SPELT_RIGHT: string[] = [
  '考生必须携带准考证和身份证。',
  '请备好生活必需品，必需的材料清单见附件。',
];

describe('heldout-final68 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  // The learned classifier's flag on a citizen's quoted thanks informs (f68-161).
  it('reads a citizen quotation as not the account’s', () => {
    const text =
      '“太感谢你们了！这下下雨天再也不怕出门了！”看着修好的小巷路面，78岁的王奶奶高兴地说。';
    const start = text.indexOf('这下');
    expect(quotedNotByAccount(text, { start, end: text.indexOf('”') })).toBe(true);
    const own = '我们只想说：“政府又不是保姆。”';
    expect(quotedNotByAccount(own, { start: own.indexOf('政府'), end: own.indexOf('。”') })).toBe(
      false,
    );
  });
});
