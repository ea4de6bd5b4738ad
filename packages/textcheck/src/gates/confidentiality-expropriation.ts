// Families of the confidentiality gate for an expropriation's terms told before they are published: a
// house or land expropriation (征收, 拆迁, 征地, 棚改) with the compensation still provisional (补偿标准
// 初定每平方米8600元, 安置价格暂定为…, 补偿拟按每亩6万元), in either order, or told from inside (据内部
// 消息，老街拆迁补偿每平方米不低于9000元). The terms are a work secret until the government issues its
// compensation plan (征收补偿方案 is put out for comment, then the 征收决定 is announced); told early
// they set off speculation and resistance. A published notice (征收补偿方案征求意见, 现予公告, 征地预
// 公告), a scheme's subsidy rate fixed by policy (公益林补偿标准暂定为11元/亩, no expropriation named)
// and a refuted rumour are no leak.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Within one clause. */
const CLAUSE = '[^。；！？\\n，,]';
/** Taking a house or land. */
const TAKING = '(?:征收|拆迁|征地|征迁|收储|棚改|旧改|搬迁|动迁|拆除)';
/** The compensation still provisional: 补偿标准初定, 安置价格暂定为, 补偿款拟按. */
const PROVISIONAL_TERMS =
  '(?:补偿|安置|赔偿)(?:的)?(?:标准|价格|单价|款|金额|费用|价)?(?:已经?)?(?:初定|初步(?:定为|确定为?|拟定为?|拟按|定)|暂定|拟定为?|内定|拟按|拟为|大致定为|基本定为|基本敲定)(?:为|在|按)?';
/** A sum per unit or in money. */
const SUM = '(?:每平方米|每平米|每平|每亩|每户|每人|每间|[0-9０-９]+)';
const PUBLISHED =
  /现予以?公告|特此公告|予以公告|征地预公告|(?:公开)?征求意见|征求意见稿|听证会|谣言|谣传|辟谣|不实|虚假/;

/** Learnt from inside: 内部消息, 知情人士, 内部会议. */
const INSIDE = '(?:内部消息|小道消息|知情人士?|内部人士|内部会议|会议精神|私下透露|透露|放风)';

export const EXPROPRIATION_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `${TAKING}${IN}{0,30}?${PROVISIONAL_TERMS}${IN}{0,4}?${SUM}${CLAUSE}{0,12}|${PROVISIONAL_TERMS}${IN}{0,4}?${SUM}${IN}{0,30}?${TAKING}`,
      'g',
    ),
    when: (text) => !PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未公布的征收（拆迁）补偿标准属工作秘密，不得提前公开',
  },
  {
    // The terms told as learnt from inside, provisional or not: 据内部消息，老街拆迁补偿每平方米不低于
    // 9000元; 知情人士透露，城西征地每亩补偿6万元. The finding starts at the taking.
    re: new RegExp(
      `(?<=${INSIDE}${IN}{0,30}?)${TAKING}${IN}{0,20}?(?:补偿|安置|赔偿)${IN}{0,10}?[0-9０-９]+${CLAUSE}{0,8}`,
      'g',
    ),
    when: (text) => !PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '以内部消息透露的征收（拆迁）补偿标准属工作秘密，不得提前公开',
  },
];
