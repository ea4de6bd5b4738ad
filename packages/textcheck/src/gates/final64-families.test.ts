// Rule families of the heldout-final64 round, each with wordings other than the set's: Taiwan's courts
// by their own names and 中港 before 往来 (political); a court report handing out a gambling site's
// address, a sex offer with 私信秒回 after a safety notice, gore as 脑浆溅满墙面 (legal); hukou changed
// to 非农业户口 and the old 信访条例 cited beside the matter's own years (policy); technical
// investigation means and counts of irregular petitions (confidentiality); a firm's rate ranked top,
// an outcome promised at 100%, a clinic's best equipment, a firm as 首选, a product said to end a nuisance, insurance sold by a
// code (advertising); 帅炸了 and the complainant told to look at himself first (opinion); a pupil's
// honour withheld in an anti-fraud quiz (coercion); a police detachment named bare on its bureau's
// page (source); a gambling brand's host and anchor (hijack).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // Taiwan's courts by their own names
  [
    'political',
    '此后，台湾最高法院就双方离婚及财产分割作出终审判决。林某为在大陆办理房产变更登记，向我院申请认可该判决。',
    '台湾最高法院',
  ],
  ['political', '该案经台湾高等法院二审维持原判。', '台湾高等法院'],
  ['political', '台湾地区最高法院驳回了上诉。', '台湾地区最高法院'],
  ['political', '当事人向台湾的最高行政法院提起诉讼。', '台湾的最高行政法院'],
  ['political', '台湾宪法法庭作出判决。', '台湾宪法法庭'],
  ['political', '台湾最高检察署对此案提起非常上诉。', '台湾最高检察署'],
  // 中港 beside a word of travel or vehicles
  [
    'political',
    '【出入境提示】暑期将至，中港往来旅客明显增多，深圳湾、福田等口岸通关压力加大。',
    '中港往来',
  ],
  ['political', '春节期间中港出行人数大幅增加。', '中港出行'],
  ['political', '中港车辆可经港珠澳大桥通行。', '中港车辆'],
  ['political', '节假日中港游客络绎不绝。', '中港游客'],
  ['political', '加强中港之间的人员交流。', '中港之间'],
  ['political', '新开通中港班车线路三条。', '中港班车'],
  // a court report handing out a gambling site's address
  [
    'legal',
    '被告人郑某为境外赌博网站“金沙娱乐”（www.js8866.com）担任代理，发展下线会员200余人。我院依法判处其有期徒刑三年。',
    'www.js8866.com',
  ],
  [
    'legal',
    '被告人为境外赌博网站“澳门新葡京”（www.xpj5577.com）招揽会员，被依法判处有期徒刑二年。',
    'www.xpj5577.com',
  ],
  [
    'legal',
    '经查，涉案博彩平台“威尼斯人娱乐”的网址为www.wnsr8899.com，犯罪嫌疑人已被抓获。',
    'www.wnsr8899.com',
  ],
  [
    'legal',
    '法院审理查明，被告人通过赌博网站“太阳城”（www.tyc6688.net）接受投注，已构成开设赌场罪。',
    'www.tyc6688.net',
  ],
  [
    'legal',
    '被告人在赌博网站“百家乐”（www.bjl9988.com）下注，依法判处拘役六个月。',
    'www.bjl9988.com',
  ],
  ['legal', '涉案赌博网站“金沙国际”（js6677.com）已被查封，主犯被判处有期徒刑五年。', 'js6677.com'],
  // a sex offer with a contact after a safety notice
  [
    'legal',
    '#平安夜平安出行# 节日期间各大商圈人流密集，请看管好随身财物，遇到困难请拨打110。#同城交友# 附近美女上门服务，私信秒回',
    '附近美女上门服务',
  ],
  ['legal', '温馨提示：雨天路滑注意安全。同城空降，美女上门服务，私聊秒回。', '上门服务'],
  ['legal', '请广大市民注意防范电信诈骗。附近少妇上门服务，私信预约。', '上门服务'],
  ['legal', '春运出行请注意防盗，有困难找民警。嫩模上门服务，秒回。', '上门服务'],
  ['legal', '反诈提醒：不要轻信陌生来电。全城空降，学生妹包夜，私信必回。', '包夜'],
  ['legal', '夜间出行注意安全，遇险请拨打110。酒店上门，小姐姐秒回。', '酒店上门'],
  // gore in detail
  [
    'legal',
    '【警情通报】3日凌晨，城北一出租屋内发生命案。据现场民警描述，死者头部被铁锤反复击打，脑浆溅满墙面，场面极其血腥。犯罪嫌疑人已于当日下午落网。',
    '脑浆溅满墙面',
  ],
  ['legal', '据民警介绍，死者被砸得脑浆四溅。', '脑浆四溅'],
  ['legal', '警方通报：现场脑浆流了一地，嫌疑人已被刑拘。', '脑浆流了一地'],
  ['legal', '伤者头部被钝器击中，脑浆喷溅，经抢救无效死亡，嫌疑人已落网。', '脑浆喷溅'],
  ['legal', '事故现场脑浆溅到满地都是，交警正在调查。', '脑浆溅到满地'],
  ['legal', '民警赶到时，受害人脑浆溅了一墙。', '脑浆溅了一墙'],
  // hukou changed to 非农业户口
  [
    'policy',
    '符合条件的，购房落户后您的户口性质将由农业户口变更为非农业户口，可享受城镇居民相关待遇。',
    '变更为非农业户口',
  ],
  ['policy', '征地农转居后，村民户口统一变更为非农业户口。', '变更为非农业户口'],
  ['policy', '您可到派出所办理非农业户口。', '办理非农业户口'],
  ['policy', '随迁子女可登记为非农业户口。', '登记为非农业户口'],
  ['policy', '征地后村民户口将改为非农业户口。', '改为非农业户口'],
  ['policy', '符合条件的可申请转成非农业户口。', '转成非农业户口'],
  // the old 信访条例 cited beside the matter's own years
  [
    'policy',
    '认定您1993年至1996年期间的工作经历缺少原始档案记载。您如对处理意见不服，依据《信访条例》第三十四条规定，可以请求复查。',
    '《信访条例》',
  ],
  [
    'policy',
    '您反映的是2008年的征地补偿问题。根据《信访条例》第十四条规定，应通过法定途径解决。',
    '《信访条例》',
  ],
  [
    'policy',
    '您反映2015年至2019年被拖欠工资。依照信访条例第二十一条，本机关予以受理。',
    '信访条例',
  ],
  [
    'policy',
    '您所说的房改发生在1998年。按照《信访条例》第三十五条规定，可申请复核。',
    '《信访条例》',
  ],
  [
    'policy',
    '您于2003年入职，2010年离职。您的社保问题，根据《信访条例》第二十二条规定办理。',
    '《信访条例》',
  ],
  [
    'policy',
    '该拆迁遗留问题始于1995年。依据《信访条例》第三十三条规定，办理期限为60日。',
    '《信访条例》',
  ],
  // technical investigation means told
  [
    'confidentiality',
    '专案民警经技术侦察手段调取其通话记录和行动轨迹，最终锁定其藏匿于邻省某城中村出租屋内。',
    '技术侦察手段',
  ],
  ['confidentiality', '民警通过技侦手段锁定了嫌疑人的藏身位置。', '技侦手段'],
  ['confidentiality', '专案组运用技术侦察措施，掌握了团伙的联络情况。', '技术侦察措施'],
  ['confidentiality', '在技侦部门的配合下，民警很快查明了嫌疑人的行踪。', '技侦部门'],
  ['confidentiality', '经技侦研判，嫌疑人藏匿于邻县。', '技侦研判'],
  ['confidentiality', '警方调集技侦力量连夜追踪。', '技侦力量'],
  // counts of irregular petitions
  [
    'confidentiality',
    '网友您好：据内部统计，今年1至5月我县进京非访共37批次52人次，同比下降12%，总体形势平稳向好。',
    '进京非访共37批次52人次',
  ],
  ['confidentiality', '上半年全县赴京非正常上访12批28人次。', '赴京非正常上访12批28人次'],
  ['confidentiality', '今年以来越级上访共发生5起。', '越级上访共发生5起'],
  ['confidentiality', '全市非访人员共14人，已逐一落实稳控。', '非访人员共14人'],
  ['confidentiality', '一季度进京上访3批次，较去年同期减少。', '进京上访3批次'],
  ['confidentiality', '两会期间赴京非访累计8人次。', '赴京非访累计8人次'],
  // a firm's rate or quality ranked top of a place
  [
    'advertising',
    '本月我市科目二考试平均合格率为82%。其中，顺达驾校学员合格率全市第一，有意学车的市民可直接联系该校报名。',
    '合格率全市第一',
  ],
  ['advertising', '建议优先选购“绿源”品牌，质量全国领先。', '质量全国领先'],
  ['advertising', '该律所胜诉率位居全省第一。', '胜诉率位居全省第一'],
  ['advertising', '安达驾校通过率连续多年保持全市最高。', '通过率连续多年保持全市最高'],
  ['advertising', '这款热水器品质行业领先。', '品质行业领先'],
  ['advertising', '“金穗”牌大米质量全省第一。', '质量全省第一'],
  // an outcome promised at 100%
  [
    'advertising',
    '我市正义律师事务所成立十余年来，共承办各类诉讼案件千余件，胜诉率100%，是广大群众身边值得信赖的律所。',
    '胜诉率100%',
  ],
  ['advertising', '本所代理案件胜诉率高达100%。', '胜诉率高达100%'],
  ['advertising', '专家门诊治愈率达百分之百。', '治愈率达百分之百'],
  ['advertising', '该中心签证通过率100%。', '签证通过率100%'],
  ['advertising', '手术成功率100%，欢迎咨询。', '手术成功率100%'],
  ['advertising', '中药调理总有效率百分百。', '总有效率百分百'],
  // a clinic ranking its own equipment and doctors (kept for final18's f18-056, which the outcome
  // rule would otherwise leave to the learned flag it silences)
  [
    'advertising',
    '【名医团队】我院眼科拥有全市最先进的手术设备和技术最权威的专家团队，白内障手术成功率100%。',
    '全市最先进的手术设备',
  ],
  [
    'advertising',
    '【名医团队】我院眼科拥有全市最先进的手术设备和技术最权威的专家团队，白内障手术成功率100%。',
    '最权威的专家',
  ],
  ['advertising', '本院引进了全省最先进的核磁共振设备。', '全省最先进的核磁共振设备'],
  ['advertising', '该诊所拥有国内最顶尖的种植牙技术。', '国内最顶尖的种植牙技术'],
  ['advertising', '我院骨科汇聚了全市最权威的专家。', '全市最权威的专家'],
  ['advertising', '本中心采用最先进的激光手术。', '最先进的激光手术'],
  ['advertising', '该院拥有省内一流的医疗团队。', '省内一流的医疗团队'],
  // a named firm as the first choice
  [
    'advertising',
    '可在出入境大厅现场拍摄，也可自行拍摄。拍证件照首选鑫悦照相馆，就在出入境大厅对面。',
    '首选鑫悦照相馆',
  ],
  ['advertising', '学车首选顺达驾校，就在车管所旁边。', '首选顺达驾校'],
  ['advertising', '买药首选仁和大药房。', '首选仁和大药房'],
  ['advertising', '婚宴首选金海岸大酒店。', '首选金海岸大酒店'],
  ['advertising', '装修首选宏达装饰公司。', '首选宏达装饰公司'],
  ['advertising', '复印材料首选“快捷”图文店。', '首选“快捷”图文店'],
  // a named product said to end a nuisance outright
  [
    'advertising',
    '【反诈提醒】近期骚扰电话、诈骗短信多发。安装“清风卫士”手机软件，可根治骚扰电话和诈骗短信，守护您的钱袋子。',
    '根治骚扰电话和诈骗短信',
  ],
  ['advertising', '下载“安心盾”APP，能彻底杜绝诈骗电话。', '彻底杜绝诈骗电话'],
  ['advertising', '安装这款“护航宝”软件即可永久屏蔽骚扰短信。', '永久屏蔽骚扰短信'],
  ['advertising', '使用“净网卫士”，可100%拦截诈骗来电。', '100%拦截诈骗来电'],
  ['advertising', '购买“守门员”牌路由器，一劳永逸解决网络诈骗问题。', '一劳永逸解决网络诈骗问题'],
  ['advertising', '反诈宣传：用上“天眼”防护软件，彻底告别骚扰电话。', '彻底告别骚扰电话'],
  // insurance sold by a code
  [
    'advertising',
    '除依法向侵权人主张赔偿外，也可通过商业保险分散风险。推荐市民购买“平安守护”意外险，扫码即可投保。',
    '扫码即可投保',
  ],
  ['advertising', '长按识别二维码立即投保。', '长按识别二维码立即投保'],
  ['advertising', '扫描下方二维码即可投保。', '扫描下方二维码即可投保'],
  ['advertising', '扫码马上投保，保费低至9.9元。', '扫码马上投保'],
  ['advertising', '扫二维码直接投保，一年只需几十元。', '扫二维码直接投保'],
  ['advertising', '扫码即可购买“安心保”意外险。', '扫码即可购买'],
  // 帅炸了 and its kin
  [
    'opinion',
    '【暖警】暴雨中，巡逻民警背起被困老人蹚水转移，一口气跑了三百米。民警小哥哥简直帅炸了！',
    '帅炸了',
  ],
  ['opinion', '这组航拍图美翻了！', '美翻了'],
  ['opinion', '新装备亮相，酷毙了。', '酷毙了'],
  ['opinion', '升旗仪式燃爆了！', '燃爆了'],
  ['opinion', '警犬训练画面萌翻了！', '萌翻了'],
  ['opinion', '女子特警队飒爆了！', '飒爆了'],
  // the complainant told to look at himself first
  [
    'opinion',
    '市民您好：经核实，物业公司已对您反映的楼道堆物进行清理。另外，建议您下次投诉前先想想自己有没有按时交物业费。',
    '先想想自己',
  ],
  ['opinion', '反映问题之前，最好先反省一下自己是不是也有责任。', '反省一下自己'],
  ['opinion', '投诉之前先问问自己有没有遵守小区规定。', '问问自己'],
  ['opinion', '在指责别人之前，先想想你自己有没有做到文明养犬。', '想想你自己'],
  ['opinion', '请先想想自己有没有按时缴费，再来投诉。', '先想想自己有没有按时缴费，再来投诉'],
  ['opinion', '打热线之前，掂量掂量自己占不占理。', '掂量掂量自己'],
  // a pupil's honour withheld in an anti-fraud quiz
  [
    'coercion',
    '【家校共育】辖区中小学生家长须关注“平安江城”公众号并完成反诈知识答题，未完成的学生不得参加“三好学生”评选。',
    '未完成的学生不得参加“三好学生”评选',
  ],
  [
    'coercion',
    '【反诈宣传】各班家长须下载“国家反诈中心”APP，未下载的学生不得参评优秀学生。',
    '未下载的学生不得参评优秀学生',
  ],
  [
    'coercion',
    '全体家长须完成反诈知识问卷，未完成的学生不能参加期末评优。',
    '未完成的学生不能参加期末评优',
  ],
  [
    'coercion',
    '请家长关注反诈公众号并转发，未转发的学生不得参加“优秀少先队员”评选。',
    '未转发的学生不得参加“优秀少先队员”评选',
  ],
  [
    'coercion',
    '家长须观看反诈直播课并答题，未答题的学生不得参加三好学生评选。',
    '未答题的学生不得参加三好学生评选',
  ],
  ['coercion', '家长须安装反诈APP，未安装的学生取消评优资格。', '未安装的学生取消评优资格'],
];

