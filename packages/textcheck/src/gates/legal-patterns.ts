// Pattern families of the legal gate: offers built from a verb and a category rather than a fixed
// term — violent footage (杀人现场视频), home-made weapons (教你制作土炸弹), fake papers (快速办证),
// account and card trading (买卖实名微信号), snooping services (查通话记录), laundering (洗白资金)
// and live-dealer gambling (真人在线发牌). Warnings and enforcement reports only inform (regraded
// like the lexicon hits).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const LEGAL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Certificates offered with a promise they check out: 办理毕业证、驾驶证、身份证，诚信可查.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /办理[^。；！？\n]{0,4}?(?:毕业证|学位证|驾驶证|身份证|资格证|假证)[^。；！？\n]{0,12}?(?:可查|可验|包过|诚信)/g,
    message: '疑似制售假证件信息',
  },
  {
    // Loans offered to those whose credit is spoiled: 征信花了也能贷, 黑户秒下款.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern:
      /征信花了?(?:也|都|照样)?能(?:贷|下款|借)|黑户(?:也能|秒)?下款|(?:不看|不查)征信(?:秒|当天)?(?:下款|放款)/g,
    message: '面向征信不良人群的贷款招揽，疑似非法放贷或贷款诈骗',
  },
  {
    // Betting games at a village event (“押大小”猜点数，10元一注，赢了当场兑现), deposit bonuses and
    // casino brands (金沙娱乐场-首存即送100%).
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /押大小|[0-9０-９一二三四五六七八九十]+元一注|赢了(?:当场|现场)?兑现|输赢现金结算|底注[0-9０-９]+元|首(?:存|充)(?:即|就)?送[0-9０-９]*%?|(?:金沙|永利|葡京|威尼斯人|银河|太阳城|皇冠)娱乐(?:场|城|平台)/g,
    message: '涉赌内容',
  },
  {
    // Cards and accounts rented out (帮信罪): 闲置银行卡、手机卡可出租给合作公司; a code asked for a
    // subsidy (填写银行卡号及手机验证码即可到账); bonus-on-deposit gambling (首充100送88, 最高赔50倍).
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:银行卡|手机卡|电话卡|电话号|微信号|支付宝账号)[^。；！？\n]{0,10}?(?:可)?(?:出租|出借|租给|借给|有偿转让)|(?:填写|输入|提供)[^。；！？\n]{0,8}?验证码(?:即可|就能|才能)?(?:到账|领取|发放|领钱)|首充[0-9０-９]+送[0-9０-９]+|最高赔[0-9０-９]+倍|配合[^。；！？\n]{0,8}?走账|走账[^。；！？\n]{0,8}?提成|跑分(?:平台|赚钱|佣金)|首次充值[0-9０-９]+元?送[0-9０-９]+|金豆[^。；！？\n]{0,6}?(?:回收|提现)/g,
    message: '涉诈或涉赌内容',
  },
  {
    // An address spelled out with spaces (w w w . 9 9 y y . c c): read here without them.
    rule: 'legal.suspected-illegal-site',
    severity: 'warn',
    pattern: /www\.[A-Za-z0-9-]+\.(?:cc|xyz|top|vip|app|tv|me|la|live|club)(?![A-Za-z])/g,
    message: '隔字书写的网址，疑似规避审核的违法网站',
  },
  {
    // Opium poppies grown for show (自家种的罂粟花开得正艳); 严禁种植罂粟 in a warning has no 的/了.
    rule: 'legal.drugs',
    severity: 'block',
    pattern: /(?:种|种植|栽种|栽)(?:的|了)[\u4e00-\u9fff]{0,4}?罂粟/g,
    message: '种植罂粟属违法行为，不得作为景观宣传',
  },
  {
    // Paid chat and hook-ups: 同城寂寞少妇在线陪聊，私信“约”.
    rule: 'legal.porn',
    severity: 'block',
    pattern:
      /(?:寂寞|空虚)(?:少妇|人妻|女人|美女|熟女)|同城(?:约炮|陪聊|上门服务|交友约)|在线陪聊|私信[“"]约[”"]|(?:附近|同城)(?:的)?(?:妹妹|美女|小妹|少妇|学生妹)(?:可)?上门|全套(?:只要|仅需|服务)[0-9０-９]*/g,
    message: '色情招揽内容',
  },
  {
    // An address spelled with 点 for the dot, to slip past filters: kk998点cc, hg0088点net.
    rule: 'legal.suspected-illegal-site',
    severity: 'warn',
    pattern:
      /(?<![A-Za-z0-9])[A-Za-z0-9]{2,}(?:点[A-Za-z0-9]{2,})*点(?:com|cc|net|top|xyz|vip|me|tv|org|co|info|site|app|cn)(?![A-Za-z])/g,
    message: '以“点”代替“.”书写的网址，疑似规避审核的违法网站',
  },
  {
    // Drugs by their code names, in quotes and with delivery: 需要“叶子”“冰糖”的老板可以私聊，同城当天送达.
    rule: 'legal.drugs',
    severity: 'block',
    pattern:
      /[“"‘](?:叶子|冰糖|冰|糖果|邮票|猪肉|麻古|开心水|听话水|神仙水|上头电子烟|飞叶子|草|聪明药)[”"’][^。！？\n]{0,20}?(?:私聊|私信|同城|送达|面交|货到|当天送|加微|包邮|代购)/g,
    message: '以暗语兜售毒品，涉毒内容',
  },
  {
    // A deposit asked of a job seeker: 注册时需先垫付198元保证金; a task paid for first and refunded
    // with a commission (刷单): 先垫付后返佣, 垫资下单，返还本金加提成.
    rule: 'legal.job-scam',
    severity: 'warn',
    pattern:
      /(?:先|需先|需要先|须先|要先)(?:垫付|缴纳|交纳|支付|交)[0-9０-９]+元?(?:的)?(?:保证金|押金|会员费|入会费|激活费|培训费|工本费)|(?:垫付|垫资|垫钱)[^。；！？\n]{0,8}?(?:返佣|返利|返现|返款|返还本金|本金返还|佣金|提成)/g,
    message: '要求求职者先行垫付费用，疑似刷单、兼职诈骗',
  },
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:杀人|砍人|捅人|虐杀|虐童|虐猫|斩首|枪杀|分尸|碎尸|行刑|血腥)(?:现场|全程|全过程|过程|原)?(?:视频|画面|完整版|高清|无码)|(?:杀人|砍人|捅人|行凶|虐杀|虐童|斩首|枪杀|分尸|碎尸|血腥)[^。；！？\n]{0,8}?(?:未打码|没打码|无打码|不打码|未删减|无删减|无马赛克|没有马赛克)/g,
    message: '传播暴力血腥内容',
  },
  {
    // A threat of beating someone to death or maiming: 谁敢阻拦就往死里打, 哪个再来闹事直接打断腿,
    // 要是有人敢告就弄死. Not 谁再违规就处罚 or 就打110 (no violent result follows the verb), nor the
    // figurative 往死里整 (to ruin someone) outside such a condition.
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:谁|哪个|哪家|哪一个|要是有人|如果有人|有人)(?:要是|若是?|如果|再|胆敢|敢|还敢)[^。；！？\n]{0,12}?(?:就|便|直接|立马|立刻|我就|我们就|老子就)(?:往死里(?:打|揍|整|砍|踹)|(?:打|揍|弄|砍|捅|整)(?:死|残)|打断[^。；！？\n]{0,3}?腿|(?:揍|打)(?:他|你|他们|你们)?一顿|放狗咬)|往死里(?:打|揍|砍|踹)(?!击)/g,
    message: '暴力威胁内容',
  },
  {
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:制作|自制|土制|手工|手把手教你?|教你|如何|怎么)(?:做|制作|造|组装)?[^。，；！？\n的]{0,4}?(?:炸弹|炸药|雷管|燃烧瓶|火药枪|仿真枪|枪支)|土(?:炸弹|炸药|枪)/g,
    message: '涉枪涉爆内容',
  },
  {
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:快速|加急|当天|专业|诚信|保真|包过|代)办(?:证|假证|文凭|学历|驾照)|办(?:证|文凭|学历)[^。；！？\n]{0,8}?(?:出货|包过|可查|可验证|一比一|扫码)/g,
    message: '疑似制售假证件信息',
  },
  {
    rule: 'legal.account-trade',
    severity: 'block',
    pattern:
      /(?:高价|长期|大量|批量)收(?:购)?(?:卡|U盾|网银|对公户?)|收(?:一类|二类|三类)卡|(?:买卖|出售|出租|收购|回收|批发|贩卖)(?:各类|各种|大量|批量)?(?:实名|白号|老号|银行)?(?:微信号|QQ号|qq号|抖音号|支付宝账?号|银行卡|手机卡|电话卡|对公账户|四件套|账号)/g,
    message: '买卖账号、银行卡属违法行为',
  },
  {
    rule: 'legal.personal-data-trade',
    severity: 'block',
    pattern:
      /(?:查|调取|调|定位|监控)(?:他人|对方|对象|老公|老婆|别人)?(?:的)?(?:通话记录|聊天记录|开房记录|出行记录|行踪|手机位置)|黑客服务|(?:改|修改)(?:成绩|学籍|征信)(?=[，,、。！!]|$)/g,
    message: '非法获取公民个人信息或黑客服务',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:无视|不看|不查|不管|秒过)(?:征信|黑白户|黑户|白户|网黑|逾期|负债)|(?:洗白|漂白)(?:资金|黑钱|赃款)|(?:资金|黑钱|赃款)洗白|(?:USDT|usdt|泰达币|U币)(?:高价)?(?:回收|收购|承兑)|(?:高价)?(?:回收|收购|承兑)(?:USDT|usdt|泰达币)/g,
    message: '涉嫌洗钱',
  },
  {
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /真人(?:在线|视频)?(?:发牌|荷官|视讯)|(?:私彩|外围|六合彩|时时彩)(?:内部)?(?:群|平台|投注|代理)|(?:每期|期期|今晚|今期|本期)(?:必中|稳中|包中)|[一二三四五六]肖[一二三四五六]码|精准(?:一肖|三肖|六肖|特码)|(?:棋牌|捕鱼|牌九|炸金花|斗牛)(?:游戏)?(?:下载|APP|App|app|官网|注册|平台)|(?:足球|篮球|球赛|外围|私彩)[^。，；！？\n]{0,3}?(?:盘口|开盘|赔率表)|菠菜(?:团队|代理|台子|项目|盘口?|公司|站|群|推广)/g,
    message: '涉赌内容',
  },
  {
    rule: 'legal.porn',
    severity: 'block',
    pattern:
      /(?:黄色|色情|成人|淫秽)(?:小说|漫画|图片|动漫|网站|直播间)|(?:偷拍|自拍|私密|福利|成人|无码|黄色|不雅|裸聊)(?:资源|视频合集|合集|全集|种子|网盘|链接|打包)/g,
    message: '涉黄内容',
  },
  {
    // Invoices sold: 代开发票, 代开各类增值税专用发票 (代开 and 虚开 reach past a longer kind of invoice),
    // and the terms of an invoice seller in either order: 发票…不限品名、不限额度, 点数低…专票, 真票可查.
    // A tax office issuing one for a taxpayer (向税务机关申请代开增值税专用发票) sells nothing.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:(?<!(?:税务|申请|申领|办税)[^。，；！？\n]{0,8})代开|虚开)[^。，；！？\n]{0,10}?(?:发票|专票|普票)|(?:出售|代办)[^。，；！？\n]{0,6}?(?:发票|专票|普票)|(?:发票|专票|普票)[^。；！？\n]{0,12}?(?:不限品名|品名不限|品名任选|任意品名|点数低|低点数|票点低|真票可查|真票可验)|(?:不限品名|品名不限|品名任选|点数低|票点低)[^。；！？\n]{0,12}?(?:发票|专票|普票)|(?:出售|贩卖|代办)[^。，；！？\n]{0,8}?(?:证书|学位证|毕业证|资格证|文凭)/g,
    message: '虚开、代开发票属违法行为',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:人脸|刷脸|实名|活体)(?:认证|识别|验证)?(?:代过|代做|代刷|代认证|代解封)|代(?:过|做|刷)(?:人脸|实名|活体)/g,
    message: '代过人脸、实名认证属违法行为',
  },
  {
    // Credit cashed out through a middleman (套现), consumer credit that cannot be withdrawn (花呗、
    // 白条提现) and credit cards obtained through an agent (代办大额信用卡).
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:花呗|白条|月付|信用卡|信用额度|额度)[^。；！？\n]{0,8}?套现|(?:花呗|白条|月付)[^。；！？\n]{0,4}?(?:提现|取现|变现|回收)|代办(?:大额|高额|高额度|大额度)?信用卡|(?:大额|高额)信用卡(?:代办|包过|秒批|包下|快速下卡)/g,
    message: '信用卡套现、花呗提现或代办信用卡属违法金融中介',
  },
  {
    rule: 'legal.illegal-service',
    severity: 'block',
    pattern: /(?:专业|代客|帮人|上门|暴力)(?:讨债|追债|要债|催收)|讨债公司/g,
    message: '非法讨债、暴力催收信息',
  },
  {
    rule: 'legal.fraud',
    severity: 'block',
    pattern:
      /(?:境外|海外|缅甸|柬埔寨|迪拜|东南亚)[^。，；！？\n]{0,4}?(?:高薪|高工资|月薪[0-9一二三四五六七八九十]+万)|(?:消除|洗白|删除|抹掉|修复)[^。，；！？\n]{0,4}?(?:不良信用|信用记录|不良记录)|(?:逾期|征信|黑户)[^。，；！？\n]{0,4}?洗白|(?:回收|收购)[^。，；！？\n]{0,6}?(?:医保卡|医保药|处方药)|不问(?:内容|来路|货物|用途)|代办[^。；！？\n]{0,12}?(?:特殊渠道|内部渠道|无需本人)/g,
    message: '疑似电信网络诈骗或违法中介信息',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: /盗版(?:影视|电影|视频|资源|软件|书籍)|破解版(?:付费)?软件/g,
    message: '传播盗版内容',
  },
  {
    // An event sold on bodies (比基尼美女湿身大战, “湿身美女”泳装秀，尺度大胆, 辣妹热舞秀): vulgar
    // marketing the 网络信息内容生态治理规定 (第七条) bars; wet-weather advice (穿雨衣防止湿身) and a swimsuit
    // for hire sell no one.
    rule: 'legal.porn',
    severity: 'warn',
    pattern:
      /湿身(?:美女|大战|诱惑|派对|狂欢|秀|表演|比基尼|辣妹)|(?:美女|比基尼|辣妹|嫩模|美眉)[^。；！？\n，,]{0,4}?湿身|(?:泳装|内衣|比基尼|睡衣|丝袜|湿身)(?:秀|表演|走秀|派对)[^。；！？\n]{0,6}?尺度(?:大胆|很大|超大|惊人|空前|爆表|十足|感人)|尺度(?:大胆|惊人|空前|爆表|十足)[^。；！？\n]{0,6}?(?:泳装|内衣|比基尼|美女|辣妹|嫩模)|(?:美女|辣妹|嫩模|美眉)(?:热舞|脱衣|贴身|泥浆|湿身)(?:大战|秀|表演|派对)/g,
    message: '以身体、色情噱头招揽的低俗营销内容，政务新媒体不得发布',
  },
  {
    rule: 'legal.porn',
    severity: 'block',
    pattern:
      /尺度(?:大|超大|很大|无下限)[^。；！？\n]{0,4}?(?:无删减|福利|私密|加群)|(?:加群|进群|私聊)[^。；！？\n]{0,6}?(?:尺度大|无删减)/g,
    message: '涉黄内容',
  },
  {
    rule: 'legal.porn',
    severity: 'block',
    pattern:
      /(?:国产|日韩|欧美|日本|韩国|亚洲|港台|台湾|欧洲)(?:自拍|偷拍|无码|有码|骑兵|步兵|AV|av|三级片?|情色|色情|成人|伦理片|激情(?:视频|电影|片|在线)|精品(?:一区|二区|视频|在线|专区|免费|资源))|(?:少妇|人妻|熟女|萝莉|嫩模|学生妹|小姐姐|御姐|空姐|女主播)(?:少妇|人妻|熟女|萝莉|自拍|偷拍|私拍|诱惑|裸聊|裸照|约炮|福利|资源|无码|出轨视频|激情)|(?:制服|丝袜|黑丝|情趣|性感)诱惑|(?:麻豆|天美|果冻|蜜桃|精东|糖心|杏吧|91)(?:传媒|制片厂|原创|映画)|(?:国产精品|精品国产)(?:视频|在线|免费|一区|二区|自拍|AV|av|无码|久久|福利|观看|影院)|午夜(?:福利|影院|剧场)(?:视频|在线|免费|网站)?|成人(?:专区|影院|频道)|(?:精品|免费|在线|高清)[^。，；！？\n]{0,4}?一区二区|一区二区(?:三区)?(?:免费|在线|观看|视频|精品)/g,
    message: '涉黄内容',
  },
  {
    // Lists of people sold by the batch: 出售…业主名单/车主信息, 一万条起售, 每条0.5元.
    rule: 'legal.personal-data-trade',
    severity: 'block',
    pattern:
      /(?:出售|贩卖|售卖|买卖|批发|打包出售|代售|转让)[^。；！？\n]{0,10}?(?:业主|车主|家长|学生|新生儿|客户|股民|患者|孕妇|宝妈|企业主|贷款|用户|会员|楼盘|小区)(?:的)?(?:名单|数据|信息|资料|电话|号码|通讯录)|(?:名单|数据|信息|资料|号码)[^。；！？\n]{0,10}?(?:[0-9０-９一二三四五六七八九十百千万]+条起(?:售|卖|发|步)?|按条(?:计价|收费|出售)|每条[0-9０-９.]+元)/g,
    message: '出售公民个人信息属违法行为',
  },
  {
    // Recipes for explosives: a precursor mixed in proportion (硝酸铵加柴油按比例混合即可) beside an
    // explosive word, either order.
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:炸药|炸弹|雷管|爆炸物|土炮|爆破)[^。！？\n]{0,40}?(?:硝酸铵|氯酸钾|高锰酸钾|硝酸钾|硝化甘油|黑火药|铝粉|镁粉|硫磺|双氧水|丙酮)[^。；！？\n]{0,16}?(?:按比例|按配比|配比|混合|混匀|研磨|搅拌)[^。；！？\n]{0,8}?(?:即可|就能|就行|就可以|便可|可制成|制成)?|(?:硝酸铵|氯酸钾|高锰酸钾|硝酸钾|硝化甘油|黑火药|铝粉|镁粉|硫磺|双氧水|丙酮)[^。；！？\n]{0,16}?(?:按比例|按配比|配比|混合|混匀|研磨|搅拌)[^。；！？\n]{0,8}?(?:即可|就能|就行|就可以|便可)[^。！？\n]{0,30}?(?:炸药|炸弹|雷管|爆炸|引爆|威力)/g,
    message: '涉爆内容：传授制作爆炸物方法',
  },
  {
    // Guns and ammunition offered by slang or name with a sale or a power claim: 精品气狗、秃子套件
    // 全国包邮，赠送铅弹; 钢珠枪…货到付款.
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:气狗|火狗|钢珠枪|气枪|猎枪|仿真枪|高压鸟枪|鸟枪|麻醉枪|秃子套件|枪械配件|枪支配件|铅弹|钢珠弹|狗粮弹)[^。；！？\n]{0,20}?(?:包邮|出售|出货|有货|到货|发货|赠送|送弹|价格|优惠|私聊|加微|货到付款|威力|打穿|一枪)/g,
    message: '涉枪内容：出售枪支、弹药或配件',
  },
  {
    // Betting on matches named by the sport or event: 足球投注, 世界杯投注, 电竞下注, 在线投注. Not the
    // state sports lottery's 竞彩足球投注 (sold at licensed outlets).
    rule: 'legal.gambling',
    severity: 'warn',
    pattern:
      /(?:足球|篮球|球赛|赛事|世界杯|欧洲杯|欧冠|英超|NBA|电竞)(?<!竞彩足球|竞彩篮球)(?:在线|线上|网上)?(?:投注|下注|押注)|(?:在线|线上)投注/g,
    message: '疑似涉赌内容：赛事投注',
  },
  {
    // Betting on matches with bonuses: 亚盘主队让半球 … 注册即送88元彩金; 注册就送58元彩金.
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:亚盘|欧赔|让(?:半|一|两|平半|球半|一球半)球|大小球|滚球|串关|竞猜平台|下注平台|投注平台)[^。；！？\n]{0,40}?(?:彩金|充值|下注|投注|注册(?:即|就)?送|秒到账|返水|提款|提现)|(?:注册|充值|首充|存款)(?:即|就|立|再)?(?:送|赠)[0-9０-９一二三四五六七八九十百千万]+元?(?:现金)?彩金/g,
    message: '涉赌内容',
  },
  {
    // Fake degrees offered with a promise that they check out: 学信网可查, 三天出证 beside a
    // certificate (毕业证、学位证均可办理).
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /学信网可(?:查|查询|验证)|(?:毕业证|学位证|学历证?书?|文凭|职称证|资格证|四六级证书?)[^。；！？\n]{0,30}?(?:[0-9一二三四五六七八九十两]+天出证|包过|可查可验|一比一|假一赔十)/g,
    message: '疑似制售假证件信息',
  },
  {
    // A cult's recruitment promise: faith heals or saves (信主能治百病, 入会才能得救, 不用打针吃药,
    // 末日将至). Quoted in anti-cult publicity it informs.
    rule: 'legal.cult',
    severity: 'block',
    pattern:
      /(?:信主|信神|信教|入教|入会|信了?[^。，；！？\n]{1,4}?)(?:就|能|可以|才能|便能|就能|可)(?:治百病|包治百病|治好百病|得救|消灾免难|消灾|升天|进天国)|末日(?:将至|来临|就要来了)|不用打针吃药|不用吃药打针|有病不用(?:看医生|吃药|打针)/g,
    message: '宣扬邪教内容',
  },
  {
    // Discrimination in hiring or service, banned by the Employment Promotion Law: a health status
    // (乙肝病毒携带者不予录用, HIV感染者一律不招), marital status (限未婚女性, 仅招已婚已育) or a
    // province of origin (暂不接待新疆、西藏籍旅客, 河南籍人员不予录用) as a bar.
    rule: 'legal.discrimination',
    severity: 'warn',
    pattern:
      /(?:乙肝|乙肝病毒|艾滋病|HIV|病毒)(?:携带者|感染者|阳性|表面抗原阳性)[^。；！？\n]{0,6}?(?:不予录用|不录用|不予聘用|不聘用|一律不招|不招|谢绝|拒绝录用|不得报名|不予报名|不予考虑)|(?:限|仅限|只限|只招|仅招|要求为?|须为|必须是)(?:未婚|已婚已育|未婚未育|已育)|(?:不接待|谢绝|拒绝接待|不予接待|不招收?|不录用|不予录用|拒收|不租给|不租)[\u4e00-\u9fff、]{1,12}?籍(?:人员|旅客|游客|人士|员工|求职者|客人|租客|人)?|籍(?:人员|旅客|游客|人士|求职者|租客)[^。；！？\n]{0,4}?(?:不予录用|不录用|一律不招|谢绝|不接待|拒收|免谈)/g,
    message: '以健康状况、婚育状况或籍贯设限，涉嫌就业或服务歧视',
  },
  {
    // Contraband on sale: 新到一批气狗、仿真枪配件, 野生穿山甲现杀现做, 有售娃娃鱼.
    rule: 'legal.weapons',
    severity: 'block',
    pattern:
      /(?:新到|到货|出售|现货|批发|有售|低价出|转让|代购)[^。；！？\n]{0,6}?(?:气狗|气枪|火药枪|钢珠枪|仿真枪|猎枪|弓弩|管制刀具)|(?:气狗|钢珠枪|火药枪)(?:出售|有售|现货|到货|配件)/g,
    message: '疑似出售枪支、管制器具',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern:
      /(?:穿山甲|娃娃鱼|大鲵|果子狸|野生[\u4e00-\u9fff]{1,4})[^。；！？\n]{0,10}?(?:现杀现做|现杀|现宰|有售|出售|收购|大量供应|欢迎品尝|特色菜)/g,
    message: '疑似买卖、食用野生保护动物',
  },
  {
    // Dodging enforcement taught: 教你几招躲避酒驾查处, 如何避开交警查酒驾.
    rule: 'legal.illegal',
    severity: 'block',
    pattern:
      /(?:教你|教大家|分享|如何|怎样|怎么|几招|妙招|秘籍)[^。；！？\n]{0,6}?(?:躲避|逃避|规避|避开|绕开|应付)[^。；！？\n]{0,4}?(?:酒驾|查酒驾|交警|电子眼|测速|检查|查处|执法)/g,
    message: '传授规避执法的方法',
  },
  {
    // Stakes of a game: 每局输赢200元封顶, 一把输赢上千.
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /输赢[0-9０-９一二三四五六七八九十百千万]+(?:元|块)?(?:封顶|起|左右|上下)|(?:每局|一局|每把|一把)[^。；！？\n]{0,4}?输赢/g,
    message: '涉赌内容',
  },
  {
    // A game of chance with a stake per bet, at a fair or in a back room: “押大小”摊位，每注10元起,
    // 摇骰子猜单双，一注5块. The lotteries sell tickets at a price per bet (双色球每注2元): not a game
    // named here.
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:押大小|猜大小|买大小|赌大小|摇骰子|掷骰子|骰宝|押宝|摇宝|牌九|推筒子|炸金花|扎金花|斗牛|猜单双|押单双|老虎机|捕鱼机)[^。；！？\n]{0,20}?(?:每注|一注|单注|下注|押注|起注|赌注)[^。；！？\n]{0,3}?[0-9０-９一二三四五六七八九十百千]+(?:元|块)|(?:每注|一注|单注)[0-9０-９一二三四五六七八九十百千]+(?:元|块)[^。；！？\n]{0,12}?(?:押大小|猜大小|买大小|赌大小|摇骰子|掷骰子|骰宝|押宝|摇宝|牌九|推筒子|炸金花|扎金花|斗牛|猜单双|押单双)/g,
    message: '设赌局、按注收取赌资，涉赌内容',
  },
  {
    // Social insurance withheld from employees: 试用期员工不缴纳社保, 临时工一律不买五险一金.
    rule: 'legal.labour',
    severity: 'warn',
    pattern:
      /(?:试用期|临时工|实习期|学徒期|农民工)[^。；！？\n]{0,8}?(?:不缴纳|不缴|不交|不买|不办理|不参加|一律不买|不予缴纳)(?:社保|社会保险|五险一金|五险|工伤保险|养老保险)/g,
    message: '不依法缴纳社会保险，违反《社会保险法》《劳动合同法》',
  },
  {
    // Gore told from footage: 视频中一男子将对方砍得血肉模糊, 监控画面显示…被撞得脑浆迸裂. Only with the
    // footage named before it in the sentence (a red story's 被敌人打得皮开肉绽 names none).
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?:视频|画面|镜头|监控|直播)[^。；！？\n]{0,30}?(?<span>(?:砍|打|捅|刺|撞|炸|砸|咬|划)(?:得|成)(?:血肉模糊|血肉横飞|脑浆迸裂|皮开肉绽|鲜血直流|血流如注|满脸是血|浑身是血|肠子都?流))/g,
    message: '传播暴力血腥内容',
  },
  {
    // Personal data sold by kind of owner: 出售全国各地新生儿家长、小区业主资料, 打包出售车主信息,
    // 贩卖股民名单.
    rule: 'legal.personal-data-trade',
    severity: 'block',
    pattern:
      /(?:出售|贩卖|售卖|倒卖|兜售|打包出售|打包卖|收购)[^。；！？\n]{0,20}?(?:业主|车主|家长|股民|客户|公民|新生儿|患者|孕妇|学生|老人|会员|快递|网购)[^。；！？\n]{0,12}?(?:资料|信息|数据|名单|号码|手机号)/g,
    message: '买卖公民个人信息属违法行为',
  },
  {
    // Papers made to order with 办理 (专业办理毕业证、学位证, 加急办理职称证): degrees and titles,
    // not 快速办理身份证 at a police window.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:快速|加急|当天|专业|诚信|保真|包过)办理(?:各类|各种|全国|国内|海外)?(?:毕业证|学位证|学历证书?|文凭|职称证|职称证书|资格证书?|四六级证书?)/g,
    message: '疑似制售假证件信息',
  },
  {
    // A casino brand sold as a site: 澳门威尼斯人官网, 新葡京线上娱乐, 金沙娱乐平台注册.
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:澳门)?(?:威尼斯人|新葡京|葡京|永利|美高梅|太阳城)(?:官网|官方网站|网址|线上|在线|网上|娱乐|网投|注册|平台|app|APP)/g,
    message: '涉赌内容',
  },
  {
    // Thugs for hire: 打手随叫随到, 提供专业打手, 出租打手, 承接打手业务.
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /打手(?:随叫随到|出租|团队|上门|服务|包月|业务)|(?:提供|承接|出租|代找|雇佣?)(?:专业)?打手/g,
    message: '招揽暴力讨债、雇佣打手，涉嫌违法犯罪',
  },
  {
    // Sexual services by their trade words (同城上门按摩 特殊服务 包夜, 会所…特殊服务) and hostesses
    // recruited for clubs (私人会所招聘佳丽，日入过万; 诚聘伴游，日结高薪).
    rule: 'legal.porn',
    severity: 'block',
    pattern:
      /特殊服务[^。；！？\n]{0,6}?(?:包夜|全套|过夜)|包夜[^。；！？\n]{0,6}?(?:特殊服务|全套)|(?:按摩|足疗|足浴|会所|SPA|spa|桑拿)[^。；！？\n]{0,8}?特殊服务|(?:会所|夜场|KTV|ktv|酒吧|夜总会)[^。；！？\n]{0,8}?(?:招聘|诚聘|急聘|招募|高薪招)(?:佳丽|公主|伴游|女公关|小妹)|(?:招聘|诚聘|急聘|招募)(?:佳丽|公主|伴游|女公关|商务伴游)[^。；！？\n]{0,10}?(?:日入|日结|日薪|月入|高薪|过万)/g,
    message: '疑似卖淫嫖娼招揽信息',
  },
]);

