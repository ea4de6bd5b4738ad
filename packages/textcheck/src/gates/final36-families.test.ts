// Rule families of the heldout-final36 round, each with wordings other than the set's: the citizen
// told to stop writing in (您别在这留言了，找谁都没用); a promo code or a pay-in discount (输入优惠码ZWFW
// 立减50元); a beating allowed and its harm waved away (可以先动手教训一顿，打伤了也不用负责); poppy parts
// taken as a home remedy (用罂粟壳煮水服用来止泻); lottery sold online (通过“速彩通”APP在线购买竞彩足球);
// an informer named with where they live (举报人周建华（住…）); a worker named with a stigmatised
// diagnosis (职工王立新（工号0327）检出乙肝病毒携带); a flat down to the door before its resident
// (民生路88号4栋302房居民韦某某); Hong Kong, Macao and Taiwan people counted among foreigners (港澳台等
// 外籍选手); a military site told as a sight (可清晰看到山下某部导弹营区); parents' names posted for an
// unfinished quiz (未完成的家长名单将在班级群内通报); a childbearing status required of applicants
// (女性需已婚已育) — and the near misses that stay quiet: a place where a policy idea was first put
// forward (“精准扶贫”重要理念首倡地), a superseded term told replaced (居住证制度取代了暂住证制度), porn
// named in anti-porn publicity (扫黄打非·护苗), a vote the post calls voluntary (learned flag), and
// the lawful siblings of each family.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { createClassifier } from '../classifier/classify.ts';
import type { ClassifierModel } from '../classifier/model.ts';
import type { Gate } from '../finding.ts';
import { learnedFindings } from './learned-findings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a flat down to the door with its household unnamed points at one family
  ['privacy', '金泰小区10栋704房租户，使用花线电源插座给电瓶车充电引起火灾', '金泰小区10栋704房'],
  // the citizen told to stop writing in, or that asking is no use
  [
    'opinion',
    '网友留言：我们村的路灯坏了三个月了，反映多次都没人修。\n回复：这事不归我们管，路灯是供电公司的，您别在这留言了，找谁都没用。',
    '您别在这留言了，找谁都没用',
  ],
  ['opinion', '回复：路灯归供电所，请不要往这里发了。', '不要往这里发了'],
  ['opinion', '回复：这个问题您反映了也白搭，政策就是这样。', '您反映了也白搭'],
  ['opinion', '回复：你找哪个部门都不好使，等通知吧。', '你找哪个部门都不好使'],
  ['opinion', '回复：别在平台上投诉了，你投诉到哪儿都一样没用。', '别在平台上投诉了'],
  ['opinion', '回复：别再来电了，您问谁都没用。', '您问谁都没用'],
  // a promo code or a pay-in discount
  [
    'advertising',
    '【便民服务】即日起，通过“掌上醴陵”APP缴纳水费，输入优惠码ZWFW立减50元，活动名额有限，先到先得。',
    '输入优惠码ZWFW立减50元',
  ],
  ['advertising', '下单时填写折扣码“XIAOYUAN”可享8折优惠', '填写折扣码“XIAOYUAN”可享8折'],
  ['advertising', '结算时输入口令“夏日清凉”直降20元', '输入口令“夏日清凉”直降20元'],
  ['advertising', '优惠码：GOV666，购票首单减30元', '优惠码：GOV666，购票首单减30'],
  ['advertising', '本月通过云缴费平台缴纳燃气费立减5元', '缴纳燃气费立减5元'],
  // a beating allowed and its harm waved away
  [
    'legal',
    '【防盗提醒】另外，大家以后抓到小偷可以先动手教训一顿，打伤了也不用负责，让这些人长长记性。',
    '可以先动手教训一顿',
  ],
  ['legal', '抓到偷电瓶的，大家尽管把他狠狠揍一顿再报警', '尽管把他狠狠揍一顿'],
  ['legal', '遇到这种贼，打残了也不用承担责任，村里都支持', '打残了也不用承担责任'],
  ['legal', '对这种偷鸡摸狗的人，打了也不犯法', '打了也不犯法'],
  ['legal', '抓住小偷可以先收拾一顿，出了事我们担着', '可以先收拾一顿'],
  // poppy parts taken as a home remedy
  [
    'legal',
    '村里不少老人习惯用罂粟壳煮水服用来止泻，效果明显，家中有存货的可以应急使用。',
    '罂粟壳煮水服用来止泻',
  ],
  ['legal', '咳嗽老不好的，可以用罂粟壳泡水喝，一两天就见效', '咳嗽老不好的，可以用罂粟壳'],
  ['legal', '拉肚子时嚼几粒大烟籽，比吃药还管用', '拉肚子时嚼几粒大烟籽'],
  ['legal', '老辈人的土方：米壳熬汤止痛，屡试不爽', '米壳熬汤止痛'],
  // lottery sold online
  [
    'legal',
    '欧洲杯来了！熬夜看球的你，别忘了可以通过“速彩通”APP在线购买竞彩足球。温馨提示：理性购彩，量力而行。',
    '在线购买竞彩',
  ],
  ['legal', '不用跑彩票店，手机上就能买双色球，中奖自动到账', '手机上就能买'],
  ['legal', '世界杯期间，足彩可通过“球彩宝”小程序下单', '足彩可通过“球彩宝”小程序下单'],
  ['legal', '大乐透奖池超10亿，网上购买更方便', '大乐透奖池超10亿，网上购买'],
  // an informer named, with where they live or before their report
  [
    'privacy',
    '经举报人周建华（住城东街道幸福里小区）实名举报，区市场监管局对一家小作坊进行了突击检查。',
    '举报人周建华',
  ],
  ['privacy', '举报人李红梅家住锦绣花园，反映楼下餐馆油烟扰民', '举报人李红梅'],
  ['privacy', '村民王建国实名举报村干部优亲厚友，经查属实', '村民王建国实名举报'],
  ['privacy', '根据群众刘志强向我局举报的线索，执法人员当即出动', '群众刘志强向我局举报'],
  // a worker named with a stigmatised diagnosis
  [
    'privacy',
    '其中，职工王立新（工号0327）检出乙肝病毒携带，请其本人尽快到专科复查。',
    '职工王立新（工号0327）检出乙肝',
  ],
  ['privacy', '体检中，教师李红梅被诊断为肺结核，已居家治疗', '教师李红梅被诊断为肺结核'],
  ['privacy', '本次筛查发现梅毒阳性者为员工张志强，已通知本人', '梅毒阳性者为员工张志强'],
  ['privacy', '保安赵国庆确诊为精神分裂症，暂停上岗', '保安赵国庆确诊为精神分裂'],
  // a flat down to the door before its resident
  [
    'privacy',
    '经多方比对，确认其为南宁市兴宁区民生路88号4栋302房居民韦某某，现已联系家属接回。',
    '民生路88号4栋302房',
  ],
  ['privacy', '走失老人系人民路16号2栋501室住户刘某', '人民路16号2栋501室'],
  ['privacy', '经查，起火房屋为幸福花园3栋1单元702室业主陈建华，已疏散', '幸福花园3栋1单元702室'],
  ['privacy', '求助人为解放大道128号5座1203室的租户王某某', '解放大道128号5座1203室'],
  // Hong Kong, Macao and Taiwan people counted among foreigners
  [
    'political',
    '内地选手请使用居民身份证报名，港澳台等外籍选手请持护照或有效通行证件报名。',
    '港澳台等外籍选手',
  ],
  ['political', '香港、澳门、台湾等外国运动员可申请外卡', '台湾等外国'],
  ['political', '外籍选手（含港澳台地区）须另行提交健康证明', '外籍选手（含港澳台'],
  ['political', '港澳台考生视为外籍考生，单独划线', '港澳台考生视为外籍'],
  ['political', '欢迎台湾同胞等外籍友人来我市投资兴业', '台湾同胞等外籍'],
  // a military site told as a sight
  [
    'confidentiality',
    '从平台向东望去，可清晰看到山下某部导弹营区和雷达阵地全貌，不少摄影爱好者专程带着长焦镜头来此拍摄。',
    '看到山下某部导弹营区',
  ],
  ['confidentiality', '站在山顶可俯瞰整个军用机场，起降的战机清晰可见', '俯瞰整个军用机场'],
  ['confidentiality', '用长焦镜头能拍到对面部队营房，是摄影打卡点', '拍到对面部队营房'],
  ['confidentiality', '观景台上，山下的雷达站尽收眼底', '雷达站尽收眼底'],
  // parents' names posted for an unfinished quiz
  [
    'coercion',
    '请各位家长督促孩子登录“安全教育平台”完成学习和答题，周五前未完成的家长名单将在班级群内通报。',
    '未完成的家长名单将在班级群内通报',
  ],
  ['coercion', '本周防溺水专题答题，截至周日仍未完成的，将在家长群公布名单', '仍未完成的'],
  [
    'coercion',
    '请同学们在线学习禁毒课程，未完成的同学将在班会上点名',
    '未完成的同学将在班会上点名',
  ],
  ['coercion', '观看直播后填写问卷，没做完的班级将在全校曝光', '没做完的班级将在全校曝光'],
  // a childbearing status required of applicants
  [
    'political',
    '县政务服务中心现面向社会公开招聘窗口服务人员8名。招聘条件：（4）女性需已婚已育；',
    '女性需已婚已育',
  ],
  ['political', '某公司招聘文员2名，限已婚已育女性，月薪4000元', '限已婚已育'],
  ['political', '招聘岗位：会计1名，已婚已育者优先', '已婚已育者优先'],
  ['political', '招聘前台，应聘者须已生育，年龄35岁以下', '应聘者须已生育'],
  ['political', '招聘销售专员，入职须承诺三年内不生育', '承诺三年内不生育'],
  // a superseded term used as current still warns
  ['policy', '外来务工人员请及时到派出所办理暂住证', '暂住证'],
  ['policy', '今年我县将继续深入实施精准扶贫，确保帮扶对象稳定增收', '精准扶贫'],
];

