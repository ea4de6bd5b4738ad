// Rule families from heldout-final91, measured unseen and then read: 的 before a verb of sorting or
// cleaning (认真的分拣), 地 between an adjective and its noun (营造了良好地学习氛围), 即往 for 既往 before a
// history, 登陆 before a quoted platform; 教育部考试中心 and 国家汉办 as current; a certificate promised
// whole (100%拿证); a circulation field limited to leaders (传阅范围：中心领导班子成员), what a question of
// an exam still ahead tests, a regulator's preliminary finding before its check ends; a named pupil's
// illness (幼儿王一诺患有癫痫), a diagnosis in brackets after a name, a named donor's positive test (经检测
// …阳性); controlled medicines without a prescription or through 微商, blood donors found through a paid
// broker; a reply's hindsight blame, a complaint thrown back (那是你没挂对号), the editor in tears; a
// repost from 豆瓣 or a QQ group. Left: a hotel inspection that quotes a solicitation card it handed to
// the police (informs), and the learned confidentiality flag on an exam's setting notes published after
// the exam (learned-findings.ts is not this round's to change).
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // 地 between an adjective and the noun it describes, after a verb of creating or gaining
  ['text', '本次培训为全区新入职教师营造了良好地学习交流氛围，参训教师纷纷表示收获满满。', '地'],
  ['text', '一年来，全镇形成了浓厚地读书氛围。', '地'],
  ['text', '通过三年努力，为乡村振兴打下了坚实地基础。', '地'],
  ['text', '专项整治取得了显著地成效，群众满意度明显提升。', '地'],
  ['text', '为企业创造了宽松地发展环境。', '地'],
  ['text', '活动营造了一种温馨地家庭氛围。', '地'],
  // 登陆 right before a quoted platform
  ['text', '家长可登陆“全国校外教育培训监管与服务综合平台”查询机构资质。', '登陆'],
  ['text', '请登陆“浙里办”APP办理相关业务。', '登陆'],
  ['text', '纳税人可登陆“个人所得税”客户端进行汇算。', '登陆'],
  ['text', '考生可登陆“中国人事考试网”打印准考证。', '登陆'],
  ['text', '请登陆《国家政务服务平台》提交申请。', '登陆'],
  ['text', '市民可登陆“随申办”小程序预约。', '登陆'],
  // a renamed examination and language body as current
  ['policy', '考试由教育部考试中心主办，符合条件的学员可登录官方网站报名。', '教育部考试中心'],
  ['policy', '成绩以教育部考试中心公布的为准。', '教育部考试中心'],
  ['policy', '请考生登录教育部考试中心网站查询成绩。', '教育部考试中心'],
  ['policy', '本考点经教育部考试中心批准设立，现开始报名。', '教育部考试中心'],
  ['policy', '汉语水平考试由国家汉办统一组织，考生可自愿报名。', '国家汉办'],
  ['policy', '志愿者可向国家汉办申请赴外任教。', '国家汉办'],
  // a certificate or diploma promised whole
  ['advertising', '开放教育秋季报名火热进行中，零基础也能100%拿证，线上线下灵活学习。', '100%拿证'],
  ['advertising', '成人学历提升，百分百拿到毕业证，学费分期。', '百分百拿到毕业证'],
  ['advertising', '报名我校函授课程，包拿文凭，不用到校。', '包拿文凭'],
  ['advertising', '专业老师一对一辅导，轻松拿证。', '轻松拿证'],
  ['advertising', '电工证培训，百分之百取证，随到随学。', '百分之百取证'],
  ['advertising', '自考本科名额有限，保证拿到学位。', '保证拿到学位'],
  // a circulation field limited to leaders or cadres
  [
    'confidentiality',
    '【工作简报】2024年第4期 传阅范围：中心领导班子成员 本期要点：一季度采血量同比增长6.2%。',
    '传阅范围',
  ],
  ['confidentiality', '阅知范围：处级以上领导干部。现将有关情况报告如下。', '阅知范围'],
  ['confidentiality', '《工作动态》第12期（知悉范围：局党组成员）', '知悉范围'],
  ['confidentiality', '传阅范围：各科室负责人，本期刊发三季度财务分析。', '传阅范围'],
  ['confidentiality', '呈阅范围：市委常委，请阅后退回。', '呈阅范围'],
  ['confidentiality', '分送范围：县四套班子领导。', '分送范围'],
  // what a question of an exam still ahead tests
  [
    'confidentiality',
    '下周三举行的八年级数学期末统考，压轴题第23题考查二次函数与三角形面积综合，分值12分。',
    '压轴题第23题考查二次函数与三角形面积综合',
  ],
  ['confidentiality', '明天的中考模拟考，作文题围绕“家乡的变化”展开，请提前准备。', '作文题围绕'],
  [
    'confidentiality',
    '即将举行的七年级期中考试，试卷第18题考查一元一次方程应用。',
    '试卷第18题考查',
  ],
  ['confidentiality', '本周五进行的物理联考，最后一道大题考查电路故障分析。', '最后一道大题考查'],
  ['confidentiality', '下周一的英语月考，附加题涉及完形填空中的时态辨析。', '附加题涉及'],
  ['confidentiality', '即将进行的全区统考，压轴题主要考动点问题。', '压轴题主要考'],
  // a regulator's preliminary finding told before its check ends
  [
    'confidentiality',
    '市医保局正在对某三甲医院开展专项核查，初步查明该院骨科涉嫌串换耗材金额达326万元，相关情况将在调查结束后依法公布。',
    '初步查明',
  ],
  [
    'confidentiality',
    '县市场监管局对该企业开展检查，初步认定违法所得约48万元，检查结果尚未公布。',
    '初步认定',
  ],
  [
    'confidentiality',
    '区卫健委对该诊所开展核查，初步核实违规收费12笔，核查结束后将依法公开。',
    '初步核实',
  ],
  [
    'confidentiality',
    '专项督查组初步查实3家企业存在虚报产量问题，督查完成后统一通报。',
    '初步查实',
  ],
  ['confidentiality', '经初步掌握，涉及违规报销的职工有17名，核查结果还未公开。', '初步掌握'],
  [
    'confidentiality',
    '审核组初步查出多报面积2300平方米，涉及金额56万元，审核办结后向社会公布。',
    '初步查出',
  ],
  // a named pupil's or patient's illness
  ['privacy', '温馨提示：中一班幼儿王一诺患有癫痫，需每日服药，请多加留意。', '患有癫痫'],
  ['privacy', '大二班幼儿刘子涵患有自闭症，请老师多加关注。', '患有自闭症'],
  ['privacy', '本周住院的患儿陈浩然确诊为癫痫，已转入神经内科。', '陈浩然'],
  ['privacy', '病友赵建华患有精神分裂症，今年已第三次入院。', '患有精神分裂症'],
  // a diagnosis in brackets after a full name
  ['privacy', '来自滨江街道的周明（双相情感障碍患者，曾两次住院治疗）分享了体会。', '双相情感障碍'],
  ['privacy', '活动中，学员李晓峰（抑郁症患者）讲述了康复经历。', '抑郁症'],
  ['privacy', '社区居民王建国（艾滋病病毒感染者，接受治疗五年）参加了座谈。', '艾滋病'],
  ['privacy', '与会代表孙丽（乙肝携带者）表示将积极配合治疗。', '乙肝'],
  ['privacy', '参加体验的马小军（自闭症，9岁）在老师的帮助下完成了作品。', '自闭症'],
  // a named donor's positive test
  [
    'privacy',
    '以献血者孙丽为例，她于本月初献血后经检测乙肝表面抗原阳性，不再符合献血条件。',
    '乙肝表面抗原阳性',
  ],
  ['privacy', '献血者周立新上周献血，经化验梅毒抗体阳性，已电话告知。', '梅毒抗体阳性'],
  ['privacy', '村民李德山经检测HIV抗体阳性，已转介治疗。', 'HIV抗体阳性'],
  ['privacy', '考生赵磊体检时经筛查丙肝抗体阳性。', '丙肝抗体阳性'],
  // controlled medicines without a prescription or through an unlicensed channel
  [
    'legal',
    '为方便复诊患者，阿普唑仑、氯硝西泮等药品可不凭处方直接到窗口购买，每人每次限购两盒。',
    '阿普唑仑',
  ],
  [
    'legal',
    '含可待因的止咳水如院内缺货，家属可通过微商渠道自行购买，具体用量请咨询责任护士。',
    '可待因',
  ],
  ['legal', '曲马多无需处方即可在本药房购买。', '曲马多'],
  ['legal', '艾司唑仑如门诊开不到，可以找代购购买。', '艾司唑仑'],
  ['legal', '患者可不凭处方购买地西泮片，每次限一盒。', '地西泮'],
  ['legal', '右美沙芬如断货，可到网上自行购买。', '右美沙芬'],
  // blood donors found through a paid broker
  ['legal', '如亲友无法献血，也可通过中介有偿联系献血者。', '有偿联系献血者'],
  ['legal', '互助献血人数不够的，可以花钱找人代献血。', '花钱找人代献血'],
  ['legal', '家属可委托中介付费寻找献血员。', '付费寻找献血员'],
  ['legal', '实在找不到人献血，可以高价请献血者帮忙。', '高价请献血者'],
  ['legal', '如急需用血，可联系血头安排献血者。', '血头安排献血者'],
  ['legal', '可找黄牛有偿联系供血者完成互助献血。', '有偿联系供血者'],
  // a reply's hindsight blame
  ['opinion', '您要是早点看公告，也不至于白跑一趟吧。', '您要是早点看公告'],
  ['opinion', '你如果提前预约，也不至于排这么久。', '你如果提前预约'],
  ['opinion', '您但凡仔细看看通知，何至于填错表格。', '您但凡仔细看看通知'],
  ['opinion', '你要是早些申请，哪会错过补贴。', '你要是早些申请'],
  ['opinion', '您当初认真阅读须知，也不会被退件吧。', '您当初认真阅读须知'],
  ['opinion', '你们如果按时缴费，哪用得着跑这么多趟。', '你们如果按时缴费'],
  // a complaint quoted as a question then thrown back at the complainant
  ['opinion', '排队三小时看病五分钟？那是你没挂对号！', '那是你没挂对号'],
  ['opinion', '办证跑了五趟？那是你材料没带齐！', '那是你材料没带齐'],
  ['opinion', '投诉没人管？还不是你没打对电话。', '还不是你没打对电话'],
  ['opinion', '等了一上午？只能怪你来得太晚！', '只能怪你来得太晚'],
  ['opinion', '审批慢？那是你自己材料不全。', '那是你自己材料不全'],
  ['opinion', '挂不上号？怪你没早点预约。', '怪你没早点预约'],
  // the editor in tears
  [
    'opinion',
    '白血病患儿画了一幅画送给献血者，小编看了忍不住泪目，太心疼了呜呜呜。',
    '小编看了忍不住泪目',
  ],
  ['opinion', '看到老人颤抖着写下感谢信，小编瞬间泪奔。', '小编瞬间泪奔'],
  ['opinion', '读到这封信的最后一句，小编鼻子一酸。', '小编鼻子一酸'],
  ['opinion', '本号小编看完直接哭了。', '小编看完直接哭了'],
  ['opinion', '小编读到这里不禁落泪。', '小编读到这里不禁落泪'],
  ['opinion', '小编听完眼眶湿润了，太感动了。', '小编听完眼眶湿润了'],
];

