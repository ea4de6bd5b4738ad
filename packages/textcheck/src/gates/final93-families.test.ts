// Rule families from heldout-final93, measured unseen and then read: 必需 before a verb of meeting a
// condition and 己有 after a total; the 2018 central leading groups that became commissions, the QS
// mark, 退一赔一 and share issuance under approval told as current; an exam skipped with a pass
// promised, a credit record washed for a fee or in days, cracked software to download, a borrowed
// qualification for bidding; a deposit rate ranked with its figure between, a body the most
// authoritative of its city, national top teachers, the public told to choose a named bank first; a
// person denied to be human; a driver named with a plate in brackets, a candidate's sentence told of 其
// after a check, an age and an illness in brackets after a name, an insured named with her cancer; a
// proposed penalty awaiting the collective discussion, the evaluation committee named before the bids
// are opened, a preliminary valuation before its conclusion is served. Quiet again: a fee the swindlers
// charge in quotes (所谓“服务费”), 中心累计, a price bureau before the 2018 reform, and a repost from
// 中国证监会网站.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // the central leading groups of 2018 told as current
  [
    'policy',
    '根据中央网络安全和信息化领导小组部署要求，我局开展数据安全检查。',
    '中央网络安全和信息化领导小组',
  ],
  ['policy', '认真落实中央网络安全和信息化领导小组会议精神。', '中央网络安全和信息化领导小组'],
  ['policy', '按照中央全面深化改革领导小组的部署，推进改革任务落地。', '中央全面深化改革领导小组'],
  ['policy', '中央财经领导小组近日召开会议，研究经济工作。', '中央财经领导小组'],
  ['policy', '学习贯彻中央外事工作领导小组会议精神。', '中央外事工作领导小组'],
  ['policy', '落实中央网信领导小组关于网络安全工作的要求。', '中央网信领导小组'],
  // the QS mark told as current
  ['policy', '选购预包装食品时，请认准包装上的QS标志。', 'QS标志'],
  ['policy', '购买食品要看是否有QS标志。', 'QS标志'],
  ['policy', '正规食品包装上均印有QS标识。', 'QS标识'],
  ['policy', '消费者选购月饼时应查看QS标志和生产日期。', 'QS标志'],
  ['policy', '请勿购买没有QS标志的散装食品。', 'QS标志'],
  ['policy', '本店所售食品均有QS标志，请放心选购。', 'QS标志'],
  // 退一赔一 as today's law
  ['policy', '经营者提供商品有欺诈行为的，应当“退一赔一”。', '退一赔一'],
  ['policy', '根据消费者权益保护法，商家欺诈应退一赔一。', '退一赔一'],
  ['policy', '消费者可依法要求商家退一赔一。', '退一赔一'],
  ['policy', '购买到假冒商品，可要求经营者退一赔一。', '退一赔一'],
  ['policy', '欺诈消费者的，依法承担退一赔一的责任。', '退一赔一'],
  ['policy', '维权小贴士：遇到欺诈销售可主张退一赔一。', '退一赔一'],
  // share issuance under approval as current
  ['policy', '目前我国A股新股发行实行核准制，企业需经发审委审核。', '实行核准制'],
  ['policy', '我国股票发行采用核准制，由证监会审核。', '采用核准制'],
  ['policy', '现阶段IPO实行核准制。', '实行核准制'],
  ['policy', '主板首次公开发行实行核准制，投资者应理性申购。', '实行核准制'],
  ['policy', '新股发行目前实施核准制。', '实施核准制'],
  ['policy', '企业上市实行核准制，需经过严格审核。', '实行核准制'],
  // an exam skipped and a pass promised
  [
    'legal',
    '报名可联系合作培训机构，不参加考试也可代办取证，包过。',
    '不参加考试也可代办取证，包过',
  ],
  ['legal', '不用参加考试，直接拿证，包过。', '不用参加考试，直接拿证，包过'],
  ['legal', '电工证不参加考试也能办，保过。', '不参加考试也能办，保过'],
  ['legal', '叉车证不去考试，包拿证。', '不去考试，包拿证'],
  ['legal', '不需参加培训，包通过，全国可查。', '不需参加培训，包通过'],
  ['legal', '焊工证不参加理论考试，包过。', '不参加理论考试，包过'],
  // a credit record washed for a fee or deleted within days
  ['legal', '也可委托专业征信公司付费“洗白”，最快3天即可删除失信记录。', '最快3天即可删除失信记录'],
  ['legal', '花钱洗白征信，当天办理。', '花钱洗白'],
  ['legal', '只需5天就能消除逾期记录。', '只需5天就能消除逾期记录'],
  ['legal', '付费消除不良记录，快速上岸。', '付费消除'],
  ['legal', '最快7个工作日即可撤销失信名单。', '最快7个工作日即可撤销失信名单'],
  ['legal', '仅需3天可删除不良信用记录。', '仅需3天可删除不良信用记录'],
  // cracked software sent to where it can be had
  ['legal', '采购费用较高，可在“绿色软件园”论坛下载免激活破解版，安装简便。', '下载免激活破解版'],
  ['legal', '推荐大家到某网站下载Office破解版。', '下载Office破解版'],
  ['legal', '破解版安装包已上传群文件，需要的自取。', '破解版安装包'],
  ['legal', '财务软件可以安装破解补丁，省下授权费。', '安装破解补丁'],
  ['legal', '设计软件注册机下载地址见评论区。', '注册机下载'],
  ['legal', '需要CAD的同事可以找信息科领取破解版。', '领取破解版'],
  // a borrowed qualification for bidding
  [
    'legal',
    '答：可以挂靠具备相应资质的企业参与投标，具体以招标文件要求为准。',
    '可以挂靠具备相应资质的企业参与投标',
  ],
  ['legal', '没有资质的施工队可借用其他公司资质承揽工程。', '可借用其他公司资质承揽工程'],
  ['legal', '建议挂靠有资质的单位报名。', '建议挂靠有资质的单位报名'],
  ['legal', '资质不够的，可以挂靠大企业的资质来投标。', '可以挂靠大企业的资质来投标'],
  ['legal', '小企业不妨借用一级资质参与竞标。', '不妨借用一级资质参与竞标'],
  ['legal', '个人也可以挂靠在有资质的公司名下承接工程。', '可以挂靠在有资质的公司名下承接工程'],
  // a deposit rate ranked highest with the figure between
  ['advertising', '本行三年期整存整取定期存款年利率2.15%，全县最高，起存金额50元。', '全县最高'],
  ['advertising', '一年期存款利率1.75%，全市最高。', '全市最高'],
  ['advertising', '该理财产品年化收益率3.8%，同业最高。', '同业最高'],
  ['advertising', '大额存单利率为2.3%，全区最高，欢迎办理。', '全区最高'],
  ['advertising', '五年期利率达2.5%全省最优。', '全省最优'],
  ['advertising', '定期存款利息为2.0%，本地第一。', '本地第一'],
  // a body calling itself the most authoritative of a place
  ['advertising', '我所是全市最权威的计量技术机构，拥有计量标准42项。', '全市最权威'],
  ['advertising', '本中心是全省最专业的检测机构。', '全省最专业'],
  ['advertising', '我们是全县最正规的培训学校。', '全县最正规'],
  ['advertising', '本站是全市最权威的检验站。', '全市最权威'],
  ['advertising', '作为全国最权威的认证机构，我们服务上万家企业。', '全国最权威'],
  ['advertising', '该医院是全市最专业的医院。', '全市最专业'],
  // teachers of a course graded national and top
  ['advertising', '培训班开始报名，国家级权威师资授课，欢迎企业报名。', '国家级权威师资'],
  ['advertising', '国际级顶尖讲师团队倾情授课。', '国际级顶尖讲师团队'],
  ['advertising', '全国一流名师授课，名额有限。', '全国一流名师'],
  ['advertising', '世界级金牌教练亲自指导。', '世界级金牌教练'],
  ['advertising', '全省最权威的师资团队。', '全省最权威的师资团队'],
  ['advertising', '国家级顶级导师一对一辅导。', '国家级顶级导师'],
  // the public told to choose a named business first
  ['advertising', '经对比，县农商银行利率较高，建议有存款需求的市民优先选择该行。', '优先选择该行'],
  ['advertising', '推荐大家首选这家店。', '首选这家店'],
  ['advertising', '建议消费者优先到该超市购买。', '优先到该超市'],
  ['advertising', '建议广大考生尽量选择该机构。', '尽量选择该机构'],
  ['advertising', '鼓励市民优先在该平台下单。', '优先在该平台'],
  ['advertising', '建议车主优先选用该品牌。', '优先选用该品牌'],
  // a person denied to be human
  ['opinion', '近期诈骗案件频发，这些骗子简直不是人，连养老钱都骗。', '简直不是人'],
  ['opinion', '虐待老人的子女真是不是人！', '真是不是人'],
  ['opinion', '干出这种事的人简直就不是人啊。', '简直就不是人啊'],
  ['opinion', '拐卖儿童的人贩子实在不是人。', '实在不是人'],
  ['opinion', '偷残疾人钱的小偷真是猪狗不如。', '真是猪狗不如'],
  ['opinion', '这些黑心商家简直没有人性！', '简直没有人性'],
  // a driver or owner named with the plate in brackets
  [
    'privacy',
    '我所发现司机邓国庆（车牌号湘A·T8823）车辆的计价器铅封损坏。',
    '司机邓国庆（车牌号湘A·T8823）',
  ],
  ['privacy', '车主王建华（车牌：鄂A12345）多次违停。', '车主王建华（车牌：鄂A12345）'],
  ['privacy', '驾驶员刘志强（号牌湘B·88K21）超速行驶。', '驾驶员刘志强（号牌湘B·88K21）'],
  ['privacy', '当事人赵明（车牌号为粤A·5T6Y8）已接受处理。', '当事人赵明（车牌号为粤A·5T6Y8）'],
  ['privacy', '司机孙立新（车牌浙C12W34）拒不配合检查。', '司机孙立新（车牌浙C12W34）'],
  ['privacy', '驾驶人周海（牌照号川A-9X8Y7）酒后驾车。', '驾驶人周海（牌照号川A-9X8Y7）'],
  // a named person's old sentence told of 其 after a check
  [
    'privacy',
    '候选人公示：城关镇个体户周德海。经核查，其曾于2016年因盗窃罪被判处有期徒刑一年，已刑满释放。',
    '其曾于2016年因盗窃罪被判处有期徒刑一年',
  ],
  [
    'privacy',
    '拟表彰对象：村民王建国。经查，其曾因故意伤害罪服刑三年。',
    '其曾因故意伤害罪服刑三年',
  ],
  [
    'privacy',
    '推荐人选：职工李志强。经核实，其早年因吸毒被强制隔离戒毒。',
    '其早年因吸毒被强制隔离戒毒',
  ],
  [
    'privacy',
    '低保申请人刘长青。经调查，其曾于2010年因诈骗罪被判刑。',
    '其曾于2010年因诈骗罪被判刑',
  ],
  ['privacy', '居民赵德明申请公益岗位。其曾因盗窃入狱两年。', '其曾因盗窃入狱两年'],
  ['privacy', '今年推选的示范户为村民孙海涛。经了解，其有盗窃前科。', '其有盗窃前科'],
  // an age and an illness in brackets after a full name
  [
    'privacy',
    '被困乘客吴美华（68岁，患有高血压和冠心病）被及时救出。',
    '吴美华（68岁，患有高血压和冠心病）',
  ],
  ['privacy', '伤者李建国（55岁，有糖尿病史）已送医。', '李建国（55岁，有糖尿病史）'],
  ['privacy', '老人王秀兰（女，80岁，患有心脏病）独自在家。', '王秀兰（女，80岁，患有心脏病）'],
  ['privacy', '落水者张志明（42岁，身患癫痫）被救起。', '张志明（42岁，身患癫痫）'],
  [
    'privacy',
    '救助对象陈桂英（73岁，患有脑梗后遗症）已妥善安置。',
    '陈桂英（73岁，患有脑梗后遗症）',
  ],
  ['privacy', '被困游客刘伟（35岁，有哮喘病）情绪稳定。', '刘伟（35岁，有哮喘病）'],
  // an insured named in full with her cancer in a claim story
  [
    'privacy',
    '市民陈丽娟于2023年投保重大疾病保险，今年3月确诊乳腺癌三期，保险公司赔付保险金30万元。',
    '确诊乳腺癌',
  ],
  ['privacy', '居民王建军投保百万医疗险，去年确诊肺癌，获赔50万元。', '确诊肺癌'],
  ['privacy', '职工李秀兰在投保后第二年确诊胃癌，保险公司及时理赔。', '确诊胃癌'],
  ['privacy', '村民张国强患有尿毒症，保险公司已赔付12万元。', '患有尿毒症'],
  ['privacy', '市民赵丽华确诊白血病后申请理赔，获赔保险金40万元。', '确诊白血病'],
  ['privacy', '退休职工孙志明确诊肝癌，其投保的重疾险已赔付。', '确诊肝癌'],
  // a proposed penalty told while the case awaits the collective discussion
  [
    'confidentiality',
    '我所拟对其处以罚款5万元，目前案件正在等待局务会集体讨论。',
    '拟对其处以罚款5万元',
  ],
  [
    'confidentiality',
    '执法人员拟对该超市处以没收违法所得，尚需提交案审会审议。',
    '拟对该超市处以没收',
  ],
  ['confidentiality', '我局拟对当事人给予吊销许可证处罚，待局长办公会研究。', '拟对当事人给予吊销'],
  [
    'confidentiality',
    '本局拟对其处以罚款10万元，案件将提交重大案件集体讨论。',
    '拟对其处以罚款10万元',
  ],
  ['confidentiality', '我队拟对其处以罚款2万元，待法制审核后作出决定。', '拟对其处以罚款2万元'],
  [
    'confidentiality',
    '办案人员拟对该企业作出责令停产停业的处理，目前等待负责人集体讨论。',
    '拟对该企业作出责令停产停业',
  ],
  // the evaluation committee named before the bids are opened
  [
    'confidentiality',
    '项目将于6月18日上午9时开标。评标委员会由5名专家组成，分别为刘建平、陈卫东、周敏、谢志强、黄丽萍。',
    '分别为刘建平、陈卫东、周敏、谢志强、黄丽萍',
  ],
  [
    'confidentiality',
    '开标时间为7月2日。评审专家分别是王强、李明、赵刚。',
    '分别是王强、李明、赵刚',
  ],
  [
    'confidentiality',
    '请各投标人按时参加。评标委员会成员为张伟、刘芳、陈静。',
    '为张伟、刘芳、陈静',
  ],
  ['confidentiality', '本项目尚未开标，评审小组包括孙立、周海涛、吴敏。', '包括孙立、周海涛、吴敏'],
  ['confidentiality', '磋商小组名单为赵明、钱军、孙丽，将于下周一开标。', '名单为赵明、钱军、孙丽'],
  ['confidentiality', '开标前公布：评标专家依次为郑华、冯涛、陈刚。', '依次为郑华、冯涛、陈刚'],
  // a preliminary valuation before its conclusion is served
  [
    'confidentiality',
    '初步认定价格为5.86万元，认定结论书将于下周送达办案机关。',
    '初步认定价格为5.86万元',
  ],
  ['confidentiality', '涉案财物初步鉴定金额为12万元，鉴定书尚未出具。', '初步鉴定金额为12万元'],
  [
    'confidentiality',
    '涉案车辆初步评估价值约8.2万元，评估报告将于近日送达。',
    '初步评估价值约8.2万元',
  ],
  ['confidentiality', '初步核定损失为36万元，结论书待审核后出具。', '初步核定损失为36万元'],
  ['confidentiality', '手表初步认定价值为3.5万元，认定书正在出具。', '初步认定价值为3.5万元'],
  ['confidentiality', '暂定认定金额为1.2万元，鉴定意见尚未送达公安机关。', '暂定认定金额为1.2万元'],
];

