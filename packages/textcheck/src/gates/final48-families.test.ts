// The round on heldout-final48, each class with wordings other than the set's. First its two false
// alarms, fixed in the warning frame: a letter to parents or pupils that tells how offenders lure
// children and what to do (不法分子…引诱学生参与…, 请家长关注孩子…, 请及时报警) and the harm of drugs
// or gambling told as a fact (一旦沾染，极易成瘾; 只有倾家荡产) — while a real offer stays blocked.
// Then the misses: a deadline's 前 taken for "former" and the road-transport levies abolished in
// 2009 (policy), the house and land certificates applied for one after the other, school admission
// tied to a family's births, a compulsory-education school choosing by exam, a planning or land
// bureau of before 2018 in a post dated after it (policy); a regulator's 监督管理 cut or swapped and
// a Taiwan ministry in quotation marks as the party of an exchange (political); a coming exam's answers offered and a school
// place bought (legal); a cadre's promotion in the notice's words before the notice, a price plan's
// figures before approval, a provisional score line, members' views before the decision, a unit's
// arm, strength and camp, where exam papers are kept (confidentiality); a school's information kept
// from parents who do not pay (coercion); a wish to shut them all (opinion); a grade title on a
// foodstuff (advertising); the citizen's own number told back (privacy); 簿 written 薄 and
// 防患于未燃 (text).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// Letters to parents and harm statements: no drug or gambling term in them is offered.
const WARNING_CLEAN: Array<[Gate, string]> = [
  [
    'legal',
    '中考结束后的假期，请家长关注孩子的手机使用情况。近年来有不法分子通过游戏群、短视频平台引诱学生参与“网络赌球”“押大小”等网络赌博活动，或以“刷单返利”“游戏装备交易”为名实施诈骗。一旦发现孩子有异常转账或借贷行为，请及时报警。网络赌博没有“稳赚不赔”，只有倾家荡产。',
  ],
  [
    'legal',
    '【6·26国际禁毒日致家长的一封信】当前，一些新型毒品伪装成“奶茶”“跳跳糖”“邮票”等形态，如“咔哇潮饮”“神仙水”等，迷惑性很强；“笑气”（一氧化二氮）也被不法分子包装成“快乐气球”在娱乐场所兜售。请家长多关心孩子的交友和去向，教育孩子不接受陌生人提供的饮料、食品。冰毒、海洛因、K粉等毒品一旦沾染，极易成瘾，严重损害身心健康。',
  ],
  [
    'legal',
    '各位家长：暑假期间，有不法分子在网络游戏中诱骗中小学生参与“时时彩”“百家乐”等网络赌博，请家长加强对孩子上网的管理，发现可疑情况及时报警。',
  ],
  ['legal', '开学第一课：冰毒、摇头丸、K粉等毒品一旦沾染就很难戒除，严重危害身体健康。'],
  ['legal', '网络赌博十有八九是陷阱，很多人沉迷其中最后倾家荡产、家破人亡。'],
  [
    'legal',
    '学校提醒：不法分子常以“免费领皮肤”为名，诱导学生扫码参与网络赌球，家长朋友们要多留意孩子的手机。',
  ],
  [
    'legal',
    '致全校家长的一封信：近期有人在校外向学生兜售“聪明药”“跳跳糖”，请家长教育孩子不要接受陌生人的零食。',
  ],
  ['legal', '冰毒等新型毒品极易成瘾，吸食后会产生幻觉。遇到有人兜售，请立即拨打110报警。'],
  ['legal', '近期有学生通过手机参与网络赌博，欠下赌债，请家长务必督促孩子远离。'],
  ['legal', '参与网络赌博的后果往往是输光积蓄、负债累累、家庭破裂。'],
  ['legal', 'K粉、摇头丸等毒品一旦上瘾，很难戒除。'],
];
// Offers keep their block, whatever harm they deny or whoever they name.
const OFFERS: Array<[Gate, string, string]> = [
  ['legal', '冰毒现货，纯度高，不会成瘾，同城闪送，加微信详谈。', '冰毒'],
  ['legal', '网络赌球平台，稳赚不赔，日入过万，注册即送彩金，加微信咨询。', '赌球'],
  ['legal', '足球赌球，高额返水，首充送100%，请家长放心，安全可靠。', '赌球'],
  ['legal', '皇冠赌球开户，一旦参与天天赚钱，信誉第一。', '赌球'],
  ['legal', '百家乐真人荷官在线发牌，轻松赢钱，不伤身体不损害健康。', '百家乐'],
  ['legal', 'K粉冰毒批发，不会上瘾，立即联系下单。', 'K粉'],
  ['legal', '网络赌球，稳赚不赔，告别负债累累。', '赌球'],
];

