// Pattern family of the legal gate: gambling (live-dealer 真人在线发牌 and the like), pornography,
// drugs and the sites that carry them, offered rather than fought.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const LEGAL_VICE_PATTERNS: readonly PatternRule[] = guardRules([
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
    // A casino brand sold as a site: 澳门威尼斯人官网, 新葡京线上娱乐, 金沙娱乐平台注册.
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:澳门)?(?:威尼斯人|新葡京|葡京|永利|美高梅|太阳城)(?:官网|官方网站|网址|线上|在线|网上|娱乐|网投|注册|平台|app|APP)/g,
    message: '涉赌内容',
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
