// Rule families of the heldout-final56 round, each with wordings other than the set's: the people or
// firms of Hong Kong and Macao set beside China's (political); sales ranked first over a run of years,
// a school ranked the best of its place by its results or teachers (advertising); poppy shells dosed in
// a recipe, a guess on a match's score staked and paid at odds, a fee that guarantees an office's
// review, paid company and sexual services offered by their quoted names, a gambling host run into the
// Chinese after it, a minor's parent named with their workplace (legal); a lottery host spelt 6hc
// (hijack); a military site located after its name or counted by its weapons, a meeting's provisional
// leaning with its figure (confidentiality); a patient named with a stigmatised diagnosis and a victim
// of domestic or sexual violence named (privacy); people called 垃圾 (opinion); 健康 misspelt 建康
// (text) — and the false alarms of the round as near misses: a slip quoted in a correction notice
// (text), the last of a list of bodies whose duties were merged (policy), a ban on coercion read by the
// learned model (coercion) and a citizen's labelled words before the reply (opinion).
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../classifier/classify.ts';
import type { ClassifierModel } from '../classifier/model.ts';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import { learnedFindings } from './learned-findings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the people or firms of Hong Kong, Macao or Taiwan set beside China's
  [
    'political',
    '从客源结构看，香港、澳门游客与中国游客相比仍占比较小，但增速明显，同比增长超过40%。',
    '香港、澳门游客与中国游客',
  ],
  ['political', '台湾企业和中国企业在电子产业上各有优势。', '台湾企业和中国企业'],
  ['political', '中国游客与港澳台游客的消费习惯有所不同。', '中国游客与港澳台游客'],
  ['political', '本次夏令营共有香港学生和中国学生120名参加。', '香港学生和中国学生'],
  ['political', '澳门居民与中国居民在医保待遇上存在差异。', '澳门居民与中国居民'],
  ['political', '港澳客商同中国客商签约项目23个。', '港澳客商同中国客商'],
  // sales ranked first over a run of years
  [
    'advertising',
    '目前全县腐乳年产量达3万吨，销量连续五年稳居全国第一，产品远销东南亚等地。',
    '销量连续五年稳居全国第一',
  ],
  ['advertising', '该品牌空调销售额连年蝉联全省冠军，欢迎到店选购。', '销售额连年蝉联全省冠军'],
  ['advertising', '我们的大米市场占有率连续十年位居全市榜首。', '市场占有率连续十年位居全市榜首'],
  ['advertising', '这款黄酒销量多年雄踞华东地区第一。', '销量多年雄踞华东地区第一'],
  ['advertising', '本厂辣椒酱销售量连续三年保持同类产品第一。', '销售量连续三年保持同类产品第一'],
  ['advertising', '“老街”牌月饼销量已连续8年稳坐全城头名。', '销量已连续8年稳坐全城头名'],
  // a school ranked the best of its place by its results or teachers
  [
    'advertising',
    '新城外国语学校是全市升学率最高、师资最强的民办学校，2024年秋季招收初一新生300名。',
    '全市升学率最高、师资最强',
  ],
  ['advertising', '阳光培训学校，全县教学质量最好，暑期班火热报名中。', '全县教学质量最好'],
  ['advertising', '育才中学是全区重点率第一的学校，即日起接受报名。', '全区重点率第一'],
  [
    'advertising',
    '启航艺术学校拥有本市师资力量最强的教学团队，插班生名额有限。',
    '本市师资力量最强',
  ],
  ['advertising', '博雅书院是全省一本率最高的复读学校，学费优惠中。', '全省一本率最高'],
  ['advertising', '金桥幼儿园，全城教学水平领先，秋季招生火热进行中。', '全城教学水平领先'],
  // poppy shells dosed in a home recipe
  [
    'legal',
    '乡卫生院的老中医介绍了一个民间偏方：取罂粟壳5克、冰糖适量，煎水服用，每天一次，连服三天。',
    '罂粟壳5克、冰糖适量，煎水服用',
  ],
  ['legal', '偏方：罂粟壳三钱，红糖少许，水煎服。', '罂粟壳三钱，红糖少许，水煎服'],
  ['legal', '老人常用大烟壳2个、生姜3片，泡水喝，连喝一周。', '大烟壳2个、生姜3片，泡水喝'],
  ['legal', '御米壳10g，甘草5g，煎服，每日两次。', '御米壳10g，甘草5g，煎服'],
  ['legal', '取罂粟籽一两，与蜂蜜同煮，煮水后饮用。', '罂粟籽一两，与蜂蜜同煮，煮水后饮用'],
  ['legal', '罂粟壳半个，开水冲服，一日一次。', '罂粟壳半个，开水冲服'],
  // a guess on a match's result staked and paid at odds, the guess after what is guessed
  [
    'legal',
    '观赛期间可扫描现场二维码进入“赢球宝”参与比分竞猜，单注10元起，猜中最高1赔50，奖金当场兑现。',
    '比分竞猜，单注10元起，猜中最高1赔50',
  ],
  ['legal', '世界杯胜负竞猜，每注20元，猜对赔3倍。', '胜负竞猜，每注20元，猜对赔3倍'],
  ['legal', '村BA冠军预测开始啦，猜中1赔8。', '冠军预测开始啦，猜中1赔8'],
  ['legal', '欢迎参加总进球竞猜，单注5元，赔率1:6。', '总进球竞猜，单注5元，赔率1:6'],
  ['legal', '比赛结果押注，20元一注，猜对返3倍奖金。', '比赛结果押注，20元一注，猜对返3倍'],
  ['legal', '赛果竞猜现已开放，最高1赔30，现场兑奖。', '赛果竞猜现已开放，最高1赔30'],
  // money paid for an office's review to go one's way
  [
    'legal',
    '有意申请的村民请于本月20日前将申请书交到村委会。每户交500元“评审费”可保证通过评审。',
    '交500元“评审费”可保证通过',
  ],
  ['legal', '给村干部送1000元就能确保评上低保。', '送1000元就能确保评上'],
  ['legal', '缴纳2000元“服务费”，包批下来。', '缴纳2000元“服务费”，包批下来'],
  ['legal', '只要交3000块，保证能审核通过。', '交3000块，保证能审核通过'],
  ['legal', '每人交800元材料费即可确保入选贫困户。', '交800元材料费即可确保入选'],
  ['legal', '付“协调费”五千元，肯定能获批。', '付“协调费”五千元，肯定能获批'],
  // paid company and sexual services offered by their quoted names
  [
    'legal',
    '不少会所还提供“商务KTV陪侍”“上门按摩特殊服务”，让您的古城之夜不再寂寞。',
    '提供“商务KTV陪侍”',
  ],
  ['legal', 'KTV包厢提供“佳丽陪唱”，欢迎来玩。', '提供“佳丽陪唱”'],
  ['legal', '本会所可安排“贴心陪酒”，让您宾至如归。', '安排“贴心陪酒”'],
  ['legal', '足浴城推出“夜间特殊服务”，让您不再孤单。', '足浴城推出“夜间特殊服务”'],
  ['legal', '夜总会配有“模特陪侍”，包厢预订从速。', '配有“模特陪侍”'],
  ['legal', '桑拿中心还有“VIP特殊服务”，欢迎体验。', '桑拿中心还有“VIP特殊服务”'],
  // a gambling host run into the Chinese after it
  [
    'legal',
    '开幕式将进行网络直播，不方便到场的市民可登录www.hg0088-live.com观看高清直播。',
    'www.hg0088-live.com',
  ],
  ['legal', '比赛直播请访问www.bet365-88.com收看。', 'www.bet365-88.com'],
  ['legal', '开奖结果可查询www.lhc49-tk.com了解详情。', 'www.lhc49-tk.com'],
  ['legal', '精彩回放请登录https://hg8868.vip观看。', 'https://hg8868.vip'],
  ['legal', '更多资讯登录www.6hc-kj88.com查看。', 'www.6hc-kj88.com'],
  ['legal', '扫码或登录www.casino888.top参与互动。', 'www.casino888.top'],
  // a minor's parent named with their workplace and job
  [
    'legal',
    '一名9岁女童在放学途中遭到猥亵。被侵害女童小雨（化名）系城关小学四年级学生，其父亲为镇卫生院医生刘建国。',
    '其父亲为镇卫生院医生刘建国',
  ],
  [
    'legal',
    '涉案少年（15岁）因盗窃被刑事拘留，其母亲系县实验小学教师王丽。',
    '其母亲系县实验小学教师王丽',
  ],
  [
    'legal',
    '14岁男孩遭同学殴打致轻伤，其父为村委会主任张建华，案件正在侦办中。',
    '其父为村委会主任张建华',
  ],
  [
    'legal',
    '被害女童年仅8岁，其祖父是镇中学退休教师李德福。民警已将嫌疑人抓获。',
    '其祖父是镇中学退休教师李德福',
  ],
  [
    'legal',
    '16岁的嫌疑人因抢劫被抓获，其父亲为县医院护士陈伟，母亲为个体户。',
    '其父亲为县医院护士陈伟',
  ],
  [
    'legal',
    '一名13岁少女被拐骗，其母亲是城南超市员工赵丽娟，警方已立案侦查。',
    '其母亲是城南超市员工赵丽娟',
  ],
  // a military site located after its name, or counted by its weapons
  [
    'confidentiality',
    '研学团参观了营区荣誉室，还实地参观了某部雷达阵地，该阵地位于凤凰山主峰东侧约800米处，配备远程警戒雷达4部，24小时值班值守。',
    '该阵地位于凤凰山主峰东侧约800米处，配备远程警戒雷达4部',
  ],
  [
    'confidentiality',
    '学生们参观了驻军某部导弹营区，此营区设在县城北郊青龙山脚下。',
    '此营区设在县城北郊青龙山脚下',
  ],
  ['confidentiality', '县领导走访某部雷达站，该站部署远程雷达3部，常年值守。', '部署远程雷达3部'],
  [
    'confidentiality',
    '民兵参观了部队防空阵地，这处阵地坐落于大王山西侧山腰。',
    '这处阵地坐落于大王山西侧山腰',
  ],
  [
    'confidentiality',
    '慰问团来到驻军导弹基地，该基地建在水库以北5公里的山谷中，列装地空导弹12枚。',
    '该基地建在水库以北5公里的山谷中，列装地空导弹12枚',
  ],
  ['confidentiality', '某部高炮阵地官兵热情接待了我们，阵地上装备高炮6门。', '装备高炮6门'],
  // a meeting's provisional leaning told with its figure
  [
    'confidentiality',
    '据会议纪要（不对外公开），会议对征收补偿标准存在较大分歧，初步倾向每平方米下调200元，待县委常委会研究后再定。',
    '初步倾向每平方米下调200元',
  ],
  [
    'confidentiality',
    '常务会议研究了公交票价调整，多数倾向于将票价上调至3元，但尚未形成决定。',
    '多数倾向于将票价上调至3元',
  ],
  [
    'confidentiality',
    '会议初步意向是按每亩5万元补偿，报县政府审定后执行。',
    '初步意向是按每亩5万元',
  ],
  [
    'confidentiality',
    '班子会上倾向性意见是将物业费每平方米提高0.3元，待下次会议再议。',
    '倾向性意见是将物业费每平方米提高0.3元',
  ],
  [
    'confidentiality',
    '关于水价调整，会议总体倾向上调15%，存在分歧的部分另行研究。',
    '总体倾向上调15%',
  ],
  ['confidentiality', '对停车收费标准，会议初步倾向每小时2元，仅供内部掌握。', '初步倾向每小时2元'],
  // a patient named with a stigmatised diagnosis, the diagnosis first
  [
    'privacy',
    '县疾控中心为确诊艾滋病的东岭村村民赵建平送去米面油等生活物资。',
    '确诊艾滋病的东岭村村民赵建平',
  ],
  [
    'privacy',
    '县残联为患有精神分裂症的青石村村民李春花送去慰问金。',
    '患有精神分裂症的青石村村民李春花',
  ],
  ['privacy', '镇卫生院上门看望身患肺结核的居民周德明。', '身患肺结核的居民周德明'],
  ['privacy', '社区为感染了HIV的务工人员吴志强办理了救助。', '感染了HIV的务工人员吴志强'],
  ['privacy', '检出梅毒的职工孙丽华已被安排治疗。', '检出梅毒的职工孙丽华'],
  ['privacy', '确诊为乙肝的教师郑海燕仍坚守讲台。', '确诊为乙肝的教师郑海燕'],
  // a victim of domestic or sexual violence named
  [
    'privacy',
    '遭受丈夫家暴的城关镇居民胡晓燕已被安置到县救助管理站。',
    '遭受丈夫家暴的城关镇居民胡晓燕',
  ],
  [
    'privacy',
    '城关镇居民王秀英长期遭受丈夫家庭暴力，目前已获得人身安全保护令。',
    '居民王秀英长期遭受丈夫家庭暴力',
  ],
  ['privacy', '被拐卖的妇女杨春梅已被解救回家。', '被拐卖的妇女杨春梅'],
  ['privacy', '遭到猥亵的务工人员林小红得到法律援助。', '遭到猥亵的务工人员林小红'],
  ['privacy', '妇联走访了曾被丈夫虐待的村民何玉兰。', '曾被丈夫虐待的村民何玉兰'],
  ['privacy', '女子刘丽丽多次遭到前夫性骚扰，已向警方求助。', '女子刘丽丽多次遭到前夫性骚扰'],
  // people called 垃圾
  [
    'opinion',
    '近期，县交警大队查处酒驾12起、醉驾3起。对这些垃圾司机绝不手软，发现一起查处一起！',
    '垃圾司机',
  ],
  ['opinion', '这些垃圾商贩就该被赶走。', '垃圾商贩'],
  ['opinion', '乱停车的都是垃圾车主。', '垃圾车主'],
  ['opinion', '景区里的垃圾游客真让人头疼。', '垃圾游客'],
  ['opinion', '这种垃圾房东必须严惩。', '垃圾房东'],
  ['opinion', '对付这些垃圾家长就得硬气。', '垃圾家长'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  // Hong Kong and Macao set beside the mainland, or named as part of China
  ['political', '港澳游客与内地游客相比，人均消费更高。'],
  ['political', '香港游客与中国内地游客的比例约为1比9。'],
  ['political', '外国游客和港澳台游客共计3万人次。'],
  // output and growth, not a ranking of sales
  ['advertising', '我县脐橙产量连续五年稳居全国第一。'],
  ['advertising', '我县腐乳销量连续五年增长。'],
  // a school's results reported without an enrolment
  ['advertising', '据统计，全市升学率最高的学校为市一中。'],
  ['advertising', '我县今年中考成绩全市第一，县委县政府对教育系统予以表彰。'],
  // a recipe without poppies, and poppies in a warning
  ['legal', '取生姜5克、红枣3个，煎水服用。'],
  ['legal', '民警提醒：罂粟壳属毒品原植物，切勿取罂粟壳5克煎水服用。'],
  // a guess without a stake or odds
  ['legal', '欢迎参加冠军竞猜，猜中者可获得纪念球衣一件。'],
  ['legal', '比分竞猜活动免费参与，猜中比分奖励足球一个。'],
  // fees that guarantee nothing, and help that is no fee
  ['legal', '交纳押金500元，保证按时归还。'],
  ['legal', '政府给每户补贴2000元，确保纳入保障范围。'],
  // companionship and special services in a ban or an enforcement report
  ['legal', '公安机关依法查处提供“陪侍”服务的娱乐场所。'],
  ['legal', '对提供“特殊服务”的足浴店，警方将依法严厉打击。'],
  // an address run into the text that is no gambling host
  ['legal', '详情请登录www.hunan.gov.cn查询。'],
  ['legal', '比赛直播请访问www.cctv.com观看。'],
  // a parent named with no minor in a case, or a parent's job without a name
  ['legal', '一名12岁男孩被拐，其父亲为镇卫生院医生，警方已立案侦查。'],
  ['legal', '优秀教师王丽的母亲系县实验小学退休教师张华，母女两代坚守讲台。'],
  // a civil radar, and a military site told as a memorial
  ['confidentiality', '气象局新建多普勒天气雷达站，该站位于县城南山顶。'],
  ['confidentiality', '研学团参观了某部雷达阵地旧址，该阵地位于凤凰山。'],
  // a trade fair's intended deals, and a decision announced
  ['confidentiality', '本届农博会达成意向订单1.2亿元，待进一步洽谈后签约。'],
  ['confidentiality', '会议决定将水价每吨上调0.3元，自下月起正式实施。'],
  // the condition or the violence told without a name
  ['privacy', '确诊艾滋病的患者可到县疾控中心免费领取抗病毒药物。'],
  ['privacy', '遭受家暴的妇女可拨打12338妇女维权热线求助。'],
  ['privacy', '遭受家暴的居民胡某已被妥善安置。'],
  ['privacy', '被拐卖的妇女王秀英（化名）已被解救。'],
  ['privacy', '村民王建国被控虐待老人，已被警方传唤。'],
  // rubbish and the people who handle it
  ['opinion', '请村民将垃圾分类投放，垃圾车司机每天早上7点收运。'],
  ['opinion', '清扫垃圾村民志愿者20余人参加活动。'],
  // round 56's false alarm of the policy gate, and the last of other lists of merged bodies
  [
    'policy',
    '2018年，根据国务院机构改革方案，将国家工商行政管理总局、国家质量监督检验检疫总局、国家食品药品监督管理总局的职责进行整合，组建国家市场监督管理总局。',
  ],
  ['policy', '将国家卫生和计划生育委员会、国务院医改办的职责整合，组建国家卫生健康委员会。'],
  ['policy', '新农合职能已整体划转至医保部门。'],
  ['policy', '原环保局和国土资源局的职能予以整合，组建生态环境局。'],
  ['policy', '2018年国家质量监督检验检疫总局的职责一并划入国家市场监督管理总局。'],
  ['policy', '撤销县卫计委，其职责统一划转至县卫生健康局。'],
];

