// Rule families of the heldout-final50 round, each with wordings other than the set's: a private
// party's mobile in a court notice and a flat named with its resident (privacy); superseded bodies —
// an un-merged county culture and press bureau, a commission of the 1998 reform, a local 体委 (policy);
// 流连忘返 and 亟待 misspelt (text); a call to shame people outside the law (opinion); a licence sped up
// for a fee or a fee paid to a staff member's own account, and a match bet at odds (legal); a job sold
// on guaranteed employment or pay (advertising); an expropriation's compensation told while provisional
// and a case's particulars told by an insider (confidentiality); an online quiz's pass mark tied to a
// sanction (coercion); 全国人大委员 and other member titles mixed up (political). And the false-alarm
// classes: a wording a style guide forbids with 不使用/禁用 or tells replaced, and a court's own
// division named with the court's level as byline source — each with its near misses.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a private party's mobile number in a court's notice
  [
    'privacy',
    '【庭审直播预告】12月2日上午9时，区人民法院将公开开庭审理原告孙丽（联系电话18674213360）诉被告某房地产开发公司商品房预售合同纠纷一案，庭审将全程网络直播。',
    '18674213360',
  ],
  [
    'privacy',
    '本院受理原告王建华诉被告李明（联系电话13912345678）民间借贷纠纷一案。',
    '13912345678',
  ],
  ['privacy', '上诉人刘芳，联系电话15877776666，不服一审判决提起上诉。', '15877776666'],
  ['privacy', '申请执行人赵强（电话13611112222）与被执行人钱某某借款合同纠纷一案。', '13611112222'],
  ['privacy', '被执行人孙某，联系电话18900001111，请其于十日内履行义务。', '18900001111'],
  ['privacy', '起诉人周红梅联系电话13788889999，请于本周五到立案庭补充材料。', '13788889999'],
  // a flat down to its door named with its resident
  [
    'privacy',
    '【网格通知】近日，有居民反映幸福里小区3号楼频繁发生高空抛物。经网格员排查，系3号楼2单元302室业主王桂兰家中所为，请该户立即停止此类行为。',
    '3号楼2单元302室',
  ],
  ['privacy', '经查，5栋1102室（住户李建国）私搭乱建，已责令限期拆除。', '5栋1102室'],
  ['privacy', '12幢601房租户张伟长期拖欠物业费。', '12幢601房'],
  ['privacy', '噪音来源为7号楼1单元502室住户陈明家。', '7号楼1单元502室'],
  ['privacy', '漏水系8栋3单元1201室户主刘德华家水管破裂所致。', '8栋3单元1201室'],
  ['privacy', '2号楼402室房主赵秀英已同意整改。', '2号楼402室'],
  ['privacy', '经查，噪音来自5栋1102室李明夫妇家中。', '5栋1102室'],
  // an un-merged local culture and press bureau, a commission of the 1998 reform, a local 体委
  [
    'policy',
    '【演出管理】根据规定，在我县举办营业性演出，举办单位须提前向县文化广电新闻出版局提出申请。',
    '县文化广电新闻出版局',
  ],
  ['policy', '请到区文广新局办理网吧年检手续。', '区文广新局'],
  ['policy', '县文体广电新闻出版局组织开展送戏下乡活动。', '县文体广电新闻出版局'],
  ['policy', '旗文化广播电视新闻出版局发布节日文化活动安排。', '旗文化广播电视新闻出版局'],
  [
    'policy',
    '【赛事公告】本次全市青少年武术锦标赛经国家体委批准，列入全国青少年武术段位制推广系列赛事。',
    '国家体委',
  ],
  ['policy', '该项目已报国家教委审批。', '国家教委'],
  ['policy', '市体委组织开展全民健身月活动。', '市体委'],
  ['policy', '我县将邀请国家科委专家来县指导。', '国家科委'],
  ['policy', '本届运动会由国家体育运动委员会主办。', '国家体育运动委员会'],
  // a call to shame or punish people outside the law
  [
    'opinion',
    '【调解故事】经调解员耐心劝导，子女们最终同意轮流照顾老人。说句心里话，这种不孝子女就该被全村人戳脊梁骨。',
    '这种不孝子女就该被全村人戳脊梁骨',
  ],
  ['opinion', '老赖就应该拉出去游街示众。', '就应该拉出去游街示众'],
  ['opinion', '这样的黑心商家活该被人唾骂。', '活该被人唾骂'],
  ['opinion', '真该把他们钉在耻辱柱上。', '真该把他们钉在耻辱柱上'],
  ['opinion', '这种人理应千刀万剐！', '理应千刀万剐'],
  ['opinion', '虐待老人的子女就得被赶出村子。', '就得被赶出村子'],
  ['opinion', '这种人就该人肉出来，让他无处可躲。', '这种人就该人肉出来'],
  // a licence or approval sped up for a fee, and a fee paid into a staff member's own account
  [
    'legal',
    '【优待证办理】县退役军人服务中心开通“加急通道”，缴纳300元加急服务费即可在7个工作日内领证，费用请转至工作人员个人微信。',
    '缴纳300元加急服务费即可在7个工作日内领证',
  ],
  [
    'legal',
    '【优待证办理】县退役军人服务中心开通“加急通道”，缴纳300元加急服务费即可在7个工作日内领证，费用请转至工作人员个人微信。',
    '费用请转至工作人员个人微信',
  ],
  ['legal', '想早点拿证的，交200元就能插队。', '交200元就能插队'],
  [
    'legal',
    '不动产证办理：另付500元绿色通道费，三天就能拿证。',
    '另付500元绿色通道费，三天就能拿证',
  ],
  ['legal', '营业执照审批慢？付300块可以优先审批。', '付300块可以优先审批'],
  ['legal', '报名费请转到经办人个人支付宝。', '报名费请转到经办人个人支付宝'],
  ['legal', '窗口排队太久？塞红包就能插队拿证。', '塞红包就能插队'],
  ['legal', '办理时请扫工作人员个人收款码缴费。', '扫工作人员个人收款码'],
  // a bet on a match's result paid out at odds
  [
    'legal',
    '【赛事互动】市运会足球决赛明晚开踢！扫描下方二维码参与“比分竞猜”，10元起投，猜中比分赔率高达1:8，奖金实时到账。',
    '猜中比分',
  ],
  ['legal', '押中冠军1赔5，当场兑现。', '押中冠军1赔5'],
  ['legal', '竞猜胜负，每注10元，猜对返3倍。', '竞猜胜负，每注10元，猜对返3倍'],
  ['legal', '村篮球赛开打，猜输赢赔率1比2，欢迎来押。', '猜输赢赔率1比2'],
  ['legal', '龙舟赛下注通道开启，20元起投，押冠军赢大奖。', '20元起投，押冠军'],
  // a job or a course sold on guaranteed employment or pay
  [
    'advertising',
    '【岗位推荐】金盾保安服务有限公司面向退役军人招聘安保人员30名，100%包就业，月薪过万不是梦，有意者请到县退役军人服务中心报名。',
    '100%包就业',
  ],
  ['advertising', '电工培训班，学完包分配，月薪轻松过万。', '包分配'],
  ['advertising', '电工培训班，学完包分配，月薪轻松过万。', '月薪轻松过万'],
  ['advertising', '月嫂培训，结业包上岗，轻松月入过万。', '轻松月入过万'],
  ['advertising', '保底月薪8000元，包吃包住。', '保底月薪8000元'],
  ['advertising', '报名就送技能证书，年薪百万不是梦！', '年薪百万不是梦'],
  ['advertising', '电商直播培训，百分百安排就业。', '百分百安排就业'],
  ['advertising', '报名焊工班，不就业全额退款！', '不就业全额退款'],
  // an expropriation's compensation told while provisional
  [
    'confidentiality',
    '【网格群通知】这是街道内部会议精神，请勿截图外传：下月起将对幸福里小区启动征收，补偿标准初定每平方米8600元，请各网格员提前摸排住户情况。',
    '补偿标准初定每平方米8600元',
  ],
  [
    'confidentiality',
    '东关村明年整体拆迁，补偿价格暂定为每平方米6500元。',
    '补偿价格暂定为每平方米6500元',
  ],
  ['confidentiality', '据悉，高铁站片区征地补偿拟按每亩6万元执行。', '补偿拟按每亩6万元'],
  [
    'confidentiality',
    '安置标准基本敲定每人40平方米，老街棚改下半年启动。',
    '安置标准基本敲定每人40平方米',
  ],
  ['confidentiality', '城西旧改项目的补偿款初步定为每户30万元左右。', '补偿款初步定为每户30万元'],
  [
    'confidentiality',
    '据内部消息，老街拆迁补偿每平方米不低于9000元。',
    '老街拆迁补偿每平方米不低于9000元',
  ],
  ['confidentiality', '知情人士透露，城西征地每亩补偿6万元。', '城西征地每亩补偿6万元'],
  // a case's particulars told by an insider while it is handled
  [
    'confidentiality',
    '【检察动态】在11月5日召开的检察委员会会议上，检察长对某国企负责人受贿案的审查起诉工作提出要求，并透露该案涉案金额可能超过3000万元、另有两名处级干部牵涉其中。',
    '透露该案涉案金额可能超过3000万元',
  ],
  [
    'confidentiality',
    '该案仍在侦查中，据办案民警私下透露，涉案人员已达十余人。',
    '透露，涉案人员已达十余人',
  ],
  [
    'confidentiality',
    '目前案件正在审查调查，知情人爆料称另有三名科级干部也涉案。',
    '爆料称另有三名科级干部也涉案',
  ],
  ['confidentiality', '案件尚未起诉，检察官透露受贿金额超过500万元。', '透露受贿金额超过500万元'],
  ['confidentiality', '该案已立案调查，局长私下说案值可能过亿。', '私下说案值可能过亿'],
  // an online quiz's pass mark tied to a sanction
  [
    'coercion',
    '【通知】所有在职人员须参加“民法典知识竞赛”线上答题，成绩低于90分者取消本年度评优评先资格，请各科室负责人督促落实。',
    '成绩低于90分者取消本年度评优评先资格',
  ],
  ['coercion', '学习强国每日积分不足30分的通报批评。', '积分不足30分的通报批评'],
  [
    'coercion',
    '请全体党员参加在线测试，得分低于80分的扣发当月绩效。',
    '得分低于80分的扣发当月绩效',
  ],
  [
    'coercion',
    '各单位组织干部职工参加网上答题，正确率未达到90%的单位年终考核一票否决。',
    '正确率未达到90%',
  ],
  [
    'coercion',
    '扫码参加安全知识线上竞答，成绩不足60分的人员不得参加年度评先。',
    '成绩不足60分的人员不得参加年度评先',
  ],
  ['coercion', '每位教师须下载“智慧教育”APP完成测评，分数低于85分的约谈。', '分数低于85分的约谈'],
  // the titles of the congresses' and the CPPCC's members mixed up
  [
    'political',
    '【代表风采】在今年全国两会上，全国人大委员、市非遗保护中心主任李红梅提交了关于加强传统村落保护利用的建议。',
    '全国人大委员',
  ],
  ['political', '省人大委员王某到我县视察。', '省人大委员'],
  ['political', '自治区人大委员调研乡村振兴工作。', '自治区人大委员'],
  ['political', '全国政协代表张某在小组讨论中发言。', '全国政协代表'],
  ['political', '市政协议员提出建议。', '政协议员'],
  ['political', '县人民代表大会委员视察敬老院。', '县人民代表大会委员'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  // a wording forbidden by a style guide with 不使用, 禁用 … or told replaced (the false alarm's class)
  [
    'political',
    '【编辑规范提醒】涉及台湾的表述，应使用“台湾地区”“台湾当局”，不得使用“台湾政府”“中华民国”；提及“一带一路”应表述为“共建‘一带一路’倡议”，不使用“一带一路战略”。',
  ],
  ['political', '稿件中不用“一带一路战略”，统一表述为“共建‘一带一路’倡议”。'],
  ['political', '请各单位禁用“一带一路战略”的提法。'],
  ['political', '杜绝“一带一路战略”等不规范表述。'],
  ['political', '“一带一路战略”应改为“共建‘一带一路’倡议”。'],
  ['political', '文中的一带一路战略一律更正为“共建‘一带一路’倡议”。'],
  ['political', '稿件不要用“台湾政府”，应称“台湾当局”。'],
  // the private party's number: an office's hotline stays info
  ['privacy', '本院诉讼服务中心联系电话13912345678，欢迎咨询。'],
  ['privacy', '审判员张伟，书记员联系电话0746-8328000。'],
  // flats without a named resident
  ['privacy', '3号楼2单元302室业主委员会成员开会。'],
  ['privacy', '请5栋1102室业主于周五前缴纳物业费。'],
  ['privacy', '系3号楼2单元302室住户王某家中所为。'],
  ['privacy', '5栋1102室居民家中漏水，物业已上门维修。'],
  // bodies of today, and the old ones told as such
  ['policy', '县文化广电新闻出版旅游局召开安全生产会议。'],
  ['policy', '婺源县文化广电新闻出版旅游局发布油菜花观赏指南。'],
  ['policy', '县文广新旅局牵头起草了促进民宿发展的办法。'],
  ['policy', '1995年，国家体委颁布《全民健身计划纲要》。'],
  ['policy', '原国家体委训练局旧址改建为体育博物馆。'],
  ['policy', '国家体育总局批准了本次赛事。'],
  ['policy', '学校体委负责组织课间操。'],
  // shaming reported, denied or told of the past
  ['opinion', '旧时不孝之人会被乡邻戳脊梁骨。'],
  ['opinion', '他不该被戳脊梁骨，毕竟事出有因。'],
  ['opinion', '游街示众侵犯人格尊严，早已被明令禁止。'],
  // fees and bets that are no offer
  ['legal', '办理优待证不收取任何费用，无需缴纳加急费即可领证。'],
  ['legal', '谨防有人冒充工作人员收取加急费，称交钱就能插队办证。'],
  ['legal', '严禁工作人员将费用转入个人账户。'],
  ['legal', '快递加急服务费20元，次日送达。'],
  ['legal', '参与比分竞猜，猜中比分可获得球衣一件。'],
  ['legal', '主队2比1战胜对手，夺得冠军。'],
  ['legal', '本保险产品理赔率达98%。'],
  ['legal', '体彩竞彩足球比分玩法，猜中比分按赔率计奖，请理性购彩。'],
  // pay and employment reported, not promised
  ['advertising', '不少技工月薪过万，技能人才供不应求。'],
  ['advertising', '过去大学毕业包分配，如今要双向选择。'],
  ['advertising', '全力做好保就业工作。'],
  ['advertising', '村民承包工作进展顺利。'],
  ['advertising', '该校毕业生就业率达100%。'],
  // expropriation terms published, and a subsidy fixed by policy
  ['confidentiality', '现予公告：房屋征收补偿标准暂定为每平方米8200元，公告期30日。'],
  ['confidentiality', '公益林补偿标准暂定为每亩11元。'],
  ['confidentiality', '征收补偿方案公开征求意见，补偿标准拟按每平方米8000元执行。'],
  // a case told after it is decided or without a leak
  ['confidentiality', '经审理，法院依法判处被告人有期徒刑十年，检察官透露该案涉案金额达3000万元。'],
  ['confidentiality', '检察官介绍，该案涉案金额达3000万元，已依法提起公诉。'],
  ['confidentiality', '该案审查起诉完毕，检察长透露涉案金额超过3000万元，已依法提起公诉。'],
  // pass marks without an online task, and contests that only reward
  ['coercion', '职业技能培训结束后统一考试，考试成绩低于60分者不予发证。'],
  ['coercion', '线上知识竞赛得分前十名给予表彰。'],
  ['coercion', '在线答题活动自愿参加，成绩不与评优挂钩。'],
  ['coercion', '线上知识竞赛成绩低于60分的不影响评优。'],
  ['coercion', '考生通过小程序报名，笔试成绩低于60分者取消面试资格。'],
  // right titles
  ['political', '全国人大常委会委员李某到我县调研。'],
  ['political', '全国政协代表团访问法国。'],
  ['political', '全国人大财政经济委员会委员参加座谈。'],
  ['political', '全国人大代表、全国政协委员共商国是。'],
];

