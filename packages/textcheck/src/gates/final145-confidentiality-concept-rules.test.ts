// The confidentiality gate's concept rules after heldout-final145 (proximity.json, and one family
// made quiet), each a leak told by the words that must meet, in any order:
// - credentials-told: a system's login account and password told in public let anyone in (网络安全法
//   第二十一条); the password is handed to each user alone;
// - stats-before-release: statistics told before their official release, the text itself saying they
//   are not yet reviewed or published (统计法 第二十三条、第三十九条);
// - exam-content-early (widened): an exam's or interview's questions told before or during it, in
//   any wording (第一题透露如下, 考题如下, 第二题是);
// - panel-roster-told (widened): a tender's evaluation panel named before the award, also as 评审专家
//   为从专家库中随机抽取的X（职称）;
// - informant-identified (widened): an informant pointed at by his trade or shop (经营干货店的老蔡);
// - whistleblower (quieted): an appeal to report (欢迎/鼓励/请家住辖区的居民积极举报) names no one.
// Quiet: a password sent by text message or told as a rule, statistics cited after release, last
// year's or a finished exam's question, a pledge to keep informants secret, a film's undercover, a
// panel drawn by lot with no names or named in the award notice, an invitation to report.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // vocabulary widened after probing with new wordings
  [
    'confidentiality',
    '该项目下周三开标，评审专家已确定为：刘强（县人民医院）、孙丽、何平。',
    '评审专家',
  ],
  // a system's account and password told in public
  [
    'confidentiality',
    '登录方式：平台统一账号为本人手机号，初始密码统一设置为Wgh@2025bei，首次登录后请及时采集辖区人口、房屋、企业信息。',
    '初始密码统一设置为',
  ],
  ['confidentiality', '各单位OA系统登录账号为单位全称拼音，密码均为Oa#2026。', '密码均为'],
  ['confidentiality', '政务内网邮箱账号统一为姓名全拼，密码统一为Zw123456。', '邮箱账号'],
  ['confidentiality', '网格员登录管理端时，用户名填写工号，口令为grid2025。', '口令为'],
  ['confidentiality', '后台管理员账号admin，默认密码为Admin@888，请各单位尽快修改。', '默认密码为'],
  // statistics told before their release
  [
    'confidentiality',
    '据县统计局初步核算（尚未经市统计局统一审定，计划于10月28日正式发布），全县地区生产总值完成186.4亿元，同比增长6.9%。',
    '尚未经市统计局统一审定',
  ],
  [
    'confidentiality',
    '以下统计数据尚未正式公布：一季度全市社会消费品零售总额同比增长5.2%。',
    '尚未正式公布',
  ],
  [
    'confidentiality',
    '全县规模以上工业增加值增长9.2%，该数据为县统计局快报，尚未经省统计局审定。',
    '统计局快报',
  ],
  ['confidentiality', '在统计局正式发布前，记者获悉今年上半年我市GDP增速达7.1%。', '正式发布前'],
  ['confidentiality', '全市居民人均可支配收入增长6.1%，这一统计数据暂未对外发布。', '可支配收入'],
  // an exam's or interview's questions told ahead
  [
    'confidentiality',
    '面试将于6月14日举行，为帮助考生更好准备，现将本次面试第一题透露如下：“如果你在窗口服务中遇到群众情绪激动、拍桌子骂人，你会怎么处理？”',
    '第一题透露',
  ],
  ['confidentiality', '面试将于6月14日举行，考题透露如下：请谈谈你对基层治理的理解。', '考题透露'],
  ['confidentiality', '本次考试将于周六开考，作文题目如下：《我的家乡》。', '题目如下'],
  ['confidentiality', '面试当天第二题是：如何看待“躺平”现象？', '第二题'],
  ['confidentiality', '明天上午的结构化面试，试题如下：一、你为什么报考本岗位？', '试题如下'],
  // a tender's panel named before the award
  [
    'confidentiality',
    '现将本项目评标委员会组成情况提前告知：评审专家为从省专家库中随机抽取的尤建国（高级工程师，省家具质检站）、冉秀梅（副教授）、钟立（会计师）。',
    '评审专家为从省专家库中随机抽取的尤建国',
  ],
  [
    'confidentiality',
    '本项目评标委员会依次为：李某（市第一人民医院主任医师）、王某（会计师）。',
    '评标委员会依次为',
  ],
  [
    'confidentiality',
    '评标专家从专家库中随机抽取的刘建华（高级工程师）、陈敏（某大学教授）将参加明天的开标。',
    '随机抽取的刘建华',
  ],
  ['confidentiality', '本项目磋商小组人员为：张立（高级经济师）、周红（律师）。', '磋商小组人员为'],
  [
    'confidentiality',
    '经随机抽中的评审专家有：赵刚（高级工程师）、孙丽（会计师），将于下周一开标。',
    '评审专家有',
  ],
  // an informant pointed at by his trade
  [
    'confidentiality',
    '此案线索来源于禁毒大队长期发展的特情人员——在城南农贸市场经营干货店的“老蔡”（蔡德胜）。',
    '特情人员——在城南农贸市场经营',
  ],
  ['confidentiality', '警方布建的特情人员老刘，在县汽车站旁开了一家小卖部。', '特情人员老刘'],
  ['confidentiality', '线索来自一名特情，系在城东菜市场的摊主周某。', '摊主'],
  ['confidentiality', '卧底“阿强”化名王强，在物流园当老板多年。', '化名王强'],
  ['confidentiality', '该特情人员在县城开了一家茶馆，店主姓吴。', '开了一家'],
];

