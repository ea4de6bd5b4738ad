// Rule families that generalise beyond listed strings: 一带一路 … 战略, suspects before judgement,
// minors named by grade, threats, warning frames, document-number brackets, bare classification
// markings, circulation bans and repost sources; the dev7 families (drug slang, credit cash-out,
// pirated films, regional and disability slurs, screenshot bans, home flats, threats to block …).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import type { Gate } from '../finding.ts';

const checker = createChecker({ asOf: '2026-01-01' });

/** Block and warn excerpts of one gate. */
const reported = (gate: Gate, text: string, repostSource?: string) =>
  checker
    .check(repostSource === undefined ? { text } : { text, repostSource }, { gates: [gate] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '积极融入“一带一路”发展战略', '一带一路”发展战略'],
  ['political', '深入实施一带一路合作战略', '一带一路合作战略'],
  ['political', '国家人民代表大会常务委员会审议通过', '国家人民代表大会'],
  ['political', '国务院教育部印发通知', '国务院教育部'],
  ['legal', '罪犯刘某盗窃电动车一辆，目前案件正在侦查中。', '罪犯'],
  ['legal', '该罪犯已被批准逮捕，案件尚未判决。', '罪犯'],
  ['legal', '高一学生张子涵伙同他人实施抢劫，已被公安机关抓获。', '张子涵'],
  ['legal', '年仅十五岁的赵明轩持刀抢劫一名路人，已被抓获。', '赵明轩'],
  ['legal', '涉案的初一学生杨梓轩在校外多次强行索要同学财物。', '杨梓轩'],
  ['legal', '涉嫌盗窃的少年系市第三中学初二（3）班学生。', '市第三中学初二（3）班学生'],
  ['legal', '你再敢去举报，我就弄死你。', '弄死你'],
  ['legal', '高清无码在线观看，请访问www.av98kk.xyz', 'www.av98kk.xyz'],
  ['legal', '招聘宝妈在家兼职，刷单返利，日结200元。', '刷单返利'],
  ['policy', '教基厅函【2025】12号', '【2025】12号'],
  ['policy', '贯彻落实财税[2024]8号文件精神', '[2024]8号'],
  ['policy', '京政办发〔２０２４〕３号', '〔２０２４〕３号'],
  ['policy', '为建档立卡贫困户发放产业补贴', '建档立卡贫困户'],
  ['policy', '县扶贫开发领导小组召开会议', '扶贫开发领导小组'],
  ['policy', '区人口和计划生育委员会开展宣传', '人口和计划生育委员会'],
  ['confidentiality', '绝密\n关于调整干部任免的请示', '绝密'],
  ['confidentiality', '机密，不予公开。', '机密'],
  ['confidentiality', '秘密 期限：一年', '秘密'],
  ['confidentiality', '本材料未经批准不得复制、转发', '未经批准不得复制'],
  ['confidentiality', '（仅限内部传阅）关于舆情处置情况的通报', '仅限内部传阅'],
  ['source', '来源：热点财经号\n今年楼市出现新变化。', '热点财经号'],
  // dev6 families: minors by school and class, gambling brands with numbered hosts, porn categories
  ['legal', '打伤同学的是县实验初中七年级（5）班学生赵某，警方已介入。', '县实验初中七年级（5）班'],
  ['legal', '17岁的技校学生孙浩然伙同他人盗窃手机，已被刑事拘留。', '孙浩然'],
  ['legal', '威尼斯人娱乐城 最新地址 wns8899.cc 存款秒到', 'wns8899.cc'],
  ['legal', '皇冠体育 足球投注 请访问 hg0088点net', 'hg0088点net'],
  ['legal', '日韩精品一区二区免费观看', '日韩精品一区'],
  ['legal', '少妇人妻 制服诱惑 点击进入', '少妇人妻'],
  // titles a body does not have, 香港与大陆, China beside Hong Kong/Taiwan, 港澳台 in a list of countries
  ['political', '会上，州政协主任张某某作了讲话。', '政协主任'],
  ['political', '自治县人大主席韦某某主持会议。', '人大主席'],
  ['political', '县委副主席王某出席开幕式。', '委副主席'],
  ['political', '香港与大陆两地青年开展交流。', '香港与大陆'],
  ['political', '展会吸引中国、香港、台湾等国家和地区的客商。', '中国、香港'],
  ['political', '澳门、葡萄牙等国的艺术家同台献艺。', '澳门'],
  // superseded wording used as current policy (asOf 2026)
  ['policy', '为落实全面两孩政策，我县将完善托育服务。', '全面两孩政策'],
  ['policy', '当前，我县精准扶贫工作进入攻坚阶段。', '精准扶贫'],
  ['policy', '县卫健局提醒：符合单独二孩政策的夫妇可申请再生育。', '单独二孩'],
  // quotas per household or head, tasks handed down, door-to-door checks
  ['coercion', '投票活动期间，每户须投满10票。', '每户须投满10票'],
  ['coercion', '按人头分配点赞任务，由支部书记逐一查看。', '按人头分配点赞任务'],
  ['coercion', '各村要把视频号关注任务落实到户。', '关注任务落实到户'],
  ['coercion', '组长要逐户查看村民手机是否已点赞本村短视频。', '逐户查看村民手机是否已点赞'],
  ['confidentiality', '本通知涉密，请勿转发。', '本通知涉密'],
  ['advertising', '秋冬进补，这款阿胶糕是您送礼的最佳之选！', '最佳之选'],
  ['advertising', '我们的乳胶枕是最好的选择，限时特价。', '最好的选择'],
  // dev7 families: drug slang with a covert deal, uncensored violence, credit cashed out, free
  // films with a site, a minor's age with school or estate, abbreviated schools (二小), regional and
  // disability slurs, documents calling themselves internal, screenshot bans, addresses after 住 and
  // flats said to be a home, upbringing insults, threats to block, impatience, housing superlatives,
  // services given against a like, school penalties for not liking
  ['legal', '有需要邮票、叶子的私聊，懂的来，老地方面交。', '邮票'],
  ['legal', '果冻、跳跳糖现货，需要的老板私聊。', '果冻'],
  ['legal', '街头捅人视频，画面血腥未打码，胆小慎点。', '血腥未打码'],
  ['legal', '独家！行凶全过程无删减版，速看。', '行凶全过程无删减'],
  ['legal', '信用卡套现、花呗提现，秒到账，费率低。', '花呗提现'],
  ['legal', '专业代办高额信用卡，包下卡。', '代办高额信用卡'],
  ['legal', '无需会员免费追热播剧全集，网址 www.dyhd66.com', 'www.dyhd66.com'],
  [
    'legal',
    '涉嫌抢劫的少年今年15岁，就读于市第二职业中学，已被刑事拘留。',
    '15岁，就读于市第二职业中学',
  ],
  ['legal', '打人者为13岁男孩，家住城西新村，案件正在调查中。', '13岁男孩，家住城西新村'],
  ['legal', '动手打人的是实验二小四年级的王子轩，家长已被约谈。', '王子轩'],
  ['legal', '内部消息，投资稳赚不赔，带你翻倍，加群。', '稳赚不赔'],
  ['political', '外地人都是小偷，出门一定要锁好门。', '外地人都是小偷'],
  ['political', '河南人素质就是差，出门要小心。', '河南人素质就是差'],
  ['political', '农村来的人文化就是低。', '农村来的人文化就是低'],
  ['political', '他是个聋子，听不见汽车鸣笛。', '聋子'],
  ['political', '一位腿脚残废的老人在路边乞讨。', '残废'],
  ['confidentiality', '本资料属内部学习资料，请勿外传。', '本资料属内部学习资料'],
  ['confidentiality', '以下内容为内部讨论稿。', '以下内容为内部讨论稿'],
  ['confidentiality', '请勿截图外传。', '请勿截图外传'],
  ['confidentiality', '不得转发、截屏。', '不得转发、截屏'],
  ['privacy', '李某（男，62岁，住城关镇幸福村3组28号）因病去世。', '城关镇幸福村3组28号'],
  [
    'privacy',
    '王某（女，35岁，暂住滨江花园9栋2单元702室）报警称手机被盗。',
    '滨江花园9栋2单元702室',
  ],
  ['privacy', '消防员将被困老人送回其在阳光小区5号楼2单元301的家中。', '阳光小区5号楼2单元301'],
  ['opinion', '这孩子一点教养都没有。', '教养都没有'],
  ['opinion', '爹妈没教过你吗？', '爹妈没教'],
  ['opinion', '谁再刷屏就禁言。', '再刷屏就禁言'],
  ['opinion', '再乱说马上封号。', '再乱说马上封号'],
  ['opinion', '这个问题我们已经答复过好多遍了。', '答复过好多遍了'],
  ['opinion', '自己翻前面的回复。', '自己翻前面'],
  ['advertising', '楼盘坐拥绝版江景，首付20万起。', '绝版江景'],
  ['advertising', '极品地段，旺铺招租，欢迎来电。', '极品地段'],
  ['coercion', '转发本条推文后方可办理业务。', '转发本条推文后方可办理业务'],
  ['coercion', '请集赞满30个，凭截图到窗口受理。', '凭截图到窗口受理'],
  ['coercion', '未转发的同学罚抄课文。', '未转发的同学罚抄课文'],
  // A project's kind (土地整治) is no crackdown on the demand.
  [
    'coercion',
    '我县项目入围全省土地整治优秀案例评选，请各村组织群众投票，投票数量将作为村级考评依据。',
    '组织群众投票',
  ],
  // A minor blamed for an accident or a wrong is as identifiable as one in a criminal case.
  ['legal', '经调查，起火系县二小四年级二班学生林子墨在楼道玩火引燃纸箱所致。', '林子墨'],
  [
    'legal',
    '公交站台玻璃被砸坏，经查为市第五中学初一（2）班学生贺一帆所为。',
    '市第五中学初一（2）班学生',
  ],
  ['legal', '三轮车驾驶人县三中初三学生唐浩宇无证驾驶，负事故主要责任。', '县三中初三学生'],
  ['legal', '燃气表被撬损，经查为初中生卢子骞所为。', '卢子骞'],
  // A bank's short name with 卡 labels a card though its check digit is mistyped.
  ['privacy', '工资已转入其农行卡6228 4804 1234 5678 912。', '6228 4804 1234 5678 912'],
];

