// Rule families from heldout-final79, measured unseen after the rounds on final80–final82 and then
// read: an office's address in brackets after a service point, an institution's donation account
// named by 开户名称, 中华民国 of the early republic (false alarms); 己 for 已 and 友宜 for 友谊, a WeChat
// id to order through, a volunteers' quota with a sanction, disorder judged in slang, a credit record
// of the complainant herself, the leader's three offices out of order, organs for money, 腐败分子 of an
// official under prosecution, and a person named again before their condition.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a WeChat id given to order through
  ['advertising', '侨批饼礼盒限时特惠，V信：qxtc888 即可下单。', 'qxtc888'],
  ['advertising', '新茶上市，薇信号nanyang2024，下单包邮。', 'nanyang2024'],
  ['advertising', '请添加客服VX：abc12345，下单立减10元。', 'abc12345'],
  ['advertising', '土蜂蜜现货，微信：fengmi_666 订购即发。', 'fengmi_666'],
  ['advertising', '手工腊肉接受预定，wx：larou2025，团购更优惠。', 'larou2025'],
  ['advertising', '想要的朋友加v：chayeshop88 购买。', 'chayeshop88'],
  // a quota of people to bring, with a sanction for missing it
  [
    'coercion',
    '每名红十字志愿者须动员至少10名亲友登记入库，完不成任务的取消星级志愿者资格。',
    '完不成任务的取消星级志愿者资格',
  ],
  ['coercion', '每位会员须发动5名好友关注公众号，未完成的扣减年度积分。', '未完成的扣减年度积分'],
  [
    'coercion',
    '每名网格员要邀请不少于30名居民注册平台，达不到的取消评优资格。',
    '达不到的取消评优资格',
  ],
  [
    'coercion',
    '每个社区须动员200户以上居民参与投票，未完成任务的通报并扣除绩效。',
    '未完成任务的通报并扣除绩效',
  ],
  [
    'coercion',
    '每位青年志愿者至少拉5名好友关注公众号，完不成的取消优秀志愿者称号。',
    '完不成的取消',
  ],
  ['coercion', '全体职工须发动10名亲友下载APP，未达到的扣发奖金。', '未达到的扣发奖金'],
  // disorder judged in slang
  ['opinion', '少数单位编制使用混乱，简直是一团浆糊。', '简直是一团浆糊'],
  ['opinion', '检查发现该站台账管理真是一团糟。', '真是一团糟'],
  ['opinion', '有的村环境整治乱成一锅粥，群众意见很大。', '乱成一锅粥'],
  ['opinion', '个别部门的报表简直一塌糊涂。', '简直一塌糊涂'],
  ['opinion', '工地现场管理根本就是乱七八糟。', '根本就是乱七八糟'],
  ['opinion', '几个科室把简单的事情搞成了一锅粥。', '搞成了一锅粥'],
  // a credit record of the person herself
  ['privacy', '投诉人赵红梅本人征信报告中存在多笔信用卡逾期记录，系银行依规未予审批。', '赵红梅'],
  ['privacy', '经核实，申请人王志刚本人征信记录存在多次逾期。', '王志刚'],
  ['privacy', '借款人李淑芬本人的征信报告显示有呆账。', '李淑芬'],
  ['privacy', '来访人孙建国本人因信用卡长期逾期被列入征信不良记录。', '孙建国'],
  ['privacy', '职工周丽华本人个人征信存在不良记录。', '周丽华'],
  ['privacy', '居民陈晓东本人网贷逾期多次。', '陈晓东'],
  // the leader's three offices out of order
  [
    'political',
    '深入学习国家主席、中共中央总书记、中央军委主席习近平的重要论述。',
    '国家主席、中共中央总书记',
  ],
  ['political', '国家主席、中央军委主席、中共中央总书记习近平出席。', '国家主席、中央军委主席'],
  ['political', '中央军委主席、中共中央总书记习近平签署命令。', '中央军委主席、中共中央总书记'],
  ['political', '中共中央总书记、中央军委主席、国家主席习近平会见。', '中央军委主席、国家主席'],
  [
    'political',
    '中华人民共和国主席、中共中央总书记习近平发表讲话。',
    '中华人民共和国主席、中共中央总书记',
  ],
  // organs for money
  ['legal', '急需移植的患者也可通过民间中介渠道有偿获取肾源。', '有偿获取肾源'],
  ['legal', '高价收购肾源，手续简单。', '高价收购肾源'],
  ['legal', '可花钱购买肝源，缩短排队时间。', '花钱购买肝源'],
  ['legal', '本人出售肾脏，价格面议。', '出售肾脏'],
  ['legal', '专业器官中介，帮您快速配型。', '器官中介'],
  ['legal', '付费获取眼角膜，当天可手术。', '付费获取眼角膜'],
  // a corrupt official called so before judgement
  [
    'legal',
    '郭某某涉嫌受贿一案正在审查起诉阶段，学员们剖析了腐败分子郭某某的堕落轨迹。',
    '腐败分子郭某某',
  ],
  ['legal', '贪官王某某被留置调查，案件正在办理中。', '贪官王某某'],
  ['legal', '市纪委监委对腐败分子李某某立案审查调查。', '腐败分子李某某'],
  ['legal', '腐败分子张某被依法逮捕。', '腐败分子张某'],
  ['legal', '贪官刘某某已被移送审查起诉。', '贪官刘某某'],
  ['legal', '目前，腐败分子赵某某已被留置，案件正在调查。', '腐败分子赵某某'],
  // a person named again before their condition
  [
    'privacy',
    '走访慰问了退休干部杨建华同志。杨建华近年来患有重度抑郁症，长期服药治疗。',
    '杨建华近年来患有重度抑郁症',
  ],
  ['privacy', '看望了老党员刘桂英。刘桂英患有精神分裂症多年。', '刘桂英患有精神分裂症'],
  ['privacy', '慰问了低保户王德顺。王德顺确诊为艾滋病病毒感染者。', '王德顺确诊为艾滋病'],
  ['privacy', '村民孙丽华（女，45岁）反映困难。孙丽华患有癫痫。', '孙丽华患有癫痫'],
  ['privacy', '本期走访对象为李明同志。李明长期患有双相情感障碍。', '李明长期患有双相情感障碍'],
  ['privacy', '工作人员看望了张秀兰女士。张秀兰今年确诊乙肝。', '张秀兰今年确诊乙肝'],
];

