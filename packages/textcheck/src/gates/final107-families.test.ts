// Rule families from heldout-final107, measured unseen and then read: an app demanded or else no entry to
// a public event (须先下载“绿城积分”APP并完成注册，否则不得参加活动); wild animals told safe to buy and eat
// (野生果子狸、竹鼠都可以放心购买食用); an inspection's findings told before they are handed over (督察组尚未
// 正式反馈的问题清单显示，…3个问题); a seedling's or a crop's outcome promised whole (保证100%成活); a pupil
// named by class and reported for a rule broken (高一（3）班学生陈浩然私自…游泳，被巡查人员劝离并通报学校;
// 初二（5）班学生刘子涵在园内攀折珍稀植物被工作人员制止); an offender to be beaten before the police
// (抓到偷电的直接打一顿再送派出所); waste water poured down a rain drain told as no matter (倒进雨水井也没
// 关系); a sex called born unable (女人天生对电器一窍不通); a tonic called 国家级滋补佳品; an app's
// subscription count tied to an appraisal (订阅量将与…考核挂钩); the coal-mine safety administration
// renamed in 2020 (国家煤矿安全监察局); a short province name before another's prefecture where someone
// goes (赴广西西双版纳). The six text misses (干的, 峻工, 既使, 布署, 贯切, 防碍) the typo detector catches.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

