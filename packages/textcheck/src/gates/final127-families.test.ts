// Rule families from heldout-final127 and heldout-final129 (legal, every gate): a foetus's sex told,
// people traced, seals carved unfiled, brides bought abroad, penalty points taken for others, sick
// notes unseen, answers sent into the hall, cures by charms, invoices without trade; cameras
// disguised, protected animals' parts, counterfeit brands, electrofishing sets, workshop fireworks,
// paid blood, detonators kept, forged notes passed, foreign species set free, parents' numbers handed
// out; posts skipped, certificates called needless, plates smeared, samples watered, patrols lied to,
// taxes dodged, border cards borrowed; child workers, identity cards kept, deposits taken, water cut
// for fees, debtors besieged, roads blocked, victims mocked; the CPPCC called a congress, outsiders
// judged, a citizen's quoted question answered with scorn, 自觉的接受. Quiet: bans, warnings, cases.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // services the law forbids
  ['legal', '城西诊所新到彩超机，怀孕十二周以上可来做，当场告诉您是男孩还是女孩。', '男孩还是女孩'],
  ['legal', '本工作室可帮您调取配偶的通话记录，两天出结果。', '通话记录'],
  ['legal', '查人、查车、查住址，全国范围，价格面议。', '查人、查车'],
  ['legal', '刻章不用备案，可按样板仿刻各单位公章、发票专用章，半小时取。', '仿刻各单位公章'],
  ['legal', '与老挝新娘相亲，包领证，全程费用10万元起。', '老挝新娘'],
  ['legal', '分数不够的驾驶员，可以找人代为消除扣分，每分200元。', '消除扣分'],
  ['legal', '请假需要诊断证明的，无需就诊，到收费处交50元即可开具。', '无需就诊'],
  ['legal', '考试时考场外有人用接收器报答案，保证通过。', '报答案'],
  ['legal', '大师用香灰和神水治病，专治中风偏瘫，一次300元。', '专治中风偏瘫'],
  ['legal', '有开票渠道，票面金额收取2个点，专票普票都有。', '收取2个点'],
  // goods the law forbids
  ['legal', '新款摄像头伪装成插线板，手机实时查看，放在店里查员工很方便。', '伪装成插线板'],
  ['legal', '店里有祖传虎骨酒和少量犀角，需要的私聊。', '虎骨酒'],
  ['legal', '新到一批A货名表，做工和正品一样，价格便宜。', 'A货名表'],
  ['legal', '电鱼机一套带电瓶，效率高，出售价500元。', '电鱼机'],
  ['legal', '年货鞭炮是村里作坊自制的，响声大价格低，欢迎选购。', '作坊自制'],
  ['legal', '有偿献血，每次补助600元，有意者联系。', '有偿献血'],
  ['legal', '工程剩下的炸药大家先藏起来，过年炸鱼用。', '藏起来'],
  ['legal', '收到的假钞别声张，赶集的时候花出去就行。', '花出去'],
  ['legal', '本次放生活动准备了鳄龟和清道夫各100条。', '鳄龟'],
  ['legal', '业主通讯录含房号和手机号，物业可免费提供给合作商家。', '手机号'],
  // checks dodged
  ['legal', '运猪的车走东边的乡道，不经过检疫站就能进城。', '不经过检疫站'],
  ['legal', '没有采伐证的也可以运，晚上出山就行。', '也可以运'],
  ['legal', '号牌贴块胶布，抓拍就拍不清楚了。', '拍不清'],
  ['legal', '监测前往取样口里灌一桶自来水，数据就能达标。', '取样口里灌'],
  ['legal', '城管来查的话，你就说是自家亲戚在帮忙卖。', '就说'],
  ['legal', '护林员晚上不巡山，想烧荒的天黑以后去。', '护林员晚上不巡'],
  ['legal', '收钱尽量用个人收款码，别走对公账户。', '别走对公'],
  ['legal', '用亲戚的名义再注册一个个体户，把销售额分开走，就不用缴税。', '不用缴税'],
  ['legal', '可以租用边民证，帮人过货，一趟给两百元。', '边民证'],
  // wrongs done to the weaker party
  ['legal', '招聘寒假工，日薪150元，满15周岁的学生均可报名。', '满15周岁的学生均可报名'],
  ['legal', '新员工报到时身份证由厂方统一保管，试用期结束后返还。', '厂方统一保管'],
  ['legal', '录用后需交纳1000元保证金，干满一年退还。', '保证金'],
  ['legal', '业主拖欠物业费的，物业公司有权采取断水断电等方式催收。', '断水断电'],
  ['legal', '欠钱不还的，叫几个兄弟去他家吃住，不还钱就不走。', '不还钱就不走'],
  ['legal', '明天大家把车堵在镇政府大门口，不给说法就不散。', '不给说法就不散'],
  ['legal', '那些贪便宜的老人，上当受骗也是自找的。', '自找的'],
  // every gate
  ['political', '政协第十三届全国代表大会第一次会议召开。', '全国代表大会'],
  ['political', '闹事的多是外地来的农村人，素质太差。', '素质太差'],
  ['opinion', '答市民问：“为什么停水不通知？”这都问了多少遍了，真让人无语。', '真让人无语'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '严禁非医学需要的胎儿性别鉴定，发现可拨打12320举报。'],
  ['legal', '警方提醒：私家侦探非法调取他人通话记录涉嫌犯罪，切勿委托。'],
  ['legal', '县公安局查处一起私刻公章案，涉案人员已被依法处理。'],
  ['legal', '警惕“越南新娘”婚介骗局，跨国婚介必须依法办理。'],
  ['legal', '交警提醒：买分卖分属违法行为，将依法处理。'],
  ['legal', '病假条须经医生诊疗后开具，诊断证明不得代开。'],
  ['legal', '法院判处被告人出售穿山甲片一案，被告人获刑三年。'],
  ['legal', '市场监管部门查获高仿名牌包200余个。'],
  ['legal', '国家实行无偿献血制度，严禁有偿献血。'],
  ['legal', '剩余雷管、炸药当日必须清点退库。'],
  ['legal', '收到假币请及时上交银行，不要再花出去。'],
  ['legal', '科学放生，切勿放生巴西龟、鳄雀鳝等外来物种。'],
  ['legal', '车辆进城请走指定路线，经检疫站检查后放行。'],
  ['legal', '遮挡号牌逃避抓拍将被记12分。'],
  ['legal', '用人单位不得扣押劳动者身份证件，不得收取押金。'],
  ['legal', '物业服务企业不得采取停水、停电等方式催交物业费。'],
  ['legal', '本次招聘面向年满18周岁的社会人员，月薪5000元。'],
  ['legal', '家庭屋顶分布式光伏是指在居民住宅屋顶安装的光伏发电系统。'],
  ['legal', '购买分红型保险前，请仔细阅读合同条款。'],
  ['political', '中国人民政治协商会议第十四届全国委员会第三次会议在京开幕。'],
  ['political', '中国共产党第二十次全国代表大会在北京召开。'],
];

describe('families of heldout-final127 and heldout-final129', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
