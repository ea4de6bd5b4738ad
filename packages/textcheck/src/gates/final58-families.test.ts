// Rule families of the heldout-final58 round, each with wordings other than the set's: a party
// organisation's head called 主席, a commission's head called 主席, 厅长 or 局长 (political); points
// at the gaokao for the abolished encouragement items, a birth allowed only with a permit (policy); a
// newspaper subscription made the price of an office's service (coercion); a fee asked before a loan
// pays out, betting on a match with a deposit bonus and cash-out beside an invitation to the public
// (legal); the citizen blamed for not reading the notice (opinion); a pupil named with class and
// mental-health condition (privacy); a member's masked name before their position at an undecided
// meeting and members told to disagree, an exam question quoted whole, a surprise check announced
// with its hour, a command's internal judgement quoted (confidentiality) — and the false alarms of
// the round as near misses: 中国香港 beside a list of countries in another clause, the essay title
// told after its exam ended, a safety list's 不参与网络赌博, internal material to be cleared out in a
// secrecy self-check, and a usage lesson's quoted wrong form (text).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a party organisation's head called 主席
  [
    'political',
    '【村务动态】5月8日，桃源村党支部主席王德胜带领村“两委”干部走访全村12户种植大户。',
    '党支部主席',
  ],
  ['political', '村党总支主席刘某主持召开村民代表大会。', '党总支主席'],
  ['political', '社区党支部副主席张某参加活动。', '党支部副主席'],
  ['political', '石桥村支部主席李建国带头捐款。', '支部主席'],
  ['political', '乡纪委主席王某通报了典型案例。', '纪委主席'],
  ['political', '开发区纪工委主席赵某出席会议。', '纪工委主席'],
  // a commission's head called 主席, 厅长 or 局长
  ['political', '【纪检监察】11月4日，县纪委书记、县监委主席张海峰主持召开专题会议。', '监委主席'],
  [
    'political',
    '【工作动态】8月26日，省卫健委厅长一行到龙山县调研基层医疗卫生服务体系建设。',
    '委厅长',
  ],
  ['political', '市监察委员会副主席赵某出席。', '监察委员会副主席'],
  ['political', '市发改委局长李明出席会议并讲话。', '委局长'],
  ['political', '省卫生健康委员会副厅长张某带队检查。', '委员会副厅长'],
  ['political', '区监委副主席陈某通报了问责情况。', '监委副主席'],
  ['political', '县教委局长到各校检查开学准备工作。', '委局长'],
  // points at the gaokao for an abolished encouragement item
  [
    'policy',
    '【高考政策】2026年普通高考报名工作即将开始。提醒考生：获得省级优秀学生（三好学生）称号的考生，高考投档时可加20分，请符合条件的考生在报名时如实填报并上传证书。',
    '高考投档时可加20分',
  ],
  ['policy', '国家二级运动员在高考录取时可加10分。', '高考录取时可加10分'],
  [
    'policy',
    '获得全国中学生学科奥林匹克竞赛省赛区一等奖的考生，高考可加分投档。',
    '高考可加分投档',
  ],
  ['policy', '今年起，体育特长生高考可照顾加20分。', '高考可照顾加20分'],
  ['policy', '被评为省级优秀学生干部的应届生，普通高校招生时加10分。', '普通高校招生时加10分'],
  ['policy', '科技创新大赛获省级一等奖的学生，高考投档可增加5分。', '高考投档可增加5分'],
  // a birth allowed only with a permit
  [
    'policy',
    '【便民服务】符合再生育条件的夫妻，生育第二个子女前须向户籍所在地乡镇卫健办提出申请，经审批领取《再生育证》后方可生育。',
    '经审批领取《再生育证》后方可生育',
  ],
  ['policy', '夫妻双方需办好准生证后才能怀孕，否则不予建卡。', '办好准生证后才能怀孕'],
  ['policy', '未经审批不得生育第三个子女。', '未经审批不得生育'],
  ['policy', '生二孩须先到村计生专干处领取生育证后方可生育。', '领取生育证后方可生育'],
  ['policy', '未办理生育服务证的，一律不得生育。', '未办理生育服务证的，一律不得生育'],
  ['policy', '再婚夫妻须经县卫健局批准，领到再生育证才能生孩子。', '领到再生育证才能生孩子'],
  // a newspaper subscription made the price of an office's service
  [
    'coercion',
    '【通知】辖区各企业、个体工商户须于月底前订阅2026年度《石门日报》，订阅凭证作为年报审核材料之一，未订阅的年报审核不予通过。',
    '未订阅的年报审核不予通过',
  ],
  ['coercion', '各商户须订阅《城关周刊》，未订阅的暂停办理营业执照年审。', '未订阅的暂停办理'],
  [
    'coercion',
    '请各养殖户订阅《畜牧科技》杂志，订阅回执作为动物防疫合格证换证依据。',
    '订阅回执作为动物防疫合格证换证依据',
  ],
  ['coercion', '拒不订阅《法治报》的单位，一律不予办理年检。', '一律不予办理年检'],
  [
    'coercion',
    '运输企业须订购《交通安全》期刊，订购发票作为营运证年审材料。',
    '订购发票作为营运证年审材料',
  ],
  ['coercion', '辖区餐饮店须订阅报刊，未订阅报刊的不予受理许可申请。', '不予受理'],
  // a fee asked before a loan pays out
  [
    'legal',
    '【惠民信息】社区联合合作机构推出“无抵押低息贷款”，个体工商户最高可贷20万元，放款前仅需缴纳3000元“解冻保证金”至指定账户，当天即可放款。',
    '放款前仅需缴纳3000元“解冻保证金”至指定账户',
  ],
  ['legal', '贷款审批通过后，放款前需先交500元工本费到对方银行卡。', '放款前需先交500元工本费'],
  ['legal', '先支付2000元验资金才能放款，请尽快办理。', '先支付2000元验资金才能放款'],
  ['legal', '下款前须缴纳贷款金额5%的保证金，审核通过当天到账。', '下款前须缴纳贷款金额5%的保证金'],
  ['legal', '创业贷款最高50万，放款之前只需支付800元会员费。', '放款之前只需支付800元会员费'],
  [
    'legal',
    '您的贷款已审批，需先转账1000元激活费才能为您放款。',
    '需先转账1000元激活费才能为您放款',
  ],
  // betting on a match with a deposit bonus and cash-out, beside an invitation to the public
  [
    'legal',
    '【全民健身】第五届“村BA”篮球联赛将于11月2日在县体育中心开幕。扫码进入“鸿运棋牌”竞猜比赛胜负，首充100送100，赢了当场提现。欢迎广大群众到场观赛，为家乡球队加油。',
    '首充100送100',
  ],
  ['legal', '龙舟赛现场扫码竞猜冠军，首充50送50，赢了马上提现。欢迎广大市民前来观赛。', '竞猜冠军'],
  ['legal', '下载APP押比赛输赢，充值100元送50，赢了秒提现。', '押比赛输赢'],
  ['legal', '竞猜比分，首充200，赢了即可兑现。诚邀广大群众参与。', '竞猜比分'],
  ['legal', '村超决赛扫码买胜负，首充30送30，赢了当场兑现。', '买胜负'],
  ['legal', '运动会期间猜名次，充值50元返现，赢了立即提现。', '猜名次'],
  // the citizen blamed for not reading the notice
  [
    'opinion',
    '【留言回复】网友“清风徐来”：您好，通知早在上周就在本号和各村公示栏发布了，你自己不看还来怪我们？缴费期为9月1日至12月31日。',
    '自己不看还来怪',
  ],
  ['opinion', '您自己没有按时申报，反而来怪工作人员。', '反而来怪工作人员'],
  ['opinion', '你自己没带材料却埋怨窗口不给办？', '自己没带材料却埋怨'],
  ['opinion', '自己不注意看公告，倒来责怪我们。', '倒来责怪我们'],
  ['opinion', '通知早就发了，自己不关注还跑来怪政府。', '自己不关注还跑来怪'],
  ['opinion', '你自己没看清规定，反过来怪我们办事慢？', '反过来怪我们'],
  // a pupil named with class and mental-health condition
  [
    'privacy',
    '【班主任群通知】请各班主任重点关注心理危机预警学生，本周需重点家访的学生：初二（3）班王梓涵（重度抑郁，曾有自伤行为）。',
    '初二（3）班王梓涵（重度抑郁，曾有自伤行为）',
  ],
  ['privacy', '七年级2班学生李浩然，有自残倾向，请班主任每天关注。', '七年级2班学生李浩然'],
  ['privacy', '高一(5)班陈思雨：焦虑症，已休学两周。', '高一(5)班陈思雨：焦虑症'],
  ['privacy', '五年级三班刘子轩（多动症）上课需安排专人陪护。', '五年级三班刘子轩（多动症）'],
  ['privacy', '初三（1）班张雨萱同学（曾有轻生念头），请心理老师每周约谈。', '张雨萱'],
  ['privacy', '八年级4班周子豪，确诊双相情感障碍，请各科老师多加关注。', '周子豪'],
  // a member's masked name before their position at an undecided meeting, members told to disagree
  [
    'confidentiality',
    '【会议报道】11月8日，县政府召开常务会议，研究城东片区棚户区改造等事项。会上，分管副县长周某坚持暂缓，县发改局与财政局负责人意见分歧较大，争论近一小时后仍未形成一致意见，会议决定另行研究。',
    '分管副县长周某坚持暂缓',
  ],
  [
    'confidentiality',
    '镇党委会研究征地补偿标准，分管副镇长李某认为标准偏高，会议未形成决定。',
    '李某认为标准偏高',
  ],
  [
    'confidentiality',
    '县政府常务会议上，两位副县长意见不一，会议未形成决定，待下次会议继续研究。',
    '两位副县长意见不一',
  ],
  [
    'confidentiality',
    '局党组会上，纪检组长王某某主张从严处理，会议未形成一致意见。',
    '王某某主张从严处理',
  ],
  [
    'confidentiality',
    '会上，住建局和自然资源局负责人争执不下，未能形成一致意见。',
    '负责人争执不下',
  ],
  [
    'confidentiality',
    '专题会上，分管副区长张某反对立即开工，意见分歧较大，择期再议。',
    '张某反对立即开工',
  ],
  // an exam question quoted whole before the exam
  [
    'confidentiality',
    '【备考提醒】据内部消息，明天上午中考数学最后一道压轴题考查二次函数与动点问题，题目为：“如图，抛物线y=ax²+bx+3与x轴交于A、B两点……”请同学们今晚重点复习此类题型。',
    '题目为：“如图，抛物线y=ax²+bx+3与x轴交于A、B两点……”',
  ],
  [
    'confidentiality',
    '明天的中考语文作文题已确定，作文题围绕乡村振兴，原题为：“请以‘家乡的变化’为题写一篇文章”，大家提前准备。',
    '原题为：“请以',
  ],
  [
    'confidentiality',
    '明天物理考试第22题考查浮力计算，题干是：“一个质量为2kg的物块漂浮在水面上……”请抓紧练习。',
    '题干是：“一个质量为2kg的物块',
  ],
  [
    'confidentiality',
    '距离高考还有两天，数学大题考立体几何，题目如下：“在四棱锥P-ABCD中，底面为正方形……”',
    '题目如下：“在四棱锥P-ABCD中',
  ],
  [
    'confidentiality',
    '下周一笔试，压轴题考的是数列求和，题目是：“已知数列{an}满足a1=1……”请同学们提前准备。',
    '题目是：“已知数列',
  ],
  [
    'confidentiality',
    '明天英语科目考试，试题第3题为完形填空，题目为：“Tom was walking home……”复习时请留意。',
    '题目为：“Tom was walking home',
  ],
  // a surprise check announced with its hour and target
  [
    'confidentiality',
    '【警方动态】为进一步净化社会治安环境，我局定于本周六凌晨2时对城北工业园区周边5家娱乐场所开展集中突击清查，届时将抽调警力120余名。',
    '定于本周六凌晨2时对城北工业园区周边5家娱乐场所开展集中突击清查',
  ],
  [
    'confidentiality',
    '县应急局计划于下周三对辖区危化品企业进行突击检查。',
    '计划于下周三对辖区危化品企业进行突击检查',
  ],
  [
    'confidentiality',
    '派出所定于明晚10点对辖区出租屋开展突击清查。',
    '定于明晚10点对辖区出租屋开展突击清查',
  ],
  [
    'confidentiality',
    '市场监管局拟于本周五凌晨对城南冷库开展突击排查。',
    '拟于本周五凌晨对城南冷库开展突击排查',
  ],
  [
    'confidentiality',
    '今晚11时，文旅执法队将对城区歌舞厅统一突击检查。',
    '今晚11时，文旅执法队将对城区歌舞厅统一突击检查',
  ],
  [
    'confidentiality',
    '治安大队决定于周六深夜在城西夜市开展集中突击查处。',
    '决定于周六深夜在城西夜市开展集中突击查处',
  ],
  // a command's or task force's internal judgement quoted
  [
    'confidentiality',
    '【疫情提示】近期流感进入高发期。根据指挥部内部研判，预计下周本县新增病例可能突破3000例，部分学校或将停课，该数据暂不对外公布。',
    '根据指挥部内部研判',
  ],
  [
    'confidentiality',
    '据县疫情防控指挥部内部研判，本轮疫情可能持续一个月。',
    '据县疫情防控指挥部内部研判',
  ],
  ['confidentiality', '经工作专班内部评估，该项目存在较大信访风险。', '经工作专班内部评估'],
  [
    'confidentiality',
    '根据防汛抗旱指挥部内部分析，水库可能需要泄洪。',
    '根据防汛抗旱指挥部内部分析',
  ],
  ['confidentiality', '据市疾控中心内部研判，下周流感阳性率可能翻倍。', '据市疾控中心内部研判'],
  [
    'confidentiality',
    '按照领导小组内部掌握的情况，该镇可能存在数据造假。',
    '按照领导小组内部掌握的情况',
  ],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  // the right titles, and the heads of commissions and bureaus together
  ['political', '村党支部书记王德胜带领干部走访种植大户。'],
  ['political', '县纪委副书记、县监委副主任王某出席。'],
  ['political', '市直各委局长参加会议。'],
  ['political', '县卫健委主任、县中医药管理局局长王某出席。'],
  ['political', '王荷波是中国共产党早期领导人、首任中共中央监察委员会主席。'],
  // encouragement items named as abolished, and a 中考 bonus
  ['policy', '自2015年起，取消省级优秀学生、体育特长生等全国性高考加分项目。'],
  ['policy', '县级三好学生中考可加5分，具体以当年中考招生政策为准。'],
  // births registered, and the permit asked about or told gone
  ['policy', '按照新规定，生育子女无需审批，实行生育登记，不再办理再生育证。'],
  ['policy', '2010年，我县群众需领取生育证后方可生育。'],
  // subscriptions offered or banned
  ['coercion', '欢迎广大读者自愿订阅《石门日报》，订阅热线0736-1234567。'],
  ['coercion', '未订阅短信提醒的用户无法收到缴费通知。'],
  ['coercion', '各党支部要做好2026年度党报党刊征订工作，订阅情况纳入党建考核。'],
  // loan fees in a warning, and lawful payments before a loan or a withdrawal
  ['legal', '警方提醒：凡是放款前要求缴纳保证金、解冻金的，都是诈骗。'],
  ['legal', '购房者需在银行放款前支付首付款。'],
  ['legal', '微信提现前需支付0.1%的手续费。'],
  // guessing for a prize, and the public invited to report gambling
  ['legal', '世界杯期间，关注公众号竞猜比赛胜负，猜中比分可获得球衣一件。'],
  ['legal', '欢迎广大群众积极举报涉赌线索。'],
  // blame absent
  ['opinion', '孩子不小心打碎了杯子，妈妈没有责怪他。'],
  ['opinion', '您反映的问题我们已转交相关部门，给您带来不便，请您谅解。'],
  // a pupil named for something else, a condition not tied to a named pupil
  ['privacy', '初二（3）班王梓涵获心理健康征文一等奖。'],
  ['privacy', '全校开展抑郁症筛查，初二（3）班王梓涵作为学生代表发言。'],
  ['privacy', '初二（3）班某同学（重度抑郁）需重点关注。'],
  // a meeting that decided, and a public forecast
  ['confidentiality', '会议研究同意了该项目，与会人员一致赞成。'],
  ['confidentiality', '县政府召开常务会议，分管副县长周某通报了棚户区改造进展。'],
  ['confidentiality', '据防汛指挥部研判，预计明天我县将迎来强降雨。'],
  ['confidentiality', '指挥部召开内部会议，研判疫情形势。'],
  // an announced routine inspection, a raid already made
  ['confidentiality', '县市场监管局定于本周六上午9时对城区农贸市场开展食品安全检查。'],
  ['confidentiality', '我局于上周六凌晨2时对城北5家娱乐场所开展集中突击清查，查获涉赌人员12名。'],
  // a question quoted with no exam ahead, and a title for an essay contest
  ['confidentiality', '本次征文的题目为：“我和我的祖国”，欢迎投稿。'],
  ['confidentiality', '中考数学考试已结束，压轴题考查二次函数，题目为：“如图，抛物线……”解析如下。'],
  // round 58's false alarms
  [
    'political',
    '【文旅数据】今年上半年，全省接待入境游客42.6万人次，同比增长31.5%，其中来自中国香港、中国澳门和中国台湾的游客占比约37%，韩国、马来西亚、新加坡等国家游客增长明显。',
  ],
  ['political', '来自中国台湾的客商占比约两成，日本、韩国等国家客商增长较快。'],
  [
    'confidentiality',
    '【中考快讯】今天上午，2025年中考语文科目考试顺利结束。今年作文题为“那一刻，我长大了”，引导学生关注成长过程中的真实体验。下午将进行数学科目考试，请考生提前30分钟到达考点。',
  ],
  [
    'confidentiality',
    '高考语文考试已于今天上午圆满结束，今年作文题目为“人工智能与人类”，下午将进行数学考试。',
  ],
  [
    'legal',
    '【安全提醒】寒假将至，请家长做好孩子假期安全教育：不到无安全设施、无救援保障的水域游泳，不私自燃放烟花爆竹，不参与网络赌博和网络游戏充值，不点击来历不明的链接。',
  ],
  ['legal', '假期安全“五不”：不玩火，不下河，不沉迷网络，不参与赌博，不与陌生人同行。'],
  [
    'confidentiality',
    '【科室群通知】各科室注意：下周将开展保密自查。请大家清理个人办公电脑中存储的内部资料，涉密文件一律存放在涉密计算机中，严禁在工作群内转发标有密级的文件。',
  ],
  ['confidentiality', '保密自查期间，请及时删除手机和微信中的内部资料。'],
];