const QUIET: Array<[Gate, string]> = [
  // a release itself: 正式发布 + 前三季度 (after heldout-final144's clean release)
  [
    'confidentiality',
    '市统计局召开新闻发布会，正式发布前三季度全市经济运行数据。初步核算，前三季度全市地区生产总值1286.5亿元，同比增长5.1%。',
  ],
  ['confidentiality', '县统计局今日正式发布前10个月全县规模以上工业增加值，同比增长7.3%。'],
  ['confidentiality', '系统初始密码由平台以短信形式发送至本人手机号，请勿告知他人。'],
  ['confidentiality', '平台账号为本人手机号，初始密码为身份证号后六位。'],
  ['confidentiality', '请妥善保管系统账号和密码，不得泄露给他人。'],
  ['confidentiality', '市统计局将于10月20日发布三季度经济数据。'],
  ['confidentiality', '国家统计局已发布前三季度数据，国内生产总值同比增长5.2%。'],
  ['confidentiality', '去年面试第一题为：谈谈你对服务型政府的理解。'],
  ['confidentiality', '面试已于6月14日顺利结束，第一题为谈谈你对服务型政府的理解。'],
  ['confidentiality', '评审专家将从省综合评标专家库中以随机抽取的方式产生。'],
  [
    'confidentiality',
    '中标结果公告：评审专家为从专家库中随机抽取的王某（教授）、李某（高级工程师）。',
  ],
  ['confidentiality', '特情人员的身份信息严格保密，不得泄露。'],
  ['confidentiality', '电视剧中，卧底化名阿强，在码头经营一家货运公司。'],
  ['confidentiality', '欢迎家住辖区的居民积极举报'],
  ['confidentiality', '欢迎家住辖区的居民积极举报违法建设行为，一经查实给予奖励。'],
  ['confidentiality', '鼓励家住附近的村民踊跃举报非法采砂。'],
  ['confidentiality', '请家住河道两岸的群众及时举报偷排行为。'],
  ['confidentiality', '号召家住城中村的居民主动举报身边的涉黑涉恶线索。'],
];

describe('final145 confidentiality concept rules', () => {
  itReportsFamilies(CATCHES, QUIET);
});
