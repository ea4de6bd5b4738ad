// The round on heldout-final51, each class with wordings other than the set's. First its four false
// alarms, fixed by class: a post that teaches about classification markings names and lists levels
// and their default periods (confidentiality), a province's or city's complaint and service platform
// as a source (source), a government's consumption vouchers told by their terms, and a state
// programme's prices (集采) read by the learned model as a seller's (advertising). Then the misses: a
// national prefix on a short body name and a state body's head given another body's title
// (political); violence vowed or praised, a gambling site's address named with its offer or built
// like a lottery site, public funds cashed out through a middleman and a minor named with the school
// (legal, hijack); a figure before its release day, a procurement's provisional result, an audit's
// findings before its report, a missile site located and a leader's dissent at a closed meeting
// (confidentiality); 申请 written 申清 (text); a complainant told not to complain and a policy judged
// in the account's voice (opinion); a reply that recommends a firm (advertising).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import { learnedAdvertisingSeverities } from '../../test/support/stub-advertising-model.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

/** A page of a government site with `body` as its article. */
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>通报_某市城市管理局</title></head><body><div class="article">${body}</div></body></html>`;

// Lessons on markings, the platforms, the vouchers: no fault in them.
const FALSE_ALARM_CLEAN: Array<[Gate, string | { html: string }]> = [
  [
    'confidentiality',
    '【保密知识】国家秘密的密级分为“绝密”“机密”“秘密”三级。涉密文件一般在首页左上角标注密级和保密期限，如“机密★5年”，表示该文件为机密级、保密期限为5年；未标注保密期限的，绝密级一般为30年、机密级20年、秘密级10年。工作人员如在非涉密场所发现带有密级标志的文件，应及时交保密部门处理，不得复制、拍照，更不得在互联网上传播。',
  ],
  [
    'confidentiality',
    '【保密小课堂】密级标志由密级和保密期限组成，如“秘密★10年”。没有标注保密期限的，绝密级按30年、机密级按20年、秘密级按10年认定。',
  ],
  [
    'confidentiality',
    '机关单位保密宣传：国家秘密分为绝密级、机密级、秘密级。一份文件标有“机密★”，意味着它属于机密级国家秘密。',
  ],
  ['confidentiality', '【密级知识】绝密级文件一般由专人传递，机密级文件须登记后阅读。'],
  [
    'confidentiality',
    '【保密知识】国家秘密的密级有三个：\n绝密：最重要的国家秘密\n机密：重要的国家秘密\n秘密：一般的国家秘密',
  ],
  ['confidentiality', '保密常识：涉密文件应在首页标注密级和保密期限，涉密载体须存放在密码柜中。'],
  ['source', '来源：浙江省统一政务咨询投诉举报平台　发布时间：2024-06-03'],
  ['source', '来源：北京市12345市民服务热线'],
  ['source', '来源：广东省网上信访平台'],
  ['source', '来源：江苏省公共资源交易平台'],
  ['source', '来源：成都市网络理政中心'],
  [
    'advertising',
    {
      html: page(
        '<h1>2024年“惠购成都”餐饮消费券发放公告</h1><p>市商务局联合各区开展“惠购成都”餐饮消费券发放活动。</p><p>三、券面金额：满100元减20元、满200元减40元两档，领取后7日内有效。</p>',
      ),
    },
  ],
  [
    'advertising',
    '市文旅局将于下周发放文旅消费券。使用规则：单笔消费满300元减100元，每人限领1张。',
  ],
  ['advertising', '区政府发放家电消费券，券面额为满2000元减200元，市民可在“i区”APP领取。'],
];
// The same words in a real marking, a shop's offer and an unknown source stay reported.
const FALSE_ALARM_KEPT: Array<[Gate, string, string]> = [
  [
    'confidentiality',
    '【保密知识】本通报为机密级，请各单位妥善处理。国家秘密的密级分为绝密、机密、秘密三级。',
    '机密级',
  ],
  [
    'confidentiality',
    '根据上级下发的绝密级文件精神，结合我县实际研究部署。国家秘密的密级分为绝密、机密、秘密三级。未标注保密期限的按规定执行。',
    '绝密级',
  ],
  ['confidentiality', '该预案属绝密级文件，现将主要内容摘录如下，供广大群众了解。', '绝密级'],
  ['confidentiality', '机密\n关于边境管控工作的安排意见', '机密'],
  ['source', '来源：黑猫投诉平台', '黑猫投诉平台'],
  ['source', '来源：某某公司投诉举报平台', '某某公司投诉举报平台'],
  ['advertising', '商场周年庆，发放店铺优惠券，满100元减20元，先到先得。', '满100元减20'],
  ['advertising', '响应市商务局消费券发放活动，本店全场满200减50。', '满200减50'],
];

describe('heldout-final51 false-alarm classes', () => {
  itReportsFamilies(FALSE_ALARM_KEPT, FALSE_ALARM_CLEAN);
});

// A state programme's prices read by the model as a seller's: a stub model that flags 价格下降.
const learnedAdvert = (text: string) => learnedAdvertisingSeverities(text, '下降');

describe('heldout-final51 learned flags on state programmes', () => {
  it.each([
    '第九批国家组织药品集中带量采购中选结果在我市落地执行。其中，用于治疗高血压、糖尿病的多个常用药价格明显下降。',
    '本轮集采覆盖冠脉支架等耗材，患者负担的耗材价格明显下降。',
    '新版医保目录正式实施，多种谈判药品进入医保后价格大幅下降。',
  ])('informs in %s', (text) => {
    expect(learnedAdvert(text)).toEqual(['info']);
  });
  it('still warns on a shop post', () => {
    expect(learnedAdvert('本店新品上市，多款商品价格明显下降，欢迎选购。')).toEqual(['warn']);
  });
});

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a national prefix on a short body name
  ['political', '近日，国务院发改委印发通知，部署做好迎峰度夏能源保供工作。', '国务院发改委'],
  ['political', '国务院卫健委发布最新通知。', '国务院卫健委'],
  ['political', '国务院医保局部署开展专项检查。', '国务院医保局'],
  ['political', '国务院发展改革委印发实施方案。', '国务院发展改革委'],
  ['political', '中华人民共和国发改委发布公告。', '中华人民共和国发改委'],
  ['political', '国家发改局印发通知。', '国家发改局'],
  // a state body's head given another body's title
  ['political', '国家医疗保障局部长在会上强调，要持续推进集采。', '国家医疗保障局部长'],
  ['political', '国家统计局副部长表示，经济运行总体平稳。', '国家统计局副部长'],
  ['political', '国家发改委部长出席会议并讲话。', '国家发改委部长'],
  ['political', '中国人民银行部长在论坛上发言。', '中国人民银行部长'],
  ['political', '审计署部长作审计工作报告。', '审计署部长'],
  ['political', '国家卫生健康委员会部长到我省调研。', '国家卫生健康委员会部长'],
  // violence vowed or praised
  ['legal', '城管再敢来收摊子，就拿刀捅了他们，大不了一命换一命。', '就拿刀捅了他们'],
  ['legal', '谁再来拆我家房子，我就提着菜刀砍过去。', '菜刀砍'],
  ['legal', '要是再敢来催债，老子就捅死他们。', '捅死'],
  ['legal', '物业下次再来停水，我就拿汽油烧了他们。', '拿汽油烧'],
  ['legal', '逼急了大不了同归于尽。', '大不了同归于尽'],
  ['legal', '那个贪官被捅得好！', '捅得好'],
  ['legal', '这种人打死活该。', '打死活该'],
  // a gambling address named with its offer, or built like a lottery site
  ['legal', '足球竞彩上www.hg8868.com，注册送38元，返水1.5%，比体彩赔率高多了。', 'www.hg8868.com'],
  ['legal', '玩球就上www.qiu6688.com，返水最高。', 'www.qiu6688.com'],
  ['legal', '六合彩特码资料请看www.tm2277.com。', 'www.tm2277.com'],
  ['legal', '赛事竞猜上www.ab1234.net，赔率更高。', 'www.ab1234.net'],
  ['legal', '老哥们都去 www.hg0088.com 玩。', 'www.hg0088.com'],
  ['legal', '开奖结果见www.4949tk.net。', 'www.4949tk.net'],
  // public funds cashed out through a middleman
  [
    'legal',
    '医保卡个人账户余额可提现，当天到账，添加客服微信yb0592办理，手续费10%。',
    '医保卡个人账户余额可提现',
  ],
  ['legal', '公积金不用离职也能全额提取，扣点8%，联系13800138000。', '公积金不用离职也能全额提取'],
  ['legal', '社保卡余额套现，秒到账。', '社保卡余额套现'],
  ['legal', '医保统筹额度帮你变现，加V：yb8899。', '医保统筹额度帮你变现'],
  ['legal', '住房公积金快速取现，手续费低，当天到账。', '住房公积金快速取现'],
  ['legal', '医保卡里的钱可以取出来，手续费15%，联系微信。', '医保卡里的钱可以取出来'],
  // a minor named with the school
  [
    'legal',
    '【通报】近期城区多处窨井盖被盗。经公安机关侦查，涉案3人已被控制，其中一名为16岁少年，系市第三职业中学汽修专业学生孙宇航。',
    '孙宇航',
  ],
  ['legal', '涉嫌盗窃的孙宇航系市第三职业中学学生，今年15岁。', '孙宇航'],
  ['legal', '经查，打人者为县第一中学学生张浩然，事发后已被警方控制。', '张浩然'],
  ['legal', '涉嫌抢劫的17岁少年系某技工学校学生刘子轩，目前已被刑事拘留。', '刘子轩'],
  ['legal', '犯罪嫌疑人王俊杰系城关二小学生，因盗窃被警方带走调查。', '王俊杰'],
  // a figure before its release day
  [
    'confidentiality',
    '【快讯】据市统计局初步核算，上半年全市地区生产总值增长5.8%，该数据将于7月18日新闻发布会上正式发布。',
    '上半年全市地区生产总值增长5.8%',
  ],
  [
    'confidentiality',
    '据初步测算，一季度全市社会消费品零售总额增长7.2%，上述数据将于下月正式公布。',
    '社会消费品零售总额增长7.2%',
  ],
  [
    'confidentiality',
    '经市统计局初步核算，前三季度固定资产投资增长4.6%，这一数据预计于10月20日对外发布。',
    '固定资产投资增长4.6%',
  ],
  [
    'confidentiality',
    '据统计部门初步统计，全年城镇居民人均可支配收入增长6.1%，相关数据要到明年1月才公布。',
    '可支配收入增长6.1%',
  ],
  [
    'confidentiality',
    '据我局初步测算，上半年规上工业增加值增长8.3%，该数据将在统计局发布会上正式公布。',
    '增加值增长8.3%',
  ],
  // a procurement's provisional result
  [
    'confidentiality',
    '据悉，本轮集采拟中选产品平均价格为每片860元，较集采前下降约60%，正式中选结果尚未公布。',
    '拟中选产品平均价格为每片860元',
  ],
  [
    'confidentiality',
    '据了解，该项目拟中标单位为宏达建设集团有限公司，中标结果尚未公示。',
    '拟中标单位为宏达建设集团有限公司',
  ],
  ['confidentiality', '据悉，预中标价格为1.2亿元，结果将于下周公布。', '预中标价格为1.2亿元'],
  ['confidentiality', '据内部消息，拟成交价为每吨320元，最终结果待确定。', '拟成交价为每吨320元'],
  [
    'confidentiality',
    '冠脉球囊集采初步中选企业报价平均降幅达70%，正式结果还未发布。',
    '初步中选企业报价平均降幅达70%',
  ],
  // an audit's findings before its report
  [
    'confidentiality',
    '据悉，审计组初步查出违规资金约3200万元，涉及工程结算多付、虚列成本等问题，目前审计报告尚未定稿。',
    '审计组初步查出违规资金约3200万元',
  ],
  [
    'confidentiality',
    '巡察组初步发现问题线索12条，巡察报告还未形成。',
    '巡察组初步发现问题线索12条',
  ],
  [
    'confidentiality',
    '目前仍在审计中，审计人员已发现虚列支出560万元。',
    '审计人员已发现虚列支出560万元',
  ],
  [
    'confidentiality',
    '现场审计阶段，审计组查出挪用专项资金3笔，审计结论尚未作出。',
    '审计组查出挪用专项资金3笔',
  ],
  [
    'confidentiality',
    '审计局初步认定多付工程款870万元，待审计报告审定后再行通报。',
    '审计局初步认定多付工程款870万元',
  ],
  // a missile, radar or ammunition site located
  [
    'confidentiality',
    '城北产业园B3地块交通便利，地块北侧紧邻驻军某部导弹营区，周边环境安静。',
    '紧邻驻军某部导弹营区',
  ],
  ['confidentiality', '小区东面就是部队雷达站，环境安静。', '部队雷达站'],
  ['confidentiality', '某部弹药库位于镇北山坳，村民不得靠近。', '某部弹药库位于镇北山坳'],
  ['confidentiality', '该楼盘毗邻火箭军某旅营区，配套齐全。', '毗邻火箭军某旅营区'],
  ['confidentiality', '景区南侧为驻军防空阵地，游客请勿拍照。', '南侧为驻军防空阵地'],
  // a leader's dissent at a closed meeting
  [
    'confidentiality',
    '在昨天的市政府常务会议上，分管副市长对项目环评风险提出不同意见，会议决定暂缓审批。',
    '副市长对项目环评风险提出不同意见',
  ],
  ['confidentiality', '县委常委会研究时，王书记明确反对该方案。', '书记明确反对'],
  ['confidentiality', '在局党组会上，李局长对人选提出了异议。', '局长对人选提出了异议'],
  ['confidentiality', '镇党委会上，两名班子成员投了反对票。', '班子成员投了反对票'],
  [
    'confidentiality',
    '区政府常务会议上，分管副区长就征收补偿标准表达了保留意见。',
    '副区长就征收补偿标准表达了保留意见',
  ],
  // a complainant told not to complain; a policy judged in the account's voice
  [
    'opinion',
    '您投诉的商铺招牌已依法审批。不懂相关规定就别瞎投诉，浪费公共资源。',
    '不懂相关规定就别瞎投诉',
  ],
  ['opinion', '搞不清楚情况就不要乱举报。', '搞不清楚情况就不要乱举报'],
  ['opinion', '别动不动就打12345。', '别动不动就打12345'],
  ['opinion', '不了解政策的话就少来反映。', '不了解政策的话就少来反映'],
  ['opinion', '没弄清楚就别再乱上访了。', '没弄清楚就别再乱上访'],
  ['opinion', '请不要瞎投诉。', '不要瞎投诉'],
  [
    'opinion',
    '关于门诊统筹起付线调整的问题，很多网友在后台留言吐槽，小编个人觉得这个政策确实不太合理，但目前还是要按新标准执行。',
    '小编个人觉得',
  ],
  ['opinion', '不少市民留言反映停车难，对此，笔者认为收费标准偏高。', '笔者认为'],
  ['opinion', '这个政策确实不太合理，但还是要执行。', '这个政策确实不太合理'],
  ['opinion', '该政策的确有些不公平。', '该政策的确有些不公平'],
  ['opinion', '这项新规实在欠妥。', '这项新规实在欠妥'],
  ['opinion', '网友吐槽停车难，小编也觉得收费太贵了。', '小编也觉得'],
  // a reply that recommends a firm
  [
    'advertising',
    '关于外墙防水维修问题，建议您联系宏业装饰工程公司，电话4008-123-456，价格实惠，包您满意。',
    '建议您联系宏业装饰工程公司',
  ],
  ['advertising', '推荐您找城东家政服务部，服务周到。', '推荐您找城东家政服务部'],
  ['advertising', '建议您联系鑫达开锁公司，电话13812345678。', '建议您联系鑫达开锁公司'],
  ['advertising', '建议您到永兴建材店选购，质量有保障。', '建议您到永兴建材店'],
  ['advertising', '建议市民选择顺达搬家公司，口碑不错，上门快。', '建议市民选择顺达搬家公司'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  // the right names and titles, and 局部 that is no title
  ['political', '国家发改委印发通知。'],
  ['political', '全国发改委系统工作会议召开。'],
  ['political', '全国发改委主任会议在京召开。'],
  ['political', '国家医保局部署开展专项行动。'],
  ['political', '国家医疗保障局局长在会上强调。'],
  ['political', '国务院国资委副部长级干部。'],
  ['political', '全省局部长时间降雨，请注意防范。'],
  ['political', '教育部部长出席会议。'],
  // crimes reported, threats reported, pigs killed
  ['legal', '男子持刀捅伤邻居，已被警方刑事拘留。'],
  ['legal', '王某扬言“城管再敢来就拿刀捅了他们”，民警依法对其行政拘留。'],
  ['legal', '年猪杀得好，年味足。'],
  ['legal', '他见义勇为，一命换一命，令人动容。'],
  ['legal', '再敢来骚扰，我就报警。'],
  // the lottery's own site, a warning
  ['legal', '体彩中心官网www.lottery.gov.cn公布竞彩赔率。'],
  ['legal', '警惕！凡是宣称“注册送彩金、高额返水”的网站都是赌博陷阱。'],
  // the funds drawn lawfully
  ['legal', '医保个人账户余额不能提现，请勿轻信代办套现广告。'],
  ['legal', '职工购房可申请提取住房公积金，办理时需携带身份证。'],
  ['legal', '参保人死亡的，医保个人账户余额可以依法继承，家属可到医保经办窗口办理。'],
  ['legal', '谨防医保卡套现骗局：医保卡余额可提现、手续费10%都是诈骗。'],
  // a name hidden, an adult, a pupil praised
  ['legal', '犯罪嫌疑人孙某某系某职业中学学生，16岁。'],
  ['legal', '县实验中学学生王浩然见义勇为，协助民警抓获小偷。'],
  ['legal', '涉嫌诈骗的张伟系某大学学生，今年22岁。'],
  ['legal', '市第一中学学生李明在全省物理竞赛中获一等奖。'],
  // the release itself, the publicity notice, the announced audit
  ['confidentiality', '初步核算，上半年全市地区生产总值增长5.8%。详细数据将于下周发布。'],
  ['confidentiality', '第十批国家组织药品集采拟中选结果公示如下：某药品拟中选价格为每片0.5元。'],
  ['confidentiality', '审计发现违规资金3200万元，目前已全部整改到位。'],
  ['confidentiality', '市审计局发布审计结果公告：审计发现多付工程款870万元，已追回。'],
  // a weather radar, a memorial, a meeting that decided or a congress
  ['confidentiality', '新一代天气雷达站位于市郊凤凰山顶。'],
  ['confidentiality', '该小区毗邻原导弹营区旧址，现已改建为公园。'],
  ['confidentiality', '市政府常务会议研究同意该项目，副市长强调要做好环评。'],
  ['confidentiality', '市人大常委会审议时，部分委员对草案提出不同意见。'],
  ['confidentiality', '企业负责人对检查结果提出异议，我局召开专题会议研究。'],
  // warnings against false reports, help offered, citizens reported
  ['opinion', '请勿恶意投诉，诬告陷害将依法追究。'],
  ['opinion', '对政策不了解的，可以拨打热线咨询。'],
  ['opinion', '不清楚的就不要乱扔垃圾。'],
  ['opinion', '网友表示，这个政策确实不太合理。'],
  ['opinion', '这个政策确实合理。'],
  ['opinion', '该政策不适用于退休人员。'],
  // a utility, a kind of firm, a public office
  ['advertising', '建议您联系燃气公司，抢修电话96777。'],
  ['advertising', '建议您联系有资质的防水维修公司进行处理。'],
  ['advertising', '建议您联系小区物业服务中心，电话0571-88888888。'],
  ['advertising', '建议您联系所在街道办事处，电话0571-88888888。'],
];

describe('heldout-final51 round families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

// A lottery site's link in a page (hijack), and an official link beside it.
describe('heldout-final51 lottery links in pages', () => {
  itReportsFamilies(
    [],
    [
      [
        'hijack',
        { html: page('<p>明细详见<a href="https://www.gov.cn/zhengce/">附件下载</a>。</p>') },
      ],
    ],
  );
  it.each(['http://www.lhc-49tk.com/', 'http://hg8868.com/', 'http://www.118kj.net/'])(
    'hijack reports %s',
    (href) => {
      expect(
        reported('hijack', { html: page(`<p>明细详见<a href="${href}">附件下载</a>。</p>`) }),
      ).not.toEqual([]);
    },
  );
});

const MISSPELT: Misspelt[] = [
  ['二、申清程序：申请人向户籍所在地社区提出申请。', '申清程序', '申请程序'],
  ['请下载申清表并如实填写。', '申清表', '申请表'],
  ['符合条件的可向街道提出申清。', '提出申清', '提出申请'],
  ['申清材料不全的，窗口一次性告知。', '申清材料', '申请材料'],
  ['市民可登录政务服务网在线申清。', '在线申清', '在线申请'],
  ['现将邀清函发给各参会单位。', '邀清函', '邀请函'],
];
const SPELT_RIGHT = [
  '二、申请程序：申请人向户籍所在地社区提出申请。',
  '会上重申清理违规收费的要求。',
  '他多次重申清白，要求复查。',
];

describe('heldout-final51 misspellings', () => {
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
