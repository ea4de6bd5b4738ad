// Rule families of the heldout-final55 round, each with wordings other than the set's: laughing gas
// or another drug offered by a business, corporal punishment allowed at school, a resort ranked best
// of a place, a working group's internal meeting quoted, figures from a report's draft, the
// citizen's home read back in a reply, 必需 for 必须 before a deadline or a duty — and the false
// alarms of the round as near misses: 国家级 as the rank of a zone, a card asked about then told
// abolished, 家人们 meaning family members, a scam's steps told as a lesson, and a level of secrecy
// stated as the rule for exam papers.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // laughing gas or another drug offered by a business
  [
    'legal',
    '派对套餐含烧烤、酒水、音响灯光，另可提供“笑气”气球助兴，让你的派对嗨翻全场！',
    '提供“笑气”气球',
  ],
  ['legal', '本酒吧周末现场供应笑气气球，欢迎预订卡座。', '供应笑气气球'],
  ['legal', '生日派对包场，笑气气球免费畅吸，名额有限。', '笑气气球免费畅吸'],
  ['legal', 'KTV包房消费满500元赠送笑气气弹一盒。', '赠送笑气气弹'],
  ['legal', '夜店开业大酬宾，奶油气弹、笑气钢瓶现货批发。', '笑气钢瓶现货'],
  ['legal', '轰趴馆可加购“笑气”气球，让聚会更嗨。', '加购“笑气”气球'],
  // corporal punishment allowed at school
  ['legal', '对屡教不改、顶撞老师的学生，班主任可适当体罚，如罚站一节课。', '班主任可适当体罚'],
  ['legal', '家长会上校长表示，允许老师对调皮学生进行体罚。', '允许老师对调皮学生进行体罚'],
  ['legal', '托管班规定：孩子不听话的，老师有权体罚。', '有权体罚'],
  ['legal', '新学期班规：上课讲话者，科任老师可以酌情体罚。', '可以酌情体罚'],
  ['legal', '有家长在群里说，体罚学生是可以的，严师出高徒。', '体罚学生是可以的'],
  ['legal', '对完不成作业的学生，一律体罚，罚跑操场十圈。', '一律体罚'],
  // a resort or destination ranked best of a place
  [
    'advertising',
    '花溪温泉度假区全新升级，是全省最好的温泉度假目的地！',
    '全省最好的温泉度假目的地',
  ],
  ['advertising', '云顶山庄，华东地区最佳的休闲度假胜地。', '华东地区最佳的休闲度假胜地'],
  ['advertising', '来南山滑雪，全省最好的滑雪场就在这里。', '全省最好的滑雪场'],
  ['advertising', '桃花源景区，全市最佳的亲子游景区，门票限时八折。', '全市最佳的亲子游景区'],
  ['advertising', '青山湖度假村，全国最理想的康养度假区。', '全国最理想的康养度假区'],
  // a working group's internal meeting quoted as the source of its judgement
  [
    'confidentiality',
    '据巡察组内部碰头会研判，该局分管副局长王某某在保障房分配中可能存在优亲厚友问题。',
    '据巡察组内部碰头会研判',
  ],
  [
    'confidentiality',
    '经专案组内部会商分析，该案可能还涉及另外两名公职人员。',
    '经专案组内部会商分析',
  ],
  ['confidentiality', '据审计组内部研判，该公司可能存在虚增收入问题。', '据审计组内部研判'],
  [
    'confidentiality',
    '根据督查组内部会议上的判断，该镇可能存在数据造假。',
    '根据督查组内部会议上的判断',
  ],
  ['confidentiality', '据调查组内部碰头研判，事故可能与违规动火作业有关。', '据调查组内部碰头研判'],
  // figures from a report's unsettled draft
  [
    'confidentiality',
    '据审计报告初稿（尚未征求被审计单位意见），该公司2023年违规举债约2.3亿元。',
    '据审计报告初稿（尚未征求被审计单位意见），该公司2023年违规举债约2.3亿元',
  ],
  [
    'confidentiality',
    '巡察报告征求意见稿显示，该局存在问题12个。',
    '巡察报告征求意见稿显示，该局存在问题12个',
  ],
  [
    'confidentiality',
    '根据调查报告讨论稿，事故直接经济损失约860万元。',
    '根据调查报告讨论稿，事故直接经济损失约860万元',
  ],
  [
    'confidentiality',
    '审计报告送审稿认定，该中心违规发放补贴45.6万元。',
    '审计报告送审稿认定，该中心违规发放补贴45.6万元',
  ],
  [
    'confidentiality',
    '据巡视报告草稿，该集团涉及违规问题线索8条。',
    '据巡视报告草稿，该集团涉及违规问题线索8条',
  ],
  // the citizen's home read back in a reply
  [
    'privacy',
    '@用户6652 您好，您反映的停水问题已核实，您家在花桥镇凉水井村三组17号，维修人员今天下午会上门处理。',
    '花桥镇凉水井村三组17号',
  ],
  ['privacy', '网友您好，经核实您住在幸福路12号3栋402室，物业将上门检修。', '幸福路12号3栋402室'],
  ['privacy', '您的住址是城关镇建设路58号，社区网格员将于明日上门。', '城关镇建设路58号'],
  ['privacy', '经查，您家住柳湾镇新桥村二组8号，村委会将协调处理。', '柳湾镇新桥村二组8号'],
  [
    'privacy',
    '您好，您家位于东风路阳光小区5栋2单元301室，供暖公司会派人排查。',
    '东风路阳光小区5栋2单元301室',
  ],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  // laughing gas named in a warning or a ban
  ['legal', '不法分子在校园周边向青少年兜售“笑气”气球，发现后请立即报告学校或拨打110。'],
  ['legal', '民警提醒：商家不得向未成年人提供笑气，违者将被依法查处。'],
  ['legal', '学校邀请禁毒民警为学生提供笑气危害科普讲座。'],
  // corporal punishment banned
  ['legal', '教师要依法实施教育惩戒，严禁体罚或变相体罚学生。'],
  ['legal', '家长可以向学校反映，教师不得体罚学生。'],
  // a resort ranked by an award or described plainly
  ['advertising', '该度假区被评为全省最佳温泉度假目的地。'],
  ['advertising', '花溪温泉度假区位于县城东郊，周末游客较多，请错峰出行。'],
  // internal meetings and reports told without their secrets
  ['confidentiality', '县委巡察组召开内部碰头会，研究部署下一步工作。'],
  ['confidentiality', '审计组将在征求意见后形成审计报告，审计结果将依法公告。'],
  // the office's own address, not the citizen's
  ['privacy', '您好，请将材料寄至县住建局（建设路58号）住房保障股。'],
  ['privacy', '您家附近的供水管网正在抢修，预计今晚恢复供水。'],
  // round 55's false alarms
  [
    'advertising',
    '目前，园区正在对照标准积极申报国家级经济技术开发区，重点培育新材料、电子信息、农产品精深加工三大产业集群。',
  ],
  ['advertising', '园区已获批国家级高新技术产业开发区，入驻企业的产品远销海外。'],
  [
    'policy',
    '最近有村民问外出打工要不要去乡里开《流动人口婚育证明》。这里统一答复：这个证明国家早在2016年就已取消，外出务工不需要再开了。',
  ],
  ['policy', '有群众咨询办理居住证是否还要提交流动人口婚育证明。答复：该证明已于2016年取消。'],
  ['opinion', '11月16日我园将举办亲子运动会，欢迎家人们一起参加。'],
  ['opinion', '重阳节当天，社区邀请老人和家人们共同参与包饺子活动。'],
  [
    'advertising',
    '【“裸聊”敲诈套路揭秘】骗子通常以“美女”“帅哥”身份主动添加好友，聊得火热后诱导你下载所谓“专属直播软件”。',
  ],
  ['advertising', '骗子往往冒充客服加好友，再以退款为由索要验证码。一旦被骗，不要转账，立即报警。'],
  [
    'confidentiality',
    '按照《国家教育考试保密工作规定》，中考试卷在启用前属于国家秘密（绝密级）。各考点要严格落实“双人双锁”。',
  ],
  ['confidentiality', '高考试题、答案在开考前属于绝密级国家秘密，严禁任何人私自接触。'],
];

