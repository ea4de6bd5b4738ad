// Rule families of the heldout-final28 round, each with wordings other than the set's: a disease
// rooted out for good (永久根除鼻炎), a doctor's skill ranked first of a place (诊疗水平全市第一) and
// a price ranked lowest with the price word after the place (全市售价最便宜); wrong names of the
// SASAC and of the veterans' bodies (国有资产监管委员会, 退伍军人事务局) and people judged low in 素质
// by where they come from (外地人素质就是差); a threat to strike on sight (碰到一回揍一回), certificates
// of every kind sold (学位证、职称证都能代办), a fixed return with the principal promised back (月回报
// 率8%，保本保息), prescription drugs without a prescription (不用医生开处方也能买) and a party to a
// civil enforcement called a criminal (对这类犯罪分子…被执行人); a service unlocked by a like or share
// (转发本条微博后才能预约); veterans' placement told as a 民政 office (民政局优抚科) and the premarital
// check told as a paper the registration requires (领证需携带婚检证明); a work-secret header with a
// ban on passing it on, an internal estimate told before its decision, an unpublished draft quoted;
// sarcasm in a reply (你高兴就行); a patient named in full before what brought them in, a flat where
// someone lives; self-media reposts (情感, 树洞, 鸡汤, 段子 accounts) and a link to a host named like a
// video site (88dy.top) — and the near misses that stay quiet: 根除 of no disease, a convicted man
// called a criminal, an honest treatment report, the check told as voluntary and free, a 退役军人事务局
// notice, an office's own address, anti-fraud warnings quoting 返利, OTC drugs.
import { describe, expect, it } from 'vitest';
import { itReportsFamilies, reported, reportedSource } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  ['advertising', '本院独家疗法可永久根除过敏性鼻炎', '永久根除过敏性鼻炎'],
  ['advertising', '中医理疗一次性根除痔疮，无需住院', '一次性根除痔疮'],
  ['advertising', '骨科诊疗水平全市第一，欢迎预约', '诊疗水平全市第一'],
  ['advertising', '我院专家团队疗效国内一流', '疗效国内一流'],
  ['advertising', '本店土鸡蛋全市售价最便宜，欢迎选购', '全市售价最便宜'],
  ['advertising', '合作社直供大米，全网的价格最低', '全网的价格最低'],
  ['political', '按照国有资产监管委员会的要求，开展专项审计', '国有资产监管委员会'],
  ['political', '市退伍军人事务局开展走访慰问', '退伍军人事务局'],
  ['political', '省退伍军人事务厅发布通知', '退伍军人事务厅'],
  ['political', '外地人素质就是差，乱扔垃圾的多', '外地人素质就是差'],
  ['political', '山区来的保洁员没什么素质，不好管理', '山区来的保洁员没什么素质'],
  ['legal', '那个收费员再让我碰到一回，我就揍一回', '碰到一回，我就揍一回'],
  ['legal', '这帮人见一个打一个', '见一个打一个'],
  ['legal', '学位证、职称证都能代办，包查询', '学位证、职称证都能代办'],
  ['legal', '专业代办各类学历证书，三天出证', '代办各类学历证书'],
  ['legal', '加入养老项目，月回报率8%，保本保息，随时可取', '月回报率8%，保本保息'],
  ['legal', '投资5万元每年分红12%，到期本金全部退还', '每年分红12%，到期本金全部退还'],
  ['legal', '这种安眠药不用医生开处方也能买，药店直接拿', '不用医生开处方也能买'],
  ['legal', '头孢类抗生素免处方下单，次日送达', '免处方下单'],
  [
    'legal',
    '被执行人李某某拒不履行还款义务。法院提醒，对这类犯罪分子将依法追究刑事责任',
    '犯罪分子',
  ],
  ['coercion', '转发本条微博后才能在线预约办理', '转发本条微博后才能在线预约'],
  ['coercion', '请先为置顶视频点赞，之后方可领取补贴', '点赞，之后方可领取'],
  ['policy', '退伍后请到市民政局优抚科办理档案接收手续', '民政局优抚'],
  ['policy', '军人家属优待证到区民政局安置股领取', '民政局安置股'],
  ['policy', '办理结婚登记需要提供双方身份证、户口簿和婚检证明', '婚检证明'],
  ['policy', '领证当天须携带婚前医学检查报告，缺一不可', '婚前医学检查报告'],
  [
    'confidentiality',
    '【通知】工作秘密，请勿外传\n关于近期重点工作的安排如下',
    '工作秘密，请勿外传',
  ],
  [
    'confidentiality',
    '据悉，新一轮拆迁补偿经内部核算，人均约8万元，待区政府研究后公布',
    '内部核算',
  ],
  [
    'confidentiality',
    '据悉，尚未正式印发的《绩效考核办法》显示，今年考核将增加群众满意度指标',
    '尚未正式印发的《绩效考核办法》显示',
  ],
  ['opinion', '回复：我们已经答复过多次了，你高兴就行。', '你高兴就行'],
  ['opinion', '回复：您说是就是吧。', '您说是就是吧'],
  ['privacy', '近日，58岁的病人李建国突发心梗被送到我院急诊', '病人李建国突发心梗'],
  ['privacy', '伤者刘海涛因车祸多处骨折，目前仍在治疗', '伤者刘海涛因'],
  ['privacy', '退休后，老两口住在锦绣花园3栋602室，邻里和睦', '锦绣花园3栋602室'],
];

