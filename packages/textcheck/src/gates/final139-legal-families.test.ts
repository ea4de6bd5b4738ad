// Rule families from heldout-final139 and heldout-final138 (legal): statutory figures told wrongly
// (the marriage age for both sexes, a year's probation, the labour-arbitration limit, a 36% rate
// protected, 20 mg/100 ml called drunk driving, a two-year civil limit, a three-day return window);
// people the law shields named (informants, witnesses and victims with an address or an age, a
// sexual-crime victim pinned by workplace, a minor's parent); discrimination in hiring (a bare 限男性,
// married with children required, no births after joining); sanctions no law grants (water and power
// cut until a household complies, fines for lateness); unfair terms (prepaid fees kept on withdrawal,
// an urgent fee at a registration counter); points taken on a borrowed licence and pay split to dodge
// tax. Quiet: the right figures, refuted claims, pseudonyms, lawful grounds, a utility's own stop for
// an unpaid bill, exam fees, quoted no-return notices named void.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // statutory figures
  [
    'legal',
    '男女双方年满18周岁、具有完全民事行为能力，即可到婚姻登记机关申请结婚登记。',
    '年满18周岁',
  ],
  ['legal', '男女满十八周岁就可以登记结婚了。', '满十八周岁'],
  ['legal', '劳动合同期限三年以上的，试用期最长不得超过一年。', '试用期最长不得超过一年'],
  [
    'legal',
    '根据《劳动合同法》规定，劳动合同期限三年以上的，试用期最长可达一年。',
    '试用期最长可达一年',
  ],
  ['legal', '劳动合同签了两年，试用期可以约定为十二个月。', '十二个月'],
  [
    'legal',
    '劳动争议申请仲裁的时效期间为三年，从当事人知道权利被侵害之日起计算。',
    '时效期间为三年',
  ],
  ['legal', '劳动仲裁时效为两年，请职工及时维权。', '时效为两年'],
  ['legal', '借贷双方约定的年利率不超过36%的，均受法律保护。', '36%'],
  ['legal', '民间借贷年息24%以内的，受法律保护。', '24%'],
  ['legal', '驾驶人血液中酒精含量达到20毫克/100毫升即构成醉酒驾驶。', '20毫克/100毫升'],
  ['legal', '酒精含量50毫克/100毫升以上的，属于醉驾。', '50毫克/100毫升'],
  ['legal', '根据民法典，普通诉讼时效期间为二年。', '诉讼时效期间为二年'],
  ['legal', '劳动合同期限一年以上不满三年的，试用期最长不得超过六个月。', '六个月'],
  ['legal', '民间借贷月息3分以内的，均受法律保护。', '月息3分'],
  ['legal', '未满十六周岁的孩子犯了事，一律不负刑事责任。', '不负刑事责任'],
  ['legal', '网购商品，消费者有权自收到商品之日起三日内无理由退货。', '三日内'],
  // people the law shields
  ['legal', '猥亵儿童一案中，被害人吴晓琳家住城关镇南关村六组，案发时年仅11岁。', '吴晓琳'],
  ['legal', '根据城东农贸市场摊主陈建民的实名举报，我所进行了检查。', '陈建民'],
  ['legal', '本案举报人为家住锦绣花园6栋的退休职工王桂兰。', '王桂兰'],
  ['legal', '本案关键证人、簕竹镇新湾村村民周桂兰（58岁）出庭作证。', '周桂兰'],
  ['legal', '目击者李国华（45岁）向警方描述了经过。', '李国华'],
  ['legal', '近日办结一起强奸案。受害人刘某芳，26岁，在开发区某电子厂上班。', '刘某芳'],
  ['legal', '被告人小杰（化名），16岁。小杰的父亲系县实验小学校长孙某伟。', '校长'],
  ['legal', '涉案少年的母亲是县医院院长陈某红。', '院长'],
  // discrimination in hiring
  ['legal', '行政文员2名，要求大专及以上学历，限男性，年龄35周岁以下。', '限男性'],
  ['legal', '招聘仓管员，要求：高中学历，限男，能吃苦。', '限男'],
  ['legal', '女性应聘者须已婚已育，入职后三年内不得生育。', '已婚已育'],
  ['legal', '招聘会计1名，已婚未育女性勿扰。', '已婚未育'],
  ['legal', '录用后两年内不得怀孕，否则按自动离职处理。', '不得怀孕'],
  // sanctions no law grants
  [
    'legal',
    '对逾期拒不拆除的，我局将协调供电、供水部门对该户停止供电供水，直至整改到位。',
    '停止供电供水',
  ],
  [
    'legal',
    '对经劝导仍不按规定分类投放的住户，物业服务企业可暂停其门禁卡使用并停止供水。',
    '停止供水',
  ],
  ['legal', '拒不配合清理的商户，街道将断其水电。', '断其水电'],
  ['legal', '迟到三次以上的，罚款50元；损坏公物的，照价赔偿。', '罚款50元'],
  ['legal', '员工旷工一天罚款200元，月底从工资中扣除。', '罚款200元'],
  // unfair terms
  ['legal', '报名时另收取学位保证金300元，中途退学的保证金不予退还。', '中途退学'],
  ['legal', '健身卡会员费一经缴纳概不退还。', '会员费'],
  ['legal', '需当天领取不动产权证书的，每件另收取加急服务费200元。', '加急服务费'],
  ['legal', '办理营业执照急件的，须缴纳加急费100元。', '加急费'],
  // points and tax
  ['legal', '不少车主选择找亲友用其名下驾照代为处理违法记录、分担扣分。', '驾照'],
  ['legal', '分快扣满了，可以借用家人的驾驶证顶分。', '驾驶证'],
  [
    'legal',
    '可将员工的部分工资拆分为劳务报酬，由其亲属名下账户分批代领，单笔控制在800元以下即可不扣税。',
    '拆分',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // statutory figures, right or refuted
  ['legal', '结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。'],
  ['legal', '网传“男女年满18周岁即可结婚”，这是错误的。'],
  ['legal', '劳动合同期限三年以上的，试用期不得超过六个月。'],
  ['legal', '新录用的公务员试用期为一年。'],
  ['legal', '劳动争议申请仲裁的时效期间为一年。'],
  ['legal', '民事诉讼时效为三年，劳动仲裁时效为一年，请注意区分。'],
  ['legal', '原规定年利率24%以内的民间借贷受法律保护，现已调整为LPR的四倍。'],
  ['legal', '超过合同成立时一年期LPR四倍的利息，不受法律保护。'],
  ['legal', '血液酒精含量达到20毫克/100毫升、不满80毫克/100毫升的属于饮酒驾驶。'],
  ['legal', '血液酒精含量达到80毫克/100毫升以上的，属于醉酒驾驶。'],
  ['legal', '因产品存在缺陷造成损害要求赔偿的诉讼时效期间为二年。'],
  ['legal', '劳动合同期限一年以上不满三年的，试用期不得超过二个月。'],
  ['legal', '已满十四周岁不满十六周岁的人，除故意杀人等八种罪外，不负刑事责任。'],
  ['legal', '因不满十六周岁不予刑事处罚的，责令其父母或者其他监护人加以管教。'],
  ['legal', '网购商品，消费者有权自收到商品之日起七日内无理由退货。'],
  // people the law shields
  ['legal', '被害人李某（女，12岁）已得到心理疏导。'],
  ['legal', '本案证人出庭作证，陈述了案发经过。'],
  ['legal', '举报人信息将严格保密，欢迎群众实名举报。'],
  ['legal', '小杰（化名）的父母表示将加强家庭教育。'],
  ['legal', '县实验小学校长孙建伟为新生上开学第一课。'],
  // discrimination
  ['legal', '根据规定，矿山井下作业岗位限男性。'],
  ['legal', '招聘保洁员2名，男女不限，年龄55周岁以下。'],
  ['legal', '用人单位不得以已婚已育作为女性入职条件。'],
  ['legal', '女职工在孕期、产期、哺乳期依法享受特殊保护。'],
  ['legal', '本次乳腺癌免费筛查对象：35至64岁女性。'],
  // sanctions
  ['legal', '用户逾期未缴纳电费的，供电企业将依法中止供电。'],
  ['legal', '因管网改造，明日9时至17时该片区暂停供水。'],
  ['legal', '行政机关不得对居民生活采取停止供水、供电等方式迫使当事人履行行政决定。'],
  ['legal', '对迟到的学生，班主任要了解原因，加强教育。'],
  ['legal', '某公司对迟到员工罚款50元，被劳动监察大队责令改正。'],
  // unfair terms
  ['legal', '考试报名费一经缴纳，概不退还。'],
  ['legal', '商家张贴“概不退换”等告示，不能免除其依法应承担的责任。'],
  ['legal', '投标人在投标有效期内撤销投标文件的，投标保证金不予退还。'],
  ['legal', '不动产登记实行“一窗受理”，当天即可领证，不收取任何加急费用。'],
  ['legal', '快递公司推出次日达加急服务，费用另计。'],
  // points and tax
  ['legal', '严禁买分卖分，借用他人驾驶证消分将依法处理。'],
  ['legal', '驾驶证记分周期为12个月，满分为12分。'],
  ['legal', '单位发放年终奖，应依法代扣代缴个人所得税。'],
];

describe('heldout-final139 legal families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