const CLEAN: Array<[Gate, string]> = [
  ['policy', '2018年，中央网络安全和信息化领导小组改为中央网络安全和信息化委员会。'],
  ['policy', '原中央财经领导小组办公室相关职责由中央财经委员会办公室承担。'],
  ['policy', '食品QS标志已于2018年10月1日起全面停用，改为SC编号。'],
  ['policy', '选购食品请认准包装上的SC食品生产许可证编号。'],
  ['policy', '2014年修改前的消费者权益保护法规定退一赔一，现已改为退一赔三。'],
  ['policy', '经营者有欺诈行为的，应当退一赔三。'],
  ['policy', '2023年起全面实行股票发行注册制，此前新股发行实行核准制。'],
  ['policy', '企业投资项目实行核准制和备案制管理。'],
  ['policy', '2018年机构改革前，县价格认证中心隶属县物价局。'],
  ['policy', '机构改革前，相关职能由县物价局承担。'],
  ['legal', '驾驶证期满换证无需考试。'],
  ['legal', '谨防“不参加考试也能拿证，包过”的骗局。'],
  ['legal', '信用修复审核通过后，3个工作日内撤下相关失信信息。'],
  ['legal', '信用修复全程免费，任何机构和个人无权收取费用。'],
  ['legal', '严禁使用破解版软件，各单位请采购正版。'],
  ['legal', '请勿下载来路不明的破解版，以免感染病毒。'],
  ['legal', '严禁挂靠、借用资质投标。'],
  ['legal', '投标人不得以挂靠方式参与投标。'],
  ['legal', '企业可以凭本企业资质参与投标。'],
  ['advertising', '本行三年期定期存款年利率2.15%，起存金额50元。'],
  ['advertising', '贷款利率最高不超过4.35%。'],
  ['advertising', '我所是全市唯一的法定计量技术机构。'],
  ['advertising', '被评为全市最佳服务窗口。'],
  ['advertising', '国家级专家授课，内容涵盖标准编写。'],
  ['advertising', '国家级教学名师来校讲座。'],
  ['advertising', '建议市民优先选择正规渠道办理。'],
  ['advertising', '建议优先选择公共交通出行。'],
  ['opinion', '这根本不是人为因素造成的。'],
  ['opinion', '机器人客服不是人工，请耐心等待。'],
  ['opinion', '这不是人能做到的。'],
  ['opinion', '有不法分子以“代办信用修复”为名，向企业收取所谓“服务费”。'],
  ['opinion', '十年来，中心累计服务各类市场主体4.2万家次。'],
  ['opinion', '所谓“河长制”，是指由各级党政主要负责同志担任河长。'],
  ['privacy', '车主周某（车牌号湘A·T8823）已接受处理。'],
  ['privacy', '湘A·T8823号车辆违停，请车主尽快挪车。'],
  ['privacy', '经核查，其所在企业曾于2016年因违法排污被处罚。'],
  ['privacy', '被困乘客吴美华（68岁）被及时救出，身体无大碍。'],
  ['privacy', '被困乘客吴某（68岁，患有高血压）被及时救出。'],
  ['privacy', '寻人启事：王秀兰（80岁，患有阿尔茨海默病）于昨日走失。'],
  ['privacy', '市民陈女士投保重大疾病保险，今年确诊乳腺癌，获赔30万元。'],
  ['privacy', '客户王某确诊肺癌后申请理赔，获赔50万元。'],
  ['confidentiality', '经局务会集体讨论，决定对其处以罚款5万元。'],
  ['confidentiality', '行政处罚事先告知书：我局拟对你单位处以罚款5万元，你单位有权陈述申辩。'],
  ['confidentiality', '中标候选人公示：评标委员会成员为张伟、刘芳、陈静。'],
  ['confidentiality', '评标委员会由5名专家组成，从省综合评标专家库随机抽取。将于6月18日开标。'],
  ['confidentiality', '本中心全年共完成价格认定126件，认定金额1.2亿元。'],
  ['confidentiality', '初步认定价格为5.86万元的结论书已送达办案机关。'],
];