// Slang 家人们 as a vocative, and a card used as current, still reported.
const STILL: Array<[Gate, string, string]> = [
  ['opinion', '家人们谁懂啊，今天的晚霞也太美了吧！', '家人们'],
  ['policy', '外出务工人员请到乡计生办开具流动人口婚育证明。', '流动人口婚育证明'],
  ['confidentiality', '本通知为绝密级，不得翻印。', '绝密级'],
];

// 必需 for 必须 before a deadline or a duty, and 必需 as "required" left alone.
const MUST: Misspelt[] = [
  ['被巡察单位必需于反馈之日起两个月内完成集中整改。', '必需于'],
  ['各单位必需按照要求报送材料。', '必需按照'],
  ['发现问题必需及时上报。', '必需'],
  ['施工单位必需确保安全生产。', '必需确保'],
  ['新入职人员必需经过岗前培训。', '必需经过'],
  ['全体党员必需遵守党的纪律。', '必需遵守'],
];
const MUST_CLEAN = [
  '请携带办理业务所必需的证件。',
  '超市保障生活必需品供应。',
  '各单位必须于月底前完成整改。',
];

describe('heldout-final55 families', () => {
  itReportsFamilies([...CATCHES, ...STILL], CLEAN);

  itReportsMisspellings(MUST, MUST_CLEAN);
});