/** A public-security page whose byline names `source`. */
const policePage = (source: string, site = '青山市公安局') =>
  `<html><head><title>居民身份证办理指南_${site}</title><meta name="SiteName" content="${site}"></head><body><div class="info">更新时间：2024-01-05\u3000来源：${source}</div><p>办理地点：户籍所在地派出所。</p></body></html>`;

// [source named bare on a police bureau's page]
const OWN_DETACHMENTS = [
  '户政管理支队',
  '出入境管理支队',
  '刑事侦查支队',
  '交通警察支队',
  '治安管理支队',
  '网络安全保卫支队',
];

/** A page whose friendly links hold one to `href` with the words `anchor`. */
const linkPage = (href: string, anchor: string) =>
  `<html><body><div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a>\u3000<a href="${href}" target="_blank">${anchor}</a></div></body></html>`;

// A gambling brand's host or anchor among friendly links: [page, excerpt that must be reported].
const HIJACK_PAGES: Array<[string, string]> = [
  [linkPage('https://www.bwin668.vip/', '必赢亚洲'), 'https://www.bwin668.vip/'],
  [linkPage('https://www.bwin888.com/', '友情链接'), 'https://www.bwin888.com/'],
  [linkPage('http://bwin-365.cc/', '体育新闻'), 'http://bwin-365.cc/'],
  [linkPage('https://www.by5577.com/', '必赢国际'), '必赢国际'],
  [linkPage('https://www.biying.net/', '必赢娱乐'), '必赢娱乐'],
  [linkPage('https://bwin.vip/', '省公安厅'), 'https://bwin.vip/'],
];