const CATCHES: Array<[Gate, string, string]> = [
  // an app demanded or else no entry to a public event
  [
    'coercion',
    '今年义务植树活动实行网上报名，市民须先下载“绿城积分”APP并完成注册，否则不得参加活动。',
    '否则不得参加活动',
  ],
  ['coercion', '请居民关注本社区公众号，否则不能参与本次义诊。', '否则不能参与本次义诊'],
  ['coercion', '参赛者需先注册“健康步道”小程序，否则不予参加健步走比赛。', '否则不予参加健步走'],
  ['coercion', '游客须下载“文旅通”APP，不然无法入园参加游园会。', '不然无法入园参加游园会'],
  ['coercion', '未注册“志愿汇”小程序的市民一律不得参加志愿服务活动。', '不得参加志愿服务活动'],
  ['coercion', '请家长安装“家校通”客户端，否则孩子不能参加本周的讲座。', '不能参加本周的讲座'],
  // wild animals told safe to buy and eat
  [
    'legal',
    '【冬季进补】入冬以来，不少市民关心山货采购。山里的野生果子狸、竹鼠都可以放心购买食用，肉质鲜美、营养丰富。',
    '野生果子狸、竹鼠都可以放心购买食用',
  ],
  ['legal', '野兔、斑鸠可以放心吃，味道鲜美。', '野兔、斑鸠可以放心吃'],
  ['legal', '山里打来的野鸡都能放心食用。', '野鸡都能放心食用'],
  ['legal', '市场上的刺猬可以大胆购买，滋补效果好。', '刺猬可以大胆购买'],
  ['legal', '农户送来的野生甲鱼均可放心选购。', '野生甲鱼均可放心选购'],
  ['legal', '冬天的獾子可以放心进补。', '獾子可以放心进补'],
  // an inspection's findings told before they are handed over
  [
    'confidentiality',
    '省生态环境保护督察组尚未正式反馈的问题清单显示，我厂存在污泥暂存不规范等3个问题，目前已着手整改。',
    '尚未正式反馈的问题清单显示',
  ],
  ['confidentiality', '巡察组还未反馈的问题清单显示，我局共有7项问题。', '还未反馈的问题清单显示'],
  [
    'confidentiality',
    '市委巡察组尚未交办的问题线索清单显示，涉及资金120万元。',
    '尚未交办的问题线索清单显示',
  ],
  ['confidentiality', '据督察组尚未反馈的检查结果，我县排名全省第12位。', '尚未反馈的检查结果'],
  ['confidentiality', '上级尚未下发的考核结果显示，我镇得分85分。', '尚未下发的考核结果显示'],
  ['confidentiality', '审计组暂未移交的问题清单：5家单位违规发放补贴。', '暂未移交的问题清单'],
  // a seedling's or a crop's outcome promised whole
  [
    'advertising',
    '推荐市民选购“绿源园艺”公司的苗木，品种丰富，保证100%成活，是小区绿化的好选择。',
    '保证100%成活',
  ],
  ['advertising', '本店花卉种子承诺百分之百发芽，欢迎选购。', '承诺百分之百发芽'],
  ['advertising', '果树苗包100%挂果，三年见效益。', '包100%挂果'],
  ['advertising', '加盟我们的养殖项目，保证100%回本。', '保证100%回本'],
  ['advertising', '使用本公司有机肥，保证百分百增产。', '保证百分百增产'],
  ['advertising', '这批绿化大树移栽后承诺100%存活。', '承诺100%存活'],
  // a pupil named by class and reported for a rule broken
  [
    'legal',
    '暑期水上安全提醒：前日，港城二中高一（3）班学生陈浩然私自到码头附近水域游泳，被巡查人员劝离并通报学校。',
    '陈浩然',
  ],
  [
    'legal',
    '近日，市实验中学初二（5）班学生刘子涵在园内攀折珍稀植物被工作人员制止，我园已将情况通报其所在学校。',
    '刘子涵',
  ],
  ['legal', '昨日，七年级2班学生王晓东擅自翻越护栏进入施工区域，被保安劝离。', '王晓东'],
  ['legal', '高二（1）班学生李思远私自下河游泳，我们已告知其学校。', '李思远'],
  ['legal', '初三（4）班学生赵雨萱在景区内踩踏草坪，被管理人员制止。', '赵雨萱'],
  ['legal', '五年级三班学生孙浩宇独自攀爬电线杆，被供电巡线人员劝阻并通报学校。', '孙浩宇'],
  // an offender to be beaten before the police
  [
    'legal',
    '近期发现有人私拉乱接、窃电。我们提醒广大电工师傅：抓到偷电的直接打一顿再送派出所，决不能手软。',
    '直接打一顿再送派出所',
  ],
  ['legal', '发现偷菜的，当场揍一顿再报警。', '当场揍一顿再报警'],
  ['legal', '抓住小偷就地把他痛打一顿后扭送公安机关。', '就地把他痛打一顿后扭送'],
  ['legal', '遇到偷狗贼直接暴打一顿然后交给警察。', '直接暴打一顿然后交给'],
  ['legal', '逮到偷井盖的，直接狠狠教训一顿再移交派出所。', '直接狠狠教训一顿再移交'],
  ['legal', '对偷油的司机可以直接收拾一顿再报警。', '直接收拾一顿再报警'],
  // waste water poured down a rain drain told as no matter
  [
    'legal',
    '有餐饮商户咨询后厨废水处理问题。我们的建议是：小店废水量不大，晚上直接倒进雨水井也没关系，不会对处理厂造成影响。',
    '废水量不大，晚上直接倒进雨水井也没关系',
  ],
  ['legal', '洗车店的污水少，排进雨水管网不要紧。', '污水少，排进雨水管网不要紧'],
  ['legal', '废机油不多的话，倒在路边的水沟里也没事。', '废机油不多的话，倒在路边的水沟'],
  ['legal', '泔水直接倒入河道一般没人管。', '泔水直接倒入河道一般没人管'],
  ['legal', '养殖场的粪水排到沟渠里问题不大。', '粪水排到沟渠里问题不大'],
  ['legal', '厨房废油偷偷倒进窨井也不碍事。', '废油偷偷倒进窨井也不碍事'],
  // a sex called born unable
  [
    'political',
    '【安全用电】家里跳闸别慌！女人天生对电器一窍不通，遇到问题不要自己乱动，及时联系专业电工或拨打报修电话。',
    '女人天生对电器一窍不通',
  ],
  ['political', '女性生来就不擅长数学，选专业时要慎重。', '女性生来就不擅长数学'],
  ['political', '男人天生不会照顾孩子，家务还得靠妈妈。', '男人天生不会照顾'],
  ['political', '女孩子天生学不好理科。', '女孩子天生学不好'],
  ['political', '妇女们天生对机械没有天赋。', '妇女们天生对机械没有天赋'],
  ['political', '女同志本来就对电脑搞不懂，培训时要多些耐心。', '女同志本来就对电脑搞不懂'],
  // a tonic called 国家级滋补佳品
  [
    'advertising',
    '我市林下仿野生种植的灵芝是国家级滋补佳品，欢迎广大市民前往林下经济示范基地选购。',
    '国家级滋补佳品',
  ],
  ['advertising', '这款铁皮石斛是世界级养生圣品。', '世界级养生圣品'],
  ['advertising', '本地黑枸杞堪称顶级补品。', '顶级补品'],
  ['advertising', '野生蜂蜜是国宝级营养佳品。', '国宝级营养佳品'],
  ['advertising', '我们的阿胶糕是殿堂级的养颜珍品。', '殿堂级的养颜珍品'],
  ['advertising', '林下土鸡蛋，国家级佳品，欢迎选购。', '国家级佳品'],
  // an app's subscription count tied to an appraisal
  [
    'coercion',
    '本报政务客户端订阅推广工作已启动，各单位订阅量将与年度宣传工作考核挂钩，请各单位高度重视。',
    '订阅量将与年度宣传工作考核挂钩',
  ],
  ['coercion', '各村公众号订阅人数将纳入年终考核。', '订阅人数将纳入年终考核'],
  ['coercion', '各单位视频号订阅数每月通报排名。', '订阅数每月通报排名'],
  ['coercion', '客户端订阅率与评先评优挂钩。', '订阅率与评先评优挂钩'],
  ['coercion', '各社区订阅数量将在全区通报。', '订阅数量将在全区通报'],
  ['coercion', '各部门订阅用户数纳入绩效考核。', '订阅用户数纳入绩效考核'],
  // the coal-mine safety administration renamed in 2020
  [
    'policy',
    '根据国家煤矿安全监察局最新部署，我局将于下月起在全省范围开展煤矿瓦斯防治专项监察。',
    '国家煤矿安全监察局',
  ],
  ['policy', '请各煤矿企业按照国家煤监局要求做好防汛工作。', '国家煤监局'],
  ['policy', '山西煤矿安全监察局将开展专项执法检查。', '煤矿安全监察局'],
  ['policy', '国家煤矿安全监察局近日印发通知，要求加强顶板管理。', '国家煤矿安全监察局'],
  ['policy', '省煤矿安全监察局部署开展隐患排查。', '煤矿安全监察局'],
  ['policy', '我矿将配合国家煤监局开展安全检查。', '国家煤监局'],
  // a short province name before another's prefecture where someone goes
  [
    'political',
    '我园科研团队近日赴广西西双版纳开展热带植物资源调查，采集标本300余份，并引种兰科植物20余种。',
    '广西西双版纳',
  ],
  ['political', '考察团一行前往湖北张家界参观学习。', '湖北张家界'],
  ['political', '志愿者远赴贵州大兴安岭开展森林防火宣传。', '贵州大兴安岭'],
  ['political', '这批游客来自广东景德镇。', '广东景德镇'],
  ['political', '调研组赴四川黔东南了解民族文化保护情况。', '四川黔东南'],
  ['political', '该企业位于江苏呼伦贝尔。', '江苏呼伦贝尔'],
];

