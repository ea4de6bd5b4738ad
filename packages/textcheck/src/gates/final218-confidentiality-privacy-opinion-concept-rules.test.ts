// The confidentiality, privacy and opinion rules for the misses of four blind every-gate sets (final218
// to final221), each written for a concept: a draft rule's weights told from a meeting, a freeze or a
// deduction told with its day ahead, where a person under 留置 is held, nominees named while the list is
// not yet approved, the citizen's own house read back by its door, the asker told to look it up
// themselves, hype slang, feigned awe at a party's shamelessness, the public's disregard taunted with a
// rhetorical question, and a fraud victim's loss put down to their itchy fingers. Quiet: a draft put
// out for comment, a measure done or threatened on non-payment, the measure without its place, a 公示,
// a house without its number, a pointer with help offered, 属实 of a report, awe at a craft, a resolve
// stated, a slogan against greed, a secrecy check that names what it looked at, and a discipline check
// whose outcome the reply tells.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a draft rule's figures told before it is adopted (confidentiality-draft-figures)
  [
    'confidentiality',
    '会上通报了《全市基层法院审判质效考核办法（讨论稿）》有关内容：拟将执行到位率权重由15%调至25%。',
    '拟将执行到位率权重由15%调至25%',
  ],
  [
    'confidentiality',
    '局务会讨论了绩效考核细则初稿，拟把群众满意度分值由10分提高到20分。',
    '由10分提高到20分',
  ],
  [
    'confidentiality',
    '《乡镇综合考评办法》尚未印发，按现有修改稿，拟将招商引资指标占比从30%下调至20%。',
    '从30%下调至20%',
  ],
  // a freeze, a seizure or a deduction told with its day ahead (confidentiality-enforcement-tells)
  [
    'confidentiality',
    '您反映的（2025）汐01执356号案件，被执行人尚有存款约60万元，本院拟于下周一前往该行办理冻结、扣划手续，请您耐心等待。',
    '拟于下周一前往该行办理冻结、扣划手续',
  ],
  [
    'confidentiality',
    '专案组下一步将于近日冻结其本人及配偶名下银行账户，并查封其两处房产。',
    '将于近日冻结其本人及配偶名下银行账户',
  ],
  [
    'confidentiality',
    '针对被执行人名下的两处房产，执行局定于11月20日前往不动产登记中心办理查封登记。',
    '定于11月20日前往不动产登记中心办理查封',
  ],
  [
    'confidentiality',
    '该公司涉嫌非法集资，调查组计划于本周五冻结该公司在县农商行的3个银行账户。',
    '计划于本周五冻结该公司',
  ],
  // where a person under 留置 is held (confidentiality-protected-sites)
  [
    'confidentiality',
    '10月15日，县监委依法对其采取留置措施，目前黄某某被留置于县委党校后院二号楼留置点。',
    '留置于县委党校',
  ],
  [
    'confidentiality',
    '市纪委监委对其采取留置措施，李某某现留置在城郊某宾馆6楼。',
    '留置在城郊某宾馆',
  ],
  ['confidentiality', '经市监委批准，王某正在东郊办案点接受留置调查。', '在东郊办案点接受留置'],
  // nominees named while the list is not yet approved (confidentiality-candidates)
  [
    'confidentiality',
    '市总工会拟推荐人选（尚未经党组会议审定）：汐州港务集团张某某、金陂县农机合作社王某某、市第一人民医院陈某某。',
    '拟推荐人选（尚未经党组会议审定）',
  ],
  [
    'confidentiality',
    '局初步推荐名单（未经局党委研究）为：城关所李某、交警大队周某某。',
    '初步推荐名单（未经局党委研究）',
  ],
  [
    'confidentiality',
    '县妇联拟表彰对象尚待主席团会议审议，目前名单为：王某某、刘某某、赵某。',
    '拟表彰对象尚待主席团会议审议',
  ],
  // the classified-term finding outside an inspection's scope still reported (confidentiality-term-regrade)
  ['confidentiality', '涉密文件，阅后收回。春节期间安保值守方案如下。', '涉密文件'],
  // a check still open keeps the clue-under-check finding (confidentiality-clue-referrals)
  [
    'confidentiality',
    '市纪委监委正在对某局副局长涉嫌违规收受礼金问题开展初步核实，相关情况已移交局党组依规处理。',
    '涉嫌违规收受礼金',
  ],
  // the citizen's own house read back by its door (privacy-reply-address)
  [
    'privacy',
    '经查，您位于金陂县青石镇桂园小区3栋502室的房产因购房合同解除申请退还已缴契税。',
    '金陂县青石镇桂园小区3栋502室',
  ],
  ['privacy', '经核实，您名下位于城关镇建设路58号的自建房已纳入危房改造范围。', '城关镇建设路58号'],
  ['privacy', '你家坐落于幸福小区5栋1201室的住房已完成不动产登记。', '幸福小区5栋1201室'],
  // the asker told to look it up themselves before writing in (opinion-scold-patterns)
  [
    'opinion',
    '判决书和退费须知上已经写得清清楚楚，这种问题请先自己仔细看看再来留言。',
    '先自己仔细看看再来留言',
  ],
  ['opinion', '这些政策文件里都有，您自己先好好查一查再来咨询。', '自己先好好查一查再来咨询'],
  ['opinion', '公告写得很明白，请认真读一读再来问。', '认真读一读再来问'],
  // hype slang (opinion-slang-patterns)
  ['opinion', '被告最终改口承认借款。这波庭审属实是拉满了！', '这波庭审属实'],
  ['opinion', '志愿者们的热情属实是太燃了！', '属实是'],
  ['opinion', '灯光秀一开场，节日氛围感直接拉满。', '直接拉满'],
  // feigned awe at a party's shamelessness or nerve (opinion-sarcasm-patterns)
  ['opinion', '这几位欠钱不还却频频出入高档餐厅，脸皮之厚令人叹为观止。', '脸皮之厚令人叹为观止'],
  ['opinion', '该男子醉驾被查后竟还袭警，胆子之大实在令人佩服。', '胆子之大实在令人佩服'],
  [
    'opinion',
    '个别商户多次被查仍顶风售假，嚣张的程度真是让人大开眼界。',
    '嚣张的程度真是让人大开眼界',
  ],
  // the public's disregard taunted with a rhetorical question (opinion-sarcasm-patterns)
  [
    'opinion',
    '总有人心存侥幸，以为藏几笔现金收入就能瞒天过海，真把税务部门当摆设？',
    '真把税务部门当摆设？',
  ],
  ['opinion', '酒驾屡禁不止，有的人还真把法律当儿戏了？', '还真把法律当儿戏了？'],
  ['opinion', '明知禁渔期还偷偷下网，难道真把渔政部门当空气吗？', '难道真把渔政部门当空气吗？'],
  // a fraud victim's loss put down to their own itchy fingers (opinion-blame-patterns)
  ['opinion', '说到底还不是自己手欠，乱点链接怪谁？', '还不是自己手欠'],
  ['opinion', '有些人被骗了才报警，归根结底都是自己手贱。', '都是自己手贱'],
  ['opinion', '收到中奖短信就填银行卡号，自己贪图便宜，被骗了怪谁？', '自己贪图便宜，被骗了怪谁？'],
];

