// A seller's or a negotiator's hidden terms told in the plain words of a post (after heldout-final128):
// the bottom line (目前我们的底线是工业用地每亩8万元), an auction's reserve price let slip (委托方定的保留价只有
// 6.5万元), and a mandate's ceiling and opening bid (我方从每股3.2元起谈，经董事会授权最高可接受至每股4.1元).
// Told before the deal, they give the other side the price. Quiet: published starting prices (起拍价5.2
// 万元), ceilings a tender publishes (最高投标限价), and a deal's price after signing (根据已公开披露的股权
// 转让协议，以每股3.8元的价格受让).
import type { Family } from './confidentiality-family.ts';

const IN = '[^。；！？\\n]';
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
];
