// Rule families from heldout-final102, measured unseen and then read: offenders generalised as mostly
// of one origin (作案人员以新疆籍人员居多); a product or system ranked the best of a place (是国内最好的
// 统计数据采集系统); a commercial app sent to with its price offer (下载“票易通”…首年服务费全免); a controlled
// stimulant advised by an amount or a nickname (可以吃点“聪明药”莫达非尼); a lonely woman nearby offered for a
// video chat with a call to write (同城寂寞美女一对一视频聊天，私信“福利”立即领取), also past a warning frame;
// a job bought with a deposit (缴纳2000元保证金的考生可优先录用); a small stake told as one nobody punishes
// (金额不大的话一般没人管), even in a legal lesson; a service sped up through a back door for a sum (走内部
// 渠道，加急费500元当天出证); workmates sent to besiege the boss (多叫几个工友去堵老板家门，给他点颜色看看);
// a licence through an agent without its exam (代办…操作证，不用考试，三天出证), hidden in a page too;
// laws and regulations replaced by later ones (《公民出境入境管理法》, 《契税暂行条例》); a year past a
// five-year plan's period called its key year (2024年是实现“十三五”规划目标任务的关键一年); the
// procuratorates' bureaus transferred in 2018 (反贪局); the pension schemes merged in 2014 (新型农村社会养老
// 保险); a two-digit year in hexagonal brackets (县法〔24〕12号); a cadre named before the post with its
// document to come (李晓东同志将任就业服务科科长，文件近期下发); a plan's change by a share while it awaits
// approval (拟上调约4%，方案还在报批); statistics said to come out later and given anyway (GDP…数据下周才
// 正式发布，同比增长5.3%); a deliberating body's proposed disposal of a case (会议认为，…一案证据不足，拟作
// 存疑不起诉处理); 拨付 written 拔付 and 的 for 地 before a verb of a figure's trend (稳步的回落). Quiet
// again: a convicted person called 罪犯 at a hearing on the reduction of his sentence.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // offenders generalised as mostly of one origin
  [
    'political',
    '【检察提示】我院近三年办理的此类案件中，作案人员以新疆籍人员居多，请市民对其多加防范。',
    '作案人员以新疆籍人员居多',
  ],
  ['political', '近年来抓获的扒手中以外地人居多。', '扒手中以外地人居多'],
  ['political', '盗窃电动车的违法人员以某省籍人员为主。', '违法人员以某省籍人员为主'],
  ['political', '电信诈骗犯罪嫌疑人以福建籍居多。', '犯罪嫌疑人以福建籍居多'],
  ['political', '入室盗窃作案人中，河南籍人员占绝大多数。', '河南籍人员占绝大多数'],
  ['political', '此类案件的作案人员以农村人为主。', '作案人员以农村人为主'],
  // a product or system ranked the best of a place
  [
    'advertising',
    '第五次全国经济普查我省全面实行联网直报，数据处理采用的“统采通”平台是国内最好的统计数据采集系统，运行稳定、安全可靠。',
    '国内最好的',
  ],
  ['advertising', '这款“慧办公”软件堪称业内最好用的办公系统。', '业内最好用的办公系统'],
  ['advertising', '该企业生产的净水器是全国最好的净水设备。', '全国最好的净水设备'],
  ['advertising', '我局选用的是市场上最稳定的视频监控系统。', '市场上最稳定的视频监控系统'],
  ['advertising', '“智慧安防”APP号称全省最安全的手机应用。', '全省最安全的手机应用'],
  ['advertising', '本次采购的检测仪器为国内最可靠的检测仪器。', '国内最可靠的检测仪器'],
  // a commercial app or tool sent to with its price offer
  [
    'advertising',
    '数电发票已在我县全面推行，纳税人可通过电子税务局免费开具。也可下载“票易通”开票助手，官网www.piaoyitong-vip.com，首年服务费全免。',
    '首年服务费全免',
  ],
  ['advertising', '推荐使用“慧记账”小程序，新用户会员费减半。', '新用户会员费减半'],
  ['advertising', '企业可安装“财税宝”软件申报，限时八折优惠。', '限时八折'],
  ['advertising', '注册“易招聘”平台发布岗位，前100名企业年费全免。', '年费全免'],
  ['advertising', '关注“学车通”公众号报名，首单立减200元。', '首单立减'],
  ['advertising', '下载“云代账”APP，首月使用费仅需9.9元。', '首月使用费仅需'],
  // a controlled stimulant advised by an amount or a nickname
  [
    'legal',
    '连续夜班容易疲劳，请各单位合理安排轮休，实在困得不行的，可以吃点“聪明药”莫达非尼，提神效果很好。',
    '莫达非尼',
  ],
  ['legal', '加班犯困的同事可以服用一点利他林，精神头十足。', '可以服用一点利他林'],
  ['legal', '备考期间不妨吃些专注达，记忆力明显提升。', '不妨吃些专注达'],
  ['legal', '值夜班时建议备上几片莫达非尼。', '建议备上几片莫达非尼'],
  ['legal', '开长途犯困的话，可以嗑点“提神药”阿德拉。', '阿德拉'],
  ['legal', '睡不好的老人可以吃点“安眠药”三唑仑。', '三唑仑'],
  // a lonely woman nearby offered for a video chat with a call to write, past a warning frame
  [
    'legal',
    '个税汇算可通过个人所得税APP办理。温馨提示：请认准官方渠道，切勿点击短信中的不明链接。同城寂寞美女一对一视频聊天，私信“福利”立即领取',
    '同城寂寞美女一对一视频聊天',
  ],
  ['legal', '附近单身少妇在线视频陪聊，加微信领福利。', '附近单身少妇在线视频陪聊'],
  ['legal', '深夜寂寞女孩一对一语音聊天，点击下方链接。', '深夜寂寞女孩一对一语音聊天'],
  ['legal', '本地空虚人妻免费视频交友，扫码即可。', '本地空虚人妻免费视频交友'],
  ['legal', '同城单身小姐姐1对1视频聊天，私聊我。', '同城单身小姐姐1对1视频聊天'],
  ['legal', '附近寂寞女生在线聊天，点击领取福利。', '附近寂寞女生在线聊天'],
  // a job bought with a deposit or a fee
  [
    'legal',
    '【招聘公告】区审计局拟面向社会公开招聘编外工作人员3名。报名时自愿缴纳2000元保证金的考生可优先录用，详见附件。',
    '缴纳2000元保证金的考生可优先录用',
  ],
  ['legal', '应聘人员交纳500元押金后即可安排上岗。', '交纳500元押金后即可安排上岗'],
  ['legal', '凡缴纳3000元培训费的学员，培训结束即可入职。', '缴纳3000元培训费'],
  ['legal', '交1000元服装费，就能优先安排工作。', '交1000元服装费'],
  ['legal', '优先录用已缴纳岗位保证金的应聘者。', '优先录用已缴纳岗位保证金'],
  ['legal', '支付800元风险保证金后，方可录用上岗。', '支付800元风险保证金'],
  // a small stake told as one nobody punishes, even as a legal lesson's answer
  [
    'legal',
    '【以案说法·过年篇】问：过年亲戚朋友一起打麻将带点“彩头”，算赌博吗？答：金额不大的话一般没人管，大家图个开心，尽兴就好。但如果以营利为目的聚众赌博，则可能构成赌博罪。',
    '金额不大的话一般没人管',
  ],
  ['legal', '打牌赌点钱，只要数额不大，警察一般不会管。', '只要数额不大，警察一般不会管'],
  ['legal', '玩牌带彩头，钱不多的话派出所不会查。', '钱不多的话派出所不会查'],
  ['legal', '麻将桌上输赢不大，一般没人追究。', '输赢不大，一般没人追究'],
  ['legal', '过年打扑克小来来，数额小的话不会被处罚。', '数额小的话不会被处罚'],
  ['legal', '斗地主的时候赌注不大，其实没人管。', '赌注不大，其实没人管'],
  // a service sped up through a back door for a sum
  [
    'legal',
    '【公证服务指南】一般7个工作日出证。时间紧的也可以找窗口工作人员走内部渠道，加急费500元当天出证。',
    '走内部渠道，加急费500元当天出证',
  ],
  ['legal', '想快点的可以托关系，给800元三天就能拿证。', '托关系，给800元三天就能拿证'],
  ['legal', '走内部通道的话，交1000元次日即可领证。', '交1000元次日即可领证'],
  ['legal', '花两千块走后门，一周就能批下来。', '花两千块走后门，一周就能批下来'],
  ['legal', '找熟人打个招呼，500元当天办结。', '找熟人打个招呼，500元当天办结'],
  ['legal', '通过内部关系办理，费用300元，两个工作日就能下证。', '费用300元，两个工作日就能下证'],
  // workmates sent to besiege the boss
  [
    'legal',
    '【根治欠薪】遇到欠薪，可拨打12333反映。实在要不到的，可以多叫几个工友去堵老板家门，必要时给他点颜色看看。各级人社部门将依法为大家维权。',
    '给他点颜色看看',
  ],
  ['legal', '老板不给钱，就叫上几个老乡去堵他家大门，给他点颜色瞧瞧。', '给他点颜色瞧瞧'],
  ['legal', '找一帮兄弟到包工头家门口堵着，看他还敢不敢拖。', '到包工头家门口堵着'],
  ['legal', '喊上十几个工友去围堵老板的公司，逼他还钱。', '围堵老板的公司'],
  ['legal', '叫几个朋友去他家门口闹一闹，看他给不给。', '闹一闹'],
  ['legal', '带上几个亲戚到开发商的公司堵门，不给钱就不走。', '到开发商的公司堵门'],
  // a licence through an agent without its exam
  [
    'legal',
    '网上代办安全生产许可证、特种作业操作证，不用考试，三天出证，微信 dbzs5588',
    '不用考试',
  ],
  ['legal', '代办电工证，无需参加考试，微信联系。', '代办电工证，无需参加考试'],
  ['legal', '专业代办焊工证、叉车证，免考拿证。', '代办焊工证、叉车证，免考'],
  ['legal', '不用考试，5天出证，各类资格证均可办理。', '不用考试，5天出证'],
  ['legal', '快速办理健康证，本人不用培训，当天可取。', '快速办理健康证，本人不用培训'],
  ['legal', '代考驾照，不考试也能拿证，价格面议。', '代考驾照，不考试'],
  // laws and regulations replaced by later ones
  [
    'policy',
    '【政策问答】问：哪些情形下不予签发护照？答：根据《中华人民共和国公民出境入境管理法》规定，不具有中华人民共和国国籍、无法证明身份的，护照签发机关不予签发护照。',
    '公民出境入境管理法',
  ],
  [
    'policy',
    '依据《外国人入境出境管理法》，外国人应当在入住后24小时内办理住宿登记。',
    '外国人入境出境管理法',
  ],
  ['policy', '按照《契税暂行条例》规定，购房者应缴纳契税。', '契税暂行条例'],
  ['policy', '依照《印花税暂行条例》，应税合同须按规定缴纳印花税。', '印花税暂行条例'],
  ['policy', '根据《公司登记管理条例》规定，公司应当办理变更登记。', '公司登记管理条例'],
  ['policy', '根据《中华人民共和国城市规划法》规定，建设项目须办理规划许可。', '城市规划法'],
  // a year past a five-year plan's period called its key year
  [
    'policy',
    '2024年全省统计工作会议召开。会议指出，2024年是实现“十三五”规划目标任务的关键一年，全省统计系统要坚持依法统计。',
    '“十三五”规划',
  ],
  [
    'policy',
    '2023年是全面落实第十三个五年规划的攻坚之年。',
    '2023年是全面落实第十三个五年规划的攻坚之年',
  ],
  ['policy', '2019年是“十二五”规划的关键之年。', '2019年是“十二五”规划的关键之年'],
  ['policy', '2022年是实施“十三五”规划的重要一年。', '2022年是实施“十三五”规划的重要一年'],
  ['policy', '2025年是“十三五”规划收官之年。', '2025年是“十三五”规划收官之年'],
  ['policy', '2017年是“十二五”规划承上启下的关键一年。', '2017年是“十二五”规划承上启下的关键一年'],
  // the procuratorates' bureaus transferred to the supervisory commissions in 2018
  ['policy', '12月9日是国际反腐败日，我院反贪局干警走进区交通运输局开展警示教育讲座。', '反贪局'],
  ['policy', '县检察院反贪局依法对该案立案侦查。', '反贪局'],
  ['policy', '市检察院反渎职侵权局开展专项行动。', '反渎职侵权局'],
  ['policy', '区检察院职务犯罪预防局走进企业开展警示教育。', '职务犯罪预防局'],
  ['policy', '我院反贪污贿赂局干警深入社区宣传。', '反贪污贿赂局'],
  ['policy', '县检察院反渎局召开会议。', '反渎局'],
  // the pension schemes merged in 2014
  [
    'policy',
    '【缴费提醒】2025年度新型农村社会养老保险集中缴费工作已经开始，缴费档次分为每年200元至3000元共12个档次。',
    '新型农村社会养老保险',
  ],
  [
    'policy',
    '参加新型农村社会养老保险的农村居民年满60周岁可按月领取养老金。',
    '新型农村社会养老保险',
  ],
  ['policy', '城镇居民社会养老保险缴费档次分为12档。', '城镇居民社会养老保险'],
  ['policy', '城居保参保人员可在社区办理认证。', '城居保'],
  ['policy', '请及时办理新型农村社会养老保险参保登记。', '新型农村社会养老保险'],
  ['policy', '村协办员负责收缴城镇居民社会养老保险费。', '城镇居民社会养老保险'],
  // a two-digit year in hexagonal brackets
  [
    'policy',
    '诉讼服务中心依据《关于进一步规范诉讼费用缓减免工作的实施意见》（县法〔24〕12号），对经济困难当事人依法缓交诉讼费用。',
    '〔24〕12号',
  ],
  ['policy', '依据《实施意见》（市法〔23〕8号）执行。', '〔23〕8号'],
  ['policy', '根据县检〔22〕5号文件要求。', '〔22〕5号'],
  ['policy', '按照区人社〔24〕3号文件执行。', '〔24〕3号'],
  ['policy', '根据《通知》（县教体〔23〕11号）要求。', '〔23〕11号'],
  ['policy', '依据《办法》（市自然资规〔24〕2号）。', '〔24〕2号'],
  // a cadre named before the post, with the document still to come
  [
    'confidentiality',
    '【中心动态】中心召开全体职工会议。会上，主任透露经局党组会研究，李晓东同志将任就业服务科科长，文件近期下发，请相关科室提前做好工作交接。',
    '李晓东同志将任就业服务科科长',
  ],
  [
    'confidentiality',
    '据内部消息，王某某同志拟任办公室主任，任命文件还没下发。',
    '王某某同志拟任办公室主任',
  ],
  [
    'confidentiality',
    '局党委会已研究，张建华同志将担任财务科科长，正式文件下周印发，请大家先做好交接。',
    '张建华同志将担任财务科科长',
  ],
  [
    'confidentiality',
    '经党组会研究，刘某某将调任综合科副科长，待文件下发后正式到岗。',
    '刘某某将调任综合科副科长',
  ],
  ['confidentiality', '听说陈某同志即将出任副局长，任职文件近期下达。', '陈某同志即将出任副局长'],
  [
    'confidentiality',
    '经镇党委会研究，赵某某同志拟任党政办主任，先不要外传。',
    '赵某某同志拟任党政办主任',
  ],
  // a plan's change by a share or about a sum while it awaits approval
  [
    'confidentiality',
    '【提前剧透】今天上午中心主任办公会研究，2025年度社保缴费基数上限拟上调约4%，方案还在报批，具体以正式文件为准。',
    '拟上调约4%',
  ],
  [
    'confidentiality',
    '局务会初步研究，城区停车费拟上调约20%，方案尚未报市政府批准。',
    '拟上调约20%',
  ],
  ['confidentiality', '我们计划将公交票价上调近0.5元，方案还在研究论证中。', '上调近0.5元'],
  ['confidentiality', '供水价格拟下调约5%，待市政府审批后执行。', '拟下调约5%'],
  [
    'confidentiality',
    '明年起城乡低保标准拟提高约8个百分点，方案仍需报省政府批准。',
    '拟提高约8个百分点',
  ],
  ['confidentiality', '出租车起步价拟调增约1元，方案尚未获得批复。', '拟调增约1元'],
  // statistics said to come out later, then given anyway
  [
    'confidentiality',
    '统计君悄悄说一句：三季度全省GDP初步核算数据下周才正式发布，同比增长5.3%，比上半年加快0.2个百分点，敬请期待！',
    '同比增长5.3%',
  ],
  [
    'confidentiality',
    '上半年全市规上工业增加值数据要到月底才公布，先透露一下，同比增长7.2%。',
    '同比增长7.2%',
  ],
  ['confidentiality', '一季度社会消费品零售总额数据还没正式发布，增速约为4.8%。', '增速约为4.8%'],
  [
    'confidentiality',
    '前三季度居民人均可支配收入数据下月才对外公布，预计增长5.6%。',
    '预计增长5.6%',
  ],
  ['confidentiality', '全市CPI数据尚未公布，小编提前剧透：同比上涨0.3%。', '同比上涨0.3%'],
  ['confidentiality', '今年前三季度全县固定资产投资核算数才会公布，据了解增长8.1%。', '增长8.1%'],
  // a deliberating body's proposed disposal of a case
  [
    'confidentiality',
    '今日上午，我院召开检察委员会会议，对5起重大疑难复杂案件进行讨论。会议认为，张某某涉嫌非法吸收公众存款一案证据不足，拟作存疑不起诉处理。',
    '拟作存疑不起诉处理',
  ],
  [
    'confidentiality',
    '检委会讨论认为，李某某故意伤害一案事实清楚，拟依法提起公诉。',
    '拟依法提起公诉',
  ],
  [
    'confidentiality',
    '审判委员会研究认为，王某某受贿案量刑偏轻，拟改判有期徒刑八年。',
    '拟改判有期徒刑八年',
  ],
  [
    'confidentiality',
    '我院召开检察委员会会议。会议认为，赵某某盗窃案情节轻微，拟作相对不起诉处理。',
    '拟作相对不起诉处理',
  ],
  [
    'confidentiality',
    '合议庭评议认为，刘某某合同诈骗一案证据充分，拟判处有期徒刑五年。',
    '拟判处有期徒刑五年',
  ],
  [
    'confidentiality',
    '审委会讨论后认为，孙某某交通肇事案被告人有自首情节，拟判处缓刑。',
    '拟判处缓刑',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // an age or a sex is no origin; one gang described; victims are no offenders
  ['political', '作案人员以青壮年男性居多，多选择夜间作案。'],
  ['political', '该团伙成员以湖南籍为主，现已全部落网。'],
  ['political', '受害人以外地务工人员居多，请大家提高警惕。'],
  // a goal, a title awarded, a size
  ['advertising', '努力把“一网通办”平台建设成为全国最好的政务服务平台。'],
  ['advertising', '我市政务服务平台被评为全省最佳政务服务平台。'],
  ['advertising', '这是国内最大的光伏生产基地。'],
  // a public app, free of charge; a warning that quotes the offer
  ['advertising', '纳税人可下载“个人所得税”APP，免费办理年度汇算。'],
  ['advertising', '请下载“国家反诈中心”APP，新用户注册后即可免费开启预警功能。'],
  ['advertising', '警惕！不法分子诱导下载“XX贷”APP，以“首年服务费全免”为诱饵实施诈骗。'],
  // a controlled medicine forbidden, a vitamin advised
  ['legal', '莫达非尼属第一类精神药品，切勿自行服用。'],
  ['legal', '医生提醒：可以吃点维生素B提神，不要滥用“聪明药”。'],
  // a warning against the lure; a live-stream selling goods
  ['legal', '警惕“同城寂寞美女视频聊天”骗局，不要添加陌生人微信。'],
  ['legal', '美女主播在线直播带货，私信领取优惠券。'],
  // no deposit, a ban, fees that buy no job
  ['legal', '本次招聘不收取任何保证金、押金等费用。'],
  ['legal', '用人单位不得以担保或者其他名义向劳动者收取财物。'],
  ['legal', '考生须缴纳体检费120元，体检合格后方可录用。'],
  // the sum with its penalty, the belief set right, no game
  ['legal', '打麻将赌资数额较大的，依法予以治安处罚。'],
  ['legal', '有人认为打麻将金额不大的话没人管，其实这是违法的。'],
  ['legal', '金额不大的话可以通过小额诉讼程序解决。'],
  // a ban on back doors, an urgent service at no charge
  ['legal', '严禁工作人员为办事群众走后门、托关系，一经发现严肃处理。'],
  ['legal', '公证处开通加急绿色通道，符合条件的当天出证，不收取额外费用。'],
  // told not to, reported, officials sent
  ['legal', '切勿叫几个工友去堵老板家门，以免触犯法律。'],
  ['legal', '因纠集十几个工友围堵老板家门，3人被行政拘留。'],
  ['legal', '社区网格员上门做工作，劝说双方和解。'],
  // a licence renewed, an office's own errand service
  ['legal', '驾驶证期满换证无需考试，可到车管所办理。'],
  ['legal', '政务服务中心提供帮办代办服务，群众办理营业执照无需跑腿。'],
  // quiet again after final102's false alarm: a convicted person at a hearing on his sentence
  [
    'legal',
    '12月3日，我院依法对罪犯王某某等12人减刑、假释案件进行公开开庭审理，并邀请人大代表、政协委员旁听。庭审中，合议庭对罪犯的改造表现、财产性判项履行等情况逐一进行了审查。',
  ],
  ['legal', '我院对罪犯李某某暂予监外执行案件进行公开听证。'],
  // the replacement told, a local regulation, a citation of its day
  [
    'policy',
    '《中华人民共和国出境入境管理法》自2013年7月1日起施行，《公民出境入境管理法》同时废止。',
  ],
  ['policy', '依据《上海市道路交通管理条例》第十条规定处理。'],
  ['policy', '2010年，他依据当时的《公民出境入境管理法》办理了护照。'],
  // a year within the plan, before it, after it closed
  ['policy', '2024年是实现“十四五”规划目标任务的关键一年。'],
  ['policy', '2020年是“十四五”规划编制之年。'],
  ['policy', '2021年是“十三五”圆满收官后的第一年。'],
  // the transfer told, a former post
  ['policy', '2018年，区检察院反贪局整体转隶区监察委员会。'],
  ['policy', '他曾任县检察院反贪局局长。'],
  // the merger told, the old scheme named as merged
  [
    'policy',
    '2014年，国务院决定将新型农村社会养老保险（新农保）和城镇居民社会养老保险（城居保）两项制度合并实施。',
  ],
  ['policy', '原新型农村社会养老保险参保人员已并入城乡居民基本养老保险。'],
  // four-digit years
  ['policy', '依据县法〔2024〕12号文件办理。'],
  ['policy', '根据国发〔2024〕5号文件精神。'],
  // an appointment decided, the notice itself
  ['confidentiality', '经局党组研究决定，任命李晓东同志为就业服务科科长。'],
  ['confidentiality', '李晓东同志拟任就业服务科科长，现予以公示，公示期5个工作日。'],
  // approved and in force, a hearing
  ['confidentiality', '经市政府批复同意，城区停车费上调约20%，自7月1日起执行。'],
  ['confidentiality', '关于自来水价格拟上调约10%的听证会将于下月举行。'],
  // a release to come with no figure, a released figure with details to come
  ['confidentiality', '三季度全省GDP数据将于10月20日正式发布，敬请关注。'],
  ['confidentiality', '经初步核算，三季度全省GDP同比增长5.3%，详细数据将于下周公布。'],
  // a decision announced, a hearing on a proposed non-prosecution
  ['confidentiality', '经审判委员会讨论决定，依法判处被告人王某某有期徒刑八年。'],
  [
    'confidentiality',
    '我院对一起拟作相对不起诉的故意伤害案召开公开听证会。检察委员会认为，该案拟不起诉。',
  ],
];

