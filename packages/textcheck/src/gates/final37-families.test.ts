// Rule families of the heldout-final37 round, each with wordings other than the set's: the citizen told
// to move somewhere remote (建议您搬到深山老林去住), the official's post offered to them in a retort (要不
// 这个局长您来当？), women turned away with a reason between (女性因婚育原因易影响工作连续性，原则上不予
// 考虑), an office's own estimate told before the release it says is coming (据统计局内部初步核算…正式
// 数据将于下月由省统计局统一发布), a class barred from an honour for an unfinished repost (未完成转发的
// 班级不得参评文明班级), a county stem after the wrong province (浙江婺源) and a list of prefectures after
// one province (四川省泸州市、昭通市), the old income-tax threshold as current (每月超过3500元的部分),
// a spam site in a jump menu (<option value="http://…">传奇私服发布网</option>), a case of disease named
// with the patient's village (该患者为城关镇黄泥村村民陈秀兰), the route of exam papers in transit — and
// the near misses that stay quiet: a unit's channel followed by its account's name as a repost source
// (应急管理部微信公众号“中国应急管理”), drugs named in anti-drug, rehab or court posts (不吸毒、不共用
// 注射器), and the lawful siblings of each family.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // the citizen told to move somewhere remote
  [
    'opinion',
    '关于“广场舞噪音扰民”的回复：您好，经核查，城市广场开展的健身活动时间为每晚19时至21时，音量总体可控。对于您天天投诉噪音的情况，建议您搬到深山老林去住，那里比较安静。',
    '建议您搬到深山',
  ],
  ['opinion', '回复：嫌吵的话，奉劝你搬去山沟沟里住。', '奉劝你搬去山沟'],
  ['opinion', '回复：我看您还是搬到荒郊野外吧，那里没人跳舞。', '我看您还是搬到荒郊野外'],
  ['opinion', '回复：您不妨搬到没人的地方去，就清净了。', '您不妨搬到没人的地方'],
  ['opinion', '回复：受不了的话您最好去深山里住。', '您最好去深山里住'],
  ['opinion', '回复：实在不行您趁早搬家到孤岛上，别在这里投诉。', '搬家到孤岛'],
  // the official's post offered to the citizen in a retort
  [
    'opinion',
    '网友您好：线路规划需综合考虑客流、道路条件等多方面因素，并非您想的那么简单。您说得都对，要不这个局长您来当？',
    '要不这个局长您来当',
  ],
  ['opinion', '回复：那你来当这个县长好了。', '那你来当这个县长'],
  ['opinion', '回复：有本事这个主任让给你来干。', '有本事这个主任让给你来干'],
  ['opinion', '回复：要不您来当局长吧，您说了算。', '要不您来当局长'],
  ['opinion', '回复：你行你来做这个镇长啊。', '你行你来做这个镇长'],
  // women turned away, with the reason between
  [
    'political',
    '社区便民服务中心公开招聘工作人员公告\n岗位要求：男性优先，女性因婚育原因易影响工作连续性，原则上不予考虑。',
    '女性因婚育原因易影响工作连续性，原则上不予考虑',
  ],
  ['political', '招聘岗位：文员。已婚未育女性由于可能休产假，一律不予录用。', '一律不予录用'],
  ['political', '招聘条件：考虑到产假因素，女性应聘者一律不录用。', '女性应聘者一律不录用'],
  ['political', '招聘启事：宝妈因需照顾孩子，暂不考虑。', '宝妈因需照顾孩子，暂不考虑'],
  ['political', '招聘公告：女同志因孕产期较长，本岗位不予考虑。', '本岗位不予考虑'],
  ['political', '诚聘销售：女性原则上不予考虑，男性优先。', '女性原则上不予考虑'],
  // an office's own estimate told before the release it says is coming
  [
    'confidentiality',
    '【经济运行】据统计局内部初步核算，一季度全市地区生产总值增速为5.8%，高于全省平均水平0.4个百分点，正式数据将于下月由省统计局统一发布。',
    '内部初步核算',
  ],
  [
    'confidentiality',
    '据我局内部测算，上半年全区固定资产投资增长6.2%，最终数据以省统计局正式发布为准。',
    '内部测算',
  ],
  [
    'confidentiality',
    '经本局初步估算，前三季度社会消费品零售总额增长4.9%，官方数据预计于月底公布。',
    '本局初步估算',
  ],
  [
    'confidentiality',
    '据局内初步核算，一季度规上工业增加值增长7%，正式数据另行公布。',
    '局内初步核算',
  ],
  [
    'confidentiality',
    '根据系统内统计，今年以来财政收入增长3.1%，正式数字将在下月统一发布。',
    '系统内统计',
  ],
  // a group barred from an honour for an unfinished repost, like, share or screenshot
  [
    'coercion',
    '请各班主任将附件中的《防溺水告家长书》推送给家长，要求每名学生家长须转发至少3个微信群并截图，未完成转发的班级不得参评文明班级。',
    '未完成转发的班级不得参评文明班级',
  ],
  [
    'coercion',
    '请各单位组织职工转发文章，未完成分享任务的科室取消年度评优资格。',
    '未完成分享任务的科室取消年度评优资格',
  ],
  [
    'coercion',
    '要求党员在朋友圈转发并截图上报，截止周五仍未完成点赞的党员，不得参加年度评优。',
    '未完成点赞的党员',
  ],
  [
    'coercion',
    '请家长集赞30个并截图，未完成集赞任务的家庭不能领取补贴。',
    '未完成集赞任务的家庭不能领取补贴',
  ],
  // a county stem after the wrong province, and a list of prefectures after one province
  [
    'political',
    '黄山市文化和旅游局联合浙江婺源、衢州开化推出“皖浙赣”三省边际精品旅游线路。',
    '浙江婺源',
  ],
  ['political', '安徽婺源、浙江开化、江西休宁三地联合推介。', '安徽婺源'],
  ['political', '本次采风活动走进福建省婺源等地。', '福建省婺源'],
  ['political', '游客可前往贵州凤凰、湖南镇远等古城游玩。', '贵州凤凰'],
  [
    'political',
    '贵州省遵义市、毕节市，四川省泸州市、昭通市等流域地市生态环境部门负责同志参加会议。',
    '四川省泸州市、昭通市',
  ],
  ['political', '广东省广州市、深圳市、南宁市共同签署协议。', '南宁市'],
  ['political', '河南省郑州市、洛阳市、邯郸市三地开展联合执法。', '邯郸市'],
  ['political', '浙江省杭州市、宁波市、苏州市签署合作备忘录。', '苏州市'],
  // the old income-tax threshold told as current
  [
    'policy',
    '【个税小课堂】根据现行规定，居民个人工资、薪金所得每月超过3500元的部分，按照3%至45%的超额累进税率缴纳个人所得税。',
    '每月超过3500元的部分',
  ],
  ['policy', '个税小课堂：月工资扣除3500元后的部分需要缴纳个人所得税。', '扣除3500元'],
  ['policy', '工资薪金所得减除3500元后按税率计税。', '减除3500元'],
  ['policy', '个人所得税免征额为每月3500元，超过部分按规定纳税。', '免征额为每月3500元'],
  ['policy', '你的工资每月3500元以上的部分要交个税。', '每月3500元以上的部分'],
  // a case of disease named with the patient's village or community
  [
    'privacy',
    '【结核病防治】近日，我县通过主动筛查发现一例肺结核患者，该患者为城关镇黄泥村村民陈秀兰，目前已在县人民医院接受规范治疗。',
    '城关镇黄泥村村民陈秀兰',
  ],
  ['privacy', '确诊的新冠病例为河口镇前营村村民王秀英，已隔离治疗。', '村民王秀英'],
  ['privacy', '该艾滋病感染者系城南街道幸福社区居民刘建军。', '居民刘建军'],
  ['privacy', '我县新发现一例肺结核病例，为东风乡红旗村村民李春花。', '村民李春花'],
  ['privacy', '经流调，阳性人员是石桥镇五里村村民赵德明，现已转运至定点医院。', '村民赵德明'],
  // the route of exam papers or other guarded cargo in transit
  [
    'confidentiality',
    '经研究，今年高考试卷押运路线为市保密室—建设路—人民大道—各考点，每日6时30分出发。',
    '试卷押运路线为市保密室',
  ],
  ['confidentiality', '中考试卷运送路线：县保密室经解放路、滨河大道送达各考点。', '试卷运送路线'],
  [
    'confidentiality',
    '试卷押运车辆每天6时从市教育局保密室出发，途经人民路、中山路到达各考场。',
    '途经人民路',
  ],
  ['confidentiality', '押运试卷的车辆将沿建设大道、解放路行驶至一中考点。', '押运试卷的车辆'],
  ['confidentiality', '答题卡转运线路为：各考点→环城路→市阅卷中心。', '答题卡转运线路'],
];

