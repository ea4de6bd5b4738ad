// Rule families of the heldout-final65 round, each with wordings other than the set's: a sealed paper's
// questions pointed to by number before the exam, examiners named before an interview, a conscription
// quota by its numbers, a figure under a caveat of its own, a real figure set against the published
// one, a dismissal still being decided (confidentiality); an honour forfeited for not registering on a
// platform (coercion); a hospital ranking its figures, equipment or experts first or its success whole, a firm as the first choice,
// a firm praised and recommended by the office, 欲订从速 (advertising); the public lectured as idle and
// elderly people said to trade on their age (opinion); a card and its password asked for after a link
// (legal); a provisional regulation replaced by its final form cited as the ground (policy); a casino
// brand in a host name (hijack); no longer flagged: a person put forward for an honour (推荐其申报“…”).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a sealed paper's questions pointed to by number before the exam
  [
    'confidentiality',
    '八年级数学期末统考试卷（A卷）已下发至各校，考试时间为1月15日上午。请各校数学教研组于考前一天组织学生重点复习卷中第18、22题所涉及的知识点。',
    '复习卷中第18、22题',
  ],
  ['confidentiality', '期末试卷已印制完毕，请各班考前重点讲解试卷中第5题。', '讲解试卷中第5题'],
  ['confidentiality', '联考试卷已送达，考试前请组织学生练习试卷第3至5题。', '练习试卷第3至5题'],
  ['confidentiality', '统考试卷已下发，考前请重点复习B卷第二十题。', '复习B卷第二十题'],
  [
    'confidentiality',
    '试卷已封存在校，开考前务必让学生熟悉考卷上第7、9题的题型。',
    '考卷上第7、9题',
  ],
  ['confidentiality', '中考模拟试卷已到校，考试之前请老师辅导试卷里第12题。', '辅导试卷里第12题'],
  // examiners named before an interview
  [
    'confidentiality',
    '2025年市直事业单位公开招聘面试将于6月8日在市人事考试中心举行。本次面试考官为：张立新、李卫东、王美华、赵志刚、刘晓燕，请各位考生提前做好准备。',
    '面试考官为：张立新',
  ],
  [
    'confidentiality',
    '选调生面试将于下周举行，面试评委名单如下：王建国、李红梅、陈志强。',
    '评委名单如下',
  ],
  ['confidentiality', '答辩将于5月20日举行，答辩评委为：刘洋、孙磊、周敏。', '答辩评委为'],
  ['confidentiality', '技能测试即将开始，考核考评员为张伟、李强。', '考评员为张伟'],
  [
    'confidentiality',
    '考试将于周六进行，面试主考官是王芳、赵刚、钱军，请考生准时到场。',
    '主考官是王芳',
  ],
  [
    'confidentiality',
    '结构化面试将在市人才中心举行，考官组成员为：何平、马丽、朱杰。',
    '考官组成员为',
  ],
  // a conscription quota by its numbers
  [
    'confidentiality',
    '2025年征兵工作动员部署会召开。会议通报，今年我市征兵任务为男兵1320名、女兵45名，要求各县市区严格落实征兵任务分解，确保兵员质量。',
    '征兵任务为男兵1320名',
  ],
  ['confidentiality', '上级分配我县今年征集指标为义务兵386人。', '征集指标为义务兵386人'],
  ['confidentiality', '全区今年需征集新兵520名，其中大学生士兵不少于300名。', '需征集新兵520名'],
  ['confidentiality', '我镇今年征兵任务是28名，请各村抓好落实。', '征兵任务是28名'],
  ['confidentiality', '今年全市兵员征集计划：男兵900名、女兵30名。', '征集计划：男兵900名'],
  ['confidentiality', '县人武部通报征兵指标为女兵12人。', '征兵指标为女兵12人'],
  // a figure under a caveat of its own, and a real figure set against the published one
  [
    'confidentiality',
    '各定点医疗机构：全市职工医保统筹基金目前可支付月数已降至4.2个月（该数据暂未对外发布），请各单位严格控制不合理医疗费用增长。',
    '4.2个月（该数据暂未对外发布）',
  ],
  [
    'confidentiality',
    '本周新增流感病例326例（内部数据，暂勿外传）。',
    '326例（内部数据，暂勿外传）',
  ],
  [
    'confidentiality',
    '全市城镇登记失业人数1.8万人（未经审定，暂不对外）。',
    '1.8万人（未经审定，暂不对外）',
  ],
  [
    'confidentiality',
    '在今天下午召开的内部研判会上，疾控专家估计我市实际流感感染人数约为对外公布数字的3倍，请各医院提前做好床位和药品储备。',
    '约为对外公布数字的3倍',
  ],
  ['confidentiality', '据内部测算，实际受灾人口是公布数据的2倍。', '实际受灾人口是公布数据的2倍'],
  [
    'confidentiality',
    '专家判断，真实失业人数约为官方通报人数的1.5倍。',
    '真实失业人数约为官方通报人数的1.5倍',
  ],
  // a dismissal or promotion still being decided
  [
    'confidentiality',
    '县教育局党组会议研究，拟对城东中学校长王某予以免职，拟提任李某某为该校校长，目前尚在征求县纪委监委意见，请各位同事先不要议论，正式任免以文件为准。',
    '拟对城东中学校长王某予以免职',
  ],
  [
    'confidentiality',
    '经研究，拟免去张某某同志办公室主任职务，目前尚在征求纪委意见。',
    '拟免去张某某同志办公室主任职务',
  ],
  [
    'confidentiality',
    '局党组拟对财务科科长刘某作免职处理，大家先不要外传。',
    '拟对财务科科长刘某作免职',
  ],
  [
    'confidentiality',
    '拟提任赵某某为办公室主任，正式任免以文件为准，请大家暂勿议论。',
    '拟提任赵某某为办公室主任',
  ],
  [
    'confidentiality',
    '所党委拟给予副所长孙某免职，尚在征求意见，请先别外传。',
    '拟给予副所长孙某免职',
  ],
  [
    'confidentiality',
    '镇党委拟将副镇长周某调离，目前还在征求县委组织部意见。',
    '拟将副镇长周某调离',
  ],
  // an honour forfeited for not registering on a platform
  [
    'coercion',
    '致家长：请各位家长于本周内完成“智慧作业”平台注册和绑定，未注册的，孩子不得参加本学期“三好学生”等评优评先。',
    '孩子不得参加本学期“三好学生”等评优评先',
  ],
  ['coercion', '请家长完成“家校通”APP注册，未注册的学生不能参加评优。', '不能参加评优'],
  [
    'coercion',
    '请各户完成“智慧社区”小程序绑定，未绑定的，不得参加年度文明家庭评选。',
    '不得参加年度文明家庭评选',
  ],
  ['coercion', '全体职工须完成学习平台注册，未注册的，取消年度评先资格。', '取消年度评先资格'],
  [
    'coercion',
    '请学生完成平台实名认证，未认证的，不允许参加优秀学生评选。',
    '不允许参加优秀学生评选',
  ],
  ['coercion', '各位村民请完成“村务通”账号激活，未激活的不发放本年度分红。', '不发放本年度分红'],
  // a hospital ranking its figures or equipment first
  [
    'advertising',
    '我院心血管内科现有医护人员86名，开放床位120张，年介入手术量全省第一，可开展冠脉介入、射频消融等手术。',
    '手术量全省第一',
  ],
  ['advertising', '本院产科分娩量连续五年位居全市首位。', '分娩量连续五年位居全市首位'],
  ['advertising', '该院肿瘤外科手术例数全省最多。', '手术例数全省最多'],
  ['advertising', '我科门诊量稳居全市第一，欢迎前来就诊。', '门诊量稳居全市第一'],
  [
    'advertising',
    '我院骨科近日引进国际最先进的关节置换手术机器人，手术精度可达亚毫米级。',
    '国际最先进的关节置换手术机器人',
  ],
  ['advertising', '本院拥有国内最顶尖的放疗设备。', '国内最顶尖的放疗设备'],
  ['advertising', '县人民医院采用目前全球最前沿的微创技术。', '全球最前沿的微创技术'],
  ['advertising', '我院眼科拥有技术最权威的专家团队。', '技术最权威的专家团队'],
  ['advertising', '该院白内障手术成功率达百分之百。', '手术成功率达百分之百'],
  ['advertising', '本院拥有最专业的医生团队，治愈率100%。', '最专业的医生'],
  // a firm as the first choice
  [
    'advertising',
    '区退役军人就业创业专场招聘会举行。退役军人就业首选安捷物业，五险一金、包食宿，欢迎各位战友加入！',
    '首选安捷物业',
  ],
  ['advertising', '装修首选宏达装饰公司，品质有保障。', '首选宏达装饰公司'],
  ['advertising', '学车首选通达驾校。', '首选通达驾校'],
  ['advertising', '坐月子首选康宁月子中心。', '首选康宁月子中心'],
  ['advertising', '家政服务首选：安心家政，随叫随到。', '首选：安心家政'],
  ['advertising', '安捷物业是退役军人就业的首选。', '安捷物业是退役军人就业的首选'],
  // a firm praised and recommended by the office
  [
    'advertising',
    '关于“智学网”教学平台的说明：该平台由某教育科技有限公司开发。该公司产品质量过硬、服务一流，值得信赖，推荐各校选用。',
    '值得信赖，推荐各校选用',
  ],
  ['advertising', '该企业口碑好、信誉可靠，建议各单位优先采购。', '建议各单位优先采购'],
  ['advertising', '这家公司的净水器质量可靠，推荐广大家长选购。', '推荐广大家长选购'],
  ['advertising', '该品牌性价比高，推荐各学校使用。', '推荐各学校使用'],
  ['advertising', '该平台服务周到，值得信任，推荐师生使用。', '推荐师生使用'],
  ['advertising', '该厂家价格公道，建议各村选用。', '建议各村选用'],
  // 欲订从速 and its kind
  [
    'advertising',
    '康乐颐养中心提供全日托、日间照料、康复护理等服务，环境优美、设施齐全。床位有限，欲订从速！',
    '欲订从速',
  ],
  ['advertising', '海景房源有限，欲租从速。', '欲租从速'],
  ['advertising', '年货礼盒数量有限，订购从速。', '订购从速'],
  ['advertising', '首期房源即将售罄，认购从速。', '认购从速'],
  ['advertising', '餐位紧张，欲约者从速。', '欲约者从速'],
  ['advertising', '特价机票仅剩少量，预订从速！', '预订从速'],
  // the public lectured as idle
  [
    'opinion',
    '就业见习岗位还有120个空缺。年轻人别整天躺平，赶紧行动起来，机会是留给有准备的人的。',
    '别整天躺平',
  ],
  ['opinion', '不要一天到晚在家啃老，社区有的是岗位。', '不要一天到晚在家啃老'],
  ['opinion', '少成天刷手机，多去招聘会看看。', '少成天刷手机'],
  ['opinion', '别老是摆烂，找工作要主动。', '别老是摆烂'],
  ['opinion', '别天天打游戏了，培训班还有名额。', '别天天打游戏'],
  ['opinion', '不要总是混日子，技能培训免费报名。', '不要总是混日子'],
  // elderly people said to trade on their age
  [
    'opinion',
    '对于优待证办理进度问题，我局一直在积极推进。但某些退役老兵倚老卖老，多次到窗口吵闹。',
    '倚老卖老',
  ],
  ['opinion', '个别老人倚老卖老，插队还骂人。', '倚老卖老'],
  ['opinion', '有的老同志为老不尊，在窗口大吵大闹。', '为老不尊'],
  ['opinion', '个别群众仗着自己年纪大就插队。', '仗着自己年纪大'],
  ['opinion', '有人仗着是老兵到处闹。', '仗着是老兵'],
  ['opinion', '这位大爷仗着岁数大，拒不配合检查。', '仗着岁数大'],
  // a card and its password asked for after a link
  [
    'legal',
    '【社保卡升级通知】第一代社保卡将于本月底停用。请持卡人点击链接 http://sbk-shengji.cn 输入社保卡号及银行密码完成在线升级。',
    '输入社保卡号及银行密码',
  ],
  ['legal', '请点击链接填写医保卡号和卡片密码完成认证。', '填写医保卡号和卡片密码'],
  ['legal', '打开网址 ybk-renzheng.com 输入银行卡号及取款密码即可激活。', '输入银行卡号及取款密码'],
  ['legal', '请登录 http://etc-update.top 提交银行卡号、密码办理ETC升级。', '提交银行卡号、密码'],
  ['legal', '登录网址输入银行账号和网银密码领取补贴。', '输入银行账号和网银密码'],
  ['legal', '点击链接后录入社保卡号及社保卡密码，逾期作废。', '录入社保卡号及社保卡密码'],
  // a provisional regulation replaced by its final form cited as the ground
  [
    'policy',
    '经调查，县第三中学教师邹某在2024年暑假期间违规组织在职学生有偿补课。依据《事业单位工作人员处分暂行规定》，经研究决定，给予邹某记过处分。',
    '事业单位工作人员处分暂行规定',
  ],
  [
    'policy',
    '根据《事业单位工作人员考核暂行规定》，现开展年度考核。',
    '事业单位工作人员考核暂行规定',
  ],
  ['policy', '依据《国家公务员暂行条例》，对其作出处理。', '国家公务员暂行条例'],
  ['policy', '按照《企业职工工伤保险试行办法》认定工伤。', '企业职工工伤保险试行办法'],
  ['policy', '根据《公务员录用规定（试行）》，现将有关事项通知如下。', '公务员录用规定（试行）'],
  ['policy', '按照《公务员考核规定（试行）》组织年度考核。', '公务员考核规定（试行）'],
];

