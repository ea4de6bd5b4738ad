// Rule families of the heldout-final74 round, with the misses of final71 and final72 that have a
// family, each with wordings other than the sets': 回教 for Islam, Hong Kong, Macao or Taiwan students
// called 留学生 (political); a pointer to more porn inside a warning post, blood splashed over a wall
// or a room, an event sold on wet bodies, films sent to a quoted site for free full viewing, a child
// victim of a sexual offence made known through a relative's full name (legal); a conditional second
// child of the old policy (policy); snipers and plain-clothes police counted or placed, a guard route
// or a leader's route told ahead, a nomination from a committee's deliberation and a cadre plan's
// draft, statistics cited from a report not yet released, a missile or ammunition site located by a
// distance (confidentiality); half-width brackets of a Chinese aside after a figure, 签定 for 签订
// (text); an office vouching for a named product or firm, a farm input's yield guaranteed
// (advertising); who-knows-better retorts, 政府不是慈善机构 brush-offs, the account belittling its own
// measure (opinion); a named resident's past prison or drug record, a candidate's exam ticket number,
// an informant named to the one reported, an old person's home told after 住 (privacy); an online
// gaming platform stuffed into a page title (hijack); and, kept quiet, a repost label (【转发】) beside
// safety advice (coercion).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // 回教 for Islam
  ['political', '各乡镇要尊重回教群众风俗习惯，做好节日期间的服务保障。', '回教'],
  ['political', '当地回教徒欢度节日。', '回教'],
  ['political', '信仰回教的少数民族群众。', '回教'],
  ['political', '这座回教寺院建于明代。', '回教'],
  ['political', '回教节日期间加强食品安全检查。', '回教'],
  // Hong Kong, Macao or Taiwan students called 留学生
  [
    'political',
    '我校2024年秋季学期共招收香港、澳门留学生及外国留学生326人，生源覆盖31个国家和地区。',
    '香港、澳门留学生',
  ],
  ['political', '台湾留学生来我校交流。', '台湾留学生'],
  ['political', '港澳台留学生奖学金评审结果公布。', '港澳台留学生'],
  ['political', '澳门留学生参加我校开学典礼。', '澳门留学生'],
  ['political', '学院现有香港籍留学生12名。', '香港籍留学生'],
  ['political', '港澳留学生座谈会在行政楼召开。', '港澳留学生'],
  // a pointer to more porn, inside a warning post
  [
    'legal',
    '暑假来临，镇关工委提醒各位家长加强对孩子的看护，严防溺水、触电等意外事故，合理安排孩子上网时间。看更多午夜福利视频，请搜索www.yy-av99.com。',
    '午夜福利视频',
  ],
  [
    'legal',
    '暑假来临，镇关工委提醒各位家长加强对孩子的看护，严防溺水、触电等意外事故，合理安排孩子上网时间。看更多午夜福利视频，请搜索www.yy-av99.com。',
    'www.yy-av99.com',
  ],
  [
    'legal',
    '夏季防溺水安全提示：请家长看管好孩子。观看完整版激情视频请访问www.sexy-88.com。',
    '激情视频',
  ],
  [
    'legal',
    '反诈提醒：不要轻信陌生来电。获取全部成人视频资源，点击进入www.av-123.net。',
    '成人视频',
  ],
  ['legal', '关爱未成年人成长，远离不良网站。想看更多福利视频，请搜索“午夜影院”。', '福利视频'],
  ['legal', '谨防网络赌博。下载更多无码视频请扫码进入', '无码'],
  // blood splashed over a wall or a room
  [
    'legal',
    '5日凌晨，犯罪嫌疑人张某因感情纠纷持刀闯入前女友住处，连砍十余刀，鲜血溅满整面墙，受害人当场死亡。',
    '鲜血溅满整面墙',
  ],
  ['legal', '伤者的血喷满了整个车厢。', '血喷满了整个车厢'],
  ['legal', '鲜血流满了整个地面，场面骇人。', '鲜血流满了整个地面'],
  ['legal', '男子倒地后血水淌满一地板。', '血水淌满一地板'],
  ['legal', '受害人的鲜血染满了床单。', '鲜血染满了床单'],
  ['legal', '被砍伤的店主血洒满了整间屋子。', '血洒满了整间屋子'],
  // an event sold on bodies
  [
    'legal',
    '泼水节狂欢开启，比基尼美女湿身大战，福利多多，7月20日县滨河广场不见不散。',
    '比基尼美女湿身',
  ],
  [
    'legal',
    '水上乐园夏夜狂欢节开幕，特邀网红团队带来“湿身美女”泳装秀，尺度大胆，成人专场每晚21点开演。',
    '泳装秀，尺度大胆',
  ],
  ['legal', '啤酒节现场辣妹热舞秀，等你来嗨。', '辣妹热舞秀'],
  ['legal', '夏日湿身派对本周六开启。', '湿身派对'],
  ['legal', '露天泳池举办比基尼走秀，尺度惊人。', '比基尼走秀，尺度惊人'],
  ['legal', '尺度大胆的内衣模特现场展示。', '尺度大胆的内衣'],
  // films sent to a quoted site for free full viewing
  [
    'legal',
    '【周末观影推荐】本周推荐影片《长津湖》《流浪地球2》，同学们可在“片库网”在线免费观看高清完整版，观后请撰写观后感。',
    '“片库网”在线免费观看',
  ],
  ['legal', '新片《热辣滚烫》可到“星空影院”免费观看完整版。', '“星空影院”免费观看完整版'],
  ['legal', '登录“七七影视”免费看全集。', '“七七影视”免费看全集'],
  ['legal', '上“大海资源站”在线免费播放蓝光版。', '“大海资源站”在线免费播放'],
  ['legal', '打开“飞速TV”免费观看无删减版。', '“飞速TV”免费观看无删减'],
  ['legal', '搜索“天天电影网”免费下载高清版。', '“天天电影网”免费下载高清'],
  // a conditional second child of the old policy
  [
    'policy',
    '生育政策问答：夫妻一方为独生子女的，可申请再生育一个孩子，符合条件的夫妻可到户籍所在地乡镇（街道）提交申请。',
    '夫妻一方为独生子女的，可申请再生育',
  ],
  ['policy', '双方均为独生子女的夫妻可以生育第二个子女。', '双方均为独生子女的夫妻可以生育第二个'],
  ['policy', '农村夫妻第一个孩子为女孩的，可再生育一个孩子。', '第一个孩子为女孩的，可再生育'],
  ['policy', '第一个子女为残疾儿的，夫妻可申请再生育。', '第一个子女为残疾儿的，夫妻可申请再生育'],
  ['policy', '男女双方都是独生子女的，允许生二胎。', '男女双方都是独生子女的，允许生二胎'],
  [
    'policy',
    '夫妻中有一方是独生子女的家庭，可以按政策生育第二个孩子。',
    '夫妻中有一方是独生子女的家庭，可以按政策生育第二个',
  ],
  ['policy', '一方为独生子女的夫妻，可申请再生育一个孩子。', '一方为独生子女的夫妻，可申请再生育'],
  // snipers and plain-clothes police counted or placed
  [
    'confidentiality',
    '马拉松赛事期间，公安机关还将在赛道沿线部署便衣警力45名，狙击手2组分别位于国贸大厦楼顶和锦江酒店8层，请市民提前规划出行路线。',
    '狙击手2组分别位于国贸大厦楼顶',
  ],
  [
    'confidentiality',
    '马拉松赛事期间，公安机关还将在赛道沿线部署便衣警力45名，请市民提前规划出行路线。',
    '便衣警力45名',
  ],
  [
    'confidentiality',
    '明日峰会安保工作部署：主会场设便衣民警18人，制高点狙击组2组，备用疏散通道为会展中心北侧3号门。',
    '制高点狙击组2组',
  ],
  [
    'confidentiality',
    '演唱会当晚，警方将在体育馆顶楼设置狙击点，另有便衣民警30名混入观众。',
    '体育馆顶楼设置狙击点',
  ],
  ['confidentiality', '开幕式现场东西两侧高楼各安排狙击手一名。', '安排狙击手一名'],
  [
    'confidentiality',
    '峰会期间，特警狙击小组3个部署在会展中心周边制高点。',
    '狙击小组3个部署在会展中心周边制高点',
  ],
  ['confidentiality', '国庆焰火晚会安保方案：江边观景台布置便衣警力60人。', '布置便衣警力60人'],
  ['confidentiality', '便衣队员将分散混在游客中，重点盯防主席台周边。', '便衣队员将分散混在游客中'],
  ['confidentiality', '届时狙击组将埋伏在市政府大楼楼顶。', '狙击组将埋伏在市政府大楼楼顶'],
  // a guard route, or a leader's route told ahead
  [
    'confidentiality',
    '明日9时，省长一行将从锦江宾馆出发，沿人民路、解放路、滨江大道抵达高新区调研企业生产经营情况。',
    '省长一行将从锦江宾馆出发，沿人民路、解放路、滨江大道抵达',
  ],
  [
    'confidentiality',
    '【交通提示】明日省领导来我县调研，警卫路线为：9时10分从县委招待所出发，经人民路、建设路至高新园区，11时30分原路返回。',
    '警卫路线为：9时10分从县委招待所出发',
  ],
  [
    'confidentiality',
    '后天上午，市委书记将从市委大院出发，经中山路、和平大街前往新区项目工地。',
    '市委书记将从市委大院出发，经中山路、和平大街前往',
  ],
  [
    'confidentiality',
    '外宾车队定于今晚8时由国宾馆出发，途经迎宾大道、长江大桥至会展中心。',
    '外宾车队定于今晚8时由国宾馆出发',
  ],
  [
    'confidentiality',
    '本次警卫任务行车路线：迎宾馆—建设大道—人民路—市体育中心。',
    '警卫任务行车路线：迎宾馆—建设大道',
  ],
  [
    'confidentiality',
    '次日上午代表团计划从酒店出发，沿滨湖大道抵达科技园参观。',
    '代表团计划从酒店出发，沿滨湖大道抵达',
  ],
  [
    'confidentiality',
    '县长一行明天将经由环城路、工业大道到达经开区检查安全生产。',
    '县长一行明天将经由环城路',
  ],
  [
    'confidentiality',
    '安保路线确定为从机场出发，经机场高速、迎宾大道至市区。',
    '安保路线确定为从机场出发',
  ],
  // a nomination from a committee's deliberation, a cadre plan's draft
  [
    'confidentiality',
    '【人事动态】据了解，县文旅广体局局长人选目前正在组织考察中，经县委常委会初步酝酿，拟由李建国同志担任，正式任命待公示后下发。',
    '经县委常委会初步酝酿',
  ],
  ['confidentiality', '经局党组研究，拟推荐王志强同志任办公室主任。', '拟推荐王志强同志任'],
  ['confidentiality', '书记专题会议酝酿后，拟安排赵强同志接任镇长。', '拟安排赵强同志接任'],
  ['confidentiality', '据悉，经镇党委会讨论，拟由陈伟出任村支部书记。', '拟由陈伟出任'],
  ['confidentiality', '市委组织部初步考察，拟提名刘洋为区长候选人。', '拟提名刘洋为'],
  [
    'confidentiality',
    '据县委组织部干部调整方案（讨论稿），拟提名张某某同志为城关镇党委书记人选，正式任前公示前请勿扩散。',
    '干部调整方案（讨论稿）',
  ],
  [
    'confidentiality',
    '县直部门班子调整名单（征求意见稿）已下发各单位。',
    '班子调整名单（征求意见稿）',
  ],
  ['confidentiality', '乡镇领导班子调整人选（初稿）已报县委。', '班子调整人选（初稿）'],
  // half-width brackets of a Chinese aside after a figure
  [
    'text',
    '【门诊时间调整】自10月8日起，我院门诊时间调整为8:00—12:00、14:00—17:30(法定节假日除外)，请患者合理安排就诊时间。',
    '(',
  ],
  ['text', '办理时间：9:00-17:00(节假日除外)。', ')'],
  ['text', '窗口受理时间为每周一至周五9:00—17:00(节假日顺延)，请合理安排。', '('],
  ['text', '报名截止时间为6月30日17:00(以邮戳为准)。', '('],
  ['text', '调整为每日8:30-12:00(周末休息)，请相互转告。', ')'],
  ['text', '开放时间为上午9时至下午5时，每周一10:00(闭馆维护)。', '('],
  // an office vouching for a named product or firm
  [
    'advertising',
    '近日，“康源”牌灵芝孢子粉经县卫健委认证，安全有效，可增强免疫力，适合中老年人长期服用。',
    '经县卫健委认证',
  ],
  [
    'advertising',
    '为保障春耕生产，县农业农村局与“丰收”农资有限公司开展合作，指定该公司复合肥为全县推荐用肥，质量有保障。',
    '指定该公司复合肥为全县推荐用肥',
  ],
  [
    'advertising',
    '近期，县市场监管局对辖区家装企业开展质量检查。经实地考察，鑫家园装饰公司是我局推荐的放心装修企业，市民可放心选择。',
    '我局推荐的放心装修企业',
  ],
  [
    'advertising',
    '“绿叶”牌降压茶通过市食品药品监督管理局认证，效果显著。',
    '通过市食品药品监督管理局认证',
  ],
  ['advertising', '金丰牌有机肥获得县农业农村局推荐，农户可放心使用。', '获得县农业农村局推荐'],
  ['advertising', '“清泉”牌净水器经省疾控中心认定，放心饮用，适合家庭使用。', '经省疾控中心认定'],
  ['advertising', '宏达建材是本局推荐的诚信商家，居民可放心选购。', '本局推荐的诚信商家'],
  ['advertising', '我中心推荐的优质种子已到货，农户可到各站点购买。', '我中心推荐的优质种子'],
  ['advertising', '县教育局指定“博学”牌校服为全县统一校服。', '指定“博学”牌校服为全县统一校服'],
  ['advertising', '区住建局指定该企业防水材料为全区推荐产品。', '指定该企业防水材料为全区推荐产品'],
  // a farm input's yield guaranteed
  [
    'advertising',
    '县农技推广中心提醒：秋播季节，使用本中心推荐的丰收牌复合肥，保证增产三成以上。',
    '保证增产三成以上',
  ],
  ['advertising', '施用这款叶面肥，确保每亩增产200斤以上。', '确保每亩增产200斤以上'],
  ['advertising', '选用金穗牌杂交稻种，保证亩产提高两成。', '保证亩产提高两成'],
  ['advertising', '购买我们的有机肥，包增收30%以上。', '包增收30%以上'],
  ['advertising', '喷施该菌剂后承诺增产一倍以上。', '承诺增产一倍以上'],
  ['advertising', '使用本品后保证增产15%。', '保证增产15%'],
  // who knows better, put to the citizen
  [
    'opinion',
    '关于您咨询的灵活就业人员社保补贴问题，我们已在上次回复中说明。你是懂政策还是我们懂政策？请按规定准备材料到窗口办理。',
    '你是懂政策还是我们懂',
  ],
  ['opinion', '是你懂还是我们懂？按规定办就行。', '是你懂还是我们懂'],
  ['opinion', '你比我们还懂法律吗？', '你比我们还懂法律吗'],
  ['opinion', '难道您比专家更懂吗？', '您比专家更懂吗'],
  ['opinion', '您到底是了解情况还是我们了解情况？', '您到底是了解情况还是我们了解'],
  ['opinion', '你们是熟悉规定还是工作人员熟悉规定？', '你们是熟悉规定还是工作人员熟悉'],
  // the government said to owe the asker nothing
  [
    'opinion',
    '关于部分村民要求政府出资修缮私人房屋的诉求，镇里在此统一回复：政府不是慈善机构，不要什么事都来找政府。',
    '政府不是慈善机构',
  ],
  ['opinion', '我们又不是提款机，不可能有求必应。', '我们又不是提款机'],
  ['opinion', '村里也不是保姆，自己的事自己办。', '村里也不是保姆'],
  ['opinion', '单位可不是慈善堂。', '单位可不是慈善堂'],
  ['opinion', '我们不是你家的保姆。', '我们不是你家的保姆'],
  ['opinion', '社区又不是救济站，请自行解决。', '社区又不是救济站'],
  // the account belittling its own measure
  [
    'opinion',
    '【政策速递】今年起，60岁以上老人可申请居家适老化改造补贴，每户最高5000元。小编个人觉得这个补贴其实没什么用，不过大家还是可以申请一下。',
    '其实没什么用',
  ],
  ['opinion', '这项政策说白了就是走个过场。', '这项政策说白了就是走个过场'],
  ['opinion', '该活动基本上是个摆设。', '该活动基本上是个摆设'],
  ['opinion', '这些补助其实作用不大，申不申请都行。', '这些补助其实作用不大'],
  ['opinion', '这个项目根本没啥用。', '这个项目根本没啥用'],
  ['opinion', '这类服务真的可有可无。', '这类服务真的可有可无'],
  ['opinion', '这种改造不过是走过场。', '这种改造不过是走过场'],
  // a named resident's past prison or drug record
  [
    'privacy',
    '镇司法所近日对辖区刑满释放人员开展帮扶回访，其中南岗村村民何文斌曾因盗窃罪服刑三年，现已在镇内企业稳定就业。',
    '村民何文斌曾因盗窃罪服刑三年',
  ],
  [
    'privacy',
    '社区工作人员走访居民刘建军，刘建军早年因吸毒被强制隔离戒毒，如今已戒断多年。',
    '刘建军早年因吸毒被强制隔离戒毒',
  ],
  ['privacy', '回访中了解到，职工赵永平有盗窃前科，目前表现良好。', '职工赵永平有盗窃前科'],
  ['privacy', '青年孙立新出狱后回乡养鸡，年收入超过十万元。', '孙立新出狱后'],
  [
    'privacy',
    '低保户周德明此前因故意伤害被判处有期徒刑两年，其家庭生活困难。',
    '周德明此前因故意伤害被判处有期徒刑两年',
  ],
  [
    'privacy',
    '经核实，村民黄志刚曾因赌博被行政拘留，村委会已对其进行教育。',
    '黄志刚曾因赌博被行政拘留',
  ],
  ['privacy', '看望村民李国华，他多年前因盗窃坐牢。', '李国华，他多年前因盗窃坐牢'],
  // a candidate's exam ticket or student number
  [
    'privacy',
    '祝贺县一中2025届学生王梓涵（准考证号2451010203）被清华大学录取！',
    '准考证号2451010203',
  ],
  ['privacy', '学生赵雨（学籍号G510104201003151234）获得省三好学生。', '学籍号G510104201003151234'],
  ['privacy', '恭喜张晓雯同学，准考证号：1024305678，被北京大学录取。', '准考证号：1024305678'],
  ['privacy', '热烈祝贺陈浩（考籍号310101200012）顺利通过自学考试。', '考籍号310101200012'],
  ['privacy', '王强同学的考生号为25440301123456，现已被录取。', '考生号为25440301123456'],
  ['privacy', '喜报：我校学子刘畅（准考证号：0312456789）被复旦大学录取。', '准考证号：0312456789'],
  // an informant named to the one reported
  [
    'privacy',
    '您好！经核查，您反映的“违规养殖被处罚不公”问题，系本村村民陈国强于6月3日向镇政府举报，镇政府已依法处理。',
    '本村村民陈国强',
  ],
  ['privacy', '该线索由居民张建华实名举报。', '由居民张建华实名举报'],
  ['privacy', '此事系你的邻居王建军向县环保局投诉。', '系你的邻居王建军向县环保局投诉'],
  ['privacy', '该问题是同事孙立平于上月向纪委检举。', '是同事孙立平于上月向纪委检举'],
  ['privacy', '经查，举报人为邻居刘红梅，反映情况属实。', '举报人为邻居刘红梅'],
  ['privacy', '检举人是职工赵丽，已对其信息予以保密。', '检举人是职工赵丽'],
  // an old person's home told after 住
  [
    'privacy',
    '重阳节前，社区志愿者看望了独居老人李奶奶。李奶奶住枫林路88号，子女常年在外地工作，平时一个人生活。',
    '枫林路88号',
  ],
  ['privacy', '王大爷住幸福里小区5栋302室，行动不便。', '幸福里小区5栋302室'],
  ['privacy', '独居的张婆婆住建设路16号院。', '建设路16号院'],
  ['privacy', '陈阿姨住人民街23号，丈夫常年卧病。', '人民街23号'],
  ['privacy', '刘爷爷住东风村3组17号，是低保户。', '东风村3组17号'],
  ['privacy', '赵大娘住滨江花园3号楼1单元502室。', '滨江花园3号楼1单元502室'],
  // a child victim made known through a relative's full name
  [
    'legal',
    '县人民法院对一起猥亵儿童案作出一审判决。被告人李某多次猥亵同村8岁女童。案发后，女童父亲王建国向公安机关报案。',
    '女童父亲王建国',
  ],
  [
    'legal',
    '被告人张某强奸幼女一案宣判，被害女童的母亲刘秀英在庭审后表示感谢。',
    '被害女童的母亲刘秀英',
  ],
  ['legal', '受害男孩的爷爷陈德福发现孩子被猥亵后报警。', '受害男孩的爷爷陈德福'],
  ['legal', '该女生家长赵建军到派出所报案，嫌疑人因猥亵被刑拘。', '该女生家长赵建军'],
  ['legal', '孩子的妈妈周丽娟得知女儿遭性侵后立即报警。', '孩子的妈妈周丽娟'],
  ['legal', '被害女童的监护人孙志刚，在得知女童遭性侵后报警。', '被害女童的监护人孙志刚'],
  // statistics cited from a report not yet released
  [
    'confidentiality',
    '【经济快讯】据尚未对外发布的统计快报，我县一季度地区生产总值增速为3.1%，低于全市平均水平1.8个百分点。',
    '尚未对外发布的统计快报',
  ],
  [
    'confidentiality',
    '根据尚未公布的统计月报，全市规模以上工业增加值同比增长4.2%。',
    '尚未公布的统计月报',
  ],
  [
    'confidentiality',
    '未经统计局正式发布的季报显示，社会消费品零售总额增长6.8%。',
    '未经统计局正式发布的季报',
  ],
  ['confidentiality', '暂未公开的内部报表显示，固定资产投资下降3.5%。', '暂未公开的内部报表'],
  ['confidentiality', '据尚未发布的统计简报，一般公共预算收入增长2.1%。', '尚未发布的统计简报'],
  // a missile or ammunition site located by a distance
  [
    'confidentiality',
    '航拍我们美丽的家乡！镇北2公里的山头上就是驻地部队导弹营营区，风景超美～',
    '驻地部队导弹营',
  ],
  ['confidentiality', '村西3公里的山沟里有部队弹药库。', '部队弹药库'],
  ['confidentiality', '小区往南500米处是某部导弹阵地。', '某部导弹阵地'],
  ['confidentiality', '景区以北2千米的山谷中驻扎着部队导弹营。', '部队导弹营'],
  ['confidentiality', '出城800米外便是驻军雷达站。', '驻军雷达站'],
  // a real demand beside a repost label still reported
  ['coercion', '【转发】请各位家长务必转发到班级群，截图上报，纳入考核。', '务必转发到班级群'],
  ['coercion', '请家长务必转发本文到家长群，转发情况纳入班级考核。', '务必转发本文到家长群'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '学生返回教室上课。'],
  ['political', '放学后他回教室拿书包。'],
  ['political', '局长回教育局汇报工作。'],
  ['political', '下课后老师回教研室备课。'],
  ['political', '我校共有港澳台学生及外国留学生326人。'],
  ['political', '不少香港留学生在英国求学。'],
  ['political', '赴美国的台湾留学生人数下降。'],
  ['legal', '看更多防溺水知识，请搜索“平安校园”公众号。'],
  ['legal', '警方提醒：网上所谓“看更多福利视频请搜索某网址”的广告多为诈骗，切勿点击。'],
  ['legal', '先烈的热血洒满了这片土地。'],
  ['legal', '无偿献血满20次可获荣誉证书。'],
  ['legal', '泼水节期间，游客请穿雨衣防止湿身。'],
  ['legal', '游泳馆提供泳装租赁服务。'],
  ['legal', '网络执法部门依法查处以“湿身美女”为噱头的低俗营销。'],
  ['legal', '可在“央视频”在线免费观看高清完整版。'],
  ['legal', '可在腾讯视频免费观看完整版。'],
  ['legal', '国家中小学智慧教育平台可免费观看课程。'],
  ['policy', '2014年起，我省实施夫妻一方为独生子女的可生育第二个孩子的政策。'],
  ['policy', '过去，夫妻一方为独生子女的，可申请再生育一个孩子。'],
  ['policy', '独生子女父母奖励扶助金每人每月发放80元。'],
  ['policy', '夫妻一方为独生子女的，护理假增加5天。'],
  ['confidentiality', '市公安局特警支队举行狙击手射击比赛。'],
  ['confidentiality', '电影《狙击手》讲述了志愿军神枪手的故事。'],
  ['confidentiality', '今年以来共出动便衣警力1200人次，抓获扒窃嫌疑人56名。'],
  ['confidentiality', '便衣民警在地铁站当场抓获一名扒手。'],
  ['confidentiality', '活动期间将增派巡逻警力，保障群众安全。'],
  ['confidentiality', '特警支队组织狙击手开展夜间射击训练，10名队员参训。'],
  [
    'confidentiality',
    '明日9时至11时，因马拉松比赛，人民路、解放路、滨江大道实施临时交通管制，请绕行。',
  ],
  ['confidentiality', '昨日，省长一行从锦江宾馆出发，沿人民路抵达高新区调研。'],
  ['confidentiality', '省长将于明日到高新区调研企业生产经营情况。'],
  ['confidentiality', '旅游专线公交车从火车站出发，经人民路、解放路至景区。'],
  ['confidentiality', '研学团队将从学校出发，沿滨江大道步行至博物馆。'],
  ['confidentiality', '县委书记深入企业调研，沿途察看了道路建设情况。'],
  [
    'confidentiality',
    '现将拟任人选公示如下：经县委常委会研究，拟任命李建国同志为县文旅局局长。公示期为5个工作日。',
  ],
  ['confidentiality', '经县委常委会研究，决定任命李建国同志为县文旅局局长。'],
  ['confidentiality', '经局党组研究，拟由财务科为牵头单位。'],
  ['confidentiality', '经县委常委会研究，拟安排专项资金500万元用于道路改造。'],
  ['confidentiality', '《城市总体规划方案（征求意见稿）》现公开征求意见。'],
  ['confidentiality', '今日，市人大常委会审议《2014地方债券收支安排专项预算调整方案（草案）》。'],
  ['confidentiality', '人事制度改革方案（征求意见稿）公开征求意见。'],
  ['text', '项目总投资120(万元)。'],
  ['text', '函数f(x)在区间内单调递增。'],
  ['advertising', '我局推荐的2家企业入选省级专精特新企业名单。'],
  ['advertising', '该企业顺利通过国家高新技术企业认定。'],
  ['advertising', '请认准3C认证标志，选购合格电器产品。'],
  ['advertising', '确保全年粮食增产3%以上，全县上下要抓好春耕。'],
  ['advertising', '推广使用测土配方施肥技术，确保粮食增产5%。'],
  ['advertising', '我局推荐的阅读书目已公布。'],
  ['opinion', '政策宣讲员既要自己懂政策，还要让群众懂政策。'],
  ['opinion', '不懂政策的地方，可以拨打12345热线咨询。'],
  ['opinion', '您是否了解相关政策？欢迎来电咨询。'],
  ['opinion', '你比我们更了解村里的情况，欢迎多提建议。'],
  ['opinion', '政府不是旁观者，要主动作为。'],
  ['opinion', '公益慈善机构不是营利单位。'],
  ['opinion', '防止这项补贴成为摆设，县里加强督查。'],
  ['opinion', '确保这项政策不走过场。'],
  ['opinion', '有居民认为这项政策作用不大，对此我们将进一步完善。'],
  ['privacy', '村民何某曾因盗窃罪服刑三年，现已稳定就业。'],
  ['privacy', '被告人何文斌因盗窃罪被判处有期徒刑三年。'],
  ['privacy', '老党员王德山曾因参加革命被国民党反动派关押入狱。'],
  ['privacy', '村民张玉环曾被错判入狱26年，再审改判无罪。'],
  ['privacy', '帮教小组为刑满释放人员提供就业培训。'],
  ['privacy', '2025年公务员考试拟录用人员公示：张三，准考证号1011030405。'],
  ['privacy', '请考生凭准考证和身份证入场。'],
  ['privacy', '经群众王某举报，执法人员依法查处。'],
  ['privacy', '因您未留下联系方式及投诉的相关证据材料，市工商局无法处理。'],
  ['privacy', '由于您的投诉涉及消费纠纷，因此不属于本机关管辖范围。'],
  ['privacy', '经群众举报，执法人员到场处置。'],
  ['privacy', '村民陈国强向镇政府反映道路破损问题。'],
  ['privacy', '该问题由消费者李女士投诉，市场监管局已介入。'],
  ['privacy', '孙奶奶住院期间，社区志愿者轮流照顾。'],
  ['privacy', '李奶奶住得离社区服务中心很近。'],
  ['legal', '案发后，女童父亲王某向公安机关报案，被告人以猥亵儿童罪被判刑。'],
  ['legal', '女童父亲王建国带着孩子参加了亲子运动会。'],
  ['confidentiality', '统计快报显示，一季度全县地区生产总值增长5.2%。'],
  ['confidentiality', '2024年统计公报已于3月发布，全年GDP增长5.1%。'],
  ['confidentiality', '镇北2公里的山头上就是革命烈士纪念碑。'],
  ['confidentiality', '村西3公里处是县气象局的雷达站。'],
  // the set's false alarm and its neighbours: a repost label beside safety advice
  [
    'coercion',
    '【转发】暑期是溺水事故高发期。请家长务必做到：不让孩子私自下水游泳，不擅自与他人结伴游泳，不在无家长带领的情况下游泳，不到无安全设施、无救援人员的水域游泳。',
  ],
  ['coercion', '【转发】请家长务必看好孩子。'],
  ['coercion', '转发：冬季用火用电安全提示，请每位居民务必做到人走断电，组织排查隐患。'],
  ['coercion', '【转载】防范电信诈骗，全体职工务必提高警惕，发现可疑情况及时报告，纳入年终考核。'],
];

