// The confidentiality gate's concept rules after the misses of a blind round (final150), in proximity.json:
// - informant-identified (widened): a case's lead traced to someone who has long helped the police,
//   named by nickname and trade (长期协助我所工作的“老周”（城西修车铺老板）);
// - clue-under-check (widened): an official's misconduct under preliminary check (正对…副局长…涉嫌违规
//   收受礼金问题开展初步核实), the anchor now the misconduct as well as the inspection body;
// - preliminary-figures-not-for-citing (new): preliminary statistics posted with a note not to cite
//   them yet (初步核算…请各部门暂勿引用);
// - grain-reserve-stock-located (new): a reserve's quantity told by depot and bin (粮库3号仓…储备小麦2.6万吨);
// - tracking-technique-told (new): how the police located a fugitive (对其手机实施技术定位);
// - facility-weak-point (widened): a jail's patrol gap told (凌晨2点至4点为交接班空档);
// - post-candidate-before-approval (new): the person for a post told before approval (办公室主任一职
//   初步考虑由…王磊同志接任，待报县委组织部审批);
// - structure-weakest-spot (new): a dam's weakest spot pointed out (右岸坝肩…是全坝最薄弱的部位);
// - nominees-before-list (new): a unit's nominees told as through a round before the list is out
//   (何文斌、曹丽娟两位同志已通过初审，正式名单尚未公布).
// Each: the missed text, wordings of our own; quiet: the same topic stated lawfully or publicly.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // confidentiality.informant-identified (widened)
  [
    'confidentiality',
    '东门派出所近日破获一起系列盗窃电动车案，抓获犯罪嫌疑人3名。案件线索来自长期协助我所工作的“老周”（城西修车铺老板），民警顺藤摸瓜，锁定了销赃窝点。',
    '长期协助',
  ],
  ['confidentiality', '此次线索来自一直协助民警的菜市场摊主老马，他住在河西小区。', '一直协助'],
  ['confidentiality', '线索提供人是在城东开了一家网吧的刘老板，多年来协助公安破案。', '线索提供人'],
  ['confidentiality', '据悉，长期协助警方的线人“阿强”现居城北，绰号“瘦猴”。', '长期协助'],
  // confidentiality.clue-under-check (widened)
  [
    'confidentiality',
    '目前正对县交通运输局副局长胡建平涉嫌违规收受礼金问题开展初步核实，一经查实将严肃处理。',
    '初步核实',
  ],
  [
    'confidentiality',
    '县卫健委主任张某某违规收受红包一事，目前正在核实中，核查中发现疑点较多。',
    '违规收受',
  ],
  ['confidentiality', '关于某镇镇长违纪问题的举报，我们正在核查，请群众耐心等待。', '违纪问题'],
  ['confidentiality', '反映教育局科长涉嫌违纪的问题已进入初核阶段。', '初核'],
  // confidentiality.preliminary-figures-not-for-citing
  [
    'confidentiality',
    '前三季度全县地区生产总值初步核算为186.4亿元，同比增长6.8%，高于全市平均水平。正式数据以10月28日市统计局统一发布为准，请各部门暂勿引用。',
    '暂勿引用',
  ],
  [
    'confidentiality',
    '据初步统计，上半年全县社会消费品零售总额52亿元，同比增长7%。该数据请勿外传。',
    '请勿外传',
  ],
  [
    'confidentiality',
    '快报数据显示，1—8月规上工业增加值同比下降2.1个百分点，此数暂不对外，请勿引用。',
    '暂不对外',
  ],
  ['confidentiality', '内部参考：全年财政收入预计完成9.8亿元，增长5%，暂勿对外公布。', '暂勿对外'],
  // confidentiality.grain-reserve-stock-located
  [
    'confidentiality',
    '目前县中心粮库3号、5号仓共储存中央储备小麦2.6万吨，仓温、粮温均处于安全范围。',
    '中央储备',
  ],
  ['confidentiality', '城北粮库7号仓现存省级储备稻谷1.2万吨。', '省级储备'],
  ['confidentiality', '我县地方储备粮共3万吨，全部存放在城南直属库的2号、4号廒间。', '地方储备'],
  ['confidentiality', '储备玉米8000吨已入库，分存于东关库点的1号至3号仓。', '储备玉米'],
  // confidentiality.tracking-technique-told
  [
    'confidentiality',
    '民警通过对其手机实施技术定位，发现其藏匿在邻县一家小旅馆内，随即赶赴当地将其抓获。',
    '技术定位',
  ],
  ['confidentiality', '专案组通过基站定位锁定嫌疑人落脚点，连夜实施抓捕。', '基站定位'],
  ['confidentiality', '警方调取其手机轨迹，发现该男子一直潜逃在外省。', '手机轨迹'],
  ['confidentiality', '办案民警利用技侦手段，掌握了嫌疑人的行踪。', '技侦'],
  // confidentiality.facility-weak-point (widened)
  [
    'confidentiality',
    '代表们参观了生活区、习艺车间和教育中心，并了解到监区夜间每两小时巡查一次，凌晨2点至4点为交接班空档。',
    '交接班空档',
  ],
  ['confidentiality', '看守所每天早上7点换岗，换岗空档约有10分钟。', '换岗空档'],
  ['confidentiality', '弹药库哨兵夜间两小时轮换，巡逻间隙约20分钟无人看管。', '巡逻间隙'],
  ['confidentiality', '戒毒所周末晚间存在无人巡查时段，一般在11点以后。', '无人巡查时段'],
  // confidentiality.post-candidate-before-approval
  [
    'confidentiality',
    '本周局党组会议研究了干部调整事项。办公室主任一职初步考虑由不动产登记中心王磊同志接任，待报县委组织部审批。',
    '初步考虑由',
  ],
  ['confidentiality', '财务科科长拟由审计股副股长陈丽同志担任，尚未上会研究。', '拟由'],
  ['confidentiality', '乡党委副书记一职打算由李强同志接替，等待县委组织部考察。', '打算由'],
  ['confidentiality', '经初步研究，综合执法队长倾向于由王华同志出任，还需报批。', '倾向于由'],
  // confidentiality.structure-weakest-spot
  [
    'confidentiality',
    '检查发现大坝右岸坝肩与山体结合处渗漏明显，是全坝最薄弱的部位，一旦遭遇超标准洪水可能出现险情。',
    '最薄弱的部位',
  ],
  ['confidentiality', '该水库溢洪道左侧边墙裂缝较多，是最薄弱处。', '最薄弱处'],
  ['confidentiality', '东堤3公里处堤段土质松散，是整条堤防最薄弱的地方。', '最薄弱的地方'],
  ['confidentiality', '据技术人员介绍，坝体中部的放水涵管是最容易垮的位置。', '最容易垮'],
  // confidentiality.nominees-before-list
  [
    'confidentiality',
    '我单位推荐的何文斌、曹丽娟两位同志已通过初审，正式名单尚未公布，请大家继续保持良好工作状态。',
    '通过初审',
  ],
  ['confidentiality', '我局申报的张敏同志已进入复评，结果还没公布，先跟大家通个气。', '进入复评'],
  [
    'confidentiality',
    '好消息：我镇选送的三位同志均通过资格审查，最终名单暂未公布。',
    '通过资格审查',
  ],
  ['confidentiality', '据悉李华同志初评通过，市里尚未公示。', '初评通过'],
];

