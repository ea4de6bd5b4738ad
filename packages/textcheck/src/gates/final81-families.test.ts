// Rule families from the misses and false alarms of heldout-final81 (measured before them): a card
// told stopped right before its name (停止办理暂住证) and 用后销毁 of a disposable item (false alarms
// spared); material marked as a work secret not to be reposted; hindsight thrown at the public (早干嘛
// 去了) and a moral judgement pushed to the limit (缺德到家了); a citizen's divorce told with the former
// spouse's name, a record hidden when hired, a credit record, Alzheimer's disease and a donor's
// positive test told by name (privacy); a state body's stem written near its own (国家医疗保险局) and the
// government named before the party (国务院、党中央); the five-guarantees support, a local 卫生局 and a
// birth approved without a permit named (policy); a quality best on the whole web (除味效果全网最强,
// 清理 as a chore is no enforcement word) and a loan's speed ranked first (advertising); stimulants
// advised for staying awake, fake papers and another's card advised for drawing public funds, a
// gambling site's bonus and payout offered inside a service tip, and a gang sent to a door (legal);
// 付本 for 副本 and 慎重追远 (text gate, typo detector).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // work secret not to be reposted
  [
    'confidentiality',
    '以下数据属工作秘密，请勿转载：截至9月底，基金结余可支付11.2个月。',
    '以下数据属工作秘密，请勿转载',
  ],
  ['confidentiality', '本表内容系工作秘密，不得外传。', '本表内容系工作秘密，不得外传'],
  ['confidentiality', '以上情况属于工作秘密，切勿扩散。', '以上情况属于工作秘密，切勿扩散'],
  ['confidentiality', '此名单为工作秘密，严禁对外公开。', '此名单为工作秘密，严禁对外公开'],
  [
    'confidentiality',
    '上述统计数字属工作秘密，请勿转发，谢谢配合。',
    '上述统计数字属工作秘密，请勿转发',
  ],
  ['confidentiality', '该方案系工作秘密，不要传播。', '该方案系工作秘密，不要传播'],
  // hindsight
  ['opinion', '总有些人欠费不交，一停暖就打电话骂人，早干嘛去了？', '早干嘛去了'],
  ['opinion', '现在知道着急了，早干什么去了！', '早干什么去了'],
  ['opinion', '房子漏水了才想起来报修，当初干啥去了？', '当初干啥去了'],
  ['opinion', '临到截止日才来办，平时都干嘛去了。', '平时都干嘛去了'],
  ['opinion', '证件过期了才来补，早干吗去了？', '早干吗去了'],
  ['opinion', '罚单来了才后悔，当初做什么去了。', '当初做什么去了'],
  // judgement pushed to the limit
  ['opinion', '嫌打车贵就叫救护车去复查，这种人真是缺德到家了。', '缺德到家'],
  ['opinion', '往楼下扔垃圾的住户，真是自私到了极点。', '自私到了极点'],
  ['opinion', '占用消防通道还骂人，简直无耻透顶。', '无耻透顶'],
  ['opinion', '偷井盖的人实在是可恶至极。', '可恶至极'],
  ['opinion', '插队还打人，态度恶劣到家了。', '恶劣到家'],
  ['opinion', '这几个司机闯卡冲岗，真是野蛮到极点。', '野蛮到极点'],
  // a citizen's divorce with the former spouse's full name
  [
    'privacy',
    '@网友刘女士 您与前夫马建军已于2023年5月协议离婚，请携带离婚协议办理。',
    '您与前夫马建军已于2023年5月协议离婚',
  ],
  ['privacy', '您好，您与前妻赵丽娟离婚后，房产份额以离婚协议为准。', '您与前妻赵丽娟离婚'],
  ['privacy', '你与丈夫陈国栋因感情不和分居两年，可向法院起诉。', '你与丈夫陈国栋因感情不和分居'],
  ['privacy', '您和妻子孙美玲已于去年登记离婚，户口可单独立户。', '您和妻子孙美玲已于去年登记离婚'],
  ['privacy', '经核实，您与前夫周建华2019年离异，子女随您生活。', '您与前夫周建华2019年离异'],
  ['privacy', '您同爱人王淑芬感情破裂一事，建议先到社区调解。', '您同爱人王淑芬感情破裂'],
  // a record hidden when hired or applying
  [
    'privacy',
    '申请人胡海涛入职时隐瞒了曾因盗窃罪被判刑的经历，公司解除劳动合同。',
    '胡海涛入职时隐瞒了曾因盗窃罪被判刑',
  ],
  [
    'privacy',
    '申请人李振华应聘时未如实告知曾因诈骗被判处有期徒刑。',
    '李振华应聘时未如实告知曾因诈骗被判处有期徒刑',
  ],
  [
    'privacy',
    '被申请人王晓东报名时隐瞒其曾因吸毒被强制隔离戒毒。',
    '王晓东报名时隐瞒其曾因吸毒被强制隔离戒毒',
  ],
  ['privacy', '求职者赵春生隐瞒了此前因故意伤害服刑的事实。', '赵春生隐瞒了此前因故意伤害服刑'],
  ['privacy', '职工孙立国入职时谎报曾于2015年被劳教的经历。', '孙立国入职时谎报曾于2015年被劳教'],
  [
    'privacy',
    '申请人陈海波未告知曾因寻衅滋事被行政拘留，单位予以辞退。',
    '陈海波未告知曾因寻衅滋事被行政拘留',
  ],
  // a credit record told by name
  [
    'privacy',
    '职工孙晓明因个人征信报告显示近两年信用卡逾期12次，不符合贷款条件。',
    '孙晓明因个人征信报告显示近两年信用卡逾期12次',
  ],
  ['privacy', '申请人李建华的征信记录存在呆账，故未予审批。', '李建华的征信记录存在呆账'],
  ['privacy', '借款人王丽贷款逾期3次，已被银行催收。', '王丽贷款逾期3次'],
  ['privacy', '缴存职工赵海军信用卡连续逾期，贷款申请被退回。', '赵海军信用卡连续逾期'],
  ['privacy', '客户周玉兰因网贷多次逾期被列入黑名单。', '周玉兰因网贷多次逾期'],
  ['privacy', '业主钱志刚的个人征信有不良记录，银行不予放贷。', '钱志刚的个人征信有不良记录'],
  // Alzheimer's disease of a person named after a role
  ['privacy', '退休人员冯秀英因患阿尔茨海默病，无法自行完成认证。', '冯秀英因患阿尔茨海默病'],
  ['privacy', '离退休人员张桂芝患有阿尔茨海默症，由社区上门办理。', '张桂芝患有阿尔茨海默症'],
  ['privacy', '参保人员刘德明确诊为老年痴呆症，已办理长护险。', '刘德明确诊为老年痴呆症'],
  ['privacy', '村民王守义患有老年痴呆，经常走错家门。', '王守义患有老年痴呆'],
  ['privacy', '受助人李凤兰罹患阿尔茨海默病，已纳入特困供养。', '李凤兰罹患阿尔茨海默病'],
  ['privacy', '居民赵大海系阿尔茨海默病患者，社区为其办理了临时救助。', '赵大海系阿尔茨海默病'],
  // a donor's positive test by name
  [
    'privacy',
    '经复检，献血者周立群的血液样本乙肝表面抗原呈阳性，该份血液已报废。',
    '周立群的血液样本乙肝表面抗原呈阳性',
  ],
  ['privacy', '献血员吴海燕的血样梅毒抗体阳性，已通知本人复查。', '吴海燕的血样梅毒抗体阳性'],
  [
    'privacy',
    '献血者郑伟的检测结果显示HIV抗体阳性，已报疾控中心。',
    '郑伟的检测结果显示HIV抗体阳性',
  ],
  ['privacy', '职工何小平的标本丙肝抗体检测呈阳性。', '何小平的标本丙肝抗体检测呈阳性'],
  ['privacy', '献血者林春燕血液样本中HBsAg阳性，血液已按规定报废。', '林春燕'],
  ['privacy', '考生曹阳检出乙肝表面抗原阳性，体检结论待复核。', '曹阳检出乙肝表面抗原阳性'],
  // a state body's stem written near its own
  ['political', '近日，国家医疗保险局公布了新版医保药品目录。', '国家医疗保险局'],
  ['political', '国家市场监督总局发布了召回公告。', '国家市场监督总局'],
  ['political', '据国家林业草原局统计，全国森林覆盖率持续提高。', '国家林业草原局'],
  ['political', '国家疾病控制局发布了健康提示。', '国家疾病控制局'],
  ['political', '国家粮食物资储备局部署秋粮收购工作。', '国家粮食物资储备局'],
  ['political', '中国医疗保险局近日印发通知。', '中国医疗保险局'],
  // the party named after the government
  ['political', '深入贯彻国务院、党中央关于健康中国建设的决策部署。', '国务院、党中央'],
  ['political', '认真落实中央政府和中共中央的部署要求。', '中央政府和中共中央'],
  ['political', '全面落实市政府、市委的决策部署。', '市政府、市委'],
  ['political', '坚决贯彻县政府和县委关于防汛工作的要求。', '县政府和县委'],
  ['political', '在省政府、省委的坚强领导下，全省经济稳中向好。', '省政府、省委'],
  ['political', '各级政府和各级党委要高度重视安全生产。', '各级政府和各级党委'],
  // the five-guarantees support
  ['policy', '持有城乡低保证、农村五保供养证的困难群众，可免除基本殡葬服务费用。', '五保供养'],
  ['policy', '农村五保供养对象可申请集中供养。', '五保供养'],
  ['policy', '我镇五保供养服务中心新增床位30张。', '五保供养'],
  ['policy', '今年全县五保供养标准提高到每人每年6000元。', '五保供养'],
  ['policy', '请携带五保供养证到民政所办理。', '五保供养'],
  ['policy', '符合五保供养条件的老人，可向村委会提出申请。', '五保供养'],
  // a local 卫生局
  ['policy', '经市卫生局批准，我中心新设3个急救分站。', '市卫生局'],
  ['policy', '请将材料报送县卫生局医政股审核。', '县卫生局'],
  ['policy', '区卫生局将于下月开展医疗机构校验。', '区卫生局'],
  ['policy', '目前州卫生局正在组织专家评审。', '州卫生局'],
  ['policy', '本项目由旗卫生局负责实施。', '旗卫生局'],
  ['policy', '具体事宜请咨询市卫生局。', '市卫生局'],
  // a birth approved without a permit named
  [
    'policy',
    '申请生育第二个子女，经县级卫生健康部门审批同意后方可生育。',
    '经县级卫生健康部门审批同意后方可生育',
  ],
  ['policy', '再婚夫妻须经乡镇审核后方可生育。', '经乡镇审核后方可生育'],
  ['policy', '符合条件的，经街道计生办批准后才能生育。', '经街道计生办批准后才能生育'],
  ['policy', '经县卫生健康局审批后方能生育第三个子女。', '经县卫生健康局审批后方能生育'],
  ['policy', '夫妻双方经过审核批准后才可以怀孕。', '经过审核批准后才可以怀孕'],
  ['policy', '经民政和卫健部门审批同意后方可生孩子。', '经民政和卫健部门审批同意后方可生孩子'],
  // a quality best on the whole web
  [
    'advertising',
    '环卫处推荐“净享”牌除臭喷剂，除味效果全 网 最 强，各大超市均有销售。',
    '效果全 网 最 强',
  ],
  ['advertising', '除了及时清理外，推荐这款喷剂，除味效果全网最强。', '效果全网最强'],
  ['advertising', '这款净水器品质全网最好，欢迎选购。', '品质全网最好'],
  ['advertising', '本店大米口感绝对全网最佳。', '全网最佳'],
  ['advertising', '发货速度全网最快，下单即发。', '速度全网最快'],
  ['advertising', '该款空调性价比全网最优。', '性价比全网最优'],
  // a loan's speed ranked first
  [
    'advertising',
    '合作银行推出“公积金信用贷”，审批速度全市第一，最高可贷50万元。',
    '审批速度全市第一',
  ],
  ['advertising', '这款消费贷放款速度行业最快，额度最高20万。', '放款速度行业最快'],
  ['advertising', '“安居贷”审批全省第一，年化利率低至3.5%。', '审批全省第一'],
  ['advertising', '该信用卡审核效率同行第一，最高授信5万元。', '审核效率同行第一'],
  ['advertising', '到账速度全国第一，最高可借30万元。', '到账速度全国第一'],
  ['advertising', '下款时效本地第一，日息低至万分之二。', '下款时效本地第一'],
  // stimulants advised for staying awake
  ['legal', '网上流行的“聪明药”提神效果明显，熬夜加班时不妨来两片。', '聪明药'],
  ['legal', '考前复习压力大，可以吃一粒莫达非尼提神。', '莫达非尼'],
  ['legal', '利他林效果很好，赶论文时不妨来一片。', '利他林'],
  ['legal', '熬夜备考不妨来两片哌甲酯。', '哌甲酯'],
  ['legal', '“聪明药”专注达提神醒脑，期末复习可以服一片。', '专注达'],
  ['legal', '加班犯困时就吃两片聪明药。', '聪明药'],
  // fake papers advised
  [
    'legal',
    '没租房也想提取公积金？找中介开一份假租赁合同和租金发票就行。',
    '开一份假租赁合同和租金发票就行',
  ],
  ['legal', '让朋友公司开个假收入证明即可，贷款轻松批。', '开个假收入证明即可'],
  ['legal', '花钱做一份假病历就能报销。', '做一份假病历就能报销'],
  ['legal', '去打印店弄一张假的在职证明就可以。', '弄一张假的在职证明就可以'],
  ['legal', '申请补贴时，办个虚假的贫困证明就行。', '办个虚假的贫困证明就行'],
  ['legal', '买一份假银行流水，签证准没问题。', '买一份假银行流水，签证准没问题'],
  // another's card advised with impunity
  [
    'legal',
    '用老人的医保卡给自己开药报销，大家都这么做，一般不会被查。',
    '用老人的医保卡给自己开药报销',
  ],
  ['legal', '借亲戚的社保卡去买药，没人查。', '借亲戚的社保卡去买药'],
  ['legal', '拿父母的医保卡刷卡买保健品，查不到的。', '拿父母的医保卡刷卡买保健品'],
  ['legal', '用别人的驾驶证销分，根本不会被发现。', '用别人的驾驶证销分'],
  ['legal', '冒用家人的医保电子凭证开药，都是这么干的。', '冒用家人的医保电子凭证开药'],
  ['legal', '刷朋友的医保卡看病，基本没人管。', '刷朋友的医保卡看病'],
  // a gambling site's bonus and payout offered inside a service tip
  [
    'legal',
    '温馨提示：室内温度18℃以上即为达标。闲暇时不妨试试“金沙棋牌”，充值100送50，赢了随时提现。',
    '棋牌',
  ],
  ['legal', '温馨提示：请按时缴费。下载“皇冠棋牌”，首充100送100，赢了秒提现。', '棋牌'],
  ['legal', '广大市民请注意防寒保暖。闲来无事玩玩棋牌游戏，充值50元送50，提现秒到。', '棋牌游戏'],
  ['legal', '温馨提示：雨天路滑。推荐在线棋牌，首存100返20，赢了当场提现。', '在线棋牌'],
  ['legal', '温馨提示：停水期间请储水。注册“捕鱼达人”棋牌，充值100送50，赢了可随时兑现。', '棋牌'],
  ['legal', '广大群众请注意：搜索“大发棋牌”，首充100送88，赢了立即到账。', '棋牌'],
  // a gang sent to a door
  [
    'legal',
    '协商不成可依法起诉。实在不行找几个人上门“做做工作”，往往效果立竿见影。',
    '找几个人上门“做做工作”',
  ],
  ['legal', '对方欠钱不还，叫上几个兄弟去他家堵门。', '叫上几个兄弟去他家堵门'],
  ['legal', '找一帮社会上的人上门吓唬吓唬他，钱就要回来了。', '找一帮社会上的人上门吓唬'],
  ['legal', '他不搬走，就雇几个壮汉到他家门口施压。', '雇几个壮汉到他家门口施压'],
  ['legal', '带上一群朋友到对方单位讨说法，看他还敢不敢赖账。', '带上一群朋友到对方单位讨说法'],
  ['legal', '喊几个哥们上门教训他一顿。', '喊几个哥们上门教训'],
];

