// Rule families of the heldout-final21 round, each with wordings other than the set's:
// encyclopaedias and Q&A sites as repost sources, the core formulation with a title (以习近平总书记
// 为核心的党中央), heads of central bodies by a wrong title (中央军委主任), 农转非 and the old retirement
// ages as current rules, a document number with half of its 〔〕, an internal notice that forbids
// passing itself on, emotional slang of the account (累觉不爱), ratings steered and tied to staff
// rewards, a citizen's mobile in a reply's salutation, a named patient with age and village or
// illness, 加 written as a plus sign, No.1/TOP1 claims and betting on matches — and two that stay
// quiet: “台独” as official prose names it, and an office's address in brackets after a place label.
import { describe, expect, it } from 'vitest';
import type { Gate } from '../finding.ts';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['source', '本文来源：互动百科', '互动百科'],
  ['source', '（信息来源：维基百科）', '维基百科'],
  ['source', '来源：360百科', '360百科'],
  ['political', '在以习近平总书记为核心的党中央坚强领导下，我市经济稳步回升', '以习近平总书记'],
  ['political', '紧密团结在以习近平为核心的党中央周围', '以习近平为核心的党中央'],
  ['political', '国家主席、中央军事委员会主任出席阅兵式', '中央军事委员会主任'],
  ['political', '中央纪委主任在全会上作工作报告', '中央纪委主任'],
  ['political', '国务院主席签署命令', '国务院主席'],
  // Unquoted and not opposed, or approved even in quotes: still reported.
  ['political', '有人在网上公开宣扬台独主张', '台独'],
  ['political', '该网民发帖支持“台独”', '台独'],
  ['policy', '即日起可到户籍窗口申请农转非，需携带户口簿', '农转非'],
  ['policy', '符合条件的可办理农业户口转为非农业户口', '农业户口转为非农业户口'],
  ['policy', '按规定，男职工年满60周岁、女职工年满50周岁应当办理退休', '男职工年满60周岁'],
  ['policy', '目前我国法定退休年龄为男60周岁、女干部55周岁', '女干部55周岁'],
  ['policy', '根据湘人社2022〕18号文件精神，继续发放补贴', '2022〕18号'],
  ['policy', '执行县政〔2024 12号规定', '2024 12号'],
  ['confidentiality', '本通报仅限村两委成员掌握，请勿扩散', '请勿扩散'],
  ['confidentiality', '以下名单只发至各组长，严禁转发', '严禁转发'],
  ['opinion', '天天被投诉，我们真的累觉不爱', '累觉不爱'],
  ['opinion', '周末还在加班，小编生无可恋', '生无可恋'],
  ['opinion', '解释了八遍还有人问，心好累啊', '心好累'],
  [
    'coercion',
    '窗口人员办结后要请办事人给予“非常满意”评价，评价结果计入个人季度考评',
    '评价结果计入个人季度考评',
  ],
  ['coercion', '要引导来访群众给出满意评价，满意度与窗口年终考评挂钩', '满意度与窗口年终考评挂钩'],
  ['privacy', '李建华（联系方式：13812345678），您反映的路灯不亮问题已转交供电所', '13812345678'],
  ['privacy', '回复：张秀英（联系电话：15937261845）你好，你咨询的低保问题答复如下', '15937261845'],
  ['privacy', '病人刘桂芝（女，71岁）因脑梗住院治疗', '刘桂芝'],
  ['privacy', '伤者陈建军，45岁，家住城关镇南关村，事发时正在骑车', '陈建军'],
  ['privacy', '联系人：罗四元（青石村四组17号）', '青石村四组17号'],
  ['advertising', '自家果园脐橙现摘现发，＋薇tc520520下单', 'tc520520'],
  ['advertising', '纯手工红薯粉条，➕微信hsf2025预订', 'hsf2025'],
  ['advertising', '这款电饭煲稳居全网NO.1，厨房必备', 'NO.1'],
  ['advertising', '我们的净水器位居品类TOP1', 'TOP1'],
  ['advertising', '该品牌防水涂料同行业内第1', '第1'],
  // A warning in another numbered item of the same digest does not regrade the offer.
  ['advertising', '2.散养土鸡出售，加微信tj2468订购；3.派出所提醒：注意防火', 'tj2468'],
  ['legal', '欧洲杯投注火热进行中', '欧洲杯投注'],
  ['legal', '篮球投注平台，赛事实时更新', '篮球投注'],
  ['legal', '支持在线投注，24小时客服', '在线投注'],
];