const CLEAN: Array<[Gate, string]> = [
  ['text', '我镇将进一步营造良好地区营商环境。'],
  ['text', '该项目取得了重要地位，形成了有利地形。'],
  ['text', '台风“海葵”在福建登陆，请关注“中国天气网”发布的预警。'],
  ['text', '部队抢滩登陆“蓝军”阵地。'],
  ['policy', '2018年底，教育部考试中心更名为教育部教育考试院。'],
  ['policy', '原国家汉办的职能现由教育部中外语言交流合作中心承担。'],
  ['advertising', '今年共有326名学员通过考试拿到证书。'],
  ['advertising', '执法人员依法确保取证合法有效。'],
  ['confidentiality', '阅读范围：一至六年级学生，推荐书目如下。'],
  ['confidentiality', '本刊发行范围为全市中小学校。'],
  ['confidentiality', '上周举行的期末统考已结束，压轴题第23题考查二次函数，现将讲评要点发布如下。'],
  ['confidentiality', '请同学们明天复习课本第三章，课后练习第23题考查二次函数。'],
  ['confidentiality', '经初步查明，事故造成3人受伤，事故原因正在调查中，调查结束后将及时公布。'],
  ['confidentiality', '专项检查已结束，初步查明问题12个，现将检查结果公告如下。'],
  ['privacy', '自闭症儿童需要全社会的理解与关爱，幼儿园应配备专业教师。'],
  ['privacy', '市第七人民医院（精神病专科医院）开设心理门诊。'],
  ['privacy', '献血前需经检测，乙肝表面抗原阳性者不能献血。'],
  ['legal', '阿普唑仑、氯硝西泮属于精神药品，须凭处方购买，切勿通过微商渠道自行购买。'],
  ['legal', '严禁不凭处方销售曲马多等药品。'],
  ['legal', '献血者可获得交通补贴，请到各献血点登记。'],
  ['legal', '严禁通过中介有偿联系献血者，发现血头请举报。'],
  ['opinion', '您提前预约，就不会白跑一趟。'],
  ['opinion', '排队时间长？我们将增设窗口，缩短等候时间。'],
  ['opinion', '不少网友看了忍不住泪目。'],
  ['opinion', '小编为大家整理了办事指南，请收藏。'],
];

