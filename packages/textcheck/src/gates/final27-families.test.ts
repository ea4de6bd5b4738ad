// Rule families of the heldout-final27 round, each with wordings other than the set's: a product's
// taste ranked best of a place (全省最甜, 甜度全国第一), a product called top-grade (顶级滋补珍品, 极品
// 食材), a low down payment on a flat (首付只要8万); provincial-border toll stations and domestic
// roaming fees stated as current; a coming exam's content told as heard from its setters (参与命题
// 的老师透露) and an undecided draft sent out early (尚未经…研究，先发给大家提前了解); the counter closed
// so that a service can only be had through an app (窗口不再受理) and a service held back unless the
// citizen rates it top (否则不予办结); an exam pass sold (包过费, 免考拿证), paid company at venues
// (美女陪酒), a suspect called a criminal across the sentences of an arrest report (毒贩刘某…已被
// 刑事拘留), a pupil named by grade and class with a name that still gives them away (初二（3）班刘某杰);
// a job closed by sex or childbearing (已婚未育者勿扰); the blame passed up to an unnamed 上面 in a reply
// — and the false alarms that stay quiet: reposts from the people's organisations (共青团中央, 全国妇联,
// 总工会 and their local branches) and the official accounts of state administrations (中国消防,
// 中国气象), the tolls' removal told as history, an app offered beside the counter, a convicted
// dealer, warnings that quote 包过, and posts about women that close no job.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['advertising', '这里产的红心猕猴桃全省最甜，一口爆汁', '全省最甜'],
  ['advertising', '本地冬枣甜度全国第一，脆甜爽口', '甜度全国第一'],
  ['advertising', '我乡富硒大米口味全国最好，煮饭喷香', '口味全国最好'],
  ['advertising', '野生山茶油是顶级滋补珍品', '顶级滋补珍品'],
  ['advertising', '镇上的老字号腊肉选用极品食材', '极品食材'],
  ['advertising', '城东新盘首付只要8万，欢迎看房', '首付只要8万'],
  ['advertising', '学区房首付低至3成，拎包入住', '首付低至3成'],
  ['advertising', '首付6万就能拥有两居室', '首付6万就能拥有'],
  ['policy', '请驾驶员在省界主线收费站前减速慢行', '省界主线收费站'],
  ['policy', '自驾进京的车辆，在省界收费站缴费后请保管好票据', '省界收费站'],
  ['policy', '温馨提示：出省旅游请留意手机长途漫游费', '长途漫游费'],
  ['policy', '去外地出差要注意国内漫游费的问题', '国内漫游费'],
  [
    'confidentiality',
    '后天就要中考了，据一位参与命题的老师透露，今年作文侧重传统文化',
    '参与命题的老师透露',
  ],
  ['confidentiality', '下周公务员面试，听出题组专家讲，考题将围绕基层治理展开', '出题组专家讲'],
  ['confidentiality', '距离期末统考还有一周，命题人私下说数学大题重点考函数', '命题人私下说'],
  ['confidentiality', '该方案尚未经县委常委会研究，先发给大家提前了解一下', '尚未经县委常委会研究'],
  [
    'confidentiality',
    '拆迁补偿办法还没有经过党组会讨论，先传到群里给大家看看',
    '还没有经过党组会讨论',
  ],
  [
    'coercion',
    '自下月起，医保报销一律通过“健康某某”小程序办理，线下窗口不再受理',
    '线下窗口不再受理',
  ],
  ['coercion', '营业厅不再办理缴费业务，请统一使用“某某”APP缴纳', '营业厅不再办理缴费业务'],
  ['coercion', '办完业务请在评价器上按“满意”，否则不予出证', '否则不予出证'],
  ['coercion', '不给五星好评就不给办理', '不给五星好评就不给办理'],
  ['legal', '某机构收取5000元包过费，保证拿到证书', '包过费'],
  ['legal', '教师资格证不用考试就能拿证，详情私聊', '不用考试就能拿证'],
  ['legal', '消防设施操作员证免考拿证，三天出证', '免考拿证'],
  ['legal', '新开的商务会所提供美女陪酒，环境私密', '美女陪酒'],
  ['legal', 'KTV贵宾房可安排公主陪唱，让您的夜晚不再寂寞', '公主陪唱'],
  ['legal', '经查，小偷王某多次入室盗窃。目前，王某已被依法刑事拘留', '小偷王某'],
  ['legal', '民警在出租屋内将其抓获，现场缴获赃物。劫匪陈某对抢劫事实供认不讳', '劫匪陈某'],
  ['legal', '凶手赵某某因涉嫌故意杀人罪已被移送审查起诉', '凶手赵某某'],
  ['legal', '涉事学生系八年级3班的陈某宇（13岁），双方因琐事发生打架', '八年级3班的陈某宇'],
  [
    'legal',
    '校园欺凌事件通报：高一（5）班学生周子涵多次殴打同学，已被训诫',
    '高一（5）班学生周子涵',
  ],
  ['political', '招聘客服专员2名，已婚未育者勿扰', '已婚未育者勿扰'],
  ['political', '诚聘店长，宝妈请绕道', '宝妈请绕道'],
  ['political', '岗位要求：身体健康，不招女生', '不招女生'],
  ['opinion', '这事我们说了不算，谁让上级就是这么规定的呢', '谁让上级就是这么规定的呢'],
  ['opinion', '上头就是这么定的，我们也做不了主', '上头就是这么定的，我们也做不了主'],
  ['opinion', '我们也挺无奈，都是上面安排的', '都是上面安排的'],
];

