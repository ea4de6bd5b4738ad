// Rule families from heldout-final94, measured unseen and then read: 既将 for 即将 before a verb of an
// opening or an end; the democratic parties by a wrong name (中国民主联盟), the NPC Standing Committee
// given a 主席; the armed police told as under the State Council's and the CMC's dual leadership; a charm's
// luck promised, a tutor's results ranked fastest, a made-up 国家级金牌讲师, an incubator ranked best of a
// place; the author's view with an adverb between (小编私心觉得), people asked in scorn whether they never
// practise; published footage whose gore is left unprocessed, an adult-content business, a certificate
// lent for a fee; sentry posts and relief intervals of a guarded site, an early interrogation's yield told
// mid-case; a name told twice with a criminal record, a named person's credit report after the office's
// check, a named participant's illness. Quiet again: a lottery's sales ranked among provinces.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // the democratic parties by a wrong name
  ['political', '中国民主联盟市委员会青年委员会换届大会日前召开。', '中国民主联盟'],
  ['political', '中国民主建国联合会市委会召开全体会议。', '中国民主建国联合会'],
  ['political', '中国民主促进联盟市委员会开展调研。', '中国民主促进联盟'],
  ['political', '九三学会市委员会举办科普讲座。', '九三学会'],
  ['political', '中国致公会市委会组织侨界座谈。', '中国致公会'],
  ['political', '台湾民主自治联盟省委员会召开会议。', '台湾民主自治联盟'],
  // the NPC Standing Committee given a 主席
  [
    'political',
    '授课中讲解了全国人民代表大会常务委员会由主席、副主席若干人、秘书长和委员组成等宪法知识。',
    '主席',
  ],
  ['political', '全国人大常委会主席主持会议。', '全国人大常委会主席'],
  ['political', '全国人大常委会副主席一行来我市调研。', '全国人大常委会副主席'],
  ['political', '全国人大常务委员会的领导人包括主席、副主席。', '主席'],
  ['political', '全国人民代表大会常务委员会组成人员包括副主席若干人。', '副主席'],
  ['political', '全国人大常委会设主席一人。', '主席'],
  // the armed police under the State Council's and the CMC's dual leadership told as current
  [
    'policy',
    '讲解员向来宾介绍了武警部队的历史沿革，并说明目前部队实行国务院、中央军委双重领导体制。',
    '国务院、中央军委双重领导体制',
  ],
  ['policy', '武警部队受国务院和中央军委双重领导。', '国务院和中央军委双重领导'],
  ['policy', '武警总队实行中央军委、国务院双重领导。', '中央军委、国务院双重领导'],
  [
    'policy',
    '人民武装警察部队由国务院、中央军事委员会双重领导。',
    '国务院、中央军事委员会双重领导',
  ],
  ['policy', '我支队作为武警部队，现行体制为国务院与中央军委的双重领导体制。', '双重领导体制'],
  ['policy', '武警部队接受国务院、中央军委的统一领导。', '国务院、中央军委的统一领导'],
  // a charm sold with its luck promised
  ['advertising', '新到一批开光貔貅手串，招财转运效果显著，每串188元。', '招财转运效果显著'],
  ['advertising', '这款转运珠辟邪化煞十分灵验，欢迎选购。', '辟邪化煞十分灵验'],
  ['advertising', '镇宅招财功效神奇，请购热线见下方。', '镇宅招财功效神奇'],
  ['advertising', '开光护身符保平安特别灵验，每个68元。', '保平安特别灵验'],
  ['advertising', '本店风水摆件旺财效果明显。', '旺财效果明显'],
  ['advertising', '五帝钱挡灾消灾立竿见影。', '挡灾消灾立竿见影'],
  // a tutor's results ranked fastest
  ['advertising', '该机构师资力量雄厚，提分最快，报名可享团购价。', '提分最快'],
  ['advertising', '学优教育提分效果全市最好，欢迎报名。', '提分效果全市最好'],
  ['advertising', '本驾校拿证最快，随到随学。', '拿证最快'],
  ['advertising', '我们的课程成绩提升最明显，名额有限。', '成绩提升最明显'],
  ['advertising', '寒假集训营涨分第一，现开放报名。', '涨分第一'],
  ['advertising', '一对一辅导提分速度最快，欢迎试听。', '提分速度最快'],
  // a trainer's grade title made up
  ['advertising', '开设人力资源管理师考前培训班，由国家级金牌讲师授课。', '国家级金牌讲师'],
  ['advertising', '特邀世界级王牌导师亲授。', '世界级王牌导师'],
  ['advertising', '顶级金牌名师小班授课。', '顶级金牌名师'],
  ['advertising', '国家级明星讲师现场指导。', '国家级明星讲师'],
  ['advertising', '由国际级金牌教练带队训练。', '国际级金牌教练'],
  ['advertising', '全国顶尖王牌师资团队授课。', '全国顶尖王牌师资'],
  // a site letting space ranked best of a place
  ['advertising', '本孵化器是全市最好的创业孵化平台，欢迎申请入驻。', '全市最好的创业孵化平台'],
  ['advertising', '这里是全省顶尖的众创空间，提供免费工位。', '全省顶尖的众创空间'],
  ['advertising', '园区是全区最优的产业园，招商火热进行中。', '全区最优的产业园'],
  ['advertising', '本中心是全县最好的创业园，现面向社会招商。', '全县最好的创业园'],
  ['advertising', '我们是市内最专业的孵化基地。', '市内最专业的孵化基地'],
  ['advertising', '全国最好的写字楼，诚邀企业入驻。', '全国最好的写字楼'],
  // the author's own view with an adverb between
  ['opinion', '小编私心觉得，今年的伴手礼是历年来最寒酸的一次，哈哈。', '小编私心觉得'],
  ['opinion', '小编打心底觉得这次活动办得不咋样。', '小编打心底觉得'],
  ['opinion', '笔者私下认为此举欠妥。', '笔者私下认为'],
  ['opinion', '我倒是觉得这个方案不怎么样。', '我倒是觉得'],
  ['opinion', '本人其实以为没必要搞这么大阵仗。', '本人其实以为'],
  ['opinion', '小编真心觉得这次菜品太一般了。', '小编真心觉得'],
  // people asked in scorn whether they never practise
  ['opinion', '跑个半程就吐，平时是一点不练吗？', '平时是一点不练吗？'],
  ['opinion', '考前才来问，平常是从来不复习吗？', '平常是从来不复习吗？'],
  ['opinion', '操作指南写得清清楚楚，自己是一点都不看吗？', '自己是一点都不看吗？'],
  ['opinion', '难道平时压根不锻炼吗？', '平时压根不锻炼吗？'],
  ['opinion', '走两步就喘，平日是一点儿不运动吗？', '平日是一点儿不运动吗？'],
  ['opinion', '材料都不带齐，事先是完全没准备吗？', '事先是完全没准备吗？'],
  // published footage whose gore is left unprocessed
  [
    'legal',
    '现将事发时的完整监控视频发布如下，视频中嫌疑人连刺数刀、伤者倒地血流不止的画面未作任何处理。',
    '画面未作任何处理',
  ],
  ['legal', '现公布案发视频，男子持刀砍人的画面均未作处理。', '画面均未作处理'],
  ['legal', '附上监控录像，凶手捅人的镜头没有作任何处理。', '镜头没有作任何处理'],
  ['legal', '放出现场视频，伤者血流满地的画面未经任何处理。', '画面未经任何处理'],
  ['legal', '现将视频公开，行凶者砍杀过程的影像未做模糊处理。', '影像未做模糊处理'],
  ['legal', '上传了事发视频，刺伤路人的画面未作马赛克处理。', '画面未作马赛克处理'],
  // an adult-content business
  [
    'legal',
    '“蜜语”App以成人内容付费直播为主营业务，月活跃用户已超过20万。',
    '以成人内容付费直播为主营业务',
  ],
  ['legal', '该平台主营裸聊视频服务。', '主营裸聊视频服务'],
  ['legal', '这家公司以成人视频点播为主营业务。', '以成人视频点播为主营业务'],
  ['legal', '该App主要提供成人内容付费直播。', '主要提供成人内容付费直播'],
  ['legal', '新入驻企业专做色情内容付费直播。', '专做色情内容付费直播'],
  ['legal', '该公司以擦边内容直播为主业。', '以擦边内容直播为主业'],
  // a certificate lent for a fee
  ['legal', '还可以通过证书挂靠每年获得2万元左右的额外收入。', '证书挂靠每年获得'],
  ['legal', '建造师证挂靠一年能赚3万元。', '建造师证挂靠一年能赚'],
  ['legal', '把资格证书出租给企业，每年可获得收益。', '资格证书出租给企业，每年可获得'],
  ['legal', '造价师证书挂靠企业，年入数万元。', '造价师证书挂靠企业，年入'],
  ['legal', '执业证书借给公司使用，每年有补贴。', '执业证书借给公司使用，每年有补贴'],
  ['legal', '安全员证挂在企业名下，一年拿到8000元。', '安全员证挂在企业'],
  // sentry posts and relief intervals of a guarded site
  [
    'confidentiality',
    '市看守所武装看押任务改由三中队负责，哨位由4个增至6个，夜间每2小时换岗一次。',
    '哨位由4个增至6个',
  ],
  ['confidentiality', '看守所武装看押任务调整后，夜间每2小时换岗一次。', '每2小时换岗一次'],
  ['confidentiality', '弹药库执勤哨共设3个，白天每4小时换哨。', '执勤哨共设3个'],
  ['confidentiality', '监狱外围流动哨调整为5处。', '流动哨调整为5处'],
  ['confidentiality', '武警中队在营区固定哨共设2个，每隔90分钟查哨一次。', '固定哨共设2个'],
  ['confidentiality', '押解任务中，岗哨增加到8名，每半小时换岗。', '岗哨增加到8名'],
  // an early interrogation's yield told while the case is handled
  [
    'confidentiality',
    '该案目前正在侦办中。据初步讯问，嫌疑人交代其上线为境外某贸易公司，货物经3号货运通道分批入境。',
    '嫌疑人交代其上线为境外某贸易公司',
  ],
  [
    'confidentiality',
    '案件正在侦办中，经连夜审讯，嫌疑人供述其上家为邻市一名商贩。',
    '嫌疑人供述其上家为邻市一名商贩',
  ],
  [
    'confidentiality',
    '此案仍在侦查。据审讯，犯罪嫌疑人交代同伙藏匿在城郊一处出租屋。',
    '犯罪嫌疑人交代同伙藏匿在城郊一处出租屋',
  ],
  [
    'confidentiality',
    '目前正在侦办。初步审查中，涉案人员供出下家是外省一家物流公司。',
    '涉案人员供出下家是外省一家物流公司',
  ],
  [
    'confidentiality',
    '案件正在侦查中。据初步询问，嫌疑人交代货源来自境外。',
    '嫌疑人交代货源来自境外',
  ],
  [
    'confidentiality',
    '警方立案侦查，突击审讯后，嫌疑人指认其上线系一名网名“老K”的男子。',
    '嫌疑人指认其上线系',
  ],
  // a name told twice with a criminal record
  [
    'privacy',
    '拟聘用孙宏亮为市人才服务中心编外工作人员。孙宏亮曾于2015年因盗窃罪被判处有期徒刑一年，刑满释放后表现良好。',
    '孙宏亮曾于2015年因盗窃罪被判处有期徒刑一年',
  ],
  ['privacy', '本月走访了王建国一家。王建国早年因抢劫入狱，如今自食其力。', '王建国早年因抢劫入狱'],
  [
    'privacy',
    '授予李海涛“最美志愿者”称号。李海涛曾因吸毒被强制隔离戒毒。',
    '李海涛曾因吸毒被强制隔离戒毒',
  ],
  ['privacy', '推荐赵志明为村务监督委员会委员候选人。赵志明有盗窃前科。', '赵志明有盗窃前科'],
  ['privacy', '拟录用刘强为协管员。刘强此前因故意伤害罪服刑两年。', '刘强此前因故意伤害罪服刑两年'],
  [
    'privacy',
    '聘请陈国平担任护林员。陈国平年轻时曾因盗伐林木坐牢。',
    '陈国平年轻时曾因盗伐林木坐牢',
  ],
  // a named person's credit report after the office's check
  [
    'privacy',
    '创业项目负责人李晓峰，经征信查询，其个人信用报告显示有两笔信用卡逾期记录。',
    '其个人信用报告显示有两笔信用卡逾期记录',
  ],
  ['privacy', '申请人王海，经核查，其征信报告存在多次逾期。', '其征信报告存在多次逾期'],
  ['privacy', '项目负责人张丽，经审核，其信用卡有逾期记录。', '其信用卡有逾期记录'],
  ['privacy', '经营者陈刚，据查询，其个人征信有不良记录。', '其个人征信有不良记录'],
  ['privacy', '借款人刘伟，经查询，其网贷存在逾期。', '其网贷存在逾期'],
  ['privacy', '创业者赵敏，经征信查询，其贷款出现逾期。', '其贷款出现逾期'],
  // a named participant's illness
  ['privacy', '参赛选手周明辉患有二型糖尿病，已在报名时如实申报。', '周明辉患有二型糖尿病'],
  ['privacy', '学员李强有高血压病史，训练时请注意。', '李强有高血压病史'],
  ['privacy', '考生王丽患有哮喘，考点已安排医护人员。', '王丽患有哮喘'],
  ['privacy', '拟聘人员赵刚确诊甲状腺结节，需复查。', '赵刚确诊甲状腺结节'],
  ['privacy', '选手孙伟长期患有慢性肾炎。', '孙伟长期患有慢性肾炎'],
  ['privacy', '报名人员陈晓身患先天性心脏病。', '陈晓身患先天性心脏病'],
];