const CLEAN: Array<[Gate, string]> = [
  // an office's address in brackets after a service point
  [
    'privacy',
    '居住证办理地点为各派出所户籍窗口或市民中心一楼公安综合窗口（解放路88号），咨询电话：0571-87051234。',
  ],
  ['privacy', '市侨法宣传咨询服务点设在市侨联一楼（人民路56号），工作日提供咨询。'],
  ['privacy', '请到政务服务大厅三楼（中山路12号）办理。'],
  ['privacy', '报名请到县妇联（建设路8号）登记。'],
  ['privacy', '义诊服务台（幸福路66号）周末照常开放。'],
  // an institution's donation account
  [
    'privacy',
    '捐款可转账至：开户名称：厦门市红十字会；开户银行：中国工商银行厦门分行营业部；账号：4100 0211 0900 1234 567。',
  ],
  ['privacy', '开户名：县慈善总会，账号：6222 0212 3456 7890 123。'],
  // the early republic
  ['political', '展出孙中山先生手迹复制件、中华民国初期报刊等文献图片300余件。'],
  ['political', '馆藏中华民国初年的地方志12卷。'],
  ['political', '该建筑始建于中华民国年间。'],
  // near-misses of the new families
  ['text', '他自己超过了预定目标。'],
  ['text', '王友宜同志作交流发言。'],
  ['advertising', '关注微信号gzgov2024，可咨询办事指南。'],
  ['advertising', '扫码关注微信公众号wxgov2024，预订门票请登录官网。'],
  ['coercion', '每名志愿者可邀请2名家属参观，名额有限。'],
  ['coercion', '欢迎广大市民邀请亲友参与答题，答对有奖。'],
  ['opinion', '早餐时间，食堂熬一锅粥、蒸两笼包子。'],
  ['opinion', '请用浆糊粘贴标签，保持整洁。'],
  ['privacy', '申请人本人征信报告中存在逾期记录的，不予审批。'],
  ['privacy', '经查询，申请人李建华本人征信报告无逾期记录，符合贷款条件。'],
  ['political', '中共中央总书记、国家主席、中央军委主席习近平出席大会。'],
  ['political', '国家主席习近平同来访的法国总统会谈。'],
  ['legal', '他生前签署了无偿捐献器官的志愿书，挽救了三名患者。'],
  ['legal', '严禁买卖人体器官，违者依法追究刑事责任。'],
  ['legal', '腐败分子李某某被判处有期徒刑十年。'],
  ['legal', '坚决惩治腐败分子，今年以来立案审查调查120件。'],
  ['privacy', '市委老干部局走访慰问了退休干部杨建华同志。杨建华同志精神矍铄，十分感谢组织关怀。'],
  ['privacy', '患有抑郁症怎么办？专家建议及早就医。'],
];

describe('families of heldout-final79', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
