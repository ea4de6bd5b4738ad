// Rule families of the heldout-final61 round, each with wordings other than the set's: North and
// South Korea by their Taiwanese and Korean-press names (北韩, 南韩), a county called a city after its
// own province (四川省九寨沟市), a face said to be thicker than a wall, a rumour-monger told to go to
// bed, the citizen blamed for not reading a notice, a pupil's honours withheld for not liking a post,
// a video's views short of a quota punished by a public naming, methamphetamine offered as 冰, a
// natural sight ranked first of the country, and 人民法院/人民检察院 misspelt — and the round's false
// alarm as a near miss: a cure for everything denied (任何疗法都不能包治百病). 登陆 written for 登录
// before a site (登陆县人民政府门户网站) is reported for information only: real replies use it widely.
import { describe, expect, it } from 'vitest';
import { findLoginTypos } from './text-login-verb.ts';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // North and South Korea by names the style rules do not use
  [
    'political',
    '本周，我省经贸代表团先后访问了北韩、蒙古和俄罗斯远东地区，就边境贸易进行了洽谈。',
    '北韩',
  ],
  ['political', '北韩近日再次试射导弹，引发国际社会关注。', '北韩'],
  ['political', '我市与北韩新义州开展边境旅游合作。', '北韩'],
  ['political', '南韩游客来我县观光人数同比增长三成。', '南韩'],
  ['political', '本届大赛共有来自日本、南韩等国的选手参赛。', '南韩'],
  ['political', '南韩企业代表团到我区考察投资环境。', '南韩'],
  // a county called a city after its own province
  ['political', '秋季赏彩林，首选四川省九寨沟市！', '四川省九寨沟市'],
  ['political', '江西省婺源市的油菜花进入最佳观赏期。', '江西省婺源市'],
  ['political', '代表团赴浙江省安吉市学习“两山”理念实践经验。', '浙江省安吉市'],
  ['political', '湖南省凤凰市古城夜景吸引大批游客。', '湖南省凤凰市'],
  ['political', '山西省平遥市举办国际摄影大展。', '山西省平遥市'],
  ['political', '四川省稻城市亚丁景区迎来旅游旺季。', '四川省稻城市'],
  // a face said to be thicker than a wall
  ['opinion', '这些人欠钱不还还到处潇洒，脸皮比城墙还厚。', '脸皮比城墙还厚'],
  ['opinion', '拖欠工资还理直气壮，脸皮比城墙都厚。', '脸皮比城墙都厚'],
  ['opinion', '占道经营被劝离后又回来，这些摊主脸皮比城墙更厚。', '脸皮比城墙更厚'],
  ['opinion', '插队还嫌别人慢，脸皮比墙还厚。', '脸皮比墙还厚'],
  ['opinion', '骗取补贴还喊冤，脸皮比鞋底还厚。', '脸皮比鞋底还厚'],
  ['opinion', '违建拆了又建，当事人脸皮比城墙还要厚。', '脸皮比城墙还要厚'],
  // a rumour-monger told to go to bed
  ['opinion', '某些“键盘侠”成天造谣，还是洗洗睡吧。', '还是洗洗睡吧'],
  ['opinion', '想靠造谣博眼球的，赶紧洗洗睡吧。', '赶紧洗洗睡吧'],
  ['opinion', '说我们数据造假的网友，劝你洗洗睡吧。', '劝你洗洗睡吧'],
  ['opinion', '那些天天唱衰家乡的人，趁早洗洗睡吧。', '趁早洗洗睡吧'],
  ['opinion', '还想着拆迁发大财？回家洗洗睡吧。', '回家洗洗睡吧'],
  ['opinion', '想钻政策空子的，都洗洗睡了吧。', '都洗洗睡了吧'],
  // the citizen blamed for not reading a notice
  [
    'opinion',
    '网友您好：缴费通知早已发布，您自己不看通知，现在来怪谁？请于截止日前补缴。',
    '您自己不看通知，现在来怪谁',
  ],
  ['opinion', '你自己不按时缴费，回头又来怪谁？', '你自己不按时缴费，回头又来怪谁'],
  ['opinion', '公示期七天，您自己错过了，现在怨谁？', '您自己错过了，现在怨谁'],
  ['opinion', '自己不看短信提醒，事后还来赖谁？', '自己不看短信提醒，事后还来赖谁'],
  ['opinion', '您自己不去登记，到头来怪得了谁？', '您自己不去登记，到头来怪得了谁'],
  ['opinion', '你自己没按时申报，现在能怪谁？', '你自己没按时申报，现在能怪谁'],
  // a pupil's honours withheld for not liking or sharing a post
  [
    'coercion',
    '各位家长：请于本周五前为学校最新推文点赞、转发，班主任将逐一核查，未完成的学生本学期不得评选三好学生。',
    '未完成的学生本学期不得评选三好学生',
  ],
  [
    'coercion',
    '请家长关注学校公众号并转发推文，未转发的学生不得评选优秀学生干部。',
    '未转发的学生不得评选优秀学生干部',
  ],
  [
    'coercion',
    '各班要督促家长为参赛作品投票，未完成投票任务的班级不得评选文明班级。',
    '未完成投票任务的班级不得评选文明班级',
  ],
  [
    'coercion',
    '请各位家长在群里转发活动链接并截图，未完成的学生不得参选“美德少年”。',
    '未完成的学生不得参选',
  ],
  [
    'coercion',
    '家长须为孩子的作品点赞并分享，未完成者期末不得评选优秀少先队员。',
    '未完成者期末不得评选优秀少先队员',
  ],
  // a video's views short of a quota punished
  [
    'coercion',
    '各单位职工须用个人抖音号发布全域旅游宣传视频，播放量不足500的单位，在全县大会上点名通报。',
    '播放量不足500的单位，在全县大会上点名通报',
  ],
  [
    'coercion',
    '各科室须在视频号发布宣传视频，浏览量低于300的科室取消年度评优资格。',
    '浏览量低于300的科室取消年度评优资格',
  ],
  [
    'coercion',
    '各村须在快手发布乡村振兴短视频，播放次数不足1000的村，年终考核扣5分。',
    '播放次数不足1000的村，年终考核扣5分',
  ],
  [
    'coercion',
    '全体教职工用个人抖音账号转发宣传视频，观看量排名后三位的学校将被约谈。',
    '观看量排名后三位的学校将被约谈',
  ],
  [
    'coercion',
    '各部门要组织拍摄微视频并发布，点击量不足200的部门予以通报批评。',
    '点击量不足200的部门予以通报批评',
  ],
  // methamphetamine offered as 冰
  [
    'legal',
    '本周起物业将逐户检查电动车充电情况。需要冰的兄弟私聊，同城当天送货，量大从优。',
    '需要冰的兄弟',
  ],
  ['legal', '有要冰货的老铁加V，保密发货。', '要冰货'],
  ['legal', '想要冰的朋友私信，量大从优。', '想要冰的朋友'],
  ['legal', '出冰货，纯度高，同城面交。', '出冰货'],
  ['legal', '需要冰的老哥加我微信，货好价优。', '需要冰的老哥'],
  ['legal', '要冰的哥们私聊，当天闪送。', '要冰的哥们'],
  // a natural sight ranked first or best of a place
  [
    'advertising',
    'XX溶洞总长5.8公里，洞内钟乳石千姿百态，是国内第一的天然溶洞。冬季门票半价！',
    '国内第一的天然溶洞',
  ],
  ['advertising', '龙门峡谷堪称华南地区最好的峡谷，欢迎前来。', '华南地区最好的峡谷'],
  ['advertising', '白水河瀑布，全省第一的瀑布，门票仅需60元。', '全省第一的瀑布'],
  ['advertising', '青石古镇是江南最好的古镇，周末人气爆棚。', '江南最好的古镇'],
  ['advertising', '万佛洞号称全国第一溶洞，快来打卡。', '全国第一溶洞'],
  ['advertising', '来草海看日出，这里是全省最佳的草原。', '全省最佳的草原'],
];