// A superseded body named as current, with no merger of its duties in its sentence, is still reported.
const STILL: Array<[Gate, string, string]> = [
  ['policy', '请登录国家食品药品监督管理总局网站查询。', '国家食品药品监督管理总局'],
  ['policy', '国家食品药品监督管理总局的职责是监管药品安全。', '国家食品药品监督管理总局'],
];

// 健康 misspelt 建康 where 建康 is no place and no name.
const MISSPELT: Misspelt[] = [
  ['10月12日，县卫生建康局组织医疗专家深入偏远山村开展义诊活动。', '卫生建康', '卫生健康'],
  ['请出示建康码后进入。', '建康码', '健康码'],
  ['祝您身体建康，万事如意。', '身体建康', '身体健康'],
  ['学校开展心理建康教育活动。', '心理建康', '心理健康'],
  ['长期熬夜容易导致亚建康。', '亚建康', '亚健康'],
  ['提升居民建康素养水平。', '建康素养', '健康素养'],
];
const SPELT_RIGHT = ['东晋定都建康，即今南京。', '县卫生健康局组织义诊。'];

// A slip quoted in a correction notice, and slips that nothing corrects.
const CORRECTIONS = [
  '【更正说明】本公众号9月3日推送的《我县举行秋季征兵欢送会》一文中，“再接再励”系编辑错误，正确写法应为“再接再厉”；“截止9月2日”应为“截至9月2日”。特此更正。',
  '文中“按排”有误，应为“安排”。',
  '将“既日起”更正为“即日起”。',
  '原文误写为“再接再励”，特此更正。',
  '昨日推送中“截止目前”应改为“截至目前”，特此致歉。',
  '“一如继往”为笔误，正确为“一如既往”。',
];
const UNCORRECTED = ['“再接再励，勇创佳绩”是我们的口号。', '全体干部要再接再励，再创佳绩。'];

