// Rule families of the heldout-final70 round, each with wordings other than the set's: 南中国海 for
// 南海, 正常人 set against disabled people (political); blood over a scene, a stake paid at odds
// (legal); class-A COVID measures in a holiday notice (policy); a cadre list in deliberation, reading
// by rank only, a party committee's minutes by issue (confidentiality); 凯旋而归 (text); a designated or
// named seller vouched for by an office (advertising); 不明真相的群众 and obey-and-be-quiet replies
// (opinion); an online vote ranked with the heads of the last summoned (coercion).
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the South and East China Sea by the foreign name
  [
    'political',
    '【海洋气象】预计今天夜间到明天，南中国海北部海域将出现7至8级偏东大风。',
    '南中国海',
  ],
  ['political', '渔政船在南中国海开展护渔巡航。', '南中国海'],
  ['political', '专家解读南中国海局势。', '南中国海'],
  ['political', '科考船完成南中国海海底地形调查。', '南中国海'],
  ['political', '受台风影响，东中国海海域风浪较大。', '东中国海'],
  ['political', '东中国海渔场进入休渔期。', '东中国海'],
  // 正常人 set against disabled people
  ['political', '全国助残日｜让每一位残疾人都能和正常人一样出行、就业、享受美好生活。', '正常人'],
  ['political', '盲人按摩师的收入已不低于正常人。', '正常人'],
  ['political', '无障碍设施让轮椅使用者像正常人一样乘坐公交。', '正常人'],
  ['political', '听障学生与正常人一起参加高考。', '正常人'],
  ['political', '助残就业基地帮助残疾人过上正常人的生活。', '正常人'],
  ['political', '自闭症儿童经过康复训练后能与正常人交流。', '正常人'],
  // blood over a scene
  [
    'legal',
    '犯罪嫌疑人王某持菜刀连砍对方十余刀，现场血流满地、惨不忍睹。目前王某已被警方控制。',
    '血流满地、惨不忍睹',
  ],
  ['legal', '事故现场满地是血，伤者已被送医。', '满地是血'],
  ['legal', '伤者鲜血淌了一地，路人赶紧报警。', '鲜血淌了一地'],
  ['legal', '两人持械互殴，鲜血流得满地都是。', '鲜血流得满地'],
  ['legal', '爆炸现场血肉横飞，多人受伤。', '血肉横飞'],
  ['legal', '打斗中血洒满墙、触目惊心。', '血洒满墙、触目惊心'],
  // a stake paid at odds
  [
    'legal',
    '在评论区留言押注你看好的冠军球队，猜中者按赔率返还积分，积分可兑换现金红包！',
    '按赔率',
  ],
  ['legal', '下注你支持的球队，赢了按赔率兑换现金。', '下注你支持的球队，赢了按赔率'],
  ['legal', '每人押注50元，猜对者1赔3。', '押注50元，猜对者1赔3'],
  ['legal', '投注看好的选手，按2倍返还奖金。', '投注看好的选手，按2倍返还'],
  ['legal', '群内押注谁能夺冠，押中翻3倍。', '押注谁能夺冠，押中翻3倍'],
  ['legal', '参与押注的网友按赔率领取话费。', '押注的网友按赔率'],
  // class-A COVID measures in a holiday notice
  [
    'policy',
    '关于做好2025年春节期间疫情防控工作的提示：继续严格落实新冠病毒感染“乙类甲管”各项措施。',
    '乙类甲管',
  ],
  ['policy', '国庆节期间，新冠病毒感染继续实行乙类甲管。', '乙类甲管'],
  ['policy', '端午节期间，对新型冠状病毒感染仍按甲类传染病管理。', '甲类传染病管理'],
  ['policy', '中秋节期间新冠病毒感染仍然实施“乙类甲管”。', '乙类甲管'],
  ['policy', '元旦节期间，新冠肺炎疫情防控坚持乙类甲管。', '乙类甲管'],
  ['policy', '劳动节期间，新冠病毒感染继续落实乙类甲管措施。', '乙类甲管'],
  // a cadre list in deliberation
  [
    'confidentiality',
    '人事动态｜本轮乡镇党政正职调整酝酿名单已初步形成，涉及12个乡镇。',
    '调整酝酿名单',
  ],
  ['confidentiality', '县直单位班子调整酝酿方案已报县委组织部。', '班子调整酝酿方案'],
  ['confidentiality', '村两委换届人选名单已基本确定。', '换届人选名单'],
  ['confidentiality', '科级干部交流轮岗建议名单正在征求意见。', '交流轮岗建议名单'],
  ['confidentiality', '干部调整酝酿名单近期上会研究。', '干部调整酝酿名单'],
  ['confidentiality', '人事调整建议名单已报局党组。', '人事调整建议名单'],
  // reading by rank only
  [
    'confidentiality',
    '以下为《全市干部作风建设专项整治问题清单》摘要，仅供科级以上干部学习：一是会议文件过多。',
    '仅供科级以上干部学习',
  ],
  ['confidentiality', '本讲话稿仅限处级以上领导干部阅读。', '仅限处级以上领导干部阅读'],
  ['confidentiality', '该材料仅供班子成员内部学习。', '仅供班子成员内部学习'],
  ['confidentiality', '以下内容仅供县处级领导干部参考。', '仅供县处级领导干部参考'],
  ['confidentiality', '通报全文仅供中层以上干部阅看。', '仅供中层以上干部阅看'],
  ['confidentiality', '此件只发副科级以上干部学习。', '只发副科级以上干部学习'],
  // a party committee's minutes by issue
  [
    'confidentiality',
    '根据市委常委会会议纪要〔2024〕第9期精神，我县将于年内启动老城区整体搬迁改造前期工作。',
    '纪要〔2024〕第9期',
  ],
  [
    'confidentiality',
    '按照县委常委会会议纪要（2024年第12期）要求，推进项目建设。',
    '纪要（2024年第12期）',
  ],
  ['confidentiality', '依据局党组会议纪要第5期，调整科室职责。', '党组会议纪要第5期'],
  ['confidentiality', '镇党委会议纪要〔2025〕3期明确了补偿标准。', '党委会议纪要〔2025〕3期'],
  ['confidentiality', '区委常委会纪要【2024】第21期提出加快拆迁。', '常委会纪要【2024】第21期'],
  [
    'confidentiality',
    '街道党工委会议纪要（2024）第7号部署了该项工作。',
    '党工委会议纪要（2024）第7号',
  ],
  // a designated seller vouched for by an office
  [
    'advertising',
    '县人社局官方指定培训机构——华创职业培训学校2025年春季班开始报名，报名即享8折优惠。',
    '官方指定培训机构',
  ],
  ['advertising', '本次活动官方指定合作商家为佳美超市。', '官方指定合作商家'],
  ['advertising', '市交通局指定驾校——安达驾校暑期班火热招生中。', '局指定驾校'],
  ['advertising', '县教育局推荐培训机构名师课堂，报名享9折。', '局推荐培训机构'],
  ['advertising', '景区唯一指定商家，欢迎选购。', '唯一指定商家'],
  ['advertising', '我局官方授权经销商，购车享优惠。', '官方授权经销商'],
  // a named shop to look for
  [
    'advertising',
    '县市场监管局提醒：家电以旧换新请认准鑫源家电城等诚信商家，质量有保障、售后更放心。',
    '请认准鑫源家电城',
  ],
  ['advertising', '买药请认准仁和大药房。', '请认准仁和大药房'],
  ['advertising', '装修建材请认准美家建材城。', '请认准美家建材城'],
  ['advertising', '购买年货认准万家福超市。', '认准万家福超市'],
  ['advertising', '买车一定要认准远大4S店。', '一定要认准远大4S店'],
  ['advertising', '消费者买手机请认准华联专卖店。', '请认准华联专卖店'],
  // 不明真相的群众
  ['opinion', '6月15日上午，少数不明真相的群众聚集在项目部门口阻挠施工。', '不明真相的群众'],
  ['opinion', '个别不明真相群众在网上转发不实信息。', '不明真相群众'],
  ['opinion', '部分不明真相的村民到镇政府上访。', '不明真相的村民'],
  ['opinion', '一些不明真相的居民围堵施工车辆。', '不明真相的居民'],
  ['opinion', '现场有不明真相的围观群众起哄。', '不明真相的围观群众'],
  ['opinion', '不明真相的人员受到煽动。', '不明真相的人员'],
  // obey and be quiet
  [
    'opinion',
    '关于拆迁补偿标准，政府已经研究决定，老百姓照办就是了，不要再反复来信。',
    '老百姓照办就是了',
  ],
  ['opinion', '方案已经定了，群众服从就行了。', '群众服从就行了'],
  ['opinion', '这是上级的要求，你们照做就完了。', '你们照做就完了'],
  ['opinion', '村里怎么安排，村民听安排就好了。', '村民听安排就好了'],
  ['opinion', '政策就是这样，商户执行就是了。', '商户执行就是了'],
  ['opinion', '别问那么多，照办就是了。', '照办就是了'],
  // an online vote ranked, the last summoned
  [
    'coercion',
    '“网络文明之星”投票活动进入最后三天，请各单位加大拉票力度，投票排名靠后的单位，主要负责人将被约谈。',
    '主要负责人将被约谈',
  ],
  ['coercion', '网络投票中排名后三位的村，村支书要作书面说明。', '作书面说明'],
  ['coercion', '请各单位积极拉票，排名末位的单位通报批评。', '通报批评'],
  ['coercion', '线上投票排名倒数的科室，负责人将被约谈。', '约谈'],
  ['coercion', '本次投票活动排名靠后的学校，校长要写出书面检讨。', '书面检讨'],
  ['coercion', '网上投票进入冲刺阶段，排名后五名的单位要作表态发言。', '作表态发言'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['political', '南海北部海域将出现7至8级偏东大风。'],
  ['political', '东海海域浪高2至3米，请船只注意安全。'],
  ['political', '两人绝口不提中国，连南中国海，这带有中国的字眼也不提。'],
  ['political', '正常人的体温在36至37摄氏度之间。'],
  ['political', '残疾人和健全人一样享有平等就业的权利。'],
  ['legal', '伤者已被送往医院救治，目前生命体征平稳。'],
  ['legal', '献血前请保持充足睡眠，血流量检测合格后方可献血。'],
  ['legal', '猜中比分的网友可获得球衣一件。'],
  ['legal', '竞猜冠军球队，猜中者可获纪念品一份。'],
  ['policy', '2023年1月8日起，新冠病毒感染从“乙类甲管”调整为“乙类乙管”。'],
  ['policy', '春节期间，请大家做好个人防护，出现发热症状及时就医。'],
  ['confidentiality', '经公示无异议，现将干部任职名单予以公布。'],
  ['confidentiality', '本文仅供学习交流使用，转载请注明出处。'],
  ['confidentiality', '县政府常务会议纪要〔2024〕第9期已在政府网站公开。'],
  ['confidentiality', '镇党委召开会议，研究部署秋冬季森林防火工作。'],
  ['advertising', '请认准3C认证标志，选购合格电器产品。'],
  ['advertising', '请到政府指定的地点接种疫苗。'],
  ['advertising', '购买家电请认准正规商家，索要发票。'],
  ['advertising', '谨防假冒，请认准华为官方专卖店。'],
  ['advertising', '第二步，到参与活动的线下门店或线上店铺选购产品，结算时出示资格码即可直接立减。'],
  ['opinion', '为避免群众不明真相受到误导，现将有关情况说明如下。'],
  ['opinion', '按以下步骤照着填写就可以了。'],
  ['opinion', '请群众按照指引办理即可，有疑问可拨打咨询电话。'],
  ['coercion', '群众满意度测评排名靠后的部门，主要负责人将被约谈。'],
  ['coercion', '投票活动自愿参与，排名靠前的作品将获得奖励。'],
  // the set's false alarms and their neighbours
  ['policy', '目前，我省对按政策生育的家庭落实育儿补贴，具体可咨询所在乡镇（街道）计生办。'],
  ['policy', '育儿补贴可向所在街道（乡镇）计生办咨询。'],
  ['legal', '防骗课堂｜犯罪分子常冒充公检法工作人员，要求受害人将资金转入所谓的“安全账户”。'],
  ['legal', '犯罪分子多冒充客服，以退款为由索要验证码。'],
  [
    'confidentiality',
    '保密知识有奖竞答｜以下哪种做法是正确的？A.将涉密文件带回家加班；B.在专用的涉密计算机上处理涉密信息，且不接入互联网。',
  ],
];

// 凯旋 followed by a return: [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  ['我县代表队在全省职业技能大赛中斩获2金3银，载誉凯旋而归。', '凯旋而归', '凯旋'],
  ['援鄂医疗队圆满完成任务凯旋而归。', '凯旋而归', '凯旋'],
  ['运动员们捧得金杯凯旋而回。', '凯旋而回', '凯旋'],
  ['维和官兵凯旋归国。', '凯旋归国', '凯旋'],
  ['舰艇编队完成远航任务凯旋返回。', '凯旋返回', '凯旋'],
  ['科考队员昨日凯旋回归。', '凯旋回归', '凯旋'],
];
const SPELT_RIGHT: string[] = ['全体队员凯旋，受到热烈欢迎。', '维和官兵载誉凯旋。'];

describe('heldout-final70 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
