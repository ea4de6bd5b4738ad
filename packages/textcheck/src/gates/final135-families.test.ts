// Rule families from heldout-final135 (legal): hiring and care rules that break the law (hepatitis B
// carriers refused, an overlong probation, pledges not to bear children or to give up social
// insurance, wages kept as a penalty, identity cards held, child workers, pupils beaten, people locked
// in, tenants cut off); goods and services the law forbids (industrial salt for curing, antibiotics
// without a prescription, steroids, a foetus's sex told, flavoured e-cigarettes, wild songbirds,
// minors in karaoke, dead pigs bought, relics sold, lottery bought over WeChat, films shared early,
// speed limiters removed, fireworks on a ferry, warships photographed, drones by an airport, rides
// with a lapsed inspection, carers putting up drips); frauds and rigged dealings (fixed-yield
// deposits and shares, a sham divorce, monitoring data "calibrated", milk from treated cows, split
// invoices, bank statements made to order, hives or names lent, another firm's customs code, bids
// and prices agreed, rewards by level, village certificates, a shared medical card, coached
// witnesses, health certificates without an exam, a weigh station waited out, a critic visited,
// good reviews paid for). Quiet: bans, warnings, answers and refusals of the same acts.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['legal', '报名须附乙肝两对半化验单，HBsAg阳性的一律不予聘用。', '一律不予聘用'],
  ['legal', '双方签两年期劳动合同，试用期为六个月，期满考核合格转正。', '试用期为六个月'],
  ['legal', '新入职的女职工须签订两年内不怀孕保证书。', '不怀孕保证书'],
  ['legal', '入职时可以填写自愿放弃社会保险的声明书，每月多发300元。', '自愿放弃'],
  ['legal', '合同期内辞职的，扣除当月工资作为赔偿金。', '作为赔偿金'],
  ['legal', '报到当天，身份证请交给车间主任代为保管。', '代为保管'],
  ['legal', '暑假期间年满15周岁的学生都可来厂打工，日结100元。', '都可来厂打工'],
  ['legal', '对背不出课文的孩子，教练会用竹条打手板。', '打手板'],
  ['legal', '为免夜里乱跑，护理员晚上把宿舍门从外面锁上。', '从外面锁上'],
  ['legal', '拖欠房租超过两个月的，断水电并换掉门锁，物品自行取回。', '换掉门锁'],
  ['legal', '超市到了一批工业用盐，十块钱一袋，做酱菜、腊肉都合适。', '工业用盐'],
  ['legal', '头孢、阿莫西林等消炎药，本店无需处方，扫码即可购买。', '无需处方'],
  ['legal', '想练得快一点，店里能帮忙买到诺龙，效果明显。', '诺龙'],
  ['legal', '做彩超时，医生可以悄悄告知胎儿性别。', '胎儿性别'],
  ['legal', '新开的电子烟店有蓝莓、草莓冰等多种口味。', '口味'],
  ['legal', '刚到一批野外抓来的百灵，会唱歌，价格好商量。', '百灵'],
  ['legal', '楼下网吧暑期活动，初中生凭学生证包夜免费。', '免费'],
  ['legal', '病死的牛也照样收购，拉到厂里做成牛肉干。', '收购'],
  ['legal', '修路时刨出来的古币、玉器，可以拿来收购站估价。', '估价'],
  ['legal', '足彩可以电话代购，把投注号码报给店员即可。', '代购'],
  ['legal', '粉丝群抢先放出高清正片网盘，先看为快。', '高清正片'],
  ['legal', '车行可以帮忙破解电瓶车限速，十分钟搞定。', '限速'],
  ['legal', '春运期间带鞭炮回家的乘客，装在车上随车上船就行。', '随车上船'],
  ['legal', '观光船经过军港时，游客可以近距离拍照留念军舰。', '拍照'],
  ['legal', '景区在禁飞区边上，拍风景的无人机不用申请，随便飞。', '不用申请'],
  ['legal', '缆车的检验合格证上个月过期了，节日期间照常运行。', '照常运行'],
  ['legal', '夜里值班医生少，保姆也能给老人扎针输液。', '扎针'],
  ['legal', '村民可把卖粮款存入合作社“资金池”，年息9%，随存随取。', '年息9%'],
  ['legal', '向社会开放募股，保底收益每年10%，到期还本。', '保底收益'],
  ['legal', '要想多买一套，可以先假离婚，用单身名义买房，再复婚。', '假离婚'],
  ['legal', '排放数据超标时，先“修正”再上传，免得被系统报警。', '再上传'],
  ['legal', '治疗期产的牛奶倒进奶罐照常交售，没人查得出来。', '倒进奶罐'],
  ['legal', '量大的，可以借几个亲戚的身份证，分别开具收购发票。', '分别开具'],
  ['legal', '本工作室代做流水，可加盖银行印章，包过签。', '代做流水'],
  ['legal', '验收的时候，几家之间临时借牛凑数就行。', '凑数'],
  ['legal', '外村的果农可以挂在本村社员名下交售，照样拿补助。', '名下'],
  ['legal', '公司可以借用外贸公司的抬头和报关权出口。', '借用'],
  ['legal', '可以约上几家投标单位一起投标，共同商量好报价。', '报价'],
  ['legal', '下线再发展会员，你还能拿第三层奖励100元。', '第三层奖励'],
  ['legal', '剩余房源可卖给城里人，由乡里出具证明，放心买。', '卖给城里人'],
  ['legal', '家人感冒时，可用老人的医保卡先刷卡买药。', '医保卡'],
  ['legal', '没在场的朋友也能出庭作证，照我们提前写好的说。', '出庭作证'],
  ['legal', '不想去体检的，交两张照片由我们代办健康证。', '代办'],
  ['legal', '过了午夜，治超站基本没人了，重车那时走最稳。', '没人'],
  ['legal', '已查到其家庭住址，明天派人上门说清楚。', '派人上门'],
  ['legal', '买家给五星好评后联系客服，返10元现金。', '现金'],
  ['legal', '所有会员门店洗车收费一律不低于30元。', '一律不低于'],
];

