// Rule families of the heldout-final35 round, each with wordings other than the set's: a foreign
// name of Chinese territory (尖阁列岛, 西菲律宾海, 阿鲁纳恰尔邦), an autonomous region misnamed
// (新疆维吾尔族自治区, 西藏藏族自治区, 广西自治区); poppy parts sold, invoices sold with any kind of
// invoice between 代开 and 发票 or with the seller's terms (不限品名, 点数低), a game's bonus money
// under another name (体验金) and its winnings cashed out (输赢可随时提现), circumvention advised
// (借助翻墙软件访问谷歌学术) even under a 提醒广大 opening; an exam question told the day before with a
// date in brackets between; a brand advised after the advice (推荐大家选购暖阳牌电暖器); the
// complainant mocked as idle (是不是太闲了); a private person's WeChat or QQ account and a home on an
// estate named 华庭; gambling brands and 网投 in a page's title or description — and the near misses
// that stay quiet: the Chinese names, the foreign name reported as the other side's, the right
// names of the regions, seizures of poppy shells, tax offices issuing invoices, a lottery's prize,
// a company VPN and warnings against circumvention, exam questions told after the exam, safety
// advice without a brand, a thanks for free time, office accounts, and a secrecy lesson explaining
// what a marking means (表示该文件为机密级).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a foreign name of Chinese territory
  ['political', '黑潮沿台湾岛东岸北上，经尖阁列岛附近海域进入东海，再折向东北流去。', '尖阁列岛'],
  ['political', '尖阁诸岛海域渔业资源丰富，是传统渔场', '尖阁诸岛'],
  ['political', '中菲双方就西菲律宾海有关问题举行磋商', '西菲律宾海'],
  ['political', '台风“海燕”中心将经过斯卡伯勒浅滩附近海域', '斯卡伯勒浅滩'],
  ['political', '该公司承建了阿鲁纳恰尔邦的一条公路', '阿鲁纳恰尔邦'],
  ['political', '渔船在黄沙群岛附近作业时遇险，被我海警救起', '黄沙群岛'],
  // an autonomous region misnamed
  ['political', '据新疆维吾尔族自治区统计局数据，上半年游客增长18.4%', '新疆维吾尔族自治区'],
  ['political', '援疆干部赴新疆维族自治区开展对口帮扶', '新疆维族自治区'],
  ['political', '西藏藏族自治区成立60周年庆祝活动隆重举行', '西藏藏族自治区'],
  ['political', '内蒙古蒙古族自治区草原生态保护补助奖励政策', '内蒙古蒙古族自治区'],
  ['political', '宁夏回民自治区枸杞产业发展论坛在银川举办', '宁夏回民自治区'],
  ['political', '我县与广西自治区百色市签订劳务协作协议', '广西自治区'],
  ['political', '伊犁哈萨克族自治州文旅推介会在我市举行', '伊犁哈萨克族自治州'],
  // poppy parts sold
  [
    'legal',
    '此外，王大姐家还出售自家晾晒的罂粟壳，做火锅、卤味提香效果好，需要的朋友可以到集市上找她。',
    '出售自家晾晒的罂粟壳',
  ],
  ['legal', '老李家的罂粟壳有卖，10元一两，炖肉特别香', '罂粟壳有卖'],
  ['legal', '本店批发罂粟籽、八角、桂皮等火锅香料', '批发罂粟籽'],
  ['legal', '自家种的大烟壳低价处理，需要的私信', '大烟壳低价'],
  // invoices sold
  [
    'legal',
    '可为入驻企业提供代理记账服务，另可代开各类增值税专用发票，不限品名、不限额度。',
    '代开各类增值税专用发票',
  ],
  ['legal', '本公司长期提供各地增值税专用发票，品名不限，点数低', '增值税专用发票，品名不限'],
  ['legal', '点数低，各行业增值税专票均可开，欢迎来电', '点数低，各行业增值税专票'],
  ['legal', '专业虚开全国各地增值税普通发票', '虚开全国各地增值税普通发票'],
  // a game's bonus money under another name, and winnings cashed out
  [
    'legal',
    '【推广】棋牌真人在线对战，注册即送88元体验金，输赢可随时提现，详询平台客服。',
    '输赢可随时提现',
  ],
  ['legal', '斗地主真人对战平台，新用户下载即领58元试玩金', '新用户下载即领58元试玩金'],
  ['legal', '线上麻将天天开局，赢的金币可兑换现金，秒到账', '赢的金币可兑换现金'],
  ['legal', '捕鱼游戏火爆上线，赢了随时提现，一元起玩', '赢了随时提现'],
  // circumvention advised
  [
    'legal',
    '县科协提醒广大科技工作者，对于需要查阅境外学术资料的同志，可借助翻墙软件访问谷歌学术等境外网站，操作简单。',
    '翻墙软件访问谷歌',
  ],
  ['legal', '想看原版教学视频的家长，用VPN就能上油管，非常方便', 'VPN就能上油管'],
  [
    'legal',
    '访问境外学术数据库，建议同学们借助加速器，速度较快',
    '访问境外学术数据库，建议同学们借助加速器',
  ],
  ['legal', '小编亲测，开个梯子登录推特、脸书都很流畅', '梯子登录推特'],
  // an exam question told before the exam
  [
    'confidentiality',
    '明天（6月20日）上午进行全市中考语文科目考试，作文题为“我身边的那束光”，各考点请提前做好考务准备。',
    '作文题为“我身边的那束光”',
  ],
  [
    'confidentiality',
    '后天（1月10日）上午全县期末统考数学科目开考，压轴题为二次函数与圆的综合',
    '压轴题为二次函数与圆的综合',
  ],
  [
    'confidentiality',
    '下周一事业单位招聘笔试，申论大作文题目是“数字赋能基层治理”，请考生做好准备',
    '作文题目是“数字赋能基层治理”',
  ],
  [
    'confidentiality',
    '本月20日将在县一中进行全县中考，今年语文作文题是《家乡的变化》',
    '作文题是《家乡的变化》',
  ],
  // a document that marks itself stays reported beside the lesson's wording
  ['confidentiality', '本通报为机密级，请各单位妥善处理', '机密级'],
  ['confidentiality', '此件为秘密级，阅后收回', '此件为秘密级'],
  // a brand advised after the advice
  [
    'advertising',
    '请注意用电安全。我局推荐大家选购暖阳牌电暖器，质量有保障、售后服务好。',
    '推荐大家选购暖阳牌',
  ],
  ['advertising', '冬季行车安全提示：建议广大车主认准安驰牌防滑轮胎', '建议广大车主认准安驰牌'],
  [
    'advertising',
    '保护视力从小做起，推荐家长给孩子选购质量可靠的星光牌护眼台灯',
    '推荐家长给孩子选购质量可靠的星光牌',
  ],
  ['advertising', '建议市民使用“净康”牌空气净化器，有效去除甲醛', '建议市民使用“净康”牌'],
  ['advertising', '消防提示：本站推荐消费者首选金盾牌灭火器', '推荐消费者首选金盾牌'],
  // the complainant mocked as idle
  [
    'opinion',
    '回复：您这已经是本月第9次投诉广场舞噪音了，是不是太闲了？跳舞是居民正常文体活动。',
    '是不是太闲',
  ],
  ['opinion', '回复：一个月打了十几次热线，您可真够闲的。', '您可真够闲的'],
  ['opinion', '回复：同一件事反复留言，投诉上瘾了吧？', '投诉上瘾'],
  ['opinion', '回复：三天两头投诉，有完没完？', '三天两头投诉，有完没完'],
  ['opinion', '回复：你这么有空，不如去社区当志愿者。', '你这么有空'],
  ['opinion', '回复：您有这时间不如多陪陪家人。', '您有这时间不如'],
  // a private person's WeChat or QQ account, and a home on an estate named 华庭
  [
    'privacy',
    '杨先生（微信号yangfan_1988，家住锦绣华庭2号楼）：您反映的顶楼住户私搭乱建问题已处理。',
    '微信号yangfan_1988',
  ],
  ['privacy', '关于王女士（QQ：38475612）反映的噪音问题的回复', 'QQ：38475612'],
  ['privacy', '网友“追风少年”（微信：zfsn_2001）反映，小区路灯不亮', '微信：zfsn_2001'],
  ['privacy', '经与来电人张先生微信（zhang_88_xian）联系核实，情况属实', '微信（zhang_88_xian'],
  ['privacy', '投诉人李某某，QQ号283746519，反映楼下餐馆油烟扰民', 'QQ号283746519'],
  ['privacy', '当事人刘某家住御景华庭5栋，经调解双方达成一致', '御景华庭5栋'],
];

