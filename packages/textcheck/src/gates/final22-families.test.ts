// Rule families of the heldout-final22 round, each with wordings other than the set's: abolished
// fees and taxes told as charged now (城市维护建设费, 养路费, 排污费), state bodies with a wrong last
// unit (国家监察局, 国家检察院), a part of the post marked internal and not for release, contempt for
// the public quoted from the body's own official, replies scolding the asker for writing in again,
// a rating dictated by a click, a flat down to its door with its resident or in a quoted complaint, a
// private person named with sex and age, a destination ranked best of a place, a page description
// written as a keyword list unrelated to the page — and the false alarms that stay quiet: a
// superseded name quoted in a rumour refutation, repealed in a title (《…条例》废止), told as a change
// (从营业税到增值税) or marked as former (原来的新农合), the classifier's flag on a programme that sells
// farmers' produce, and reposts from police and fire units (交通警察支队, 消防救援大队).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';
import type { Gate } from '../finding.ts';
import { learnedAdvertisingSeverities } from '../../test/support/stub-advertising-model.ts';
import { itReportsFamilies, reportedSource } from '../../test/support/reported.ts';

const page = (description: string, body: string) =>
  `<html><head><title>关于秋季学期开学工作的通知_县教育局</title><meta name="description" content="${description}"></head><body><h1>关于秋季学期开学工作的通知</h1><p>${body}</p></body></html>`;

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['policy', '今年起，县交通局继续征收养路费，请车主按时缴纳', '养路费'],
  ['policy', '城市维护建设费按月随增值税一并申报', '城市维护建设费'],
  ['policy', '生猪定点屠宰场应按头缴纳屠宰税', '屠宰税'],
  ['policy', '排污企业应于每季度首月缴纳排污费', '排污费'],
  // Quoted without a refutation, or unquoted in a refutation: still the account's words.
  ['policy', '各村要落实“新农合”大病保险政策', '新农合'],
  ['policy', '网传消息不实。现阶段新农合住院报销比例为70%', '新农合'],
  ['policy', '请到“县卫计委”窗口办理。申报材料不实的，不予受理', '卫计委'],
  ['policy', '依据《营业税暂行条例》按月缴纳', '营业税'],
  ['policy', '从新农合报销的费用按月结算', '新农合'],
  ['policy', '名单由县工商局向社会公布', '工商局'],
  ['policy', '原则上按照新型农村合作医疗（新农合）规定报销', '新农合'],
  ['political', '国家监察局通报了一批典型案例', '国家监察局'],
  ['political', '国家监察总局派出督导组', '国家监察总局'],
  ['political', '该案已移送国家检察院审查', '国家检察院'],
  [
    'confidentiality',
    '以下内容系班子会研究情况，暂不对外公开：拟调整两名副局长分工',
    '暂不对外公开',
  ],
  ['confidentiality', '以上为初步审议意见，请勿外传', '请勿外传'],
  ['opinion', '社区主任当场说：“你们懂什么，照做就行。”', '你们懂什么'],
  ['opinion', '村干部表示：“群众懂什么，听安排就是了。”', '群众懂什么'],
  ['opinion', '答复：该问题已多次答复，您一再来电占用热线资源', '您一再来电占用热线资源'],
  ['opinion', '请别再打电话耽误大家的时间', '打电话耽误大家的时间'],
  ['opinion', '你们反复投诉浪费了行政资源', '反复投诉浪费了行政资源'],
  ['coercion', '办事结束后一律在平板上按“满意”键', '一律在平板上按“满意”'],
  ['coercion', '请大家务必在屏幕上点击“非常满意”', '务必在屏幕上点击“非常满意”'],
  ['coercion', '请群众在评价器上点击“非常满意”', '点击“非常满意”'],
  ['privacy', '阳光小区5号楼1单元302室住户王某家中起火', '阳光小区5号楼1单元302室'],
  ['privacy', '您投诉的“锦绣花园3栋2单元801室漏水”问题已转物业处理', '锦绣花园3栋2单元801室'],
  ['privacy', '投诉人赵立国（男，58岁）反映小区停车难', '赵立国（男，58岁）'],
  ['privacy', '原告孙丽华，女，35岁，诉称其与被告系邻居', '孙丽华，女，35岁'],
  ['privacy', '伤者周建平（男，33岁）已送医', '周建平（男，33岁）'],
  ['advertising', '这里气候凉爽，是华东最理想的亲子游去处', '华东最理想的亲子游去处'],
  ['advertising', '夏季平均气温21℃，全国最好的避暑去处就在这里', '全国最好的避暑去处'],
  ['advertising', '古镇是省内最佳摄影胜地', '省内最佳摄影胜地'],
];

