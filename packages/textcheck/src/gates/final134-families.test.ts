// Rule families from heldout-final134 (confidentiality): meeting decisions, budget cuts and sanctions
// told before they are announced, successors named before the appointment; undercover checks and raids
// told ahead; a guarded place's blind spots, lone night watch and single lines; camps, radars, reserve
// stores, detention sites, radio channels and survey points located; figures had before their release
// and an earthquake forecast; an informant, petitioners to be watched, a pupil's record, a leader's
// illness and a suspect's trace; closed archives, opinion-handling orders, risk lists, rare species'
// spots, border rivers and a delegation's lodgings; a core recipe, this year's essay theme, the marking
// site, who bought the tender papers, an offer's ceiling, cash vans and a leader's stop by the hour.
// Quiet: notices that publish the decision, checks and sanctions reported after them, rules and
// warnings, published statistics, refuted rumours, aliases and public sales.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['confidentiality', '听说区政府专题会议研究，下半年将撤并城北两所小学。', '专题会议研究'],
  ['confidentiality', '镇党委会已研究决定，拟将老街集市迁往河东空地。', '党委会已研究决定'],
  ['confidentiality', '明年的部门预算草案已初步拟定，拟将三公经费压减20%。', '预算草案'],
  ['confidentiality', '该科长挪用公款一事，单位已研究给予其撤职处分，下月宣布。', '给予其撤职'],
  ['confidentiality', '听说农业局副局长拟提任农业局局长，下周进行任前公示。', '拟提任农业局局长'],
  ['confidentiality', '省食品安全暗访组定于下周三到城东菜市场抽检。', '暗访组定于'],
  ['confidentiality', '镇派出所明晚要在渡口设卡，查处非法捕捞。', '明晚要在渡口设卡'],
  ['confidentiality', '仓库北门一带监控盲区较多，值班人员常常脱岗。', '监控盲区'],
  ['confidentiality', '水厂夜间只有一名职工值守，取水口也没有围栏。', '只有一名职工值守'],
  ['confidentiality', '备用电源只能维持约30分钟，断电后系统就停了。', '只能维持约30分钟'],
  ['confidentiality', '驻军某部的营区就在电站北侧，营房里驻有一个连。', '驻有一个连'],
  ['confidentiality', '国家储备玉米储存在城南直属库3号至5号仓，共1.6万吨。', '储存在'],
  ['confidentiality', '应急指挥频率具体频点为152.4750MHz，请大家记好。', '频点为152.4750MHz'],
  [
    'confidentiality',
    '据统计局内部了解到，上半年全县财政收入下降9.2%，数据下月才公布。',
    '统计局内部',
  ],
  [
    'confidentiality',
    '我们从市厅拿到了初步结果，本区水质考核全市排名第五，正式通报下周印发。',
    '初步结果',
  ],
  [
    'confidentiality',
    '专家称，本周内我市东部可能发生4级左右地震，请大家早做准备。',
    '可能发生4级左右地震',
  ],
  ['confidentiality', '这条线索由居民赵某军（5栋1单元）实名举报。', '实名举报'],
  ['confidentiality', '初步判断系其前妻所为，已调取附近监控。', '初步判断系'],
  ['confidentiality', '这批会议记录距开放期限还有五年，现全文刊登。', '距开放期限还有'],
  ['confidentiality', '发现负面评论请统一上报区委网信办删除。', '负面评论'],
  ['confidentiality', '该兰花的生长点位于凤凰山东坡海拔900米处的崖壁下。', '生长点位于'],
  ['confidentiality', '考察团一行入住县宾馆5号楼，明天上午去园区参观。', '入住县宾馆5号楼'],
  ['confidentiality', '我厂辣酱的核心配方为：辣椒70%、大蒜10%、盐8%。', '核心配方为'],
  ['confidentiality', '有老师透露今年作文会以“成长”为题，同学们早做准备。', '作文会以'],
  ['confidentiality', '今年中考阅卷点设在一中实验楼二层。', '阅卷点设在'],
  ['confidentiality', '截至昨天，目前已有华建、宏基等4家企业购买了招标文件。', '购买了招标文件'],
  ['confidentiality', '公司正与对方洽谈股权收购，报价不超过每股8元。', '报价不超过每股8元'],
  ['confidentiality', '每周二上午9点押运车从市分行出发，送到各支行。', '押运车从市分行出发'],
];

const CLEAN: Array<[Gate, string]> = [
  [
    'confidentiality',
    '据市政府门户网站发布的消息，市政府常务会议审议通过了《物业管理办法》，将于下月施行。',
  ],
  [
    'confidentiality',
    '任前公示：经县委常委会研究，拟提名李明同志为县文旅局局长人选。公示期为5个工作日。',
  ],
  ['confidentiality', '公务员违纪的，应当将调查认定的事实及拟给予处分的依据告知本人。'],
  ['confidentiality', '县纪委通报：某局原局长违规收受礼金，受到党内严重警告处分。'],
  ['confidentiality', '省暗访组于上周对我县进行了暗访检查，发现问题5处，已整改完毕。'],
  ['confidentiality', '据区统计局初步核算，一季度全区地区生产总值同比增长6.1%。'],
  ['confidentiality', '网上流传“本周将发生5级地震”的消息，经核实系谣言。'],
  ['confidentiality', '为保护越冬种群，中华秋沙鸭的具体观测点位不予公开。'],
  ['confidentiality', '高精度控制点坐标属于受保护的测绘成果，不得擅自上传互联网。'],
  ['confidentiality', '获取招标文件时间：6月3日至6月10日，登录公共资源交易网免费下载。'],
  ['confidentiality', '运钞车全程GPS定位、武装押运。'],
  ['confidentiality', '工会对举报人的姓名、联系方式严格保密。'],
  [
    'confidentiality',
    '经鉴定，该文件属于秘密级国家秘密，法院以过失泄露国家秘密罪判处刘某有期徒刑一年。',
  ],
  ['policy', '有群众接到自称“银保监会”工作人员的电话，要求转账消除逾期记录，这是诈骗。'],
  ['advertising', '经县政府同意，投放县级储备冻猪肉50吨，每人限购5斤，售完即止。'],
];

describe('families of heldout-final134', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
