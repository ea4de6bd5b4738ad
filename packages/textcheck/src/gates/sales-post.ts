// What makes a post a sales post, and the words that are advertising only in one: an absolute term
// or a health effect anywhere in a post that sells (下单, 包邮, 全新开业 …). The advertising gate
// reads the whole post for them.
import { guard } from './regex-guard.ts';

/**
 * Absolute terms that are banned only in commercial promotion (最佳, 首选 …), and the absolute claims
 * a seller makes of its goods: 销量第一, 全球第一, 金牌月嫂, 纯度100%, 绝对足银, 国宴用酒.
 */
export const ABSOLUTE_WORD = guard(
  /(?:全市|全省|全国|全县|全区|本地|本市|本县)第一家|最佳|最好|最优秀?|顶级|极品|首选|独家|最先进|最高级|世界级|全网第一|第一品牌|No\.1|NO\.1|销量冠军|销量(?:全[国省市县])?第一|全球第一|独一无二|史无前例|万能|零风险|无敌|王牌|最便宜|最实惠|最划算|品种最全|[\u4e00-\u9fff]{1,3}之王|天花板|神器|行业第一|行业领先|绝对(?:正宗|足银|纯正|安全|有效)|不二之选|金牌(?=月嫂|教练|讲师|名师|导师|保姆|育婴师|护工)|国宴用酒|(?:纯度|有效率|杀菌率|通过率|获奖率|好评率|满意率)(?:高达|达到?)?100%|100%(?:有效|纯|足银|通过|杀菌)/g,
);

/** Wording that only a sales post uses: with it, any absolute term in the post is advertising. */
export const SALES_POST = guard(
  /有需要的[^。，；！\n]{0,6}?(?:可以|请|可|欢迎)?(?:联系|咨询|私信)|全新开业|盛大开业|隆重开业|开业大吉|欢迎(?:八方来客|新老顾客|广大顾客|惠顾|选购|品尝|订购|进店)|订购热线|预订热线|加盟热线|招商加盟|(?:乳业|食品|酒业|茶业|药业|饮品|生物科技|有限公司)(?:生产|出品|推出|研发)的|下单|上架|拍下|发货|直播间|小黄车|团购|秒杀|购买链接|即可购买|点击购买|链接购买|选购(?!时|前|中|过程|环节)|订购|抢购|包邮|售价|促销|店铺|专卖|原价|现价|热卖|爆款|私信|加微信|优惠价|[0-9一二三四五六七八九]折|欲购从速|前[0-9０-９]+名|仅售|专卖店|[0-9.]+元\/(?:斤|箱|盒|件|瓶|台)|立减[0-9０-９]|代金券|首月免费|售楼处|欢迎[^，。；！？\n]{0,6}?(?:购买|下单|订购)|(?:[0-9０-９一二三四五六七八九十两]+(?:斤|公斤|盒|箱|袋|瓶|件|份|只|个)装?|一(?:盒|箱|袋|瓶|件|份|斤)|每(?:盒|箱|袋|瓶|件|份|斤))(?:只要|仅需|才)[0-9０-９]+(?:\.[0-9０-９]+)?(?:块|元)|赶紧去抢|去晚了就(?:抢|买)不到/,
);

/**
 * A seller's call to buy, in a sales post: 私信我们…寄一箱, 私信小编定制, 欢迎大家进入…直播间下单, 欢迎
 * 大家购买, 售楼处电话, a business's 400 line (报名请拨打400-720-1618). Not a call to enrol, book or ask (报名电话, 预约电话, 欢迎家长报名): public
 * services are booked so too. A programme's own sale (助农, 消费帮扶) calls to buy as well: the gate
 * leaves it (HELPING_FARMERS, PUBLIC_PROGRAMME).
 */
