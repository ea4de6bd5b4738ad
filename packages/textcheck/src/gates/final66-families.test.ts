// Rule families of the heldout-final66 round, each with wordings other than the set's: 香港行政特区 for
// the special administrative region (political); the abolished 城市房屋拆迁管理条例 and the old
// agricultural/non-agricultural household type as a condition (policy); a stake won back at odds
// (押中翻倍返还), gore in detail (头骨碎裂、脑浆溢出), prize-paying game machines and a film in cinemas
// offered free in full (legal); the handling notes of an internal document, the vote count of a
// closed meeting, a party committee's minutes by number, an unpublished ranking cited, content under
// a held-back caveat and one question of an exam ahead (confidentiality); 气侯 and a feeling 的 a
// speech verb (高兴的说) (text); an office recommending a tested brand, a place sold by what living
// there cures, a business ranked the most trusted of a place (advertising); a reply opened by 呵呵
// under its own heading (opinion); a benefit held back until likes are collected and reads ranked
// with a sanction on the last (coercion). No longer flagged: 截止目前 quoted as wrong in a usage
// lesson, 怼 under a prohibition (更不能与网友互怼).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';
import { citedAsWrong } from './text-cited-wrong-form.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'political',
    '6月3日，香港行政特区旅游发展局代表团一行到我市考察，先后参观了古城墙、市博物馆和非遗街区。',
    '香港行政特区',
  ],
  ['political', '澳门行政特区政府代表团来我市洽谈合作。', '澳门行政特区'],
  ['political', '香港特别行政特区立法会议员一行到访。', '香港特别行政特区'],
  ['political', '来自港澳行政特区的青年参加了夏令营。', '港澳行政特区'],
  ['political', '香港行政区政府官员出席签约仪式。', '香港行政区'],
  ['political', '澳门行政区卫生局专家来院交流。', '澳门行政区'],
  [
    'policy',
    '【公告】根据《城市房屋拆迁管理条例》有关规定，经市政府批准，决定对幸福里片区实施拆迁改造。',
    '城市房屋拆迁管理条例',
  ],
  [
    'policy',
    '依据《城市房屋拆迁管理条例》第十六条，拆迁人与被拆迁人达不成协议的，由房屋拆迁管理部门裁决。',
    '城市房屋拆迁管理条例',
  ],
  ['policy', '拆迁人须向区房屋拆迁管理部门申领房屋拆迁许可证。', '房屋拆迁许可证'],
  ['policy', '补偿金额参照《城市房屋拆迁估价指导意见》评估确定。', '城市房屋拆迁估价指导意见'],
  [
    'policy',
    '【公租房申请须知】申请公共租赁住房须同时具备以下条件：一是具有本市非农业户口；二是在本市无自有住房。',
    '非农业户口',
  ],
  ['policy', '申请人须为本村农业户口且在本村居住满三年。', '农业户口'],
  ['policy', '报考条件：具有本县非农业户口，年龄在35周岁以下。', '非农业户口'],
  ['policy', '入围对象限本市非农业户口居民。', '非农业户口'],
  ['policy', '申请人必须是城镇非农业户口。', '非农业户口'],
  [
    'legal',
    '春节庙会还设有“摇骰子押大小”游戏区，押中翻倍返还，小游戏也能赢大奖，欢迎市民带上家人一起来逛庙会。',
    '押中翻倍返还',
  ],
  ['legal', '商场推出骰子游戏，下注10元，押中翻倍返还。', '押中翻倍返还'],
  ['legal', '现场开设押宝游戏，押对即可三倍赔付。', '押对即可三倍赔付'],
  ['legal', '游园会设有转盘押注区，押中赔五倍。', '押中赔五倍'],
  ['legal', '夜市设有猜大小摊位，猜中翻倍。', '猜大小摊位，猜中翻倍'],
  ['legal', '摊主吆喝：押中者可获双倍奖金，十元起押。', '押中者可获双倍奖金'],
  ['legal', '一名工人被高处坠落的钢管击中头部，当场头骨碎裂、脑浆溢出，场面惨不忍睹。', '头骨碎裂'],
  ['legal', '被撞者脑浆外溢，现场惨烈。', '脑浆外溢'],
  ['legal', '男子被砸中后头盖骨碎裂，鲜血直流。', '头盖骨碎裂'],
  ['legal', '事故中一人头颅爆裂，当场身亡。', '头颅爆裂'],
  ['legal', '死者肠子外露，惨不忍睹。', '肠子外露'],
  ['legal', '行人被卷入车底，眼球脱出。', '眼球脱出'],
  ['legal', '中山路步行街今年新引入电玩城、“捕鱼达人”有奖游戏机、剧本杀等娱乐业态。', '有奖游戏机'],
  ['legal', '电玩城新引进一批有奖游戏机，吸引不少年轻人。', '有奖游戏机'],
  ['legal', '超市门口摆放两台带奖电子游戏机。', '带奖电子游戏机'],
  ['legal', '商场三楼开设捕鱼机游戏厅。', '捕鱼机'],
  ['legal', '该店内设退币游戏机，可兑换现金。', '退币游戏机'],
  ['legal', '步行街引入“水果”兑奖游戏机。', '兑奖游戏机'],
  [
    'legal',
    '由我市取景拍摄的电影《山那边的桃花》正在热映！错过影院场次的朋友，也可以在“蓝光盒子”影视网免费观看全片哦～',
    '免费观看全片',
  ],
  ['legal', '电影正在热映，没买到票的可以上“天天影视”免费观看完整版。', '免费观看完整版'],
  ['legal', '新片刚上映，网盘里就能免费下载高清完整版。', '免费下载高清完整版'],
  ['legal', '这部院线大片现在在某某电影网免费看全片。', '免费看全片'],
  ['legal', '错过首映的朋友，在极速影院网可免费观看正片。', '免费观看正片'],
  ['legal', '影院没抢到票？用“快播影视”APP可免费观看全集。', '免费观看全集'],
  [
    'confidentiality',
    '本通知为内部明电，请各单位严格控制知悉范围，阅后及时收回。',
    '严格控制知悉范围',
  ],
  ['confidentiality', '此件请严格控制知悉范围，不得转发。', '严格控制知悉范围'],
  ['confidentiality', '本方案仅作内部工作参考，请控制知悉范围。', '控制知悉范围'],
  ['confidentiality', '以上内容阅后即销毁。', '阅后即销毁'],
  ['confidentiality', '本纪要阅后请退回县委办。', '阅后请退回'],
  ['confidentiality', '本电为内部明电，注意保密。', '内部明电'],
  [
    'confidentiality',
    '项目已通过局党组会审议。据悉，会上有同志提出异议，最终以5票赞成、3票反对获得通过。',
    '5票赞成、3票反对',
  ],
  ['confidentiality', '县政府常务会上，该方案以6票同意、2票反对获得通过。', '6票同意、2票反对'],
  ['confidentiality', '经镇党委会表决，4票赞成，3票反对，方案勉强通过。', '4票赞成，3票反对'],
  ['confidentiality', '党组会议以7票赞成、1票弃权通过了人事调整方案。', '7票赞成、1票弃权'],
  ['confidentiality', '区委常委会对该项目进行表决，结果为5票赞成、4票反对。', '5票赞成、4票反对'],
  ['confidentiality', '局长办公会上，方案以3票赞成2票反对通过。', '3票赞成2票反对'],
  [
    'confidentiality',
    '根据《市委常委会会议纪要》（常纪〔2024〕11号）精神，市政府决定对5条道路实施改造提升。',
    '常纪〔2024〕11号',
  ],
  [
    'confidentiality',
    '按照县委常委会会议纪要（县委纪要〔2023〕5号）要求，加快推进项目建设。',
    '〔2023〕5号',
  ],
  [
    'confidentiality',
    '根据《区委常委会议纪要》（区常纪〔2025〕3号），启动老旧小区改造。',
    '区常纪〔2025〕3号',
  ],
  [
    'confidentiality',
    '依据局党组会议纪要（党组纪〔2024〕8号），调整科室职责。',
    '党组纪〔2024〕8号',
  ],
  [
    'confidentiality',
    '根据《镇党委会议纪要》（镇党纪〔2024〕2号）精神，成立工作专班。',
    '镇党纪〔2024〕2号',
  ],
  ['confidentiality', '落实市委常委会纪要（市委常纪〔2024〕9号）部署。', '市委常纪〔2024〕9号'],
  [
    'confidentiality',
    '据省生态环境厅尚未公布的考核排名，我市上半年PM2.5平均浓度位列全省倒数第二，形势十分严峻。',
    '尚未公布的考核排名',
  ],
  ['confidentiality', '根据市里尚未公布的考核结果，我县综合得分排第9名。', '尚未公布的考核结果'],
  ['confidentiality', '据尚未公开的督查排名，我局位列全市第15位。', '尚未公开的督查排名'],
  [
    'confidentiality',
    '据省厅还未正式发布的评估数据，全县达标率仅为62%。',
    '还未正式发布的评估数据',
  ],
  ['confidentiality', '根据尚未对外公布的暗访结果，有5家单位存在问题。', '尚未对外公布的暗访结果'],
  ['confidentiality', '据上级尚未通报的考核排名，我镇位居倒数第一。', '尚未通报的考核排名'],
  [
    'confidentiality',
    '2024年第二批食品安全监督抽检不合格名单（待核实，暂不对外）：某超市销售的鲜猪肉检出克伦特罗。',
    '待核实，暂不对外',
  ],
  [
    'confidentiality',
    '本月安全检查问题清单（未经审定，暂不对外）：3家企业存在消防通道堵塞。',
    '未经审定，暂不对外',
  ],
  [
    'confidentiality',
    '抽检结果（内部掌握，请勿外传）：两批次蔬菜农药残留超标。',
    '内部掌握，请勿外传',
  ],
  ['confidentiality', '督查通报（暂不公开）：城关镇、河口镇工作滞后。', '暂不公开'],
  ['confidentiality', '拟处罚企业名单（尚未公布）：某化工厂、某印染厂。', '尚未公布'],
  ['confidentiality', '信访积案情况（暂不对外发布）：东城区积案最多。', '暂不对外发布'],
  [
    'confidentiality',
    '明天上午9时，局属事业单位公开招聘面试将在市人事考试中心举行。其中一道题目为“谈谈你对河长制的理解”，请各位考生提前做好准备。',
    '其中一道题目为“谈谈你对河长制的理解”',
  ],
  [
    'confidentiality',
    '下周六的笔试将在一中举行，其中一道作文题为“我的家乡”。',
    '一道作文题为“我的家乡”',
  ],
  ['confidentiality', '明天的面试有一道题是“如何看待基层减负”。', '一道题是“如何看待基层减负”'],
  [
    'confidentiality',
    '即将举行的选调考试，第一道题目是“谈谈乡村振兴”。',
    '第一道题目是“谈谈乡村振兴”',
  ],
  [
    'confidentiality',
    '后天面试的第二道题为“你如何处理与同事的矛盾”，请考生提前准备。',
    '第二道题为“你如何处理与同事的矛盾”',
  ],
  ['confidentiality', '明日笔试其中一道论述题为“谈数字政府建设”。', '一道论述题为“谈数字政府建设”'],
  [
    'advertising',
    '经检验，沁源牌RO净水器各项指标均优于国家标准，推荐广大市民放心选购。',
    '推荐广大市民放心选购',
  ],
  ['advertising', '经检测，金谷牌电饭煲质量可靠，推荐市民放心购买。', '推荐市民放心购买'],
  ['advertising', '我局抽检发现，“绿源”牌大米品质优良，建议消费者放心购买。', '建议消费者放心购买'],
  ['advertising', '鑫达牌电动车各项指标均合格，市民可放心选用。', '市民可放心选用'],
  [
    'advertising',
    '经我局检测，该品牌牛奶安全放心，欢迎广大消费者放心选购。',
    '欢迎广大消费者放心选购',
  ],
  ['advertising', '山泉牌桶装水连续三年抽检合格，值得向市民推荐选购。', '推荐选购'],
  [
    'advertising',
    '大别山森林康养基地空气中负氧离子浓度高达每立方厘米2万个，长期居住可预防癌症、延年益寿。',
    '可预防癌症、延年益寿',
  ],
  ['advertising', '常住这里能够延年益寿。', '常住这里能够延年益寿'],
  ['advertising', '多呼吸这里的空气可以防癌抗癌。', '多呼吸这里的空气可以防癌'],
  ['advertising', '长期生活在我们村可以长命百岁。', '可以长命百岁'],
  ['advertising', '经常来基地康养，可有效预防高血压。', '可有效预防高血压'],
  ['advertising', '常年居住于此能百病不侵、益寿延年。', '能百病不侵'],
  ['advertising', '经我局综合评定，华盛置业是全市最值得信赖的开发商。', '全市最值得信赖的开发商'],
  ['advertising', '本地最可靠的家政公司就是它。', '本地最可靠的家政公司'],
  ['advertising', '全省最有实力的房企落户我县。', '全省最有实力的房企'],
  ['advertising', '全县最诚信的装修公司。', '全县最诚信的装修公司'],
  ['advertising', '本市最放心的开发商，品质保障。', '本市最放心的开发商'],
  ['advertising', '这是全市最受信赖的物业公司。', '全市最受信赖的物业公司'],
  ['opinion', '【网友留言回复】呵呵，建议这位网友先把公积金贷款政策原文看清楚再来评论。', '呵呵'],
  ['opinion', '【网友留言回复】呵呵，这个问题我们已经回答过很多次了。', '呵呵'],
  ['opinion', '【留言回复】呵呵，请先看清楚通知再提问。', '呵呵'],
  ['opinion', '【网友来信答复】呵呵，政策早就公布了。', '呵呵'],
  ['opinion', '【市民留言回复】呵呵哒，建议先看公告。', '呵呵'],
  ['opinion', '【网友提问回应】呵呵，说了多少遍了。', '呵呵'],
  [
    'coercion',
    '景区对本市居民实行免费入园，市民须关注我局公众号并转发活动海报至朋友圈集满30个赞方可享受。',
    '集满30个赞方可享受',
  ],
  ['coercion', '老人须转发本文集满20个赞才能领取高龄补贴。', '集满20个赞才能领取'],
  ['coercion', '集齐50个赞后方可免费入园。', '集齐50个赞后方可免费入园'],
  ['coercion', '游客转发朋友圈攒够30个赞才能享受免票政策。', '攒够30个赞才能享受'],
  ['coercion', '家长需分享链接至朋友圈，集满20个赞才能预约入园登记。', '集满20个赞才能预约'],
  ['coercion', '转发活动信息集满10个赞方可参观展览。', '集满10个赞方可参观'],
  [
    'coercion',
    '请大家帮忙刷一下今天推文的阅读量，明天统计各单位阅读数，排名靠后的单位主要负责人要向局党组作出书面说明。',
    '排名靠后的单位主要负责人要向局党组作出书面说明',
  ],
  ['coercion', '各科室转发量每周通报，排名末位的科室负责人须作出书面检讨。', '排名末位'],
  ['coercion', '统计各村点赞数，排名后三位的村支书将被约谈。', '排名后三位'],
  ['coercion', '播放量将每日排名，排名靠后的单位要在周例会上作表态发言。', '排名靠后'],
  ['coercion', '各单位下载量纳入统计，排名倒数的单位负责人向县委作出书面说明。', '排名倒数'],
  ['coercion', '关注人数月底排名，排在后五名的单位通报批评。', '排在后五名'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string]> = [
  ['political', '香港特别行政区政府代表团来访。'],
  ['political', '香港特区政府与我市签署合作备忘录，香港行政区划共分18区。'],
  ['policy', '2014年国务院印发意见，取消农业户口与非农业户口性质区分，统一登记为居民户口。'],
  ['policy', '本人以前是农业户口，2016年迁到城里工作。'],
  [
    'policy',
    '原《城市房屋拆迁管理条例》已于2011年废止，现依据《国有土地上房屋征收与补偿条例》实施征收。',
  ],
  ['legal', '警方捣毁一个押大小赌博窝点，抓获涉案人员5名。'],
  ['legal', '游园会设有套圈、投壶游戏，投中即可获得小奖品。'],
  ['legal', '伤者颅骨骨折，经抢救脱离生命危险。'],
  ['legal', '事故造成1人死亡，事故原因正在调查中。'],
  ['legal', '电玩城引进体感游戏机、VR设备，丰富市民夜生活。'],
  ['legal', '公安机关查扣有奖游戏机12台，依法予以没收。'],
  ['legal', '电影《山那边的桃花》正在热映，欢迎到影院观看。'],
  ['legal', '市图书馆每周六在报告厅免费放映经典老电影，市民可免费观看全片。'],
  ['confidentiality', '保密知识：涉密文件应严格控制知悉范围。'],
  ['confidentiality', '请于5月10日前将本通知回执交回办公室。'],
  ['confidentiality', '市人大常委会会议以48票赞成、2票反对、1票弃权表决通过《条例》。'],
  ['confidentiality', '村民代表大会以85票赞成、3票反对通过了土地流转方案。'],
  ['confidentiality', '根据《关于加强道路改造的通知》（市政办〔2024〕11号），实施道路改造。'],
  ['confidentiality', '市委常委会召开会议，研究部署道路改造工作。'],
  ['confidentiality', '考核排名尚未公布，请以官方发布为准。'],
  ['confidentiality', '据省生态环境厅公布的考核排名，我市位列全省第二。'],
  ['confidentiality', '博物馆二楼展厅（暂不对外开放）：目前正在布展。'],
  ['confidentiality', '考试成绩尚未公布，请耐心等待。'],
  ['confidentiality', '明天面试将在市人事考试中心举行，请考生携带身份证准时参加。'],
  ['confidentiality', '去年考试已结束，其中一道题目为“谈谈你对河长制的理解”，解析如下。'],
  ['advertising', '建议消费者选购带有3C标志的产品。'],
  ['advertising', '抽检不合格的金谷牌电饭煲，建议消费者停止使用。'],
  ['advertising', '多呼吸新鲜空气有益健康。'],
  ['advertising', '长期吸烟可诱发癌症，请远离烟草。'],
  ['advertising', '华盛置业是全市最大的开发商之一。'],
  ['advertising', '全市最值得信赖的人民警察评选结果揭晓。'],
  ['opinion', '网友留言：你们回复太慢了，呵呵。'],
  ['opinion', '网友留言称“呵呵，办事效率太低”，我局已责成相关部门核查。'],
  ['opinion', '政务新媒体回复网友留言时，应使用规范语言，更不能与网友互怼。'],
  ['opinion', '严禁工作人员怼群众，违者严肃处理。'],
  ['coercion', '转发本文集满30个赞可领取精美纪念品。'],
  ['coercion', '本市居民凭身份证免费入园。'],
  ['coercion', '各地空气质量排名靠后的县区要作出书面说明。'],
  ['coercion', '阅读量排名靠前的推文将被评为优秀作品。'],
];