describe('families of heldout-final93', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 必需 before a verb of meeting a condition as 必须', () => {
    for (const text of [
      '投资者参与北交所股票交易，必需满足前20个交易日日均证券资产不低于50万元等条件。',
      '申请人必需具备相应的专业资格。',
      '产品必需符合国家标准。',
      '报考人员必需年满18周岁。',
      '从业人员必需取得上岗证。',
      '考生必需通过资格审查。',
    ])
      expect(textGateWarnings(text).join('')).toContain('必需');
    expect(textGateWarnings('这是满足生活必需的物资。').join('')).not.toContain('必需');
    expect(textGateWarnings('为困难群众送去米面油等生活必需品。').join('')).not.toContain('必需');
  });

  it('reads 己有 after a total as 已有', () => {
    for (const text of [
      '截至目前，全县己有1526家企业作出信用承诺。',
      '全市己有80%的村完成改造。',
      '目前己有3000余人报名。',
      '全省己有12个县通过验收。',
      '今年己有5批次产品抽检合格。',
      '现己有200名志愿者参与。',
    ])
      expect(textGateWarnings(text).join('')).toContain('己');
    expect(textGateWarnings('不得将公共财物据为己有。').join('')).not.toContain('己');
    expect(textGateWarnings('严于律己，廉洁自律。').join('')).not.toContain('己');
  });

  it('reads a repost from a commission abbreviated 证监会 as an authoritative source', () => {
    expect(
      reportedSource('www.csrc.gov.cn', '【转载】来源：中国证监会网站。证监会提醒投资者谨防诈骗。'),
    ).toEqual([]);
    expect(reportedSource('', '来源：国家金融监督管理总局。')).toEqual([]);
  });
});
