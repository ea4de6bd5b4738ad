// The second key of a learned legal flag: advice to the unlawful act in plain words confirms it; a
// sentence that forbids, warns of or reports the act does not.
import { describe, expect, it } from 'vitest';
import { advisedUnlawfully } from './legal-advised.ts';

const advised = (sentence: string) =>
  advisedUnlawfully(sentence, { start: 0, end: sentence.length });

describe('advisedUnlawfully', () => {
  it.each([
    ['force used privately', '租客长期拖欠房租的，房东可以直接换锁，把东西搬出来。'],
    ['force used privately', '对欠款不还的，可以组织人员上门堵门催讨。'],
    ['enforcement evaded', '装修垃圾晚上倒在空地上就行，城管一般不会查。'],
    ['a procedure evaded', '店铺招牌没有审批也没关系，先挂上去，再补手续。'],
    ['a procedure evaded', '工伤可以和员工私下协商，不必向人社部门申报。'],
    ['papers made up', '可联系代办人员代开在职证明和银行流水。'],
    ['papers borrowed', '名额用完的，可借用亲友的身份证继续下单。'],
    ['a favour bought', '走内部渠道，三天出证。'],
    ['waste dumped', '废水量不大的，直接倒进雨水井。'],
    ['wildlife eaten', '山里的野生竹鼠可以买来吃。'],
    ['a stake', '打牌小赌怡情，输赢别超过一百块。'],
    ['a promised return', '投资五万元起，保本保息。'],
    ['copies handed out', '家长们可以进群下载全套扫描版。'],
    ['tax evaded', '跟老板说不开票，价格能便宜一成。'],
    ['a licence skipped', '师傅虽然没有电工资质，但手艺好，可以放心请。'],
    ['a bid rigged', '几家单位可以提前商量好报价，轮流中标。'],
    ['the road rules bent', '夜里路口没车可以直接闯红灯。'],
    ['goods seized for a debt', '商家不退款的，可以把店里的货搬走抵账。'],
    ['services cut off', '不签字的，可以先掐了他家的水电。'],
    ['services cut off, the verb after', '可以先把他家的水电停了，工作做通后再恢复。'],
    ['a permit made up later', '先开工再说，许可证以后找人补办就行。'],
    ['a measurement evaded', '秤可以调快一点，检定时看不出来。'],
    ['a record pulled', '可以直接在系统里调取他家的房产信息。'],
    ['a tax dodged by two contracts', '签两份合同，低价那份拿去备案，能少交税。'],
    ['a limit set after the advice', '亲戚朋友私下做一顿尝尝，问题不大，只是不要公开售卖。'],
    ['people carried off and locked up', '可以多叫几个人把他们架走，先关在村部一晚。'],
    ['work before the inspection is passed', '验收没通过的，可以先正常营业，边营业边整改。'],
    ['money kept off the books', '钱转到个人账户，不走对公账户就不用开票。'],
    ['papers backdated', '可以找原单位补开一份证明，落款日期写当年的即可。'],
    ['a card used by another', '年轻人看门诊时可以直接拿老人的卡刷。'],
    ['a procedure waived', '看护房不用办理占用林地手续，直接建就行。'],
    ['the act declared lawful', '自家种几棵罂粟调味，数量不多不违法。'],
    ['the act called customary', '投标人之间事先沟通报价属于行业惯例。'],
    ['a check that will not come', '检票时一般不核对人证是否一致，可以用家人的证件。'],
    ['a check met with a show', '盖个章应付查验，以后再补。'],
    ['a figure not declared in full', '按估算量报一下就行，不必据实申报。'],
    ['a licence waived for work', '无需救生员证，培训一天即可上岗。'],
    ['a work permit skipped', '健康证明还没办下来的，可以先上岗，等不忙了再去补办。'],
    ['a person held', '乘客不付钱的，可以锁上车门不让其下车。'],
    ['an exam sat for someone', '理论考试由带班老师统一代为答题。'],
    ['a claim inflated', '把门诊费用并到住院单里一起结算，多报一些。'],
    ['a favour paid for', '交纳赞助费两万元的，可以优先安排入学。'],
    ['a residence borrowed', '可以先把户口挂到亲戚家，报名时按本地考生填报。'],
    ['wild plants dug up', '林下野生兰花很多，可以带把小铲子挖几棵回家。'],
    ['a child hired', '十四五岁的也可以招进来上流水线。'],
    ['a banned pesticide', '家里存着的甲胺磷别浪费，兑点水打在菜上。'],
    ['a sensor fooled', '颗粒物偏高时，可以在采样探头附近开一会儿喷雾。'],
    ['goods relabelled', '快到期的礼盒可以换个新日期标签重新上架。'],
    ['a brand copied', '可以照着知名品牌的包装配色做一个差不多的。'],
    ['a card cashed out', '找个商户的POS机刷一笔再转回自己卡上。'],
    ['takings kept off the books', '收款时让顾客扫老板个人的微信，流水看着少。'],
    ['people in a trailer', '拖拉机拖斗里可以顺便坐几个人去帮忙卸粮。'],
    ['a customary act', '往年也都这么办，大家放心。'],
    ['no checkpoint on the way', '年检过期的车可以绕老乡道走，那条路上没有检查点。'],
    ['a stop while inspected', '先招生开班，办学许可证边办边等，上面来检查时先停几天课。'],
    ['papers made up later', '先盖仓库和农机棚，手续以后再慢慢补。'],
    ['a guest let in unregistered', '写个名字和电话也可以让他入住，不用非要刷证。'],
    ['a certificate without the exam', '交800元就能直接拿到电工证，不用参加考试。'],
    ['accounts rented out', '闲置的微信号、手机卡可以租给别人用。'],
    ['waste burnt', '可以把垃圾集中到村头空地上烧掉。'],
    ['a fire lane blocked', '车位满了的，可以临时停在3号楼后面的消防通道上。'],
    ['a speed limiter cut', '嫌车速慢的，可以到修车铺把限速线剪掉。'],
    ['paid shows watched free', '院线新片、各大卫视付费剧都能免费看。'],
  ])('confirms %s: %s', (_kind, sentence) => {
    expect(advised(sentence)).toBe(true);
  });

  it.each([
    ['a ban', '严禁私自将废水倒进雨水井。'],
    ['a warning', '警惕“内部渠道”“包过”等说法，谨防上当受骗。'],
    ['a report', '民警依法将堵门闹事的三人带离现场。'],
    ['a report of a seizure', '执法人员查获野生动物制品12件。'],
    ['a lawful reform', '办理居住证明无需提交纸质材料，可直接在网上办理。'],
    ['a plain service', '双方也可以协商解决，有合同的按合同执行。'],
    ['a road rule explained', '闯红灯的，记6分，罚款200元。'],
    ['a scam warned of', '【风险提示】近期有不法分子群发“代开各类发票，点数低”的短信。'],
    ['a complaint asked', '为什么送礼拉关系的可以上，这国家怎么没人管？'],
    ['an idiom', '给旧日的殖民主义披上外衣，就能堵住悠悠之口。'],
    ['food declared safe', '经检测，市场销售的猪肉合格，可正常食用。'],
    ['a claim rejected', '网上有人宣称“不用办证也能卖种子，挂靠就行”，这种说法是错误的。'],
    ['a third party reported', '经核查，该养牛场的牛粪水排入周边水渠。'],
    ['a deed denied', '物业从未无故停业主水电。'],
    ['a lawful check', '系统将自动核对申请人的社保缴纳记录。'],
    [
      'an exemption the law itself grants',
      '农民自繁自用的常规种子有剩余的，可以出售、串换，不需要办理种子生产经营许可证。',
    ],
  ])('leaves %s: %s', (_kind, sentence) => {
    expect(advised(sentence)).toBe(false);
  });
});