// [gate, text that must get no block or warn finding of the gate]
const CLEAN: Array<[Gate, string]> = [
  // cold replies: the office's own channel told, a citizen's complaint
  ['opinion', '回复：您反映的路灯问题属供电公司管理，请拨打95598报修，我们也已转交。'],
  ['opinion', '网上留言不能代替报警，遇紧急情况请拨打110'],
  ['opinion', '反正投诉也没有用，但是我还是要投诉'],
  ['opinion', '学生家长告到哪里都没有用，请领导重视'],
  // promo codes: a verification code, a public venue's concession, a voucher
  ['advertising', '输入验证码后即可查询缴费记录'],
  ['advertising', '通过APP缴纳水费，无需跑腿，足不出户即可办理'],
  ['advertising', '警惕“输入优惠码立减”的诈骗短信，切勿点击陌生链接'],
  // beatings: a warning against them, a question, a report
  ['legal', '抓到小偷切勿私自殴打，打伤了要承担法律责任'],
  ['legal', '抓小偷时打伤了小偷也不用负责吗？律师这样说'],
  ['legal', '可以打一通电话咨询，工作人员会耐心解答'],
  ['legal', '两名男子将小偷殴打致伤，被依法行政拘留'],
  // poppy: a lesson that it is illegal, a seizure, corn husks
  ['legal', '有人用罂粟壳煮水止泻，这种做法违法且易成瘾，切勿尝试'],
  ['legal', '民警在其家中查获罂粟壳2公斤，当事人称用来煮水'],
  ['legal', '用玉米壳煮水喝可以利尿，是农村常见的土方'],
  // lottery: buying at an outlet, a ban, a scam warning
  ['legal', '购买体育彩票请到正规实体销售网点'],
  ['legal', '财政部提醒：任何单位不得通过互联网销售彩票，切勿网上购买彩票'],
  ['legal', '福利彩票销售网点地址可在网上查询'],
  // informers: unnamed, named with 某, a reward
  ['privacy', '经群众实名举报，执法人员对该作坊进行了检查'],
  ['privacy', '举报人李某反映的情况属实，我局将依规给予奖励'],
  ['privacy', '市民王先生向我局举报，称小区内有人私搭乱建'],
  // diagnoses: unnamed, a hero, a 某
  ['privacy', '本次体检检出乙肝病毒携带者3人，已通知本人复查'],
  ['privacy', '职工体检中检出乙肝病毒携带者的，请其本人尽快到专科复查'],
  ['privacy', '教师李芳身患癌症仍坚守讲台，感动了全校师生'],
  // flats: an office's address, a homeowners' committee (an unnamed tenant's door, once kept quiet
  // here, is reported since the forty-third session, as every labelled set reads it: CATCHES)
  ['privacy', '办公地点：人民路16号2栋501室，咨询电话0771-5862110'],
  ['privacy', '幸福花园3栋1单元702室业主委员会办公室，欢迎来访'],
  // HMT: listed apart, 境外, regions
  ['political', '港澳台及外籍选手请持护照或有效通行证件报名'],
  ['political', '港澳台等境外选手请持有效通行证件报名'],
  ['political', '来自香港、澳门、台湾地区和外国的选手共300人参赛'],
  ['political', '外籍选手和港澳台选手分别在不同窗口领取参赛包'],
  // military sites: a ban, a secrecy lesson, a memorial, a weather radar
  ['confidentiality', '严禁在高处俯瞰、拍摄军事设施，违者将依法处理'],
  ['confidentiality', '【保密宣传】不随意拍摄、发布军事设施照片，发现线索请拨打12339。'],
  ['confidentiality', '登上山顶，可以看到当年的炮兵阵地遗址'],
  ['confidentiality', '从山顶可以看到气象雷达站，这里负责全市天气预报'],
  ['confidentiality', '可以看到我们的宣传阵地已经覆盖全部村组'],
  // quizzes: no interaction, voluntary
  ['coercion', '未完成整改的企业将在全市通报'],
  ['coercion', '本次答题活动自愿参与，未完成的同学不受影响，不作通报'],
  // childbearing: not hiring, a rule against it, a subsidy
  ['political', '招聘单位不得要求女性应聘者已婚已育，违者将依法查处'],
  ['political', '申请育儿补贴的家庭需已生育三孩'],
  ['political', '招聘岗位：会计1名，要求已婚，年龄不限'],
  // superseded wording: history, told replaced
  [
    'policy',
    '湖南省湘西土家族苗族自治州花垣县十八洞村，是“精准扶贫”重要理念首倡地。近年来，十八洞村发展猕猴桃种植和乡村旅游。',
  ],
  ['policy', '十八洞村是精准扶贫思想的发源地，也是乡村振兴的样板'],
  [
    'policy',
    '2016年1月1日起，《居住证暂行条例》正式施行，居住证制度在全国范围内取代了暂住证制度。目前，可以申领居住证。',
  ],
  ['policy', '我省以居住证代替暂住证，持证人可享受基本公共服务。暂住证不再办理。'],
  ['policy', '暂住证制度被居住证制度取代后，流动人口可以享受更多公共服务'],
  ['policy', '暂住证统一改为居住证，原暂住证持有人请及时换领'],
  // porn named in anti-porn publicity
  [
    'legal',
    '【扫黄打非·护苗】部分网络游戏、短视频平台存在低俗色情、血腥暴力等有害信息，可开启“青少年模式”进行防护。发现淫秽色情、侵权盗版等有害信息，可通过全国“扫黄打非”网举报。',
  ],
  ['legal', '“净网”行动中，我市清理网络淫秽色情信息1200余条'],
  ['legal', '家长要帮助孩子抵制色情低俗内容，发现可拨打12390举报'],
  ['legal', '清朗行动：重点整治色情低俗、网络暴力等突出问题'],
];