// [gate, text that must get no block or warn finding of the gate]
const CLEAN: Array<[Gate, string]> = [
  ['political', '钓鱼岛及其附属岛屿自古以来就是中国的固有领土'],
  ['political', '日本海上保安厅发表的消息说，当天在尖阁列岛（中国名：钓鱼岛）附近发现中国海警船。'],
  ['political', '日本所谓的“尖阁列岛”，就是我国的钓鱼岛及其附属岛屿'],
  ['political', '黄岩岛是中国固有领土，菲方所称的“斯卡伯勒浅滩”是对我领土的非法称谓'],
  ['political', '据新疆维吾尔自治区统计局数据，伊犁哈萨克自治州游客接待量位居前列'],
  ['political', '广西壮族自治区、宁夏回族自治区、西藏自治区和内蒙古自治区代表团先后发言'],
  ['political', '延边朝鲜族自治州、昌吉回族自治州结为友好州'],
  ['legal', '民警在检查中查获出售罂粟壳的商贩一名，当场收缴罂粟壳3公斤'],
  ['legal', '四月罂粟花盛开，禁毒办提醒群众：私自种植罂粟属违法行为'],
  ['legal', '小规模纳税人可向税务机关申请代开增值税专用发票'],
  ['legal', '请商家如实开具发票，不得拒开、少开'],
  ['legal', '体育彩票中奖者须持彩票到指定地点兑奖'],
  ['legal', '本次象棋友谊赛不论输赢，重在参与'],
  ['legal', '我行新客户购买理财产品可获赠体验金收益'],
  ['legal', '职工居家办公可通过单位VPN访问内网办公系统'],
  ['legal', '网警提醒：使用翻墙软件访问境外网站属违法行为，切勿尝试'],
  ['legal', '小偷翻墙进入院内，盗走一辆电动车'],
  ['confidentiality', '6月20日上午中考语文考试已结束，今年作文题为“我身边的那束光”'],
  ['confidentiality', '明天（6月20日）将举行全市中考，请考生携带准考证提前到达考点'],
  ['confidentiality', '2024年高考语文科目考试结束，新课标Ⅰ卷作文题围绕人工智能展开'],
  [
    'confidentiality',
    '【保密提醒】密级标志一般标注在文件首页左上角，例如“机密★10年”，表示该文件为机密级、保密期限10年。',
  ],
  ['confidentiality', '如果该文件属于绝密级，应当存放在保密柜中，由专人管理'],
  ['confidentiality', '例如标注“绝密★长期”，即该文件为绝密级，须长期保密'],
  ['confidentiality', '一旦该材料被定为机密级，应严格控制知悉范围'],
  ['confidentiality', '国家秘密的密级分为绝密、机密、秘密三级'],
  ['advertising', '我局提醒大家选购有3C认证标志的电暖器，不要购买“三无”产品'],
  ['advertising', '建议市民选购正规品牌、带有过热保护功能的电暖器'],
  ['advertising', '推荐大家使用“国家反诈中心”APP，守护钱袋子'],
  ['advertising', '建议车主选择安装有车牌识别系统的停车场'],
  ['opinion', '请问这个车位是不是空闲的？'],
  ['opinion', '您有时间可以来社区参加书法活动，欢迎报名'],
  ['opinion', '与其刷手机，有这时间不如读一本好书'],
  ['opinion', '冬闲时节村民们闲了下来，农技站组织大家学技术'],
  ['opinion', '休闲广场是不是太小了？我们将在规划中统筹考虑'],
  ['privacy', '市民可关注“某某发布”微信公众号（微信号：mmfb2020）了解详情'],
  ['privacy', '联系人：李先生，微信号：zwfw_li2020，咨询时间工作日'],
  ['privacy', '订购请添加微信号lyguoyuan888，次日送货上门'],
  ['privacy', '每个微信号每天可投1票'],
];

