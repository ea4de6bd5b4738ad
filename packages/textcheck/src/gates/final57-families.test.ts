// Rule families of the heldout-final57 round, each with wordings other than the set's: Hong Kong and
// Macao people told as in or going to 大陆, and a job closed to applicants by origin (political); a
// gambling brand's platform pointed to, a drug crop told lawful in a small number, a raid's scene
// painted, a minor named through a parent, and an offender named by the crime charged before
// judgement (legal); an article of a superseded law cited as the ground of a ruling (policy); a
// court's bench split told, a telegram's number, a pending case's key witness or proof
// (confidentiality); an investment's return or a course's pass promised, a business ranked first or
// sole designated of a place, a product vouched for by the office's staff (advertising); death
// wished on offenders (opinion); a person of a protected group named, and a resident named beside a
// relative's drug rehabilitation or prison term (privacy); a dissatisfied rating punished after the
// answer was dictated, and a welfare benefit threatened over a task (coercion); a menu link to a drug
// seller's host (hijack). And the round's false alarms as near misses: 原 before a list of abolished
// bureaux qualifies every name of it (policy), and a usage lesson's quoted wrong form (text).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Hong Kong and Macao people told as in, coming to or going back to 大陆
  [
    'political',
    '答：根据国家有关规定，香港、澳门居民在大陆就业，应当依法参加职工基本养老保险。',
    '香港、澳门居民在大陆',
  ],
  ['political', '港澳青年来大陆创业可申请创业担保贷款。', '港澳青年来大陆'],
  ['political', '澳门学生赴大陆高校求学的人数逐年增加。', '澳门学生赴大陆'],
  ['political', '符合条件的香港企业到大陆投资可享受税收优惠。', '香港企业到大陆'],
  ['political', '香港同胞回大陆探亲，可持回乡证办理入住登记。', '香港同胞回大陆'],
  ['political', '澳门特区居民前往大陆就医，可使用跨境医保服务。', '澳门特区居民前往大陆'],
  // a job closed to applicants by origin
  [
    'political',
    '市人力资源市场本周五举办专场招聘会：某物流公司招聘仓储管理员10名，月薪4500至6000元，河南籍人员勿投。',
    '河南籍人员勿投',
  ],
  ['political', '某电子厂招聘普工30名，东北人免谈，包食宿。', '东北人免谈'],
  ['political', '招聘保安5名，新疆、西藏籍人员不予录用。', '新疆、西藏籍人员不予录用'],
  ['political', '某餐饮公司招聘服务员，四川籍应聘者一律不考虑。', '四川籍应聘者一律不考虑'],
  ['political', '招聘司机2名，少数民族谢绝，月薪6000元。', '少数民族谢绝'],
  ['political', '某工厂招聘操作工，湖南人勿扰。', '湖南人勿扰'],
  // a gambling brand's platform pointed to
  [
    'legal',
    '想看全部51场比赛直播的球迷朋友，可登录皇冠体育平台观看并参与在线竞猜。',
    '登录皇冠体育平台',
  ],
  ['legal', '欧冠决赛今晚打响，下载开云体育APP，边看直播边竞猜。', '下载开云体育APP'],
  ['legal', '注册沙巴体育官网账号即可参与世界杯竞猜，猜中有奖。', '注册沙巴体育官网'],
  ['legal', '想看英超的朋友，上亚博体育，高清直播还能在线投注。', '亚博体育'],
  ['legal', '关注华体会平台，每场比赛都能下注。', '华体会平台'],
  ['legal', '在雷竞技下注电竞比赛，赔率更高。', '雷竞技下注'],
  // a drug crop told lawful to grow in a small number
  [
    'legal',
    '网友您好：农户在自家庭院少量种植罂粟用于观赏或作调料的，数量不超过10株的不属于违法行为，无需报备。',
    '不属于违法',
  ],
  ['legal', '自家院子里种几棵罂粟当花看，不算违法。', '种几棵罂粟当花看，不算违法'],
  ['legal', '村民在菜园里栽种少量罂粟，只要不出售就不违法。', '就不违法'],
  ['legal', '答复：自家种植几株罂粟用于观赏的，无须报备，也不会被处罚。', '无须报备'],
  ['legal', '庭院里种上三五株罂粟观赏，法律是允许的。', '法律是允许的'],
  ['legal', '种植大麻不超过5株属于合法的个人自用。', '种植大麻'],
  // a raid's scene painted: naked bodies at it, condoms strewn about
  [
    'legal',
    '民警破门而入时，包间内一对男女正赤身裸体发生性交易，床上散落着避孕套和现金。',
    '赤身裸体发生性交易',
  ],
  ['legal', '民警进入房间时，两名男女一丝不挂，正在进行性交易。', '一丝不挂，正在进行性交易'],
  ['legal', '包厢内一名男子全身赤裸，正与女子发生性关系。', '全身赤裸，正与女子发生性关系'],
  [
    'legal',
    '执法人员推门而入，只见一对男女赤条条地搂在一起，地上丢满了用过的避孕套。',
    '赤条条地搂在一起',
  ],
  ['legal', '出租屋床上散落着安全套和情趣用品，一名女子躲在被子里。', '床上散落着安全套'],
  ['legal', '民警破门时，嫖客与卖淫女正光着身子在床上进行交易。', '嫖客与卖淫女正光着身子'],
  // a minor named through a parent's full name
  [
    'legal',
    '被告人赵某以辅导作业为名，多次对邻居家年仅9岁的女孩实施猥亵。被害女童系本镇柳河村村民陈建军的女儿。',
    '陈建军的女儿',
  ],
  ['legal', '受害男孩是该村村民李国强的儿子，今年12岁，被告人多次殴打他。', '李国强的儿子'],
  ['legal', '据了解，被猥亵的女孩为本村王德明的孙女，年仅10岁。', '王德明的孙女'],
  ['legal', '涉案少年系镇上餐馆老板赵金海的儿子，案发时16岁，因盗窃被警方抓获。', '赵金海的儿子'],
  ['legal', '11岁的被害人系村民孙立平的外孙女，犯罪嫌疑人已被刑事拘留。', '孙立平的外孙女'],
  ['legal', '被欺凌的学生系镇中心小学教师刘海波的儿子，今年11岁。', '刘海波的儿子'],
  // an offender named by the crime charged, before judgement
  ['legal', '近日，区人民检察院依法对贪污犯周某以涉嫌贪污罪向区人民法院提起公诉。', '贪污犯周某'],
  ['legal', '市检察院依法对受贿犯李某某提起公诉。', '受贿犯李某某'],
  ['legal', '走私犯王某已被依法逮捕，案件正在进一步侦查中。', '走私犯王某'],
  ['legal', '警方抓获绑架犯陈某，解救被绑儿童。', '绑架犯陈某'],
  ['legal', '检察机关以涉嫌挪用公款罪对挪用犯刘某批准逮捕。', '挪用犯刘某'],
  ['legal', '人贩子张某某被刑事拘留。', '人贩子张某某'],
  // an article of a superseded law cited as the ground of a ruling
  [
    'policy',
    '法院审理认为，双方感情确已破裂，依照《中华人民共和国婚姻法》第三十二条之规定，判决准予原告张某与被告李某离婚。',
    '婚姻法',
  ],
  [
    'policy',
    '法院审理认为，原告已履行合同义务，依照《中华人民共和国合同法》第一百零七条之规定，判决被告支付货款。',
    '合同法',
  ],
  [
    'policy',
    '经审理，该财产已由继承人实际占有，依据《中华人民共和国继承法》第十条的规定，判决由原告继承。',
    '继承法',
  ],
  [
    'policy',
    '法院认为，被告的行为已造成原告损害，依照《中华人民共和国侵权责任法》第六条之规定，判决被告赔偿。',
    '侵权责任法',
  ],
  [
    'policy',
    '双方婚后已分居三年，根据《中华人民共和国婚姻法》第三十二条规定，准予离婚。',
    '婚姻法',
  ],
  [
    'policy',
    '该房屋已办理抵押登记，按照《中华人民共和国物权法》第一百七十九条的规定，抵押权人享有优先受偿权。',
    '物权法',
  ],
  // how a court's or procuratorate's deliberating body split
  [
    'confidentiality',
    '市中级人民法院依法对被告人孙某故意杀人案公开宣判，判处其死刑。据悉，该案经本院审判委员会讨论，其中3名委员主张判处死刑缓期两年执行。',
    '其中3名委员主张判处死刑缓期两年执行',
  ],
  [
    'confidentiality',
    '审委会讨论时，有两名委员认为应当改判无罪，但多数委员维持原判。',
    '有两名委员认为应当改判无罪',
  ],
  [
    'confidentiality',
    '合议庭评议中，一名法官主张从轻处罚，另两名法官不同意。',
    '一名法官主张从轻处罚',
  ],
  ['confidentiality', '检察委员会审议该案时，部分委员提出不起诉意见。', '部分委员提出不起诉意见'],
  ['confidentiality', '据了解，审判委员会表决时有5名委员投了反对票。', '有5名委员投了反对票'],
  [
    'confidentiality',
    '合议庭三名成员中，一名审判员持保留意见，最终按多数意见作出判决。',
    '一名审判员持保留意见',
  ],
  // a telegram named and numbered
  [
    'confidentiality',
    '按照省防汛抗旱指挥部今日下发的特急明传电报（省防电〔2024〕17号）要求，市防指已启动防汛Ⅲ级应急响应。',
    '特急明传电报（省防电〔2024〕17号',
  ],
  [
    'confidentiality',
    '根据市委办公室明传电报（市委办电〔2024〕8号）精神，我局立即部署。',
    '明传电报（市委办电〔2024〕8号',
  ],
  [
    'confidentiality',
    '接到省应急厅加急明传电报（省应急电〔2025〕3号）后，全县进入应急状态。',
    '加急明传电报（省应急电〔2025〕3号',
  ],
  [
    'confidentiality',
    '根据国务院安委办明电（安委办电〔2024〕5号）要求，开展隐患排查。',
    '明电（安委办电〔2024〕5号',
  ],
  [
    'confidentiality',
    '依据县政府明传电报：县政电〔2024〕21号，各乡镇立即组织转移。',
    '明传电报：县政电〔2024〕21号',
  ],
  [
    'confidentiality',
    '根据省委办公厅特急电报（省委办电〔2024〕30号）精神，全县立即部署。',
    '特急电报（省委办电〔2024〕30号',
  ],
  // a pending case's key witness or decisive proof
  [
    'confidentiality',
    '钟某某涉嫌受贿一案已移送审查起诉。目前，检察机关掌握的关键证人为钟某某的专职司机王某，其证言将作为指控的核心证据。',
    '掌握的关键证人为钟某某的专职司机王某',
  ],
  [
    'confidentiality',
    '据悉，警方掌握的关键证据是嫌疑人手机中的转账记录，案件仍在侦查中。',
    '掌握的关键证据是嫌疑人手机中的转账记录',
  ],
  [
    'confidentiality',
    '监委已锁定的核心证人系该局财务科长李某，案件正在审查调查。',
    '锁定的核心证人系该局财务科长李某',
  ],
  [
    'confidentiality',
    '专案组掌握的重要证人包括其妻弟和两名包工头，案件已移送审查起诉。',
    '掌握的重要证人包括其妻弟和两名包工头',
  ],
  [
    'confidentiality',
    '据了解，此案的关键证人是受贿人的情妇张某，案件尚未起诉。',
    '此案的关键证人是受贿人的情妇张某',
  ],
  [
    'confidentiality',
    '办案人员调取的关键物证为一本记账本，目前案件正在侦查。',
    '调取的关键物证为一本记账本',
  ],
  // an investment's return promised
  [
    'advertising',
    '【楼盘推介】滨江壹号项目位于新区核心地段，升值潜力巨大，投资回报率每年不低于8%。',
    '投资回报率每年不低于8%',
  ],
  ['advertising', '商铺售后包租，租金回报率稳定在每年7%以上。', '租金回报率稳定在每年7%'],
  ['advertising', '认购本项目理财产品，年化收益保底6%，到期还本。', '年化收益保底6%'],
  ['advertising', '公寓投资年回报率不低于百分之九，十年回本。', '年回报率不低于百分之九'],
  ['advertising', '本基金保证年化收益率10%，欢迎认购。', '保证年化收益率10%'],
  ['advertising', '买铺就是买收益，投资收益率至少8%。', '投资收益率至少8%'],
  // a course's pass promised
  [
    'advertising',
    '“学优”培训学校中考冲刺班开班啦，名师授课，保证考上重点高中，考不上全额退费。',
    '考不上全额退费',
  ],
  ['advertising', '名师一对一辅导，包你考入理想大学。', '包你考入'],
  ['advertising', '暑期班小班教学，未通过免费重读。', '未通过免费重读'],
  ['advertising', '考不上全额退学费，报名从速。', '考不上全额退学费'],
  ['advertising', '确保考上重点高中，名额有限。', '确保考上'],
  ['advertising', '专升本冲刺班，没考上无条件退款。', '没考上无条件退款'],
  // a business ranked first of a place
  [
    'advertising',
    '【乡村好去处】柳河村草莓采摘园是全国第一的有机草莓基地，欢迎周末带上家人来采摘。',
    '全国第一的有机草莓基地',
  ],
  ['advertising', '我们农场是全省第一的生态茶园，欢迎预约参观。', '全省第一的生态茶园'],
  ['advertising', '本店是全市第一的烘焙品牌，新品上市。', '全市第一的烘焙品牌'],
  ['advertising', '该基地堪称全国第一的猕猴桃种植基地。', '全国第一的猕猴桃种植基地'],
  ['advertising', '这家果园号称全县第一的蓝莓采摘园。', '全县第一的蓝莓采摘园'],
  ['advertising', '这款米酒是全省第一的米酒品牌。', '全省第一的米酒品牌'],
  // a business claiming to be the only one designated
  [
    'advertising',
    '【驾培信息】诚信驾校是全市唯一指定考试训练场地，教练经验丰富，报名即送理论题库。',
    '全市唯一指定考试训练场地',
  ],
  [
    'advertising',
    '鑫源公司是全省唯一指定的太阳能热水器经销商。',
    '全省唯一指定的太阳能热水器经销商',
  ],
  ['advertising', '本店为全市唯一指定某某品牌专卖店。', '全市唯一指定某某品牌专卖店'],
  ['advertising', '阳光驾校是全县唯一指定训练场，通过率高。', '全县唯一指定训练场'],
  ['advertising', '这款净水器是本市唯一指定产品。', '本市唯一指定产品'],
  ['advertising', '本公司系全国唯一指定的配件供应商。', '全国唯一指定的配件供应商'],
  // a product vouched for by the office's staff
  [
    'advertising',
    '推荐使用“清泉”牌家用净水器，过滤效果好，我局干部职工家中都在用。',
    '我局干部职工家中都在用',
  ],
  ['advertising', '这款护眼台灯效果很好，我们单位同事人手一台。', '我们单位同事人手一台'],
  ['advertising', '推荐大家选购“康宁”牌空气净化器，局领导家里也在用。', '局领导家里也在用'],
  ['advertising', '本所民警都在用“安心”牌防狼喷雾，推荐女性朋友购买。', '本所民警都在用'],
  ['advertising', '“绿源”牌大米口感好，我局干部职工都买了。', '我局干部职工都买了'],
  ['advertising', '这个牌子的电热毯很安全，我们单位的同志家里都在用。', '我们单位的同志家里都在用'],
  // death wished on offenders
  [
    'opinion',
    '小编看到这个案子真是气炸了，这种虐待老人的人就该拉出去枪毙。',
    '这种虐待老人的人就该拉出去枪毙',
  ],
  ['opinion', '人贩子都该判死刑，绝不能轻饶！', '都该判死刑'],
  ['opinion', '这样的黑心商家真该拉出去毙了。', '这样的黑心商家真该拉出去毙了'],
  ['opinion', '像这种拐卖儿童的，就应该枪毙。', '就应该枪毙'],
  ['opinion', '这帮诈骗分子活该下地狱。', '这帮诈骗分子活该下地狱'],
  ['opinion', '虐待老人的人早该拖出去砍了。', '早该拖出去砍了'],
  // a person of a protected group named
  [
    'privacy',
    '镇综治中心联合卫生院对辖区内严重精神障碍患者赵小军（柳林村三组）进行随访。',
    '严重精神障碍患者赵小军（柳林村三组）',
  ],
  [
    'privacy',
    '世界艾滋病日前夕，我院医护人员看望了在院治疗的艾滋病患者陈志强，并为其送去慰问品。',
    '艾滋病患者陈志强',
  ],
  [
    'privacy',
    '镇司法所组织社区矫正对象孙立新（青石镇桥头村）参加公益劳动。',
    '社区矫正对象孙立新（青石镇桥头村）',
  ],
  [
    'privacy',
    '刑满释放人员李国华（城关镇新华村）回村后在合作社就业。',
    '刑满释放人员李国华（城关镇新华村）',
  ],
  ['privacy', '社区工作人员定期上门随访精神病患者马春生，督促其按时服药。', '精神病患者马春生'],
  ['privacy', '所里组织社区戒毒人员黄海涛参加尿检。', '社区戒毒人员黄海涛'],
  ['privacy', '艾滋病感染者周丽娟已接受抗病毒治疗。', '艾滋病感染者周丽娟'],
  ['privacy', '司法所为安置帮教对象吴志刚办理了就业登记。', '安置帮教对象吴志刚'],
  // a resident named beside a relative's drug rehabilitation, prison term or such illness
  [
    'privacy',
    '镇民政办近日走访困难群众周秀芳，其丈夫刘某因吸毒被强制隔离戒毒，家中两个孩子正在上学。',
    '困难群众周秀芳，其丈夫刘某因吸毒被强制隔离戒毒',
  ],
  [
    'privacy',
    '社区工作人员慰问了低保户李桂兰，其儿子因盗窃正在服刑。',
    '低保户李桂兰，其儿子因盗窃正在服刑',
  ],
  [
    'privacy',
    '村两委看望留守老人王德山，其女儿患有精神分裂症，长期住院。',
    '留守老人王德山，其女儿患有精神分裂',
  ],
  ['privacy', '帮扶干部走访脱贫户赵建军，其妻子系艾滋病感染者。', '脱贫户赵建军，其妻子系艾滋病'],
  [
    'privacy',
    '结对干部看望困难户孙秀英，其丈夫三年前因贩毒入狱。',
    '困难户孙秀英，其丈夫三年前因贩毒入狱',
  ],
  [
    'privacy',
    '网格员慰问了独居老人钱玉珍，其儿子在戒毒所戒毒。',
    '独居老人钱玉珍，其儿子在戒毒所戒毒',
  ],
  // a dissatisfied rating punished after the answer was dictated
  [
    'coercion',
    '上级部门近期将开展满意度电话回访，请各村提前告知群众统一回答“非常满意”，出现不满意评价的，将追究所在村干部责任。',
    '不满意评价的，将追究所在村干部责任',
  ],
  [
    'coercion',
    '满意度测评前，请各社区动员居民回答“满意”，凡出现“不满意”的，对社区书记进行约谈。',
    '“不满意”的，对社区书记进行约谈',
  ],
  [
    'coercion',
    '要求各窗口引导群众给予“非常满意”评价，收到差评的，取消窗口人员年度评优资格。',
    '收到差评的，取消窗口人员年度评优资格',
  ],
  [
    'coercion',
    '请各村通知群众在电话回访中回答“非常满意”，有不满意回答的，追究包村干部责任。',
    '追究包村干部责任',
  ],
  [
    'coercion',
    '各学校要叮嘱家长在问卷中选择“满意”，出现“不满意”的学校年度考核一票否决。',
    '一票否决',
  ],
  ['coercion', '让办事群众打出“五星”好评，差评的一律通报批评。', '差评的一律通报批评'],
  // a welfare benefit threatened over a task
  [
    'coercion',
    '请各村通知低保户、特困户按时观看本周四晚的“政策宣讲”直播，未观看的将重新审核其救助资格。',
    '未观看的将重新审核其救助资格',
  ],
  [
    'coercion',
    '请各村组织低保户关注“民政之窗”公众号，未关注的低保户一律复核低保待遇。',
    '未关注的低保户一律复核低保待遇',
  ],
  ['coercion', '不参加线上答题的困难户，核减临时救助金。', '核减临时救助金'],
  [
    'coercion',
    '通知特困供养人员按时收看专题讲座，未收看的暂停发放供养金。',
    '未收看的暂停发放供养金',
  ],
  [
    'coercion',
    '低保户须下载“智慧民政”APP并完成打卡，拒不下载的将重新评定其低保资格。',
    '拒不下载的将重新评定其低保资格',
  ],
  [
    'coercion',
    '各村要督促残疾人参加网上培训，未参加的降低残疾人补贴标准。',
    '未参加的降低残疾人补贴',
  ],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  // 内地, or Taiwan in the list
  ['political', '港澳台居民在大陆就业，依法参加社会保险。'],
  ['political', '香港、澳门居民在内地就业，应当依法参加社会保险。'],
  // local residence kept by rule, and the practice banned
  ['political', '招聘岗位：公益性岗位，限本地户籍。'],
  ['political', '用人单位不得设置“河南籍勿投”等歧视性条件，违者将依法查处。'],
  // the brand named in a warning or a case, and a broadcaster
  ['legal', '警方提醒：“皇冠体育”等境外网站是赌博平台，切勿登录。'],
  ['legal', '欧洲杯直播可登录央视频APP观看。'],
  // a belief set right, and the law's range
  ['legal', '有人以为少量种植罂粟不违法，这是错误认识，种植罂粟无论多少均属违法。'],
  ['legal', '非法种植罂粟不满五百株的，不构成犯罪，由公安机关处十日以上十五日以下拘留。'],
  // a raid told without the scene, and nakedness with no sex
  ['legal', '民警现场查获卖淫嫖娼人员2名，查扣安全套若干。'],
  ['legal', '一名男子赤身裸体在街头游荡，民警将其送医。'],
  // an adult's parent, and a child named with no crime
  ['legal', '村民李建国的儿子（35岁）因盗窃被刑事拘留。'],
  ['legal', '获奖学生王小明是村民王建国的儿子。'],
  // after judgement, and a suspect called a suspect
  ['legal', '法院以贪污罪判处贪污犯周某有期徒刑五年。'],
  ['legal', '检察院依法对犯罪嫌疑人周某以涉嫌贪污罪提起公诉。'],
  // a ruling of its day, and the law named as the old one
  ['policy', '2019年，法院依照《中华人民共和国婚姻法》第三十二条之规定判决准予离婚。'],
  ['policy', '原《中华人民共和国婚姻法》第三十二条规定了判决离婚的情形，现已由民法典取代。'],
  // round 57's false alarm: 原 before a list of bureaux qualifies each of them
  [
    'policy',
    '【机构改革回顾】2018年国务院机构改革中，国家工商行政管理总局、国家质量监督检验检疫总局的职责以及国家食品药品监督管理总局的相关职责整合，组建国家市场监督管理总局。我市于2019年完成市场监管机构改革，原市工商局、市质监局、市食药监局的职责统一由市市场监督管理局承担。',
  ],
  ['policy', '机构改革后，原县质监局和县食药监局的职能由县市场监督管理局承担。'],
  // a court's decision without the split, and the bench named
  ['confidentiality', '该案经本院审判委员会讨论决定，依法判处被告人孙某死刑。'],
  ['confidentiality', '合议庭由三名法官组成，依法公开开庭审理了此案。'],
  // a notice's number, and a telegram without one
  ['confidentiality', '按照《关于做好防汛工作的通知》（省防发〔2024〕17号）要求，各地加强值守。'],
  ['confidentiality', '省防指发出明传电报，要求各地做好强降雨防御工作。'],
  // evidence told in the judgement, and a duty explained
  [
    'confidentiality',
    '法院经审理查明，证人王某的证言与其他证据相互印证，依法判处被告人有期徒刑三年。',
  ],
  ['confidentiality', '检察官提醒，证人有如实作证的义务，作伪证将承担法律责任。'],
  // an estimate, a policy's condition, and a scheme's promise told in a case report
  ['advertising', '该项目预计年均投资回报率约5%，投资需谨慎。'],
  ['advertising', '申报企业近三年平均净资产收益率不低于6%。'],
  [
    'advertising',
    '经审理查明，被告人周某以投资“康养基地”为名，承诺年化收益率18%，骗取老年人钱款。',
  ],
  // a caution, an admission office's work, and a resit
  ['advertising', '我们不能保证每位考生都考上重点高中，但会尽力辅导。'],
  ['advertising', '确保录取工作公平公正。'],
  ['advertising', '本次考试未通过的考生，可于下月申请补考。'],
  // a figure's rank, an order, a title awarded
  ['advertising', '我县草莓产量连续五年全省第一。'],
  ['advertising', '我县是全国第一个有机草莓基地县。'],
  ['advertising', '该基地被评为全国第一的示范基地。'],
  // an office's own designation
  ['advertising', '中国人事考试网为本次考试唯一指定报名网站。'],
  ['advertising', '市第一中学为本次考试唯一指定考点。'],
  // staff using a public service, and the claim quoted in a warning
  ['advertising', '我局干部职工都在用“浙政钉”办公，提高了工作效率。'],
  ['advertising', '有商家打着“我局干部职工都在用”的旗号推销净水器，请勿轻信。'],
  // a sentence passed, and a citizen's words quoted
  ['opinion', '经审理，法院依法判处被告人死刑。'],
  ['opinion', '网友纷纷留言：“这种人就该枪毙！”'],
  // the group without a person, a name with 某, a word after the group
  ['privacy', '镇综治中心对辖区内严重精神障碍患者进行随访。'],
  ['privacy', '社区矫正对象孙某参加公益劳动。'],
  ['privacy', '县疾控中心开展艾滋病患者关怀，为感染者提供免费治疗。'],
  // a relative's plain circumstances, or a name with 某
  ['privacy', '对家中有吸毒人员的困难家庭，镇民政办将落实临时救助。'],
  ['privacy', '社区走访低保户李桂兰，其儿子在外务工，家中缺少劳动力。'],
  // dissatisfaction answered by appraisal alone, and a free choice
  ['coercion', '对群众评价不满意的事项，要认真整改，并追究相关人员责任。'],
  ['coercion', '回访时请如实评价，可选择“满意”或“不满意”。'],
  // a review of eligibility by the rule, and an exam's no-show
  ['coercion', '每年对低保对象开展一次复核，不符合条件的取消低保资格。'],
  ['coercion', '未按时参加体检的，取消其资格。'],
];

