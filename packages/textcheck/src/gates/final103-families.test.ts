// Rule families from heldout-final103, measured unseen and then read: a woman belittled by her sex (虽是
// 女流之辈, 一介女流, 妇道人家); the national archives bureau under a wrong unit (国家档案总局); a work of art
// said to reach a national grade where the post offers it (书法作品达到国家级水准，现有部分作品开放收藏);
// a surname with a form of address, or a craftsman a feature interviews, named before a relative's drug
// rehabilitation (老手艺人周师傅…其长子因吸毒目前仍在强制隔离戒毒); a candidate settled at a meeting
// before the document (人选已在昨天的党组会上确定为办公室主任周建华); a service sped up through a quoted
// back door with the fee last (走“内部渠道”，三个工作日出证，服务费2000元); staff told to use force first
// and call the police after (管理人员可先动手制服再报警); vehicles with no right to it told they may take
// the emergency lane (公务车辆…可借用应急车道快速通行); a betting round at an event with its winnings paid
// on the spot (押注环节，奖金现场兑现); an office or agent offering to make another's papers of job and
// money (可协助代开在职证明和银行流水); an office's assets sold off with the money kept (自行变卖处理，收入
// 不必上缴); a pupil named by class beside damage done and a school's punishment (初二（3）班学生张浩然…损坏
// 展柜玻璃…警告处分); regulations replaced by later ones (《宗教活动场所管理条例》, 《档案法实施办法》);
// archives opened after thirty years, the period before the 2020 Archives Law (满三十年向社会开放); 青睐
// written 亲睐.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import { textGateWarnings } from '../../test/support/text-gate.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // a woman belittled by her sex
  [
    'political',
    '【馆员风采】年过七旬的刘馆员虽是女流之辈，却坚持走访全市百余座古村落，整理出30万字的乡土文化笔记。',
    '女流之辈',
  ],
  ['political', '她虽是一介女流，却扛起了全村脱贫的重担。', '一介女流'],
  ['political', '别看她是妇道人家，干起农活来一点不输男人。', '妇道人家'],
  ['political', '一个女人家能把合作社办得这么红火，实属不易。', '一个女人家'],
  ['political', '王大姐身为女流之辈，却在抗洪一线坚守了七天七夜。', '女流之辈'],
  ['political', '这帮娘儿们整天就知道家长里短。', '娘儿们'],
  // the national archives bureau under a wrong unit
  [
    'political',
    '省档案局组织参加国家档案总局举办的全国档案数字化培训班，学习电子档案单套制管理等内容。',
    '国家档案总局',
  ],
  ['political', '国家档案总局近日印发关于加强电子档案管理的通知。', '国家档案总局'],
  ['political', '中国档案总局发布了新版档案著录规则。', '中国档案总局'],
  ['political', '受国家档案委员会委托，省局开展专项检查。', '国家档案委员会'],
  ['political', '会议传达了中国档案局有关文件精神。', '中国档案局'],
  ['political', '市档案局派员参加了国家档案总局在京举办的培训。', '国家档案总局'],
  // a work of art or craft said to reach a national grade where the post offers it
  [
    'advertising',
    '市文史研究馆馆员李老的书法作品达到国家级水准，现有部分作品开放收藏，欢迎书法爱好者前来洽谈。',
    '国家级水准',
  ],
  ['advertising', '这批苏绣作品堪比国家级大师水平，欢迎选购。', '作品堪比国家级大师水平'],
  [
    'advertising',
    '王师傅的根雕技艺已达到国家级水准，作品现对外出售，价格面议。',
    '根雕技艺已达到国家级水准',
  ],
  ['advertising', '合作社的竹编工艺品达到世界级水平，欢迎订购。', '竹编工艺品达到世界级水平'],
  [
    'advertising',
    '本店紫砂壶做工堪比国家级大师水准，每把仅售680元。',
    '紫砂壶做工堪比国家级大师水准',
  ],
  [
    'advertising',
    '张老的国画作品达到国家级水准，收藏热线：0571-88888888。',
    '国画作品达到国家级水准',
  ],
  // a relative's record beside a person named by a surname and a form of address, or as a craftsman
  [
    'privacy',
    '文史馆访谈的老手艺人周师傅一生坎坷，离婚后独自抚养两个孩子，其长子因吸毒目前仍在强制隔离戒毒。',
    '其长子因吸毒目前仍在强制隔离',
  ],
  ['privacy', '社区走访了独居的王大爷，其儿子因盗窃正在监狱服刑。', '其儿子因盗窃正在监狱服刑'],
  [
    'privacy',
    '受访的老匠人陈师傅早年丧偶，其女儿患有精神分裂症，常年住院。',
    '其女儿患有精神分裂症',
  ],
  [
    'privacy',
    '李阿姨一家三口住在老城区，其丈夫曾因吸毒被强制隔离戒毒。',
    '其丈夫曾因吸毒被强制隔离戒毒',
  ],
  ['privacy', '非遗传承人张德明年过八旬，其次子因贩毒被判刑入狱。', '其次子因贩毒被判刑入狱'],
  ['privacy', '采访了老艺人刘师傅，其长女患有尿毒症，每周透析三次。', '其长女患有尿毒症'],
  // a candidate settled at a meeting, before the document
  [
    'confidentiality',
    '【中心动态】据悉，中心副主任人选已在昨天的党组会上确定为办公室主任周建华，正式任职文件下周印发，请大家先做好工作交接准备。',
    '人选已在昨天的党组会上确定为办公室主任周建华',
  ],
  [
    'confidentiality',
    '副局长人选已在上周的局党组会上确定为办公室主任李明华，任职文件还没下发。',
    '确定为办公室主任李明华',
  ],
  ['confidentiality', '据悉，镇长人选已于昨天的常委会上敲定为副镇长王某某。', '敲定为副镇长王某某'],
  [
    'confidentiality',
    '科长人选经党委会研究初步确定为财务股股长张某某，正式文件近期印发。',
    '初步确定为财务股股长张某某',
  ],
  [
    'confidentiality',
    '副校长人选已在校党委会上确定为教务处主任刘某某，目前正在考察。',
    '确定为教务处主任刘某某',
  ],
  ['confidentiality', '据了解，所长人选在昨日所务会上定为副所长陈某。', '定为副所长陈某'],
  // a service sped up through a back door, the fee named last
  [
    'legal',
    '【便民服务】台胞办理居住证如急需加急，可通过本中心工作人员走“内部渠道”，三个工作日出证，服务费2000元。',
    '走“内部渠道”，三个工作日出证，服务费2000元',
  ],
  ['legal', '找熟人走内部通道，两天就能拿证，费用1500元。', '两天就能拿证，费用1500元'],
  ['legal', '托关系办理，次日即可领证，收费800元。', '次日即可领证，收费800元'],
  ['legal', '走“后门”的话，一周就能批下来，好处费三千块。', '一周就能批下来，好处费三千块'],
  ['legal', '可以通过特殊渠道办理，当天出证，加急费500元。', '当天出证，加急费500元'],
  ['legal', '通过内部关系，三个工作日办结，手续费为1200元。', '三个工作日办结，手续费为1200元'],
  // staff told to use force first and call the police after
  [
    'legal',
    '州民宗委提醒各宗教活动场所：节庆期间如遇有人在场所周边闹事，管理人员可先动手制服再报警，维护场所秩序。',
    '管理人员可先动手制服再报警',
  ],
  ['legal', '遇到有人在小区闹事，物业人员可以先动手教训一顿再报警。', '先动手教训一顿再报警'],
  ['legal', '有人在店里撒泼的，店主尽管先把他打服了再说。', '先把他打服'],
  ['legal', '保安可先把对方按倒，然后报警。', '可先把对方按倒'],
  ['legal', '遇到醉汉闹事，值班人员可以先揍一顿再报警。', '先揍一顿再报警'],
  ['legal', '有人冲击服务大厅时，安保人员可直接动手制服。', '可直接动手制服'],
  // vehicles with no right to it told they may take the emergency lane
  [
    'legal',
    '省机关事务管理局提示：早晚高峰期间，公务车辆执行紧急任务时可借用应急车道快速通行，确保按时到达会场。',
    '可借用应急车道快速通行',
  ],
  ['legal', '节假日高速拥堵时，私家车可以临时借用应急车道通行。', '借用应急车道通行'],
  ['legal', '领导用车赶时间的，可占用应急车道快速通过。', '可占用应急车道快速通过'],
  ['legal', '遇到堵车，返乡车辆不妨走应急车道，能节省不少时间。', '不妨走应急车道'],
  ['legal', '接送考生的车辆可以驶入应急车道行驶，确保考生准时到达。', '驶入应急车道行驶'],
  ['legal', '公务车辆因会议紧急，可借道应急车道超车。', '可借道应急车道超车'],
  // a betting round at an event with its winnings paid on the spot
  [
    'legal',
    '市侨办春节侨界联谊会将于2月8日举行，现场设有“欢乐麻将”押注环节，奖金现场兑现，欢迎侨胞侨眷报名参加。',
    '押注环节，奖金现场兑现',
  ],
  ['legal', '年会设置下注游戏，赢的现金当场发放。', '下注游戏，赢的现金当场发放'],
  ['legal', '庙会设有掼蛋押注专区，彩金当天结算。', '押注专区，彩金当天结算'],
  ['legal', '联欢晚会增设押宝游戏，所赢筹码可现场兑换。', '押宝游戏，所赢筹码可现场兑换'],
  ['legal', '农家乐推出斗地主押钱桌，奖金即时提现。', '押钱桌，奖金即时提现'],
  ['legal', '社区趣味运动会设有赌注环节，赢得的奖金当日领取。', '赌注环节，赢得的奖金当日领取'],
  // an office or an agent offering to make another's papers of job and money
  [
    'legal',
    '【签证服务】企业人员赴欧洲商务考察，如个人资产不足，本中心可协助代开在职证明和银行流水，确保签证顺利出签。',
    '可协助代开在职证明和银行流水',
  ],
  ['legal', '资料不全的客户，我们可以帮您包装银行流水，贷款包过。', '包装银行流水'],
  ['legal', '无固定工作的申请人，本机构可代开收入证明。', '可代开收入证明'],
  ['legal', '收入不够的话，中介能帮忙美化工资流水和在职证明。', '美化工资流水和在职证明'],
  ['legal', '本公司提供代开在职证明、收入证明服务，价格优惠。', '代开在职证明、收入证明'],
  ['legal', '办理签证缺材料的，我们可以代出具存款证明。', '代出具存款证明'],
  // an office's assets sold off with the money kept
  [
    'legal',
    '各单位报废的电脑、打印机等办公设备，可由各单位自行变卖处理，收入不必上缴，可用于补贴单位工会活动经费。',
    '自行变卖处理，收入不必上缴',
  ],
  ['legal', '各科室闲置的办公家具可自行出售，所得款项无需上缴财政。', '所得款项无需上缴'],
  [
    'legal',
    '报废公务车辆由各单位自行处置，变卖收入可留归单位自行支配。',
    '变卖收入可留归单位自行支配',
  ],
  ['legal', '没收的渔具可由所里直接变卖，得款不用上交。', '直接变卖，得款不用上交'],
  ['legal', '单位淘汰的旧电脑可以私下卖掉，所得可用于发放职工福利。', '所得可用于发放职工福利'],
  ['legal', '废旧办公设备变卖所得可用于补贴单位工会活动经费。', '变卖所得可用于补贴单位工会'],
  // a pupil named by class beside damage done and a school's punishment
  [
    'legal',
    '近日，县第二中学初二（3）班学生张浩然在参观县档案馆时损坏展柜玻璃，学校已对其作出警告处分，县档案馆提醒参观者文明参观。',
    '初二（3）班学生张浩然',
  ],
  [
    'legal',
    '市实验小学五年级2班学生李子涵在图书馆乱涂乱画，损坏图书十余册。',
    '五年级2班学生李子涵',
  ],
  ['legal', '七年级（1）班王梓萱因多次违纪，被学校给予记过处分。', '七年级（1）班王梓萱'],
  ['legal', '初三2班刘思远在博物馆打碎展品，其家长已赔偿。', '初三2班刘思远'],
  [
    'legal',
    '涉事学生赵一鸣系该校初二（3）班学生，已被给予警告处分。',
    '赵一鸣系该校初二（3）班学生',
  ],
  ['legal', '高二（4）班学生孙嘉怡在实验室弄坏显微镜，已被通报批评。', '高二（4）班学生孙嘉怡'],
  // regulations replaced by later ones
  [
    'policy',
    '县民宗局依照《宗教活动场所管理条例》对新申请登记的宗教活动场所进行现场审核，符合条件的予以登记。',
    '宗教活动场所管理条例',
  ],
  [
    'policy',
    '依据《中华人民共和国档案法实施办法》有关规定，省档案局近期将对省直单位档案移交进馆情况开展专项检查。',
    '档案法实施办法',
  ],
  [
    'policy',
    '根据《宗教活动场所管理条例》，宗教活动场所应当建立管理组织。',
    '宗教活动场所管理条例',
  ],
  ['policy', '我市依照《宗教活动场所管理条例》为新建场所办理登记。', '宗教活动场所管理条例'],
  ['policy', '《中华人民共和国档案法实施办法》规定，机关档案应定期移交。', '档案法实施办法'],
  ['policy', '按照《档案法实施办法》，各单位应按期向档案馆移交档案。', '档案法实施办法'],
  ['policy', '依据《宗教活动场所管理条例》第八条，对场所进行年度检查。', '宗教活动场所管理条例'],
  // archives opened after thirty years, the period before the 2020 Archives Law
  [
    'policy',
    '【查档须知】按照档案法规定，县档案馆保存的档案自形成之日起满三十年向社会开放，未满年限的档案查阅须经形成单位同意。',
    '自形成之日起满三十年向社会开放',
  ],
  ['policy', '市档案馆馆藏档案一般自形成之日起满30年向社会开放。', '满30年向社会开放'],
  ['policy', '馆藏档案满三十年后即可向社会开放，欢迎查阅。', '满三十年后即可向社会开放'],
  ['policy', '我馆保存的档案满三十年开放。', '满三十年开放'],
  [
    'policy',
    '根据档案法，档案自形成之日起满三十年的，应当向社会开放。',
    '满三十年的，应当向社会开放',
  ],
  [
    'policy',
    '按照档案法，国家档案馆保存的档案自形成之日起满三十年向社会开放。',
    '满三十年向社会开放',
  ],
];

