// Rule families from heldout-final99, measured unseen and then read: wild animals recommended as food
// (尝尝野鸭、斑鸠这些正宗湿地野味); two contracts for one deal, the low one for the record (签一份低价合同
// 用于备案、另签一份实际价格的合同私下执行); a reader's question on growing poppies answered lightly (数量少、
// 自己吃的一般问题不大，只要不拿去卖就行); seedlings or breeding stock offered on a rate claimed whole
// (造林成活率100%…欢迎预订); a destination ranked first or beyond compare (全国第一观鸟胜地、无可替代的
// 候鸟天堂); people scorned as unable to manage the simplest thing (有些人连个表格都填不明白…真不知道平时
// 是怎么过日子的); a citizen sent back to school (建议这位网友先去读读小学); the account grumbling at its
// superiors (上面一拍脑袋，下面跑断腿); people of an accent or a region judged untrustworthy (河南口音的，
// 基本都不靠谱); classified survey data handed out for download (1∶2000矢量数据（涉密测绘成果），网盘下载
// 链接见评论区置顶); a matter told with its meeting's order that it stay in (会议要求此事暂不对外); a period
// document long ended cited as today's ground (本年度…继续按照《2018—2020年农机购置补贴实施指导意见》
// 执行); a named person's debts and an illness's cost (尚有农商银行贷款45万元未还清，去年因病支出医药费8万余元);
// and 汛 written 讯 in 防汛 and 汛期, 度 written 渡 in 度汛. Quiet again: a scam's lure quoted in a warning
// (声称“交钱可以走内部渠道加急办理不动产证”，这是诈骗).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // wild animals recommended as food
  [
    'legal',
    '周末到湿地公园观鸟的朋友，这份攻略请收好：南岸观鸟屋早上7时开放，可免费借用望远镜；东堤栈道适合拍摄白鹭、夜鹭。逛累了可以顺路到东岸的渔家乐，尝尝野鸭、斑鸠这些正宗湿地野味，最后别忘了在游客中心盖个纪念章。',
    '尝尝野鸭、斑鸠这些正宗湿地野味',
  ],
  [
    'legal',
    '来我们村的农家乐，一定要品尝一下野兔、山鸡，这可是店里的招牌菜。',
    '品尝一下野兔、山鸡',
  ],
  ['legal', '景区周边的山庄可以吃到正宗野味，欢迎游客前来。', '吃到正宗野味'],
  ['legal', '秋天到了，不妨约上三五好友，到山里的饭店炖一锅竹鼠，打打牙祭。', '炖一锅竹鼠'],
  ['legal', '这家农家乐的果子狸、獾子堪称一绝，来了必尝。', '果子狸、獾子堪称一绝'],
  [
    'legal',
    '本届美食节设立特色野味专区，供应穿山甲、果子狸等山珍，欢迎八方来客品尝。',
    '供应穿山甲、果子狸',
  ],
  // two contracts for one deal, the low one for the record
  [
    'legal',
    '【土地流转小贴士】签订土地经营权流转合同时，要写明流转面积、期限、价款及支付方式。为少交相关费用，双方也可以签一份低价合同用于备案、另签一份实际价格的合同私下执行。合同范本可到乡镇农经站领取。',
    '签一份低价合同用于备案、另签一份实际价格的合同',
  ],
  [
    'legal',
    '二手房交易时，买卖双方可以签一份低于实际成交价的合同去网签，再私下签一份真实价格的补充协议。',
    '签一份低于实际成交价的合同去网签',
  ],
  ['legal', '想少缴契税的话，建议签阴阳合同，备案的那份价格写低点。', '建议签阴阳合同'],
  ['legal', '网签合同上的价格可以写低一点，能少交不少税。', '合同上的价格可以写低一点'],
  [
    'legal',
    '双方先签一份实际价格的合同，同时再签一份低价合同用于过户。',
    '再签一份低价合同用于过户',
  ],
  ['legal', '租房合同里的租金可以报低一些，这样能省下不少税费。', '合同里的租金可以报低一些'],
  // a reader's question on growing drug crops answered lightly
  [
    'legal',
    '【答疑】有村民问，自家菜园里种几棵罂粟做火锅调料犯不犯法？中心农技人员答复：数量少、自己吃的一般问题不大，只要不拿去卖就行。另外提醒，春季是蔬菜育苗关键期，注意防范倒春寒。',
    '数量少、自己吃的一般问题不大，只要不拿去卖就行',
  ],
  [
    'legal',
    '网友问：院子里种两棵大麻自己用行不行？答：自己用的没事，不卖就行。',
    '自己用的没事，不卖就行',
  ],
  ['legal', '在自家院里种几株罂粟当观赏花，只要不拿出去卖就没事。', '只要不拿出去卖就没事'],
  [
    'legal',
    '有群众咨询：老家种了几棵罂粟花能不能留着？工作人员回复：观赏用的不要紧，别拿去卖就行。',
    '观赏用的不要紧，别拿去卖就行',
  ],
  [
    'legal',
    '问：种罂粟煮汤犯法吗？答：少量种植、不出售的话，一般没什么问题。',
    '少量种植、不出售的话，一般没什么问题',
  ],
  ['legal', '阳台上种了一棵大麻，不用于销售就不算违法。', '不用于销售就不算'],
  // seedlings, seeds or breeding stock offered on a rate claimed whole
  [
    'advertising',
    '【良种推介】我站培育的“湘林”系列油茶良种苗木，采用芽苗砧嫁接技术，苗木粗壮、根系发达，造林成活率100%，3年挂果、5年丰产。今秋起面向全省供苗，欢迎各造林单位和种植大户预订。',
    '成活率100%',
  ],
  ['advertising', '本基地杂交水稻种子发芽率百分之百，欢迎广大农户选购。', '发芽率百分之百'],
  ['advertising', '我场出售优质鸡苗，成活率达100%，每只3.5元。', '成活率达100%'],
  ['advertising', '新品种核桃嫁接苗，保证成活，挂果早，欢迎订购。', '保证成活'],
  ['advertising', '罗氏沼虾苗抗病力强，成活率高达100%，现货供应。', '成活率高达100%'],
  ['advertising', '我站供应的茶苗出苗率百分百，价格优惠。', '出苗率百分百'],
  // a destination ranked first or beyond compare
  [
    'advertising',
    '初冬时节，数万只候鸟陆续抵达湖区越冬，小天鹅、白琵鹭、东方白鹳等珍稀鸟类相继现身。这里是全国第一观鸟胜地、无可替代的候鸟天堂，欢迎广大市民文明观鸟。',
    '无可替代的候鸟天堂',
  ],
  ['advertising', '我县是华东第一赏樱胜地，每年三月游人如织。', '华东第一赏樱胜地'],
  ['advertising', '大坝下游是全省第一垂钓胜地，欢迎钓友前来。', '全省第一垂钓胜地'],
  ['advertising', '这里拥有独一无二的避暑胜地，夏季平均气温仅22℃。', '独一无二的避暑胜地'],
  ['advertising', '千岛湖堪称举世无双的度假天堂。', '举世无双的度假天堂'],
  ['advertising', '太湖湿地是无可比拟的观鸟胜地。', '无可比拟的观鸟胜地'],
  // people scorned as unable to manage the simplest thing
  [
    'opinion',
    '近期有不少农户到站里咨询土地流转备案，有些人连个表格都填不明白，一遍遍跑来问，真不知道平时是怎么过日子的。在此提醒大家，备案表填写示例已张贴在服务窗口。',
    '有些人连个表格都填不明白',
  ],
  [
    'opinion',
    '个别村民连这么简单的操作都学不会，还天天打电话来问。',
    '个别村民连这么简单的操作都学不会',
  ],
  ['opinion', '您连个名字都写不对，怎么能通过审核？', '您连个名字都写不对'],
  [
    'opinion',
    '有些家长连最基本的通知都看不明白，真不知道是怎么活到现在的。',
    '有些家长连最基本的通知都看不明白',
  ],
  ['opinion', '这些人连个验证码都输不对，也不知道平时怎么生活的。', '这些人连个验证码都输不对'],
  ['opinion', '办事群众也不少，真不知道怎么活到这么大的。', '真不知道怎么活到这么大的'],
  // a citizen sent back to school
  [
    'opinion',
    '【回复网友】关于“农机补贴为什么不能现场兑付”的问题，农机购置补贴实行先购后补，需要经过信息核验、公示等程序。建议这位网友先去读读小学，把政策文件看懂再来提问。',
    '这位网友先去读读小学',
  ],
  ['opinion', '您还是回去重读一下初中语文吧，文件写得清清楚楚。', '您还是回去重读一下初中语文吧'],
  ['opinion', '这位市民小学没毕业吧？公告都看不懂。', '小学没毕业吧'],
  ['opinion', '楼上这位网友，语文是体育老师教的吧？', '语文是体育老师教的'],
  ['opinion', '建议你先去补补小学语文，再来评论。', '你先去补补小学语文'],
  ['opinion', '该网友最好先去上个扫盲班，再来投诉。', '该网友最好先去上个扫盲班'],
  // the account grumbling at its superiors
  [
    'opinion',
    '今年秋防任务重、时间紧，全县要在10月底前完成重大动物疫病集中免疫。上面一拍脑袋，下面跑断腿，村级防疫员一个人要跑几千户，希望各乡镇给予支持配合。',
    '上面一拍脑袋，下面跑断腿',
  ],
  ['opinion', '领导动动嘴，基层跑断腿，这样的事情还少吗？', '领导动动嘴，基层跑断腿'],
  ['opinion', '上头一句话，我们忙半年。', '上头一句话，我们忙半年'],
  ['opinion', '上级又拍脑袋定任务，基层只能硬着头皮干。', '上级又拍脑袋'],
  ['opinion', '机关开个会，村干部就得跑断腿。', '机关开个会，村干部就得跑断腿'],
  ['opinion', '上面拍拍脑袋，底下累断腰。', '上面拍拍脑袋，底下累断腰'],
  // people of an accent or a region judged untrustworthy
  [
    'political',
    '【提醒】近期有外地人员开着小货车进村，以“高价收购中药材”为名，压价收购黄精、白及等药材，还有人使用假币。请广大种植户交易前核实对方身份，特别是河南口音的，基本都不靠谱，交易时务必当面清点货款。',
    '河南口音的，基本都不靠谱',
  ],
  ['political', '外地来的收购商大多靠不住，大家卖粮时要多长个心眼。', '外地来的收购商大多靠不住'],
  ['political', '东北籍客商十有八九是骗子，请村民注意。', '东北籍客商十有八九是骗子'],
  ['political', '温州人基本上都爱骗人，投资要谨慎。', '温州人基本上都爱骗人'],
  ['political', '外地人没一个好人，大家看好自家东西。', '外地人没一个好人'],
  ['political', '操四川口音的商贩都不老实，买东西要看好秤。', '操四川口音的商贩都不老实'],
  // classified survey data handed out for download
  [
    'confidentiality',
    '湿地保护红线勘界工作已基本完成。附件：市级湿地保护红线1∶2000矢量数据（涉密测绘成果），网盘下载链接见评论区置顶。各区县湿地保护部门请及时下载，做好日常管护。',
    '1∶2000矢量数据（涉密测绘成果），网盘',
  ],
  [
    'confidentiality',
    '全县1:500地形图数据已上传百度网盘，提取码见文末，各单位自行下载使用。',
    '1:500地形图数据已上传百度网盘',
  ],
  ['confidentiality', '为方便各乡镇开展工作，涉密地形图可扫码下载。', '涉密地形图可扫码'],
  [
    'confidentiality',
    '附件：涉密坐标数据（国家2000坐标系），请各村到评论区领取链接。',
    '涉密坐标数据',
  ],
  [
    'confidentiality',
    '我局已将1:10000土地利用现状矢量数据上传至群文件，请各所下载。',
    '1:10000土地利用现状矢量数据上传至群文件',
  ],
  [
    'confidentiality',
    '下载链接见评论区，内含全市涉密测绘成果。',
    '下载链接见评论区，内含全市涉密测绘成果',
  ],
  // a matter told with its meeting's order that it stay in
  [
    'confidentiality',
    '在昨天下午召开的局党组会议上，陈局长点名批评城关片区检疫申报率偏低，当场决定对两名官方兽医停岗检查，会议要求此事暂不对外。下一步，我所将加强检疫申报宣传，提高产地检疫申报率。',
    '会议要求此事暂不对外',
  ],
  [
    'confidentiality',
    '经党委会研究，拟对该村支书作免职处理，此事目前仅限内部掌握。',
    '此事目前仅限内部掌握',
  ],
  ['confidentiality', '会上明确，处理意见暂不外传，待纪委调查结束后再定。', '处理意见暂不外传'],
  ['confidentiality', '会议要求大家对处理结果严格保密，王某某已被停职。', '对处理结果严格保密'],
  ['confidentiality', '局长叮嘱，该决定先不对外，等上级批复后再公布。', '局长叮嘱，该决定先不对外'],
  ['confidentiality', '班子会决定撤换两名站长，讨论情况暂不向外透露。', '讨论情况暂不向外透露'],
  // a period document long ended cited as today's ground
  [
    'policy',
    '今年农机购置补贴申请已经开始。本年度补贴工作继续按照《2018—2020年农机购置补贴实施指导意见》执行，实行“自主购机、定额补贴、先购后补、县级结算、直补到卡（户）”方式。',
    '《2018—2020年农机购置补贴实施指导意见》',
  ],
  ['policy', '目前我县仍依据《“十三五”脱贫攻坚规划》开展帮扶工作。', '《“十三五”脱贫攻坚规划》'],
  [
    'policy',
    '今年，全市继续按照《农村人居环境整治三年行动方案（2018—2020年）》推进改厕工作。',
    '《农村人居环境整治三年行动方案（2018—2020年）》',
  ],
  [
    'policy',
    '现行补贴标准参照《2015—2017年农业机械购置补贴实施指导意见》执行。',
    '《2015—2017年农业机械购置补贴实施指导意见》',
  ],
  [
    'policy',
    '当前，各乡镇要严格依照《耕地质量保护提升行动计划（2017—2022年）》落实各项措施。',
    '《耕地质量保护提升行动计划（2017—2022年）》',
  ],
  [
    'policy',
    '我站目前执行的仍是《2016-2018年畜禽粪污资源化利用工作方案》的规定。',
    '《2016-2018年畜禽粪污资源化利用工作方案》',
  ],
  // a named person's debts and an illness's cost
  [
    'privacy',
    '中心技术人员走访种粮大户，了解耕地质量提升需求。种粮大户刘德胜家中目前尚有农商银行贷款45万元未还清，去年因病支出医药费8万余元，今年他流转耕地320亩，计划实施秸秆还田和测土配方施肥。',
    '尚有农商银行贷款45万元未还清',
  ],
  ['privacy', '村民王建国前些年办厂失败，至今还欠信用社贷款12万元。', '还欠信用社贷款12万元'],
  ['privacy', '养殖户陈国强因猪瘟损失惨重，欠下外债30余万元。', '欠下外债30余万元'],
  ['privacy', '低保户孙秀英去年因病花去医疗费6万多元，家庭生活困难。', '因病花去医疗费6万多元'],
  ['privacy', '职工李明华向银行借款20万元至今未还清。', '借款20万元至今未还清'],
  ['privacy', '村民张海涛负债40万元，妻子常年患病。', '负债40万元'],
];

