// Rule families from heldout-final95, measured unseen and then read: a route to Taiwan or Hong Kong
// called international, China and Hong Kong as a trip's two ends, a prefecture's bare name under
// another prefecture (九江市景德镇); force allowed to patrols and covered by their office, a private gas
// connection offered past the utility, drone flights offered in a no-fly zone; an office recommending a
// testing firm in its own voice, a property sold as the first of its place or sure to gain; a named
// person's relative's prison term; an exam's focus told before it is sat, as learnt from the setters;
// the bodies of the 2008 reform (交通部, 中国民用航空总局, 建设部) and superseded editions of standards
// (GB 50204-2002) cited as current; 渡过 for 度过 before a span of life, 侯 for 候 in waiting rooms and
// 联帮 for 联邦. Quiet: an issuer cited with its numbered document of the day (建设部令第157号).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a route to Hong Kong, Macao or Taiwan called international
  [
    'political',
    '冬春航季起，辖区机场新增3条往返大陆与台湾的国际航线，每周执行航班量增至18班。',
    '台湾的国际航线',
  ],
  ['political', '我市新开通飞往香港的国际航班，每周三班。', '香港的国际航班'],
  ['political', '机场开通至澳门国际航线，票价优惠。', '澳门国际航线'],
  ['political', '两岸直飞后，上海至台北的国际直航每日往返。', '台北的国际直航'],
  ['political', '本场今年新开往返港澳的国际航线两条。', '港澳的国际航线'],
  ['political', '大陆赴台湾国际包机顺利起飞。', '台湾国际包机'],
  // China and Hong Kong, Macao or Taiwan as a trip's two ends
  ['political', '从中国至香港的旅客请提前备好港澳通行证及有效签注。', '中国至香港'],
  ['political', '中国往返澳门的航班今日恢复。', '中国往返澳门'],
  ['political', '本次列车由中国开往香港，全程约一小时。', '中国开往香港'],
  ['political', '台湾飞往中国的旅客须持台胞证。', '台湾飞往中国'],
  ['political', '香港到中国的直通巴士暂停运营。', '香港到中国'],
  ['political', '澳门入境中国的旅客须如实申报。', '澳门入境中国'],
  // a prefecture's bare name under another prefecture
  ['political', '工程起点位于江西省九江市景德镇段，全长46公里。', '九江市景德镇'],
  ['political', '管线途经湖南省长沙市张家界段。', '长沙市张家界'],
  ['political', '事故发生在广东省广州市石家庄方向。', '广州市石家庄'],
  ['political', '本次巡查覆盖南京市连云港、淮安等地。', '南京市连云港'],
  ['political', '项目位于四川省成都市攀枝花境内。', '成都市攀枝花'],
  ['political', '江苏省苏州市景德镇一带出现降雨。', '苏州市景德镇'],
  // force allowed to patrols and covered by their office
  [
    'legal',
    '遇到拒不停船的采砂船，队员可直接登船扣押船员手机、强行拖走船只，必要时可以动手，出了事中心兜着。',
    '出了事中心兜着',
  ],
  ['legal', '对抗拒检查的商贩，出了事局里给你们兜着。', '出了事局里给你们兜着'],
  ['legal', '巡逻时遇到偷狗的，打伤了算我们的，出了事站里扛着。', '出了事站里扛着'],
  ['legal', '对不配合的摊贩，实在不行就动手。', '实在不行就动手'],
  ['legal', '遇到抗拒执法的，执法人员可以直接动粗。', '可以直接动粗'],
  ['legal', '对方不听劝阻的话，你们尽管动手，有什么事公司担着。', '有什么事公司担着'],
  // a private gas or water connection offered past the utility
  [
    'legal',
    '小区里有师傅可以上门私接天然气管道，不用走报装流程，不用等验收，两小时就能通气。',
    '上门私接天然气管道',
  ],
  ['legal', '需要改燃气管的可以找我们，帮您私改燃气管线，价格便宜。', '帮您私改燃气管线'],
  ['legal', '燃气开通不用报装、不用验收，师傅直接上门接。', '燃气开通不用报装'],
  ['legal', '我们提供私接自来水管服务，随叫随到。', '提供私接自来水'],
  ['legal', '天然气入户无需报装手续，当天就能用上。', '天然气入户无需报装手续'],
  ['legal', '师傅可上门私自接入燃气表，费用减半。', '上门私自接入燃气'],
  // drone flights offered in a no-fly zone
  ['legal', '我们推荐的飞手经验丰富，机场净空区、禁飞区也能帮您飞，价格实惠。', '禁飞区也能帮您飞'],
  ['legal', '本工作室承接航拍，禁飞区照样可以航拍。', '禁飞区照样可以航拍'],
  ['legal', '提供无人机破解禁飞服务，支持各型号。', '破解禁飞'],
  ['legal', '机场周边也能帮你飞，无需报备。', '机场周边也能帮你飞'],
  ['legal', '限飞区内照样能飞，私信下单。', '限飞区内照样能飞'],
  ['legal', '可帮您绕过无人机限高限制，飞得更高。', '绕过无人机限高'],
  // an office recommending a firm in its own voice
  [
    'advertising',
    '我站在此推荐诚信建设工程检测有限公司，资质齐全、出报告快，检测找他们最放心，联系电话：0551-65287730。',
    '推荐诚信建设工程检测有限公司',
  ],
  ['advertising', '我局特别推荐宏达测绘有限公司，出图快、价格实惠。', '推荐宏达测绘有限公司'],
  ['advertising', '本中心推荐安信保洁服务公司，服务周到，值得信赖。', '推荐安信保洁服务公司'],
  ['advertising', '我们推荐鑫源家电维修部，上门快，找他们准没错。', '推荐鑫源家电维修部'],
  ['advertising', '在此推荐大家选择金盾消防检测公司，出证及时、靠谱。', '金盾消防检测公司'],
  ['advertising', '郑重推荐恒信造价咨询有限公司，效率高，业主可以放心。', '恒信造价咨询有限公司'],
  // a property sold as the first of its place or sure to gain
  [
    'advertising',
    '沿线“云樾府”项目距站口仅50米，是名副其实的地铁上盖第一盘，升值潜力无可比拟，现推出特价房源。',
    '地铁上盖第一盘',
  ],
  ['advertising', '该楼盘堪称城南第一盘，欢迎品鉴。', '城南第一盘'],
  ['advertising', '湖景第一盘火热认筹中。', '湖景第一盘'],
  ['advertising', '学区房源稀缺，升值空间巨大。', '升值空间巨大'],
  ['advertising', '本项目商铺临街，投资回报有保障。', '投资回报有保障'],
  ['advertising', '精装公寓现房发售，只涨不跌。', '只涨不跌'],
  // a named person's relative's record
  [
    'privacy',
    '目前仍有东湖村张福生一户未签约。据了解，张福生儿子正在服刑，女儿离异后带孩子回娘家居住。',
    '张福生儿子正在服刑',
  ],
  ['privacy', '村民李国强家中困难，李国强的儿子因吸毒被强制隔离戒毒。', '李国强的儿子因吸毒'],
  ['privacy', '低保户王建军一家三口。王建军之子目前在押。', '王建军之子目前在押'],
  ['privacy', '村民赵德福丈夫早年曾因盗窃罪服刑三年。', '赵德福丈夫早年曾因盗窃罪服刑'],
  ['privacy', '帮扶对象孙秀英，孙秀英女儿曾因诈骗被判刑。', '孙秀英女儿曾因诈骗被判刑'],
  ['privacy', '居民周海涛家庭特殊，周海涛父亲有盗窃前科。', '周海涛父亲有盗窃前科'],
  // an exam's focus told before it is sat
  [
    'confidentiality',
    '全市建筑业职业技能竞赛理论考试将于本周六举行。协会从命题组获悉，本次理论试题重点为：一是模板支撑体系立杆间距计算；二是深基坑监测报警值判定。',
    '本次理论试题重点为',
  ],
  [
    'confidentiality',
    '全市安全员考试定于下周二举行，本次笔试考题主要内容是：高处作业防护、临时用电。',
    '考题主要内容是',
  ],
  [
    'confidentiality',
    '技能竞赛明天开赛，实操题目内容为：一、钢筋绑扎；二、模板安装。',
    '实操题目内容为',
  ],
  ['confidentiality', '招聘考试将于6月举行，本次试卷考点为行政法与公文写作两部分。', '试卷考点为'],
  [
    'confidentiality',
    '选拔考试即将开始，据悉试题重点是乡村振兴政策，请考生重点复习。',
    '试题重点是乡村振兴政策',
  ],
  ['confidentiality', '从出题老师那里得知，下周笔试作文会考“家乡的变化”。', '从出题老师那里得知'],
  // the bodies of the 2008 reform named as current
  ['policy', '近日，中国民用航空总局发布通知，要求加强客舱充电宝管理。', '中国民用航空总局'],
  ['policy', '按照交通部《内河航道维护技术规范》要求，中心启动维护性疏浚。', '交通部'],
  ['policy', '民航总局要求各航空公司做好春运保障。', '民航总局'],
  ['policy', '京珠高速下沉是经过交通部批准立项的重点工程。', '交通部'],
  ['policy', '建设部发布通知，要求各地加强施工安全管理。', '建设部'],
  ['policy', '国防科工委批复同意该项目立项。', '国防科工委'],
  // superseded editions of standards cited as current
  [
    'policy',
    '检查依据《混凝土结构工程施工质量验收规范》GB 50204-2002及相关地方标准，重点抽查了钢筋保护层厚度。',
    'GB 50204-2002',
  ],
  ['policy', '严格按照JGJ 59-99进行安全检查评分。', 'JGJ 59-99'],
  ['policy', '出厂水水质符合GB 5749-2006要求。', 'GB 5749-2006'],
  ['policy', '脚手架搭设应符合JGJ 130-2001的规定。', 'JGJ 130-2001'],
  ['policy', '工程质量验收执行GB50300-2001统一标准。', 'GB50300-2001'],
  ['policy', '防火间距须满足《建筑设计防火规范》GB 50016-2006。', 'GB 50016-2006'],
  // 渡过 for 度过 before a span of life
  ['text', '退休规划师周老在老城区的骑楼下渡过了整个童年。', '渡过'],
  ['text', '他在这里渡过了自己的青春岁月。', '渡过'],
  ['text', '老人在敬老院渡过了幸福的晚年。', '渡过'],
  ['text', '同学们渡过了一个难忘的暑假。', '渡过'],
  ['text', '她在老屋渡过了大半生。', '渡过'],
  ['text', '小朋友们在科技馆渡过了愉快的周末时光。', '渡过'],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '香港的国际航线网络覆盖全球220个目的地。'],
  ['political', '经香港转机的国际航班须预留足够的中转时间。'],
  ['political', '从中国内地至香港的旅客请备好港澳通行证。'],
  ['political', '中国银行香港分行今日开业，中国至东盟航线加密。'],
  ['political', '九江市庐山西海风景区游客增多。'],
  ['political', '青岛市景德镇路道路改造完工。'],
  ['legal', '必要时可以动手术治疗，请遵医嘱。'],
  ['legal', '出了问题由施工单位负责整改。'],
  ['legal', '严禁私接燃气管道，私接燃气管道引发爆炸的依法追责。'],
  ['legal', '燃气报装后由燃气公司上门安装，验收合格后通气。'],
  ['legal', '禁飞区内严禁飞行无人机，违者依法处理。'],
  ['legal', '在禁飞区飞行须依法申请空域并获得批准。'],
  ['advertising', '建议您联系有资质的检测机构，并核实其资质。'],
  ['advertising', '我站推荐各单位参加质量月活动。'],
  ['advertising', '该片区发展潜力巨大，将建设产业园区。'],
  ['advertising', '网球比赛第一盘比赛中，他以6比3取胜。'],
  ['privacy', '被告人张某某之子因吸毒被强制隔离戒毒。'],
  ['privacy', '关爱服刑人员子女，为他们送去学习用品。'],
  ['confidentiality', '本次考试范围为教材第一至第五章，题型为单选、多选。'],
  ['confidentiality', '考试结束后，命题组专家介绍，本次试题重点为安全管理。'],
  ['policy', '根据《城市生活垃圾管理办法》中华人民共和国建设部令第157号，落实收费。'],
  ['policy', '根据中华人民共和国建设部公告第310号《城镇环境卫生设施设置标准》执行。'],
  ['policy', '加拿大交通部已展开调查。'],
  ['policy', '现行标准为GB 50204-2015，原GB 50204-2002已废止。'],
  ['policy', '该楼2005年按GB 50204-2002验收合格。'],
  ['policy', '城市建设部署会议召开，住房和城乡建设部相关负责人出席。'],
  ['text', '全县上下齐心协力渡过了最艰难的岁月。'],
  ['text', '企业在帮扶下渡过难关，渡过长江后继续北上。'],
];

describe('families of heldout-final95', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 侯 written for 候 in waiting rooms and 联帮 for 联邦', () => {
    expect(textGateWarnings('为缓解侯机楼拥挤状况，机场增开了安检通道。')).toContain('侯机楼');
    expect(textGateWarnings('请旅客在侯船室等候。')).toContain('侯船室');
    expect(textGateWarnings('侯机大厅内设有充电设施。')).toContain('侯机大厅');
    expect(textGateWarnings('公交侯车亭完成改造。')).toContain('侯车');
    expect(textGateWarnings('该管道气源来自俄罗斯联帮东西伯利亚地区。')).toContain('俄罗斯联帮');
    expect(textGateWarnings('德国联帮议会通过法案。')).toContain('联帮议会');
    expect(textGateWarnings('侯先生在机场候机。')).toEqual([]);
    expect(textGateWarnings('俄罗斯联邦总统发表讲话。')).toEqual([]);
  });
});
