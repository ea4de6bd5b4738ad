// What makes a post a sales post, and the words that are advertising only in one: an absolute term
// or a health effect anywhere in a post that sells (下单, 包邮, 全新开业 …). The advertising gate
// reads the whole post for them.
import { guard } from './regex-guard.ts';

/** Absolute terms that are banned only in commercial promotion (最佳, 首选 …). */
export const ABSOLUTE_WORD =
  /(?:全市|全省|全国|全县|全区|本地|本市|本县)第一家|最佳|最好|最优|顶级|极品|首选|独家|最先进|最高级|世界级|全网第一|第一品牌|No\.1|NO\.1|销量冠军|独一无二|史无前例|万能|零风险|无敌|王牌|最便宜|最实惠|最划算|[\u4e00-\u9fff]{1,3}之王|天花板|神器|行业第一|行业领先|绝对正宗|不二之选/g;

/** Wording that only a sales post uses: with it, any absolute term in the post is advertising. */
export const SALES_POST = guard(
  /有需要的[^。，；！\n]{0,6}?(?:可以|请|可|欢迎)?(?:联系|咨询|私信)|全新开业|盛大开业|隆重开业|开业大吉|欢迎(?:八方来客|新老顾客|广大顾客|惠顾|选购|品尝|订购|进店)|订购热线|预订热线|加盟热线|招商加盟|(?:乳业|食品|酒业|茶业|药业|饮品|生物科技|有限公司)(?:生产|出品|推出|研发)的|下单|上架|拍下|发货|直播间|小黄车|团购|秒杀|购买链接|即可购买|点击购买|链接购买|选购|订购|抢购|包邮|售价|促销|店铺|专卖|原价|现价|热卖|爆款|私信|加微信|优惠价|[0-9一二三四五六七八九]折|欲购从速|前[0-9０-９]+名|仅售|专卖店|[0-9.]+元\/(?:斤|箱|盒|件|瓶|台)/,
);

/** Health and beauty effects: in a sales post, claiming them is advertising a product's efficacy. */
export const EFFICACY_CLAIM =
  /(?<!不能|不可|无法|不具有|并不能|不能代替药物)(?:降三高|降血压|降血糖|降血脂|防癌|抗癌|软化血管|提高免疫力|增强免疫力|长高|美白|祛斑|减肥|瘦身|延年益寿|治疗[\u4e00-\u9fff]{1,4}病|治愈)/g;