describe('heldout-final48 false-alarm classes', () => {
  itReportsFamilies(OFFERS, WARNING_CLEAN);
});

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a deadline's 前 before its task is no "former"; the levies abolished in 2009
  [
    'policy',
    '提醒广大货车车主：车辆办理年度审验前须缴清养路费和运输管理费，未缴清的车辆不予办理年审手续。',
    '运输管理费',
  ],
  ['policy', '车辆年审前须缴清养路费。', '养路费'],
  ['policy', '营运车辆审验前需缴纳运输管理费。', '运输管理费'],
  ['policy', '请于月底前到县国土局办理登记手续。', '国土局'],
  ['policy', '申请人办证前请到县工商局窗口领取表格。', '工商局'],
  ['policy', '内河船舶须按时缴纳航道养护费。', '航道养护费'],
  ['policy', '客运车辆须按月缴纳客货运附加费。', '客货运附加费'],
  // the house and the land certificate applied for one after the other
  [
    'policy',
    '购买新建商品房的市民请注意：交房后需先到房管部门办理房屋所有权证，再到国土部门办理国有土地使用证，两证齐全后方可办理抵押贷款。',
    '办理房屋所有权证，再到国土部门办理国有土地使用证',
  ],
  ['policy', '二手房过户后，买方应先申领房产证，然后到土地部门申领土地使用证。', '申领房产证'],
  ['policy', '办理宅基地土地使用证后，还需到住建部门办理房屋所有权证。', '土地使用证'],
  ['policy', '购房者先办房产证，再办土地证，缺一不可。', '办房产证'],
  ['policy', '请业主先到不动产窗口领取房产证，之后到国土所申请国有土地使用权证。', '领取房产证'],
  ['policy', '新房交付后，开发商将协助业主办理土地使用证，并统一办理房屋所有权证。', '土地使用证'],
  // school admission tied to a family's births
  [
    'policy',
    '2024年中考加分照顾政策：烈士子女加20分；少数民族考生加5分；独生子女加10分；归侨子女加5分。',
    '独生子女加10分',
  ],
  ['policy', '今年小升初招生，独生子女家庭的孩子优先录取。', '优先录取'],
  ['policy', '农村独女户子女中考加5分，请符合条件的考生提交证明材料。', '独女户子女中考加5分'],
  ['policy', '双女户子女报考本市高中可加3分。', '双女户子女'],
  ['policy', '计划生育家庭子女在中考中可照顾加5分。', '计划生育家庭子女'],
  ['policy', '独生子女考生给予加分照顾，具体分值见附件。', '独生子女考生给予加分照顾'],
  // a compulsory-education school choosing by exam
  [
    'policy',
    '民办初中招生提示：今年我市各民办初中将于6月22日统一组织入学笔试选拔，笔试科目为语文、数学、英语，择优录取。',
    '统一组织入学笔试选拔',
  ],
  ['policy', '今年实验小学将于7月1日举行招生考试，按成绩择优录取。', '招生考试'],
  ['policy', '我市民办初中今年继续通过小升初选拔考试招生。', '选拔考试'],
  ['policy', '育才中学初一新生入学考试定于6月20日，考试科目为语文、数学。', '入学考试'],
  ['policy', '今年外国语学校初中部将组织入学测试，按成绩排名录取。', '入学测试'],
  ['policy', '本校七年级新生采取笔试选拔的方式招生。', '笔试选拔'],
  // a planning or land bureau of before 2018 in a post dated after it
  ['policy', '2024年，市城乡规划局批复了12个项目的规划方案。', '城乡规划局'],
  ['policy', '该项目已获市城乡规划局批复，市市场监管局同步办理了营业执照。', '城乡规划局'],
  ['policy', '2023年起，宅基地审批由国土部门负责。', '国土部门'],
  ['policy', '项目用地须经县国土资源部门审核，并报县生态环境局备案。', '国土资源部门'],
  ['policy', '2025年全市建设项目规划许可由市城市规划局统一核发。', '城市规划局'],
  // a regulator's 监督管理 cut or swapped
  [
    'political',
    '近日，国务院国有资产管理委员会印发通知，部署开展对标行动。',
    '国务院国有资产管理委员会',
  ],
  ['political', '国务院国有资产监管委员会召开中央企业负责人会议。', '国务院国有资产监管委员会'],
  ['political', '国家市场管理总局发布新版合同示范文本。', '国家市场管理总局'],
  ['political', '国家金融管理总局出台新规。', '国家金融管理总局'],
  ['political', '国家药品管理局批准多款新药上市。', '国家药品管理局'],
  ['political', '中国证券管理委员会发布公告。', '中国证券管理委员会'],
  // a Taiwan ministry in quotation marks
  [
    'political',
    '我市教育交流团赴台开展两岸中小学教育交流活动，与台湾“教育部”相关负责人座谈。',
    '台湾“教育部”',
  ],
  ['political', '市文旅局会见台湾“文化部”官员一行。', '台湾“文化部”'],
  ['political', '台湾“经济部”代表团来访，双方就产业合作进行交流。', '台湾“经济部”'],
  ['political', '县农业农村局与台湾地区“农业部”有关人士对接合作事宜。', '台湾地区“农业部”'],
  ['political', '台湾当局的“卫福部”负责人率团参加研讨会。', '台湾当局的“卫福部”'],
  ['political', '我校邀请台湾“教育部”次长来校考察。', '台湾“教育部”'],
  // a coming exam's answers offered
  [
    'legal',
    '回复@初三冲刺：别急，今年中考答案考前提供，数学、科学全科都有，保真，需要的私信。',
    '答案考前提供',
  ],
  ['legal', '今年一建考试原题考前一天发，保真，加微信了解。', '原题考前一天发'],
  ['legal', '需要高考答案的私信，考前提供，先付一半定金。', '考前提供'],
  ['legal', '考前出售四六级答案，全科都有，价格私聊。', '考前出售四六级答案'],
  ['legal', '提前拿到今年国考试题，有需要的加我。', '提前拿到今年国考试题'],
  ['legal', '公务员考试答案考试时实时传，包过，联系QQ。', '答案考试时实时传'],
  // a school place bought
  [
    'legal',
    '各位班主任：如有家长想进实验中学重点班，可介绍联系教务处刘老师，交2万元“协调费”保证安排入学名额。',
    '交2万元“协调费”保证安排入学名额',
  ],
  ['legal', '只要花5万元就能进市一中实验班，名额有限。', '花5万元就能进市一中'],
  ['legal', '通过内部关系可以保证孩子进重点班，费用面议。', '内部关系可以保证孩子进重点班'],
  ['legal', '交3万元赞助费，包上实验小学。', '交3万元赞助费'],
  ['legal', '给好处费就能安排进附中，找我就行。', '给好处费就能安排进附中'],
  ['legal', '找关系保证入学，不看户口。', '找关系保证入学'],
  // a cadre's promotion in the notice's words, before the notice
  [
    'confidentiality',
    '通报一下：经局党组会议研究，拟提任王某某同志为局运输管理科科长、李某同志为办公室主任，组织部门尚未发布任前公示，大家心里有数即可。',
    '拟提任王某某同志为局运输管理科科长',
  ],
  [
    'confidentiality',
    '党委会已定，拟提拔张建国同志任副镇长，先不要外传。',
    '拟提拔张建国同志任副镇长',
  ],
  [
    'confidentiality',
    '经研究，拟任命李某为县教育局办公室主任，任前公示将于下周发布。',
    '拟任命李某为县教育局办公室主任',
  ],
  [
    'confidentiality',
    '局里拟提任刘某某同志为副局长，任前公示还没出来，大家先别声张。',
    '拟提任刘某某同志为副局长',
  ],
  [
    'confidentiality',
    '县委拟提名赵某某同志为县长候选人，暂不对外公布。',
    '拟提名赵某某同志为县长候选人',
  ],
  [
    'confidentiality',
    '经党组研究，拟调任陈某同志任财务科科长，请各位内部掌握。',
    '拟调任陈某同志任财务科科长',
  ],
  // a price plan's figures before approval
  [
    'confidentiality',
    '各位科长：局务会议研究了公交票价调整初步方案，拟将普通线路票价由2元调至2.5元，方案尚未报市政府审定，仅供各科室掌握。',
    '拟将普通线路票价由2元调至2.5元',
  ],
  [
    'confidentiality',
    '初步方案拟将居民用水价格每吨上调0.5元，目前还需经市政府批准，大家先内部掌握。',
    '拟将居民用水价格每吨上调0.5元',
  ],
  [
    'confidentiality',
    '市发改委拟将中心城区停车收费标准由每小时3元提高到5元，方案尚在研究，请勿外传。',
    '由每小时3元提高到5元',
  ],
  [
    'confidentiality',
    '据内部消息，出租车起步价拟从8元调整为10元，尚未经市政府批准。',
    '拟从8元调整为10元',
  ],
  [
    'confidentiality',
    '物业费初步方案由每平方米1.2元提高到1.5元，尚待业委会审议，不要对外说。',
    '由每平方米1.2元提高到1.5元',
  ],
  // a provisional score line
  [
    'confidentiality',
    '各位家长，据了解，今年普通高中最低录取控制分数线初步划定为582分，正式分数线将于7月5日公布。',
    '初步划定为582分',
  ],
  ['confidentiality', '听说今年市重点高中录取线暂定在610分，正式结果还没公布。', '暂定在610分'],
  ['confidentiality', '据悉，今年中职学校投档线初步确定为400分。', '初步确定为400分'],
  ['confidentiality', '今年公务员笔试合格线拟定为110分，正式结果将于下周发布。', '拟定为110分'],
  [
    'confidentiality',
    '据内部消息，今年普高录取控制线基本确定为560分，尚未正式公布。',
    '基本确定为560分',
  ],
  // members' views before the decision
  [
    'confidentiality',
    '在上周召开的市规划委员会会议上，多名委员认为该地块应由居住用地调整为商业用地，但也有委员提出保留学校用地，会议尚未形成最终意见，待下次会议继续审议。',
    '多名委员认为该地块应由居住用地调整为商业用地',
  ],
  [
    'confidentiality',
    '评标委员会评审中，部分评委认为第二名的报价明显偏低，评审结果尚未形成，待下次会议继续研究。',
    '部分评委认为第二名的报价明显偏低',
  ],
  [
    'confidentiality',
    '职称评审会上，个别评委反对李某某晋升高级职称，会议未能形成一致意见。',
    '个别评委反对李某某晋升高级职称',
  ],
  [
    'confidentiality',
    '党委会讨论该项目时，有的班子成员坚持先完成环评，意见分歧较大，暂不作出决定。',
    '有的班子成员坚持先完成环评',
  ],
  [
    'confidentiality',
    '昨天的局务会上，多数与会人员支持撤并城南站，但还有成员主张保留，待下次会议再研究。',
    '多数与会人员支持撤并城南站',
  ],
  // a unit's arm, strength and camp
  [
    'confidentiality',
    '防台风工作简报：目前，驻我区某部队一个工兵营共380名官兵已进驻东江水库东侧临时营地，配备冲锋舟12艘。',
    '某部队一个工兵营共380名官兵已进驻东江水库东侧',
  ],
  [
    'confidentiality',
    '某部舟桥连120名官兵部署在大坝北侧，随时准备架设浮桥。',
    '某部舟桥连120名官兵',
  ],
  [
    'confidentiality',
    '驻军某防化连约90名官兵已驻扎在化工园区西侧集结地。',
    '驻军某防化连约90名官兵已驻扎在化工园区西侧',
  ],
  [
    'confidentiality',
    '某部炮兵营共260名官兵进驻县城北郊营区。',
    '某部炮兵营共260名官兵进驻县城北郊营区',
  ],
  [
    'confidentiality',
    '某部通信连60余名官兵集结于体育中心附近，保障通信畅通。',
    '某部通信连60余名官兵集结于体育中心附近',
  ],
  // where exam papers are kept
  [
    'confidentiality',
    '今年中考各科试卷已于5月20日印制完毕，现存放于市教育考试院三楼保密室，由专人24小时值守。',
    '存放于市教育考试院三楼保密室',
  ],
  ['confidentiality', '高考试卷锁在县教育局办公楼402室保险柜，实行双人双锁。', '402室保险柜'],
  ['confidentiality', '答题卡封存在一中考点地下一层库房。', '地下一层库房'],
  ['confidentiality', '期末统考试题保管在教研室2楼机要室。', '2楼机要室'],
  ['confidentiality', '自学考试试卷存放在县招生办东侧保密库，考前一天分发。', '东侧保密库'],
  // a school's information kept from parents who do not pay
  [
    'coercion',
    '本学期起，学生成绩、作业、评语统一在“优学通”平台发布，家长须开通每学期98元的会员服务，未开通的家长将无法查看孩子的考试成绩和老师评语。',
    '未开通的家长将无法查看孩子的考试成绩',
  ],
  [
    'coercion',
    '班级作业统一通过“智慧班级”APP发布，不下载APP的学生收不到作业通知。',
    '不下载APP的学生收不到作业通知',
  ],
  [
    'coercion',
    '本平台每月收费30元，未购买会员的家庭看不到孩子的在校表现。',
    '未购买会员的家庭看不到孩子的在校表现',
  ],
  ['coercion', '学校成绩统一在小程序发布，没有关注小程序的家长无法查询分数。', '无法查询分数'],
  ['coercion', '请家长开通VIP会员，未开通的将不能接收考试排名。', '未开通的将不能接收考试排名'],
  ['coercion', '家校通每年收费120元，不订阅的家长收不到学校通知。', '不订阅的家长收不到学校通知'],
  // a wish to shut them all
  [
    'opinion',
    '检查中发现，个别企业对隐患视而不见，屡查屡犯，看得小编气死了，恨不得把这些企业统统关掉！',
    '恨不得把这些企业统统关掉',
  ],
  ['opinion', '真想把乱停车的全都拖走！', '真想把乱停车的全都拖走'],
  ['opinion', '这种黑心商家，巴不得把他们都抓起来。', '巴不得把他们都抓起来'],
  ['opinion', '看到这些违建，恨不能一个不留地全部拆掉。', '恨不能一个不留地全部拆掉'],
  ['opinion', '这些无良中介，真想统统取缔！', '真想统统取缔'],
  // a grade title on a foodstuff
  [
    'advertising',
    '“稻香”牌大米，产自国家级优质粮食基地，真正的国家级大米，粒粒饱满，家庭装10公斤仅售79元。',
    '国家级大米',
  ],
  ['advertising', '本店蜂蜜是世界级蜂蜜，纯天然。', '世界级蜂蜜'],
  ['advertising', '国家级放心酒，宴请首选。', '国家级放心酒'],
  ['advertising', '农家散养，顶级土鸡蛋，每枚2元。', '顶级土鸡蛋'],
  ['advertising', '极品枸杞，颗颗饱满。', '极品枸杞'],
  ['advertising', '殿堂级普洱，收藏佳品。', '殿堂级普洱'],
  // the citizen's own number told back
  [
    'privacy',
    '您好，您留言时提供的联系电话15067723318我们已多次拨打但未接通，请您方便时回电。',
    '15067723318',
  ],
  ['privacy', '您预留的手机号码为13812345678，工作人员将与您联系。', '13812345678'],
  ['privacy', '您来信中留下的电话13912345678无人接听，请及时与我局联系。', '13912345678'],
  ['privacy', '您登记的联系方式：13712345678，如有变更请告知。', '13712345678'],
  ['privacy', '您所填写的手机号13612345678有误，请核实。', '13612345678'],
];

