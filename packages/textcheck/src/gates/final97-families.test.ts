// Rule families from heldout-final97, measured unseen and then read: a national standard cited by an
// edition a newer one has replaced; a plan of the new period still called 城市总体规划 or 土地利用总体规划;
// public money paid out sooner for a fee; a casino brand handing out its 彩金 at an office's event; old
// trees offered to the trade; a product ranked best on the market and recommended to those the office
// oversees; data whose bracket says it is not yet cleared for release; an exam's questions told by
// number before it is sat. Quiet again: a mailbox the public is asked to send comments to, near the name
// of a 市民服务中心.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a national standard cited by an edition a newer one has replaced
  [
    'policy',
    '3月份全市环境空气质量月报：依据《环境空气质量标准》（GB 3095-1996）评价，全市优良天数27天。',
    'GB 3095-1996',
  ],
  [
    'policy',
    '本次抽检依据《生活饮用水卫生标准》（GB5749—2006）进行评价，合格率98.7%。',
    'GB5749—2006',
  ],
  [
    'policy',
    '方案编制须符合《开发建设项目水土保持技术规范》（GB 50433-2008）要求。',
    'GB 50433-2008',
  ],
  ['policy', '农用地土壤按照GB 15618-1995二级标准进行评价。', 'GB 15618-1995'],
  ['policy', '各单位公文排版应严格执行《党政机关公文格式》GB/T 9704-1999。', 'GB/T 9704-1999'],
  ['policy', '区域噪声执行《声环境质量标准》（GB 3096-93）2类标准。', 'GB 3096-93'],
  ['policy', '新建项目设计必须严格执行《建筑设计防火规范》（GB 50016-2006）。', 'GB 50016-2006'],
  // a plan of the new period under a kind of plan the 2019 reform folded away
  [
    'policy',
    '我中心正在编制新一轮《青山市城市总体规划（2021—2035年）》，欢迎市民提出意见。',
    '城市总体规划（2021—2035年）',
  ],
  [
    'policy',
    '《临江县土地利用总体规划（2021-2035年）》编制工作已进入成果论证阶段。',
    '土地利用总体规划（2021-2035年）',
  ],
  [
    'policy',
    '县政府常务会议审议了《县城总体规划（2020—2035）》草案。',
    '县城总体规划（2020—2035）',
  ],
  [
    'policy',
    '目前，《白沙镇总体规划（2021年—2035年）》已完成初步方案。',
    '镇总体规划（2021年—2035年）',
  ],
  [
    'policy',
    '我市启动2021—2035年城市总体规划编制，重点优化城市空间格局。',
    '2021—2035年城市总体规划',
  ],
  [
    'policy',
    '《东湖市城乡总体规划（2022—2035年）》正在公开征求意见。',
    '城乡总体规划（2022—2035年）',
  ],
  // public money paid out sooner for a fee
  [
    'legal',
    '现有县里熟悉流程的工作人员可以代办，缴纳200元手续费即可加快到账。',
    '缴纳200元手续费即可加快到账',
  ],
  ['legal', '补贴资金发放较慢的，交300元服务费就能提前发放。', '交300元服务费就能提前发放'],
  ['legal', '想早点拿到拆迁补偿款的，付500元代办费即可尽快拨付。', '付500元代办费即可尽快拨付'],
  [
    'legal',
    '养老金认证后，缴纳100元跑腿费就可以帮您加快到账。',
    '缴纳100元跑腿费就可以帮您加快到账',
  ],
  ['legal', '申请救助金的群众，交纳辛苦费便可优先发放。', '交纳辛苦费便可优先发放'],
  ['legal', '各位种粮户，交钱就能加快到账，名额有限。', '交钱就能加快到账'],
  // a casino brand handing out its 彩金 at an office's event
  [
    'legal',
    '本次大赛由中心主办，冠名商“金沙娱乐”为获奖茶农发放彩金。',
    '冠名商“金沙娱乐”为获奖茶农发放彩金',
  ],
  ['legal', '合作平台“永利棋牌”为到场观众注册送88元彩金。', '“永利棋牌”为到场观众注册送88元彩金'],
  ['legal', '赞助商威尼斯人娱乐现场派发彩金，参与即得。', '赞助商威尼斯人娱乐现场派发彩金'],
  ['legal', '本届运动会由冠名商“新葡京娱乐城”独家赞助。', '冠名商“新葡京娱乐城”'],
  [
    'legal',
    '本届龙舟赛冠名单位金沙娱乐场为每支队伍发放返水奖励。',
    '冠名单位金沙娱乐场为每支队伍发放返水',
  ],
  ['legal', '获奖者可领取彩金，彩金由“银河娱乐”提供。', '彩金由“银河娱乐”'],
  // old trees offered to the trade
  [
    'legal',
    '两株古银杏长势较好、树形优美，有意收购古树的苗木商可与村委会协商购买。',
    '有意收购古树的苗木商可与村委会协商购买',
  ],
  [
    'legal',
    '想购买古银杏的客商可直接联系村委会洽谈价格。',
    '想购买古银杏的客商可直接联系村委会洽谈',
  ],
  ['legal', '村里这棵三百年的古樟树可以对外出售，价格面议。', '古樟树可以对外出售'],
  [
    'legal',
    '有意求购古树名木的单位，欢迎与合作社联系。',
    '有意求购古树名木的单位，欢迎与合作社联系',
  ],
  ['legal', '该村现有古树12株，均可有偿转让。', '古树12株，均可有偿转让'],
  ['legal', '需要采购百年老树的园林公司可来电面议。', '需要采购百年老树的园林公司可来电面议'],
  // a product ranked best on the market and recommended to those the office oversees
  [
    'advertising',
    '“绿坡宝”是目前市场上最好的护坡材料，建议各建设单位优先采购。',
    '目前市场上最好的护坡材料，建议各建设单位优先采购',
  ],
  [
    'advertising',
    '丰源滴灌带是国内市场同类产品中质量最可靠的，推荐各种植大户选用。',
    '国内市场同类产品中质量最可靠的，推荐各种植大户选用',
  ],
  [
    'advertising',
    '建议各乡镇统一采购“金穗”地膜，这是目前市面上效果最好的地膜。',
    '建议各乡镇统一采购“金穗”地膜，这是目前市面上效果最好',
  ],
  [
    'advertising',
    '这款净水设备在业内首屈一指，建议各学校优先配备。',
    '业内首屈一指，建议各学校优先配备',
  ],
  ['advertising', '该型号灭火器性能为行业内领先，推荐各商户购买。', '行业内领先，推荐各商户购买'],
  [
    'advertising',
    '安达监控系统是当前市场上最先进的，建议各村统一安装。',
    '当前市场上最先进的，建议各村统一安装',
  ],
  // data whose bracket says it is not yet cleared for release
  [
    'confidentiality',
    '根据全省土壤污染状况详查结果（该数据尚未经省政府批准公开），我县部分农用地镉含量超标。',
    '该数据尚未经省政府批准公开',
  ],
  [
    'confidentiality',
    '全市人口抽样调查数据（未经市统计局审定发布）显示，常住人口有所减少。',
    '未经市统计局审定发布',
  ],
  [
    'confidentiality',
    '普查结果（尚未经国务院批准对外公布）表明，我县森林覆盖率有所下降。',
    '尚未经国务院批准对外公布',
  ],
  ['confidentiality', '监测数据（暂未经上级同意公开）如下：PM2.5浓度上升。', '暂未经上级同意公开'],
  [
    'confidentiality',
    '评估报告（还未经市政府审核发布）指出，全市有5座水库存在隐患。',
    '还未经市政府审核发布',
  ],
  [
    'confidentiality',
    '根据第三次国土调查成果（尚未经批准公布），我镇耕地减少了。',
    '尚未经批准公布',
  ],
  // an exam's questions told by number before it is sat
  [
    'confidentiality',
    '理论考试将于6月14日举行。现透露本次考试部分题目：第15题为“绿茶杀青的主要目的是什么”，请考生重点复习。',
    '第15题为“绿茶杀青的主要目的是什么”',
  ],
  [
    'confidentiality',
    '职业技能鉴定考试定于7月8日进行，第3题是“电动机过载保护的原理”，请大家做好准备。',
    '第3题是“电动机过载保护的原理”',
  ],
  [
    'confidentiality',
    '资格考试将于下月10日举行，第二十大题：“论述乡村振兴的重点任务”。',
    '第二十大题：“论述乡村振兴的重点任务”',
  ],
  [
    'confidentiality',
    '现公布此次测试的几道考题：一、…。测试将于周五进行。',
    '现公布此次测试的几道考题',
  ],
  [
    'confidentiality',
    '竞赛将于9月5日举办。特透露本场竞赛的3道题目，供选手参考。',
    '特透露本场竞赛的3道题目',
  ],
  [
    'confidentiality',
    '认定考试定于下周举行，这里提前分享今年考试的部分试题，请大家收藏。',
    '提前分享今年考试的部分试题',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // the standard in force, and an older one told as replaced
  ['policy', '依据《环境空气质量标准》（GB 3095-2012）评价，全市优良天数27天。'],
  ['policy', '《生活饮用水卫生标准》（GB 5749-2022）代替GB 5749-2006，指标由106项调整为97项。'],
  ['policy', '2014年全市空气质量按照GB 3095-1996进行评价，优良天数为300天。'],
  // a design code cited for a building of its day
  ['policy', '根据《建筑设计防火规范》GB50016-2006，变电所与住宅的防火间距不应小于规定值。'],
  // plans of their own day, and the new plan by its name
  ['policy', '《北京城市总体规划（2016年—2035年）》明确了首都城市战略定位。'],
  ['policy', '原《临江县土地利用总体规划（2006—2020年）》确定的耕地保有量任务已完成。'],
  ['policy', '我中心正在编制《青山市国土空间总体规划（2021—2035年）》。'],
  // a fee for a card or a service told free
  ['legal', '补办身份证的，缴纳20元工本费即可当天领取临时身份证。'],
  ['legal', '补贴资金直接打入一卡通，无需缴纳任何手续费，请勿相信代办加快到账的说法。'],
  // the lotteries and a warning
  ['legal', '中国体育彩票中心为中奖者发放奖金，请中奖者持身份证领取。'],
  ['legal', '警惕“金沙娱乐”等境外赌博平台以发放彩金为诱饵，引诱群众充值赌博。'],
  ['legal', '颁奖晚会在金沙国际大酒店举行，由银河广场提供场地。'],
  // trees adopted or reported, tea of old trees
  ['legal', '有意认养古树的单位和个人可与我办联系，认养费用全部用于古树保护。'],
  ['legal', '发现有人收购古树的，可向县林业局举报。'],
  ['legal', '本村古树茶鲜叶可对外出售，欢迎茶商前来洽谈。'],
  // advice without a market ranking, and a seller's claim warned of
  ['advertising', '选用良种是提高产量最好的办法，建议农户选用经审定的主导品种。'],
  ['advertising', '该品种在全省区域试验中表现最好，建议农户因地制宜选用。'],
  ['advertising', '谨防商家宣称产品是“市场上最好的”，建议消费者理性选购。'],
  // a plan awaiting approval published for comment, a result awaited
  ['confidentiality', '规划草案（尚未经市政府批准）现予以公示，征求公众意见。'],
  ['confidentiality', '本次普查数据将于经国务院批准后统一发布，请以官方发布为准。'],
  // the paper after the exam, a textbook's exercise, a lesson on question types
  ['confidentiality', '考试已结束，现公布本次考试部分题目及参考答案：第15题为“绿茶杀青的目的”。'],
  ['confidentiality', '复习时请重点练习课本第23题，考试将于6月14日举行。'],
  ['confidentiality', '现公布本次考试部分题目的参考答案，考试将于下月进行补考。'],
];

