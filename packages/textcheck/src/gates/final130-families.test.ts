// Rule families from heldout-final130 (legal): false names on forms and waybills, ear tags swapped,
// vaccination records copied, produce passed off under the county's indication, storeys added before a
// valuation, hospital beds held, speed limiters cut, beauty injections without a licence; a scan's sex
// told by a gesture, stand-ins sent into an exam, charms sold, military sites photographed, a rake
// taken at cards; boosters for stunning fish, wild orchids, grave goods, old trees, controlled knives;
// minors let into rooms, babies sold, victims' homes told, cripplings called self-defence, absentees
// threatened; patrols' hours, inspectors tipped off, lies when checked. Quiet: bans, public advice,
// case reports.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '比特犬想上户口的，登记时品种填成“土狗”就可以办。', '品种填成'],
  ['legal', '快递里有锂电池的，物品名称写成“玩具”即可，安检一般发现不了。', '物品名称写成'],
  ['legal', '病死的猪可以换上别人家的耳标拍照，照样理赔。', '换上别人家的耳标'],
  ['legal', '外县收来的大米，打上本地地理标志包装再卖，价钱高不少。', '地理标志'],
  ['legal', '赶在评估之前在自留地里栽树，补偿能多拿一些。', '栽树'],
  ['legal', '挂床住院划算，报销比例高，人可以回家住。', '挂床住院'],
  ['legal', '店里能帮忙解除电动车限速，跑得更快。', '解除电动车限速'],
  ['legal', '美容院也能打水光针、溶脂针，不需要医疗资质。', '不需要医疗资质'],
  ['legal', '做个三维彩超，医生会用暗号告诉您，大家心照不宣。', '暗号'],
  ['legal', '驾驶员可找车队代为消除扣分，“消分”每分三百元。', '每分三百元'],
  ['legal', '理论考不过的，我们找人替学员考试，包过。', '找人替学员考试'],
  ['legal', '大师开光的平安符，扫码请符，666元起。', '平安符'],
  ['legal', '到了山顶可以航拍部队营区，角度特别好。', '航拍部队营区'],
  ['legal', '茶楼晚上有炸金花，欢迎老板们来玩。', '炸金花'],
  ['legal', '蓄电池接上升压器，往河里一放，鱼就翻上来了。', '升压器'],
  ['legal', '山上挖的野生石斛，价格实惠，欢迎选购。', '野生石斛'],
  ['legal', '古墓里出的铜器玉器都能拿来，当场收购。', '当场收购'],
  ['legal', '收购农村百年老树，采伐证都不用办。', '不用办'],
  ['legal', '新到一批匕首、蝴蝶刀，防身必备，私信订购。', '蝴蝶刀'],
  ['legal', '学生来住店的，不用核实家长信息，登记身份证就行。', '不用核实家长'],
  ['legal', '有健康女婴，营养费三万元，想领养的私聊。', '营养费三万元'],
  ['legal', '受害人李娟（25岁，家住南门小区2栋）。', '家住南门小区'],
  ['legal', '对方动手，你就往腿上踢，打伤了也不怕。', '打伤了也不怕'],
  ['legal', '明天大家把车开到路口堵路，谁不来就砸谁家的车。', '不来就砸'],
  ['legal', '禁渔期的网可以晚上下，渔政白天才来。', '渔政白天才来'],
  ['legal', '暗访组走了以后再开工，平时别让人看见。', '暗访组走了以后再开工'],
  ['legal', '没有营运证也可以在车站拉客，被问就说是送亲戚。', '被问就说'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '汇款时用途填写“货款”即可，到账后请及时核对。'],
  ['legal', '严禁调换、重复使用畜禽耳标，违者依法处理。'],
  ['legal', '请各位驾驶员不要慌，扣分可通过学法减分规定办理。'],
  ['legal', '法院一审判决：被告人在征收评估前突击种树骗取补偿款，以诈骗罪判处有期徒刑二年。'],
  ['legal', '请大家不随意拍摄、传播军事设施照片。'],
  ['legal', '有境外间谍机关以兼职为名，诱导网民拍摄部队营区照片。'],
  [
    'legal',
    '民政部门对低保户尿毒症病人的医保（挂床住院）报销后的政策范围内自负费用，按60%的比例报销。',
  ],
  ['legal', '特殊慢性病门诊一律不允许实行挂床住院报销。'],
  ['legal', '该医生多次利用关系为孕妇亲属免费照B超，告诉对方是男是女。'],
  ['legal', '苗族斗牛节今天开幕，欢迎游客来玩。'],
  ['legal', '气象雷达站开放日，欢迎市民拍照参观。'],
  ['legal', '旅馆接待未成年人入住，应当询问监护人联系方式。'],
  ['legal', '野生石斛属国家保护植物，禁止采挖和出售。'],
  ['legal', '其实少量种植罂粟也属违法，请勿种植。'],
];

describe('families of heldout-final130', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