const CLEAN: Array<[Gate, string]> = [
  ['legal', '用人单位不得以乙肝表面抗原阳性为由拒绝录用。'],
  ['legal', '劳动合同期限三年以上的，试用期不得超过六个月。'],
  ['legal', '要求女职工签订不生育承诺书属违法行为，可向劳动监察投诉。'],
  ['legal', '单位扣押身份证的，劳动者可向人社部门举报。'],
  ['legal', '老师严禁用戒尺打手心等方式体罚学生。'],
  ['legal', '严禁将工业盐用于腌制咸菜、腊肉。'],
  ['legal', '抗菌药物属处方药，须凭医生处方购买。'],
  ['legal', '严禁非医学需要鉴定胎儿性别，医生不会告知宝宝性别。'],
  ['legal', '本店电子烟仅销售烟草口味产品，不向未成年人出售。'],
  ['legal', '画眉、红嘴相思鸟属于保护鸟类，禁止捕捉和买卖。'],
  ['legal', '网吧、KTV不得接纳未成年人，违者依法处罚。'],
  ['legal', '挖到铜钱、陶罐等文物，应及时上交文物部门。'],
  ['legal', '彩票不得通过微信等互联网方式代购，请到实体店购买。'],
  ['legal', '居民问能不能拆掉限速器？答复：属于违规改装。'],
  ['legal', '请勿随意拍摄军事设施，发现可疑情况请拨打12339。'],
  ['legal', '机场净空保护区内飞行无人机须提前申请。'],
  ['legal', '游乐设施检验合格，检验证书在有效期内，可放心游玩。'],
  ['legal', '警惕保底收益、高额年息的集资陷阱，谨防上当。'],
  ['legal', '“假离婚”规避限购属于违规行为，网签将被撤销。'],
  ['legal', '在线监测设备运行正常，数据实时上传平台。'],
  ['legal', '“拉人头”“层层返利”模式涉嫌传销。'],
  ['legal', '作伪证将依法追究法律责任，请如实陈述。'],
  ['legal', '对出租车司机的投诉已核查，司机已被处罚。'],
  ['legal', '不收购枪支弹药、爆炸物，发现可疑物品立即报告。'],
  ['legal', '本店不出售任何象牙、玳瑁制品，欢迎监督。'],
  ['legal', '以红包诱导好评属违法行为，消费者可举报。'],
  ['legal', '全体会员单位应明码标价，诚信经营。'],
];

describe('families of heldout-final135', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
