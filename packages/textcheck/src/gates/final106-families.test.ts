// Rule families from heldout-final106, measured unseen and then read: play for a small stake allowed
// outright (允许居民小额带彩); the means of a debt collection told as allowed (可以采取上门堵门、在其住处喷漆
// 等方式催收); another person's hotel or travel records looked up (查询他人开房记录); a pupil named near
// online gambling (初二学生刘子涵因参与网络赌博); a masked victim given with a number (受害人陈某（联系电话
// 138…）); a relative's condition with the care it needs (儿子患有自闭症需要专人照顾); the central staffing
// commission given a state prefix (国家编制委员会办公室); the editor envious to tears (小编都羡慕哭了～);
// the citizen told to stop blaming the office (别啥都赖我们); the secret base price given before the bids
// are opened (该项目标底为1863.42万元); bid rigging told a trade's custom (投标人之间事先沟通报价属于行业
// 惯例); an inspection permitted to break into a home (检查组可以强行破门进入); one firm's product
// recommended with a superlative (推荐使用诚信达科技公司的CA锁，兼容性最好); an exam's questions listed
// before it is sat (结业考试将于周五举行，试题为：一、论述…); a Party regulation by a replaced revision
// (《中国共产党纪律处分条例》（2018年修订）); 丰收在望 written 丰收在旺. Quiet again: a party school's page citing itself by its first and
// second name (来源：中共XX省委党校（XX省行政学院）).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // women judged as a group by a trait of mind
  [
    'political',
    '【防非课堂】女性投资者感性冲动、缺乏判断力，往往是非法集资最容易瞄准的对象。',
    '女性投资者感性冲动',
  ],
  ['political', '女人天生情绪化，遇事不要找她们商量。', '女人天生情绪化'],
  ['political', '女同志普遍没主见，签合同前要多把关。', '女同志普遍没主见'],
  ['political', '女性消费者比较冲动，商家常以此设局。', '女性消费者比较冲动'],
  ['political', '女司机头脑简单，容易被碰瓷。', '女司机头脑简单'],
  ['political', '妇女们爱贪小便宜，保健品骗局专挑她们下手。', '妇女们爱贪小便宜'],
  // play for a small stake allowed outright
  [
    'legal',
    '【人防工程利用】城西人防工程已改造为社区活动室，可开展棋牌娱乐，允许居民小额带彩，活跃社区文化生活。',
    '允许居民小额带彩',
  ],
  ['legal', '老年活动中心打麻将可以适当带点彩头。', '可以适当带点彩头'],
  ['legal', '村里默许村民小额赌钱，过年图个热闹。', '默许村民小额赌钱'],
  ['legal', '棋牌室准许牌友少量押注。', '准许牌友少量押注'],
  ['legal', '活动室允许大家小额带彩娱乐。', '允许大家小额带彩'],
  ['legal', '春节期间容许群众适度带彩。', '容许群众适度带彩'],
  // the means of a debt collection told as allowed
  [
    'legal',
    '【网贷催收】对恶意逃废债务的借款人，放贷机构可以采取上门堵门、在其住处喷漆等方式催收，维护自身合法权益。',
    '喷漆等方式催收',
  ],
  ['legal', '对拖欠货款的客户，可以通过骚扰其亲友的办法催债。', '骚扰其亲友的办法催债'],
  ['legal', '借款人失联的，可采用爆通讯录的方式进行催收。', '爆通讯录的方式进行催收'],
  ['legal', '债主可以用泼油漆等手段讨债。', '泼油漆等手段讨债'],
  ['legal', '必要时可以恐吓其家人等方法要债。', '恐吓其家人等方法要债'],
  ['legal', '对老赖可采取堵门的方式追债。', '堵门的方式追债'],
  // another person's hotel or travel records looked up
  [
    'legal',
    '【数据服务】市民如需核实对方身份，可通过“信查查”网站查询他人开房记录和出行信息，每次收费20元。',
    '查询他人开房记录',
  ],
  ['legal', '本平台可查看对方的通话记录，价格优惠。', '查看对方的通话记录'],
  ['legal', '提供服务：获取他人住宿记录，当天出结果。', '获取他人住宿记录'],
  ['legal', '怀疑配偶出轨？我们帮你查找配偶的行踪轨迹。', '查找配偶的行踪轨迹'],
  ['legal', '可调阅任何人的出行信息，每条50元。', '调阅任何人的出行信息'],
  ['legal', '快速查询老公开房记录，保密。', '查询老公开房记录'],
  // a pupil named near online gambling
  [
    'legal',
    '【警示】近日，县第二中学初二学生刘子涵因参与网络赌博欠下2万余元，家长发现后报警。请各位家长加强对孩子手机的管理。',
    '刘子涵',
  ],
  ['legal', '市实验中学高一学生王浩然沉迷网络赌博，输光了学费。', '市实验中学高一学生'],
  ['legal', '县第一中学初三学生李思远参与赌博欠下外债。', '县第一中学初三学生'],
  ['legal', '近日，县第三中学七年级学生张宇航多次参赌，家长十分着急。', '张宇航'],
  ['legal', '据了解，高二学生陈佳豪因网络赌博借了网贷。', '陈佳豪'],
  ['legal', '市第二中学八年级学生赵梓轩参与网络赌博被家长发现。', '市第二中学八年级学生'],
  // a masked victim given with a number
  [
    'privacy',
    '【案例通报】受害人陈某（联系电话13874215096）近日被冒充客服的骗子骗走8.6万元，警方已立案侦查。',
    '13874215096',
  ],
  ['privacy', '当事人张某（手机：13912345678）称其车辆被刮。', '13912345678'],
  ['privacy', '被害人李某某（电话13698765432）已报案。', '13698765432'],
  ['privacy', '事主王某（联系电话：15011112222）损失现金。', '15011112222'],
  ['privacy', '报案人刘某（手机号18655556666）称被骗。', '18655556666'],
  ['privacy', '经查，赵某（联系方式13577778888）系该车车主。', '13577778888'],
  // a relative's condition with the care it needs
  [
    'privacy',
    '【沟通会】关于人防车位租赁纠纷，业主赵红梅表示儿子患有自闭症需要专人照顾，希望调整车位位置，管理所已协调处理。',
    '儿子患有自闭症',
  ],
  ['privacy', '村民王建军的女儿患有癫痫，需要家人长期照料。', '女儿患有癫痫'],
  ['privacy', '居民李秀英的丈夫患有精神分裂症，需要有人照顾。', '丈夫患有精神分裂症'],
  ['privacy', '低保户周德明的儿子患有自闭症，离不开人照顾。', '儿子患有自闭症'],
  ['privacy', '业主孙丽表示女儿患有抑郁症需要专人照料。', '女儿患有抑郁症'],
  ['privacy', '村民吴国强的母亲患有阿尔茨海默病，需要24小时照顾。', '母亲患有阿尔茨海默病'],
  // the central staffing commission given a state prefix
  [
    'political',
    '【业务培训】市编办组织全市机构编制干部参加国家编制委员会办公室举办的网络专题培训，重点学习机构编制实名制管理要求。',
    '国家编制委员会办公室',
  ],
  ['political', '根据国务院机构编制委员会的批复，我市设立该中心。', '国务院机构编制委员会'],
  ['political', '国家机构编制委员会办公室近日印发通知。', '国家机构编制委员会办公室'],
  ['political', '该文件由国家编办制定。', '国家编办'],
  ['political', '全国编制委员会召开会议。', '全国编制委员会'],
  ['political', '经国家编制委员会批准，增设两个内设机构。', '国家编制委员会'],
  // the editor envious or moved to tears
  [
    'opinion',
    '【结业掠影】为期两个月的秋季主体班今天结业。这届学员特别用功，晚上教室灯都亮到十点，小编都羡慕哭了～',
    '小编都羡慕哭了',
  ],
  ['opinion', '看到这么美的风景，小编羡慕死了。', '小编羡慕死了'],
  ['opinion', '年终奖这么高，小编酸了。', '小编酸了'],
  ['opinion', '这道菜小编看了都馋哭了。', '小编看了都馋哭了'],
  ['opinion', '小编也感动得哭了。', '小编也感动得哭了'],
  ['opinion', '小编直接笑哭了。', '小编直接笑哭了'],
  // the citizen told to stop blaming the office for everything
  [
    'opinion',
    '【回复网友】您好，经技术人员检测，“一网通办”系统运行一切正常，页面卡顿是你家网络的问题，别啥都赖我们。',
    '别啥都赖我们',
  ],
  ['opinion', '停水是管道老化造成的，不要什么事都怪政府。', '不要什么事都怪政府'],
  ['opinion', '这是您自己操作失误，少什么都往我们身上推。', '少什么都往我们身上推'],
  ['opinion', '电梯坏了找物业，别什么都赖社区。', '别什么都赖社区'],
  ['opinion', '您的材料不全，别动不动就怪工作人员。', '别动不动就怪工作人员'],
  ['opinion', '系统没问题，甭啥都推给窗口。', '甭啥都推给窗口'],
  // the secret base price given before the bids are opened
  [
    'confidentiality',
    '【开标预告】城南片区道路提质改造工程将于12月8日开标，该项目标底为1863.42万元，请各投标人合理报价。',
    '标底为1863.42万元',
  ],
  ['confidentiality', '本项目将于下周一开标，标底价为560万元。', '标底价为560万元'],
  ['confidentiality', '该地块拍卖会将于月底举行，保留价定为3200万元。', '保留价定为3200万元'],
  ['confidentiality', '报名截止后统一开标，项目标底：980.5万元。', '标底：980.5万元'],
  ['confidentiality', '目前已有5家单位报名，标底约为1200万元。', '标底约为1200万元'],
  ['confidentiality', '尚未开标的路灯改造项目标底是86万元。', '标底是86万元'],
  // bid rigging told a trade's custom
  [
    'legal',
    '【答网友问】有网友问投标前和其他公司商量报价是否违规。其实投标人之间事先沟通报价属于行业惯例，大家不必过分紧张。',
    '投标人之间事先沟通报价属于行业惯例',
  ],
  ['legal', '陪标是业内常规操作，大家都这么干。', '陪标是业内常规操作'],
  ['legal', '几家公司事先统一报价，这在建筑圈是行业潜规则。', '统一报价，这在建筑圈是行业潜规则'],
  ['legal', '围标在工程领域其实是行业通行做法。', '围标在工程领域其实是行业通行做法'],
  ['legal', '投标单位之间提前约定报价，算是业内惯例。', '投标单位之间提前约定报价，算是业内惯例'],
  ['legal', '串标这种事属于行业普遍做法，不用担心。', '串标这种事属于行业普遍做法'],
  // an inspection or staff permitted to break into a home
  [
    'legal',
    '【通知】个别业主拒不配合人防工程检查，检查组可以强行破门进入，由此造成的损失由业主自行承担。',
    '可以强行破门进入',
  ],
  ['legal', '对拒不开门的住户，社区可以撬锁入户检查。', '可以撬锁入户'],
  ['legal', '工作人员将强行进入其住宅进行排查。', '将强行进入其住宅'],
  ['legal', '拒不配合的，执法人员有权直接破门而入。', '有权直接破门而入'],
  ['legal', '业主长期不在家的，物业公司可以砸锁进入。', '可以砸锁进入'],
  ['legal', '联系不上房主的，网格员可强行入户登记。', '可强行入户'],
  // one firm's product recommended with a superlative of its quality
  [
    'advertising',
    '【办事提示】办理CA数字证书，推荐使用诚信达科技公司的CA锁，兼容性最好，办理最快。',
    '兼容性最好',
  ],
  ['advertising', '建议选购宏达电子公司的读卡器，稳定性最好。', '稳定性最好'],
  ['advertising', '推荐购买华信科技公司生产的UKey，售后一流。', '售后一流'],
  ['advertising', '建议您使用安盾信息公司的加密锁，安全性最高，性能最优。', '性能最优'],
  ['advertising', '推荐安装云通软件公司的开票系统，速度最快。', '速度最快'],
  ['advertising', '推荐选用华诚科技公司的税控盘，服务第一。', '服务第一'],
  // the questions of an exam dated ahead listed
  [
    'confidentiality',
    '【考前提示】本期培训班结业考试将于周五举行，试题为：一、论述新时代基层治理的主要路径；二、结合本职工作谈谈如何推进乡村振兴。请学员认真准备。',
    '试题为：一、论述新时代基层治理的主要路径',
  ],
  [
    'confidentiality',
    '面试将于下周二进行，面试题目是：1.请谈谈你对基层工作的理解；2.如何处理群众投诉。',
    '请谈谈你对基层工作的理解',
  ],
  [
    'confidentiality',
    '笔试定于6月10日举行，考题为：一、简述乡村振兴的总要求；二、谈谈你的体会。',
    '简述乡村振兴的总要求',
  ],
  [
    'confidentiality',
    '结业考核将于月底进行，试题如下：一、结合实际论述基层党建的重要性。',
    '结合实际论述基层党建的重要性',
  ],
  [
    'confidentiality',
    '考试定于本周五举行，题目为：（一）如何做好群众工作；（二）谈谈作风建设。',
    '如何做好群众工作',
  ],
  [
    'confidentiality',
    '岗位竞聘笔试拟于下月进行，论述题为：第一题，请论述数字政府建设的路径。',
    '请论述数字政府建设的路径',
  ],
  // a party regulation by a replaced revision
  [
    'policy',
    '【纪律教育】本期主体班开设纪律教育专题，全体学员要认真学习《中国共产党纪律处分条例》（2018年修订），严守纪律规矩。',
    '（2018年修订）',
  ],
  [
    'policy',
    '各支部要组织党员学习《中国共产党纪律处分条例》（2015年修订）。',
    '《中国共产党纪律处分条例》（2015年修订）',
  ],
  ['policy', '认真贯彻《中国共产党问责条例》（2016年）。', '《中国共产党问责条例》（2016年）'],
  [
    'policy',
    '对照《党政领导干部选拔任用工作条例》（2014年版）开展自查。',
    '《党政领导干部选拔任用工作条例》（2014年版）',
  ],
  [
    'policy',
    '严格执行《中国共产党巡视工作条例》（2017年修订）。',
    '《中国共产党巡视工作条例》（2017年修订）',
  ],
  ['policy', '各级党组织要以《纪律处分条例》（2018年版）为依据。', '《纪律处分条例》（2018年版）'],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '认为女性缺乏判断力是一种刻板印象，理财骗局对任何人都可能得手。'],
  ['political', '“双十一”期间，不少消费者冲动消费，请理性购物。'],
  ['legal', '社区活动室严禁带彩娱乐，发现一律劝离。'],
  ['legal', '棋牌室不允许小额带彩。'],
  ['legal', '严禁采取上门堵门、在其住处喷漆等方式催收。'],
  ['legal', '借款人逾期的，放贷机构应通过诉讼方式依法催收。'],
  ['legal', '旅客可通过12306查询本人出行记录。'],
  ['legal', '严禁非法查询他人开房记录，违者依法追究责任。'],
  ['legal', '县第二中学初二学生刘子涵在全省数学竞赛中获得一等奖。'],
  ['legal', '学校开展预防网络赌博主题班会，教育学生远离赌博。'],
  ['privacy', '如有疑问，请联系经办人张老师（联系电话13874215096）。'],
  ['privacy', '受害人陈某近日被冒充客服的骗子骗走8.6万元，警方已立案侦查。'],
  ['privacy', '她几十年如一日照顾患有精神分裂症的儿子。'],
  ['privacy', '自闭症儿童需要专人照顾，社会各界应给予更多关爱。'],
  ['political', '中央机构编制委员会办公室印发通知。'],
  ['political', '省机构编制委员会办公室召开全省机构编制工作会议。'],
  ['opinion', '网友纷纷表示羡慕哭了。'],
  ['opinion', '发展乡村产业不能什么都靠政府。'],
  ['confidentiality', '本项目最高投标限价为1863.42万元，将于12月8日开标。'],
  ['confidentiality', '经评审，中标人为宏远建设公司，中标价为1763万元。'],
  ['legal', '严禁串通投标，投标人之间事先沟通报价属于违法行为。'],
  ['legal', '围标陪标在一些地方几乎成了行业潜规则，必须严厉打击。'],
  ['legal', '燃气泄漏时，工作人员可以破门进入救援。'],
  ['legal', '物业公司无权强行进入业主家中。'],
  ['advertising', '推荐使用电子税务局办理，速度最快。'],
  ['advertising', '建议您到供电公司营业厅办理，办理最快。'],
  ['confidentiality', '笔试定于6月10日举行，题型为：一、单项选择题；二、判断题；三、论述题。'],
  ['confidentiality', '考试已结束，试题为：一、论述新时代基层治理的主要路径。'],
  ['policy', '学习《中国共产党纪律处分条例》（2023年修订）。'],
  ['policy', '2016年，全县组织学习《中国共产党纪律处分条例》（2015年修订）。'],
];

