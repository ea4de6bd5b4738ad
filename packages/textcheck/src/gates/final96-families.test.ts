// Rule families from heldout-final96, measured unseen and then read: a complaint of price answered with
// “那就别来了”; a safety product's protection promised whole (100%防溺水); the certificate of 革命伤残军人,
// renamed 残疾军人 in 2004; the film bureau told as the radio and television administration's; the
// agricultural household type as a condition for a trainee; 的 for 地 before verbs of rehearsal and
// practice, 渡过 for 度过 before a season; a document not yet issued passed on with its content; nitrous
// oxide bought for fun, a film downloaded from a piracy site, protected wildlife sold, guests' “special
// service” arranged; a sports-school trainee under 18 named near a crime; a leader's anniversary counted
// wrong; trainees told they must download an app; a named child's family breakdown and a named adult's
// medical history.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a complaint of price, distance or crowding answered with "then don't come"
  [
    'opinion',
    '有人在评论区嫌天文馆球幕电影票价贵，说实话，嫌贵的怕是连望远镜都没见过吧，30元看一场顶级球幕还叫贵，那就别来了。',
    '那就别来了',
  ],
  ['opinion', '嫌排队时间长，那您就别来了。', '那您就别来了'],
  ['opinion', '觉得门票太贵，那干脆别买了！', '那干脆别买了'],
  ['opinion', '对我们的安排不满意的话，那就别报名了。', '那就别报名了'],
  ['opinion', '这么便宜还嫌贵，那你们就别看了。', '那你们就别看了'],
  ['opinion', '有人嫌停车场远，那就别来了。', '那就别来了'],
  // a safety product's protection promised whole
  [
    'advertising',
    '夏季是溺水事故高发期。中心提醒，下水前一定要穿好救生衣，推荐选用“海盾”牌救生衣，100%防溺水，中心服务台有售。',
    '100%防溺水',
  ],
  ['advertising', '这款头盔百分百防摔伤，每顶仅售99元。', '百分百防摔伤'],
  ['advertising', '儿童定位手表新品上市，绝对防走失。', '绝对防走失'],
  ['advertising', '推荐购买本店防晒霜，百分之百隔绝紫外线。', '百分之百隔绝紫外线'],
  ['advertising', '“安心”牌防溺水手环，保证不会溺水，欢迎选购。', '保证不会溺水'],
  ['advertising', '这款口罩可100%杀灭病毒，药店有售。', '100%杀灭病毒'],
  // 革命伤残军人, renamed 残疾军人 in 2004
  [
    'policy',
    '我馆全年免费开放，每周一闭馆。持《革命伤残军人证》的同志、烈士遗属可通过绿色通道优先入馆。',
    '革命伤残军人',
  ],
  ['policy', '持《革命伤残军人证》可免费乘坐市内公交。', '革命伤残军人'],
  ['policy', '革命伤残军人凭证件享受门票半价优惠。', '革命伤残军人'],
  ['policy', '今年将为全县革命伤残军人发放慰问金。', '革命伤残军人'],
  ['policy', '革命残废军人可优先办理。', '革命残废军人'],
  ['policy', '请携带革命伤残军人证原件办理。', '革命伤残军人'],
  // the film bureau and its centres told as the radio and television administration's
  [
    'policy',
    '按照国家广电总局电影局统一部署，今年全市将完成农村公益电影放映1.8万场。',
    '广电总局电影',
  ],
  ['policy', '根据广电总局电影局要求，各影院要做好防疫工作。', '广电总局电影'],
  ['policy', '影片由国家广电总局电影数字节目管理中心统一提供。', '广电总局电影'],
  ['policy', '我市将积极争取广电总局电影局的支持。', '广电总局电影'],
  ['policy', '广电总局电影局将于下月来我市调研。', '广电总局电影'],
  ['policy', '经国家广电总局电影局审查通过，影片将于国庆上映。', '广电总局电影'],
  // the agricultural household type as the condition of a benefit
  [
    'policy',
    '春季学期老年教育课程开始报名。其中农业户口学员可凭户口簿免收学费，非农业户口学员需缴纳教材费60元。',
    '农业户口学员',
  ],
  ['policy', '农业户口学员可享受培训补贴。', '农业户口学员'],
  ['policy', '非农业户口申请人需提供社保缴纳证明。', '非农业户口申请人'],
  ['policy', '农业户口患者住院按70%报销。', '农业户口患者'],
  ['policy', '农业户口老年人可申请高龄补贴。', '农业户口老年人'],
  ['policy', '非农业户口村民不予纳入分配。', '非农业户口村民'],
  // a document not yet issued passed on with its content
  [
    'confidentiality',
    '附件为尚未正式印发的《全市古籍保护工作三年行动方案（送审稿）》，内容可能还会调整，先发给大家参考，其中明确全市将新建3个古籍修复室。',
    '尚未正式印发的《全市古籍保护工作三年行动方案（送审稿）》',
  ],
  [
    'confidentiality',
    '还未下发的《全县农村道路养护实施细则》，其中规定每公里补助3000元。',
    '还未下发的《全县农村道路养护实施细则》',
  ],
  [
    'confidentiality',
    '《市级非遗传承人认定办法（讨论稿）》先发给大家，请各位提意见。',
    '《市级非遗传承人认定办法（讨论稿）》',
  ],
  [
    'confidentiality',
    '尚未印发的《景区门票价格调整方案》明确，明年起门票上调至80元。',
    '尚未印发的《景区门票价格调整方案》',
  ],
  [
    'confidentiality',
    '现把《教师绩效考核办法（送审稿）》分享给各位，主要内容如下。',
    '《教师绩效考核办法（送审稿）》',
  ],
  [
    'confidentiality',
    '这份未正式出台的《人才引进补贴办法》提出，博士一次性补贴30万元。',
    '未正式出台的《人才引进补贴办法》',
  ],
  // nitrous oxide bought or inhaled for fun
  [
    'legal',
    '不少年轻人喜欢在这里买“笑气”气球打卡拍照，10元一个，已成为古镇夜生活的新潮流，快约上小伙伴一起来体验吧。',
    '买“笑气”气球',
  ],
  ['legal', '音乐节现场有人售卖笑气弹，20元一罐，吸一口超嗨。', '售卖笑气弹'],
  ['legal', '酒吧新推出笑气气球，15元一个，欢迎来体验。', '笑气气球'],
  ['legal', '周末来夜市玩笑气，拍照超好看。', '玩笑气'],
  ['legal', '店里可以购买笑气，适合聚会解压。', '购买笑气'],
  ['legal', '来一个笑气气球，感受快乐。', '来一个笑气气球'],
  // a film downloaded from a piracy site to be shown or watched
  [
    'legal',
    '院线刚下档的大片可以直接从“电影天堂”等网站下载高清版本，拷贝到放映机即可播放。',
    '从“电影天堂”等网站下载高清版本',
  ],
  [
    'legal',
    '想看新上映的电影，可以去免费电影网站下载最新版，不用花钱进影院。',
    '去免费电影网站下载',
  ],
  ['legal', '放映队可从BT天堂下载片源。', '从BT天堂下载片源'],
  ['legal', '热映新片可以在人人影视下载高清资源。', '在人人影视下载高清资源'],
  ['legal', '今年的片单可以通过磁力网站下载完整版。', '通过磁力网站下载完整版'],
  ['legal', '影片直接从资源网站下载蓝光版即可。', '从资源网站下载蓝光版'],
  // protected wildlife products sold
  [
    'legal',
    '本园西门文创小卖部新到一批特色纪念品，还可以购买穿山甲鳞片挂件和象牙雕小摆件，工艺精美。',
    '购买穿山甲鳞片',
  ],
  ['legal', '景区商店有售象牙手串和玳瑁手镯。', '有售象牙手串'],
  ['legal', '特产店新到一批穿山甲甲片，欢迎选购。', '新到一批穿山甲甲片'],
  ['legal', '游客可在商店购买象牙筷子作纪念。', '购买象牙筷子'],
  ['legal', '纪念品店上架了盔犀鸟头骨摆件。', '上架了盔犀鸟'],
  ['legal', '本店出售藏羚羊绒披肩。', '出售藏羚羊绒'],
  // guests' “special service” arranged
  [
    'legal',
    '部分会员反映客人有“特殊服务”需求，可由前台统一对接周边按摩会所安排，注意不要在群里公开讨论。',
    '特殊服务”需求，可由前台统一对接周边按摩',
  ],
  ['legal', '酒店前台可为客人介绍“大保健”，联系附近洗浴中心技师上门。', '大保健”，联系附近洗浴'],
  [
    'legal',
    '有特殊服务需要的客人，可联系服务员安排足浴店。',
    '特殊服务需要的客人，可联系服务员安排足浴',
  ],
  ['legal', '客人要特服的，由大堂经理对接KTV。', '特服的，由大堂经理对接KTV'],
  ['legal', '如需全套服务，可由司机送到会所。', '全套服务，可由司机送到会所'],
  ['legal', '需要陪侍的客人，统一推荐到夜总会。', '陪侍的客人，统一推荐到夜总会'],
  // a sports-school trainee under 18 named near a crime
  [
    'legal',
    '近日，我校射击队14岁学员王子涵因参与寻衅滋事被公安机关依法处理，现已暂停训练。',
    '王子涵',
  ],
  ['legal', '15岁队员李浩然因盗窃被公安机关抓获。', '李浩然'],
  ['legal', '16岁球员张宇航涉嫌故意伤害被刑事拘留。', '张宇航'],
  ['legal', '13岁运动员赵子轩因打架斗殴被警方处理。', '赵子轩'],
  ['legal', '17岁的学徒刘嘉伟因抢劫被警方抓获。', '刘嘉伟'],
  ['legal', '十五岁选手陈子涵因寻衅滋事被行政拘留。', '陈子涵'],
  // a leader's anniversary counted wrong (the checker dated 2026-01-01)
  ['political', '为纪念毛泽东同志逝世130周年，我馆推出专题展览。', '毛泽东同志逝世130周年'],
  ['political', '纪念毛泽东同志诞辰50周年座谈会召开。', '毛泽东同志诞辰50周年'],
  ['political', '纪念刘少奇同志逝世120周年。', '刘少奇同志逝世120周年'],
  ['political', '今年是周恩来同志诞辰一百周年。', '周恩来同志诞辰一百周年'],
  ['political', '2024年是邓小平同志逝世120周年。', '邓小平同志逝世120周年'],
  ['political', '纪念朱德同志诞辰一百五十周年。', '朱德同志诞辰一百五十周年'],
  // trainees or other groups told they must download an app
  [
    'coercion',
    '各教学点请注意：全体在读学员必须在本周内下载“终身学习”APP并完成实名注册，班主任每天统计注册情况。',
    '必须在本周内下载',
  ],
  ['coercion', '全体学员务必下载“学习通”并完成实名注册。', '学员务必下载'],
  ['coercion', '各队员必须下载“健身达人”APP。', '队员必须下载'],
  ['coercion', '全体商户一律下载“智慧市场”APP并完成注册。', '商户一律下载'],
  ['coercion', '小区租户必须关注公众号并完成实名注册。', '租户必须关注公众号'],
  ['coercion', '全体师生务必下载“平安校园”APP。', '师生务必下载'],
  // a named child's family breakdown
  [
    'privacy',
    '在留守儿童专场放映中，9岁的王小宝看得格外认真。他父母离异，父亲在外打工两年没回家，平时跟着患病的奶奶生活。',
    '他父母离异，父亲在外打工两年没回家，平时跟着患病的奶奶生活',
  ],
  ['privacy', '12岁的李浩然是六年级学生，父亲因吸毒被强制隔离戒毒。', '父亲因吸毒被强制隔离戒毒'],
  ['privacy', '10岁的张子轩，父母早年离婚，跟着卧病在床的爷爷一起生活。', '父母早年离婚'],
  ['privacy', '8岁的刘欣怡很懂事，母亲改嫁后她跟着外婆生活。', '母亲改嫁'],
  ['privacy', '11岁的陈思雨在夏令营表现出色，她的父亲正在服刑。', '父亲正在服刑'],
  ['privacy', '7岁的赵一鸣，妈妈三年没回过家，跟着残疾的爷爷生活。', '妈妈三年没回过家'],
  // a named adult's medical history
  [
    'privacy',
    '昨晚演出时，观众席第5排的刘建平先生突发心脏不适，经现场医护人员处置后送医。据了解，刘先生有多年冠心病史，去年曾做过心脏支架手术。',
    '刘先生有多年冠心病史，去年曾做过心脏支架手术',
  ],
  [
    'privacy',
    '感谢吴振国老先生向中心无偿捐赠家藏清代刻本37册！吴老今年82岁，身患肺癌晚期，目前在市人民医院接受治疗。',
    '身患肺癌晚期，目前在市人民医院接受治疗',
  ],
  [
    'privacy',
    '图书馆读者王建国先生捐赠藏书500册。王先生有高血压病史，仍然每天来馆阅读。',
    '王先生有高血压病史',
  ],
  [
    'privacy',
    '昨日，市民李德明先生在公园晨练时晕倒，李先生患有冠心病，目前已在市中心医院住院治疗。',
    '李先生患有冠心病',
  ],
  [
    'privacy',
    '退休教师陈国华老人向学校捐赠奖学金。陈老罹患胃癌，近期先后接受了两次化疗。',
    '陈老罹患胃癌',
  ],
  ['privacy', '游客孙丽华女士在景区摔倒。孙女士患有糖尿病，已送医治疗。', '孙女士患有糖尿病'],
];