describe('heldout-final35 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  // Gambling brands and 网投 in a hijacked page's description or title; a page about a crackdown
  // names them in its title and stays quiet.
  const page = (head: string, body = '<p>包虫病防治宣传周活动启动。</p>') =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  it.each([
    [
      page(
        '<meta name="description" content="【官网】亚博体育app下载-十大正规网投平台-亚博体育官方入口"><title>包虫病防治宣传周 - 昌都市卫生健康委员会</title>',
      ),
      '亚博体育',
    ],
    [page('<title>开云体育官方网站_九游会_乐鱼体育 - 某县人民政府</title>'), '开云体育'],
    [page('<meta name="keywords" content="某镇政府,网投平台,正规网投,网投入口">'), '网投'],
    [page('<title>米乐体育app下载_必威体育官网 - 某市教育局</title>'), '米乐体育'],
  ])('hijack reports the stuffed head of %s', (html, excerpt) => {
    expect(reported('hijack', { html }).some((e) => e.includes(excerpt))).toBe(true);
  });
  it.each([
    page('<title>警方破获“亚博体育”网络赌博案 - 某市公安局</title>', '<p>警方破获网络赌博案。</p>'),
    page('<title>网上投票：最美护林员评选 - 某县林业局</title>', '<p>网上投票开始。</p>'),
  ])('hijack stays quiet on %s', (html) => {
    expect(reported('hijack', { html })).toEqual([]);
  });
});