/** Learned findings of one gate under a stub model that flags every sentence holding `cue`. */
function learnedSeverities(gate: Gate, cue: string, text: string): string[] {
  const model: ClassifierModel = {
    provenance: 'test',
    gates: [gate],
    ngram: { min: cue.length, max: cue.length },
    bias: [-1],
    thresholds: [0],
    weights: { [cue]: [5] },
  };
  return learnedFindings(createClassifier(model), model, text, [gate], []).map((f) => f.severity);
}

// The learned model on a ban of coercion (it informs) and on coercion itself (it still warns).
const BANS = [
  '【为基层减负】市委网信办明确要求：各地各部门不得强制群众下载政务APP、关注公众号，不得将点赞量、转发量、下载量作为考核指标，不得要求基层干部每天截图打卡“留痕”。',
  '各单位严禁强制职工下载注册APP，严禁将下载量纳入考核。',
  '不得要求村民每天转发点赞，不得以截图考核干部。',
  '整治形式主义：不准层层摊派下载任务，不许把关注量与评优挂钩。',
  '杜绝将打卡截图作为考核依据。',
  '不得强制学生家长关注公众号、下载APP。',
];
const COMPELS = [
  '各单位必须组织职工下载APP并截图上报，完成情况纳入考核。',
  '不得拖延，全体党员必须在周五前下载注册，未完成的通报批评。',
];
// The learned model on a citizen's labelled words before the reply (it informs), and on the reply's
// own salutation and words (it still warns).
const CITIZEN_LINES = [
  '网友：你们这些当官的都是吃干饭的！我家门口的排水沟堵了半个月都没人管！\n回复：您好，我们已将情况转交镇城建办。',
  '市民：你们都是吃干饭的吗？\n答复：您好，您反映的问题已转交相关部门。',
  '村民留言：这些干部都是吃干饭的！\n镇政府回复：您好，已安排专人处理。',
  '网友“老张”：物业都是吃干饭的！\n【回复】您好，我们已督促物业整改。',
  '家长：学校老师都是吃干饭的！\n回复：您好，教育局已介入调查。',
  '业主：开发商都是吃干饭的？\n官方回复：您好，住建局已约谈开发商。',
];
const ACCOUNT_LINES = [
  '网友“夜猫子”：你们都是吃干饭的，别再留言了。',
  '回复：说我们吃干饭的，请先看看自己。\n网友：好的。',
];