// [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  ['受冷空气影响，近期气侯转凉，请市民注意保暖。', '气侯', '气候'],
  ['今年秋季气侯干燥，森林防火形势严峻。', '气侯', '气候'],
  ['气侯条件适宜茶叶生长。', '气侯', '气候'],
  ['受厄尔尼诺影响，今年气侯异常。', '气侯', '气候'],
  ['发布农业气侯公报。', '气侯', '气候'],
  ['做好应对极端气侯准备。', '气侯', '气候'],
  ['“这里空气太好了！”来自合肥的游客张女士高兴的说。', '的', '地'],
  ['老人激动的说：“感谢政府！”', '的', '地'],
  ['村民笑呵呵的告诉记者，今年收成不错。', '的', '地'],
  ['他自豪的表示，产品已远销海外。', '的', '地'],
  ['李大爷感慨的说，现在日子越来越好了。', '的', '地'],
  ['学生们兴奋的说道：“太好玩了！”', '的', '地'],
];
const SPELT_RIGHT: string[] = [
  '近期气候转凉，请注意保暖。',
  '侯先生在应对气候变化论坛上发言。',
  '这是一件令人高兴的事。',
  '他高兴地说：“谢谢！”令人欣慰的说明会顺利举行。',
];

// A wrong form quoted and called wrong by 的写法是错误的 (round 66's false alarm) only informs.
const CITED_WRONG: Array<[string, string]> = [
  ['“截至”后面须接时间，“截止目前”的写法是错误的。', '截止'],
  ['“再接再励”的写法不正确，应为“再接再厉”。', '再接再励'],
  ['“截止今年”的用法是错误的。', '截止'],
];
const NOT_CITED: Array<[string, string]> = [
  ['“再接再励”的口号响彻全场。', '再接再励'],
  ['截止目前，已完成投资3亿元。', '截止'],
];

describe('heldout-final66 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  it.each(CITED_WRONG)('%s cites %s as wrong', (text, wrong) => {
    const start = text.indexOf(wrong);
    expect(citedAsWrong(text, start, start + wrong.length)).toBe(true);
  });
  it.each(NOT_CITED)('%s does not cite %s as wrong', (text, wrong) => {
    const start = text.indexOf(wrong);
    expect(citedAsWrong(text, start, start + wrong.length)).toBe(false);
  });
});
