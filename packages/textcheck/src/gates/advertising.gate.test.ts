// Advertising pattern families as sentences: each must yield a block/warn finding of the family
// covering the phrase; mentions in warnings and quotations stay informative.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../check.ts';

const checker = createChecker();
const reported = (text: string): Array<[string, string]> =>
  checker
    .check({ text }, { gates: ['advertising'] })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.rule, f.excerpt]);

describe('advertising families', () => {
  it.each([
    ['对慢性胃炎可彻底治愈，服用无任何副作用。', 'advertising.medical-claim', '彻底治愈'],
    ['对慢性胃炎可彻底治愈，服用无任何副作用。', 'advertising.medical-claim', '无任何副作用'],
    ['本诊所治疗痛风，一个疗程就能断根。', 'advertising.medical-claim', '一个疗程就能断根'],
    ['这款贴剂一贴就灵，百试百灵。', 'advertising.medical-claim', '一贴就灵'],
    ['坚持饮用可以停药，告别降压药。', 'advertising.medical-claim', '饮用可以停药'],
    [
      '该保健品能够降血压、降血糖、预防癌症。',
      'advertising.health-claim',
      '保健品能够降血压、降血糖、预防癌症',
    ],
    ['本款净水器品质第一，欢迎选购。', 'advertising.absolute-term', '品质第一'],
    ['采用顶级滤芯，售价实惠。', 'advertising.absolute-term', '顶级滤芯'],
    ['是市场上唯一一款除甲醛净化器。', 'advertising.absolute-term', '唯一一款'],
    ['国庆期间全场商品一律五折。', 'advertising.promotion', '全场商品一律五折'],
    ['所有商品满200减50。', 'advertising.promotion', '满200减50'],
    ['原价2980元的套餐现仅需980元。', 'advertising.promotion', '原价2980元的套餐现仅需980元'],
    ['苹果限量抢购，手慢无。', 'advertising.promotion', '限量抢购'],
    ['年货已到，数量有限，先到先得，下单从速。', 'advertising.urgency-in-commerce', '先到先得'],
    ['需要的朋友加V咨询：fengmi_8866。', 'advertising.buy-by-contact', '加V咨询'],
    ['请添加客服vx：lnzx_2025领取。', 'advertising.buy-by-contact', '添加客服vx：lnzx_2025'],
    ['有需要的居民可以私信小编下单。', 'advertising.buy-by-contact', '私信小编下单'],
    ['扫码进入小程序即可购买。', 'advertising.buy-by-contact', '扫码进入小程序即可购买'],
    ['柑橘香甜多汁，堪称柑橘之王，一箱仅售39.9元。', 'advertising.absolute-term', '堪称柑橘之王'],
    [
      '这款空气炸锅是我用过最好用的，点击下方链接即可购买。',
      'advertising.absolute-term-in-sales-post',
      '最好',
    ],
    [
      '紫薯粉丝上架啦，吃了还能降三高，拍下即发。',
      'advertising.health-claim-in-sales-post',
      '降三高',
    ],
    ['全-场-商-品一律五折。', 'advertising.promotion', '全-场-商-品一律五折'],
    [
      '需要的朋友评论区留下地址和电话，我们安排发货。',
      'advertising.buy-by-contact',
      '留下地址和电话，我们安排发货',
    ],
  ])('%s → %s «%s»', (text, rule, excerpt) => {
    expect(reported(text)).toContainEqual([rule, excerpt]);
  });

  it.each([
    '【反诈提醒】骗子常说“加我微信，带你赚钱”“私信我下单有优惠”，请勿相信。',
    '市场监管局提醒：虚假宣传“彻底治愈”“无任何副作用”的广告违法。',
    '早期肺结核经过规范治疗，绝大多数患者可以治愈，不要自行停药。',
    '该县高山茶叶获评国家级地理标志保护产品，品质优良。',
    '本次演出门票免费，先到先入场，座位有限。',
    '应急响应提升至最高级别。',
    '全市空调等家电以旧换新补贴启动，在指定门店购买可享受最高2000元补贴。',
    '保健食品不能代替药物治疗疾病，购买时认准“蓝帽子”标志。',
    '请添加微信公众号“平安XX”，欢迎私信我们反映问题。',
  ])('stays quiet: %s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});
