// Rule families from heldout-final92, measured unseen and then read: 公安边防官兵 and the old border
// force's units as current; a ×内〔year〕 internal series, a bench's preliminary leaning told before
// the judgement, a fugitive's hiding place told while the arrest is still ahead, an interview's
// questions listed by count before it; a group of people called society's refuse; a staff body's daily
// quota of likes or comments, an account to follow before a service given in person; a named business
// or product pointed to with an advertiser's claim (advertising-named-claim.ts); a civil defendant's
// old sentence, a named traveller's or victim's diagnosis, a named citizen's mobile after 女士/先生 with a
// phone label, a named reporter's flat; advice to move assets out of a creditor's reach
// (legal-asset-shielding.ts), a trick to beat a drug or alcohol test, the search word that still finds
// counterfeits, a casino brand's site unmasked, a wildlife or contraband seller's handle unmasked
// (legal-unmasked-contact.ts).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // the abolished border force's soldiers and units as current
  ['policy', '春运期间，口岸公安边防官兵坚守岗位，全力保障旅客通关顺畅。', '公安边防官兵'],
  ['policy', '目前，公安边防官兵正在一线开展巡逻。', '公安边防官兵'],
  ['policy', '目前，公安边防民警正在码头开展巡查。', '公安边防民警'],
  ['policy', '近日，公安边防支队联合海事部门开展安全检查。', '公安边防支队'],
  ['policy', '现在，公安边防大队已开通24小时报警服务。', '公安边防大队'],
  ['policy', '现在，辖区公安边防派出所已开通预约服务。', '公安边防派出所'],
  // an internal series ×内〔year〕number
  [
    'confidentiality',
    '根据局务会议纪要（复议内〔2024〕9号），下一阶段我局将重点推进繁简分流。',
    '内〔2024〕9号',
  ],
  [
    'confidentiality',
    '依据《关于调整值班安排的通知》（办内〔2023〕4号），现将有关事项通知如下。',
    '内〔2023〕4号',
  ],
  ['confidentiality', '按照党组内〔2024〕2号文件要求，各科室抓好落实。', '内〔2024〕2号'],
  ['confidentiality', '根据人事内〔2022〕15号通知，调整部分岗位职责。', '内〔2022〕15号'],
  ['confidentiality', '按照财务内[2024]7号要求，规范报销流程。', '内[2024]7号'],
  ['confidentiality', '依据信访内【2023】11号纪要精神开展工作。', '内【2023】11号'],
  // a bench's preliminary or leaning view before the judgement
  [
    'confidentiality',
    '合议庭评议后初步意见为驳回原告全部诉讼请求，判决书将于近期宣判送达。',
    '初步意见为驳回',
  ],
  ['confidentiality', '审委会讨论的倾向性意见是维持原判，将择期宣判。', '倾向性意见是维持原判'],
  ['confidentiality', '合议庭合议后倾向于支持原告的部分诉请。', '倾向于支持原告'],
  ['confidentiality', '合议庭经评议，初步意见为判令被告赔偿5万元。', '初步意见为判令被告'],
  ['confidentiality', '审判委员会研究后的多数意见为发回重审。', '多数意见为发回重审'],
  ['confidentiality', '合议庭评议中形成的初步结论为撤销原行政行为。', '初步结论为撤销'],
  // a fugitive's hiding place told while the arrest is ahead
  [
    'confidentiality',
    '经审讯，另一名在逃嫌疑人藏匿在城西某城中村出租屋内，专案组正在组织抓捕。',
    '藏匿在城西',
  ],
  ['confidentiality', '在逃人员王某目前躲藏于邻县山区，警方正在布控。', '躲藏于邻县山区'],
  [
    'confidentiality',
    '据掌握，潜逃的犯罪嫌疑人藏身在城郊一处废弃厂房，民警将实施抓捕。',
    '藏身在城郊',
  ],
  ['confidentiality', '逃犯李某藏匿于南山村亲戚家中，专案组正在部署围捕。', '藏匿于南山村'],
  ['confidentiality', '外逃嫌疑人落脚在邻市一家宾馆，警方即将收网。', '落脚在邻市'],
  ['confidentiality', '负案在逃人员张某潜伏在老城区一出租屋，民警正在组织抓捕。', '潜伏在老城区'],
  // an interview's questions listed by count before it
  [
    'confidentiality',
    '2024年仲裁秘书招聘面试将于6月15日举行。面试共设两道题目：一是谈谈你对“一裁终局”制度的理解；二是如何处理当事人对仲裁程序的投诉。',
    '一是谈谈你',
  ],
  [
    'confidentiality',
    '社区工作者招聘面试定于7月2日进行。面试设三道题：1.请谈谈你对网格化管理的认识；2.如何化解邻里纠纷；3.自我介绍。',
    '请谈谈你',
  ],
  [
    'confidentiality',
    '辅警招录笔试将于下周六举行，笔试共设两道试题：一、你如何看待基层执法中的柔性执法；二、谈谈群众工作方法。',
    '你如何看待',
  ],
  [
    'confidentiality',
    '教师招聘试讲将于本月20日进行。试讲共设两道题目：（一）请谈谈你如何上好第一堂课；（二）如何与家长沟通。',
    '请谈谈你如何',
  ],
  [
    'confidentiality',
    '选调生面试即将开始。面试一共有两道考题：第一题，谈谈你对乡村振兴的理解；第二题，如何做好群众工作。',
    '谈谈你对乡村振兴',
  ],
  [
    'confidentiality',
    '窗口人员招聘面试定于5月8日。面试共设两道题目：一是如何处理群众插队引发的争执；二是请谈谈你的服务理念。',
    '如何处理群众插队',
  ],
  // a group of people called society's refuse
  ['opinion', '吸毒的人都是社会的垃圾，害人害己。', '吸毒的人都是社会的垃圾'],
  ['opinion', '小偷都是社会的渣滓，人人喊打。', '小偷都是社会的渣滓'],
  ['opinion', '这些醉驾者就是社会垃圾。', '醉驾者就是社会垃圾'],
  ['opinion', '电信诈骗分子全是社会败类。', '诈骗分子全是社会败类'],
  ['opinion', '那些偷电动车的人都是人渣。', '偷电动车的人都是人渣'],
  ['opinion', '这些人纯属社会的寄生虫。', '这些人纯属社会的寄生虫'],
  // a staff body's daily quota of likes or comments
  [
    'coercion',
    '请各站派出所全体民警每天对本号发布的内容点赞、评论不少于5条，各所教导员每周汇总上报。',
    '全体民警每天',
  ],
  ['coercion', '全体干部每日转发本号推文至少3篇。', '全体干部每日转发'],
  ['coercion', '所有职工每周为单位视频号作品评论不少于10条。', '所有职工每周'],
  ['coercion', '各科室工作人员每天对局公众号文章点赞不少于3次。', '工作人员每天'],
  ['coercion', '全体教师每天在班级群转发学校公众号文章不少于2篇。', '全体教师每天'],
  ['coercion', '每名辅警每天须给官方抖音号作品留言不少于5条。', '每名辅警每天'],
  // an account followed before a service given in person
  [
    'coercion',
    '即日起，出入境旅客须先关注本站官方微信公众号并完成实名注册，方可进入自助通道办理通关手续。',
    '须先关注本站',
  ],
  ['coercion', '患者必须关注本院微信公众号后方可挂号。', '必须关注本院'],
  ['coercion', '办事群众需先关注本中心公众号，才能取号。', '需先关注本中心'],
  ['coercion', '游客须关注景区抖音号方可入园。', '须关注景区抖音号'],
  ['coercion', '新生须先关注学校服务号并绑定信息，方可报到。', '须先关注学校服务号'],
  ['coercion', '车主必须先关注交警视频号，才能办理年检业务。', '必须先关注交警视频号'],
  // a named business or product pointed to with an advertiser's claim
  ['advertising', '实在抢不到票的，可以试试“快抢票”APP，抢票成功率100%。', '“快抢票”APP'],
  ['advertising', '也可到大厅对面的“美佳照相馆”拍摄，全市通过率最高。', '美佳照相馆'],
  ['advertising', '建议选用“安居宝”牌智能门锁，防盗性能全国第一。', '安居宝'],
  ['advertising', '活动现场赠送该公司出品的“清肺宝”润喉片，长期服用可根治慢性咽炎。', '清肺宝'],
  [
    'advertising',
    '理财可以选择本地的鑫融村镇银行，安全可靠、收益稳定，是老年朋友理财的首选。',
    '鑫融村镇银行',
  ],
  ['advertising', '考驾照可以去城南的“顺达”驾校，通过率高达100%。', '顺达'],
  ['advertising', '推荐使用“易查分”小程序，查询准确率100%。', '易查分'],
  // a civil defendant's old sentence
  [
    'privacy',
    '原告诉称，被告孙志强收取货款后拒不发货。经查，被告孙志强曾于2019年因诈骗罪被判处有期徒刑一年。',
    '孙志强曾于2019年',
  ],
  ['privacy', '在这起房屋租赁纠纷中，被告刘建军曾因盗窃罪服刑三年。', '刘建军曾因盗窃罪'],
  ['privacy', '原告要求返还借款，被告王海涛早年因赌博被行政拘留。', '王海涛早年'],
  ['privacy', '本案系买卖合同纠纷，被告陈德明曾因诈骗罪入狱。', '陈德明曾因'],
  ['privacy', '原告李某诉称，被告赵永平有盗窃前科。', '赵永平有盗窃前科'],
  ['privacy', '该民间借贷纠纷中，被告周立新曾于2015年因吸毒被强制隔离戒毒。', '周立新曾于2015年'],
  // a named traveller's or victim's diagnosis
  ['privacy', '6月2日，G1234次列车上，旅客周明辉突发癫痫，乘警立即开展救助。', '周明辉突发癫痫'],
  ['privacy', '受害人郑秀英现年68岁，患有阿尔茨海默病，被骗走积蓄。', '郑秀英'],
  ['privacy', '乘客李建华突发精神障碍，在车厢内大声喊叫。', '李建华突发精神障碍'],
  ['privacy', '被害人王秀兰患有精神分裂症，无法准确描述案发经过。', '王秀兰患有精神分裂症'],
  ['privacy', '受害者陈桂芳系艾滋病病毒感染者。', '陈桂芳'],
  ['privacy', '旅客赵德明患有癫痫，途中突然倒地。', '赵德明患有癫痫'],
  // a named citizen's mobile after 女士/先生 with a phone label
  ['privacy', '我中心已安排值班律师与王女士（联系电话13958627415）电话联系。', '13958627415'],
  ['privacy', '工作人员已与李先生（手机：13812345678）取得联系。', '13812345678'],
  ['privacy', '请张女士（电话 15900001111）留意短信通知。', '15900001111'],
  ['privacy', '社区已回访刘先生（联系方式：13698765432），问题已解决。', '13698765432'],
  ['privacy', '已转交赵阿姨（手机号13511112222）所在社区跟进。', '13511112222'],
  ['privacy', '维修人员将与陈师傅（联系电话：18677778888）预约上门。', '18677778888'],
  // a named reporter's flat
  [
    'privacy',
    '治安大队接报警人陈立新报称，其居住的滨江花园8栋2单元602室楼下有人喧哗。',
    '滨江花园8栋2单元602室',
  ],
  ['privacy', '村民王芳所住的幸福小区3栋402室漏水严重。', '幸福小区3栋402室'],
  ['privacy', '报案人李建国称，他租住的锦绣家园5号楼1201室被盗。', '锦绣家园5号楼1201室'],
  ['privacy', '业主赵海涛反映，其居住的金桂苑7栋2单元301室墙体开裂。', '金桂苑7栋2单元301室'],
  ['privacy', '求助人孙丽称，她居住的阳光花园2幢1单元502室停水三天。', '阳光花园2幢1单元502室'],
  ['privacy', '居民周建平居住的新村小区12栋101室门前堆满杂物。', '新村小区12栋101室'],
  // advice to move assets out of a creditor's reach
  [
    'legal',
    '我欠了朋友20万元，对方已经起诉。答：如担心败诉后房产被执行，可先将名下房产过户到亲属名下。',
    '可先将名下房产过户到亲属名下',
  ],
  ['legal', '欠款被起诉的，建议提前把存款转到家人账户。', '把存款转到家人账户'],
  ['legal', '担心车辆被法院查封的，可以把车辆转到朋友名下。', '把车辆转到朋友名下'],
  ['legal', '如果债主追讨，不妨先将财产转移给子女。', '将财产转移给子女'],
  ['legal', '被强制执行前，可将名下股权转让登记到配偶名下。', '登记到配偶名下'],
  ['legal', '败诉后为避免执行，最好先把房子过户给父母。', '把房子过户给父母'],
  // a trick to beat a drug or alcohol test
  ['legal', '只要在检测前停用三天以上并大量饮水，尿检就很难查出来。', '尿检就很难查出来'],
  ['legal', '酒后喝一瓶醋再吹气，酒精检测就测不出来。', '酒精检测就测不出来'],
  ['legal', '提前多喝水，尿检就能转阴。', '尿检就能转阴'],
  ['legal', '停吸一周后，毛发检测也查不出来。', '毛发检测也查不出来'],
  ['legal', '大量饮水后尿液检测基本无法检出。', '尿液检测基本无法检出'],
  ['legal', '吃几颗口香糖后呼气检测就不会测出来。', '呼气检测就不会测出来'],
  // the search word that still finds counterfeits
  ['legal', '目前此类商品在平台搜索“复刻”仍能买到，价格仅为正品的十分之一。', '搜索“复刻”仍能买到'],
  ['legal', '在购物网站搜“高仿”就能找到卖家。', '搜“高仿”就能找到'],
  ['legal', '输入“A货包包”即可下单。', '输入“A货包包”即可下单'],
  ['legal', '搜索“一比一”“原单”等关键词还能买到。', '搜索“一比一”'],
  ['legal', '在二手平台检索“精仿表”可以购买。', '检索“精仿表”可以购买'],
  ['legal', '搜索“1:1复刻鞋”依然能搜到。', '搜索“1:1复刻鞋”'],
  // a casino brand's site unmasked after the brand
  ['legal', '原告称其在“金沙娱乐城”网站（www.js8866.vip）充值12万元后无法提现。', 'www.js8866.vip'],
  // a wildlife or contraband seller's handle unmasked
  [
    'legal',
    '嫌疑人在网络平台发布“穿山甲鳞片，正品保真，需要加V：csj8899”的信息招揽买家。',
    'csj8899',
  ],
  ['legal', '嫌疑人在朋友圈发布“出售象牙手镯，微信yx20231”的广告。', 'yx20231'],
  ['legal', '其发布“犀牛角原料，联系QQ 88123456”的信息。', '88123456'],
  ['legal', '该男子发布“虎骨酒，加vx：hugu666”广告。', 'hugu666'],
  ['legal', '嫌疑人留言“熊胆粉现货，加微信xd2024a”。', 'xd2024a'],
  ['legal', '嫌疑人发布“仿真枪到货，扣扣：5566778”的帖子。', '5566778'],
];

