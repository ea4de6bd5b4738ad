// 代购 as an errand run for people who cannot shop themselves — a volunteer or care service buying
// daily goods or medicine for elders (陪伴聊天、代购生活用品; 帮她打扫卫生、代购药品; 提供读报、代购、陪诊
// 等服务) — sells nothing. The lexicon's 代购 is a shopping agent's trade (海外代购，正品保证): only a
// sentence that names a care service and no trade makes it an errand. So is a village service
// station's 代购代销 (学员将返村为群众提供代购代销服务; 供销社网点为村民代购代销农资和农产品): buying in
// and selling on for villagers, the station's duty, paired as one phrase and sold to no one. So is a
// supply co-op's 农资代购 (after final184: 为农服务中心…可提供农资代购、农机作业等服务): farm inputs
// bought in for farmers, named beside 代购 and served to a village or by the co-op.
import type { Span } from '../rules/lexicon-scan.ts';
import { sentenceAround } from './sentence.ts';

const ERRAND = /^(?:代购|代买)$/;
/** Who is served, or the service it is one item of. */
const CARE =
  /老人|老年人|长者|独居|空巢|高龄|失能|残疾|特困|五保|留守|困难群众|居家隔离|志愿|网格员|服务站|养老|助老|助残|便民服务|帮扶|上门服务|陪诊|陪医|读报|打扫卫生|陪伴|代办|代缴|送餐|送药/;
/** A trade: abroad, genuine goods, prices, fees, contact to order. */
const TRADE =
  /海外|境外|国外|日本|韩国|欧美|香港|正品|私信|微信|加V|价格|优惠|佣金|代购费|手续费|服务费|包邮|下单|微商|业务|专业代购|承接|收费|[0-9０-９]元/;

/** Whom a village station's 代购代销 serves: villagers, farmers, the village. */
const VILLAGE = /群众|村民|农户|农民|返村|村级|乡村|农村|村里|供销/;

/** Farm inputs bought in for farmers, named right before 代购 or right after it. */
const FARM_INPUT_BEFORE = /(?:农资|化肥|种子|农药|农膜|饲料)(?:统一)?$/;
const FARM_INPUT_AFTER = /^(?:农资|化肥|种子|农药|农膜|饲料)/;

/**
 * Whether the 代购 at `span` is an errand of a care service, a village station's 代购代销 or a supply
 * co-op's 农资代购.
 */
export function errandService(text: string, span: Span): boolean {
  if (!ERRAND.test(text.slice(span.start, span.end))) return false;
  const [from, to] = sentenceAround(text, span.start, span.end);
  const sentence = text.slice(from, to);
  if (TRADE.test(sentence)) return false;
  const paired =
    text.startsWith('代销', span.end) ||
    text.slice(Math.max(0, span.start - 3), span.start).includes('代销');
  const farmInputs =
    FARM_INPUT_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) ||
    FARM_INPUT_AFTER.test(text.slice(span.end, span.end + 2));
  return (
    CARE.test(sentence) ||
    ((paired || farmInputs) && (VILLAGE.test(sentence) || /供销|为农服务/.test(text)))
  );
}
