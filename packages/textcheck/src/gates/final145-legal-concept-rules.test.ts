// The legal gate's concept rules after heldout-final145 (proximity.json), each a principle told by the
// words that must meet in one sentence, in any order and wording:
// - nobody's children, spouse or parents are barred from public schools, public posts or welfare for
//   what a relative did abroad (legal.debtor-children-barred, widened to 逾期未归, 滞留境外, 拒不投案);
// - a penalty reaches only the wrongdoer: one fire in a group's area does not cost every household its
//   subsidy (legal.collective-punishment, widened to 发生一起…山火, 烧纸, 失火);
// - a village or residents' committee, a property company or a group is no administrative body and may
//   not fine anyone or take the fine out of a dividend (legal.fine-by-village-body);
// - drunk driving starts at 80 mg/100 ml of blood alcohol, not 100 (legal.drunk-driving-threshold-misstated);
// - a work injury rests on an employment relationship, factual or written; an unsigned contract does
//   not bar the claim (legal.work-injury-needs-contract);
// - the victim of a sexual offence may not be named with sex, age and workplace
//   (legal.sex-crime-victim-identified);
// - a patient may not be published with name, sex, age and a home address down to the building and
//   unit (legal.patient-home-address-disclosed).
// Quiet: the correct rule, a refutation, an anonymised name (某), a hospital ward, and a workplace wrong
// told as a dispute that an arbitration body or court ruled void or unlawful (regradeWorkplaceWrong).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // vocabulary widened after probing with new wordings
  ['legal', '派遣员工由用工单位统一管理，单位可以不安排其带薪年休假。', '不安排'],
  ['legal', '凡家庭成员参与电信诈骗的，其子女、配偶不得录用为社区网格员。', '录用'],
  ['legal', '楼内如有一户违规饲养犬只扰民，全楼住户的物业费优惠一律取消。', '一户'],
  // relatives barred for a relative abroad
  [
    'legal',
    '二、逾期未归者，其子女不得在县城公办学校就读，其父母、配偶、兄弟姐妹不得报考本县机关事业单位，不得享受低保、医保等惠民政策。',
    '子女不得在县城公办学校就读',
  ],
  ['legal', '对滞留境外人员，其配偶一律不得报考事业单位。', '其配偶一律不得报考'],
  ['legal', '拒不投案的，限制其子女入读城区公办学校。', '子女入读城区公办'],
  ['legal', '凡未回国人员，家属不能报考公务员。', '家属不能报考公务员'],
  ['legal', '其子女禁止就读公办学校，直至其拒不回国的情形消除。', '子女禁止就读公办'],
  // collective punishment for one fire
  [
    'legal',
    '凡某村民小组辖区内发生一起上坟烧纸引发山火的，该村民小组全体农户暂停发放本年度生态公益林补偿资金和耕地地力保护补贴。',
    '全体农户暂停发放',
  ],
  ['legal', '辖区内每发生一起野外失火，全组农户一律取消当年补贴。', '取消'],
  ['legal', '哪个组出现一起烧纸起火，该组所有农户停发分红。', '停发'],
  ['legal', '发生一起山火的，全村村民扣发年终奖励。', '扣发'],
  ['legal', '凡辖区内发现一起林火，同组其他农户一并不予享受补助。', '不予'],
  // a fine by a body that has no power to fine
  [
    'legal',
    '凡发现焚烧的，由村委会对当事人处以每处火点500元罚款，拒不缴纳的从其年底集体分红中扣除。',
    '村委会对当事人处以每处火点500元罚款',
  ],
  ['legal', '乱倒垃圾的，居委会一律罚款200元。', '居委会一律罚款'],
  ['legal', '违反本公约的住户，由物业公司处以罚款。', '物业公司处以罚款'],
  ['legal', '对不按时清理门前的，村民小组将对其罚款100元。', '村民小组将对其罚款'],
  ['legal', '罚款由村“两委”收取，用于村内公益。', '罚款由村“两委”'],
  // drunk driving threshold misstated
  ['legal', '达到100毫克/100毫升以上的才属于醉酒驾驶。', '100毫克/100毫升以上的才属于醉酒驾驶'],
  ['legal', '醉驾的标准是血液酒精含量100毫克/100毫升。', '醉驾的标准是血液酒精含量100毫克'],
  ['legal', '血液酒精含量低于100mg/100ml的，不算醉酒驾驶。', '低于100mg/100ml的，不算醉酒'],
  [
    'legal',
    '网友问醉驾怎么认定，答复称：酒精含量大于100毫克/100毫升即为醉驾。',
    '大于100毫克/100毫升即为醉驾',
  ],
  ['legal', '只有超过一百毫克才构成醉酒驾车。', '一百毫克才构成醉酒'],
  // work injury said to need a written contract
  [
    'legal',
    '工伤认定以签订书面劳动合同为前提，您未与施工单位签订劳动合同，不属于工伤保险保障范围，无法申请工伤认定。',
    '工伤认定以签订书面劳动合同为前提',
  ],
  ['legal', '没签劳动合同的，不能认定工伤。', '没签劳动合同的，不能认定工伤'],
  ['legal', '必须签了书面合同才能申请工伤。', '必须签了书面合同才能申请工伤'],
  ['legal', '答复：您与老板之间未订立用工合同，工伤认定不了。', '用工合同，工伤认定不了'],
  ['legal', '工伤须以劳动合同为前提条件，临时帮工不予认定。', '工伤须以劳动合同为前提条件'],
  // a sexual offence victim named
  [
    'legal',
    '员工沈某利用加班之机，对同事韩晓雯（女，24岁，该公司财务部会计）实施猥亵。',
    '对同事韩晓雯（女，24岁，该公司财务部会计）实施猥亵',
  ],
  ['legal', '被害人李思琪（女，16岁，县一中学生）遭王某强奸。', '被害人李思琪（女，16岁'],
  ['legal', '王某多次性侵邻居女孩张欣悦（女，13岁）。', '性侵邻居女孩张欣悦（女，'],
  ['legal', '受害人刘梅，女，31岁，某超市收银员，被其上司猥亵。', '受害人刘梅，女，'],
  ['legal', '周某在公交车上对乘客陈雨桐（女，20岁，大学生）实施猥亵。', '乘客陈雨桐（女，'],
  // a patient published with a home address
  [
    'legal',
    '患者黄丽娟，女，36岁，住渼陂县城关镇桂香苑小区7栋2单元，8月19日返回后出现发热症状。',
    '患者黄丽娟，女，36岁，住渼陂县城关镇桂香苑小区7栋2单元',
  ],
  ['legal', '该病例为张建国（男，52岁），家住城南花园3号楼502室。', '病例为张建国（男，'],
  ['legal', '确诊者王芳，女，28岁，现住幸福里小区12幢1单元。', '确诊者王芳，女，'],
  ['legal', '感染者陈刚，男，40岁，居住在滨江苑5栋。', '感染者陈刚，男，'],
  ['legal', '病人李秀英（女，67岁），住东风路18号院2单元301室。', '病人李秀英（女，'],
];