const CLEAN: Array<[Gate, string]> = [
  ['advertising', '我县是全国最大的猕猴桃产区之一'],
  ['advertising', '我市空气质量全省第一'],
  ['advertising', '世界顶级专家齐聚我市共话人工智能'],
  ['advertising', '住房公积金贷款最低首付款比例为20%'],
  ['advertising', '该楼盘“首付仅需5万”的宣传涉嫌虚假广告，已被市场监管部门立案调查'],
  ['advertising', '全国最美家庭评选活动启动'],
  ['policy', '取消高速公路省界收费站后，货车通行效率明显提升'],
  ['policy', '自2020年1月1日起，全国487个省界收费站已全部撤销，ETC门架系统投入运行'],
  ['policy', '原省界收费站所在地已改建为服务区'],
  ['policy', '2017年9月1日起，三家基础电信企业全面取消手机国内长途和漫游费'],
  ['policy', '长途漫游费取消以来，跨省通话更便宜了'],
  ['confidentiality', '高考结束后，命题专家表示今年数学试题注重考查思维能力'],
  ['confidentiality', '考前提醒：网传“命题组老师透露考试重点”均为谣言，请勿轻信'],
  ['confidentiality', '据悉，该方案已经区政府常务会议审议通过，现予以公布'],
  ['coercion', '养老金资格认证可通过“某某”APP刷脸办理，也可到社区窗口办理'],
  ['coercion', '社保卡补办业务已移至政务服务中心2楼，原窗口不再受理'],
  ['coercion', '不会使用智能手机的老年人，仍可到窗口办理，窗口不再要求提供纸质材料'],
  ['coercion', '办事结束后，欢迎您在评价器上对我们的服务作出评价'],
  ['coercion', '请您根据真实感受在评价器上点击“满意”或“不满意”'],
  ['legal', '2022年，毒贩刘某某因贩卖毒品罪被判处有期徒刑十年'],
  ['legal', '民警提醒：所谓“包过”“保过费”多为骗局，考试作弊将依法追究刑事责任'],
  ['legal', '文旅执法队查处一家提供有偿陪侍服务的歌舞厅，依法责令停业整顿'],
  ['legal', '依据《娱乐场所管理条例》，歌舞娱乐场所严禁提供陪侍服务'],
  ['legal', '七年级2班王老师组织学生开展防欺凌主题班会'],
  ['legal', '涉事学生为该校初二学生刘某某（14岁），公安机关已介入'],
  ['political', '三八国际妇女节，县妇联为女性职工送去节日祝福，女职工放假半天'],
  ['political', '招聘公告：岗位不限性别，男女均可报名'],
  ['political', '人社局提醒：用人单位不得在招聘中设置“女性勿扰”“已婚未育免谈”等条件'],
  ['political', '女性勿扰模式怎么设置？'],
  ['opinion', '我们严格按照上级要求执行，如有疑问可拨打12345咨询'],
  ['opinion', '市民反映：窗口工作人员称“上面就是这么规定的，我们也没办法”'],
];

describe('heldout-final27 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  // The declared source given with the input, as a repost tool passes it.
  it.each([
    '团中央',
    '湖南共青团',
    '全国妇联',
    '湖南省妇联',
    '中华全国总工会',
    '长沙市总工会',
    '中国科协',
    '县残联',
    '中国红十字会总会',
    '中国气象',
    '中国应急',
    '中国海警',
    '北京消防',
    '四川气象',
  ])('source accepts a repost from %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each([
    '中国气象爱好者',
    '青鸟消防',
    '某某集团总工会',
    '某某科技有限公司工会',
    '抖音@共青团中央',
    '某某小区妇联',
    '城南消防',
  ])('source reports a repost from %s', (s) => {
    expect(reportedSource(s)).toHaveLength(1);
  });
});
