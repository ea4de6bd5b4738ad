// Rule families from heldout-final98, measured unseen and then read: a wound laid open told in gore
// (头部被砍开，脑组织外溢，地上满是血迹和碎骨); a minor under community correction named after 就读于 the
// school and major; an exam's questions quoted by kind and count before it is sat; a 主席令 signed by the
// Premier; 种 written 重 in 接种; a standard cited by a replaced edition (GB 7258-2012, TSG G0001-2012);
// an appraisal's conclusion adjusted to the client's needs; medical-insurance money swapped for
// shopping cards or cash; a drug's dose and high told as a method; a valuation for a case told before
// its conclusion is delivered. Quiet again: slurs quoted as slurs, a body's forerunner under the
// abolished re-education through labour, and the reader warned off a drug in disguise.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a wound laid open, told in gore
  [
    'legal',
    '急救人员到达现场时，一名伤者头部被砍开，脑组织外溢，地上满是血迹和碎骨。',
    '头部被砍开',
  ],
  ['legal', '据目击者称，死者脑组织溢出，场面十分惨烈。', '脑组织溢出'],
  ['legal', '伤者颅骨被劈开，当场昏迷。', '颅骨被劈开'],
  ['legal', '现场满是血迹和碎肉，围观群众惊叫不已。', '现场满是血迹和碎肉'],
  ['legal', '该男子腹部被豁开，送医途中死亡。', '腹部被豁开'],
  ['legal', '事故车辆内，驾驶员脑组织流了一地。', '脑组织流了一地'],
  // a minor under community correction named after 就读于 the school and major
  [
    'legal',
    '【矫正风采】近日，我局组织未成年社区矫正对象开展公益劳动。其中，就读于县职业中专汽修专业的王子豪（16岁）表现突出。',
    '王子豪',
  ],
  ['legal', '社区矫正对象中，就读于市第二中学高一年级的李浩然（15岁）按时报到。', '李浩然'],
  ['legal', '涉罪未成年人就读于县实验中学初二的张雨轩（14岁）已认错悔过。', '张雨轩'],
  [
    'legal',
    '我局未成年社区矫正对象、就读于市技工学校电工专业的刘子墨，本月参加帮教活动。',
    '刘子墨',
  ],
  ['legal', '附条件不起诉期间，就读于县第一中学高二的陈思远（17岁）参加了志愿服务。', '陈思远'],
  ['legal', '该未成年犯原就读于城关中学初三的赵一鸣（16岁），现已返校复学。', '赵一鸣'],
  // an exam's questions quoted by kind and count before it is sat
  [
    'confidentiality',
    '招聘笔试将于本周六举行。提前给大家透露一下，今年笔试有两道简答题：“残疾人证分为几个等级”和“《残疾人保障法》规定的就业方式有哪些”，大家重点复习。',
    '残疾人证分为几个等级',
  ],
  [
    'confidentiality',
    '面试定于下周三举行，这次面试考三道结构化题，分别是“谈谈你对基层治理的理解”等。',
    '结构化题',
  ],
  ['confidentiality', '明天的考试有一道论述题：“如何理解乡村振兴战略”，请考生提前准备。', '论述题'],
  [
    'confidentiality',
    '笔试即将开始，申论共有两道大题：“结合材料谈谈数字政府建设”和“拟写一份倡议书”。',
    '两道大题',
  ],
  [
    'confidentiality',
    '复试将于下周一举行，复试设两道问答题，分别为“你为什么报考本岗位”和“谈谈你的优势”。',
    '问答题',
  ],
  [
    'confidentiality',
    '考试将于5月10日进行，考试包括一道作文题：“我眼中的家乡变化”，祝大家考试顺利。',
    '作文题',
  ],
  // a 主席令 signed by the Premier, a 国务院令 by the President
  [
    'political',
    '2019年12月28日，国务院总理签署第四十号主席令，公布《中华人民共和国社区矫正法》。',
    '国务院总理签署第四十号主席令',
  ],
  ['political', '国务院总理李强签发主席令，公布修订后的法律。', '国务院总理李强签发主席令'],
  ['political', '总理签署了第三十一号主席令。', '总理签署了第三十一号主席令'],
  ['political', '国家主席签署第七百号国务院令，公布《条例》。', '国家主席签署第七百号国务院令'],
  ['political', '全国人大常委会委员长签署主席令，予以公布。', '全国人大常委会委员长签署主席令'],
  ['political', '国务院副总理签署中华人民共和国主席令。', '国务院副总理签署中华人民共和国主席令'],
  // a standard cited by a replaced edition
  [
    'policy',
    '目前机动车安全技术检验仍依据《机动车运行安全技术条件》（GB 7258-2012）执行。',
    '（GB 7258-2012）',
  ],
  [
    'policy',
    '要严格按照《锅炉安全技术监察规程》（TSG G0001-2012）开展日常维护保养。',
    '（TSG G0001-2012）',
  ],
  ['policy', '生活饮用水须符合《生活饮用水卫生标准》（GB 5749-2006）要求。', 'GB 5749-2006'],
  ['policy', '电动自行车应符合GB 17761-1999的规定方可上牌。', 'GB 17761-1999'],
  ['policy', '压力容器的使用管理应执行TSG R0004-2009。', 'TSG R0004-2009'],
  ['policy', '食品生产企业使用添加剂须遵守GB 2760-2014。', 'GB 2760-2014'],
  // an appraisal's conclusion adjusted to the client's needs
  [
    'legal',
    '【服务承诺】本所可根据委托方诉讼需要对伤残等级结论作适当调整，欢迎来电洽谈长期合作。',
    '伤残等级结论作适当调整',
  ],
  ['legal', '本中心鉴定意见可按客户要求出具，价格从优。', '鉴定意见可按客户要求出具'],
  ['legal', '检测数据可根据企业需要灵活调整，欢迎咨询。', '检测数据可根据企业需要灵活调整'],
  ['legal', '我公司承接资产评估业务，保证出具满意的评估报告。', '保证出具满意的评估报告'],
  ['legal', '我们可以根据您的需求，将伤残等级调高一级。', '伤残等级调高'],
  ['legal', '可按照送检单位的要求对检验报告进行修改。', '检验报告进行修改'],
  // medical-insurance money swapped for goods or cash
  [
    'legal',
    '【医保小知识】职工医保个人账户可以支付家人购药费用。年底账户余额较多的，还可到指定合作药店将个人账户余额兑换成购物卡或现金。',
    '个人账户余额兑换成购物卡',
  ],
  ['legal', '医保卡里的钱可以在药店换米面油。', '医保卡里的钱可以在药店换米面油'],
  ['legal', '年底了，医保卡余额可以到合作超市刷生活用品。', '医保卡余额可以到合作超市刷生活用品'],
  ['legal', '社保卡里的余额能兑换成现金，手续简单。', '社保卡里的余额能兑换成现金'],
  ['legal', '参加医保的居民，个人账户结余可以换购物卡。', '个人账户结余可以换购物卡'],
  ['legal', '医保账户的钱还能买保健品和礼品。', '医保账户的钱还能买保健品'],
  // a drug's dose and high told as a method
  [
    'legal',
    '学员小林回忆，当时朋友手把手教他用锡纸把麻古烤热，再用吸管吸烟雾，一次放半粒就够劲。',
    '一次放半粒就够劲',
  ],
  ['legal', '他说冰毒要放进冰壶里烤，每次吸两口就能嗨。', '每次吸两口就能嗨'],
  ['legal', '朋友告诉他，用吸管吸K粉，一次用一克就上头。', '一次用一克就上头'],
  ['legal', '摇头丸一次吃一颗就够了，他这样教同伴。', '一次吃一颗就够了'],
  ['legal', '用锡纸烫冰毒，一次放一点就很爽。', '一次放一点就很爽'],
  ['legal', '大麻卷进卷烟纸里，每次抽两口就飘了。', '每次抽两口就飘'],
  // a valuation for a case told before its conclusion is delivered
  [
    'confidentiality',
    '受市纪委监委委托，我中心正在对一起涉嫌受贿案中的物品进行价格认定。目前初步认定涉案物品总价值约286万元，认定结论尚未送达委托机关。',
    '初步认定涉案物品总价值约286万元',
  ],
  [
    'confidentiality',
    '经初步鉴定，涉案金额约为120万元，鉴定意见尚未出具。',
    '初步鉴定，涉案金额约为120万元',
  ],
  [
    'confidentiality',
    '我所初步评估涉案房产价值约860万元，评估报告尚未送达办案单位。',
    '初步评估涉案房产价值约860万元',
  ],
  [
    'confidentiality',
    '初步估算违规资金约3500万元，核查结论还未形成。',
    '初步估算违规资金约3500万元',
  ],
  [
    'confidentiality',
    '审价中心初步核定工程造价虚高约420万元，审查意见尚未反馈。',
    '初步核定工程造价虚高约420万元',
  ],
  [
    'confidentiality',
    '初步测算涉案字画价值约56万元，价格认定结论暂未作出。',
    '初步测算涉案字画价值约56万元',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // gore: an injury in a doctor's words, a scene without gore
  ['legal', '颅脑外伤患者可出现脑组织水肿，应及时就医。'],
  ['legal', '伤者头部受伤，现场留有少量血迹，已送医救治。'],
  // a pupil praised, a masked name
  ['legal', '就读于县实验中学初二的王小明（14岁）荣获见义勇为好少年称号。'],
  ['legal', '我局未成年社区矫正对象王某某（16岁）本月表现突出，主动清扫街道。'],
  // an exam's kinds of question, a past year's paper
  ['confidentiality', '笔试将于下周举行，笔试有两道简答题和一道论述题，满分100分。'],
  [
    'confidentiality',
    '考试结束后，我们整理了真题回顾：笔试有两道简答题：“残疾人证分为几个等级”和“就业方式”。',
  ],
  // the right signer of each order
  ['political', '国家主席习近平签署第四十号主席令，公布《中华人民共和国社区矫正法》。'],
  ['political', '国务院总理签署第七百号国务院令，公布《条例》。'],
  // the current edition, the old edition named as replaced
  ['policy', '机动车安全技术检验依据《机动车运行安全技术条件》（GB 7258-2017）执行。'],
  ['policy', '新版GB 7258-2017代替了GB 7258-2012，已于2018年1月1日起实施。'],
  // a review on a party's application, a service to the client
  ['legal', '当事人对鉴定意见有异议的，可申请重新鉴定。'],
  ['legal', '本所可根据委托方需要提供加急鉴定服务。'],
  // what the account may pay for, a ban
  ['legal', '职工医保个人账户可以支付本人及配偶、父母、子女就医购药的费用。'],
  ['legal', '严禁将医保卡余额兑换现金、购买生活用品，违者将追究法律责任。'],
  // a drug's harm, a tool told in a warning
  ['legal', '禁毒民警提醒：冰毒一次吸食过量就可能导致死亡，千万不要尝试。'],
  ['legal', '禁毒宣传：吸毒者常用锡纸烫吸冰毒，危害极大，请远离毒品。'],
  // a police bulletin's preliminary facts, a valuation told after it is delivered
  ['confidentiality', '警情通报：经初步查明，事故造成3人受伤，调查结果尚未公布。'],
  ['confidentiality', '我中心已完成价格认定，认定结论已依法送达委托机关。'],
  // quiet again after final98's false alarms: slurs quoted as slurs
  [
    'political',
    '语言文明从我做起：过去一些人用“残废”“瞎子”“瘸子”等称呼残疾人，这些都是带有歧视色彩的不文明用语。请使用“残疾人”“视力残疾人”“肢体残疾人”等规范称谓。',
  ],
  ['political', '“瞎子”“聋子”是侮辱性称呼，请使用“视力残疾人”“听力残疾人”。'],
  // a body's forerunner under an abolished system
  [
    'policy',
    '【所史】我所前身为省第二劳动教养管理所。2013年劳动教养制度废止后，所里转型为强制隔离戒毒所。',
  ],
  ['policy', '我所前身为省第二劳动教养管理所，现有民警80名。'],
  // the reader warned off a drug in disguise
  [
    'legal',
    '“这是新款功能饮料，喝了提神，一点都不上瘾。”不少吸毒人员第一次接触毒品，就是听信了这样的话。请牢记：任何声称“不上瘾”“提神助兴”的不明物品都可能是毒品，一口都不能碰。',
  ],
  [
    'legal',
    '不少人第一次接触毒品，是误以为那只是“奶茶”。陌生人递来的饮料都可能是毒品，不要尝试来历不明的东西。',
  ],
];

describe('families of heldout-final98', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 接重 beside a word of vaccination as 接种', () => {
    expect(textGateWarnings('建议在流行季到来前完成流感疫苗接重。')).toContain('疫苗接重');
    expect(textGateWarnings('请按时带孩子接重疫苗。')).toContain('接重疫苗');
    expect(textGateWarnings('各乡镇卫生院预防接重门诊均可接种。')).toContain('预防接重');
    expect(textGateWarnings('全县老年人接重率达到85%。')).toContain('接重率');
    expect(textGateWarnings('接重禁忌请咨询医生。')).toContain('接重禁忌');
    expect(textGateWarnings('入学时须查验接重证明。')).toContain('接重证明');
    expect(textGateWarnings('做好迎接重大节日的各项准备。')).toEqual([]);
    expect(textGateWarnings('衔接重点项目，连接重庆方向。')).toEqual([]);
  });
});
