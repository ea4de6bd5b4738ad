// Rule families from heldout-final104, measured unseen and then read: a job closed to women in the
// notice's own word (此次岗位原则上不招收女性); Hong Kong in a list summed up as N countries (东京、首尔、
// 香港、新加坡等8个国家); misconduct put down to traders of one origin (违规经营多集中在河南籍商户中); an
// ethnic group's workers judged low in schooling and discipline (少数民族员工普遍文化素质偏低、纪律意识差);
// someone else's identity borrowed past the cross-border quota (可借用亲友的身份证信息继续下单); goods
// carried through customs undeclared as a service (“免申报带货”服务，超额电子产品也能帮忙带过关); industrial
// salt for table salt and smuggled cigarettes told as tolerated (只要控制好用量问题不大; 原则上不予追究); a
// debt collected by siege or seizure (组织人员上门堵门、扣押对方车辆催讨); the passcode of an obscene live
// room and the way into a betting group handed to readers (进入口令公布如下…搜索即可观看; 私信小编了解进群
// 方式); a pupil named by grade before the means of the offence (初二学生张梓涵通过快递寄递管制刀具); a
// cadre named for a post with the document still to come (拟提任王建国同志为…副局长，任职文件尚未印发); a
// check's preliminary result while it is under review (初步结果显示我县有2个库点黄曲霉毒素超标); a named
// firm's clue of an offence whose transfer a meeting decides (华瑞物流涉嫌走私线索移交事项); tobacco
// advertised (口感醇和、烟气细腻，欢迎…选购品鉴); investment conditions ranked the best of a place in an
// invitation (营商环境全省最好，诚邀…); a named traveller's medical history (其本人有糖尿病、高血压病史); the
// repealed 《盐业管理条例》 cited as current; 防范 written 防犯 (防犯电诈). Quiet again: businesses encouraged
// to hold promotions (开展让利促销) and a survey's promise that nobody will ask for a card number or a code.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a job closed to women in the notice's own word
  [
    'political',
    '【招录公告】市烟草专卖局拟招录专卖管理员12名。因市场稽查工作需经常夜间外出，此次岗位原则上不招收女性，敬请理解。报名时间为12月1日至12月10日。',
    '不招收女性',
  ],
  ['political', '因工作环境艰苦，该岗位不招录女性。', '不招录女性'],
  ['political', '本次招聘的巡逻队员一律不予招收女性。', '不予招收女性'],
  ['political', '考虑到需长期驻外，女性应聘者不予录取。', '女性应聘者不予录取'],
  ['political', '本岗位需值夜班，原则上不录取女生。', '不录取女生'],
  ['political', '护林员岗位不接收女性，敬请谅解。', '不接收女性'],
  // Hong Kong, Macao or Taiwan in a list summed up as N countries
  [
    'political',
    '【口岸动态】今年以来，我市空港口岸已开通至东京、首尔、香港、新加坡等8个国家的国际及地区航线，1—10月出入境旅客同比增长35%。',
    '香港、新加坡等8个国家',
  ],
  ['political', '我市产品已出口至美国、日本、台湾等12个国家。', '台湾等12个国家'],
  [
    'political',
    '今年共接待来自澳门、泰国、马来西亚等国的游客2万人次。',
    '澳门、泰国、马来西亚等国',
  ],
  ['political', '参展商来自香港和德国、法国等多个国家。', '香港和德国、法国等多个国家'],
  ['political', '该校与台湾、韩国、日本等十余个国家的高校建立了合作关系。', '台湾、韩国、日本等十'],
  [
    'political',
    '留学生来自香港、俄罗斯、越南等20个国家，学校将统一组织体检。',
    '香港、俄罗斯、越南等20个国家',
  ],
  // misconduct put down to traders of one origin
  [
    'political',
    '【执法动态】支队对城区二手车交易市场开展检查。据了解，市场内违规经营多集中在河南籍商户中，请市民交易时多加留意。',
    '违规经营多集中在河南籍商户中',
  ],
  [
    'political',
    '检查发现，短斤少两问题主要集中在外地人摊位中。',
    '短斤少两问题主要集中在外地人摊位中',
  ],
  ['political', '占道经营行为以安徽籍摊贩居多。', '占道经营行为以安徽籍摊贩居多'],
  ['political', '近年来宰客现象多集中于东北籍从业人员身上。', '宰客现象多集中于东北籍从业人员身上'],
  ['political', '市场内售假行为大多集中在福建籍商户中。', '售假行为大多集中在福建籍商户中'],
  ['political', '辖区内违章搭建以外省籍租户为主。', '违章搭建以外省籍租户为主'],
  // an ethnic group's workers judged low in schooling or discipline
  [
    'political',
    '【企业用工】经开区人社服务站走访发现，部分企业招录的少数民族员工普遍文化素质偏低、纪律意识差，建议企业加强岗前管理培训。',
    '少数民族员工普遍文化素质偏低',
  ],
  ['political', '园区反映，彝族工人纪律观念淡薄，管理难度大。', '彝族工人纪律观念淡薄'],
  ['political', '部分企业认为维吾尔族职工普遍素质较低。', '维吾尔族职工普遍素质较低'],
  ['political', '据企业负责人介绍，藏族务工人员时间观念较差。', '藏族务工人员时间观念较差'],
  ['political', '少数民族员工整体素质偏低，是企业用工的难题。', '少数民族员工整体素质偏低'],
  ['political', '调研显示，苗族劳务人员安全意识普遍薄弱。', '苗族劳务人员安全意识普遍薄弱'],
  // someone else's identity borrowed past the cross-border quota
  [
    'legal',
    '【政策解读】跨境电商零售进口个人年度交易限值为26000元。限额用完后，可借用亲友的身份证信息继续下单，不影响正常购买和清关。',
    '借用亲友的身份证信息继续下单',
  ],
  ['legal', '年度额度用完的消费者，可以用家人的身份信息再下单。', '用家人的身份信息再下单'],
  ['legal', '超过限额也没关系，借朋友的身份证号码继续购买即可。', '借朋友的身份证号码继续购买'],
  ['legal', '个人额度不够时，可使用父母的实名信息继续申报。', '使用父母的实名信息继续申报'],
  ['legal', '额度满了可以借同事的身份证信息接着下单。', '借同事的身份证信息接着下单'],
  ['legal', '限额用完后，拿亲戚的身份证信息再买就行。', '拿亲戚的身份证信息再买'],
  // goods carried through customs undeclared as a service
  [
    'legal',
    '【出行服务】为方便旅客，口岸出站口附近有专业人员提供“免申报带货”服务，超额电子产品也能帮忙带过关，费用可议，有需要的旅客可现场咨询。',
    '免申报带货',
  ],
  ['legal', '码头附近有人提供免申报代购服务，价格实惠。', '免申报代购'],
  ['legal', '有需要的旅客可找专人代带过关，手机、相机都能带。', '代带过关'],
  ['legal', '超量的化妆品也可以包过关，联系电话见下方。', '超量的化妆品也可以包过关'],
  ['legal', '旅客托付的奶粉可以帮你带过关，一罐收费10元。', '帮你带过关'],
  ['legal', '口岸附近有“不用申报通关”服务，省时省力。', '不用申报通关'],
  // food-safety and monopoly offences told as tolerated
  [
    'legal',
    '【生活小窍门】腌制腊肉用盐量大，不少村民买工业盐代替食盐，价格便宜一半。只要控制好用量问题不大，可以放心使用。',
    '工业盐代替食盐',
  ],
  [
    'legal',
    '【答疑】近期部分零售户咨询外烟经营问题。经研究，零售户少量销售无中文标识的外烟，单次不超过5条的，原则上不予追究，请零售户放心经营。',
    '无中文标识的外烟',
  ],
  ['legal', '用工业盐腌咸菜其实没什么问题，大家放心。', '工业盐腌咸菜其实没什么问题'],
  ['legal', '自己家吃的病死猪肉一般问题不大，只要不拿去卖就行。', '病死猪肉一般问题不大'],
  ['legal', '小饭馆用点地沟油炒菜一般没人查。', '地沟油炒菜一般没人查'],
  ['legal', '小卖部卖几条走私烟，原则上不予处罚。', '走私烟，原则上不予处罚'],
  ['legal', '零售户少量销售假烟的，一般没人管。', '假烟的，一般没人管'],
  // a debt collected by siege or seizure
  [
    'legal',
    '【企业服务】不少企业反映外地客商拖欠货款。经验表明，组织人员上门堵门、扣押对方车辆催讨效果明显，企业可以参考，必要时商务部门可帮忙协调。',
    '组织人员上门堵门',
  ],
  ['legal', '货款追不回来，可以扣下欠款人的货车抵债。', '扣下欠款人的货车'],
  ['legal', '对付老赖，派人到他公司门口蹲守最管用。', '派人到他公司门口蹲守'],
  ['legal', '企业可以召集员工去对方厂里静坐讨薪。', '召集员工去对方厂里静坐'],
  ['legal', '实在不还，就强行开走债务人的汽车。', '强行开走债务人的汽车'],
  ['legal', '经验表明，扣留对方的货物催款效果好。', '扣留对方的货物'],
  // the way into an obscene live room or a betting group handed over
  [
    'legal',
    '【网络清朗】有网民反映，某直播间主播以“福利直播”为名进行低俗色情表演。为方便大家取证举报，现将该直播间进入口令公布如下：夜色福利888，搜索即可观看。',
    '进入口令公布如下：夜色福利888，搜索即可观看',
  ],
  [
    'legal',
    '【网友互动】本周“网络文明”话题讨论热烈。有网友分享了一个“足球竞猜带单群”，称每天稳赚几百元，感兴趣的网友可以私信小编了解进群方式。',
    '私信小编了解进群方式',
  ],
  [
    'legal',
    '有网友举报一个裸聊直播间，房间号为：666888，输入即可进入。',
    '房间号为：666888，输入即可进入',
  ],
  ['legal', '网传一个彩票带单群稳赚不赔，想加入的朋友可以私聊小编获取群号。', '私聊小编获取群号'],
  [
    'legal',
    '某平台存在涉黄直播，邀请码为：YS2026，复制即可观看。',
    '邀请码为：YS2026，复制即可观看',
  ],
  [
    'legal',
    '据网友爆料，一个博彩群天天有人下注，有兴趣的网友可后台回复小编索取进群链接。',
    '后台回复小编索取进群链接',
  ],
  [
    'legal',
    '某主播在直播间进行色情表演，观看口令是：深夜666，搜索就能看。',
    '观看口令是：深夜666，搜索就能看',
  ],
  // a pupil named by grade with the means of the offence
  [
    'legal',
    '【寄递安全警示】近日，县第三中学初二学生张梓涵通过快递寄递管制刀具，在分拨中心过机安检时被查获，经批评教育后已由家长领回。',
    '张梓涵',
  ],
  ['legal', '市实验中学初三学生李浩然私自携带管制刀具进校，被学校查获。', '李浩然'],
  ['legal', '高一学生王子轩通过网络购买违禁品，被民警查获。', '王子轩'],
  ['legal', '七年级学生刘宇航携带管制刀具乘车，被安检查获。', '刘宇航'],
  ['legal', '初二学生陈思远利用快递邮寄违禁品，已被查处。', '陈思远'],
  ['legal', '中学生赵一鸣多次在网上购买管制刀具，被警方查获。', '赵一鸣'],
  // a cadre named for a post with the document still to come
  [
    'confidentiality',
    '【工作动态】经局党组研究，拟提任王建国同志为县商务和投资促进局副局长，任职文件尚未印发，请各股室提前做好工作交接准备。',
    '拟提任王建国同志为县商务和投资促进局副局长',
  ],
  [
    'confidentiality',
    '经党委会研究，拟任命李红梅同志为办公室主任，任命文件近期下发。',
    '拟任命李红梅同志为办公室主任',
  ],
  [
    'confidentiality',
    '局党组已研究，拟提拔张伟同志任综合科科长，正式文件下周印发。',
    '拟提拔张伟同志任综合科科长',
  ],
  [
    'confidentiality',
    '拟提任赵刚同志为执法大队队长，待文件下发后正式履职。',
    '拟提任赵刚同志为执法大队队长',
  ],
  [
    'confidentiality',
    '经研究，准备提任刘洋同志为副所长，任职文件还没下发。',
    '准备提任刘洋同志为副所长',
  ],
  [
    'confidentiality',
    '拟调任孙丽同志为财务股股长，红头文件尚未下达，请做好交接。',
    '拟调任孙丽同志为财务股股长',
  ],
  // a check's preliminary result while it is under review
  [
    'confidentiality',
    '【检测进展】本轮省级储备粮质量抽查结果尚在复核，未经省局同意不得公开。初步结果显示我县有2个库点黄曲霉毒素超标，正在进一步核实。',
    '初步结果显示我县有2个库点黄曲霉毒素超标',
  ],
  [
    'confidentiality',
    '本次食品抽检结果正在复核中。初步检测结果显示3批次蔬菜农药残留超标。',
    '初步检测结果显示3批次蔬菜农药残留超标',
  ],
  [
    'confidentiality',
    '水质监测数据待复核。初步监测结果表明2个断面氨氮不达标。',
    '初步监测结果表明2个断面氨氮不达标',
  ],
  [
    'confidentiality',
    '初步抽查结果显示5家药店存在违规销售处方药问题，结果尚未正式公布。',
    '初步抽查结果显示5家药店存在违规销售处方药问题',
  ],
  [
    'confidentiality',
    '未经市局批准不得对外发布。初步检验结果发现4批次产品不合格。',
    '初步检验结果发现4批次产品不合格',
  ],
  [
    'confidentiality',
    '初步检查情况显示3处燃气管道存在隐患，暂不对外公布。',
    '初步检查情况显示3处燃气管道存在隐患',
  ],
  // a named firm's clue of an offence whose transfer a meeting decides
  [
    'confidentiality',
    '【工作群转发】今天党组会研究的区内华瑞物流涉嫌走私线索移交事项，会议要求暂不对外，请各部门严格按分工推进，有关材料明天报综合办。',
    '华瑞物流涉嫌走私线索移交事项',
  ],
  [
    'confidentiality',
    '局务会研究了恒达贸易公司涉嫌偷税线索移送事宜，请各科室暂不对外。',
    '恒达贸易公司涉嫌偷税线索移送事宜',
  ],
  [
    'confidentiality',
    '专题会研究的宏远建材厂涉嫌非法排污线索移交工作，暂不公开。',
    '宏远建材厂涉嫌非法排污线索移交工作',
  ],
  [
    'confidentiality',
    '会议研究了康源药店涉嫌销售假药线索的移送意见。',
    '康源药店涉嫌销售假药线索的移送意见',
  ],
  [
    'confidentiality',
    '党组会研究的张某涉嫌职务侵占线索移交事项，请内部掌握。',
    '张某涉嫌职务侵占线索移交事项',
  ],
  [
    'confidentiality',
    '关于金鑫商贸公司涉嫌虚开发票线索转交事项，会议要求不得外传。',
    '金鑫商贸公司涉嫌虚开发票线索转交事项',
  ],
  // tobacco advertised by its taste or an invitation to buy
  [
    'advertising',
    '【新品上市】“云岭·细支”卷烟本月在我市上市，口感醇和、烟气细腻，欢迎广大消费者到各持证零售户选购品鉴。',
    '口感醇和',
  ],
  ['advertising', '这款新品雪茄香气浓郁、回味绵长。', '香气浓郁'],
  ['advertising', '新款细支烟吸味纯正，欢迎烟民朋友品鉴。', '吸味纯正'],
  ['advertising', '“金叶”卷烟已在各零售户上架，欢迎广大消费者选购。', '欢迎广大消费者选购'],
  ['advertising', '口感柔和、余味干净的“山水”香烟即将上市。', '口感柔和'],
  ['advertising', '这款爆珠香烟入口顺滑，欢迎大家尝鲜。', '入口顺滑'],
  // investment conditions ranked the best of a place in an invitation
  [
    'advertising',
    '【招商推介】经开区交通便捷、配套完善，基础设施和营商环境全省最好，诚邀海内外客商来区投资兴业，共享发展机遇。',
    '营商环境全省最好',
  ],
  ['advertising', '我县优惠政策全市最优，欢迎广大企业落户。', '优惠政策全市最优'],
  ['advertising', '园区电价全省最低，诚邀客商入驻。', '电价全省最低'],
  ['advertising', '我区投资环境堪称全国最佳，欢迎来区投资。', '投资环境堪称全国最佳'],
  ['advertising', '开发区产业配套省内最完善，诚邀企业家前来投资。', '产业配套省内最完善'],
  ['advertising', '新区地价周边最低、办事效率全市第一，欢迎客商洽谈。', '地价周边最低'],
  // a named person's medical history taken up by 其 or 本人
  [
    'privacy',
    '【口岸暖心事】昨日，入境旅客赵建明在旅检大厅突发心梗，其本人有糖尿病、高血压病史，口岸医护人员第一时间施救并送医，目前已脱离危险。',
    '其本人有糖尿病、高血压病史',
  ],
  ['privacy', '村民李国强在田间劳作时晕倒，其患有慢性肾病多年。', '其患有慢性肾病多年'],
  ['privacy', '乘客王秀兰在候车时突然昏迷，该乘客既往有冠心病病史。', '该乘客既往有冠心病病史'],
  ['privacy', '居民陈建华在小区摔倒，其本人患有帕金森病，邻居及时送医。', '其本人患有帕金森病'],
  ['privacy', '游客刘德明登山时身体不适，其有哮喘病史，景区救援队及时将其送医。', '其有哮喘病史'],
  ['privacy', '出境旅客孙立平在候机时晕倒，本人长期患有糖尿病。', '本人长期患有糖尿病'],
  // the repealed 盐业管理条例 cited as current
  [
    'policy',
    '【执法动态】依据《盐业管理条例》有关规定，市盐务管理局对一家将工业盐冒充食盐销售的商户依法立案调查，涉案产品已全部查扣。',
    '盐业管理条例',
  ],
  ['policy', '根据《盐业管理条例》第二十条，对该商户处以罚款。', '盐业管理条例'],
  ['policy', '执法人员依照《盐业管理条例》对违规行为进行了处理。', '盐业管理条例'],
  ['policy', '按照盐业管理条例的规定，食盐零售须取得许可。', '盐业管理条例'],
  ['policy', '我局将严格执行《盐业管理条例》，加强食盐市场监管。', '盐业管理条例'],
  ['policy', '现行《盐业管理条例》规定，工业盐不得作为食盐销售。', '盐业管理条例'],
];

