// Rule families from heldout-final141 (confidentiality): exam content told while sessions or the
// paper remain ahead (an interview question, an answer key by letters, an essay topic), review experts
// named before the review, an escort's hour and roads, a patrol's start and round, a surprise check's
// fixed hours, a flying inspection's day and targets, a probe planned against a party already found, a
// draft price before its hearing, a deal's price agreed only in intent, complaints about a named
// official, a discipline case's first findings and the reviewed official's home and family, a document
// number noted 不公开, a back office's address with its password, guard devices off with the exhibits
// left or one watcher. Quiet: the same after the fact, rules and lessons (a marking explained), counts
// with no names, public hearing notices, announced results.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // exam content
  [
    'confidentiality',
    '遴选面试分两天进行，全部场次使用同一套题本。首日第二题为“如果群众在窗口大声吵闹你怎么处理”。',
    '第二题为',
  ],
  [
    'confidentiality',
    '面试于5月20日至21日进行。第一题为“谈谈你对基层减负的理解”，请尚未面试的考生做好准备。',
    '第一题为',
  ],
  [
    'confidentiality',
    '七年级期末英语考试将于下周二举行，现将单选题答案提前公布：单选题答案为B、D、A、C、C、B。',
    'B、D、A、C、C、B',
  ],
  ['confidentiality', '明天月考，多选题答案依次为ABDCA，请老师们备课。', 'ABDCA'],
  [
    'confidentiality',
    '九年级联考定于3月5日举行，作文题目是以“成长的足迹”为话题的记叙文，请同学们提前构思。',
    '作文题目是以',
  ],
  ['confidentiality', '期中考试将于11月8日举行，语文作文题为以“坚持”为题的议论文。', '作文题为以'],
  // review experts
  [
    'confidentiality',
    '采购项目定于9月3日评审。本项目评标专家名单为：市审计局退休干部黄某军、市一中教师陈某、市妇幼保健院主任李某红。',
    '黄某军',
  ],
  [
    'confidentiality',
    '该工程将于下周二开标，评标委员会成员分别为：王建国、刘某芳、县交通局工程师赵某。',
    '王建国',
  ],
  // escorts, patrols, checks
  [
    'confidentiality',
    '押送车辆定于14时出发，途经滨江大道、环城北路，约15时30分到达监狱。',
    '途经滨江大道',
  ],
  [
    'confidentiality',
    '明日押解车队将于早上7点出发，沿京港澳高速北行，上午10时左右抵达。',
    '沿京港澳高速',
  ],
  [
    'confidentiality',
    '3月2日下午2时，执法中队将从人民广场出发，依次巡查解放路、步行街、汽车站一带。',
    '依次巡查',
  ],
  [
    'confidentiality',
    '周五晚上8点，稽查队计划从城南市场出发，先后检查夜市、烧烤街和KTV集中区。',
    '先后检查',
  ],
  [
    'confidentiality',
    '我局将开展夜间突击检查，检查时间固定在每周五晚10点至12点，对象为城东三家砂场。',
    '固定在每周五',
  ],
  [
    'confidentiality',
    '为打击偷排，暗查时段定为每晚零时至3时，重点盯住工业园两家印染厂。',
    '定为每晚',
  ],
  ['confidentiality', '市场监管总局飞检组将于下周进驻，重点检查城西三家药店和康宁诊所。', '飞检组'],
  ['confidentiality', '暗访组定于本月20日到我县，重点核查南环路两家加油站。', '暗访组'],
  [
    'confidentiality',
    '我局已掌握某商贸公司涉嫌虚开发票线索，计划下周对该公司开展稽查。',
    '对该公司开展稽查',
  ],
  [
    'confidentiality',
    '通过数据比对，已锁定网红“阿琪”涉嫌少报收入，拟于下月对其立案检查。',
    '对其立案检查',
  ],
  // drafts and deals
  [
    'confidentiality',
    '据初步测算，拟把出租车起步价由8元上调至10元，该方案尚未上会研究。',
    '由8元上调至10元',
  ],
  [
    'confidentiality',
    '经测算，拟将管道天然气价格由每立方米2.6元调整为2.95元，尚未召开听证会。',
    '2.95元',
  ],
  [
    'confidentiality',
    '公司已与某新能源企业基本达成并购意向，收购对价初定为12亿元，协议尚未签署。',
    '12亿元',
  ],
  ['confidentiality', '双方原则上达成股权转让框架，转让价格暂定为每股6.2元。', '6.2元'],
  // cases and complaints
  [
    'confidentiality',
    '巡察期间，收到反映该镇党委书记王某某违规插手土地流转的举报信件7件，正在分析研判。',
    '举报信件7件',
  ],
  ['confidentiality', '其中举报某局副局长李明辉违规发放津贴的来信5封。', '来信5封'],
  [
    'confidentiality',
    '某区原区长陈某某正接受纪律审查和监察调查。经初步核实，陈某某收受他人现金共计180万元。',
    '收受他人现金',
  ],
  ['confidentiality', '正接受审查调查。据初步掌握，其名下两处房产登记在其弟弟名下。', '房产'],
  [
    'confidentiality',
    '刘某某涉嫌严重违纪违法，正接受纪律审查。刘某某家住城南锦绣苑6栋，其女在市一中就读。',
    '锦绣苑6栋',
  ],
  [
    'confidentiality',
    '赵某某目前正接受监察调查，其妻现在县医院药剂科工作。',
    '其妻现在县医院药剂科工作',
  ],
  // documents, systems, sites
  [
    'confidentiality',
    '根据局务会议纪要（鄞局纪〔2025〕第17号，不予公开）要求，各科室要做好准备。',
    '不予公开',
  ],
  ['confidentiality', '按照县委办通知（县委办〔2026〕8号，内部文件）部署开展排查。', '内部文件'],
  [
    'confidentiality',
    '系统管理后台地址为 http://192.168.1.20/manage ，各单位密码统一为Abc2026。',
    'Abc2026',
  ],
  ['confidentiality', '初始口令均为Qw123456，后台登录入口为10.2.3.4:8080/login。', 'Qw123456'],
  ['confidentiality', '改造期间，库区周界报警暂停使用，夜间仅一名保安值守。', '周界报警暂停使用'],
  [
    'confidentiality',
    '因线路检修，珍宝馆门禁及红外探测停用三天，馆内藏品照常存放。',
    '红外探测停用',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  [
    'confidentiality',
    '【保密常识】涉密文件封面标注的“秘密★5年”是国家秘密标志，表明其密级和保密期限。',
  ],
  ['confidentiality', '国家秘密的密级分为绝密、机密、秘密三级，涉密文件须按密级管理。'],
  ['confidentiality', '本次面试已于5月21日结束，第一题为“谈谈你对基层减负的理解”，现作解析。'],
  ['confidentiality', '期中考试已于11月8日结束，现公布参考答案：单选题答案为B、D、A、C、C、B。'],
  ['confidentiality', '作文比赛将于下周举行，题目是以“成长”为话题的记叙文，欢迎投稿。'],
  ['confidentiality', '评审专家从省综合评标专家库中随机抽取，评审结果将于评审结束后公示。'],
  ['confidentiality', '中标结果公告：本项目评审专家为：黄某军、陈某、李某红，中标人为华晟建设。'],
  ['confidentiality', '昨日押解车队于8时30分出发，经绕城高速安全抵达省第二监狱。'],
  ['confidentiality', '押解全程实行武装押运、GPS定位，确保万无一失。'],
  [
    'confidentiality',
    '3月2日下午，执法中队从人民广场出发，依次巡查解放路、步行街，共劝导占道商户12家。',
  ],
  ['confidentiality', '政务大厅窗口服务时间固定为每周一至周五上午9时至12时。'],
  ['confidentiality', '国家医保局飞行检查组于去年进驻我市，检查发现问题已整改完毕。'],
  ['confidentiality', '对涉嫌隐匿收入的主播，税务机关将依法对其立案检查。'],
  [
    'confidentiality',
    '关于召开居民用水价格听证会的公告：听证会定于12月20日召开，听证方案拟将第一阶梯水价由2.95元调整为3.85元。',
  ],
  ['confidentiality', '双方就收购价格每股3.8元达成一致并签署协议。'],
  ['confidentiality', '双方已就用地价格和配套条件达成初步共识。'],
  ['confidentiality', '巡察期间共收到群众来信来电38件，已按程序转交有关部门办理。'],
  ['confidentiality', '某局原副局长周某涉嫌严重违纪违法，目前正接受县纪委监委纪律审查和监察调查。'],
  [
    'confidentiality',
    '经查，陈某某违规收受他人现金，给予其开除党籍处分，涉嫌犯罪问题移送检察机关。',
  ],
  ['confidentiality', '根据县政府办公室通知（县政办发〔2025〕12号）精神，做好排查工作。'],
  ['confidentiality', '新用户初始密码为123456，登录后请及时修改。'],
  ['confidentiality', '政务服务网登录地址为https://www.zwfw.gov.cn，用户名为本人手机号。'],
  ['confidentiality', '监控系统升级期间，我馆增派安保人员24小时值守，文物已全部入库。'],
  ['confidentiality', '因设备检修，二楼展厅暂停开放，请观众合理安排参观时间。'],
];

describe('families of heldout-final141 (confidentiality round)', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