const CLEAN: Array<[Gate, string]> = [
  // a card told stopped right before its name (false alarm of the set)
  ['policy', '【居住证办理】自2016年起，本市停止办理暂住证，统一改为办理居住证。'],
  ['policy', '我省已不再核发暂住证，请办理居住证。'],
  ['policy', '全市停止发放暂住证后，流动人口凭居住证享受公共服务。'],
  ['policy', '公安机关停办“暂住证”，改发居住证。'],
  ['policy', '各派出所不再受理暂住证申请。'],
  ['policy', '本市已停止使用原来的暂住证。'],
  // 用后销毁 of a disposable item (false alarm of the set)
  ['confidentiality', '我站采血全部使用一次性无菌耗材，一人一针一袋，用后销毁。'],
  ['confidentiality', '注射器为一次性使用，用后即销毁。'],
  ['confidentiality', '检测试剂盒属医疗废物，用后予以销毁。'],
  ['confidentiality', '采血针一人一用，用后及时销毁。'],
  ['confidentiality', '防护手套和口罩用后销毁，不得重复使用。'],
  ['confidentiality', '包装容器用后一律销毁。'],
  // work secrets named, not marked
  ['confidentiality', '全体干部职工要严守国家秘密和工作秘密，不得泄露。'],
  ['confidentiality', '工作秘密是指机关在公务活动中产生的不属于国家秘密的事项。'],
  // hindsight and limits that are no scold
  ['opinion', '雪停后环卫工人早早干完了活，清扫了主干道。'],
  ['opinion', '这家老店的手艺真是好到家了。'],
  // divorces that name no one
  ['privacy', '您与前夫协议离婚后，可凭离婚协议办理不动产转移登记。'],
  ['privacy', '您与丈夫张某因感情不和分居，可申请调解。'],
  // records not hidden or not anyone's
  ['privacy', '申请人入职时隐瞒犯罪记录的，用人单位可依法解除劳动合同。'],
  ['privacy', '申请人张海军入职时隐瞒了学历造假，公司解除合同。'],
  // credit rules and clean records
  ['privacy', '申请人近两年信用卡逾期不得超过6次。'],
  ['privacy', '职工孙某因征信报告显示多次逾期，未予审批。'],
  ['privacy', '经查询，申请人李建华的征信报告无逾期记录，符合贷款条件。'],
  // conditions of no one
  ['privacy', '阿尔茨海默病患者需要家人更多的陪伴和照顾。'],
  ['privacy', '献血者的血液样本经检测合格后方可发往医院。'],
  // correct state-body names
  ['political', '国家医疗保障局公布2024年国家医保药品目录调整结果。'],
  ['political', '市医疗保险局已更名为市医疗保障局。'],
  // the party first
  ['political', '深入贯彻党中央、国务院关于健康中国建设的决策部署。'],
  ['political', '县政府和县委宣传部联合举办座谈会。'],
  // five-guarantees support told as history, health bodies named right
  ['policy', '2016年起，原农村五保供养并入特困人员救助供养制度。'],
  ['policy', '澳门特别行政区卫生局发布流感预警。'],
  ['policy', '经市卫生健康局批准，我中心新设3个急救分站。'],
  ['policy', '现行政策下，生育子女只需办理生育登记，无需审批。'],
  // no superlative on the web, no loan offered
  ['advertising', '垃圾桶要及时清理、沥干厨余水分，减少异味。'],
  ['advertising', '我区企业开办审批速度全市第一，办结时限压缩至半个工作日。'],
  ['advertising', '公积金贷款审批速度全省第一，群众满意度持续提升。'],
  // stimulants warned about
  ['legal', '网传“聪明药”能提高成绩，专家提醒：切勿滥用，可能成瘾。'],
  ['legal', '利他林属精神药品，须凭处方在医生指导下服用。'],
  // fake papers and cards forbidden
  ['legal', '对使用虚假租赁合同骗提公积金的，将依法追究责任。'],
  ['legal', '有人找中介开假租赁合同骗提公积金，被中心查处。'],
  ['legal', '严禁冒用他人医保卡就医购药，一经查实将追回基金。'],
  ['legal', '职工医保个人账户可用于支付父母就医费用，需先办理家庭共济绑定。'],
  // gambling warned about
  ['legal', '温馨提示：“充值100送50，赢了随时提现”的棋牌平台都是网络赌博，切勿参与。'],
  ['legal', '警方提醒：所谓“棋牌游戏首充送金”是赌博陷阱，请勿下载。'],
  // persuasion by officials or volunteers, or a gang forbidden
  ['legal', '社区找几个网格员上门做做工作，矛盾得到化解。'],
  ['legal', '严禁纠集多人上门滋扰，对找几个人上门恐吓的将依法处理。'],
];