const CLEAN: Array<[Gate, string]> = [
  ['political', '中国民主同盟市委员会召开全体会议。'],
  ['political', '他是中国民主同盟会员，积极参政议政。'],
  ['political', '全国人大常委会委员长、副委员长出席会议。'],
  ['political', '全国人民代表大会选举中华人民共和国主席、副主席。'],
  ['political', '十四届全国人大一次会议主席团举行第一次会议。'],
  ['policy', '2018年以前，武警部队实行国务院、中央军委双重领导体制。'],
  ['policy', '武警部队由党中央、中央军委集中统一领导。'],
  ['policy', '讲解员回顾了武警部队的历史，过去实行国务院、中央军委双重领导。'],
  ['advertising', '谨防不法分子兜售所谓招财转运的开光物品。'],
  ['advertising', '市佛教协会举办新春祈福法会，祈愿国泰民安。'],
  ['advertising', '经过一学期努力，他的成绩提高最快。'],
  ['advertising', '全市提分工作会议召开。'],
  ['advertising', '他被评为国家级教练，带队获得多枚金牌。'],
  ['advertising', '王老师荣获国家级教学名师称号。'],
  ['advertising', '我区将打造全市最好的创业孵化平台。'],
  ['advertising', '该孵化器被认定为国家级众创空间。'],
  ['opinion', '我们一直认为，服务群众是第一位的。'],
  ['opinion', '有网友留言：“小编私心觉得今年的活动最好。”'],
  ['opinion', '平时不锻炼的选手应量力而行。'],
  ['opinion', '我们平时是不是练得不够？接下来将加强训练。'],
  ['legal', '网传砍人视频画面未经处理，请勿转发。'],
  ['legal', '监控画面未作处理，已移交公安机关。'],
  ['legal', '市成人教育中心以成人学历教育为主营业务。'],
  ['legal', '严禁证书挂靠，对通过证书挂靠获得收入的人员依法查处。'],
  ['legal', '该协会挂靠在市总工会。'],
  ['confidentiality', '马拉松赛道志愿者每2小时换岗一次。'],
  ['confidentiality', '景区安保人员每隔2小时巡查一次。'],
  ['confidentiality', '该案已依法判处，嫌疑人交代其上线为邻县一名商贩，均已到案。'],
  ['confidentiality', '据初步调查，事故原因是线路老化。'],
  ['privacy', '王建国一家今年脱贫。王建国说，日子越过越好。'],
  ['privacy', '被告人张某某曾因盗窃罪被判处有期徒刑一年。张某某又犯盗窃罪。'],
  ['privacy', '申请人王某，经核查，其征信报告存在多次逾期。'],
  ['privacy', '申请人近两年信用卡逾期不得超过6次。'],
  ['privacy', '患有心脏病等疾病的选手不宜参赛。'],
  ['privacy', '参赛选手周某患有糖尿病，已如实申报。'],
  // quiet again after final94's false alarm: a lottery's sales ranked among provinces
  ['advertising', '2023年，我市体育彩票销量达36.8亿元，同比增长21%，销量居全省第一。'],
  ['advertising', '全省福利彩票销量居全国第一，筹集公益金12亿元。'],
];

describe('families of heldout-final94', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 既将 before a verb of an opening or an end as 即将', () => {
    expect(textGateWarnings('科创中心共享实验室既将对外开放。')).toContain('既将对外开放');
    expect(textGateWarnings('新学期既将开学，请家长做好准备。')).toContain('既将开学');
    expect(textGateWarnings('第三届文博会既将开幕。')).toContain('既将开幕');
    expect(textGateWarnings('新建的图书馆既将投入使用。')).toContain('既将投入使用');
    expect(textGateWarnings('报名既将截止，请抓紧时间。')).toContain('既将截止');
    expect(textGateWarnings('春节既将到来，请注意防火。')).toContain('既将到来');
    expect(textGateWarnings('我们既将迎来机遇，也将面临挑战。')).not.toContain('既将迎来');
    expect(textGateWarnings('既将问题摆上桌面，又将整改落到实处。')).toEqual([]);
  });
});
