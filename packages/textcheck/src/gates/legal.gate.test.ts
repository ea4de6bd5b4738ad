// Legal families as sentences: offers built from a category and a verb (杀人现场视频, 教你制作土炸弹,
// 快速办证, 买卖实名微信号, 查通话记录, 洗白资金, 真人在线发牌, 偷拍资源) and drug slang beside a covert
// offer are reported; the same words in warnings and enforcement reports only inform.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker();
const reported = (text: string): string[] =>
  checker
    .check({ text }, { gates: ['legal'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => f.rule);

describe('legal families', () => {
  it.each([
    ['最新杀人现场视频流出，加群免费看完整版。', 'legal.violence'],
    ['视频流出！某地街头砍人血腥画面，未打码。', 'legal.violence'],
    ['手把手教你制作土炸弹，材料网上都能买到。', 'legal.weapons'],
    ['快速办证，身份证驾驶证学历证，三天出货。', 'legal.fake-documents'],
    ['买卖实名微信号、QQ号，批量出售，可定制。', 'legal.account-trade'],
    ['高价收卡，一类卡、二类卡均可，日结不拖欠。', 'legal.account-trade'],
    ['提供黑客服务，改成绩、查通话记录，价格面议。', 'legal.personal-data-trade'],
    ['USDT高价回收，帮你洗白资金，安全无风险。', 'legal.fraud'],
    ['急需资金看过来，无视黑白户，一小时到账。', 'legal.fraud'],
    ['真人在线发牌，充值一百送五十。', 'legal.gambling'],
    ['加入我们的菠菜团队，做代理月入十万。', 'legal.gambling'],
    ['暗网高清偷拍资源，打包出售。', 'legal.porn'],
    ['出售溜冰壶、麻果，懂的来。', 'legal.drug-slang-offer'],
    ['同城交友，夜场佳丽，一条龙服务，酒店上门。', 'legal.sex-service-ad'],
    ['试管助孕，供卵代怀，成功率高。', 'legal.illegal-service'],
    ['专业讨债，上门催收，不成功不收费。', 'legal.illegal-service'],
    ['提供代开增值税专用发票，税点低。', 'legal.fake-documents'],
    ['出售各大高校四六级证书，可上网查询。', 'legal.fake-documents'],
    ['手机号实名认证代做，身份证人脸代过。', 'legal.fraud'],
    ['老哥们，足球外围盘口已开，欢迎上车。', 'legal.gambling'],
    ['这里有最全的黄色小说资源，点击进入。', 'legal.porn'],
    ['招聘：境外高薪客服，包机票，无需经验。', 'legal.fraud'],
    ['兼职日结，帮忙收发快递包裹，每单提成五百，不问内容。', 'legal.fraud'],
    ['本群提供各类破解版付费软件和盗版影视资源。', 'legal.illegal'],
    ['出售改装电击器、伸缩甩棍，全国发货。', 'legal.contraband-offer'],
    ['嫌疑人王某还被称作杀人魔，目前案件正在侦办。', 'legal.suspect-called-criminal'],
  ])('%s → %s', (text, rule) => {
    expect(reported(text)).toContain(rule);
  });

  it.each([
    '警方提示：凡是声称“无视黑白户”“一小时到账”的网贷广告都是诈骗，请勿上当。',
    '禁毒民警介绍，“听话水”“迷情水”等实为违禁药物，危害极大。',
    '今年我市查处非法办证案件18起，收缴假证件300余本。',
    '我局开展打击买卖银行卡、电话卡专项行动，切断电诈资金链。',
    '对于网络上流传的“杀人视频”，警方核实为境外旧视频，请勿传播。',
    '中国冰壶队在世锦赛上获得铜牌。',
    '冬奥会冰壶比赛门票将于下周开售，同城闪送取票服务同步上线。',
    '本次展览展出了清代制作的火药枪和弓弩等文物。',
    '冻猪肉到货，市场供应充足。',
    '民警上门看望独居少女的家人。',
    '市税务局依法查处一起虚开增值税专用发票案，涉案金额1.2亿元。',
    '足球比赛外围安保工作已部署到位。',
    '公安机关提醒：境外高薪招聘客服多为电诈陷阱，切勿轻信。',
    '市文旅局联合公安开展打击盗版影视资源专项行动。',
    // A service telling how to look a record up with one's own ID number is no certificate on sale.
    '考生输入本人准考证号和身份证号码即可查看本人成绩。',
    '登录社保网上服务平台，输入身份证号即可查询缴费记录。',
    // Crowd-list terms that are ordinary words of official writing and everyday prose.
    '高举中国特色社会主义伟大旗帜，坚持以习近平新时代中国特色社会主义思想为指导。',
    '身为妈妈的我，希望社区多建几处儿童游乐场地。',
    '要及时化解矛盾纠纷，防止引发群体性事件。',
    '要警惕和防范颜色革命，筑牢国家安全防线。',
    '青春期性发育知识讲座走进校园。',
    '招聘普工若干名，工资日结。',
    '县级电影放映队深入乡村。',
    '招聘保洁员2名，男女不限，年龄55岁以下。',
    '预防传染性病毒感染，请勤洗手、常通风。',
    '过期药品回收点设在社区卫生服务中心。',
    '每日公告：今日上午9时至12时停水。',
    '成人电大春季招生简章发布，欢迎报名。',
    '辽宁女排夺得全运会冠军。',
    // Naming the offence condemns it: 非法集资 alone only informs.
    '关于开展非法集资风险排查的通告',
    '业主举报该公司涉嫌非法集资，请依法查处。',
    '市民可到政务服务中心办理证书补办，可上网查询进度。',
    '市民可到政务服务中心办证窗口办理居住证。',
  ])('stays quiet: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
