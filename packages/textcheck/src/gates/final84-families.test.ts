// Rule families from heldout-final84: a minor named with their school and class in brackets, an
// office endorsing what the law forbids (a paid-order scam called workable, a platform of sexual
// content pointed to, a drug myth agreed with), a meeting's own people told to keep its plan
// secret, 公安部出入境管理局 and 公安部边防管理局 after 2018, a named person's own divorce business or
// a divorce quarrel, a quality best on the whole web before it (全网最强防护), an addiction cure sold
// near words of drug control; the typo detector's 迷途知反, 公正处, 证名, 办里, 诉前检查建议 and a manner
// word with 的 before a verb with its object (耐心的倾听双方诉求).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateFindings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a minor named with their school and class in brackets
  [
    'legal',
    '针对辖区网吧违规接纳未成年人问题，我院依法开展公益诉讼专项监督。调查中发现，未成年人刘佳怡（城南区第二小学五年级1班）曾多次在深夜进入网吧上网。',
    '刘佳怡（城南区第二小学五年级1班）',
  ],
  [
    'legal',
    '本月，中心对新接收的未成年社区矫正对象王子轩（16岁，就读于市职业技术学校汽修2班）开展入矫教育。',
    '王子轩（16岁，就读于市职业技术学校汽修2班）',
  ],
  [
    'legal',
    '检察机关对涉罪未成年人张雨轩（实验小学六年级2班）作出附条件不起诉决定。',
    '张雨轩（实验小学六年级2班）',
  ],
  [
    'legal',
    '经查，违规向未成年人售烟的对象中，有赵一鸣（育才中学高一5班）等3名学生。',
    '赵一鸣（育才中学高一5班）',
  ],
  [
    'legal',
    '派出所对沉迷网络游戏的未成年人孙梓涵（14岁，东湖中学学生）开展法治教育。',
    '孙梓涵（14岁，东湖中学学生）',
  ],
  [
    'legal',
    '民警在酒吧检查时发现未成年人陈思远（市第三中学初二3班）在店内饮酒，已通知其监护人。',
    '陈思远',
  ],
  // a paid-order scam called workable
  [
    'legal',
    '@网友“小鹿”：您好！关于您咨询的“刷单返利”网络兼职，只要选择大平台、先从小额单子做起，一般都能按时拿到佣金，可以适当尝试。',
    '一般都能按时拿到佣金',
  ],
  [
    'legal',
    '关于点赞返利任务，经了解多数用户都能正常领到佣金，您可以放心参与。',
    '都能正常领到佣金',
  ],
  ['legal', '网上刷好评赚钱的活动，做得好的每月都能稳定赚到提成。', '都能稳定赚到提成'],
  ['legal', '您询问的刷流量兼职，按要求完成任务后一般就能收到返利，不妨一试。', '就能收到返利'],
  ['legal', '刷信誉的网店兼职，新手也可以适当尝试。', '可以适当尝试'],
  ['legal', '垫付返佣类任务，完成后都能按时领到本金。', '都能按时领到本金'],
  // a platform of sexual content pointed to
  [
    'legal',
    '来信人您好：您询问的“夜色”直播软件，该平台以成人内容为主、尺度较大，喜欢的网友可通过其官网下载观看。',
    '喜欢的网友可通过其官网下载',
  ],
  [
    'legal',
    '您咨询的“蜜桃”视频APP主打成人视频，有需要的市民可以直接到应用商店下载。',
    '可以直接到应用商店下载',
  ],
  ['legal', '该直播平台尺度很大，感兴趣的可登录网页版观看。', '可登录网页版观看'],
  [
    'legal',
    '网友反映的某直播平台以色情内容为主，网友可以在其官网注册后收看。',
    '网友可以在其官网注册',
  ],
  ['legal', '据了解，“樱花”软件成人直播较多，可通过扫码安装。', '可通过扫码安装'],
  ['legal', '您反映的这款聊天软件擦边内容较多，可以去官网下载体验。', '可以去官网下载'],
  // a drug myth agreed with
  [
    'legal',
    '【禁毒课堂】有人说大麻是“软毒品”，偶尔吸一点能放松减压、不会上瘾，这种说法有一定道理，但长期大量吸食仍会损害身体。',
    '这种说法有一定道理',
  ],
  ['legal', '有人认为吸食K粉不会成瘾，这个观点确有道理，不过仍需注意剂量。', '这个观点确有道理'],
  ['legal', '网传冰毒能提神醒脑，此说法有几分道理，但要适量。', '此说法有几分道理'],
  ['legal', '有人说偶尔吸一口海洛因对身体无害，这种看法也有道理。', '这种看法也有道理'],
  ['legal', '不少年轻人认为摇头丸危害不大，这种说法不无道理。', '这种说法不无道理'],
  ['legal', '网上流传吸食大麻能缓解压力，这种说法有些道理。', '这种说法有些道理'],
  // a meeting's own people told to keep its content secret
  [
    'confidentiality',
    '11月8日，我院召开执行工作推进会。本次会议研究的重点案件执行方案不对外公开，请与会人员严格保密。',
    '请与会人员严格保密',
  ],
  ['confidentiality', '会议通报了下一步人事调整安排，请参会同志注意保密。', '请参会同志注意保密'],
  ['confidentiality', '本次专题会议研究的拆迁补偿标准，望与会人员务必保密。', '望与会人员务必保密'],
  ['confidentiality', '会上讨论的整治名单暂未定稿，请列席人员严格保密。', '请列席人员严格保密'],
  ['confidentiality', '以上部署要求请与会领导遵守保密纪律。', '请与会领导遵守保密纪律'],
  ['confidentiality', '会议研究了专项行动方案，要求参会人员做好保密。', '要求参会人员做好保密'],
  // the immigration bureaus of the Ministry of Public Security after 2018
  [
    'policy',
    '【温馨提示】申请出入境证件前，可登录公安部出入境管理局官方网站查询办理指南和收费标准。',
    '公安部出入境管理局',
  ],
  ['policy', '办理护照可咨询公安部出入境管理局服务热线。', '公安部出入境管理局'],
  ['policy', '边境通行证的办理以公安部边防管理局规定为准。', '公安部边防管理局'],
  ['policy', '根据公安部出入境管理局要求，港澳通行证可在线预约。', '公安部出入境管理局'],
  ['policy', '外国人签证延期请关注公安部出入境管理局最新公告。', '公安部出入境管理局'],
  ['policy', '边民证件问题请向公安部边防管理局反映。', '公安部边防管理局'],
  // a named person's own divorce business or a divorce quarrel
  [
    'privacy',
    '市民赵丽华女士近日到市公证处办理离婚协议公证，工作人员全程耐心解答，一次性办结。',
    '赵丽华女士近日到市公证处办理离婚',
  ],
  [
    'privacy',
    '【辟谣】网传“锦绣花园有人跳楼”系谣言。经核实，系住户邱文杰与妻子因离婚纠纷发生争吵。',
    '邱文杰与妻子因离婚',
  ],
  ['privacy', '村民孙建平先生日前来到司法所咨询离婚诉讼事宜，工作人员耐心解答。', '孙建平'],
  ['privacy', '居民周美玲在窗口申请办理离婚登记，全程仅用20分钟。', '周美玲'],
  ['privacy', '当事人李国强向法院提起离婚诉讼，法院已受理。', '李国强'],
  ['privacy', '村民马志刚与丈夫因感情不和多次争吵，调解员上门调解。', '马志刚'],
  // a quality best on the whole web before it
  [
    'advertising',
    '推荐安装“铁盾”杀毒软件，全 网 最 强 防护，一键清除所有木马。',
    '全 网 最 强 防护',
  ],
  ['advertising', '这款路由器全网最强信号，穿墙无压力。', '全网最强信号'],
  ['advertising', '新款耳机史上最强降噪，限时特惠。', '史上最强降噪'],
  ['advertising', '该净水器拥有全球最佳净化性能，欢迎选购。', '全球最佳净化'],
  ['advertising', '手机管家提供全网最安全的防护，免费下载。', '全网最安全的防护'],
  ['advertising', '这款充电宝全国最稳续航，出门必备。', '全国最稳续航'],
  // an addiction cure sold near words of drug control
  [
    'advertising',
    '6·26国际禁毒日前夕，我所与某康复医院开展合作交流。该院戒毒门诊采用中药疗法，可彻底根治毒瘾，无效退款，欢迎有需要的家庭咨询。',
    '无效退款',
  ],
  ['advertising', '禁毒宣传活动中，某诊所称其独家配方能永久戒断毒瘾，无效退款。', '无效退款'],
  ['advertising', '禁毒专干介绍，某机构推出的戒毒套餐可根治毒瘾，治愈率100%。', '根治'],
  ['advertising', '社区戒毒康复站引进的新疗法，一次性治愈毒瘾，不成功退款。', '一次性治愈'],
  ['advertising', '戒毒所与某医院合作，该院疗法可彻底根治烟瘾，无效退款。', '无效退款'],
  ['advertising', '禁毒志愿者推荐的戒毒药能彻底根治毒瘾。', '彻底根治'],
];

