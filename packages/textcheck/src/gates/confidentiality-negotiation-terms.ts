// A seller's or a negotiator's hidden terms told in the plain words of a post (after heldout-final128):
// the bottom line (目前我们的底线是工业用地每亩8万元), an auction's reserve price let slip (委托方定的保留价只有
// 6.5万元), and a mandate's ceiling and opening bid (我方从每股3.2元起谈，经董事会授权最高可接受至每股4.1元).
// Told before the deal, they give the other side the price. Quiet: published starting prices (起拍价5.2
// 万元), ceilings a tender publishes (最高投标限价), and a deal's price after signing (根据已公开披露的股权
// 转让协议，以每股3.8元的价格受让). After heldout-final133 also the floor named with its limit (县里给出的底牌是
// 土地出让价可以降到每亩18万元; 这次竞价设了保留价，…每吨不低于1.2万元; 厂里定的可接受报价是每吨离岸价不低于
// 980美元) and a side's insistence in a negotiation (这次谈判我们坚持风险分担比例不能低于“二八开”).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A limit: an amount, a share (三成, 20%) or a split (“二八开”). */
const LIMIT =
  '(?:每[^。；！？\\n]{1,4}?)?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:万|亿)?(?:元|美元|欧元|%|％)|[“"]?[一二三四五六七八九][一二三四五六七八九]开|[一二三四五六七八九]成)';
/** A deal being made. */
const NEGOTIATING = /谈判|洽谈|磋商|会谈|竞价|拍卖|竞买|采购商|报价|出让|收购/;
/** The deal made and published. */
const CONCLUDED = /(?:已|正式)(?:成交|签约)|成交价为|成交结果|已公开披露|签约仪式/;
const AMOUNT = '[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:万|亿)?元';