const CLEAN: Array<[Gate, string]> = [
  ['source', '来源：中国政府网'],
  ['source', '来源：县农业农村局科教科'],
  ['political', '在以习近平同志为核心的党中央坚强领导下，全县上下攻坚克难'],
  ['political', '坚持以习近平新时代中国特色社会主义思想为指导'],
  ['political', '中央军委主席习近平签署命令'],
  ['political', '中央军委办公厅主任出席会议'],
  // Dated before the body was replaced: the old name is history, and 国务院 before it is right.
  ['political', '2015年，国务院扶贫办主任介绍情况'],
  ['political', '中央纪委副书记、国家监委副主任出席'],
  ['political', '两岸同胞坚决反对“台独”分裂行径'],
  ['political', '民进党当局谋“独”挑衅，顽固坚持“台独”立场'],
  ['political', '坚决打击各种形式的台独活动'],
  ['policy', '1998年他的户口农转非后，一直在县城工作'],
  ['policy', '对原农转非人员，统一登记为居民户口'],
  ['policy', '2015年起我省取消农业户口与非农业户口的性质区分'],
  ['policy', '按照原法定退休年龄，女工人年满50周岁即可退休'],
  ['policy', '2024年，女干部年满55周岁即可退休'],
  ['policy', '改革前，男职工年满60周岁退休'],
  ['policy', '男性年满60周岁的城乡居民可按月领取基础养老金'],
  ['policy', '依据湘政〔2022〕31号文件'],
  ['confidentiality', '网传“停水通知”系伪造，请勿转发'],
  ['confidentiality', '该通知系不实信息，请勿转发'],
  ['confidentiality', '本通知请各村广泛宣传，做到家喻户晓'],
  ['confidentiality', '本文为原创，转载请注明出处'],
  ['opinion', '连续作战的一线干部身心疲惫，组织上安排轮休'],
  ['opinion', '环卫工人起早贪黑，十分辛苦'],
  ['opinion', '我家的空气炸锅坏了，请问哪里可以维修'],
  ['coercion', '好差评结果纳入窗口工作人员绩效考核'],
  ['coercion', '请您对本次服务如实评价'],
  ['coercion', '年度考核结果与评优评先挂钩'],
  ['coercion', '引导群众通过“好差评”系统对服务作出评价'],
  ['privacy', '如有疑问，请联系社区王主任（联系电话：13907311234），您也可拨打12345热线'],
  ['privacy', '患者王某，62岁，因肺部感染入院'],
  ['privacy', '患者李女士，58岁，家住城南社区'],
  ['privacy', '医院共收治患者62人，其中家住河口镇的12人'],
  ['privacy', '办公地点：县人力资源和社会保障局就业股（人民路28号）'],
  ['privacy', '报名地点：区教育局人事科（文化路19号）'],
  ['privacy', '培训地点：县职教中心实训楼（学府路18号）'],
  ['advertising', '我县粮食总产量连续三年位居全市第1'],
  ['advertising', '我市GDP增速位居全省第1位'],
  ['advertising', '全省TOP10重点项目名单公布'],
  ['advertising', '本次比赛我县代表队获得第1名'],
  ['legal', '竞彩足球投注请到正规体育彩票销售网点'],
  ['legal', '足球比赛精彩纷呈，球迷热情高涨'],
];

describe('heldout-final21 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  // The declared source given with the input, as a repost tool passes it.
  it.each(['百度百科', '维基百科', '知乎', '百度知道'])('source reports a repost from %s', (s) => {
    expect(reportedSource(s, '本县历史悠久，素有“文化之乡”的美誉。')).toHaveLength(1);
  });
  it.each(['新华社', '县人民政府', '县文化和旅游局'])('source accepts a repost from %s', (s) => {
    expect(reportedSource(s, '本县历史悠久，素有“文化之乡”的美誉。')).toEqual([]);
  });
});