// [gate, text] that must stay quiet
const QUIET: Array<[Gate, string]> = [
  // relatives: the lawful limit, a welfare guarantee
  ['legal', '失信被执行人子女只限制就读高收费私立学校，不影响就读公办学校。'],
  ['legal', '对逾期未归人员依法从严惩处，其子女受教育权利依法保障。'],
  // collective punishment: the wrongdoer alone
  ['legal', '发生一起山火的，对责任人依法追责，不搞连坐，其他农户补贴照常发放。'],
  ['legal', '全体村民要一起行动，不得在林区焚烧秸秆。'],
  // fines: the lawful body, the ban on fines
  ['legal', '村委会无权罚款，发现焚烧的应报告镇综合执法队依法处罚。'],
  ['legal', '居委会发现乱倒垃圾的，报请城管部门处以罚款。'],
  ['legal', '村规民约不得设定罚款，某村委会违规罚款已被责令退还。'],
  // drunk driving: the right threshold, a measured content
  ['legal', '血液酒精含量达到80毫克/100毫升以上的，属于醉酒驾驶。'],
  ['legal', '经检测，其血液酒精含量为100毫克/100毫升，已达醉驾标准。'],
  ['legal', '有人以为100毫克以上才算醉驾，其实80毫克就已构成。'],
  // work injury: the right rule, a question
  ['legal', '未签订劳动合同但存在事实劳动关系的，同样可以申请工伤认定。'],
  ['legal', '没签劳动合同能认定工伤吗？'],
  ['legal', '工伤认定不以签订书面劳动合同为前提，可凭工资记录等证明劳动关系。'],
  // sexual offence: anonymised names, the defendant
  ['legal', '员工沈某对同事韩某（女，24岁）实施猥亵，被判处有期徒刑二年。'],
  ['legal', '被告人张强（男，35岁）犯强奸罪，判处有期徒刑五年。'],
  ['legal', '女孩指称，三名老师先后多次对她实施强奸。'],
  ['legal', '驻地美军涉嫌强奸一名19岁女性。'],
  // patients: anonymised, a ward
  ['legal', '患者王某，女，45岁，住某小区，已隔离治疗。'],
  ['legal', '患者李秀英，女，67岁，住院部3号楼5病区12床。'],
  // workplace wrongs ruled void or unlawful in another sentence
  [
    'legal',
    '洹阳市某餐饮公司与厨师老杨签订“自愿放弃社保协议”。仲裁委支持了其请求。社会保险不能通过约定免除，此类约定无效。',
  ],
  [
    'legal',
    '某公司与小周签订为期一年的劳动合同，约定试用期三个月。仲裁庭认为，本案试用期最长二个月，超出部分违法。',
  ],
  ['legal', '某厂让员工填写放弃缴纳社保的声明。法院审理认为，该声明违反法律强制性规定，应属无效。'],
];

describe('final145 legal concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
