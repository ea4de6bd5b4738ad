// Rule families of the heldout-final38 round, each with wordings other than the set's: a promotion
// appended after a regulator's advice to consumers (。另，本地商超…限时抢购), a beneficiary's mobile in
// a list of persons to be subsidised (拟确定以下农户为补助对象：马福全（联系电话139…）), a local people's
// congress standing committee given the NPC's 委员长 — and the near misses that stay quiet: a county
// stem that is an ordinary word after a province (陕西南部, 香港九龙, 四川黄龙), an account's name with its
// owner in brackets as a repost source (甘肃发布（甘肃省人民政府新闻办公室）), and the lawful siblings.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a promotion appended after a regulator's advice
  [
    'advertising',
    '“618”将至，市市场监管局提醒广大消费者理性消费。另，本地商超联合推出“惠民季”活动，限时抢购，前100名下单享8折，活动仅限3天，点击阅读原文立即抢购。',
    '限时抢购',
  ],
  [
    'advertising',
    '区市场监管局提醒：网购请保留凭证。此外，某电器城国庆特惠，限时抢购，前50名下单享7折，点击链接立即抢购。',
    '限时抢购',
  ],
  [
    'advertising',
    '县消协提示消费者谨慎办卡。另外，本商场周年庆限时抢购，前200名下单享9折。',
    '限时抢购',
  ],
  [
    'advertising',
    '温馨提示：购买年货请认准正规渠道。另，我县农特产品展销会开幕，限时抢购，前30名下单送礼品，点击阅读原文立即抢购。',
    '点击阅读原文立即抢购',
  ],
  // a beneficiary's mobile in a list of persons to be subsidised
  [
    'privacy',
    '关于2024年度农村危房改造补助对象的公示\n拟确定以下农户为农村危房改造补助对象：马福全（联系电话13909512367），房屋等级C级，拟补助2.5万元。',
    '13909512367',
  ],
  [
    'privacy',
    '拟确定以下人员为2024年度临时生活补贴对象：杨秀兰（手机13809512345），补贴1200元；李德福，补贴800元。',
    '13809512345',
  ],
  ['privacy', '产业帮扶对象公示：王德明（电话15909512366），拟资助3000元。', '15909512366'],
  ['privacy', '教育资助对象名单：马小红（联系电话18709512311），拟资助2000元。', '18709512311'],
  // a local standing committee given the NPC's title
  [
    'political',
    '5月16日至17日，自治区人大常委会委员长率调研组赴吴忠市、中卫市开展立法调研。',
    '人大常委会委员长',
  ],
  ['political', '省人大常委会副委员长一行来我市检查食品安全法实施情况。', '人大常委会副委员长'],
  ['political', '市人民代表大会常务委员会委员长出席会议并讲话。', '常务委员会委员长'],
  ['political', '县人大常委会党组书记、委员长主持召开主任会议。', '委员长'],
  ['political', '州人大常委会委员长带队开展执法检查。', '人大常委会委员长'],
];

// [gate, text or page that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  // a county stem that is an ordinary word after a province
  [
    'political',
    '中央气象台继续发布暴雨黄色预警：陕西南部、甘肃东南部、四川盆地北部等地有大到暴雨。',
  ],
  ['political', '预计江西南部、广西南部、山东南部等地有中到大雨。'],
  ['political', '香港九龙、新界等地明日有雷暴。'],
  ['political', '四川黄龙、九寨沟景区今日正常开放。'],
  ['political', '上海长宁、徐汇等区开展消防演练。'],
  ['political', '山西和平、稳定的发展环境来之不易。'],
  // an advice or warning that quotes the promotion it warns of
  ['advertising', '市场监管局提醒：“限时抢购，前100名下单享8折”等宣传须核实，谨防虚假促销。'],
  ['advertising', '县消协提示：遇到“限时抢购”请理性消费，保留购物凭证。'],
  // an office's own number, a beneficiary list without mobiles
  ['privacy', '补助对象申报咨询电话：13909512367（镇民政办）。'],
  ['privacy', '拟确定以下农户为补助对象：马福全，房屋等级C级；杨某兰，房屋等级D级。'],
  // the right titles
  ['political', '全国人大常委会委员长主持召开委员长会议。'],
  ['political', '自治区人大常委会主任率调研组赴吴忠市开展调研，省人大常委会副主任陪同。'],
];

describe('heldout-final38 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(['陕西婺源、', '安徽省南部县', '浙江长宁、', '河南省九龙县'])(
    'political still reports a county after the wrong province: %s',
    (s) => {
      expect(reported('political', { text: `${s}等地启动应急响应。` })).not.toEqual([]);
    },
  );

  it.each([
    '甘肃发布（甘肃省人民政府新闻办公室）',
    '中国应急管理（应急管理部官方微信公众号）',
    '应急管理部官方微信公众号',
    '四川发布（四川省人民政府新闻办公室官方微信）',
    '健康中国（国家卫生健康委员会官方微博）',
  ])('source accepts an account named with its owner: %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['本地吃瓜（微信公众号）', '健康小常识（某养生馆）', '养生堂（张三的公众号）'])(
    'source still reports an unlisted account: %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
});