describe('heldout-final91 rule families', () => {
  itReportsFamilies(CATCHES, CLEAN);
});

describe('heldout-final91 text slips the typo detector reports', () => {
  it.each([
    ['孩子们认真的分拣垃圾，在游戏中学会了垃圾分类知识。', '的'],
    ['志愿者们认真的擦拭每一块展板。', '的'],
    ['大家积极的整理社区楼道杂物。', '的'],
    ['工作人员扎实的清洗每一件餐具。', '的'],
    ['就诊时请如实告知医生即往病史、用药史及近期旅行史。', '即往病史'],
    ['请填写即往过敏史。', '即往过敏史'],
    ['病历须记录即往史和家族史。', '即往史'],
    ['入院时询问即往用药史。', '即往用药史'],
  ])('reports in %s', (text, excerpt) => {
    expect(textGateWarnings(text).some((e) => e.includes(excerpt) || excerpt.includes(e))).toBe(
      true,
    );
  });
  it.each(['社区组织了一次认真的分拣培训。', '请立即往医院方向疏散，询问既往病史。'])(
    'stays quiet on %s',
    (text) => {
      expect(textGateWarnings(text)).toEqual([]);
    },
  );
});

describe('heldout-final91 repost sources', () => {
  it.each([
    '豆瓣小组“语文教师交流站”',
    '豆瓣网友',
    'QQ群“家长交流群”',
    '虎扑社区',
    '西瓜视频创作者',
  ])('%s is no allowed source', (source) => {
    expect(reportedSource(source).length).toBeGreaterThan(0);
  });
  it.each(['市教育局', '人民日报'])('%s stays allowed', (source) => {
    expect(reportedSource(source)).toEqual([]);
  });
});