/** A court's page whose byline source is `source`. */
const courtPage = (source: string): { html: string } => ({
  html: `<html><head><meta charset="utf-8"><title>庭审直播预告_临江市中级人民法院</title><meta name="SiteName" content="临江市中级人民法院"></head><body><div class="article-info"><span>发布时间：2025-11-21</span><span>来源：${source}</span></div><p>本院将于下周通过中国庭审公开网对以下案件进行直播。</p><p>主办单位：临江市中级人民法院</p></body></html>`,
});
/** A county bureau's page whose byline source is `source`. */
const bureauPage = (source: string): { html: string } => ({
  html: `<html><head><meta charset="utf-8"><title>秋收进展_威宁县农业农村局</title></head><body><div class="info">来源：${source}</div><p>全县马铃薯秋季收获工作全面展开。</p></body></html>`,
});

// 亟 written 急 before what waits on action (the typo detector's table), and the right words.
const MISSPELT: Misspelt[] = [
  ['您反映的小区地下车库渗水问题急待解决，社区已督促物业维修。', '急待解决', '亟待解决'],
  ['道路急待修复。', '急待修复', '亟待修复'],
  ['设施急待完善。', '急待完善', '亟待完善'],
  ['这些矛盾急待化解。', '急待化解', '亟待化解'],
  ['服务质量急待提高。', '急待提高', '亟待提高'],
  ['游客留连往返。', '留连往返', '流连忘返'],
];
const SPELT_RIGHT = ['问题亟待解决。', '他急忙赶来。', '景色令人流连忘返。'];