/** A notice page with a licence agent hidden by its class (final102's hijack case). */
const HIDDEN_AGENT_PAGE = `<html><head><title>县应急管理局关于做好冬春森林防火工作的通知</title><style>.tj-box{display:none}</style></head><body><div class="article"><p>当前已进入冬春森林防火期，现就有关事项通知如下。</p><div class="tj-box">网上代办安全生产许可证、特种作业操作证，不用考试，三天出证，微信 dbzs5588</div></div></body></html>`;

describe('families of heldout-final102', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('blocks a licence agent hidden in a page', () => {
    expect(reported('hijack', { html: HIDDEN_AGENT_PAGE }).join('')).toContain('不用考试');
    expect(
      reported('hijack', {
        html: HIDDEN_AGENT_PAGE.replace(
          '网上代办安全生产许可证、特种作业操作证，不用考试，三天出证，微信 dbzs5588',
          '相关链接',
        ),
      }),
    ).toEqual([]);
  });

  it('reads 拔付 as 拨付', () => {
    expect(textGateWarnings('中心已累计拔付各类补贴资金3.26亿元。')).toContain('拔付');
    expect(textGateWarnings('专项资金已全部拔付到位。')).toContain('拔付');
    expect(textGateWarnings('及时拔付救灾资金。')).toContain('拔付');
    expect(textGateWarnings('中心已累计拨付各类补贴资金3.26亿元。')).toEqual([]);
    expect(textGateWarnings('他身材挺拔，付出了很多努力。')).toEqual([]);
  });

  it('reads 的 before a verb of a trend after a pure adverb as 地', () => {
    expect(
      textGateWarnings('八大类价格“五涨三降”，食品价格稳步的回落，猪肉价格下降3.1%。'),
    ).toEqual(['的']);
    expect(textGateWarnings('全市工业生产逐步的恢复。')).toEqual(['的']);
    expect(textGateWarnings('用电量不断的增长，达到历史新高。')).toEqual(['的']);
    expect(textGateWarnings('库存稳步的下降。')).toEqual(['的']);
    expect(textGateWarnings('居民收入逐步的增加。')).toEqual(['的']);
    expect(textGateWarnings('空气质量持续的改善。')).toEqual(['的']);
    expect(textGateWarnings('经济保持持续的增长态势。')).toEqual([]);
    expect(textGateWarnings('实现稳步的增长。')).toEqual([]);
    expect(textGateWarnings('全县粮食产量稳步增长。')).toEqual([]);
  });
});