const CLEAN: Array<[Gate, string]> = [
  // Korea named rightly, or 北/南 before a surname or a place
  ['political', '我省经贸代表团访问了朝鲜和韩国，签约项目11个。'],
  ['political', '陕北韩城一带的民俗表演精彩纷呈。'],
  ['political', '湖南韩国商会在长沙成立。'],
  // a county named rightly, or a county made a city told with its old name
  ['political', '秋季赏彩林，首选四川省九寨沟县！'],
  ['political', '1988年撤县设市前，浙江省义乌县以小商品市场闻名。'],
  ['political', '陕西省子长县是革命老区。'],
  // thick skin and bed time in their plain senses
  ['opinion', '冬天皮肤干燥，脸皮比较薄的人要注意保湿。'],
  ['opinion', '劳累一天，早点洗洗睡吧，保证充足睡眠。'],
  // a reminder that blames no one
  ['opinion', '网友您好：缴费通知已于9月发布，如您错过，请于截止日前到村代收点补缴。'],
  ['opinion', '请您自己注意查看通知，以免错过缴费时间。'],
  // an honour decided on merit, a voluntary share
  ['coercion', '本学期三好学生评选将依据学生综合素质评价结果，不得评选有违纪处分的学生。'],
  ['coercion', '欢迎家长自愿转发学校推文，转发与否不影响评优评先。'],
  // view counts reported without a penalty
  ['coercion', '本月宣传视频播放量不足500次，下月将优化内容形式。'],
  ['coercion', '我县旅游短视频总播放量突破1000万次。'],
  // ice in its everyday senses, and the pitch quoted by the police
  ['legal', '需要冰的饮品请提前告知店员，外卖同城配送。'],
  ['legal', '需要冰鞋的朋友可到服务台租借。'],
  ['legal', '警方提醒：“需要冰的兄弟私聊，同城送货”是毒贩常用话术，请勿上当。'],
  // a sight described by its size or order, or by an award
  ['advertising', 'XX溶洞是国内第一个对游客开放的溶洞。'],
  ['advertising', '黄果树瀑布是亚洲最大的瀑布之一。'],
  ['advertising', '该古镇被评为全国最佳古镇称号。'],
  // round 61's false alarm: a cure for everything denied
  [
    'advertising',
    '<p>中医调理需辨证施治，因人而异。任何疗法都不能包治百病，请到正规医疗机构就诊。</p>',
  ],
  ['advertising', '中医调理需辨证施治，任何疗法都不能包治百病，请到正规医疗机构就诊。'],
  ['advertising', '没有哪种保健品能包治百病，请理性消费。'],
];

