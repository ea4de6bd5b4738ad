// 能救命 said of a skill or of safety gear worn as the law asks, not a product: 掌握急救技能，关键时刻能
// 救命; 学会心肺复苏，关键时刻能救命; 安全头盔关键时刻能救命，请规范佩戴. The lexicon's 关键时刻能救命 and 救命神器 are a seller's cure claim (这款药关键时刻能救命); a sentence
// that names a first-aid skill or training (急救, 心肺复苏, AED, 海姆立克, 自救互救) and no trade (价格,
// 购买, 下单, 品牌 …) promises nothing for sale.
import type { Span } from '../rules/lexicon-scan.ts';
import { sentenceAround } from './sentence.ts';

const LIFESAVING = /^(?:关键时刻能救命|关键时刻可以救命|关键时刻可救命|能救命)$/;
const SKILL =
  /急救(?:技能|知识|常识|培训|方法)|心肺复苏|AED|除颤仪|海姆立克|自救互救|自救知识|救护员|应急救护|防溺水知识|安全常识|安全头盔|头盔|安全带|救生衣|安全座椅/;
const TRADE =
  /价格|售价|购买|选购|下单|包邮|优惠|促销|专卖|品牌|产品|神器|药品|保健品|[0-9０-９]元|微信|订购|热线/;

/** Whether the claim at `span` is said of a first-aid skill or safety gear in a sentence that sells nothing. */
export function lifesavingSkill(text: string, span: Span): boolean {
  if (!LIFESAVING.test(text.slice(span.start, span.end))) return false;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  return SKILL.test(sentence) && !TRADE.test(sentence);
}
