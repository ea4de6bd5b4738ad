// What an editor sees from the text gate's typo detector, loaded with the shipped data and the
// example leader table: each rule family on a sentence it must catch, and clean official prose
// it must leave alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextGateDetector } from '../finding.ts';
import { EXAMPLE_LEADERS_FILE, loadLeaderTable, loadTypoDetector } from '../node/typo-detector.ts';

let detector: TextGateDetector;
beforeAll(() => {
  detector = loadTypoDetector({ leaders: loadLeaderTable(EXAMPLE_LEADERS_FILE) });
});

const summary = (text: string) =>
  detector.detect(text).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    excerpt: f.excerpt,
    suggestion: f.suggestion,
  }));

describe('the acceptance sentence', () => {
  it('flags 人民正府 as a blocking error, 再接再励 and 截止, each with its correction', () => {
    expect(summary('县人民正府要求各单位再接再励，截止2024年底完成整改。')).toEqual([
      { rule: 'text.serious-name', severity: 'block', excerpt: '人民正府', suggestion: '人民政府' },
      { rule: 'text.idiom', severity: 'warn', excerpt: '再接再励', suggestion: '再接再厉' },
      { rule: 'text.jiezhi-jiezhi', severity: 'warn', excerpt: '截止', suggestion: '截至' },
    ]);
  });

  it('reports offsets into the text as given, so slicing the input yields the excerpt', () => {
    const text = '  县人民正府要求各单位再接再励。';
    for (const f of detector.detect(text)) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});

// [text, rule, severity, excerpt, suggestion]
const CATCHES: Array<[string, string, string, string, string]> = [
  [
    '中华人民共合国成立七十五周年。',
    'text.serious-name',
    'block',
    '中华人民共合国',
    '中华人民共和国',
  ],
  ['持续深入开展扫黑险恶专项斗争。', 'text.serious-name', 'block', '扫黑险恶', '扫黑除恶'],
  ['区攻府召开专题会议。', 'text.serious-name', 'block', '区攻府', '区政府'],
  ['齐齐哈市召开安全生产工作会议。', 'text.division-name', 'block', '齐齐哈市', '齐齐哈尔市'],
  ['副市长周婉青主持会议。', 'text.leader-name', 'block', '周婉青', '周婉清'],
  ['市长林安国出席会议。', 'text.leader-title', 'block', '市长', '书记'],
  ['赵志远、林安国出席会议。', 'text.leader-order', 'block', '赵志远、林安国', '林安国、赵志远'],
  ['全体干部要再接再励，争取更大成绩。', 'text.idiom', 'warn', '再接再励', '再接再厉'],
  ['截止目前，全市已完成改造任务。', 'text.jiezhi-jiezhi', 'warn', '截止', '截至'],
  ['报名将于本月底截至。', 'text.jiezhi-jiezhi', 'warn', '截至', '截止'],
  ['各部门要扎实的推进整改落实。', 'text.de-di-de', 'warn', '的', '地'],
  // A replacement that clears the language-model threshold only narrowly is reported as info.
  ['这是程序正档原则的要求。', 'text.typo', 'info', '档', '当'],
  ['交通运舒部发布通知。', 'text.serious-name', 'block', '交通运舒部', '交通运输部'],
  ['主任医帅出诊。', 'text.typo', 'warn', '帅', '师'],
  ['年内持旭推进改革。', 'text.typo', 'warn', '旭', '续'],
  ['本条列自发布之日起施行。', 'text.typo', 'warn', '列', '例'],
  ['健全依法刑政制度体系。', 'text.typo', 'warn', '刑', '行'],
  ['不得隐瞒或者歪曲事实真想。', 'text.typo', 'info', '想', '相'],
  ['地方各级政府才政部门负责统一管理。', 'text.typo', 'warn', '才', '财'],
  // A slip inside a long unexplained run: the word it breaks leaves its neighbours unexplained too.
  ['对上述犯罪兼疑人皆已采取刑事强制措施。', 'text.typo', 'warn', '兼', '嫌'],
  ['该企业征收反倾消税约三百万元。', 'text.typo', 'warn', '消', '销'],
  ['网传县城棚改政府正策又变了，系谣言。', 'text.typo', 'warn', '正', '政'],
  // Look-alikes the confusion sets lack (look-alikes.txt).
  ['要加快推进新技木在政务服务中的应用。', 'text.typo', 'warn', '木', '术'],
  ['全县大力推厂使用新能源公交车。', 'text.typo', 'warn', '厂', '广'],
  ['全市休育场馆向市民免费开放。', 'text.typo', 'warn', '休', '体'],
  // A rare character replaced by one its confusion sets do not list.
  ['全县教育亊业发展迅速。', 'text.rare-char', 'warn', '亊', '事'],
  ['执法人员宣传相关法侓法规。', 'text.rare-char', 'warn', '侓', '律'],
  ['严禁占道经菅。', 'text.rare-char', 'info', '菅', '营'],
  // … which yields to a sound-alike word where both have a guess (not 选择).
  ['面对困难要尽早做出诀择。', 'text.homophone', 'info', '诀', '抉'],
  ['中国人民很行发布通知。', 'text.serious-name', 'block', '中国人民很行', '中国人民银行'],
  // A three-character state body, confirmed by the language model.
  ['审计薯、海关总署按职责分工负责。', 'text.serious-name', 'block', '审计薯', '审计署'],
  ['国家发展改革委、叫育部牵头负责。', 'text.serious-name', 'block', '叫育部', '教育部'],
  ['由村民委员汇主任提出。', 'text.serious-name', 'block', '委员汇', '委员会'],
  // A local government department.
  ['区叫育局发布招生通知。', 'text.serious-name', 'block', '叫育局', '教育局'],
  ['县自然资原局公布调查结果。', 'text.serious-name', 'block', '自然资原局', '自然资源局'],
  // A looser slip of a longer name, confirmed the same way.
  [
    '国家市场监督管理总据发布抽检结果。',
    'text.serious-name',
    'block',
    '国家市场监督管理总据',
    '国家市场监督管理总局',
  ],
  [
    '中央军师委员会主席负责制是根本制度。',
    'text.serious-name',
    'block',
    '中央军师委员会',
    '中央军事委员会',
  ],
  ['各单位要认真贯切落实。', 'text.idiom', 'warn', '认真贯切', '认真贯彻'],
  ['您反应的问题我们已转交相关部门办理。', 'text.wrong-word', 'warn', '反应', '反映'],
  ['您在市长热线上反应的“小区停水”问题已收悉。', 'text.wrong-word', 'warn', '反应', '反映'],
  ['报道日期：8月28日，地点另行通知。', 'text.wrong-word', 'warn', '报道', '报到'],
  ['请广大群众即使关注预警信息。', 'text.wrong-word', 'warn', '即使', '及时'],
  [
    '市住房与城乡建设局发布通知。',
    'text.serious-name',
    'block',
    '住房与城乡建设局',
    '住房和城乡建设局',
  ],
  ['工作人员热情的向游客介绍景区线路。', 'text.de-di-de', 'warn', '的', '地'],
  ['改造工程己经完工。', 'text.wrong-word', 'warn', '己经', '已经'],
  [
    '市人力资源和社会保证局发布通知。',
    'text.serious-name',
    'block',
    '人力资源和社会保证局',
    '人力资源和社会保障局',
  ],
  ['注意防范山洪、滑坡等地址灾害。', 'text.wrong-word', 'warn', '地址灾害', '地质灾害'],
  ['感谢社会各界的鼎立支持。', 'text.wrong-word', 'warn', '鼎立支持', '鼎力支持'],
  // 常见错别字 of official writing (misspellings.tsv): fixed collocations, policy and state terms.
  [
    '今年入讯以来，全县累计降雨量较常年偏多三成。',
    'text.wrong-word',
    'warn',
    '入讯以来',
    '入汛以来',
  ],
  ['对问题较轻的3名干部进行戒勉谈话。', 'text.wrong-word', 'warn', '戒勉谈话', '诫勉谈话'],
  ['高温期间各单位要落实防署降温措施。', 'text.wrong-word', 'warn', '防署降温', '防暑降温'],
  ['签到后请在诊室外耐心侯诊，留意叫号。', 'text.wrong-word', 'warn', '耐心侯诊', '耐心候诊'],
  ['遇到老人和孕妇，请主动让坐。', 'text.wrong-word', 'warn', '主动让坐', '主动让座'],
  ['到室外安全地带后拔打燃气抢修电话。', 'text.wrong-word', 'warn', '后拔打', '后拨打'],
  ['侨领黄先生原藉我市塘口镇。', 'text.wrong-word', 'warn', '原藉', '原籍'],
  ['部分门店存在进销货台帐记录不全的问题。', 'text.wrong-word', 'warn', '进销货台帐', '进销货台账'],
  ['共同缅怀革命先列的丰功伟绩。', 'text.wrong-word', 'warn', '革命先列', '革命先烈'],
  ['组织干部赴河北学习赛罕坝精神。', 'text.wrong-word', 'warn', '赛罕坝', '塞罕坝'],
  ['东北虎豹国家公园浑春片区新增监测点位。', 'text.wrong-word', 'warn', '浑春', '珲春'],
  ['纪念陈家庚先生诞辰150周年座谈会举行。', 'text.wrong-word', 'warn', '陈家庚', '陈嘉庚'],
  ['湿地内首次观测到东方白鹤筑巢。', 'text.wrong-word', 'warn', '东方白鹤', '东方白鹳'],
  ['受寒潮影响，明天气温聚降8℃。', 'text.wrong-word', 'warn', '聚降', '骤降'],
  ['合肥至蚌阜方向车流量较大。', 'text.wrong-word', 'warn', '蚌阜', '蚌埠'],
  ['接种后可能出现发热等一般不良反映。', 'text.wrong-word', 'warn', '一般不良反映', '一般不良反应'],
  ['学习丘少云烈士严守纪律的精神。', 'text.wrong-word', 'warn', '丘少云', '邱少云'],
  ['放学时学生必需由家长接送。', 'text.wrong-word', 'warn', '必需', '必须'],
  ['书画展既将在市图书馆开展。', 'text.wrong-word', 'warn', '既将在', '即将在'],
  ['潘阳湖迎来越冬候鸟。', 'text.wrong-word', 'warn', '潘阳湖', '鄱阳湖'],
  ['人民代表大会是国家权利机关。', 'text.wrong-word', 'warn', '权利机关', '权力机关'],
  ['纪念翟秋白同志诞辰座谈会召开。', 'text.wrong-word', 'warn', '翟秋白', '瞿秋白'],
  ['嘉兴市秀州区新建一座图书馆。', 'text.division-name', 'block', '秀州区', '秀洲区'],
  [
    '受托人须提供经公正的授权委托书原件。',
    'text.wrong-word',
    'warn',
    '经公正的授权委托书',
    '经公证的授权委托书',
  ],
  ['请携带户藉证明到政务服务中心窗口办理。', 'text.wrong-word', 'warn', '户藉证明', '户籍证明'],
  ['广大市民要提高警剔，谨防电信网络诈骗。', 'text.wrong-word', 'warn', '提高警剔', '提高警惕'],
  ['春节前夕，县领导走访尉问困难党员。', 'text.wrong-word', 'warn', '走访尉问', '走访慰问'],
  [
    '要把矛盾化解在萌芽状态，做到防范于未然。',
    'text.wrong-word',
    'warn',
    '防范于未然',
    '防患于未然',
  ],
  ['积极稳妥推进碳达锋碳中和工作。', 'text.wrong-word', 'warn', '碳达锋', '碳达峰'],
  // 的 for 地 after a reduplicated adverb, for 得 before how fast something changed.
  ['各社区要踏踏实实的做好垃圾分类宣传。', 'text.de-di-de', 'warn', '的', '地'],
  ['今年全市跨境电商进出口增长的非常迅速。', 'text.de-di-de', 'warn', '的', '得'],
  ['各村的志愿服务活动开展的有声有色。', 'text.de-di-de', 'warn', '的', '得'],
  ['与会人员认真的听取了工作报告。', 'text.de-di-de', 'warn', '的', '地'],
  ['近年来全县特色产业发展的又快又好。', 'text.de-di-de', 'warn', '的', '得'],
  ['希望明年把服务做的更好。', 'text.de-di-de', 'warn', '的', '得'],
  ['两会代表委员齐聚北京，共商国事。', 'text.wrong-word', 'warn', '共商国事', '共商国是'],
  ['这一结论的正确性不容质疑。', 'text.wrong-word', 'warn', '不容质疑', '不容置疑'],
  // jieba's set phrases (习用语) one character off.
  ['老旧管网年久失修，漏损之严重可想而之。', 'text.idiom', 'warn', '可想而之', '可想而知'],
  ['个别部门遇事互相推委，群众反映强烈。', 'text.idiom', 'warn', '互相推委', '互相推诿'],
  ['此项工作必须至始至终坚持问题导向。', 'text.idiom', 'warn', '至始至终', '自始至终'],
  // Sound-alike words a pinyin input method offers.
  ['各单位要积极开展全民建身活动。', 'text.homophone', 'warn', '建', '健'],
  ['不断增强我国经济事力。', 'text.homophone', 'warn', '事', '实'],
  ['严防重特大事故发声。', 'text.homophone', 'info', '声', '生'],
  // One known word read as another, where nothing reaches outside it.
  ['企业申请易制毒滑雪品进口许可，应当提交相关材料。', 'text.homophone', 'info', '滑雪', '化学'],
];

describe('each rule family', () => {
  it.each(CATCHES)('finds in “%s” a %s finding', (text, rule, severity, excerpt, suggestion) => {
    expect(summary(text)).toContainEqual({ rule, severity, excerpt, suggestion });
  });
});

const CLEAN = [
  '中华人民共和国国务院总理签署国务院令。',
  '县人民政府要求各单位再接再厉，截至2024年底完成整改。',
  '报名截止日期为2024年12月31日。',
  '齐齐哈尔市和张家界市的代表参加了会议。',
  '双方就深化湘港经贸合作进行了座谈交流。',
  // A two-character county name one character short of a real one is a name of its own.
  '岳湖县人民政府发布2023年政府信息公开工作年度报告。',
  '湖南省张家界市文旅局发布通知。',
  '北京温州商会举办年会。',
  // Hierarchy errors belong to the political gate, which reports them once.
  '湖北省张家界市文旅局发布通知。',
  // Protected terms: app names, official abbreviations, set phrases of official writing.
  '市民可通过云闪付APP办理缴费业务。',
  '市防指启动防汛四级应急响应。',
  '向驻市人民解放军指战员致以节日问候。',
  '根据有关规定，我县在低保分类施保工作中严格把关。',
  '您反映的问题已转交县教育局进行核处，执法人员将进行纠违执法。',
  '经实地查勘，该路段已列入改造计划。',
  '填埋场垃圾渗沥液全部收集处理。',
  '开幕第一天，市交委执法局如常开展检查。',
  // Formulations newer than the dictionaries, and China paired with a country.
  '踔厉奋发、笃行不怠，每个人都能成就更好的自己。',
  '抖擞精神、奋楫扬帆，同心协力，才能共克时艰。',
  '协助台商台企参加第四届中国国际进口博览会。',
  '我高度重视中希关系发展，愿同总统一道努力。',
  // Formal numerals, as contracts and penalty notices write them.
  '当事人应于柒日内自行拆除违法建筑。',
  '乙方应于交付后壹年内办理产权登记。',
  '湖北省温州商会举办年会。',
  '书记林安国、市长赵志远出席会议。',
  '在党中央积极的推动作用下，各项工作取得积极的进展。',
  '我自己经常去社区图书馆借书。',
  // A number's unit, a negation, a set phrase of anti-cult posts.
  '全省共办理各类政务服务事项1.86亿件，“一网通办”率达到92.3%。',
  '涉案的一名未成年人因未达刑事责任年龄，民警依法责令其监护人严加管教。',
  '邪教组织蛊惑群众抛家弃业、敛取钱财。',
  '全省推出“浙里纳凉”消夏文化惠民活动。',
  '即使关注度不高，也要认真做好每一件小事。',
  '我们要即使困难再多也不退缩。',
  '县人力资源和社会保障局与县财政局联合发文。',
  '新闻报道时间线显示，事件发生于上午。',
  '这是扎扎实实的推进措施，也是经济发展的很好机遇。',
  '全县正在开展的如火如荼的创建活动，得到群众广泛支持。',
  '促进文化产业的又好又快发展。',
  '这是他说的最好的一句话。',
  // An idiom varied on purpose right after it is written right.
  '清晨的东江湖，雾气缭绕，渔舟唱晚变成了渔舟唱晨。',
  // A window that cuts a word at its edge (收寄 | 时发现 is no 及时发现).
  '国家秘密载体不得通过快递渠道传递，收寄时发现可疑物品应及时报告。',
  '周末来看看自己经常去的公园。',
  '深入贯彻落实党的二十大精神，扎实推进高质量发展。',
  // Names, places and brands that read like common words.
  '首席执行官翟一兵出任公司总裁。',
  '欧洲央行行长德拉吉宣布降息。',
  '高通公司发布骁龙处理器。',
  '伊斯坎达尔沙阿苏丹出席开幕式。',
  '南山区冬山乡政府组织开展防汛演练。',
  // Words of the look-alike characters written right.
  '新建厂房已全面完工，即将投入使用。',
  '春节假期全体干部职工轮流休假。',
  '他自己开车前往。',
  // Prose one character off a three-character state body (公安部, 市政府, 乡政府, 教育部).
  '河南公安不护短，没想过捂盖子。',
  '看出此开发商如此视政府如废物。',
  '现在没有人管，只能向政府反映情况。',
  '这就是活生生的教育不公平。',
  '该药物可能引起过敏反应的问题需要注意。',
  // Set phrases a real word one character away reads nearly as well as, and negations.
  '针对这样的乱象，执法部门开展了专项整治。',
  '参加者多为成年人，也有部分在校学生。',
  '请于3日内将材料报送至我中心综合科。',
  '农户通过生产自救、自产自销渡过难关。',
  // A character inside a likelier word reaching outside the stretch (查核, 时至今日).
  '请相关部门调查核处，如有问题依法处理。',
  '该小区问题存在多年，但时至今日仍未解决。',
  // Two real words against an idiom jieba merely lists (顺利实现).
  '按要求顺利提现后，对方又以各种理由要求继续充值。',
];

describe('clean official prose', () => {
  it.each(CLEAN)('leaves “%s” alone', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

// Two guessed slips side by side, each completing a word with the other as written (本育: 体育 and
// 本月): only the fix of the likelier reading is reported.
const SIDE_BY_SIDE: Array<[string, string, string]> = [
  ['县里组织社会本育指导员进社区服务。', '本', '体'],
  ['改革成郊明显，群众满意度提升。', '郊', '效'],
  ['加快建设云控基处平台。', '处', '础'],
  ['国家技数发明奖评审工作启动。', '数', '术'],
];

describe('guessed slips side by side', () => {
  it.each(SIDE_BY_SIDE)('in “%s” reports only %s → %s', (text, excerpt, suggestion) => {
    expect(summary(text)).toEqual([{ rule: 'text.typo', severity: 'warn', excerpt, suggestion }]);
  });
});

describe('options', () => {
  it('leaves rare characters to their confusion sets when asked to', () => {
    const listedOnly = loadTypoDetector({ typo: { rareCharFreq: 0 } });
    expect(listedOnly.detect('全县教育亊业发展迅速。')).toEqual([]);
  });

  it('leaves the homophone rule out when asked to', () => {
    const lean = loadTypoDetector({ homophone: false });
    expect(lean.detect('各单位要积极开展全民建身活动。')).toEqual([]);
  });

  it('holds a word read as another to its own threshold', () => {
    const strict = loadTypoDetector({ homophone: { wordSwapGain: 4 } });
    expect(strict.detect('企业申请易制毒滑雪品进口许可，应当提交相关材料。')).toEqual([]);
  });
});
