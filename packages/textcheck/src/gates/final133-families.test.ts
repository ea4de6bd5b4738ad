// Rule families from heldout-final133 (confidentiality): a reserve's real stock and the days a town can
// hold out, systems left open (unmended flaws, weak passwords, ports on the internet) and guarded places
// whose watch is down; troops, warships and warplanes with their day and road, a radar site pointed
// out; explosives, cash, gold and leaders on the road by the hour; successors named before the
// appointment; a floor or an insistence told mid-negotiation; papers told as marked 秘密/绝密; prizes
// told from the judges' room and this year's paper told before the exam; sweeps and ambushes told
// ahead. Quiet: reserves told full, advice and mended flaws, open days and warnings, published
// notices, rules and lessons on markings, analyses after the exam.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  [
    'confidentiality',
    '受气源影响，储气站的存量只够全市用两天左右，后续气源还没落实。',
    '只够全市用两天',
  ],
  ['confidentiality', '县粮食应急储备的实际库存仅剩900吨，远没达到承储任务。', '仅剩900吨'],
  ['confidentiality', '市政务服务平台的越权漏洞至今未修复，请各单位注意。', '至今未修复'],
  ['confidentiality', '财务系统的服务器仍在使用初始密码，数据库端口对互联网开放。', '初始密码'],
  [
    'confidentiality',
    '监狱东区的围墙报警装置正在检修，这几天夜里无人看守，只有一名民警。',
    '无人看守',
  ],
  ['confidentiality', '火药库的门禁坏了，巡查改为每三天一次。', '每三天一次'],
  ['confidentiality', '武警某部下月中旬要移防到我县，车队经过国道205。', '移防'],
  ['confidentiality', '厂里给空军维修的8架运输机正在机库大修，下月初试飞。', '大修'],
  ['confidentiality', '某部的导弹阵地就在水库东侧的山坳里。', '导弹阵地'],
  ['confidentiality', '运钞车每天下午4点从金库出发，走解放路送到各网点。', '出发'],
  ['confidentiality', '雷管每周五上午8点由专车押送到矿区，一般走老矿路。', '押送'],
  ['confidentiality', '听说局党组已经研究过了，新任站长是办公室的王科长。', '新任站长'],
  ['confidentiality', '据了解，公司总经理由财务总监接任，任命文件下周下发。', '总经理由'],
  ['confidentiality', '正在与外商洽谈，我们的心理价位最多到每平方米3000元。', '心理价位'],
  ['confidentiality', '这轮磋商我方坚持首付比例不低于30%，否则不签。', '不低于30%'],
  ['confidentiality', '随信附上的会议纪要，首页印有“机密★5年”，请妥善保管。', '印有'],
  ['confidentiality', '昨天加班完成了标有“秘密”的项目评估报告。', '标有'],
  ['confidentiality', '名单将在官网公示，不过内部已经定了，金奖是城关小学的合唱。', '金奖'],
  ['confidentiality', '结果还没公布，有评委私下说，一等奖基本是《山歌》。', '一等奖'],
  ['confidentiality', '考试将于下周举行，据说今年作文题是“家乡的河”。', '作文题'],
  ['confidentiality', '组卷老师说，本次实操考的是心肺复苏和止血包扎，考前好好练。', '考的是'],
  ['confidentiality', '今晚11点统一清查城东的两家网吧。', '统一清查'],
  ['confidentiality', '嫌疑人明晚会在服务区交易，专案组已在周边蹲守。', '蹲守'],
];

const CLEAN: Array<[Gate, string]> = [
  ['confidentiality', '今年承储的化肥储备3.2万吨已全部到位，可满足春耕需求。'],
  ['confidentiality', '本店商品库存只有10件，售完即止。'],
  ['confidentiality', '请各单位不要使用弱口令，发现漏洞及时上报。'],
  ['confidentiality', '测评发现的高危漏洞已修复，系统运行正常。'],
  ['confidentiality', '隧道内设有视频监控，检修期间值守人员24小时在岗。'],
  ['confidentiality', '海军舰艇开放日定于8月1日，届时舰艇靠泊3号码头，欢迎参观。'],
  ['confidentiality', '绿道K12段临近军事管理区，禁止使用无人机航拍。'],
  ['confidentiality', '运钞车全程GPS定位、武装押运。'],
  ['confidentiality', '典礼期间有区领导出席，9时至11时孔庙广场实行交通管制。'],
  ['confidentiality', '昨天上午9时，市领导从高速出口下道，到我县调研。'],
  ['confidentiality', '根据县卫生健康局发布的任免通知，陈明远同志任眼科医院院长。'],
  ['confidentiality', '竞买保证金5万元，起始价已在交易公告中列明。'],
  ['confidentiality', '挂牌期间各意向受让方的报价信息按规定保密，不予公开。'],
  ['confidentiality', '国家秘密标志的写法，例如标注“机密★10年”。'],
  ['confidentiality', '标注“秘密”的文件不得复印、外传。'],
  ['confidentiality', '捡到标有“机密”字样的文件，请及时上交保密部门。'],
  ['confidentiality', '获奖名单已公示，一等奖为长篇小说《苇河纪事》。'],
  ['confidentiality', '考后解析：今年数学卷压轴题是二次函数和圆的综合。'],
  ['confidentiality', '今年笔试题型为单选题和案例分析题，请考生合理安排时间。'],
  ['confidentiality', '公安机关于上周五凌晨统一清查了城南三家KTV，查获涉毒人员5名。'],
];

describe('families of heldout-final133', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