// A casino brand in a host name: [page, excerpt that must be reported].
const HIJACK_PAGES: Array<[string, string]> = [
  [
    '<html><body><p>现予以公示，<a href="http://www.tyc8866.cc/zt/" target="_blank">点击查看详细名单</a>。</p></body></html>',
    '点击查看详细名单',
  ],
  ['<html><body><p><a href="http://tyc5599.com/">附件下载</a></p></body></html>', '附件下载'],
  ['<html><body><p><a href="http://amjs888.net/">政策解读</a></p></body></html>', '政策解读'],
  ['<html><body><p><a href="http://8866bjl.cc/">图片新闻</a></p></body></html>', '图片新闻'],
  ['<html><body><p><a href="http://wnsr-6688.com/">办事指南</a></p></body></html>', '办事指南'],
  ['<html><body><p><a href="http://dafa888.vip/">通知公告</a></p></body></html>', '通知公告'],
];

// [gate, clean text or page of the same topic]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['confidentiality', '考试结束后，教研组对试卷第18、22题进行了讲评。'],
  ['confidentiality', '请同学们考前复习课本第三章的例题。'],
  ['confidentiality', '面试将于6月8日举行，面试考官由市人社局从考官库中随机抽取。'],
  ['confidentiality', '面试已于6月8日顺利举行，本次面试考官为：张立新、李卫东。'],
  ['confidentiality', '今年全市共有1320名适龄青年报名应征，征兵工作进展顺利。'],
  ['confidentiality', '征兵任务圆满完成，共输送新兵128名。'],
  ['confidentiality', '图书馆新馆（暂不对外开放）面积2.1万平方米。'],
  ['confidentiality', '网传实际感染人数是公布数字的3倍，经核实系谣言。'],
  ['confidentiality', '经县委研究，决定免去王某某同志城东中学校长职务。'],
  ['confidentiality', '拟提任李某某为城东中学校长，现予公示，公示期5个工作日。'],
  ['coercion', '请家长自愿注册“智慧作业”平台，注册与否不影响学生评优。'],
  ['coercion', '未按时提交申请材料的学生，不能参加本年度奖学金评选。'],
  ['advertising', '我市地区生产总值增速全省第一。'],
  ['advertising', '我院引进国际先进的手术机器人，已完成首批手术。'],
  ['advertising', '我院门诊量较去年增长12%。'],
  ['advertising', '学习借鉴国际最先进的管理经验。'],
  ['advertising', '我院手术安全核查执行率100%。'],
  ['advertising', '县医院邀请省内权威专家开展义诊。'],
  ['advertising', '杭州是大学毕业生就业首选城市之一。'],
  ['advertising', '经公开招标，确定三家物业公司为首选服务单位。'],
  ['advertising', '经省教育厅审核，该平台已列入白名单，供各校自主选用。'],
  ['advertising', '名额有限，报名从速。'],
  [
    'advertising',
    '喜报！我市选手杨帆夺得焊接项目金牌。市人社局将按规定给予奖励，并推荐其申报“全国技术能手”。',
  ],
  ['advertising', '推荐王某某同志为“优秀共产党员”候选人。'],
  ['opinion', '青年干部要拒绝躺平心态，担当作为。'],
  ['opinion', '集中整治“躺平式”干部问题。'],
  ['opinion', '老党员从不倚老卖老，带头遵守规定。'],
  ['opinion', '窗口为年纪大的老人开设绿色通道。'],
  ['legal', '在社保自助服务终端输入社保卡号及密码即可查询缴费记录。'],
  ['legal', '警惕！骗子发送虚假链接，诱导输入银行卡号和密码，请勿点击。'],
  ['policy', '《事业单位工作人员处分规定》自2023年11月6日起施行。'],
  ['policy', '依据《事业单位工作人员处分规定》，给予邹某记过处分。'],
  [
    'hijack',
    { html: '<html><body><p><a href="http://www.tyc2024.cn/">天源村合作社</a></p></body></html>' },
  ],
  [
    'hijack',
    { html: '<html><body><p><a href="https://www.tianyancha.com/">天眼查</a></p></body></html>' },
  ],
];

describe('heldout-final65 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(HIJACK_PAGES)('hijack reports in %s', (html, excerpt) => {
    expect(reported('hijack', { html }).some((e) => e.includes(excerpt))).toBe(true);
  });
});