const CLEAN: Array<[Gate, string]> = [
  // a named person's debts: an alias names no one
  ['privacy', '高二学生小礼（化名）称，一周欠下赌债80万元，被上线庄家上门追债。'],
  // game refused or reported; birds watched; farmed animals and wild plants eaten
  ['legal', '拒食野味，革除滥食野生动物陋习，从我做起。'],
  ['legal', '发现餐馆售卖野鸭、斑鸠等野味的，请拨打12345举报。'],
  ['legal', '观鸟屋里可以近距离观赏野鸭、斑鸠等鸟类。'],
  ['legal', '农家乐可以品尝人工养殖的山鸡和本地野菜。'],
  ['legal', '我站为受伤的野生动物提供救护，今年已收容野生动物救护个体120只。'],
  // contracts banned or punished, one contract in two copies
  ['legal', '严禁签订“阴阳合同”偷逃税费，一经查实将依法处理。'],
  ['legal', '某中介帮客户签低价合同用于备案、另签实际价格合同，被税务部门依法查处。'],
  ['legal', '合同一式两份，双方各执一份，一份用于备案。'],
  // the question answered with the ban
  [
    'legal',
    '有村民问，自家菜园里种几棵罂粟做调料犯不犯法？答复：种植罂粟属违法行为，数量少也不行，请立即铲除。',
  ],
  ['legal', '问：种罂粟犯法吗？答：犯法，不管卖不卖都违法。'],
  ['legal', '问：自家种的蔬菜拿去卖需要办证吗？答：少量自产自销问题不大。'],
  // an office's statistic, a rate not whole, planting advice
  ['advertising', '今年全县新造林面积3.2万亩，经检查验收，造林成活率达100%。'],
  ['advertising', '经抽检，全市种子质量合格率100%。'],
  ['advertising', '我站培育的苗木成活率高，欢迎预订。'],
  ['advertising', '林业站提醒：栽植后要及时浇足定根水，确保成活。'],
  // a habitat's worth, a batch of titles, a title awarded
  ['advertising', '湿地具有不可替代的生态功能，是候鸟不可替代的越冬栖息地。'],
  ['advertising', '我县入选全国第一批旅游度假区名单。'],
  ['advertising', '鄱阳湖被誉为“候鸟天堂”，每年有数十万只候鸟在此越冬。'],
  ['advertising', '我市荣获“全国最佳观鸟胜地”称号。'],
  // elders helped, a hard life told in sympathy
  ['opinion', '很多老人连智能手机都不会用，志愿者手把手教他们操作。'],
  ['opinion', '真不知道他们一家五口平时是怎么过日子的，二十平方米的房子里挤满了杂物。'],
  // a school named as a fact
  ['opinion', '适龄儿童可就近读小学，户籍不在本地的可申请积分入学。'],
  ['opinion', '他小学没毕业就外出务工，如今已是技术能手。'],
  // 拍脑袋 fought, cadres praised
  ['opinion', '要坚决杜绝拍脑袋决策，防止领导一拍脑袋就上马项目。'],
  ['opinion', '整治形式主义，力戒上面拍脑袋、下面跑断腿的现象。'],
  ['opinion', '基层干部跑断腿，为群众办实事。'],
  // a stereotype rejected, one suspect, a group praised
  ['political', '不能说河南人都不靠谱，这是典型的地域歧视。'],
  ['political', '一名操外地口音的男子冒充工作人员，实为骗子。'],
  ['political', '对方自称是河南的收购商，报价明显高于市场价，这样的说法不靠谱。'],
  ['political', '外地客商在我县投资兴业，诚信经营，口碑良好。'],
  // a ban, a case, data applied for by letter
  ['confidentiality', '严禁通过网盘、微信等传输涉密测绘成果，违者依法追究责任。'],
  ['confidentiality', '某单位工作人员将涉密地形图上传网盘，被依法处分。'],
  ['confidentiality', '全市1:2000地形图已更新完成，有需要的单位请持公函到市测绘院申领。'],
  // a privacy promise, a closed site, a ban of any leak
  ['confidentiality', '本单位承诺，您的个人信息不对外公开。'],
  ['confidentiality', '受疫情影响，博物馆暂不对外开放。'],
  ['confidentiality', '会议内容不得对外泄露，违者追究责任。'],
  ['confidentiality', '此事不对外收费，欢迎群众参与。'],
  // the document's own years, a review, the current edition, the old one replaced
  [
    'policy',
    '2019年，我县农机购置补贴按照《2018—2020年农机购置补贴实施指导意见》执行，共补贴机具2300台。',
  ],
  ['policy', '《2018—2020年农机购置补贴实施指导意见》实施以来，全县累计补贴资金1.2亿元。'],
  ['policy', '今年补贴工作按照《2024—2026年农机购置与应用补贴实施意见》执行。'],
  [
    'policy',
    '新一轮《2021—2023年农机购置补贴实施指导意见》已取代《2018—2020年农机购置补贴实施指导意见》。',
  ],
  // a loan granted, debts of no one, a masked name, a debt recovered, a court's list
  ['privacy', '村民王建国获得贴息贷款5万元，发展起了养殖业。'],
  ['privacy', '全县涉农贷款余额45亿元，同比增长12%。'],
  ['privacy', '村民王某尚有银行贷款10万元未还清。'],
  ['privacy', '法律援助中心帮助农民工李建国追回欠款3.5万元。'],
  ['privacy', '村民王建国还有5万元存款，生活无忧。'],
  ['privacy', '村民王建国欠款10万元拒不偿还，被法院列为失信被执行人。'],
  // quiet again after final99's false alarm: a scam's lure quoted in a warning
  [
    'confidentiality',
    '【提醒】近期有人冒充自然资源所工作人员，声称“交钱可以走内部渠道加急办理不动产证”，这是诈骗！本所各项业务均按法定程序办理，不存在任何“内部渠道”，不动产登记仅收取法定登记费（住宅每件80元）。如遇此类情况，请拨打110报警。',
  ],
  ['confidentiality', '所谓“内部消息：下月起房贷利率下调”纯属谣言，请勿轻信。'],
];

describe('families of heldout-final99', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 讯 in 防汛 and 汛期 as 汛, and 渡 in 度汛 as 度', () => {
    expect(textGateWarnings('镇防讯办提醒：本周三至周五我镇将有一次强降雨过程。')).toContain(
      '防讯',
    );
    expect(textGateWarnings('各地要落实防讯责任，确保群众生命安全。')).toContain('防讯');
    expect(textGateWarnings('进入讯期以来，全县共转移群众1200人。')).toContain('讯期');
    expect(textGateWarnings('请社员注意收听村广播，确保全村安全渡汛。')).toContain('渡汛');
    expect(textGateWarnings('各水库要做好渡汛准备。')).toContain('渡汛');
    expect(textGateWarnings('确保水库安全度汛，主汛期即将到来。')).toEqual([]);
    expect(textGateWarnings('通讯期间请保持手机畅通，审讯期间嫌疑人如实供述。')).toEqual([]);
    expect(textGateWarnings('市消防讯息平台已上线，从枯水期过渡汛期水位上涨。')).toEqual([]);
  });
});