// Places listed among countries and a leak beside a finished exam, still reported.
const STILL: Array<[Gate, string, string]> = [
  ['political', '香港、韩国、新加坡等国家游客增长明显。', '香港'],
  ['political', '中国台湾、日本、韩国等国家客商增长较快。', '台湾'],
  [
    'confidentiality',
    '今天语文考试顺利结束。据内部消息，明天数学考试压轴题考查二次函数，题目为：“如图，抛物线……”',
    '题目为：“如图，抛物线……”',
  ],
  ['confidentiality', '以下为内部资料，请勿外传。', '内部资料'],
];

describe('heldout-final58 families', () => {
  itReportsFamilies([...CATCHES, ...STILL], CLEAN);

  // A usage lesson's wrong form, quoted and named wrong, only informs; a slip in prose is reported.
  const textReported = (text: string) =>
    textGateFindings(text)
      .filter((f) => f.severity !== 'info')
      .map((f) => f.excerpt);
  it.each([
    '【每周一词】“一鼓作气”常被误写为“一股作气”。“鼓”指击鼓，后比喻趁劲头大时一下子把事情做完。',
    '“再接再厉”不能写成“再接再励”。',
    '应写作“一鼓作气”，而非“一股作气”。',
    '“一股作气”是错误写法，正确的是“一鼓作气”。',
    '常见错别字：“迫在眉捷”（×）“迫在眉睫”（√）。',
    '“一鼓作气”不要写作“一股作气”。',
  ])('text only informs on the cited wrong form in %s', (text) => {
    expect(textReported(text)).toEqual([]);
  });
  it.each([
    ['全体队员一股作气冲上山顶。', '一股作气'],
    ['举办“一股作气”主题登山活动。', '一股作气'],
    ['我们要再接再励，争取更大成绩。', '再接再励'],
  ])('text still reports the slip in %s', (text, wrong) => {
    expect(textReported(text).some((e) => e.includes(wrong))).toBe(true);
  });
});