describe('rule families from heldout-final106', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 丰收在旺 as 丰收在望', () => {
    expect(
      textGateWarnings(
        '金秋时节，垦区百万亩稻田丰收在旺，各农场抢抓晴好天气，组织收割机连续作业。',
      ),
    ).toContain('丰收在旺');
    expect(textGateWarnings('眼下晚稻丰收在旺。')).toContain('丰收在旺');
    expect(textGateWarnings('今年全县小麦丰收在旺，农民喜笑颜开。')).toContain('丰收在旺');
    expect(textGateWarnings('果园里苹果丰收在旺。')).toContain('丰收在旺');
    expect(textGateWarnings('又是一年丰收在旺时。')).toContain('丰收在旺');
    expect(textGateWarnings('秋粮丰收在旺，颗粒归仓。')).toContain('丰收在旺');
    expect(textGateWarnings('全县粮食丰收在望。')).toEqual([]);
    expect(textGateWarnings('眼下正是销售旺季，丰收的果农忙着采摘。')).toEqual([]);
  });

  it('reads a source naming the site by its first and second name as the site itself', () => {
    const page = (source: string, site: string): string =>
      `<html><head><title>学校举办结业典礼_${site}</title></head><body><p>发布时间：2026-11-27\u3000来源：${source}\u3000字号：大</p><p>学员们系统学习了党的创新理论。</p></body></html>`;
    expect(
      reported('source', {
        html: page('中共XX省委党校（XX省行政学院）', '中共XX省委党校（XX省行政学院）'),
      }),
    ).toEqual([]);
    expect(
      reported('source', { html: page('中共XX省委党校', '中共XX省委党校（XX省行政学院）') }),
    ).toEqual([]);
    expect(
      reported('source', { html: page('某某论坛（网友投稿）', '中共XX省委党校（XX省行政学院）') }),
    ).not.toEqual([]);
  });
});