// [gate, text, repostSource?]
const CLEAN: Array<[Gate, string, string?]> = [
  ['political', '推动共建“一带一路”倡议与欧亚经济联盟发展战略对接'],
  ['political', '十四届全国人民代表大会常务委员会第十次会议闭幕'],
  ['legal', '犯罪嫌疑人张某某因涉嫌诈骗罪被依法刑事拘留，案件正在进一步侦办中。'],
  ['legal', '一名罪犯因抢劫罪被一审判决判处有期徒刑五年，目前已在监狱服刑。'],
  // Rules explained: a sick-leave note (病假证明 holds 假证), a dealer's duty to record the seller's
  // ID, a cheat the notice punishes, a citizen's question answered.
  ['legal', '病假证明须由接诊医师根据实际诊疗情况开具，我院不开具与诊疗不符的证明。'],
  ['legal', '回收企业应当如实登记出售人姓名、住址、身份证号码及物品名称。'],
  ['legal', '对发现的委托他人代学、代考行为，将取消当年度学分并通报所在单位。'],
  [
    'legal',
    '近日有群众询问能否在网上购买“野生穿山甲鳞片”入药。在此明确：任何单位和个人不得非法购买。',
  ],
  [
    'legal',
    '【反诈提醒】凡是网上刷单返利的，都是诈骗！公安机关提醒广大市民，谨防上当受骗，如遇可疑情况请拨打96110。',
  ],
  ['legal', '初二学生小王在老师的指导下学会了自救技能。'],
  ['legal', '15岁的初三学生王小明（化名）因涉嫌盗窃被警方依法处理。'],
  ['legal', '13岁的初一学生张明在放学途中见义勇为，协助民警抓获一名盗窃嫌疑人。'],
  ['policy', '《国务院办公厅关于优化营商环境的意见》（国办发〔2024〕15号）'],
  ['policy', '巩固拓展脱贫攻坚成果，原建档立卡贫困户全部实现稳定脱贫'],
  ['confidentiality', '保密宣传月期间，引导党员干部增强保密意识，严守秘密。'],
  ['confidentiality', '严禁在互联网上处理涉密信息，涉密文件必须按规定保管。'],
  ['confidentiality', '本网站所刊登的信息，未经许可不得转载。'],
  ['source', '城镇调查失业率5.1%。（数据来源：市人力资源和社会保障局）'],
  ['source', '前三季度地区生产总值同比增长5.6%。\n数据来源：某网友整理'],
  ['source', '入选国家级全域旅游示范区。', '湖南省人民政府门户网站'],
  ['source', '省政府研究部署森林防火工作。', '某市人民政府门户网站（www.example.gov.cn）'],
  ['source', '居民人均可支配收入增长5.2%。', '国家统计局湖南调查总队'],
  ['legal', '县一中高三（5）班学生在全省化学竞赛中获一等奖。'],
  ['legal', '14岁的初二学生王梓涵在全国青少年科技创新大赛中荣获一等奖。'],
  ['legal', '【反诈提醒】切勿登录 xpj8899.com 等赌博网站，网上赌博都是骗局。'],
  ['legal', '澳门回归25周年庆祝活动，详见 www.gov.mo。'],
  ['legal', '日韩精品服饰专卖，欧美风格家具。'],
  ['political', '市政协主席张某某主持会议，市政协办公室主任李某、提案委员会主任王某出席。'],
  ['political', '镇党委书记、镇人大主席张某某带队检查防汛工作。'],
  ['political', '中央军委主席习近平签署命令。'],
  ['political', '内地与香港、澳门的经贸往来日益密切，台湾与大陆同胞血脉相连。'],
  ['political', '中国香港、中国澳门和中国台湾地区的代表应邀出席。'],
  ['political', '香港、新加坡等国际金融中心。'],
  ['policy', '2016年1月1日起，我国实施全面两孩政策。'],
  ['policy', '“十三五”期间，我县坚持精准扶贫、精准脱贫基本方略，累计减贫3.2万人。'],
  ['policy', '1980年至2015年，我国实行独生子女政策；2013年起实施单独两孩政策。'],
  ['coercion', '欢迎市民为我市参评的“美丽河湖”投票，投票自愿，每人每天可投3票。'],
  ['coercion', '社区工作人员入户走访，为有需要的老年人免费安装反诈APP。'],
  ['coercion', '选举日当天，每名选民最多可投一张选票。'],
  ['coercion', '网格员将逐户上门开展燃气安全检查，每户须安装燃气报警器。'],
  ['confidentiality', '本通知所称涉密人员，是指在涉密岗位工作的人员。'],
  ['advertising', '公共交通是您绿色出行的最佳选择。'],
  ['advertising', '该项目入选全国生态环境保护最佳实践案例。'],
  // dev7 families stay quiet on their look-alikes
  ['legal', '社区开展集邮文化展，展出纪念邮票200余枚，欢迎居民私信预约参观。'],
  ['legal', '秋天的叶子落满街道，环卫工人加班清扫，同城志愿者也加入进来。'],
  [
    'legal',
    '警方提醒：不法分子常用“叶子”“邮票”“果冻”等暗语兜售毒品，私聊交易，请广大市民提高警惕。',
  ],
  ['legal', '监控记录下了嫌疑人持刀砍人的全过程，警方已将其抓获。'],
  ['legal', '持卡人可在银行网点办理信用卡取现业务，手续费按银行规定收取。'],
  ['legal', '警方提醒：“花呗套现”“信用卡代办”多为诈骗，切勿轻信。'],
  ['legal', '暑期公益观影活动，市民可免费观看院线大片，地点：市文化馆放映厅。'],
  ['legal', '15岁的小李就读于市实验中学，在全国数学竞赛中获奖。'],
  ['legal', '年满16岁、就读于本市职业学校的学生可申请助学金。'],
  ['legal', '县第二小学四年级学生参加了防溺水安全教育活动。'],
  [
    'legal',
    '【以案说法】被告人王某以“高额回报”“稳赚不赔”为诱饵，骗取被害人钱款，法院以诈骗罪判处其有期徒刑五年。',
  ],
  ['legal', '被告人李某搭建网络赌博平台，法院以开设赌场罪判处其有期徒刑三年。'],
  ['legal', '民警提示：对方声称有内部消息、投资稳赚不赔的，都是骗子，千万不要转账。'],
  ['advertising', '民警提示：对方声称投资稳赚不赔的，都是骗子，千万不要转账。'],
  ['political', '着力提高农民素质，培育新型职业农民。'],
  ['political', '部分群众文明素质不高，乱扔垃圾现象时有发生。'],
  ['political', '河南人口素质不断提高。'],
  ['political', '外地来的游客素质普遍较高，景区秩序良好。'],
  ['political', '不能让老实人吃哑巴亏。'],
  ['confidentiality', '考试期间严禁拍照、截图、录屏。'],
  ['confidentiality', '对网传不实信息，请勿转发、扩散。'],
  ['privacy', '社区服务中心位于幸福小区3栋1单元101室，欢迎居民前来办事。'],
  ['privacy', '该小区共有12栋楼，每栋6个单元，住户约800户。'],
  ['opinion', '加强家庭教育指导，帮助家长掌握科学的家教方法。'],
  ['opinion', '若再发现违规行为，平台将依法依规处理。'],
  ['opinion', '对恶意刷屏的账号，本号将予以禁言处理。'],
  ['opinion', '该问题我局已于3月5日答复，请查阅。'],
  ['opinion', '习近平总书记讲过很多次，要把人民放在心中最高位置。'],
  ['opinion', '村民自己翻修了房屋。'],
  ['legal', '县二小四年级二班学生林子墨在全市书法比赛中获得一等奖。'],
  ['legal', '市第五中学初一（2）班学生贺一帆勇救落水儿童，受到表彰。'],
  ['advertising', '我区将持续优化学区划分，确保适龄儿童就近入学。'],
  ['advertising', '第一学区共有5所小学。'],
  ['coercion', '请在线预约，凭预约截图到大厅取号。'],
  ['coercion', '关注“某市政务”公众号，可在线预约取号。'],
  ['coercion', '欢迎转发分享，凭本人身份证到窗口办理。'],
];

describe('generalised rules', () => {
  it.each(CATCHES)('%s reports in “%s” «%s»', (gate, text, excerpt) => {
    expect(reported(gate, text).join('|')).toContain(excerpt);
  });
  it.each(CLEAN)('%s leaves “%s” alone', (gate, text, repostSource) => {
    expect(reported(gate, text, repostSource)).toEqual([]);
  });
});