// [gate, text or page that must stay quiet]
const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['opinion', '建议您搬到新建的安置小区，交通更方便。'],
  ['opinion', '建议游客到深山老林徒步时结伴而行，注意安全。'],
  ['opinion', '欢迎您来当志愿者，报名电话12345。'],
  ['opinion', '“我来当一天局长”活动邀请市民体验政务服务。'],
  ['political', '招聘条件：男女不限，年龄超过35周岁的不予考虑。'],
  ['political', '招聘公告：女性、男性均可报名，学历不符者不予考虑。'],
  ['political', '用人单位招聘时不得因婚育原因对女性不予录用，违者将依法查处。'],
  ['confidentiality', '初步核算，一季度国内生产总值增长5.3%，正式数据将于下月发布。'],
  ['confidentiality', '据初步统计，五一期间接待游客12万人次，正式数据将于下周发布。'],
  ['coercion', '已完成转发的班级将获得表彰，欢迎大家积极参与。'],
  ['coercion', '未完成学业的学生不得毕业，请同学们认真学习。'],
  ['political', '江西婺源、浙江开化、安徽休宁三地联合推介。'],
  ['political', '福建婺源是著名的油菜花观赏地。'],
  ['political', '上海市长兴岛郊野公园、北京市公安局、上海友谊(集团)有限公司'],
  ['political', '湖南省长沙市、株洲市、湘潭市三市同城化。'],
  ['political', '四川省成都市、重庆市共建双城经济圈。'],
  ['political', '四川省泸州市、云南省昭通市等地参加会议。'],
  ['policy', '2011年起，个税起征点调整为3500元，超过3500元的部分缴税。'],
  ['policy', '个税起征点已由3500元提高到5000元，每月超过5000元的部分缴纳个人所得税。'],
  ['policy', '困难职工医疗费用超过3500元的部分，由工会按50%比例补助。'],
  ['privacy', '城关镇黄泥村村民陈秀兰被评为“最美家庭”。'],
  ['privacy', '该患者为城关镇黄泥村村民陈某，目前已接受治疗。'],
  ['privacy', '城关镇黄泥村村民积极参加结核病筛查。'],
  ['confidentiality', '市教育局联合公安、保密等部门召开高考试卷押运保障工作会，部署安保工作。'],
  ['confidentiality', '试卷押运全程由2名民警随车押运，确保万无一失。'],
  ['confidentiality', '受施工影响，12路公交线路临时调整为途经建设路、人民大道。'],
  // drugs named in anti-drug publicity, a rehab story or a court report
  [
    'legal',
    '【12·1世界艾滋病日】预防艾滋病，要洁身自爱，坚持正确使用安全套，不吸毒、不共用注射器。',
  ],
  ['legal', '青少年要拒绝吸毒，珍爱生命。'],
  ['legal', '老张曾吸毒多年，在社区戒毒期间重新找到工作。'],
  ['legal', '被告人李某吸毒后驾驶机动车，法院依法判处拘役。'],
  // a jump menu of government sites
  [
    'hijack',
    {
      html: '<html><body><p>友情链接：</p><select onchange="window.open(this.value)"><option>--请选择--</option><option value="http://www.jiangxi.gov.cn/">江西省人民政府</option><option value="http://www.xinhuanet.com/">新华网</option></select></body></html>',
    },
  ],
];

describe('heldout-final37 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('legal still blocks drug paraphernalia offered', () => {
    expect(reported('legal', { text: '吸毒工具出售，同城闪送，价格私聊。' })).not.toEqual([]);
  });

  it.each([
    '<select><option value="http://www.sf999.cn/">传奇私服发布网</option></select>',
    '<select onchange="location.href=this.value"><option value="https://www.ab123.com">澳门百家乐在线</option></select>',
    '<form><select name="links"><option value="http://www.x77.net/">代开发票联系QQ</option></select></form>',
  ])('hijack reports a spam site in a jump menu: %s', (menu) => {
    const html = `<html><body><p>港口街镇召开森林防灭火工作会议。</p>${menu}</body></html>`;
    expect(reported('hijack', { html })).toHaveLength(1);
  });

  it.each([
    '应急管理部微信公众号“中国应急管理”',
    '国家卫生健康委员会官方微博“健康中国”',
    '共青团中央微信公众号《团团》',
  ])('source accepts a unit’s channel named with its account: %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['某养生馆微信公众号“健康小常识”', '“本地吃瓜群众”微信公众号'])(
    'source still reports an unlisted account: %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
});
