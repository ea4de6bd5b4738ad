// Rule families from heldout-final139 (confidentiality): bidders named and ranked before the opening,
// a stock answer handed down with what it keeps from the press, statistics awaiting the province's
// review, a cut-off score awaiting a meeting's approval, a land price agreed for now, a named
// official's clue still being checked, a shared login with its password, a hole not yet mended with
// how to use it, a plant's thin night watch and its cameras' restart, a broken fence at a hazardous
// store, ammunition located and counted, survey coordinates to the millimetre, suspects' hideout with
// the arrest still planned, a patrol's strength with the hours it thins. Quiet: anti-fraud
// advice to keep one's own codes (验证码不得外传), 内部资料性出版物 as the legal name of a kind of
// publication, counts with no names, results, rules and gaps told as mended.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'confidentiality',
    '该工程将于12月9日开标。目前，已有楣州建工集团、鄀阳城建、华晟建设等7家单位完成投标文件上传。',
    '华晟建设',
  ],
  [
    'confidentiality',
    '开标时间为6月3日。目前宏远公司、华通路桥等3家企业已递交投标文件。',
    '宏远公司',
  ],
  ['confidentiality', '该项目将于下周一开标，已有5家单位报名，其中华晟建设报价最低。', '报价最低'],
  [
    'confidentiality',
    '会议要求，对外统一以“正在研究”答复，不得向媒体透露补偿标准调整方案。',
    '正在研究',
  ],
  ['confidentiality', '对来访群众一律按“等待上级批复”回复。', '等待上级批复'],
  ['confidentiality', '本材料为内部资料，不得外传。', '内部资料'],
  [
    'confidentiality',
    '各班统一使用教务处账号cgex_jw，密码Cgex@2026，登录后请勿修改密码。',
    'cgex_jw',
  ],
  ['confidentiality', '系统用户名admin，口令Zx#2025。', 'admin'],
  [
    'confidentiality',
    '专案组已通过视频追踪锁定两名嫌疑人藏匿于邻县青石镇一出租屋内，计划于近日择机实施抓捕。',
    '择机实施抓捕',
  ],
  ['confidentiality', '经摸排，在逃人员王某藏身于城郊一废弃厂房，专案组拟于今晚收网。', '收网'],
  [
    'confidentiality',
    '夜间巡逻警力为两组共8人，凌晨2时至6时只保留1组在城北片区，南门商业街一带由视频巡查代替。',
    '只保留1组',
  ],
  ['confidentiality', '景区执勤人员共12名，晚8时后只留2名在东门。', '只留2名'],
  [
    'confidentiality',
    '检查发现，县人社局网站后台管理系统存在弱口令和SQL注入漏洞，目前尚未完成修复，攻击者可直接读取参保人员数据库。',
    '尚未完成修复',
  ],
  [
    'confidentiality',
    '该平台存在越权访问漏洞，尚未彻底修复，仍可查看他人办件信息。',
    '尚未彻底修复',
  ],
  [
    'confidentiality',
    '据初步核算，前三季度全市地区生产总值完成1865.3亿元，同比增长5.9%。需要说明的是，上述数据尚未经省统计局评估审定，将于12月中旬统一对外发布。',
    '1865.3亿元',
  ],
  [
    'confidentiality',
    '阅卷工作顺利完成。据考务组内部统计，本次笔试最高分91.5分，入围面试最低分数线初步划定为68分，待局党组会议审定后正式公布。',
    '68分',
  ],
  ['confidentiality', '面试分数线暂定为70分，待局党组研究后正式公布。', '70分'],
  ['confidentiality', '双方已就用地价格（每亩12万元）和配套条件达成初步共识。', '每亩12万元'],
  ['confidentiality', '双方就收购价格每吨2800元基本谈妥。', '2800元'],
  [
    'confidentiality',
    '涉及交通运输局副局长周某在工程分包中收受好处费的线索已移交县纪委监委，正在初核。',
    '周某',
  ],
  ['confidentiality', '反映某镇镇长李某违规发放补贴的问题线索已转交区纪委，目前正在核查。', '李某'],
  ['confidentiality', '取水泵房夜间仅安排1人值守，监控系统每晚0时至1时例行重启。', '1人值守'],
  ['confidentiality', '水厂的监控系统每晚0时至1时例行重启。', '重启'],
  ['confidentiality', '作业区储罐区存放液氯等危险货物，东侧围网破损处正在等待修复。', '围网破损'],
  ['confidentiality', '变电站北侧围栏有一处缺口尚未修补。', '尚未修补'],
  [
    'confidentiality',
    '全县人影作业弹药统一存放在县气象局院内东侧平房，库存火箭弹86枚、炮弹300发，由值班人员兼管。',
    '火箭弹86枚',
  ],
  [
    'confidentiality',
    '现将一级控制点GPS01的坐标公布如下：X=3412856.372，Y=38562941.118，大地高312.406米。',
    '3412856.372',
  ],
  ['confidentiality', '该点平面坐标X：2865301.25 Y：39512877.60。', '2865301.25'],
];