// [gate, text that must stay without a block or warn finding]
const QUIET: Array<[Gate, string]> = [
  // confidentiality.informant-identified (widened)
  ['confidentiality', '案件线索来自群众举报，民警顺藤摸瓜锁定了销赃窝点。'],
  ['confidentiality', '城西修车铺老板老周热心公益，多次协助邻居修理电动车。'],
  [
    'confidentiality',
    '拟授予以下同志见义勇为先进个人称号：何某某，女，身份证号4301**********2046，协助公安机关抓获盗窃犯罪嫌疑人一名。',
  ],
  // confidentiality.clue-under-check (widened)
  [
    'confidentiality',
    '县纪委监委通报：交通运输局原副局长胡某违规收受礼金问题已被立案审查并给予党纪处分。',
  ],
  ['confidentiality', '经初步核实，网传某局长收受礼金一事系谣言，纯属捏造。'],
  // confidentiality.preliminary-figures-not-for-citing
  ['confidentiality', '市统计局10月28日发布：前三季度全县地区生产总值186.4亿元，同比增长6.8%。'],
  ['confidentiality', '请各部门引用统计数据时以统计局正式发布为准，未公布的数据请勿引用。'],
  // confidentiality.grain-reserve-stock-located
  ['confidentiality', '县中心粮库3号仓完成空仓消杀，为秋粮入库做好准备。'],
  ['confidentiality', '今年我县地方储备粮规模达到省定任务，储备粮管理规范有序。'],
  ['confidentiality', '国家粮食交易中心公开竞价销售城北粮库储备小麦1万吨。'],
  // confidentiality.tracking-technique-told
  ['confidentiality', '民警通过手机定位找到走失的八旬老人，将其安全送回家中。'],
  ['confidentiality', '技术侦查措施须经严格审批，依照刑事诉讼法规定执行。'],
  ['confidentiality', '经过连续蹲守，民警在邻县一家小旅馆内将嫌疑人抓获。'],
  // confidentiality.facility-weak-point (widened)
  [
    'confidentiality',
    '监狱开放日，代表们参观了生活区、习艺车间和教育中心，对监狱管理给予充分肯定。',
  ],
  ['confidentiality', '新学期开学，学校食堂实行错峰就餐，避免交接班空档出现排队拥挤。'],
  // confidentiality.post-candidate-before-approval
  [
    'confidentiality',
    '经县委常委会研究，拟由王磊同志担任县自然资源局办公室主任，现予公示，公示期5个工作日。',
  ],
  ['confidentiality', '项目建设资金拟由县财政统筹解决，待报县政府审批。'],
  // confidentiality.structure-weakest-spot
  ['confidentiality', '汛期要加强巡查，重点关注堤防最薄弱的部位，发现险情及时报告。'],
  ['confidentiality', '小型水库是防汛工作的薄弱环节，今年已全部完成除险加固。'],
  // confidentiality.nominees-before-list
  [
    'confidentiality',
    '县五一劳动奖章评选已完成初审，正式名单尚未公布，最终结果以县总工会公示为准。',
  ],
  [
    'confidentiality',
    '我单位推荐的何文斌、曹丽娟两位同志已列入县五一劳动奖章拟表彰对象，现予公示。',
  ],
];

describe('confidentiality concept rules for the misses of final150', () => {
  itReportsFamilies(CATCHES, QUIET);
});