describe('heldout-final36 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  // Porn offered stays reported next to unrelated numbers (an ICP licence holding 12377).
  itReportsFamilies([['legal', '色情视频免费看，点击下载。辽ICP备06012377号', '色情']], []);

  // A vote the post calls voluntary is no coercion: the learned flag informs; a sanction in its
  // sentence keeps the warn.
  const model: ClassifierModel = {
    provenance: 'test',
    gates: ['coercion'],
    ngram: { min: 2, max: 2 },
    bias: [-1],
    thresholds: [0],
    weights: { 投票: [5], 每天: [1] },
  };
  const classifier = createClassifier(model);
  const severities = (text: string) =>
    learnedFindings(classifier, model, text, ['coercion'], []).map((f) => f.severity);
  it.each([
    '市民可关注“株洲文旅”公众号参与投票，每个微信号每天可投1票。本次投票由市民自愿参与。',
    '关注公众号即可参与投票，每人每天限投3票。投票不作强制要求。',
    '扫码参与“最美村医”投票。本活动不纳入考核，欢迎参与。',
  ])('a voluntary vote only informs: %s', (text) => {
    expect(severities(text)).not.toContain('warn');
  });
  it.each([
    '各单位职工必须关注公众号参与投票，投票情况纳入考核。本次投票自愿参与。',
    '市民可关注公众号参与投票，每个微信号每天可投1票。',
  ])('a vote compelled or not called voluntary still warns: %s', (text) => {
    expect(severities(text)).toContain('warn');
  });
});