/** 流连忘返 misspelt after 人 (read whole by the text gate), and the right form. */
const LINGER_SLIPS = [
  '雪后的白鹭湖宛如一幅水墨画，让人流连往返。',
  '古镇夜景使人流连往返。',
  '美景引人流连忘反。',
  '花海叫人流恋往返。',
  '游人流连往返，久久不愿离去。',
];

describe('heldout-final50 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('political still reports 一带一路战略 used, not forbidden', () => {
    expect(reported('political', { text: '我县积极融入一带一路战略。' })).not.toEqual([]);
    expect(reported('political', { text: '不断深化一带一路战略合作。' })).not.toEqual([]);
  });

  it.each(['市中级人民法院立案庭', '临江市中级人民法院立案庭', '市中级人民法院审判管理办公室'])(
    'source takes %s as the court site’s own',
    (source) => {
      expect(reported('source', courtPage(source))).toEqual([]);
    },
  );
  it.each(['县农业农村局办公室', '威宁县农业农村局执法大队'])(
    'source takes %s as the bureau site’s own',
    (source) => {
      expect(reported('source', bureauPage(source))).toEqual([]);
    },
  );
  it.each(['市人民法院立案庭', '某某商贸公司', '青岚生活网'])(
    'source still reports %s on a court’s page',
    (source) => {
      expect(reported('source', courtPage(source))).not.toEqual([]);
    },
  );

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  describe('the text gate', () => {
    const warned = textGateWarnings;
    it.each(LINGER_SLIPS)('reports 流连忘返 misspelt in %s', (text) => {
      expect(warned(text).some((e) => /往返|忘反|流恋/.test(e))).toBe(true);
    });
    it.each(['让人流连忘返。', '湖光山色留连忘返。'])('leaves %s alone', (text) => {
      expect(warned(text)).toEqual([]);
    });
  });
});
