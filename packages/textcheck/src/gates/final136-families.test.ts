// Rule families from heldout-final136 (confidentiality): poisons, radioactive sources, main valves and
// cipher equipment located; prisoners' transfers, a leader's route and recruits' trains told ahead;
// management addresses, remote ports and open holes; arrests to be executed, night sweeps and
// undercover checks with their targets, inspection ratios, fixed sampling times, plain police cars and
// named suspicious-transaction reports; plans unpublished or awaiting approval told by content, draft
// figures before their release, internal press lines, named firms' distress from a meeting; an
// official's home, a shelter's door, a leader's illness, an informant's name and home, survey
// households; weapons' performance, a recipe before its patent, a single supply and its failure.
// Quiet: rules on storage, movements and checks reported after them, counts without names, plans out
// for comment, published figures, calls to answer in one voice, pledges of secrecy, museum pieces.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['confidentiality', '化工厂的剧毒品库房位于厂区东南角，现存氰化钾约2吨。', '剧毒品库房位于'],
  ['confidentiality', '全镇供水总阀门位于文化路与人民路路口西南角的井室内。', '总阀门位于'],
  ['confidentiality', '机房新购的密码机安放在综合楼三层305室。', '密码机安放在'],
  [
    'confidentiality',
    '明天上午，看守所将把5名在押人员押送至市看守所，车辆沿G15国道行驶。',
    '在押人员押送至',
  ],
  [
    'confidentiality',
    '后天下午3时，市长将从高铁站出口出发，途经滨江大道到开发区视察。',
    '市长将从高铁站出口',
  ],
  ['confidentiality', '本批新兵定于3月2日搭乘G1234次高铁赴北部战区某部。', '新兵定于'],
  ['confidentiality', '防火墙管理地址为192.168.10.254，请各单位知悉。', '管理地址为192.168.10.254'],
  ['confidentiality', '为方便运维，服务器的SSH端口改为2222。', 'SSH端口改为2222'],
  ['confidentiality', '平台发现一处注入漏洞，尚未修复，输入特定字符即可读取后台数据。', '注入漏洞'],
  ['confidentiality', '检察院已对涉案会计批准逮捕，将于明日执行。', '批准逮捕'],
  ['confidentiality', '本周六凌晨，县执法大队将对城西5家网吧开展突击检查。', '5家网吧'],
  ['confidentiality', '目前进口水果的抽检比例仅为5%，其余批次直接放行。', '抽检比例仅为5%'],
  ['confidentiality', '厂区夜间巡逻固定在凌晨2点，其余时段无人。', '巡逻固定在凌晨2点'],
  ['confidentiality', '刑警队的侦查车是一辆黑色别克，车牌尾号7Q。', '侦查车'],
  [
    'confidentiality',
    '本行已对华盛商贸公司账户的异常转账向人民银行提交可疑交易报告。',
    '可疑交易报告',
  ],
  [
    'confidentiality',
    '按照尚未公布的新学区划分方案，北街小学将并入实验小学。',
    '尚未公布的新学区划分方案',
  ],
  [
    'confidentiality',
    '新区道路规划尚待市政府批复，初步走向为高铁站经会展中心至大学城。',
    '初步走向为',
  ],
  [
    'confidentiality',
    '季度经济分析会上，据初步统计，前三季度全市税收收入增长4.2%，详细数据将于下月正式发布。',
    '初步统计',
  ],
  [
    'confidentiality',
    '据初步测算，公司全年营业收入约15亿元，年度报告将于明年3月披露。',
    '初步测算',
  ],
  ['confidentiality', '按上级统一口径，对外称“系统升级”，不提及数据丢失一事。', '统一口径'],
  ['confidentiality', '座谈会上通报了鼎盛建设等3家企业资不抵债的情况。', '资不抵债'],
  ['confidentiality', '当事人多次到办案民警位于阳光小区的家门口吵闹。', '民警位于阳光小区'],
  ['confidentiality', '受助妇女已转移至解放路36号的临时庇护所。', '36号'],
  ['confidentiality', '副县长张某因心脏病于上周住院治疗。', '副县长张某因心脏病'],
  ['confidentiality', '我们接到家住东风小区的居民王建国实名举报。', '实名举报'],
  ['confidentiality', '今年的调查户分布在东街社区、石桥村等8个村居。', '调查户分布在'],
  ['confidentiality', '该型导弹射程达300公里，计划年底列装。', '射程达300'],
  ['confidentiality', '新型电池电解液中两种溶剂的配比为3:1，相关专利申请中。', '配比为3:1'],
  ['confidentiality', '开发区目前仅由一条管线供气，一旦该管线损坏，全区将停气。', '一条管线供气'],
];

const CLEAN: Array<[Gate, string]> = [
  ['confidentiality', '危险化学品应当存放在专用仓库内，并设置明显标志。'],
  ['confidentiality', '如发现阀门井冒气，请立即远离并拨打抢修电话。'],
  ['confidentiality', '上周三，12名罪犯已安全调往省第三监狱，押解车辆经G65高速顺利抵达。'],
  ['confidentiality', '8月6日，省委主要领导到我镇茶叶产业园调研。'],
  ['confidentiality', '我行今年累计向人民银行报送可疑交易报告15份。'],
  ['confidentiality', '系统漏洞已全部修复，请放心使用。'],
  ['confidentiality', '具体征收方案尚未公布，请以正式公告为准。'],
  ['confidentiality', '线路方案尚在报批，现予公示并征求意见：初步走向为火车站至高新区。'],
  ['confidentiality', '据区统计局初步核算，上半年全区生产总值同比增长5.2%。'],
  [
    'confidentiality',
    '县统计局发布：经初步核算，上半年全县生产总值增长5.8%，详细数据将于下月公布。',
  ],
  ['confidentiality', '各单位要统一口径，及时回应群众关切。'],
  ['confidentiality', '会上通报了全县企业资金链紧张的总体情况。'],
  ['confidentiality', '我局对举报人的姓名、住址严格保密。'],
  ['confidentiality', '遭遇家庭暴力可拨打12338求助，庇护站24小时接待。'],
  ['confidentiality', '副市长看望了因病住院的老党员。'],
  ['confidentiality', '样本户将按要求连续记账，调查员定期上门指导。'],
  ['confidentiality', '该型火炮射程达20公里，现陈列于军事博物馆。'],
  ['confidentiality', '水价按1:1.5:3的比价相应调整。'],
  ['confidentiality', '公司正在加快第二电源点建设，力争年底前投运。'],
  ['confidentiality', '下周起，我局将对全县加油站开展安全检查。'],
  ['confidentiality', '7月12日晚，派出所对滨江路一处出租屋开展查处行动，抓获11人。'],
];

describe('families of heldout-final136', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