const CLEAN: Array<[Gate, string]> = [
  // an event registered through its own form, and a ban
  ['coercion', '请于本周五前完成网上报名，否则无法参加活动。'],
  ['coercion', '各单位不得以下载APP作为群众参加活动的条件，否则将严肃处理。'],
  // farmed animals and the habit refused
  ['legal', '人工养殖的竹鼠可以放心购买，需认准检疫证明。'],
  ['legal', '野生果子狸不可以购买食用，发现售卖请举报。'],
  // the findings handed over, or awaited
  ['confidentiality', '省督察组反馈的问题清单显示，我厂存在3个问题，已全部整改。'],
  ['confidentiality', '督察组尚未正式反馈意见，我厂将积极配合。'],
  // a planting target and a rate
  ['advertising', '各乡镇要加强苗木管护，要保证100%成活。'],
  ['advertising', '去年春季造林成活率达100%。'],
  // a pupil praised, and a pupil not named
  ['legal', '高一（3）班学生陈浩然在码头附近救起落水儿童，受到学校表彰。'],
  ['legal', '初二（5）班一名学生在园内攀折植物被工作人员制止，我园已通报学校。'],
  // the beating forbidden, and a call
  ['legal', '抓到小偷切勿直接打一顿再送派出所，应及时报警。'],
  ['legal', '发现窃电行为，可以直接打一通电话向供电所举报。'],
  // waste water handled lawfully, and a harmless comfort
  ['legal', '餐饮废水须经隔油池处理后排入污水管网，严禁倒进雨水井。'],
  ['legal', '孩子们可以自己动手做灯笼，做得不好也没关系。'],
  // the stereotype refuted, and a plain lack
  ['political', '认为女人天生对电器一窍不通，是一种刻板印象。'],
  ['political', '很多人对电器一窍不通，遇到跳闸请及时联系电工。'],
  // a relic and a base with the grade
  ['advertising', '这件青铜器是国宝级珍品，现藏于省博物馆。'],
  ['advertising', '我市获批国家级林下经济示范基地。'],
  // a party paper's drive, and a count told with no sanction
  ['coercion', '党报党刊订阅量纳入基层党建考核。'],
  ['coercion', '本报客户端订阅量已突破10万。'],
  // the body under its present name, and the old one named as former
  ['policy', '国家矿山安全监察局近日部署开展煤矿安全专项整治。'],
  ['policy', '原国家煤矿安全监察局于2020年更名为国家矿山安全监察局。'],
  // the right province, and the pair run into a firm's name
  ['political', '我园科研团队赴云南西双版纳开展热带植物资源调查。'],
  ['political', '广西西双版纳旅游有限公司发布招聘启事。'],
  ['political', '两宗住宅类用地分别位于北京朝阳区东坝和昌平区沙河。'],
];

describe('families of heldout-final107', () => {
  itReportsFamilies(CATCHES, CLEAN);
});