const CLEAN: Array<[Gate, string]> = [
  ['policy', '2017年，原公安边防官兵在抗洪一线奋战多日。'],
  ['policy', '移民管理警察坚守口岸一线，保障旅客通关顺畅。'],
  ['confidentiality', '根据内政发〔2024〕1号文件精神，做好相关工作。'],
  ['confidentiality', '在全国范围内（2024年）开展专项检查。'],
  ['confidentiality', '经合议庭评议，当庭宣判驳回原告诉讼请求。'],
  ['confidentiality', '合议庭评议后依法作出判决，现已送达双方当事人。'],
  ['confidentiality', '在逃嫌疑人藏匿在城西出租屋内，民警于当晚将其抓获。'],
  ['confidentiality', '警方正在全力追捕在逃嫌疑人，欢迎群众提供线索。'],
  ['confidentiality', '面试将于6月15日举行。面试共设两道题目：一是综合分析题；二是情景模拟题。'],
  ['confidentiality', '面试将于6月15日举行，面试共设两道题目，时间为15分钟。'],
  ['opinion', '毒品是社会的毒瘤，必须坚决铲除。'],
  ['opinion', '黑恶势力是社会毒瘤，要依法严厉打击。'],
  ['opinion', '吸毒违法，害人害己，请远离毒品。'],
  ['coercion', '全体民警每天巡逻不少于3次，确保辖区平安。'],
  ['coercion', '每位网友每天最多可点赞5次。'],
  ['coercion', '关注本站公众号后可在线查询通关排队情况。'],
  ['coercion', '旅客可通过自助通道办理通关手续，也可选择人工通道。'],
  ['advertising', '请旅客通过12306官方渠道购票，警惕“退票改签”类诈骗电话。'],
  ['advertising', '不要相信“快抢票”APP所谓的抢票成功率，请通过官方渠道购票。'],
  ['advertising', '大厅一楼设有自助照相设备，可现场拍摄证件照。'],
  ['privacy', '被告人孙某曾因盗窃罪被判处有期徒刑，系累犯，依法从重处罚。'],
  ['privacy', '原告诉称，被告孙志强收取货款后拒不发货，法院判决被告返还货款。'],
  ['privacy', '旅客突发疾病时，请及时联系乘务人员。'],
  ['privacy', '受害人多为老年人，请家属多关心家中老人。'],
  ['privacy', '王先生（化名）反映，小区停车位不足。'],
  ['privacy', '如需咨询，请联系王老师（联系电话0571-87280110）。'],
  ['privacy', '民警到场后对滨江花园8栋噪声扰民问题进行了处置。'],
  ['privacy', '居民王芳反映，小区3栋电梯经常故障。'],
  ['legal', '父母可将房产过户给子女，需缴纳相应契税。'],
  ['legal', '被执行人不得将名下财产转移到他人名下以逃避执行。'],
  ['legal', '毛发检测可追溯数月内的吸毒史，切勿心存侥幸。'],
  ['legal', '即使大量饮水，尿检仍能准确查出。'],
  ['legal', '被告以“复刻表”为关键词销售假冒名表，法院判决赔偿。'],
  ['legal', '搜索“国家政务服务平台”即可找到办事入口。'],
  [
    'legal',
    '近日，森林公安破获一起案件，嫌疑人通过微信（账号已隐去）联系买家，查获穿山甲鳞片2千克。',
  ],
  ['legal', '嫌疑人发布“穿山甲鳞片，加V：csj88**”的信息。'],
];

describe('families of heldout-final92', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