const MAILBOX_PAGE = `<html><body><div class="content"><p>公众可在公示期内通过以下方式提出意见：一是发送电子邮件至bhghbz@126.com；二是邮寄信函至白河市滨江大道88号；三是在市民服务中心公示现场填写意见表。</p></div></body></html>`;

const CLEAN_PRIVACY: Array<[Gate, string | { html: string }]> = [
  // a mailbox the public is asked to send to, near the name of a 市民服务中心
  ['privacy', { html: MAILBOX_PAGE }],
  ['privacy', '意见建议请发送至ghj2025@163.com，或到市民中心窗口提交。'],
  ['privacy', '投稿邮箱：wenming@qq.com。欢迎广大市民踊跃投稿。'],
  ['privacy', '居民可将报名表发送到shequ@126.com，咨询电话0719-8236500。'],
  ['privacy', '举报邮箱为jubao2024@163.com，村民也可来电反映。'],
];

const CATCHES_PRIVACY: Array<[Gate, string, string]> = [
  // still reported: a private person's own mailbox
  ['privacy', '投诉人王某的个人邮箱wangmou88@qq.com已核实。', 'wangmou88@qq.com'],
  ['privacy', '来电人李女士留下的邮箱是lili1990@163.com。', 'lili1990@163.com'],
];

describe('families of heldout-final97', () => {
  itReportsFamilies([...CATCHES, ...CATCHES_PRIVACY], [...CLEAN, ...CLEAN_PRIVACY]);
});