const CLEAN: Array<[Gate, string]> = [
  // praise of a woman with no belittling word; the word rejected; plurals of a form of address
  ['political', '刘馆员巾帼不让须眉，坚持走访全市百余座古村落。'],
  ['political', '有人把女性看作“女流之辈”，这种偏见早该摒弃。'],
  ['political', '姑娘们纷纷报名参加志愿服务，大娘们也来帮忙。'],
  // the bureau's right name; the bureaus and archives of the country
  ['political', '国家档案局印发《关于加强档案信息化建设的意见》。'],
  ['political', '全国档案局馆长会议在京召开。'],
  // an artist praised with nothing on offer; a grade as a condition of a contest
  ['advertising', '李老的书法作品达到国家级水准，曾多次在全国展览中获奖。'],
  ['advertising', '作品达到国家级水准的，可推荐参加全国美展。'],
  // a master with no relative's record; a group with no one named
  ['privacy', '周师傅一生坎坷，离婚后独自抚养两个孩子，靠修鞋供儿子读完大学。'],
  ['privacy', '社区禁毒宣传员王大姐介绍，辖区内强制隔离戒毒人员家属都得到了帮扶。'],
  // a decision announced; the candidate published on purpose
  ['confidentiality', '经县委常委会研究，决定任命周建华为中心副主任。'],
  ['confidentiality', '中心副主任人选已在党组会上确定，现予以公示：周建华，男，现任办公室主任。'],
  // a ban on back doors; a published period with its fee
  ['legal', '严禁工作人员走内部渠道为他人办证，一经发现严肃处理。'],
  ['legal', '居住证一般五个工作日出证，不收取任何费用，工本费20元。'],
  // restraint and the police; an offender caught in the act handed over
  ['legal', '遇有人员闹事，工作人员应保持克制，及时报警，不得动手。'],
  ['legal', '遇到正在实施的盗窃，群众可将其扭送公安机关。'],
  // the ban; a breakdown; the vehicles entitled
  ['legal', '除救护车、消防车、警车等执行紧急任务的车辆外，其他车辆不得占用应急车道。'],
  ['legal', '车辆发生故障时，可停靠在应急车道并在车后150米处设置警告标志。'],
  ['legal', '执行紧急任务的救护车可以使用应急车道通行。'],
  // a quiz with prizes; a ban on betting rounds
  ['legal', '联谊会设有知识竞猜环节，猜中者现场领取纪念品。'],
  ['legal', '严禁在联谊活动中设置押注环节，奖金现场兑现等行为一经发现依法查处。'],
  // papers from the employer and the bank; a warning against agents
  ['legal', '申请人须提供由工作单位出具的在职证明和本人银行流水。'],
  ['legal', '谨防不法中介代开收入证明、包装银行流水骗取贷款。'],
  // disposal by the rules; a ban; a village's rent spent on its own affairs
  ['legal', '报废的电脑、打印机等办公设备，须按规定报批后公开处置，处置收入按规定及时上缴国库。'],
  ['legal', '严禁将国有资产处置收入留作“小金库”，一经查实严肃追责。'],
  ['legal', '村集体闲置的厂房出租，租金收入用于村里公益事业。'],
  // a pupil praised; a prize won
  ['legal', '初二（3）班学生张浩然在参观时发现展柜玻璃损坏，及时报告工作人员，受到学校表扬。'],
  ['legal', '初二（3）班学生张浩然在全市作文比赛中获一等奖。'],
  // the regulations in force or cited as history
  ['policy', '依照《宗教事务条例》对宗教活动场所进行登记。'],
  ['policy', '1994年国务院颁布《宗教活动场所管理条例》。'],
  ['policy', '2024年3月1日起施行的《档案法实施条例》取代了原《档案法实施办法》。'],
  // the new period, or the change told
  ['policy', '档案自形成之日起满二十五年向社会开放。'],
  ['policy', '修订后的档案法将档案封闭期由三十年缩短为二十五年。'],
  ['policy', '县志办成立满三十年，向社会开放展览。'],
];

describe('families of heldout-final103', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it('reads 亲睐 as 青睐', () => {
    expect(
      textGateWarnings('侨乡特色文创产品备受海外侨胞亲睐，在本届侨博会上成交额超过500万元。'),
    ).toContain('亲睐');
    expect(textGateWarnings('这款农产品深受群众亲睐。')).toContain('亲睐');
    expect(textGateWarnings('本地民宿颇受游客亲睐。')).toContain('亲睐');
    expect(textGateWarnings('新能源汽车受到市场亲睐。')).toContain('亲睐');
    expect(textGateWarnings('这一项目赢得了投资者的亲睐。')).toContain('亲睐');
    expect(textGateWarnings('智能家电越来越受年轻人亲睐。')).toContain('亲睐');
    expect(textGateWarnings('侨乡特色文创产品备受海外侨胞青睐。')).toEqual([]);
    expect(textGateWarnings('他的母亲睡得很早。')).toEqual([]);
  });
});