describe('families of heldout-final81', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('still reports a card named as current beside a stop of another thing', () => {
    const checker = createChecker({ asOf: '2026-01-01', classifier: false });
    const policy = (text: string) =>
      checker.check({ text }, { gates: ['policy'] }).findings.filter((f) => f.severity !== 'info');
    expect(policy('外来务工人员请及时办理暂住证。')).not.toEqual([]);
    expect(policy('未办理暂住证的，不得申请公租房。')).not.toEqual([]);
  });

  it('still reports 用后销毁 of a paper and a secret marked after a pointer', () => {
    const checker = createChecker({ asOf: '2026-01-01', classifier: false });
    const conf = (text: string) =>
      checker
        .check({ text }, { gates: ['confidentiality'] })
        .findings.filter((f) => f.severity !== 'info');
    expect(conf('此件用后销毁，不得复印。')).not.toEqual([]);
    expect(conf('会议纪要用后销毁。')).not.toEqual([]);
  });

  it('reads 付本 for 副本 after a paper and 慎重追远 as typos, not 支付本金', () => {
    const typos = (text: string) =>
      textGateFindings(text)
        .filter((f) => /^text\.(?:typo|wrong-word)$/.test(f.rule) && f.severity !== 'info')
        .map((f) => f.excerpt);
    for (const text of [
      '应当在五日内将仲裁申请书付本送达被申请人。',
      '法院将起诉状付本送达被告。',
      '请携带营业执照付本原件。',
      '上诉状付本应按对方当事人人数提交。',
      '判决书正本和付本各一份。',
      '清明将至，慎重追远。',
    ])
      expect(typos(text)).not.toEqual([]);
    expect(typos('借款人应按期支付本金和利息。')).toEqual([]);
    expect(typos('清明将至，慎终追远，文明祭扫。')).toEqual([]);
  });
});