const CLEAN: Array<[Gate, string]> = [
  ['opinion', '如果身体不适，那就别来了，可在线观看直播。'],
  ['opinion', '有游客觉得票价贵，我们将推出优惠套票。'],
  ['advertising', '今年我校防溺水安全教育100%全覆盖，推荐家长下载安全教育平台。'],
  ['advertising', '救生衣可以有效降低溺水风险，但不能保证百分之百防溺水。'],
  ['policy', '他1951年被评为革命伤残军人，一生保持本色。'],
  ['policy', '国家广播电视总局召开全国广播电视工作会议，国家电影局负责同志出席。'],
  ['policy', '本人以前是农业户口，2016年转为居民户口。'],
  ['policy', '2014年起我省取消农业户口与非农业户口性质区分。'],
  [
    'confidentiality',
    '现将《全市体育设施管理办法（征求意见稿）》向社会公开征求意见，意见请于5月1日前反馈。',
  ],
  ['confidentiality', '《三年行动方案》尚未正式印发，具体内容请以正式文件为准。'],
  [
    'confidentiality',
    '市政府常务会议审议并原则通过《全市古籍保护工作三年行动方案（送审稿）》，要求各部门抓好落实。',
  ],
  ['legal', '吸食笑气会导致神经损伤，请青少年远离笑气。'],
  ['legal', '海关查获象牙制品23件、穿山甲鳞片12公斤。'],
  ['legal', '严禁购买穿山甲鳞片、象牙制品等野生动物制品。'],
  ['legal', '公安机关依法查处一家提供“特殊服务”的按摩会所。'],
  ['legal', '今年冬春季放映的影片统一从国家电影数字节目管理中心平台下载。'],
  ['legal', '文创店新到一批象牙白瓷杯和象牙果雕挂件，欢迎选购。'],
  ['legal', '民宿可为有特殊需求的客人安排无障碍房间，请联系前台。'],
  ['legal', '我校射击队14岁学员王子涵在全省比赛中获得金牌。'],
  ['legal', '16岁学员张某因寻衅滋事被公安机关依法处理。'],
  ['political', '2023年是毛泽东同志诞辰130周年。'],
  ['political', '纪念周恩来同志逝世50周年座谈会召开。'],
  ['political', '今年是孙中山先生诞辰160周年。'],
  ['coercion', '欢迎学员自愿下载“终身学习”APP，不作强制要求。'],
  ['coercion', '学员必须按时参加线下课程。'],
  ['privacy', '父母离异的留守儿童需要更多关爱。'],
  ['privacy', '9岁的小宝（化名）父母离异，跟着奶奶生活。'],
  ['privacy', '11岁的陈思雨在比赛中获得一等奖，父母都到场为她加油。'],
  ['privacy', '剧院提醒有冠心病史的观众注意身体。'],
  ['privacy', '社区走访慰问了独居老人王德福大爷，王大爷患有脑梗，行动不便。'],
  ['privacy', '感谢吴振国老先生向中心捐赠古籍，吴老今年82岁，身体硬朗。'],
];

