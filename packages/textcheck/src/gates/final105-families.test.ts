// Rule families from heldout-final105, measured unseen and then read: a controlled stimulant advised
// in moderation (提神可以适量服用“聪明药”莫达非尼); the base stake a room sets on its tables (麻将桌输赢以
// 十元为底); property moved to relatives before a divorce (可以在离婚前把房产提前过户到父母名下，避免离婚时
// 被分割); workmates organised to block the firm's gate (组织工友堵住公司大门，逼其尽快付款); a certificate
// got without the assessment it rests on (可协助尚未经过残疾评定的群众办理残疾证); volunteer hours or course
// credits faked for a fee (代刷时长，30元10小时); visitors from Taiwan, Hong Kong or Macao said to go home by
// 回国 (台湾地区基层考察团…回国后); an ethnic group judged of low education (少数民族群众文化水平低); a
// product's effect promised whole (急救效果100%有保障, 成绩100%提升); a grade title on a business's
// service (国家级金牌服务); 哭成狗 and the like; praise in scare quotes after a sneer (真是“好”企业); a
// named person's flat given after a bare address label for visitors (…可直接上门，地址：…2栋301室); a
// question of an exam still ahead told as settled (案例分析题已经确定为“…”); heads taking part counted
// into appraisal (参与人数纳入年终考核); a benefit withheld for not registering in a mini program (未按时
// 登记者将影响优待证办理); regulations replaced by later ones (《信访条例》, 村民委员会组织法（试行）).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a controlled stimulant advised in moderation
  [
    'legal',
    '快递小哥年底业务量大，经常熬夜，提神可以适量服用“聪明药”莫达非尼，但也要注意休息，工会联合会提醒大家注意身体。',
    '适量服用“聪明药”莫达非尼',
  ],
  ['legal', '加班太累的话，不妨少量服用利他林。', '不妨少量服用利他林'],
  ['legal', '备考期间可适当吃点专注达。', '可适当吃点专注达'],
  ['legal', '值夜班犯困，建议偶尔服用莫达非尼。', '建议偶尔服用莫达非尼'],
  ['legal', '睡不着的时候可以适量吃些阿普唑仑。', '可以适量吃些阿普唑仑'],
  ['legal', '长途司机提神，最好适量服用“提神药”阿德拉。', '阿德拉'],
  // the base stake a room sets on its tables
  [
    'legal',
    '镇老年人协会活动室冬季开放时间调整为每天下午1点至5点，活动室提供象棋、扑克、麻将等，麻将桌输赢以十元为底，请会员自觉遵守活动室规定。',
    '输赢以十元为底',
  ],
  ['legal', '棋牌室规定每局以五元为底注。', '每局以五元为底注'],
  ['legal', '活动中心的牌局彩头以20元为限。', '彩头以20元为限'],
  ['legal', '老年活动室打麻将十块钱一炮，欢迎会员参加。', '打麻将十块钱一炮'],
  ['legal', '村文化室的扑克桌输赢统一以两元为底。', '输赢统一以两元为底'],
  ['legal', '斗地主五元一底，大家图个热闹。', '斗地主五元一底'],
  // property moved to relatives before a divorce
  [
    'legal',
    '【家庭课堂】婚姻出现危机时怎样保护自己的财产？有律师建议，可以在离婚前把房产提前过户到父母名下，避免离婚时被分割。',
    '可以在离婚前把房产提前过户到父母名下',
  ],
  ['legal', '闹离婚期间不妨先把存款转到亲戚账户。', '不妨先把存款转到亲戚账户'],
  ['legal', '建议把车辆转到朋友名下，以免被对方分走。', '建议把车辆转到朋友名下'],
  ['legal', '婚姻亮起红灯时，可以先将股权转让给弟弟。', '可以先将股权转'],
  ['legal', '起诉离婚前，最好先把房子过户给父母。', '最好先把房子过户给父母'],
  ['legal', '可以将名下存款转到子女账户，就不会被分割。', '可以将名下存款转到子女账户'],
  // workmates organised to block the firm's gate
  [
    'legal',
    '【工单回复】关于您反映装修公司拖欠工资的问题，我们已转区人社局处理。如公司仍拒不支付，您可以组织工友堵住公司大门，逼其尽快付款。',
    '组织工友堵住公司大门，逼其',
  ],
  ['legal', '纠集老乡围堵工地出入口，逼老板结清工钱。', '纠集老乡围堵工地出入口'],
  ['legal', '可以召集工人去堵住厂区大门，逼老板出来给说法。', '召集工人去堵住厂区大门'],
  ['legal', '建议发动其他业主围住售楼处大门，逼开发商退款。', '发动其他业主围住售楼处大门'],
  ['legal', '实在不行就号召工友堵死项目部门口，逼他们发工资。', '号召工友堵死项目部门口'],
  ['legal', '你们可以动员村民拦住公司的大门，逼其赔偿。', '动员村民拦住公司的大门'],
  // a certificate got without the assessment it rests on
  [
    'legal',
    '好消息！本中心可协助尚未经过残疾评定的群众办理残疾证，办证后即可享受辅具补贴和两项补贴，有需要的居民可到中心二楼咨询。',
    '尚未经过残疾评定的群众办理残疾证',
  ],
  ['legal', '不用评残也能办残疾证，找我们就行。', '不用评残也能办残疾证'],
  ['legal', '没参加考试也可以帮忙拿到电工证。', '没参加考试也可以帮忙拿到电工证'],
  ['legal', '无需体检即可办理健康证，当天出证。', '无需体检即可办理健康证'],
  ['legal', '免鉴定即可申领伤残证，详情咨询。', '免鉴定即可申领伤残证'],
  ['legal', '没有经过考核照样拿到上岗证。', '没有经过考核照样拿到上岗证'],
  // volunteer hours or course credits faked for a fee
  [
    'legal',
    '年底志愿服务时长不够的同学别着急，可以联系我们代刷时长，30元10小时，不影响评优评先，需要的同学请在后台留言。',
    '代刷',
  ],
  ['legal', '继续教育学时代挂，每门50元，私信。', '继续教育学时代挂'],
  ['legal', '帮刷社会实践学时，价格优惠。', '帮刷社会实践学时'],
  ['legal', '网课代看代学，包过。', '网课代看'],
  ['legal', '刷志愿时长10元一小时，加微信。', '刷志愿时长'],
  ['legal', '志愿时长不够的可以找我们代刷。', '代刷'],
  // visitors from Taiwan, Hong Kong or Macao said to go home by 回国
  [
    'political',
    '社区居民议事会接待了台湾地区基层考察团，介绍“小区事、大家议”的协商经验，考察团成员表示回国后将把这些做法介绍给当地社区。',
    '回国后',
  ],
  ['political', '香港青年交流团在我市参访三天，返国前表示收获很大。', '返国前'],
  ['political', '澳门企业家考察团参观了产业园，回国后将推动合作。', '回国后'],
  ['political', '台湾同胞在家乡过完春节，初六回国。', '回国'],
  ['political', '来自台湾的研学团师生表示，回国以后还会再来。', '回国以后'],
  ['political', '港澳青年实习生结束实习，归国时带走了满满的收获。', '归国时'],
  // an ethnic group judged of low education
  [
    'political',
    '区人民来访接待中心召开业务培训会，要求接待人员提升服务水平，特别强调部分少数民族群众文化水平低，接待时要多一些耐心。',
    '少数民族群众文化水平低',
  ],
  ['political', '藏族群众素质普遍不高。', '藏族群众素质普遍不高'],
  ['political', '少数民族同胞理解能力差，说话要慢一点。', '少数民族同胞理解能力差'],
  ['political', '彝族村民文化程度较低，宣传材料要简单。', '彝族村民文化程度较低'],
  ['political', '有的少数民族老乡认知水平有限，要反复讲解。', '少数民族老乡认知水平有限'],
  ['political', '苗族百姓大多文化素质偏低。', '苗族百姓大多文化素质偏低'],
  // a product's effect promised whole
  [
    'advertising',
    '家中常备急救设备很重要！推荐“安心”牌家用AED，操作一键完成，急救效果100%有保障，居民可到中心咨询购买。',
    '急救效果100%有保障',
  ],
  [
    'advertising',
    '【家教好物】孩子学习不自觉？推荐“智学星”学习机，AI精准辅导，使用一个学期成绩100%提升，家长们可以了解一下。',
    '成绩100%提升',
  ],
  ['advertising', '这款理疗仪疗效百分之百看得见。', '疗效百分之百看得见'],
  ['advertising', '报名我们的辅导班，保证100%提分。', '保证100%提分'],
  ['advertising', '“轻体”代餐粉减肥效果百分百有保障。', '减肥效果百分百有保障'],
  ['advertising', '使用本品一个月，美白效果100%见效。', '美白效果100%见效'],
  ['advertising', '这款降压仪降压效果可以百分之百改善。', '降压效果可以百分之百改善'],
  // a grade title on a business's service
  [
    'advertising',
    '【网格便民】推荐辖区“安居”家政公司，提供保洁、搬家、家电清洗等服务，国家级金牌服务，居民可放心选择。',
    '国家级金牌服务',
  ],
  ['advertising', '“安心”月嫂公司，顶级管家式服务。', '顶级管家式服务'],
  ['advertising', '本店为您提供世界级五星服务。', '世界级五星服务'],
  ['advertising', '“快洁”保洁享受至尊VIP服务。', '至尊VIP服务'],
  ['advertising', '这家搬家公司提供国家级的贴心服务。', '国家级的贴心服务'],
  ['advertising', '“美家”装修，殿堂级服务，让您放心。', '殿堂级服务'],
  // 哭成狗 and the like
  [
    'opinion',
    '重阳节文艺汇演上，85岁的会员老人登台唱了一首《南泥湾》，看到老人们开心的样子，小编我感动得哭成狗。',
    '哭成狗',
  ],
  ['opinion', '看完这段视频，小编笑成狗。', '笑成狗'],
  ['opinion', '连续加班一周，我们都虐成狗了。', '虐成狗'],
  ['opinion', '这么冷的天，执勤民警都冻得成狗。', '冻得成狗'],
  ['opinion', '看到孩子们的表演，小编感动成狗。', '感动成狗'],
  ['opinion', '这一幕把小编吓成狗。', '吓成狗'],
  // praise in scare quotes after a sneer
  [
    'opinion',
    '维护快递小哥权益需要平台共同努力。某些平台一边喊着关爱骑手，一边扣钱扣得比谁都狠，真是“好”企业。',
    '真是“好”企业',
  ],
  ['opinion', '好一个“良心”商家！', '好一个“良心”商家'],
  ['opinion', '克扣工资还拖着不发，这就是所谓的“负责任”公司。', '“负责任”公司'],
  ['opinion', '收了钱不办事，可真是“贴心”的物业。', '可真是“贴心”的物业'],
  ['opinion', '让租客自己修水管，真是个“厚道”房东。', '真是个“厚道”房东'],
  ['opinion', '车位卖给外人，不愧是“诚信”开发商。', '不愧是“诚信”开发商'],
  // a named person's flat given after a bare address label for visitors
  [
    'privacy',
    '协会会员刘凤英老人行动不便，需要代购生活用品的志愿者可直接上门，地址：镇新华街27号2栋301室。',
    '镇新华街27号2栋301室',
  ],
  ['privacy', '困难户李大爷家需要志愿者帮忙修缮，地址为东风路12号4栋201。', '东风路12号4栋201'],
  [
    'privacy',
    '独居老人王秀英需要志愿者每周上门陪护，地址：幸福小区3栋1单元502室。',
    '幸福小区3栋1单元502室',
  ],
  [
    'privacy',
    '张奶奶腿脚不便，请结对志愿者送餐上门，地址是阳光花园5栋1203室。',
    '阳光花园5栋1203室',
  ],
  [
    'privacy',
    '低保户陈国华需要代购药品，志愿者可联系社区后上门，地址：建设路66号2号楼301室。',
    '建设路66号2号楼301室',
  ],
  ['privacy', '居民赵春梅老人请志愿者上门看望，地址：锦绣小区8栋602室。', '锦绣小区8栋602室'],
  // a question of an exam still ahead told as settled
  [
    'confidentiality',
    '下周人民调解员资格考试的案例分析题已经确定为“宅基地边界纠纷调处”，请各村调解员重点准备，考试时间另行通知。',
    '案例分析题已经确定为“宅基地边界纠纷调处”',
  ],
  ['confidentiality', '明天面试的情景模拟题已定为“群众围堵窗口”。', '情景模拟题已定为'],
  ['confidentiality', '本周五技能考核的实操题目敲定为“配电箱接线”。', '实操题目敲定为'],
  ['confidentiality', '即将举行的笔试申论题已经选定为“基层减负”，请考生准备。', '申论题已经选定为'],
  ['confidentiality', '下周三期末考的作文题已定为“我的老师”。', '作文题已定为'],
  ['confidentiality', '后天考试的论述题确定为“乡村振兴的路径”。', '论述题确定为'],
  // heads taking part counted into appraisal
  [
    'coercion',
    '请各社区妇联主席组织辖区居民参与“家庭教育知识”线上答题，各社区参与人数纳入年终考核并排名通报。',
    '参与人数纳入年终考核',
  ],
  ['coercion', '组织职工在学习强国答题，答题人数计入部门绩效。', '答题人数计入部门绩效'],
  ['coercion', '请各村组织群众关注公众号，关注人次纳入年度考核。', '关注人次纳入年度考核'],
  ['coercion', '各单位组织干部网上投票，投票人数将纳入考评。', '投票人数将纳入考评'],
  ['coercion', '组织居民下载APP注册，注册数量纳入年终考核。', '注册数量纳入年终考核'],
  ['coercion', '请发动家长参加线上竞答，参与人次计入班主任考核。', '参与人次计入班主任考核'],
  // a benefit withheld for not registering in a mini program
  [
    'coercion',
    '请辖区退役军人于本周内在“退役军人之家”小程序完成信息登记，未按时登记者将影响优待证办理。',
    '未按时登记者将影响优待证办理',
  ],
  ['coercion', '请通过“XX”APP填报信息，未按时填报的将影响补贴发放。', '未按时填报的将影响补贴发放'],
  ['coercion', '请在“惠农通”小程序完成登记，未登记的农户取消补贴。', '未登记的农户取消补贴'],
  ['coercion', '请在公众号上填报信息，未填报的居民不再享受慰问。', '未填报的居民不再享受慰问'],
  [
    'coercion',
    '请于月底前在小程序录入信息，逾期未录入的视为放弃补助。',
    '逾期未录入的视为放弃补助',
  ],
  ['coercion', '退休人员请在APP中进行登记，没有登记的将影响待遇发放。', '没有登记的将影响待遇'],
  // regulations replaced by later ones
  [
    'policy',
    '区人民来访接待中心提醒：根据《信访条例》规定，信访人应当到依法有权处理的本级或上一级机关提出信访事项，请来访群众依法逐级走访。',
    '信访条例',
  ],
  [
    'policy',
    '村务监督委员会依据《中华人民共和国村民委员会组织法（试行）》，对村级重大事项决策、村务公开、财务管理等实施监督。',
    '村民委员会组织法（试行',
  ],
  ['policy', '社区依据《城市居民委员会组织条例》开展换届工作。', '城市居民委员会组织条例'],
  ['policy', '按照《企业破产法（试行）》的规定，依法进行破产清算。', '企业破产法（试行'],
  ['policy', '信访人应当遵守《信访条例》的规定。', '信访条例'],
  ['policy', '根据《环境保护法（试行）》，企业须缴纳排污费。', '环境保护法（试行'],
  ['policy', '当事人可以依照《民事诉讼法（试行）》提起上诉。', '民事诉讼法（试行'],
];

