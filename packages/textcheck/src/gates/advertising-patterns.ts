// Pattern families of the advertising gate (《广告法》第十六条、第十七条): medical-claim paraphrases,
// discounts and urgency, and buy-by-contact phrasings with a WeChat/QQ id — wording a term list
// cannot enumerate. The absolute terms (第九条) are advertising-absolute-patterns.ts.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const NUM = '[0-9０-９一二三四五六七八九十两]';
const MEDICAL = '广告法禁止的医疗功效断言';
const PROMOTION = '商业促销用语，政务新媒体不得刊登商业广告';
const CONTACT = '导流联系购买，属商业广告';
const PERSONAL_WECHAT = '(?:微信|V信|v信|VX|vx|Vx|wx|WX|薇信|薇|V|v|Ｖ|ｖ)';
const WECHAT = '(?:微信|V信|v信|VX|vx|Vx|wx|WX|薇信|薇|威信|卫星|V|v|Ｖ|ｖ|qq|QQ|扣扣|企鹅)';
/** 加 written as a plus sign: +, ＋, the emoji ➕. */
const PLUS = '(?:\\+|＋|➕)';

export const ADVERTISING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Search-engine spam services, the usual text of a hacked page: 蜘蛛池出租, 外链代发, 快速排名.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: /蜘蛛池|外链代发|快速排名|百度快照|权重提升|(?:SEO|seo)(?:优化|排名)/g,
    message: PROMOTION,
  },
  {
    // Effects promised after a course of a product (连喝一个月，记忆力明显提升) or called proven
    // (降血糖、抗肿瘤效果显著).
    rule: 'advertising.medical-claim',
    severity: 'warn',
    pattern:
      /(?:连喝|连吃|坚持喝|坚持吃|连续服用)[^。，；！\n]{0,6}?[，,]?(?:记忆力|免疫力|视力|睡眠|成绩)(?:明显|显著)?(?:提升|提高|改善|增强)|考试轻松提分|(?:降血糖|降血压|降血脂|抗肿瘤|抗癌|防癌)[^。；！\n]{0,8}?(?:效果显著|疗效显著|效果明显)/g,
    message: MEDICAL,
  },
  {
    // A WeChat id given to order through, under any spelling of 微信: V信：qxtc888 即可下单, 薇信号
    // nanyang2024 下单包邮, 添加客服微信（mx_dangui2024）下单, 添加苗圃负责人微信（ID：lyj_mp2025）直接下单 (the id in brackets, after
    // final170 and final179). A
    // service account's id to follow, to ask or to book a visit through (微信号gzgov，关注后咨询;
    // 公众号wxgov2024，可预订门票) sells nothing.
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?<![A-Za-z])(?:微信|薇信|威信|徽信|维信|V信|v信|VX|vx|Vx|WX|wx|V|v)(?:号)?(?:[:：]|[（(](?:ID|Id|id|微信号|号)?[:：]?)?[A-Za-z][A-Za-z0-9_-]{4,19}(?![A-Za-z0-9_-])[)）]?[^。！？\n]{0,8}?(?:下单|订购|购买|抢购|团购|拿货|发货)/g,
    message: CONTACT,
  },
  {
    // Ordering by adding a seller's WeChat, with no id given (after heldout-final168): 添加商家客服微信
    // 即可锁定名额下单, 加店家微信即可订购. A service's booking of a visit (添加客服微信即可预约参观)
    // buys nothing.
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?:加|添加|联系)(?:商家|店家|卖家|经销商|客服|老板)(?:的)?(?:客服)?(?:微信|V信|VX|vx|企业微信)(?:号)?(?:即可|就能|就可|便可|可)[^。！？\n，,]{0,6}?(?:下单|订购|购买|抢购|团购|锁定名额|拿货)/g,
    message: CONTACT,
  },
  {
    // A WeChat id behind a quoted sound-alike: 想要的老铁“薇”我：ly-cha2025.
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern: /[“"‘]?(?:薇|威|微|V|v)[”"’]?我[:：]?[A-Za-z0-9][A-Za-z0-9_-]{4,19}/g,
    message: CONTACT,
  },
  {
    // A business the account recommends or rewards for: 推荐“半山居”, (a person put forward for an honour,
    // 推荐其申报“全国技术能手”, 推荐为“优秀党员”, is none), 报“文旅云岭”还能送早餐, 就诊可享
    // 挂号费全免, 全省第一的微创技术, 后台私信小编…安排发货. Not an app or platform of the government
    // (推荐“国家反诈中心”APP, 推荐通过“832平台”采购; the platform's word inside the quotes too, after
    // final178's round).
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /推荐(?!其|他|她|该同志|该生|该选手)(?:大家|您|你)?(?:去|到|入住|选择)?(?:(?!申报|参评|参选|评选|报送|候选|作为|为)[^。，；！\n“"]){0,4}[“"](?![^”"]{0,10}?(?:APP|app|App|客户端|小程序|公众号|平台)[”"])[^”"]{1,10}[”"](?!APP|app|App|客户端|小程序|公众号|平台)|(?:报|提|说)[“"][^”"]{1,10}[”"](?:还能|还可以|就能|可以|可)?(?:送|赠|免|打折|优惠)|(?:现场|到店|线上|扫码)(?:购买|下单|消费)(?:即|就)?(?:享|可享|享受)(?:优惠|折扣|[0-9０-９一二三四五六七八九]折)|(?:就诊|到店|报名|下单|入住)(?:即|就)?可享[^。，；！\n]{0,8}?(?:全免|免费|减免|优惠|折)|(?:全国|全省|全市)第一的[\u4e00-\u9fff]{0,4}(?:技术|设备|疗法|服务)|(?:后台私信|私信小编|后台留言)[^。；！\n]{0,12}?(?:发货|下单|购买|包邮|起发)/g,
    message: PROMOTION,
  },
  {
    // A branded health product recommended by the account: 推荐中老年朋友服用“康泰牌”灵芝孢子粉.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /推荐[^。，；！\n]{0,10}?(?:服用|食用|饮用|购买|选用|使用)[“"][^”"]{1,10}[”"]|推荐(?:您|你|大家)(?:到|去)[^。，；！\n]{2,16}?(?:整形|美容|医美|大药房|药店|门店|专卖店)|(?:后台留言|私信|留言)[“"][^”"]{1,20}[”"][^。，；！\n]{0,12}?(?:下单|购买|订购)|(?:全球|世界)(?:最先进|最领先|最顶尖|最权威)的?[\u4e00-\u9fff]{0,4}(?:设备|仪器|疗法|技术)/g,
    message: PROMOTION,
  },
  {
    // Live-stream selling: 拍一发三, 前500单再送小样, 库存不多赶紧上车.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /拍[一二两三1-9]发[二三四五六七八九十2-9]|前[0-9０-９]+单(?:再|还|加|另)?(?:送|赠|享|减|返)|下单(?:再|还|就|即)(?:送|赠|减|返)|库存(?:不多|只有|仅剩)|手慢无|上链接|(?:学费|报名费|票价|价格)(?:优惠|立减|直降|减免)[0-9０-９]+元|(?:赶紧|速速|抓紧|快)上车|(?:抓紧|赶紧|快)拍|首刷(?:即|就)?送|(?:开卡|办卡)(?:即|就)送|(?:保证|包|确保)一次(?:通过|拿证|过关)|不过(?:全额)?退(?:费|款)/g,
    message: PROMOTION,
  },
  {
    // A link to buy from: 点击下单 https://shop.…, 购买链接：www.….
    rule: 'advertising.commercial-link',
    severity: 'warn',
    pattern:
      /(?:点击|戳|进入|打开)?(?:下单|购买|抢购|选购|购物)(?:链接|地址|入口)?[:：]?(?:https?:\/\/|www\.)[^\s，。；！？]+/g,
    message: '附购买链接，政务新媒体不得刊登商业广告',
  },
  {
    // A discount for naming the office's own account: 报镇政府公众号名字还能打九折.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:报|提|说|出示)[^。，；！\n]{0,12}?(?:名字|名称|暗号|口令)(?:[“"][^”"]{1,8}[”"])?(?:还能|还可以|就能|可以|可|即可|能)?(?:打|享)(?:[0-9０-９一二三四五六七八九]{1,2}(?:\.[0-9])?)?折/g,
    message: PROMOTION,
  },
  {
    // A QQ number to contact for buying: 需要的联系：Q 2851 663 407 (spaces are gone here).
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?:联系|咨询|加|详询|私聊)[:：]?(?:QQ|qq|Q|q|扣扣|企鹅)[:：]?[1-9][0-9]{4,11}(?![0-9])/g,
    message: CONTACT,
  },
  {
    // Buying by a private message in slang: 私戳发货, 戳我下单, 私聊拿货, 滴滴我下单 (私信…下单 below).
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?:私戳|私聊|私我|戳我|滴滴我|私信(?:小编|我们?|客服|博主)?)(?:即可|就能|就|马上|立即|秒)?(?:发货|下单|拿货|订购|预订|购买)/g,
    message: CONTACT,
  },
  {
    // Ordering through a QQ group named by its number: 进Q群58236614接龙下单, 加QQ群…团购. Not a
    // group to join for a course or a notice (进QQ群123456参加线上学习).
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?:进|加|入|加入)(?:QQ|qq|Q|q|扣扣|企鹅)群(?:号)?[:：]?[1-9][0-9]{4,11}(?![0-9])[^。！？\n]{0,10}?(?:下单|购买|订购|团购|拼单|抢购|预订)/g,
    message: CONTACT,
  },
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
      '(?:立竿见影|手到病除|药到病除|(?:永不|不再|绝不|再不|永远不|终身不|从此不)复发|妙手回春|百试百灵|屡试不爽|一试就灵|神奇疗效|奇效|一[\u4e00-\u9fff]就(?:灵|好|见效|管用|有效|好使|止痒|止痛|不痒|不疼)|' +
        `(?:当天|当日|即刻|立即|马上|立刻|${NUM}+(?:天|日|周|小时|分钟|个?疗程|个?月|次|料|剂|贴|盒|瓶|副|针|粒))(?:就能|就可|即可|便能|就|即|可)?(?:见效|显效|治愈|痊愈|康复|根治|断根|除根|包好|必好|准好|祛斑|淡斑|美白|去皱|生发|长高|瘦身|减肥|瘦\\d+斤|长出新发|长出头发|白发变黑)|` +
        '长高[0-9０-９一二三四五六七八九十]+(?:厘米|公分|cm|CM)|' +
        '(?:完全|彻底|从此|永远|永久)摆脱(?:胰岛素|药物|降压药|降糖药|透析|拐杖|轮椅)|摆脱(?:胰岛素|降压药|降糖药)依赖|' +
        '(?:百分之?百|百分百|100[%％]|保证|绝对)(?:有效|见效|治愈|安全无害)|' +
        '(?:无需|不用|不必|告别|从此不用)(?:打针吃药|吃药打针|打针|吃药)|不(?:打针|吃药|开刀|手术)不(?:打针|吃药|开刀|手术)|' +
        '(?:穿上|戴上|贴上|用上|喝下|吃下|抹上|涂上)后?(?:立马|立刻|马上|立即|当场|就)(?:不疼|不痛|止痛|止痒|见效|好了|消失|缓解)|' +
        '(?:无效|不满意|没效果|不见效)(?:全额|双倍)?(?:退款|退钱)|' +
        '(?:饮用|服用|食用|使用|佩戴|喝|吃)[^。，；！\\n]{0,6}(?:可以|即可|就能|就可以)停药|' +
        '告别[^。，；！\\n]{0,4}(?:药物|吃药|打针|降压药|降糖药|手术)|' +
        '(?:常喝|常吃|常服|长期饮用|坚持饮用|坚持吃|坚持喝|每天喝|每天吃|长期服用|坚持服用|长期食用|坚持食用|每天服用|经常服用|常饮|经常饮用|每天饮用|喝了)(?:[0-9０-９一两二三四五六七八九十半]+(?:个)?(?:杯|碗|瓶|包|片|粒|次|勺|袋|个|疗程|周|月|天)[，,]?)?(?:可以|能够|能|就能|可|还能|即可)?(?:有效)?(?:软化血管|疏通血管|溶解血栓|降三高|预防中风|预防(?:癌症|肿瘤|心脑血管疾病|脑梗|心梗|结石|肾结石|胆结石|尿结石|骨质疏松|痛风|老年痴呆)|防癌|抗癌|根治|治愈[\u4e00-\u9fff]{2,6}|(?<=可以|能够|能|就能|可|还能|即可|有效)(?:治疗|治好|医治)(?:高血压|糖尿病|高血脂|冠心病|痛风|失眠|胃病|[\u4e00-\u9fff]{1,4}?(?:病|症|炎))(?![的药类])|清热解毒|抗病毒|降血压|降血脂|降血糖|延年益寿|益寿延年|长命百岁|返老还童|百病不侵|百病不生)(?:[、和及与](?:增强免疫力|提高免疫力|延年益寿|软化血管|降三高|降血压|降血脂|降血糖|防癌|抗癌|抗癌防癌|美容养颜|排毒养颜|糖尿病|高血压))*|' +
        '排出(?:体内)?的?(?:湿气|毒素|宿便|湿毒|寒气|重金属)|' +
        '年轻[0-9０-９一二三四五六七八九十]+岁|' +
        '(?:治愈率|有效率|成功率|康复率|好转率|怀孕率)(?:高达|可达)|' +
        '(?:有效率|治愈率|见效率|疗效|功效)(?:达到?|为|是)?(?:100[%％]|百分之?百|百分百)|' +
        '(?:保证|确保|承诺)(?:通过率|录取率|提分|就业|拿证)|通过率(?:100|百分之百|百分百)|包过|不过(?:全额)?退(?:费|款)|' +
        '(?:当场|当天|立刻|马上)(?:走路|下地|止痛|不疼|康复)|一次(?:复位|治愈|根治|就好)|' +
        `${NUM}+(?:天|周|个?月|个?疗程)[^。，；！\\n]{0,4}?(?:血压|血糖|血脂|尿酸|体重)(?:明显|显著|就|即可)?(?:下降|降低|恢复正常)|` +
        '吃了(?:更|会|能|就能)?(?:聪明|长高|变白|变瘦|长寿|不生病)|' +
        '专治[^。，；！\\n]{1,12}?(?:病|症|炎|痛|突出|失眠|不孕|结石|增生|湿疹|脱发))',
      'g',
    ),
    message: MEDICAL,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(
      '(?:(?:全场|全店|全馆|店内|所有|全部)(?:商品|产品|货品|服装|家电|菜品)?[^。，；！\\n]{0,6}?' +
        `(?:一律|统一|低至|全部|一律打|均打|打)?${NUM}{1,2}(?:\\.[0-9])?折|(?:低至|立享|仅需|只需|再享|一律打)${NUM}{1,2}(?:\\.[0-9])?折|` +
        `(?:订购|购买|下单|选购|抢购|团购|购物|消费|会员)[^。，；！\\n]{0,4}(?:享受?|可享|打)${NUM}{1,2}(?:\\.[0-9])?折|` +
        `${NUM}{1,2}(?:\\.[0-9])?折(?:起|特惠|促销|抢购|出售|销售)|` +
        // The post itself as a coupon: 凭本通知可享受8折优惠, 持此券到店立减20元, 出示本短信享九折.
        `(?:凭|持|出示)(?:本|此|该)(?:公众号截图|公众号|推文|通知|券|短信|广告|页面|文章|推送|海报|传单|截图|公众号文章)[^。，；！\\n]{0,8}?(?:可|即可|均可|就能)?(?:享受?|打|享有|立减|减免?|优惠)[^。，；！\\n]{0,4}?(?:${NUM}{1,2}(?:\\.[0-9])?折|[0-9０-９]+元|优惠))`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(
      `满\\s*[0-9０-９]+\\s*元?\\s*(?:立减|立返|即减|减|送|返|赠)\\s*[0-9０-９]+|(?:买|选)[\\u4e00-\\u9fff]{1,4}就选|` +
        `(?:买|购)${NUM}(?:件|瓶|盒|箱)?(?:送|赠)${NUM}|` +
        '限量(?:抢购|秒杀|特价|促销|特惠|开抢)|年(?:赚|入|收入)[0-9０-９一二三四五六七八九十百千万]+万?(?:元)?(?:不是梦|轻轻松松|很轻松)|欲(?:购|订|租|买|约)者?从速|(?:订购|预订|购买|认购|抢购)从速|手慢无|售完即止|抢完为止|卖完为止|错过(?:今天|今日|这次|本次)?(?:就)?再等(?:一|两|三|五|十|[0-9]+)年|量大从优|一件代发|' +
        `前\\s*[0-9０-９]+\\s*名(?:下单|购买|顾客|付款|抢购|买家)`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:下单|购买|消费|到店|进店)(?:即|就|即可|就能)?(?:送|赠|返现|立减|享受?折扣)|(?:到店|进店)[^。，；！\n]{1,4}?(?:即|就|即可|就能)(?:送|赠|享)/g,
    message: PROMOTION,
  },
  {
    rule: 'advertising.promotion',
    severity: 'block',
    pattern: new RegExp(
      '原价\\s*[0-9０-９,.]+\\s*元?[^。；！\\n]{0,12}?(?:现价|现仅需|现只需|仅需|只需|现在只要|只要|特价|秒杀价|活动价|体验价|到手价)\\s*[0-9０-９,.]+\\s*元?|' +
        '(?:每|一)(?:斤|盒|箱|件|瓶|袋|套|份)(?:只要|仅需|只需|仅售|才|低至|只卖)\\s*[0-9０-９.]+\\s*元|' +
        '[0-9０-９.]+元(?:即可)?(?:抢购|秒杀|购买|带走|拿下|购得)(?:价值|原价)[0-9０-９.]+元|(?:价值|原价)[0-9０-９.]+元[^。，；！\\n]{0,8}?(?:只要|仅需|仅售|只需)[0-9０-９.]+元|' +
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
    pattern: new RegExp(
      `(?:购满|买满|满)${NUM}+(?:件|盒|箱|瓶|袋|元|年|个月|次|单)?(?:即|就|可)?(?:赠|送|返)|充\\s*[0-9０-９]+\\s*元?送\\s*[0-9０-９]+|` +
        `(?:报名|下单|购买|办卡|预约|到店)(?:即|就)?(?:立减|直降|立省)[0-9０-９]+元|量大(?:还能|可|更)?(?:优惠|从优|价优|有优惠)|` +
        `${NUM}+(?:瓶|盒|件|箱|袋|套)(?:立减|直降|立省|减)[0-9０-９]+元|${NUM}+件${NUM}{1,2}折|` +
        `第二件(?:0元|免费|半价|${NUM}折)`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?<![A-Za-z])(?:V|v|Ｖ|ｖ|VX|vx|Vx|wx|WX|薇信|薇|威信|威(?<![权声国军示神发助]威)|卫星|扣扣|企鹅)(?:号)?\s*[:：]\s*[A-Za-z0-9][A-Za-z0-9_-]{4,19}/g,
    message: CONTACT,
  },
  {
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern:
      /(?<v>[\u4e00-\u9fff])一\k<v>(?:就能|就|即可|马上)(?:看清|见效|好了|止痛|消失|恢复|瘦|白)/g,
    message: MEDICAL,
  },
  {
    rule: 'advertising.medical-claim',
    severity: 'block',
    pattern:
      /(?:失眠|疼痛|手脚冰凉|便秘|湿疹|斑点|皱纹|[\u4e00-\u9fff]{1,4}病)[^。！？\n]{0,8}?(?:统统|全部|通通|彻底|立马|马上)(?:消失|不见|赶跑|搞定|好了)/g,
    message: MEDICAL,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern: new RegExp(
      `(?:加|添加|${PLUS})\\s*${WECHAT}(?:号|好友)?\\s*[:：]?\\s*(?:咨询|订购|购买|下单|了解|详询|领取|预订|拿货|获取|选购)|` +
        `(?:加|添加|${PLUS}|订购|购买|下单|订货)[^。，；！\\n]{0,4}?${WECHAT}(?:号|同号)?\\s*[:：]?\\s*[A-Za-z0-9][A-Za-z0-9_-]{5,19}|` +
        `(?:咨询|联系)[^。，；！\\n]{0,4}?${PERSONAL_WECHAT}(?:号|同号)?\\s*[:：]?\\s*[A-Za-z0-9][A-Za-z0-9_-]{5,19}`,
      'g',
    ),
    message: CONTACT,
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /(?:加入|进|扫码进|扫码加入)[^。，；！\n]{0,4}?(?:团购群|福利群|优惠群|购物群|秒杀群)|回复[^。！？\n]{0,6}?(?:获取|领取|了解)(?:购买方式|购买链接|价格|优惠)|留下?(?:你的|您的)?(?:地址|电话|联系方式|收货地址)[^。！？\n]{0,12}?(?:发货|寄出|邮寄|送货上门)|链接(?:已经?)?(?:放|贴|挂|见)(?:在)?(?:评论区|评论|置顶|主页|橱窗|下方)|(?:戳|点击?|点开)(?:下方|左下角|文末|评论区)?(?:链接|阅读原文|小黄车)[^。，；！\n]{0,6}?(?:购买|下单|直达店铺|抢购|进店)|评论区扣1|(?:订购|订货|购买|团购|批发)[^。！？\n]{0,10}?1[3-9][0-9]{9}/g,
    message: CONTACT,
  },
  {
    // A discount or down payment followed by a sales contact: 认购享9.5折，详询售楼热线, 首付仅需5万，
    // 私信小编了解详情, 打8折，咨询电话….
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:享|打|优惠)[0-9０-９.．一二三四五六七八九]{1,4}折[^。！？\n]{0,12}?(?:详询|咨询热线|售楼热线|订购热线|销售热线|咨询电话|私信|了解详情)|首付(?:仅需|只需|低至|仅)[0-9０-９一二三四五六七八九十]+万?[^。！？\n]{0,8}?(?:详询|热线|咨询电话|私信|了解详情)/g,
    message: '折扣、首付等促销信息加销售联系方式，属商业广告',
  },
  {
    rule: 'advertising.buy-by-contact',
    severity: 'block',
    pattern:
      /私信(?:小编|我们?|客服|博主|主页|后台)?(?:即可|就能|进行)?(?:下单|购买|订购|预订|拿货|询价|咨询价格|了解价格|领取优惠)|扫(?:码|描[^。，；！\n]{0,4}?二维码|一扫)[^。，；！\n]{0,12}?(?:购买|下单|抢购|订购|进店|领券|购物|付款购买|(?:添加|加)(?:商家|卖家|店主|店家))|(?:订购|订货|购买|团购|下单)(?:电话|热线|请致电|请联系|请拨打)/g,
    message: CONTACT,
  },
  {
    // Housing on sale: 火热认购中, 盛大开盘, 首付10万起, 认购即送.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:火热|火爆|盛大|震撼|倾情|荣耀|全城)(?:认购|开盘|热销|热售|加推|预售|发售)中?|(?:认购|热销|热售|加推)中(?![心国])|首付(?:仅需|只需|低至|只要)?[0-9０-９一二三四五六七八九十]+(?:\.[0-9])?万(?:元)?起|(?:认购|开盘|定房|订房)(?:即|就)(?:送|享|赠)/g,
    message: PROMOTION,
  },
  {
    // A sponsor named on a government column (由…独家冠名播出) and gifts for a purchase (购车即送).
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern:
      /(?:独家|特约)?冠名(?:播出|播映|播放|呈现|赞助)|(?:独家|特约)赞助|(?:购车|购房|买车|买房|购机|办卡|开卡|充值|入会)(?:即|就|即可|就能)(?:送|赠|返)/g,
    message: PROMOTION,
  },
  {
    // A lender's speed promise after a loan or credit word: 黑户白户均可贷，最快10分钟到账; 网贷…最短
    // 5分钟放款. Minutes and hours only (a tax refund's 最快1个工作日到账 names no loan).
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:贷|征信|借款|借钱|下款|放款|额度|黑户|白户)[^。；！？\\n]{0,40}?(?<span>(?:最快|最短|最快只需|最快仅需|最快只要)${NUM}+(?:分钟|小时|秒)内?(?:即可)?(?:到账|放款|下款|出款|审批|拿钱))`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    // A cash gift for signing up (注册即送88元彩金, 首充就送100元, 下载立送20元): a platform's
    // promotion. Not a public voucher programme's 消费券 or 补贴.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?:注册|充值|首充|首存|下载)(?:即|就|立|即可|就能)(?:送|赠|得)${NUM}+(?:元|块)(?![^。；！？\\n]{0,6}?(?:消费券|惠民券|补贴|红包雨))`,
      'g',
    ),
    message: PROMOTION,
  },
  {
    // A platform's new-user coupon for downloading or signing up to its app, passed on by the office
    // (after final211: 下载“快马出行”App并完成实名注册，即可领取30元新人打车券; 注册成为新用户可获得20元
    // 外卖红包). The coupon is the platform's sales incentive; a public voucher programme run through an
    // app (下载…App即可领取消费券, 惠民券, 文旅券) names no platform coupon and stays quiet.
    rule: 'advertising.promotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:下载|注册|安装|登录|开通)[^。；！？\\n]{0,24}?)(?<!(?:消费券|惠民|文旅券|财政|政府|数字人民币|云闪付)[^。；！？\\n]{0,40}?)(?:即可|就能|就可|便可|均可|可|即|立即|马上)(?:免费)?(?:领取?|获得?|获赠|得到|享受?)${NUM}+元(?:的)?(?:新人|新用户|新客|首单|首次|专享)?(?:专享)?(?:打车|外卖|骑行|出行|购物)?(?:优惠券|代金券|现金券|抵用券|抵扣券|立减券|满减券|红包|新人券|新客券|券包|券)`,
      'g',
    ),
    message: PROMOTION,
  },
]);