const CLEAN: Array<[Gate, string]> = [
  ['confidentiality', '该工程将于12月9日开标，目前已有7家单位完成投标文件上传。'],
  [
    'confidentiality',
    '评标采用经评审的最低投标价法，投标报价最低的投标人为第一中标候选人，开标时间为12月9日。',
  ],
  ['confidentiality', '中标结果公示：该项目已于12月9日开标，中标人为华晟建设，华晟建设报价最低。'],
  ['confidentiality', '对群众来信统一以书面形式答复。'],
  ['confidentiality', '新大楼启用后，对外统一称“市民服务中心”。'],
  ['confidentiality', '警方提醒：正规客服不会要求屏幕共享，验证码不得外传给任何人。'],
  ['confidentiality', '银行卡号、密码等切勿外传。'],
  ['confidentiality', '此前编印的《翀岫年鉴》等内部资料性出版物，均已按规定取得准印证。'],
  ['confidentiality', '新用户初始密码为123456，登录后请及时修改。'],
  ['confidentiality', '大厅免费WiFi账号：GovHall，密码：88886666。'],
  ['confidentiality', '用户名为本人手机号，密码为身份证后六位。'],
  ['confidentiality', '检查发现的3个漏洞已全部修复。'],
  ['confidentiality', '请各单位及时修复漏洞，防止攻击者读取数据。'],
  ['confidentiality', '前三季度全市地区生产总值完成1865.3亿元，同比增长5.9%。'],
  ['confidentiality', '入围面试最低分数线为68分，现予公布。'],
  ['confidentiality', '笔试成绩待局党组会议审定后正式公布，请考生耐心等待。'],
  ['confidentiality', '双方已就用地价格和配套条件达成初步共识。'],
  ['confidentiality', '双方就收购价格每股3.8元达成一致并签署协议。'],
  ['confidentiality', '巡察共发现问题线索12件，已移交县纪委监委。'],
  [
    'confidentiality',
    '交通运输局原副局长周某涉嫌严重违纪违法，目前正接受县纪委监委纪律审查和监察调查。',
  ],
  ['confidentiality', '服务大厅夜间仅安排1人值班。'],
  ['confidentiality', '民警在出租屋内将藏匿于此的嫌疑人抓获。'],
  ['confidentiality', '目前，专案组已将藏匿于邻县的两名嫌疑人抓捕归案。'],
  ['confidentiality', '春节期间，县局每晚投入巡逻警力120人，重点部位24小时有人值守。'],
  ['confidentiality', '巡逻力量由原来的3组增加到5组，实现城区全覆盖。'],
  ['confidentiality', '水厂实行24小时视频监控。'],
  ['confidentiality', '公园东侧围栏破损处正在等待修复，请游客注意安全。'],
  ['confidentiality', '水厂东侧围网破损处已修复。'],
  ['confidentiality', '弹药存放在专用库房，实行双人双锁管理。'],
  ['confidentiality', '民警收缴非法枪支3支，已统一存放在县公安局。'],
  ['confidentiality', '景区位于东经112.35度、北纬28.21度。'],
  ['confidentiality', '方程的解为X=12，Y=15。'],
];

describe('families of heldout-final139 (other gates round)', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