const CLEAN: Array<[Gate, string]> = [
  // a stimulant forbidden; taken under a doctor
  ['legal', '莫达非尼属第一类精神药品，切勿自行适量服用。'],
  ['legal', '确需服用利他林的，可在医生指导下适量服用。'],
  // a ban on stakes; a game with no money
  ['legal', '活动室严禁以任何形式设置彩头。'],
  ['legal', '象棋比赛以积分排名，前三名颁发奖品。'],
  // a transfer agreed in the divorce; a gift to children
  ['legal', '离婚协议中可以约定把房产过户给子女。'],
  ['legal', '父母可将房产过户给子女，需缴纳契税。'],
  // the claim taken to the labour office; the crowd punished
  ['legal', '组织工友到劳动监察大队反映情况。'],
  ['legal', '因组织工友堵住公司大门，3人被依法拘留。'],
  // certificates refused without the assessment; a card that needs none
  ['legal', '未经评定的不予办理残疾证。'],
  ['legal', '60岁以上老人无需体检即可办理老年优待证。'],
  // a ban on faked hours; hours kept by the platform
  ['legal', '严禁代刷志愿服务时长，一经发现取消评优资格。'],
  ['legal', '志愿服务时长由平台自动记录，补录时长须提供服务证明。'],
  // a student of the mainland home from abroad; a foreign expert's return
  ['political', '她曾在台湾交流学习，毕业后赴英深造，2019年回国。'],
  ['political', '台湾学者与美国专家座谈，美方代表回国后将撰写报告。'],
  // a region's schooling; a goal
  ['political', '民族地区教育水平相对较低，需加大投入。'],
  ['political', '努力提高少数民族群众文化素质。'],
  // an office's rate; a caution
  ['advertising', '本次抽检合格率100%。'],
  ['advertising', '学习效果因人而异，没有人能保证成绩百分百提升。'],
  // the state's programmes by grade
  ['advertising', '我县获批国家级服务业标准化试点。'],
  ['advertising', '我市入选国家级服务外包示范城市。'],
  // tears in plain words; a title in quotes
  ['opinion', '老人哭成了泪人，民警耐心安慰。'],
  ['opinion', '开展“诚信”企业评选活动。'],
  // an award named; a sarcasm cue with no quotes
  ['opinion', '该公司被评为“诚信”企业。'],
  ['opinion', '真是一家好企业，为职工办实事。'],
  // a service station's address; an address with no person
  ['privacy', '为行动不便的老人提供上门服务，服务站地址：幸福路8号2栋101室。'],
  ['privacy', '社区老年食堂地址：幸福路8号2栋101室，老人可到店就餐。'],
  // an essay contest's theme; a question after the exam
  ['confidentiality', '下周征文比赛的作文题目已确定为“我的家乡”。'],
  ['confidentiality', '上周考试的案例分析题是“宅基地纠纷”，考后解析如下。'],
  // a tally kept out of appraisal; a count reported
  ['coercion', '参与人数不纳入考核，群众自愿参加线上答题。'],
  ['coercion', '本次线上答题活动参与人数达1.2万人次。'],
  // registration in person; a deadline without a forfeit
  ['coercion', '请于本周内到村委会登记，未按时登记者将影响补贴发放。'],
  ['coercion', '请在小程序完成登记，未按时登记的可到服务站现场补登。'],
  // the new regulation; a provincial one; the old one told as history
  ['policy', '根据《信访工作条例》规定，信访人应依法逐级走访。'],
  ['policy', '依据《浙江省信访条例》第十条办理。'],
  ['policy', '1987年，全国人大常委会通过了《村民委员会组织法（试行）》。'],
];

describe('families of heldout-final105', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