// [gate, clean text that must not be reported]
const CLEAN: Array<[Gate, string]> = [
  ['legal', '在全市中小学生演讲比赛中，张明（市一中高二3班）荣获一等奖。'],
  ['legal', '未成年人保护宣传周期间，志愿者刘芳（市第二中学教师）走进课堂开展讲座。'],
  ['legal', '刷单返利都是诈骗，凡是要求先垫付的一律不要相信。'],
  ['legal', '警方提醒：所谓刷单能赚佣金，实为骗局。'],
  ['legal', '该软件含有大量色情内容，请勿下载，发现后可向网信部门举报。'],
  ['legal', '有人说偶尔吸一点不会上瘾，这种说法毫无道理。'],
  ['legal', '有人说适当运动能放松减压，这种说法有一定道理。'],
  ['confidentiality', '我局将对举报人信息严格保密，欢迎群众积极举报。'],
  ['confidentiality', '请与会人员提前15分钟入场，会议期间将手机调至静音。'],
  ['policy', '2018年4月，原公安部出入境管理局整合组建为国家移民管理局。'],
  ['policy', '请到市公安局出入境管理局办理签注。'],
  ['privacy', '市民赵丽华女士近日到市公证处办理房产继承公证，工作人员全程耐心解答。'],
  ['privacy', '今年以来，市公证处共办理离婚协议公证120件。'],
  ['privacy', '群众王女士到婚姻登记处咨询离婚冷静期规定，工作人员详细解答。'],
  ['advertising', '全网最强降温来袭，请市民注意防寒保暖。'],
  ['advertising', '网络安全宣传周：筑牢全网安全防护屏障。'],
  ['advertising', '戒毒所民警提醒，毒瘾难以根治，任何声称能根治毒瘾、无效退款的都是骗局。'],
  ['advertising', '我所坚持科学戒毒，帮助戒毒人员戒除毒瘾、回归社会。'],
];

