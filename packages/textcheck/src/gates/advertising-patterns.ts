// Pattern families of the advertising gate (《广告法》第九条、第十六条、第十七条): medical-claim
// paraphrases, absolute terms next to a quality or product word, discounts and urgency, and
// buy-by-contact phrasings with a WeChat/QQ id — wording a term list cannot enumerate.
import type { PatternRule } from './pattern-findings.ts';

const NUM = '[0-9０-９一二三四五六七八九十两]';
const MEDICAL = '广告法禁止的医疗功效断言';
const ABSOLUTE = '广告法禁用的绝对化用语';
const PROMOTION = '商业促销用语，政务新媒体不得刊登商业广告';
const CONTACT = '导流联系购买，属商业广告';
const WECHAT = '(?:微信|V信|v信|VX|vx|Vx|wx|WX|薇信|薇|威信|卫星|V|v|Ｖ|ｖ|qq|QQ|扣扣|企鹅)';

export const ADVERTISING_PATTERNS: readonly PatternRule[] = [
  {
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern:
      /(?:彻底|完全|永久|永远|根本|一次性|百分之?百|百分百|100[%％]|保证|包你|快速|迅速|轻松)(?:治愈|根治|痊愈|除根|断根|治好|康复)/g,
    message: MEDICAL,
  },
  {
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern: /(?:无|没有|零|绝无|毫无|不含)(?:任何|一点)?(?:毒)?副作用/g,
    message: MEDICAL,
  },
  {
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern: new RegExp(
      '(?:立竿见影|手到病除|妙手回春|百试百灵|屡试不爽|一试就灵|神奇疗效|奇效|一(?:用|贴|吃|喝|抹|涂|喷|按)就(?:灵|好|见效)|' +
        `(?:当天|当日|即刻|立即|马上|立刻|${NUM}+(?:天|日|周|小时|分钟|个?疗程|次))(?:就能|就可|即可|便能|就|即|可)?(?:见效|显效|治愈|痊愈|康复|根治|断根|除根|包好|必好|准好|祛斑|淡斑|美白|去皱|生发|长高|瘦身|减肥|瘦\\d+斤)|` +
        '(?:完全|彻底|从此|永远|永久)摆脱(?:胰岛素|药物|降压药|降糖药|透析|拐杖|轮椅)|摆脱(?:胰岛素|降压药|降糖药)依赖|' +
        '(?:百分之?百|百分百|100[%％]|保证|绝对)(?:有效|见效|治愈|安全无害)|' +
        '(?:无效|不满意|没效果|不见效)(?:全额|双倍)?(?:退款|退钱)|' +
        '(?:饮用|服用|食用|使用|佩戴|喝|吃)[^。，；！\\n]{0,6}(?:可以|即可|就能|就可以)停药|' +
        '告别[^。，；！\\n]{0,4}(?:药物|吃药|打针|降压药|降糖药|手术)|' +
        '(?:常喝|常吃|长期饮用|坚持饮用|坚持吃|坚持喝|每天喝|每天吃)(?:可以|能够|能|就能|可)?(?:软化血管|疏通血管|溶解血栓|降三高|预防中风|防癌|抗癌|根治)|' +
        '专治[^。，；！\\n]{1,12}?(?:病|症|炎|痛|突出|失眠|不孕|结石|增生|湿疹|脱发))',
      'g',
    ),
    message: MEDICAL,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:品质|口碑|销量|性价比|口感|疗效|功效|效果|人气|正宗)(?:第一|最好|最佳|最优|一流|无敌|最高|No\.?1|NO\.?1|TOP ?1|天下第一)|(?:销量|销售额|口碑|人气)[^。，；！\n]{1,6}?(?:第一|榜首|冠军|之最)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:全市|全省|全国|全球|全网|全城|全县|世界|行业|业内|同行|本地)(?:最好吃|最好喝|最正宗|最便宜|最实惠|最低价|最划算|最好用|最畅销|最火爆|最齐全|独一家|第一品牌|最好的(?:产品|品牌|商品|店))/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:顶级|极品|最高级|最佳|国家级|世界级|至尊|王牌|殿堂级|最顶级)(?:产品|品质|工艺|滤芯|配方|原料|食材|享受|材料|面料|好茶|好酒|口感|奢华|商品|货源|美味)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: /最高级(?!别|人民|法院|检察|领导|官员|干部|会议)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(
      '(?:(?:全场|全店|全馆|店内|所有|全部)(?:商品|产品|货品|服装|家电|菜品)?[^。，；！\\n]{0,6}?' +
        `(?:一律|统一|低至|全部|一律打|均打|打)?${NUM}{1,2}(?:\\.[0-9])?折|(?:低至|立享|仅需|只需|再享|一律打)${NUM}{1,2}(?:\\.[0-9])?折|` +
        `(?:订购|购买|下单|选购|抢购|团购|购物|消费|会员)[^。，；！\\n]{0,4}(?:享受?|可享|打)${NUM}{1,2}(?:\\.[0-9])?折|` +
        `${NUM}{1,2}(?:\\.[0-9])?折(?:起|特惠|促销|抢购|出售|销售))`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(
      `满\\s*[0-9０-９]+\\s*元?\\s*(?:减|送|返|赠)\\s*[0-9０-９]+|(?:买|购)${NUM}(?:件|瓶|盒|箱)?(?:送|赠)${NUM}|` +
        '限量(?:抢购|秒杀|特价|促销|特惠|开抢)|欲购从速|手慢无|售完即止|抢完为止|卖完为止|错过再等一年|量大从优|一件代发|' +
        `前\\s*[0-9０-９]+\\s*名(?:下单|购买|顾客|付款|抢购|买家)`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: /(?:下单|购买|消费|到店|进店)(?:即|就|即可|就能)?(?:送|赠|返现|立减|享受?折扣)/g,
    message: PROMOTION,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(
      '原价\\s*[0-9０-９,.]+\\s*元?[^。；！\\n]{0,12}?(?:现价|现仅需|现只需|仅需|只需|现在只要|只要|特价|秒杀价|活动价|体验价|到手价)\\s*[0-9０-９,.]+\\s*元?|' +
        '(?:每|一)(?:斤|盒|箱|件|瓶|袋|套|份)(?:只要|仅需|只需|仅售|才|低至|只卖)\\s*[0-9０-９.]+\\s*元|' +
        '(?:体验价|到手价|秒杀价|活动价|券后价|折后价|会员价|特惠价|促销价|团购价)\\s*[:：]?\\s*[0-9０-９,.]+\\s*元|' +
        `(?:超市|商场|门店|店内|本店|店庆|专卖店)[^。！？\\n]{0,20}?(?:打|一律|全部|低至)${NUM}{1,2}(?:\\.[0-9])?折`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    rule: 'advertising.medical-claim',
    severity: 'warn',
    pattern:
      /对[^。；！\n]{0,12}?(?:高血压|糖尿病|癌|肿瘤|风湿|关节炎|失眠|便秘|前列腺|痛风|颈椎|腰椎|心脑血管|三高|皮肤病)[^。；！\n]{0,8}?(?:都|均)?有(?:显著|明显|神奇|特殊|独特|极好的?|很好的?|良好的?)(?:疗效|治疗效果|功效|效果)/g,
    message: MEDICAL,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(`(?:购满|买满|满)${NUM}+(?:件|盒|箱|瓶|袋|元)?(?:即|就|可)?(?:赠|送|返)`, 'g'),
    message: PROMOTION,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern: /(?<![A-Za-z])(?:V|v|Ｖ|ｖ|VX|vx|Vx|wx|WX|薇信|薇|威信|卫星|扣扣|企鹅)(?:号)?\s*[:：]\s*[A-Za-z0-9][A-Za-z0-9_-]{4,19}/g,
    message: CONTACT,
  },
  {
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /唯一(?:的)?一款|(?:这|该|本)款[^。，；！\n]{0,8}唯一|销量(?:遥遥)?领先|遥遥领先同行|同类产品中(?:最|第一)/g,
    message: ABSOLUTE,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern: new RegExp(
      `(?:加|添加|\\+)\\s*${WECHAT}(?:号|好友)?\\s*[:：]?\\s*(?:咨询|订购|购买|下单|了解|详询|领取|预订|拿货|获取|选购)|` +
        `(?:加|添加|咨询|订购|购买|下单|订货|联系)[^。，；！\\n]{0,4}?${WECHAT}(?:号|同号)?\\s*[:：]?\\s*[A-Za-z0-9][A-Za-z0-9_-]{5,19}`,
      'g',
    ),
    message: CONTACT,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?:戳|点击?|点开)(?:下方|左下角|文末|评论区)?(?:链接|阅读原文|小黄车)[^。，；！\n]{0,6}?(?:购买|下单|直达店铺|抢购|进店)|评论区扣1|(?:订购|订货|购买|团购|批发)[^。！？\n]{0,10}?1[3-9][0-9]{9}/g,
    message: CONTACT,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /私信(?:小编|我们?|客服|博主|主页|后台)?(?:即可|就能|进行)?(?:下单|购买|订购|预订|拿货|询价|咨询价格|了解价格|领取优惠)|扫(?:码|描[^。，；！\n]{0,4}?二维码|一扫)[^。，；！\n]{0,12}?(?:购买|下单|抢购|订购|进店|领券|购物|付款购买|(?:添加|加)(?:商家|卖家|店主|店家))|(?:订购|订货|购买|团购|下单)(?:电话|热线|请致电|请联系|请拨打)/g,
    message: CONTACT,
  },
];

/** Absolute terms that are banned only in commercial promotion (最佳, 首选 …). */
export const ABSOLUTE_WORD =
  /最佳|最好|最优|顶级|极品|首选|独家|最先进|最高级|世界级|全网第一|第一品牌|No\.1|NO\.1|销量冠军|独一无二|史无前例|万能|零风险|无敌|王牌|最便宜|最实惠|最划算/g;

/** Wording that only a sales post uses: with it, any absolute term in the post is advertising. */
export const SALES_POST =
  /下单|购买链接|选购|订购|抢购|包邮|售价|促销|店铺|专卖|原价|现价|热卖|爆款|私信|加微信|优惠价|[0-9一二三四五六七八九]折|欲购从速/;