const CLEAN: Array<[Gate, string | { html: string }]> = [
  ['policy', '2009年起，国家取消公路养路费，改征燃油税'],
  ['policy', '过去农民要交的屠宰税早已取消'],
  ['policy', '城市维护建设税按实际缴纳的增值税、消费税税额计征'],
  ['policy', '环境保护税法施行后停征排污费'],
  ['policy', '网传“明年起恢复征收农业税”，经核实系谣言'],
  ['policy', '有人说“营业税又要回来了”，这一说法不实'],
  ['policy', '2006年，《农业税条例》废止，农民种地不再交税'],
  ['policy', '从新农合到城乡居民医保，参保群众的保障水平不断提高'],
  ['policy', '由营业税改为增值税后，企业税负明显下降'],
  ['policy', '曾经的新农合如今已并入城乡居民医保'],
  ['policy', '过去的营业税按营业额全额计征'],
  ['policy', '原新型农村合作医疗（新农合）参保人员自动转入城乡居民医保'],
  ['political', '中央纪委国家监委发布通报'],
  ['political', '深化国家监察体制改革'],
  ['political', '全国检察院共受理审查起诉案件'],
  ['political', '县人民检察院、国家检察官学院'],
  ['political', '1993年，国家监察部与中央纪委合署办公'],
  ['confidentiality', '您的个人信息不对外公开，请放心填写'],
  ['confidentiality', '该信息属于内部事务信息，依法不予公开'],
  ['confidentiality', '以上为初步统计数据，不代表最终结果'],
  ['opinion', '某干部称“老百姓懂什么”被网友曝光后，已被停职检查'],
  ['opinion', '居民说：“我们老百姓懂什么政策，全靠干部上门讲解。”'],
  ['opinion', '局长表示：“看到群众满意，我们感到非常欣慰。”'],
  ['opinion', '一位老人对干部说：“我们老百姓懂什么，就盼着早点搬新房。”'],
  ['opinion', '您反映的小区车辆占用公共资源问题已转交'],
  ['opinion', '请勿无故拨打12345热线，以免占用热线资源'],
  ['opinion', '对恶意重复投诉、浪费行政资源的，将依法处理'],
  ['opinion', '同一问题请勿重复留言，我们将尽快办理'],
  ['coercion', '请在评价器上点击“满意”或“不满意”'],
  ['coercion', '请您务必如实评价，点击“满意”或“不满意”'],
  ['coercion', '严禁要求群众必须点击“非常满意”'],
  ['privacy', '社区服务站设在幸福小区3号楼2单元101室'],
  ['privacy', '您反映的“幸福小区3号楼电梯故障”问题已处理'],
  ['privacy', '村民王某（男，46岁）突发疾病'],
  ['privacy', '寻人启事：老人刘桂兰（女，78岁）于昨日走失，请知情者联系'],
  ['privacy', '全县共评选见义勇为先进个人李强（男，28岁）等5人'],
  ['advertising', '景区被评为全省最佳旅游目的地'],
  ['advertising', '4月是全省最佳赏花时间'],
  ['advertising', '荣获“全国最佳避暑旅游目的地”称号'],
  ['advertising', '本县入选全国最佳康养目的地榜单'],
  [
    'hijack',
    {
      html: page(
        '县教育局关于2025年秋季学期开学工作的通知，请各校认真落实。',
        '各学校要做好开学准备。',
      ),
    },
  ],
  ['hijack', { html: page('开学,秋季学期,通知,教育局', '县教育局：秋季学期开学通知如下。') }],
];

describe('heldout-final22 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  const checker = createChecker({ asOf: '2026-01-01', classifier: false });
  const hijack = (html: string) =>
    checker.check({ html }, { gates: ['hijack'] }).findings.filter((f) => f.severity !== 'info');
  it('hijack reports a description written as a list of keywords the page never uses', () => {
    const html = page(
      '二手车估价,二手车交易,二手车哪家好,二手车过户,二手车贷款',
      '各学校要做好开学准备。',
    );
    expect(hijack(html).map((f) => f.rule)).toEqual(['hijack.unrelated-keywords']);
  });

  // The declared source given with the input, as a repost tool passes it.
  it.each([
    '县公安局交通警察大队',
    '市消防救援支队官方微博',
    '区综合行政执法大队',
    '市公安局交警支队',
  ])('source accepts a repost from %s', (s) => {
    expect(reportedSource(s)).toEqual([]);
  });
  it.each(['抖音@城东交警大队', '车友会自驾大队'])('source reports a repost from %s', (s) => {
    expect(reportedSource(s)).toHaveLength(1);
  });

  // The learned flag in a post selling farmers' produce for a programme (助农, 消费帮扶) informs,
  // unless its sentence cuts a price or rushes the buyer.
  const learned = learnedAdvertisingSeverities;
  it.each([
    ['助农直播：桃花开了，欢迎点击购物车下单。', 'info'],
    ['消费帮扶专区：桃花开了，欢迎点击购物车下单。', 'info'],
    ['助农直播：桃花开了，下单立减5元。', 'warn'],
    ['直播间：桃花开了，欢迎点击购物车下单。', 'warn'],
  ])('advertising.learned in %s is %s', (text, severity) => {
    expect(learned(text)).toEqual([severity]);
  });
});