// 质监局 used as today's bureau, after round 57's 原-list exemption.
const STILL: Array<[Gate, string, string]> = [
  ['policy', '请到市质监局办理。', '质监局'],
  ['policy', '原市工商局负责登记，市质监局负责检验。', '质监局'],
];

/** A county health commission's article page, with one menu link's target. */
const page = (href: string) =>
  `<!DOCTYPE html><html><head><title>2024年家庭医生签约服务进展情况_青石市卫生健康委员会</title></head><body><nav><ul><li><a href="/">首页</a></li><li><a href="${href}">办事指南</a></li><li><a href="/jkkp/">健康科普</a></li></ul></nav><div class="content"><p>截至2024年12月底，全市共组建家庭医生团队612个。</p></div></body></html>`;

// A menu link to a host that spells a drug in pinyin with a throwaway name, and lawful hosts.
const DRUG_HOSTS = [
  'http://www.mi-yao888.com',
  'http://www.chunyao168.net',
  'https://cuiqing99.top/',
  'http://mihuanyao-88.com/',
  'http://www.yaotouwan666.cc',
  'https://www.tinghuashui.vip',
];
const LAWFUL_HOSTS = ['http://www.12371.cn/', 'https://wsjkw.hunan.gov.cn/'];

// A usage lesson quotes the wrong form after 写成 or 误写为, or calls it wrong: no slip of its own.
const LESSONS = [
  '【每日一词】类似易混淆的还有“再接再厉”不能写成“再接再励”，“一筹莫展”不能写成“一愁莫展”。',
  '不少人常把“一筹莫展”误写为“一愁莫展”。',
  '正确写法是“按部就班”，而不是“按步就班”。',
  '“迫不急待”是错误的写法，应为“迫不及待”。',
  '注意：“谈笑风生”不要写成“谈笑风声”。',
  '易错词：“美轮美奂”常被错写成“美仑美奂”。',
];
const SLIPS: Array<[string, RegExp]> = [
  ['开展“再接再励”主题活动。', /再接再励/],
  ['面对困难，他们一愁莫展。', /一愁莫展/],
];

describe('heldout-final57 families', () => {
  itReportsFamilies([...CATCHES, ...STILL], CLEAN);

  it.each(DRUG_HOSTS)('hijack reports a menu link to %s', (href) => {
    expect(reported('hijack', { html: page(href) }).length).toBeGreaterThan(0);
  });
  it.each(LAWFUL_HOSTS)('hijack stays quiet on a menu link to %s', (href) => {
    expect(reported('hijack', { html: page(href) })).toEqual([]);
  });

  describe('a wrong form cited as wrong in a usage lesson', () => {
    it.each(LESSONS)('leaves %s alone', (text) => {
      expect(textGateWarnings(text)).toEqual([]);
    });
    it.each(SLIPS)('still reports the slip in %s', (text, slip) => {
      expect(textGateWarnings(text).some((e) => slip.test(e))).toBe(true);
    });
  });
});