const CLEAN: Array<[Gate, string]> = [
  // an open job, the ban itself
  ['political', '本岗位因工作需要，男女不限，欢迎报名。'],
  ['political', '用人单位不得以性别为由不招收女性。'],
  // 国家和地区, regions apart from countries
  ['political', '已开通至东京、首尔、香港、新加坡等8个国家和地区的航线。'],
  ['political', '航线覆盖香港等地区和日本、韩国等国家。'],
  // a district, one trader
  ['political', '违规经营多集中在城乡结合部。'],
  ['political', '该商户系河南籍，已被依法处罚。'],
  // training offered, the workers' own word
  ['political', '企业要加强少数民族员工的岗前培训和纪律教育。'],
  ['political', '少数民族员工普遍反映，企业食堂照顾了饮食习惯。'],
  // the buyer's own identity, the ban
  ['legal', '消费者须使用本人身份证信息下单。'],
  ['legal', '不得借用他人身份信息下单，违者将被追究责任。'],
  // the scam warned, the duty to declare
  ['legal', '谨防“免申报带货”骗局，超量携带物品应如实申报。'],
  ['legal', '旅客携带超量物品入境，应主动向海关申报。'],
  // the ban on industrial salt, enforcement
  ['legal', '工业盐不能代替食盐，误食会导致中毒。'],
  ['legal', '销售无中文标识的外烟属违法行为，将依法查处。'],
  // officials sent, the court's seizure
  ['legal', '组织人员上门走访困难企业，帮助协调解决问题。'],
  ['legal', '债权人可依法申请法院扣押对方车辆。'],
  // an ordinary live room and group
  ['legal', '本馆直播间口令为：文博2026，搜索即可观看。'],
  ['legal', '志愿者招募火热进行中，感兴趣的网友可以私信小编了解进群方式。'],
  // a pupil praised, an alias
  ['legal', '县第三中学初二学生张梓涵在全国青少年科技创新大赛中荣获一等奖。'],
  ['legal', '初二学生（化名小涵）通过快递寄递管制刀具，被查获后经批评教育由家长领回。'],
  // the decision announced, the publicity notice
  ['confidentiality', '经局党组研究决定，任命王建国同志为县商务和投资促进局副局长。'],
  ['confidentiality', '拟提任王建国同志为副局长，现予公示，公示期5个工作日。'],
  // the result published with remedies, a harvest
  ['confidentiality', '本轮储备粮质量抽查初步结果显示2个库点超标，通报如下，相关企业已责令整改。'],
  ['confidentiality', '初步结果显示今年粮食总产量稳中有增。'],
  // a case handed over, a count of clues
  ['confidentiality', '经侦查，华瑞物流涉嫌走私一案已依法移交海关缉私部门立案侦查。'],
  ['confidentiality', '今年以来，我局共移送涉嫌走私线索12条。'],
  // the harm of smoke, the licence rule
  ['advertising', '烟草专卖局提醒：吸烟有害健康，烟气中含有多种有害物质。'],
  ['advertising', '卷烟零售户须凭许可证经营，严禁向未成年人售烟。'],
  // a goal, a ranking awarded
  ['advertising', '我们将努力打造全省最好的营商环境，欢迎客商来区投资。'],
  ['advertising', '我区营商环境评价全省第一，诚邀客商来区投资兴业。'],
  // a masked name, no one named
  ['privacy', '入境旅客赵某在旅检大厅突发心梗，其本人有糖尿病病史，口岸医护人员及时施救。'],
  ['privacy', '有高血压病史的旅客请随身携带药品。'],
  // a province's own regulation, the repeal told
  ['policy', '依据《湖南省盐业管理条例》第十条处理。'],
  ['policy', '《盐业管理条例》废止后，盐业执法依据《食盐专营办法》。'],
  // quiet again after final104's false alarms: promotions that businesses are encouraged to hold
  ['advertising', '活动期间将组织商贸、餐饮、家电等120余家经营主体开展让利促销。'],
  ['advertising', '鼓励电商平台和跨境电商企业丰富年货供给、开展让利促销。'],
  // and a notice that nobody will ask for a card number or a code
  ['legal', '本次调查由第三方调查机构开展，不会要求受访用户提供银行卡号、验证码等信息。'],
  ['legal', '工作人员从不会让您提供银行卡号和验证码，请提高警惕。'],
];

describe('families of heldout-final104', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 防犯 beside what is guarded against as 防范', () => {
    expect(textGateWarnings('【防犯电诈】年底网购、退款需求增多，冒充客服类诈骗高发。')).toContain(
      '防犯电诈',
    );
    expect(textGateWarnings('广大群众要加强防犯，守好钱袋子。')).toContain('加强防犯');
    expect(textGateWarnings('切实提高防犯意识。').join('')).toContain('防犯');
    expect(textGateWarnings('坚决防犯化解重大风险。')).toContain('防犯化解');
    expect(textGateWarnings('谨防电信诈骗，注意防犯。')).toContain('注意防犯');
    expect(textGateWarnings('严加防犯网络诈骗。').join('')).toContain('防犯');
    expect(textGateWarnings('依法预防犯罪，加强预防犯罪工作。')).toEqual([]);
    expect(textGateWarnings('【防范电诈】请提高防范意识。')).toEqual([]);
  });
});