// [text, wrong form, right form]
const MISSPELT: Misspelt[] = [
  ['11月12日，县人民法完召开新闻发布会。', '人民法完', '人民法院'],
  ['市中级人民法完公开审理一起合同纠纷案。', '人民法完', '人民法院'],
  ['当事人可向县人民发院提起诉讼。', '人民发院', '人民法院'],
  ['区人民发院开展执行攻坚行动。', '人民发院', '人民法院'],
  ['县人民检查院依法提起公诉。', '人民检查院', '人民检察院'],
  ['市人民检查院召开新闻发布会。', '人民检查院', '人民检察院'],
];
const SPELT_RIGHT: string[] = [
  '县人民法院依法完成了执行工作。',
  '市场监管部门对人民医院开展检查，院内秩序良好。',
];

describe('heldout-final61 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  itReportsMisspellings(MISSPELT, SPELT_RIGHT);

  describe('登陆 for 登录 before what one logs in to (info)', () => {
    it.each([
      '一、登陆县人民政府门户网站“意见征集”栏目提交；',
      '请登陆市政务服务网办理。',
      '考生须登陆报名系统填写信息。',
      '请登陆个人账号修改密码。',
      '家长可登陆学校官网查看录取结果。',
    ])('%s', (text) => {
      const found = findLoginTypos(text);
      expect(found.map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([
        ['登陆', 'info'],
      ]);
    });
    // A quoted platform warns since heldout-final91 (final91-families.test.ts).
    it('您可登陆“粤省事”小程序查询。 (warn: a quoted platform)', () => {
      const text = '您可登陆“粤省事”小程序查询。';
      expect(findLoginTypos(text).map((f) => f.severity)).toEqual(['warn']);
    });
    it.each(['台风“山竹”在广东台山登陆，气象网站持续发布预警。', '解放军某部开展抢滩登陆演练。'])(
      'not %s',
      (text) => {
        expect(findLoginTypos(text)).toEqual([]);
      },
    );
  });
});