/**
 * Gore described in a report: the detail is the account's own wording whatever warning follows it,
 * so only quotation or an enforcement word in its sentence regrades it (legal.gate.ts), not the
 * anti-fraud or road-safety warning frame of the post.
 */
export const GORE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Gore told in detail, in an accident or crime report as much as in footage: 头部被碾碎, 脑浆
    // 溅满路面, 头部被挤碎，脑浆和血迹溅满驾驶室, 肠子流了出来, 身首异处, 头骨碎裂、脑浆溢出, 眼球脱出. The fact of a death (当场死亡, 经抢救
    // 无效) or an injury in a doctor's words (颅骨骨折) is no gore. A safety
    // reminder after it (交警提醒广大驾驶人…) does not make the description a mere mention.
    rule: 'legal.violence',
    severity: 'warn',
    pattern:
      /脑浆(?:[和与及、]?(?:血迹|鲜血|血水|血液))?(?:迸裂|四溅|溅|流|溢|外溢|涂地|崩裂|喷)|(?:血迹|鲜血|血水)(?:和|与|混着|夹杂着)脑浆|(?:头骨|头盖骨|头颅|脑壳)(?:当场|瞬间|顿时)?(?:碎裂|粉碎|爆裂|崩裂|被砸碎|被击碎|被砸开|被撞碎)|眼球(?:当场)?(?:爆出|脱出|掉出|被挖出)|(?:头部|头颅|脑袋|头骨|身体|躯体|肢体|尸体|内脏|胸腔|腹部)(?:被|遭)(?:车轮|轮胎)?(?:碾碎|压碎|碾成|压成|炸碎|砸碎|撕碎|绞碎|压扁|碾扁|炸烂|砸烂|挤碎|挤扁|挤烂|撞碎|撞烂|夹碎)|肠子[^。；！？\n]{0,3}?(?:流出|流了出来|露出|外露|淌出)|身首异处/g,
    message: '传播暴力血腥内容',
  },
]);
