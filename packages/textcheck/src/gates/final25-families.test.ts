// Rule families of the heldout-final25 round, each with wordings other than the set's: Taiwan's team
// in international sport called 台湾队 (not 中国台北队), gambling bonus money (彩金) on sign-up or
// deposit, the stakes of a betting game, a show sold on sex (尺度全开, 湿身互动), poppy shells in
// food, an offender given only administrative detention called 犯罪分子, the two-child and one-child
// limits stated as today's rule, an exam question told while still provisional, where an arms store
// is, a post to be filled by someone not yet appointed, a discount for signing up, a cure told as a
// farewell to the disease, buying through a QR code, the author's verdict (依小编看), a citizen's
// question belittled as ignorant, the citizen's own mobile in a bracket after 您 and their flat given
// as their role (您作为…室业主), an injected link reported with its visible words, and a visible
// line offering an illegal service with an outside address. The false alarms that stay quiet:
// reposts from examination authorities, seismic networks and state-run platforms, secrecy
// publicity (涉密文件不在微信中传输), and a body named in a clause about the past (以前…要去县国土资源局)
// or after 原 and a place (原县国土资源局).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const page = (title: string, body: string, tail = '') =>
  `<html><head><meta charset="utf-8"><style>body{background:#ffffff;color:#333333}</style><title>${title}-某某镇人民政府</title></head><body><div class="header"><h1>某某镇人民政府</h1></div><div class="article"><h2>${title}</h2><p>发布时间：2025-06-02 来源：镇党政办</p>${body}</div>${tail}</body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['political', '女排世界联赛首站，中国女排3比0横扫台湾女排', '台湾女排'],
  ['political', '男篮亚洲杯小组赛，日本队大胜台湾男篮', '台湾男篮'],
  ['political', '亚运会羽毛球男双决赛中，台湾代表队摘得银牌', '台湾代表队'],
  ['legal', '关注公众号并下载APP，新人领18元试玩彩金', '试玩彩金'],
  ['legal', '活动期间开户即赠58元彩金，可直接提现', '开户即赠58元彩金'],
  ['legal', '庙会现场设骰子摊，每把下注最低10元', '每把下注'],
  ['legal', '棋牌室新规：押注封顶500元', '押注封顶'],
  ['legal', '泳池派对邀请辣妹湿身热舞，尺度无下限', '尺度无下限'],
  ['legal', '开业当晚特邀嘉宾跳艳舞助兴', '跳艳舞'],
  ['legal', '这家火锅的底料秘方就是掺了点罂粟壳，吃了还想吃', '掺了点罂粟壳'],
  ['legal', '老板说汤里放入罂粟籽增香，回头客特别多', '罂粟籽'],
  ['legal', '王某因散布谣言被行政拘留10日，这名犯罪分子已写下悔过书', '犯罪分子'],
  ['policy', '目前每对夫妇最多只能生两个孩子，生育登记可网上办理', '每对夫妇最多只能生两个孩子'],
  ['policy', '按现行规定，一对夫妻允许生育二孩，无需审批', '一对夫妻允许生育二孩'],
  [
    'confidentiality',
    '据内部消息，本次期末统考数学压轴题拟定为函数综合题，大家抓紧复习',
    '压轴题拟定为',
  ],
  [
    'confidentiality',
    '明天就要高考了，听说今年高考作文题目已初步确定为“传承”',
    '作文题目已初步确定为',
  ],
  ['confidentiality', '县人武部枪弹库设在办公大楼地下一层，由专人看管', '枪弹库设在办公大楼地下'],
  ['confidentiality', '该村民兵装备库就在村委会旁边，钥匙由村支书保管', '民兵装备库就在村委会旁边'],
  [
    'confidentiality',
    '据悉，县文旅局局长职务将由李某某接替，相关程序正在履行',
    '局长职务将由李某某接替',
  ],
  ['confidentiality', '镇长人选初步确定由副镇长王某担任，尚待考察', '人选初步确定由副镇长王某担任'],
  ['advertising', '暑期书法班火热招生，缴费报名立享9折', '报名立享9折'],
  ['advertising', '健身房开业，办卡即享七五折', '办卡即享七五折'],
  ['advertising', '这款护膝用上三天就能告别关节痛', '三天就能告别关节痛'],
  ['advertising', '坚持使用本品，从此摆脱失眠困扰', '从此摆脱失眠'],
  ['advertising', '扫描下方小程序码立即下单，包邮到家', '小程序码立即下单'],
  ['advertising', '识别图中二维码即可购买同款', '二维码即可购买'],
  ['opinion', '依我看，这事就该重罚', '依我看'],
  ['opinion', '以笔者拙见，此举欠妥', '以笔者拙见'],
  ['opinion', '在小编看来，这根本不是问题', '在小编看来'],
  ['opinion', '你这个问题提得太幼稚了，请先看看文件', '提得太幼稚'],
  ['opinion', '这么外行的问题我们不作回答', '这么外行的问题'],
  ['opinion', '您连这点常识都不知道吗', '连这点常识都不知道'],
  ['privacy', '关于您（手机：13807314528）来电反映的噪音问题，现答复如下', '13807314528'],
  ['privacy', '感谢您（电话13975128866）的留言，我们已转交街道办理', '13975128866'],
  ['privacy', '您系阳光花园3栋1单元502室住户，反映的问题已转物业', '阳光花园3栋1单元502室'],
  ['privacy', '你是锦绣家园12号楼801室的租户，押金纠纷请与房东协商', '锦绣家园12号楼801室'],
];

// [gate, page, excerpt that must be reported]: read as HTML.
const PAGE_CATCHES: Array<[Gate, string, string]> = [
  [
    'hijack',
    page(
      '夏季防溺水提示',
      '<p>严禁私自下河游泳。</p>',
      '<div class="links">友情链接：<a href="https://www.gov.cn/">中国政府网</a> <a href="http://www.daikai-fp.com/">代开增值税发票</a></div>',
    ),
    '代开增值税发票',
  ],
  [
    'hijack',
    page(
      '关于开展秸秆禁烧巡查的通知',
      '<p>各村要落实巡查责任。</p><p style="color:#ffffff">高价回收微信号 www.wxhs-88.com</p>',
    ),
    '回收微信号 www.wxhs-88.com',
  ],
  [
    'hijack',
    page(
      '春耕备耕工作推进会召开',
      '<p>会议部署了春耕工作。</p><p>私服新开，一刀999级，官网 www.cq-sf777.com</p>',
    ),
    '私服新开',
  ],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '世界乒乓球锦标赛混双比赛中，中国台北队选手表现出色'],
  ['political', '海峡两岸青少年篮球邀请赛上，台湾队与福建队打满四节'],
  ['political', '十四届全国人大台湾代表团举行全体会议'],
  ['legal', '民警提醒：每局押注上限再低也是赌博，切勿参与'],
  ['legal', '体育彩票每注投注金额为2元，请理性购彩'],
  ['legal', '福彩中心提醒中奖者及时兑取彩金'],
  ['legal', '市场监管部门严禁餐饮单位在食品中添加罂粟壳'],
  ['legal', '双层巴士带游客途经著名的脱衣舞酒吧和明星常去的街区'],
  ['legal', '李某因散布谣言被行政拘留5日，公安机关提醒网民不信谣、不传谣'],
  ['policy', '2016年1月1日起，全面两孩政策实施，一对夫妻可生育两个子女'],
  ['policy', '上世纪八十年代，我国提倡一对夫妻只生育一个孩子'],
  ['policy', '2021年5月31日起，一对夫妻可以生育三个子女'],
  ['policy', '问：双职工家庭可以要两个孩子吗？答：现在一对夫妻可以生育三个子女。'],
  ['policy', '以前办理准生手续要去县计生局，现在到县卫生健康局办理'],
  ['policy', '机构改革前，县国土资源局负责土地登记'],
  ['policy', '2019年原市国土资源局的职责整合划入市自然资源和规划局'],
  ['confidentiality', '保密提醒：涉密文件不通过普通邮政寄递，涉密计算机严禁连接互联网'],
  ['confidentiality', '2024年高考语文全国一卷作文题为“人工智能”，引发热议'],
  ['confidentiality', '县人武部民兵武器库实行双人双锁、24小时值班制度'],
  ['confidentiality', '丰富依法治理的“工具箱”和“武器库”'],
  ['confidentiality', '现将拟任职人选予以公示：县文旅局局长一职拟由李某某担任，公示期5个工作日'],
  ['advertising', '县体育馆暑期游泳培训班开始招生，凭学生证报名享八折优惠'],
  ['advertising', '坚持锻炼、合理膳食，远离高血压'],
  ['advertising', '全县已彻底告别绝对贫困'],
  ['advertising', '县人民医院成功开展微创手术，患者术后从此告别了病痛。'],
  ['advertising', '长按识别二维码报名参加志愿服务'],
  ['opinion', '依我县实际情况，制定本方案'],
  ['opinion', '所以我看到通知后马上去办理了'],
  ['opinion', '请按我说的步骤操作'],
  ['opinion', '这个问题问得好，我们来解答'],
  ['opinion', '各单位要坚决杜绝这种低级的问题再次发生'],
  ['privacy', '您反映的问题已转交社区，如需进一步了解，可联系社区网格员（联系电话13874125566）。'],
  ['privacy', '您作为小区业主，可向业主委员会反映'],
  [
    'hijack',
    {
      html: page(
        '防范网络诈骗提示',
        '<p>警方提醒：“传奇私服”网站 www.sf-xx.com 涉嫌侵权、诈骗，切勿访问。</p>',
      ),
    },
  ],
  [
    'hijack',
    {
      html: page(
        '夏季防溺水提示',
        '<p>严禁私自下河游泳。</p>',
        '<div class="links">友情链接：<a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.moa.gov.cn/">农业农村部</a></div>',
      ),
    },
  ],
];

describe('heldout-final25 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(PAGE_CATCHES)('%s reports in a page', (gate, html, excerpt) => {
    expect(reported(gate, { html }).some((e) => e.includes(excerpt) || excerpt.includes(e))).toBe(
      true,
    );
  });

  // The declared source given with the input, as a repost tool passes it.
  it.each([
    '广东省教育考试院',
    '北京教育考试院',
    '江苏省人事考试院',
    '四川地震台网',
    '国家政务服务平台',
    '北京市互联网联合辟谣平台',
    '国家中小学智慧教育平台官网',
  ])('source accepts a repost from %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['抖音@中国地震台网', '某某自媒体辟谣平台', '某某教育科技有限公司考试院'])(
    'source reports a repost from %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
});