describe('heldout-final56 families', () => {
  itReportsFamilies([...CATCHES, ...STILL], CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  describe('a lottery host spelt 6hc linked from a page', () => {
    const page = (href: string) =>
      `<!DOCTYPE html><html><head><title>全民健身中心正式对外开放-石门县体育局</title></head><body><div class="content"><p>中心设有游泳馆、羽毛球馆。</p><p>相关链接：<a href="${href}" target="_blank">2024年全县体育场馆开放时间表</a></p></div></body></html>`;
    it.each([
      'https://www.6hc-kj88.com/',
      'https://6hc888.cc/',
      'http://www.6hc-49tk.net/',
      'https://m.6hc-zl.com/list',
      'https://www.6hckj.top/',
      'https://6hc-2024.vip/',
    ])('reports %s', (href) => {
      expect(reported('hijack', { html: page(href) }).length).toBeGreaterThan(0);
    });
    it.each(['https://www.56hc-tech.com/', 'https://www.hcwork6.com/'])(
      'leaves %s alone',
      (href) => {
        expect(reported('hijack', { html: page(href) })).toEqual([]);
      },
    );
  });

  describe('the text gate on a correction notice', () => {
    it.each(CORRECTIONS)('leaves the corrected slip alone in %s', (text) => {
      expect(textGateWarnings(text)).toEqual([]);
    });
    it.each(UNCORRECTED)('still reports the slip in %s', (text) => {
      expect(textGateWarnings(text).some((e) => e.includes('再接再励'))).toBe(true);
    });
  });

  describe('the learned coercion flag on a ban of coercion', () => {
    it.each(BANS)('informs in %s', (text) => {
      const flags = ['下载', '点赞', '截图', '关注'].flatMap((cue) =>
        learnedSeverities('coercion', cue, text),
      );
      expect(flags.length).toBeGreaterThan(0);
      expect(flags).not.toContain('warn');
    });
    it.each(COMPELS)('still warns in %s', (text) => {
      expect(learnedSeverities('coercion', '下载', text)).toContain('warn');
    });
  });

  describe('the learned opinion flag on a citizen’s labelled words', () => {
    it.each(CITIZEN_LINES)('informs in %s', (text) => {
      expect(learnedSeverities('opinion', '吃干饭', text)).toEqual(['info']);
    });
    it.each(ACCOUNT_LINES)('still warns in %s', (text) => {
      expect(learnedSeverities('opinion', '吃干饭', text)).toContain('warn');
    });
  });
});