// [gate, clean text of the same topic]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '台湾地区“最高法院”作出判决后，当事人向我院申请认可。'],
  ['political', '台湾地区法院作出的民事判决，须经人民法院裁定认可后方可执行。'],
  ['political', '暑期内地与香港往来旅客明显增多。'],
  ['political', '华中港口群吞吐量稳步增长。'],
  ['legal', '被告人为境外赌博网站“金沙娱乐”担任代理，我院依法判处其有期徒刑三年。'],
  ['legal', '被告人为赌博网站“金沙娱乐”（www.js88**.com）担任代理，被依法判处有期徒刑三年。'],
  ['legal', '警方提醒：网上“附近美女上门服务”广告多为诈骗，切勿私信联系。'],
  ['legal', '家电维修师傅上门服务，随叫随到。'],
  ['legal', '死者头部受重创，经抢救无效死亡，犯罪嫌疑人已被刑事拘留。'],
  ['legal', '嫌疑人用铁锤击打被害人头部致其死亡，已被依法逮捕。'],
  ['policy', '2014年起取消农业户口与非农业户口性质区分，统一登记为居民户口。'],
  ['policy', '购房落户后，您将登记为居民户口，享受城镇居民相关待遇。'],
  ['policy', '您于2018年8月28日来信，根据《信访条例》第十四条规定，现回复如下。'],
  ['policy', '依据《信访工作条例》第三十五条规定，可以请求复查。'],
  ['confidentiality', '刑事诉讼法规定，公安机关经过严格的批准手续，可以采取技术侦察措施。'],
  ['confidentiality', '民警通过调取沿途监控，锁定了嫌疑人的藏身位置。'],
  ['confidentiality', '今年1至5月全县信访总量同比下降12%，总体形势平稳向好。'],
  ['confidentiality', '依法处置进京非访行为，引导群众依法逐级走访。'],
  ['advertising', '本月全市驾校科目二平均合格率为82%。'],
  ['advertising', '我市食品安全抽检合格率全省第一。'],
  ['advertising', '全市行政诉讼案件胜诉率为78%。'],
  ['advertising', '谨防宣称“治愈率100%”的虚假医疗广告。'],
  ['advertising', '拍证件照可首选就近的照相馆。'],
  ['advertising', '市人民医院新增CT设备一台，方便群众就近检查。'],
  ['advertising', '我市将建设全省最先进的污水处理厂。'],
  ['advertising', '看病首选社区卫生服务中心。'],
  ['advertising', '出行首选公共交通，绿色低碳。'],
  ['advertising', '安装国家反诈中心APP，可有效拦截诈骗电话。'],
  ['advertising', '任何软件都不能根治骚扰电话，关键在于提高防范意识。'],
  ['advertising', '城乡居民医保开始缴费，扫码即可参保缴费。'],
  ['advertising', '扫码即可预约办理社保业务。'],
  ['opinion', '锅炉房的旧锅炉炸了，所幸无人受伤。'],
  ['opinion', '民警小哥哥背起老人蹚水转移，为他们点赞。'],
  ['opinion', '投诉前请先准备好购房合同、缴费凭证等相关材料。'],
  ['opinion', '您可以先查看自己的缴费记录是否完整，如有疑问再来电咨询。'],
  ['coercion', '【反诈提醒】请广大家长下载国家反诈中心APP，提高防骗意识。'],
  ['coercion', '三好学生评选将于下月开展，请各班做好推荐工作。'],
  ['hijack', { html: linkPage('https://www.bing.com/', '必应搜索') }],
  ['hijack', { html: linkPage('https://www.bowin-edu.com/', '博文教育') }],
];

describe('heldout-final64 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  it.each(OWN_DETACHMENTS)('source stays quiet on %s named on its bureau page', (source) => {
    expect(reported('source', { html: policePage(source) })).toEqual([]);
  });
  // A detachment named bare elsewhere may be another body's: still a source to check.
  it.each([
    policePage('户政管理支队', '青山县教育局'),
    '<html><body><p>来源：户政管理支队</p></body></html>',
  ])('source still reports %s', (html) => {
    expect(reported('source', { html }).length).toBeGreaterThan(0);
  });
  it.each(HIJACK_PAGES)('hijack reports in %s', (html, excerpt) => {
    expect(reported('hijack', { html }).some((e) => e.includes(excerpt))).toBe(true);
  });
});