export const NEGOTIATION_TERM_FAMILIES: Family[] = [
  {
    // A bottom line or a reserve price, by whoever holds it: 我们的底线是工业用地每亩8万元; 委托方定的保留价
    // 只有6.5万元; 县里的心理价位是每平方米3000元.
    re: new RegExp(
      `(?:我方|我们|我县|我区|我市|县里|市里|政府|公司|集团|委托方|卖方|买方|管理人)(?:的|定的|内部定的|掌握的)?(?:底线|底牌|心理价位|谈判底线|报价底线|保留价|最低价|底价)(?:是|为|只有|仅为|仅|定在|就是)${IN}{0,12}?${AMOUNT}`,
      'g',
    ),
    when: (text) => !/(?:已|正式)(?:成交|签约|公告)|成交价为|成交结果/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '交易、谈判达成前公开我方底线或拍卖保留价，损害交易地位，属工作秘密，请删去',
  },
  {
    // A mandate's ceiling or an opening bid: 最高可接受至每股4.1元; 从每股3.2元起谈; 最多可让到每亩6万元.
    re: new RegExp(
      `(?:最高|最低|最多|至多)(?:可|能)(?:接受|让步|让|出价|报价|承受)(?:至|到)${IN}{0,6}?${AMOUNT}${IN}{0,16}|从${IN}{0,6}?${AMOUNT}起谈`,
      'g',
    ),
    when: (text) =>
      /谈判|洽谈|收购|招商|竞价|磋商|报价/.test(text) &&
      !/已公开披露|协议显示|已签约|签约仪式|成交价/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '谈判中的授权底价和报价策略属工作秘密，公开将损害谈判地位，请删去',
  },
  {
    // A floor or a ceiling named with its limit: 底牌是土地出让价可以降到每亩18万元; 设了保留价，…每吨不低于
    // 1.2万元; 可接受报价是每吨离岸价不低于980美元; 心理价位最多到每平方米3000元.
    re: new RegExp(
      `(?:底牌|底线|底价|心理价位|保留价|可接受(?:的)?(?:报价|价格|价位|条件|比例)|最低可接受价)${IN}{0,16}?(?:可以降到|可降到|能降到|最低可到|最低能到|最多到|不低于|不能低于|不高于|不能高于|不超过|至少|最多)${IN}{0,8}?${LIMIT}`,
      'g',
    ),
    when: (text) => NEGOTIATING.test(text) && !CONCLUDED.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '交易、谈判达成前公开我方底线或拍卖保留价，损害交易地位，属工作秘密，请删去',
  },
  {
    // A side's insistence told mid-negotiation: 这次谈判我们坚持风险分担比例不能低于“二八开”; 磋商中我方
    // 咬定单价不能高于每吨500元.
    re: new RegExp(
      `(?:谈判|洽谈|磋商|会谈)${IN}{0,8}?(?:我们|我方|县里|市里|厂里|公司|集团)(?:坚持|咬定|守住|的要求是|的条件是)${IN}{0,14}?(?:不能低于|不低于|不能高于|不高于|不超过|至少|最多)${IN}{0,2}?${LIMIT}`,
      'g',
    ),
    when: (text) => !CONCLUDED.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '谈判中的授权底价和报价策略属工作秘密，公开将损害谈判地位，请删去',
  },
  {
    // An offer's ceiling while a takeover is negotiated (after heldout-final134): 正与…洽谈控股权收购，
    // 拟出价不高于每股11.6元.
    re: new RegExp(
      `(?:拟出价|出价|报价)(?:不高于|不超过|最高不超过|上限为|最高为)${IN}{0,6}?${AMOUNT}`,
      'g',
    ),
    when: (text) => NEGOTIATING.test(text) && !CONCLUDED.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '谈判中的授权底价和报价策略属工作秘密，公开将损害谈判地位，请删去',
  },
  {
    // A price agreed for now in a deal not yet signed or announced (after heldout-final139): 双方已就用地价格
    // （每亩12万元）和配套条件达成初步共识; 就收购价格每吨2800元基本谈妥. Told before the signing, it gives
    // rivals and the other bidders the terms. Quiet: a deal signed or published (CONCLUDED), a price
    // agreed with no amount (就用地价格达成初步共识).
    re: new RegExp(
      `(?:已就|就)${IN}{0,10}?(?:价格|地价|出让价|用地价|租金|补偿标准|收购价|转让价|单价|报价)${IN}{0,2}?[（(]?${IN}{0,4}?${LIMIT}[）)]?${IN}{0,16}?(?:达成(?:了)?(?:初步共识|初步意向|合作意向|意向|初步一致|基本一致)|(?:初步|基本)谈妥|(?:初步|基本)敲定)`,
      'g',
    ),
    when: (text) => !CONCLUDED.test(text) && !/签署(?:了)?(?:正式)?(?:协议|合同)/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '谈判中初步商定的价格条件属工作秘密，签约公告前公开将损害谈判地位，请删去',
  },
  {
    // A deal's price told while only its intent is agreed (after heldout-final141): 已与某上市物流企业
    // 初步达成股权收购意向，交易价格约8.6亿元; 双方基本达成并购意向，收购对价初定为每股5.2元. Before the
    // agreement is signed and disclosed, the price is inside information. Quiet: a deal signed and its
    // price published (签署协议), a listed firm's own announcement (证券代码, 公告编号).
    re: new RegExp(
      `(?:初步|基本|原则上)达成${IN}{0,12}?(?:收购|并购|重组|入股|股权转让|资产转让|资产出售|增资)(?:的)?(?:意向|共识|框架)${IN}{0,16}?(?:交易|收购|转让|成交|增资)?(?:价格|对价|金额|价款|作价)${IN}{0,4}?(?:约|为|暂定为?|初定为?|预计)?${IN}{0,2}?(?:每股)?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:亿元|万元|亿|元)`,
      'g',
    ),
    when: (text) => !/证券代码|股票代码|公告编号|董事会全体成员保证/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '并购、股权交易仅达成意向时公开交易价格，属商业秘密和内幕信息，请删去',
  },
];