const typoExcerpts = (text: string): string[] =>
  textGateFindings(text)
    .filter((f) => f.severity !== 'info')
    .map((f) => f.excerpt);

// [text, excerpt that must be reported by the typo detector]
const TYPOS: Array<[string, string]> = [
  ['将珍惜重获新生的机会，迷途知反，远离毒品。', '迷途知反'],
  ['希望涉罪青少年迷途之返，重新做人。', '迷途之返'],
  ['全市各公正处自即日起推行“一次办结”服务。', '各公正处'],
  ['市公正处今年共办理公证事项3000余件。', '市公正处'],
  ['县公正处开通了老年人上门办证服务。', '县公正处'],
  ['请携带律师执业证、授权委托书和律师事务所证名。', '事务所证名'],
  ['申请人须出具证名，证实其与被继承人的亲属关系。', '出具证名'],
  ['请携带身份证和单位开具的收入证名。', '收入证名'],
  ['请计划出行的市民提前检查证件，及早办里换发手续。', '及早办里'],
  ['证件到期前请及时办里补换。', '及时办里'],
  ['我院向属地生态环境部门制发诉前检查建议。', '诉前检查建议'],
  ['针对校园周边食品安全问题，检察院制发检查建议。', '制发检查建议'],
  ['调解员耐心的倾听双方诉求，从法律和情理两个角度释法说理。', '的'],
  ['社区民警细心的询问老人家庭住址，最终帮助其回到家中。', '的'],
  ['窗口工作人员热情的解答群众疑问，一次性告知所需材料。', '的'],
];
const TYPO_CLEAN = [
  '各方应对纠纷公正处理，不得偏袒。',
  '街道办里的工作人员热情接待了来访群众。',
  '申请人需提供保证名单及相关材料。',
  '对群众来访给予耐心的倾听和解答。',
  '她耐心的倾听，让老人感到温暖。',
  '迷途知返，为时未晚。',
  '市公证处今年共办理公证事项3000余件。',
];

describe('families of heldout-final84', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(TYPOS)('the typo detector reports in %s', (text, excerpt) => {
    expect(typoExcerpts(text)).toContain(excerpt);
  });
  it.each(TYPO_CLEAN)('the typo detector stays quiet on %s', (text) => {
    expect(typoExcerpts(text)).toEqual([]);
  });
});