const CLEAN: Array<[Gate, string]> = [
  ['advertising', '全县开展安全生产大检查，彻底根除各类安全隐患'],
  ['advertising', '我院消化科开展幽门螺杆菌根除治疗，根除率达到90%以上'],
  ['advertising', '该手术创伤小、恢复快，术后需定期复查，具体疗效因人而异'],
  ['advertising', '我市医疗技术水平不断提升，多项技术达到国内领先水平'],
  ['advertising', '全市成品油价格下调，92号汽油每升降低0.1元'],
  ['political', '国务院国有资产监督管理委员会召开会议'],
  ['political', '美国退伍军人事务部发布报告'],
  ['political', '县退役军人事务局开展“八一”走访慰问活动'],
  ['political', '我县农民工文化程度普遍偏低，技能培训需求大'],
  ['political', '外来务工人员素质提升培训班开班，首期培训120人'],
  ['legal', '被执行人张某因犯拒不执行判决罪被判处有期徒刑一年，此类犯罪分子终将受到法律严惩'],
  ['legal', '2023年，犯罪分子王某某因抢劫罪被判处有期徒刑八年'],
  ['legal', '政务服务中心可办理身份证、居住证、驾驶证等业务'],
  ['legal', '警方提醒：凡是承诺“高额返利”“保本保息”的投资项目都是诈骗，切勿轻信'],
  ['legal', '三年期国债票面利率2.38%，到期一次还本付息'],
  ['legal', '感冒等小病可以自行购买非处方药，不用医生开处方'],
  ['legal', '处方药必须凭处方购买，药店不得无处方销售'],
  ['legal', '全县开展打击违法犯罪专项行动，见一个抓一个'],
  ['coercion', '关注“某某法院”公众号后，可在线查询案件进度'],
  ['coercion', '欢迎大家点赞转发，也可在线查询案件进度'],
  ['policy', '婚前医学检查实行自愿原则，县妇幼保健院提供免费婚检，新人可自愿选择'],
  ['policy', '县退役军人事务局优抚安置股负责退役士兵安置工作'],
  ['policy', '2018年机构改革前，优抚安置工作由原民政局优抚科负责'],
  ['confidentiality', '保密提醒：工作秘密严禁在互联网上传递，请各单位加强管理'],
  ['confidentiality', '经第三方评估机构测算，补偿标准为每亩12.6万元，现予公示'],
  [
    'confidentiality',
    '现就《物业管理办法（征求意见稿）》公开征求意见，尚未正式印发的条款以最终文件为准',
  ],
  ['opinion', '只要孩子们玩得开心就好'],
  ['opinion', '祝您开心，节日快乐！'],
  ['privacy', '患者张大爷因突发脑梗被送入我院，经抢救已脱离危险'],
  ['privacy', '患者王某因车祸受伤，目前正在治疗'],
  ['privacy', '社区服务站办公地点：幸福小区3栋101室，联系电话0731-88886666'],
  ['privacy', '您反映的问题已转交相关部门，我局地址为建设路88号政务大楼5楼502室'],
];

describe('heldout-final28 families', () => {
  itReportsFamilies(CATCHES, CLEAN);

  it.each(['情感小站', '深夜树洞', '心灵鸡汤站', '爆笑段子局', '每日语录中心', '星座运势局'])(
    'source reports a repost from %s',
    (s) => {
      expect(reportedSource(s)).toHaveLength(1);
    },
  );
  it.each(['县退役军人服务站', '市妇联', '县融媒体中心'])(
    'source accepts a repost from %s',
    (s) => {
      expect(reportedSource(s)).toEqual([]);
    },
  );

  const hijack = (href: string, label: string) =>
    reported('hijack', {
      html: `<html><body><div class="links">友情链接：<a href="http://www.gov.cn">中国政府网</a> <a href="${href}">${label}</a></div></body></html>`,
    });
  it.each([
    ['http://www.88dy.top', '最新电影'],
    ['http://6868sp.vip', '午夜视频'],
  ])('hijack reports a link to %s', (href, label) => {
    expect(hijack(href, label)).toHaveLength(1);
  });
  it.each([
    ['http://www.sp.gov.cn', '省政府'],
    ['https://www.spdb.com.cn', '浦发银行'],
  ])('hijack stays quiet on a link to %s', (href, label) => {
    expect(hijack(href, label)).toEqual([]);
  });
});