export const CALL_TO_BUY = guard(
  /(?:私信|联系(?:我们|小编|客服|店家|商家|本店|后台))[^。；！？\n]{0,20}?(?:订购|购买|下单|订房|定制|发货|寄|预订|加入会员)|(?:拨打|致电|电话|热线)[:：]?\s*400-?[0-9]{3}-?[0-9]{4}|欢迎(?:大家|乡亲们|各位|广大(?:市民|群众|消费者|游客|顾客|读者|家长))?(?:进入|来|前来|到)?[^，。；！？\n]{0,12}?(?:购买|下单|订购)|(?:购房|售楼处?|订购|订房|销售)(?:电话|热线)[:：]?\s*[0-9０-９][0-9０-９-]{6,}/g,
);

/**
 * A deal, a price told as a bargain, or a rush, in a sales post: 现在预约立减300元, 还送滤网, 首月免费
 * 体验, 全场五折, 五斤装只要39块9 (goods by the box or the pound: not a fare told in a complaint), 去晚了就抢
 * 不到了, 欲购从速. Not a discount or a limit a public service
 * has too (老年人享受门票8折, 名额有限，报满即止).
 */
export const DEAL_OR_RUSH = guard(
  /(?:立减|直降)[0-9０-９]+元|(?:还|再|另)送(?:[0-9０-９一二三四五六七八九十两]|[^，。；！？\n]{0,4}?(?:券|礼|赠品|滤网|会员))[^，。；！？\n]{0,6}|首月免费(?:体验)?|(?:全场|全店)[0-9０-９一二三四五六七八九]+(?:\.[0-9])?折|(?:[0-9０-９一二三四五六七八九十两]+(?:斤|公斤|盒|箱|袋|瓶|件|份|只|个)装?|一(?:盒|箱|袋|瓶|件|份|斤)|每(?:盒|箱|袋|瓶|件|份|斤))(?:只要|仅需|才)[0-9０-９]+(?:\.[0-9０-９]+)?(?:块|元)[0-9０-９]*|售完即止|欲购从速|去晚了就(?:抢|买)不到了?|赶紧(?:去)?抢|手慢无/g,
);

/**
 * Produce sold to help farmers, a programme of the government (助农直播, 消费帮扶, 以购代捐): its
 * selling words (点击下方购物车即可下单, 官方客服) are the programme's, not an advert's. Its banned words
 * stay the rules' (全网最低价). Local produce pointed to the 供销社 or a produce fair (供销社农产品展销中心,
 * 农博会) is the same programme: the co-operatives and fairs are the state's outlets for farmers, not a
 * seller's. A farmers' co-operative (专业合作社, 农民合作社) selling its members' produce is the same.
 */
export const HELPING_FARMERS =
  /助农|消费帮扶|以购代捐|帮扶产品|扶贫产品|扶贫专柜|帮扶专柜|供销(?:合作)?社|农产品展销|农(?:博|交)会|(?:专业|农民|经济)合作社/;
/**
 * A price set or paid by a programme of the state: drugs and consumables bought in bulk by the
 * medical-insurance bodies (集采, 中选药品 … 价格明显下降), drugs added to the insurance list after
 * negotiation, a government's consumption vouchers and trade-in subsidies. The post tells what the
 * programme does for patients and buyers, not a seller's offer.
 */
export const PUBLIC_PROGRAMME =
  /集中带量采购|集采|中选(?:药品|产品|结果|企业|价格)|国家组织(?:药品|药品和医用耗材|医用耗材|高值医用耗材)|医保(?:目录|谈判)|谈判药品|(?:政府|财政|商务局|商务厅)[^。\n]{0,12}?(?:消费券|以旧换新|补贴)/;

/** Health and beauty effects: in a sales post, claiming them is advertising a product's efficacy. */
export const EFFICACY_CLAIM = guard(
  /(?<!不能|不可|无法|不具有|并不能|不能代替药物|不以|并非以|不是以)(?:降三高|降血压|降血糖|降血脂|防癌|抗癌|软化血管|提高免疫力|增强免疫力|长高|美白|祛斑|减肥|瘦身|延年益寿|治疗[\u4e00-\u9fff]{1,4}病|治愈)/g,
);

/** A programme's own sale, either kind. */
export const PROGRAMME_SALE = new RegExp(`${HELPING_FARMERS.source}|${PUBLIC_PROGRAMME.source}`);