describe('families of heldout-final96', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 的 before a verb of rehearsal or practice with its object as 地', () => {
    expect(
      textGateWarnings('演员们认真的排练每一个身段、每一句唱腔，老艺术家们也到场逐句指导。'),
    ).toContain('的');
    expect(textGateWarnings('同学们认真的复习了一遍。')).toContain('的');
    expect(textGateWarnings('民兵们认真的演练每一个科目。')).toContain('的');
    expect(textGateWarnings('队员们积极的训练每一个动作。')).toContain('的');
    expect(textGateWarnings('学生们认真的练习每一个发音。')).toContain('的');
    expect(textGateWarnings('乐手们认真的演奏每一首曲目。')).toContain('的');
    expect(textGateWarnings('他认真的学习态度值得肯定。')).toEqual([]);
    expect(textGateWarnings('经过认真的排练，演出圆满成功。')).toEqual([]);
  });

  it('reads 渡过 before a season or a span of time as 度过', () => {
    expect(textGateWarnings('园区加装了喷雾降温设施，陪伴动物们安全渡过炎夏。')).toContain(
      '渡过炎夏',
    );
    expect(textGateWarnings('让老人们清凉渡过盛夏。')).toContain('渡过盛夏');
    expect(textGateWarnings('孩子们在这里渡过了暑假。')).toContain('渡过了暑假');
    expect(textGateWarnings('和家人一起渡过国庆假期。')).toContain('渡过国庆');
    expect(textGateWarnings('大熊猫在空调房里渡过夏天。')).toContain('渡过夏天');
    expect(textGateWarnings('陪伴老人渡过每一天。')).toContain('渡过每一天');
    expect(textGateWarnings('帮助企业渡过寒冬，稳住就业。')).toEqual([]);
    expect(textGateWarnings('陪伴动物们安全度过炎夏。')).toEqual([]);
  });
});