const CLEAN: Array<[Gate, string]> = [
  // 前 of "former" and a levy told abolished
  ['policy', '前县国土资源局局长张某接受审查调查。'],
  ['policy', '原县城乡规划局的相关职责整合划入县自然资源局。'],
  ['policy', '2009年起取消公路养路费、公路运输管理费等六项收费。'],
  // the unified certificate, and the two certificates named as papers held
  [
    'policy',
    '自2015年不动产统一登记以来，不再分别办理房屋所有权证和土地使用证，统一办理不动产权证书。',
  ],
  ['policy', '开发商不能向住户提前收办理房产证、土地使用证、维修基金等费用。'],
  ['policy', '申请材料：不动产权属证书（房屋所有权证、国有土地使用证）、身份证明。'],
  // the bonus told ended, a bonus not tied to births
  ['policy', '根据新规定，取消独生子女中考加分。'],
  ['policy', '烈士子女中考加20分，少数民族考生加5分。'],
  // no exam, a senior school's exam, a placement test
  ['policy', '义务教育阶段学校一律不得组织入学考试，民办学校报名超过计划的实行电脑随机录取。'],
  ['policy', '今年普通高中自主招生将组织笔试选拔，择优录取。'],
  ['policy', '我校初一新生入学后将进行分班测试。'],
  ['policy', '本人子女就读于唐田小学，小升初考试时填写意向为本镇中学。'],
  // a former bureau in a post of its day, or told merged
  ['policy', '目前，市城乡规划局正在编制《轨道交通线网规划》。'],
  ['policy', '2018年机构改革后，城乡规划局并入自然资源和规划局。'],
  [
    'policy',
    '2019年8月，经国土部门现场勘察，该宗用地符合土地利用规划，目前正在报市自然资源局办理审批手续。',
  ],
  // right names
  ['political', '国务院国有资产监督管理委员会印发通知。'],
  ['political', '国务院国资委召开专题会议。'],
  ['political', '学校国有资产管理委员会召开年度会议。'],
  ['political', '香港金融管理局公布外汇储备数据。'],
  ['political', '国家市场监管总局、国家金融监管总局联合发文。'],
  ['political', '与台湾教育主管部门有关人士座谈。'],
  ['political', '据台湾“经济部”统计，岛内出口下滑。'],
  ['political', '台湾当局的“卫福部”宣布调整防疫措施。'],
  ['political', '台湾方面陆委会发表声明。'],
  // study material, warnings and answers after the exam
  ['legal', '考前提供历年真题和模拟试卷，帮助同学们查漏补缺，需要的同学到教务处领取。'],
  ['legal', '警方提醒：凡是考前出售答案的都是骗子，切勿私信联系。'],
  ['legal', '本次考试参考答案将在考后公布，需要的同学请关注公众号。'],
  ['legal', '考前复习资料已整理好，需要的私信。'],
  // a school place not for sale
  ['legal', '我校严禁收取择校费，凡称交钱保证入学的都是骗局。'],
  ['legal', '我校招生严格按照片区划分，不存在交钱保证入学的情况。'],
  ['legal', '学生入学须缴纳学费和住宿费，按物价部门核定标准收取。'],
  // the notice itself, an honour, history
  [
    'confidentiality',
    '经县委常委会研究，拟提任王某某同志为县交通运输局局长，现予公示。公示期为5个工作日。',
  ],
  ['confidentiality', '经研究，拟推荐赵某某同志为“最美基层干部”候选人，现予公示。'],
  ['confidentiality', '2023年，县委拟提任的干部均严格履行了任前公示程序。'],
  // a hearing notice and an approved change
  [
    'confidentiality',
    '关于召开城市公交票价调整听证会的公告：拟将普通线路票价由2元调至2.5元，现公开征集听证参加人。',
  ],
  ['confidentiality', '经市政府批准，自2024年7月1日起，普通线路票价由2元调整为2.5元。'],
  // the line published, last year's line
  ['confidentiality', '市教育局公布：今年普通高中最低录取控制分数线为582分。'],
  ['confidentiality', '去年我市普通高中录取控制分数线为575分，今年分数线将于7月5日公布。'],
  // deliberation in the open
  [
    'confidentiality',
    '市人大常委会分组审议了条例草案，部分委员建议增加电动自行车停放的规定，草案将提请下次会议继续审议。',
  ],
  ['confidentiality', '市规划委员会审议通过了城东地块控制性详细规划调整方案。'],
  // troops sent, papers kept with no place
  ['confidentiality', '驻地部队出动官兵300余人赶赴灾区，全力开展抢险救援。'],
  ['confidentiality', '全市高考试卷存放于标准化保密室，实行24小时视频监控和专人值守。'],
  ['confidentiality', '高考结束后，答题卡存放于市教育考试院三楼评卷中心，评卷工作有序开展。'],
  // free access, an account to log in
  ['coercion', '成绩查询：家长可登录“阳光教育”平台免费查看孩子成绩，未开通账号的请联系班主任。'],
  ['coercion', '学校通过班级微信群发布通知，家长可自愿关注学校公众号。'],
  // enforcement told plainly, a wish that punishes no one
  ['opinion', '执法人员依法对这些企业全部关停整改。'],
  ['opinion', '我们恨不得把每一分钱都花在刀刃上。'],
  // a base, a certificate or a title of something else
  ['advertising', '该县获评国家级生态农产品示范基地。'],
  ['advertising', '我县茶叶获国家级地理标志产品认证。'],
  ['advertising', '国家级茶艺师培训班开班。'],
  ['advertising', '国家级苹果产业园建设进展顺利。'],
  // an office's number, a call centre's question
  ['privacy', '如有疑问，您可拨打咨询电话13812345678联系我局工作人员。'],
  ['privacy', '如需咨询，请您拨打联系电话13812345678。'],
];

describe('heldout-final48 round families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

const MISSPELT: Misspelt[] = [
  ['登记薄信息以登记机构出具的查询结果为准。', '登记薄', '登记簿'],
  ['请携带户口薄原件到窗口办理。', '户口薄', '户口簿'],
  ['会议记事薄由办公室统一保管。', '记事薄', '记事簿'],
  ['请各班将花名薄报送教务处。', '花名薄', '花名簿'],
  ['营业厅设有留言薄，欢迎提出意见。', '留言薄', '留言簿'],
  ['安全生产重在防患于未燃。', '防患于未燃', '防患于未然'],
  ['要防患未燃，把隐患消灭在萌芽状态。', '防患未燃', '防患未然'],
  ['各单位要做到防患于末然。', '防患于末然', '防患于未然'],
];
const SPELT_RIGHT = [
  '不动产登记簿记载的信息以登记机构出具的查询结果为准。',
  '请携带户口簿原件到窗口办理。',
  '安全生产重在防患于未然。',
  '个别单位基础台账薄弱，登记工作有待加强。',
];

describe('heldout-final48 misspellings', () => {
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