// 签订 written 签定 before what is signed: [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  [
    '6月18日，公司与县人民政府签定战略合作协议，双方将在城乡供水一体化、污水处理等领域开展合作。',
    '签定战略',
    '签订战略',
  ],
  ['双方签定合同。', '签定合同', '签订合同'],
  ['两国签定了协议。', '签定了协议', '签订了协议'],
  ['企业与职工签定劳动合同。', '签定劳动合同', '签订劳动合同'],
  ['各村与镇政府签定目标责任书。', '签定目标责任书', '签订目标责任书'],
  ['两家医院签定合作协议。', '签定合作', '签订合作'],
];
const SPELT_RIGHT: string[] = ['双方签订合作协议。', '经专家鉴定，该文物为明代瓷器。'];

// A page title stuffed with an online gaming platform the page never names: [title, excerpt]
const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><p>${title.split('_')[0]}</p><p>会议强调，要抓好各项工作落实。</p></body></html>`;
const STUFFED_TITLES: Array<[string, string]> = [
  ['江永县召开香柚产业发展座谈会_开元棋牌_pg电子娱乐平台_江永县人民政府', '开元棋牌'],
  ['召开产业发展座谈会_乐游棋牌_AG电子官网_某县人民政府', '乐游棋牌'],
  ['我县召开安全生产会议_捕鱼达人_某县人民政府', '捕鱼达人'],
  ['关于开展春季植树活动的通知_彩票平台_某县人民政府', '彩票平台'],
  ['全县招商引资推进会召开_电子游艺城_某县人民政府', '电子游艺城'],
  ['政务公开_电子娱乐平台_某市人民政府', '电子娱乐平台'],
];

describe('heldout-final74 families', () => {
  itReportsFamilies(CATCHES, [
    ...CLEAN,
    ['hijack', { html: page('县老年大学举办棋牌比赛_某县人民政府') }],
    ['hijack', { html: page('社区棋牌室开放时间调整_某街道办事处') }],
  ]);

  it.each(STUFFED_TITLES)('hijack reports the title %s', (title, excerpt) => {
    expect(reported('hijack', { html: page(title) }).some((e) => e.includes(excerpt))).toBe(true);
  });

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