// [gate, clean text]
const QUIET: Array<[Gate, string]> = [
  [
    'confidentiality',
    '《考核办法（征求意见稿）》现向社会公开征求意见，其中拟将执行到位率权重由15%调至25%，意见请于11月30日前反馈。',
  ],
  ['confidentiality', '新修订的《考核办法》已正式印发，执行到位率权重由15%调至25%。'],
  [
    'confidentiality',
    '本院已于11月3日依法冻结被执行人名下银行存款60万元，并已扣划至法院执行款账户。',
  ],
  ['confidentiality', '被执行人逾期仍不履行的，本院将于近日依法冻结其银行账户、查封其房产。'],
  ['confidentiality', '我行将于12月1日起冻结长期未使用的休眠账户，客户可持身份证到网点办理激活。'],
  ['confidentiality', '县监委依法对黄某某采取留置措施，案件正在进一步审查调查中。'],
  ['confidentiality', '维修费用未付清，修理厂依法将该车辆留置于厂内。'],
  [
    'confidentiality',
    '经市总工会党组会议审定，现将拟推荐人选予以公示：张某某、王某某，公示期为5个工作日。',
  ],
  ['confidentiality', '推荐人选尚未经党组会议审定，审定后将按程序公示。'],
  [
    'confidentiality',
    '10月中下旬，市保密局对全市26家机关单位开展了年度保密检查，重点检查涉密计算机和移动存储介质管理、涉密文件流转等情况。',
  ],
  ['confidentiality', '检查组重点检查了各科室涉密文件复印、携带外出等情况。'],
  [
    'confidentiality',
    '您反映的某社区居委会换届中存在拉票问题，经浦阳区纪委监委核查，相关情况已移交区民政局及所在街道依法处理。对核查中发现的社区干部履职不力问题，已对相关责任人进行批评教育。',
  ],
  ['privacy', '您位于城关镇的房屋已纳入改造范围，请留意后续通知。'],
  ['privacy', '县政务服务中心位于幸福路12号，您可前往办理。'],
  ['opinion', '请先查看办事指南，如仍有疑问可再来电咨询。'],
  ['opinion', '办理前建议您自己先看看材料是否齐全，再来窗口办理。'],
  ['opinion', '经核查，群众反映的问题属实，是由于施工单位未按规定围挡造成的。'],
  ['opinion', '这波降雨过程将持续到周五，请注意防范。'],
  ['opinion', '运输车辆拉满一车后须立即覆盖篷布。'],
  ['opinion', '古桥的建造工艺之精令人叹为观止。'],
  ['opinion', '各单位决不能把安全制度当摆设，要真正落到实处。'],
  ['opinion', '不贪小便宜，不点陌生链接，守好自己的钱袋子。'],
  ['opinion', '被骗后不要自责，请第一时间拨打110报警。'],
];

describe('concept rules for the confidentiality, privacy and opinion misses of final218 to final221', () => {
  itReportsFamilies(CATCHES, QUIET);
});
