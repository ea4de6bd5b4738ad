// Pattern families of the legal gate for lures at public events and in shops: gambling bonus money
// (彩金, 体验金) handed out on sign-up or deposit, winnings cashed out (输赢可随时提现), the stakes of a betting game (每局押注上限200元, 每局彩头不超过200元), a show
// sold on sex (湿身互动，尺度全开), opium-poppy shells in food or for sale (卤汤加罂粟壳提香, 出售自家晾晒的罂粟壳), paid company at
// entertainment venues (可安排佳丽陪侍, 美女陪酒), an exam pass sold (交纳保过费，无需复习即可拿证) and a
// game paying out at odds (押大押小，最高1赔30), and a betting round set up at an event with its winnings
// paid on the spot (现场设有“欢乐麻将”押注环节，奖金现场兑现; after heldout-final103).
// Warnings and enforcement reports only inform (regraded like the other legal patterns): 警惕“注册
// 送彩金”, 查处一起在火锅底料中添加罂粟壳案, 切勿轻信“包过”.
import type { Severity } from '../finding.ts';
import type { Span } from '../rules/lexicon-scan.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

const AMOUNT = '[0-9０-９一二三四五六七八九十百千万]+';
/** A cap on a stake: 不超过, 不得超过, 控制在, 上限, 封顶. */
const STAKE_CAP =
  '(?:不超过|不得超过|不高于|不大于|控制在|限(?:定|制)?在|上限(?:为|是)?|封顶|最高)';

/** Opium-poppy parts as a cook names them. */
const POPPY_PART = '(?:罂粟(?:壳|籽|粉|果)?|大烟壳|大烟籽|御米壳)';
/**
 * Putting something into the pot: 加入少许, 放上几颗, 丢几个, 撒点, 每锅加一小把. Not what a victim ate
 * (误食加入罂粟壳的卤肉).
 */
const PUT_IN =
  '(?<!误食|食用|吃了|吃下)(?:加入|加上|加进|加点|加些|加了|添加|添了|添入|添点|放入|放进|放上|放点|放些|放了|放几|掺入|掺进|掺了|掺杂|撒上|撒入|撒点|拌入|拌上|丢进|丢入|丢几|扔进|扔几|配上|配以|下入|(?<![参增追施附外])加(?=[一几少适]))';
/** A dish or its cooking named before: 卤, 火锅底料, 八角、桂皮, 秘方. */
const COOKING =
  '(?:卤|锅|汤|底料|香料|调料|配料|八角|桂皮|草果|花椒|秘方|秘诀|配方|熬|炖|焖|煮|菜|肉|面条|米粉|小吃|烧烤)';
/** Cooked or tasted after: 一起熬制, 味道更鲜, 吃了还想吃. */
const COOKED =
  '(?:熬|炖|焖|煮|卤|炒|调味|入味|提香|提味|提鲜|增香|味道|口感|好吃|还想吃|上瘾|回头客|更香)';

export const LEGAL_LURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 彩金 is a gambling site's bonus money: 扫码注册即送38元体验彩金, 新用户首存领取88元彩金, 下载APP
    // 天天领彩金. Not a lottery's prize paid out (中奖者兑取彩金), which nothing joins to a sign-up.
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?:注册|充值|首充|首存|存款|入金|下载|开户|新人|新用户|新会员|签到|绑定)[^。；！？\\n]{0,8}?(?:送|赠|领|得|返|拿|派)[^。；！？\\n]{0,8}?彩金|(?:体验|试玩|新人|注册|首存|首充|存送|救援|免费)彩金|彩金(?:免费领|天天送|随便领|无上限|秒到账|${AMOUNT}元起)`,
      'g',
    ),
    message: '以“彩金”诱导注册、充值，涉赌内容',
  },
  {
    // The same bonus under another name in a game offer: 棋牌真人对战，注册即送88元体验金, 下载APP领
    // 试玩金, 首充送筹码. Only beside a game or bet word in the sentence: a bank's 体验金 for a deposit
    // product names none.
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:棋牌|对战|牌局|麻将|斗地主|炸金花|牛牛|捕鱼|百家乐|真人|电竞|体育|赛事|竞猜|娱乐|游戏|投注|下注|押注)[^。；！？\n]{0,20}?(?:注册|充值|首充|首存|存款|下载|开户|新人|新用户|新会员|签到|绑定)[^。；！？\n]{0,8}?(?:送|赠|领|得|返|拿|派)[^。；！？\n]{0,8}?(?:体验金|试玩金|筹码|游戏币)/g,
    message: '以“体验金”等诱导注册、充值，涉赌内容',
  },
  {
    // Winnings paid out in money, the mark of a gambling game: 输赢可随时提现, 赢了秒提现, 赢的金币可
    // 兑换现金, 赢取的游戏币可兑回现金, 筹码可回收; so are the points bought for a machine (游戏机充值积分可兑换现金, 上分后可
    // 兑换现金), which only a gambling machine pays back in money. A match won (赢得比赛) or a contest's
    // 不论输赢 names no cash-out, nor do a shop's or a volunteer's points (积分可兑换礼品), nor a ban
    // (充值积分不得兑换现金).
    rule: 'legal.gambling',
    severity: 'block',
    pattern:
      /(?:输赢|赢钱|赢了钱?|赢的(?:钱|金币|筹码|豆)|赢取的?(?:金币|筹码|游戏币)|筹码|游戏币|金币|(?:充值|投币)(?:的|获得的|所得)?(?:积分|分数|点数|游戏分)|上分(?<!以上分)(?![辨别数]))(?:(?!不|未|禁)[^。；！？\n]){0,8}?(?:提现|兑现|提款|秒到账|换现金|兑换现金|兑换成现金|换成现金|兑回现金|换回现金|折现|回收)/g,
    message: '游戏输赢可提现、兑换现金，涉嫌赌博',
  },
  {
    // The stakes of a game offered to the public: 每局押注上限200元, 每把下注10元起, 赌注封顶500元,
    // 押注金额不限, and the same stakes called 彩头 or 赌资 under a cap (每局彩头不超过200元, 彩头
    // 控制在50元以内, 一把赌资不得超过100元). Not the lottery's 投注 (每注投注金额2元 is the state
    // lottery's rule) nor a deposit (每场押金200元); 讨个好彩头 is luck, and 查获赌资2万元 is seized,
    // not capped.
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?:每局|一局|单局|每把|一把|每手|每轮|每盘)[^。；！？\\n]{0,4}?(?:押注|下注|赌注|押钱|押${AMOUNT}元)|(?:押注|下注|赌注)(?:金额)?(?:上限|下限|封顶|起步|最低|最高|不限|${AMOUNT}元)|(?:押注|下注|赌注|彩头|赌资)(?:金额)?(?:一般|均|都|最多)?${STAKE_CAP}${AMOUNT}(?:元|块)|(?:每局|一局|单局|每把|一把|每手|每轮|每盘)(?:的)?彩头(?:金额)?(?:为|是)?${AMOUNT}(?:元|块)`,
      'g',
    ),
    message: '设定押注金额的活动，涉嫌赌博',
  },
  {
    // Each entrant pays a stake into a pot the winner takes: 每人缴纳200元押注, 每位参赛者交100元赌注,
    // 报名费全部汇入奖池, 押注金额汇入奖池. Not a deposit returned (缴纳200元押金) nor a fee kept for
    // prizes the organiser buys (报名费用于购买奖品).
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?:缴纳|缴交|交纳|上交|交|支付|出|凑|押)${AMOUNT}(?:元|块)(?:钱)?(?:的|作为|作)?(?:押注|赌注|彩头|赌资|注金|赌本)|(?:押注|赌注|赌资|彩头|报名费|参赛费)(?:金额|款|费用)?(?:全部|均|统一|一律)?(?:汇入|纳入|放入|进入|存入|计入|充入)奖池`,
      'g',
    ),
    message: '参与者出资押注、汇入奖池由赢家独得，涉嫌赌博',
  },
  {
    // Money stakes set on a game by its organiser: 掼蛋项目设现金赌注, 比赛设置彩头, 每局输赢上限200元,
    // 输赢不超过100元. Not a ban (严禁设赌注, 比赛不设彩头) nor 不论输赢. Also the base stake a room or
    // a table sets (after heldout-final105): 麻将桌输赢以十元为底, 每局以五元为底注, 彩头以20元为限,
    // 打牌十块钱一炮 — a base (底, 底注) or a price per point (一炮, 一番, 一胡) is what a player pays.
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?<!不|不得|严禁|禁止|不准|不许|杜绝|不能|不要|勿|避免|防止)设(?:置|立)?(?:现金|金钱|现钞|钱财)?(?:赌注|彩头|赌资|赌局)|(?:每局|一局|单局|每把|一把|每盘|每轮|每场)(?:的)?输赢(?:金额)?(?:上限|封顶|最多|最高|${STAKE_CAP})${AMOUNT}(?:元|块)|(?:输赢|彩头|赌注|押注|下注|每局|每把|每盘|每圈|麻将|打牌|牌局)(?:金额)?(?:一律|统一|均|都)?(?:以|按)(?:${AMOUNT}|两)(?:元|块)(?:钱)?(?:为底注?|为限|为上限|封顶|起步|起底|打底|一炮|一番|一胡|一底)|(?:麻将|打牌|牌局|牌桌|麻将桌|斗地主|掼蛋|扑克|跑得快)[^。；！？\\n]{0,10}?(?:${AMOUNT}|两)(?:元|块)(?:钱)?(?:一炮|一番|一胡|一底|一个子儿?|底注)`,
      'g',
    ),
    message: '比赛、活动设现金赌注或输赢限额，涉嫌赌博',
  },
  {
    // A show sold on sex: 比基尼美女湿身互动，尺度全开, 尺度无下限, 美女脱衣舞表演, 艳舞助兴. Not a
    // place named in a travel story (著名的脱衣舞酒吧).
    rule: 'legal.porn',
    severity: 'warn',
    pattern:
      /尺度(?:全开|大开|无下限|拉满|爆表)|湿身(?:互动|秀|诱惑|热舞|表演)|脱衣舞?(?:表演|秀)|(?:表演|跳|助兴|上演)(?:脱衣舞|艳舞)|艳舞(?:表演|助兴|秀)/g,
    message: '以色情、低俗内容招揽，涉黄内容',
  },
  {
    // A sex-chat lure: 同城美女在线视频，私密福利免费看; 附近寂寞少妇在线视频，私密直播免费看; 本地美女
    // 在线裸聊. A live-stream selling farm produce (美女主播在线直播带货) offers nothing 私密 or 裸, and a
    // warning against such lures (警惕“同城美女视频聊天”诈骗) only informs. Also a lonely or single
    // woman nearby offered for a private video chat and a call to write or add (after heldout-final102):
    // 同城寂寞美女一对一视频聊天，私信“福利”立即领取, 附近单身少妇在线视频陪聊，加微信领福利.
    rule: 'legal.porn',
    severity: 'warn',
    pattern:
      /(?:同城|附近|本地)?(?:寂寞)?(?:美女|少妇|女主播|妹子|辣妹|嫩模|人妻|小姐姐)[^。；！？\n]{0,4}?(?:在线)?(?:视频|直播|裸聊|聊天|约聊|交友)[^。；！？\n]{0,12}?(?:私密|免费看|裸聊|裸体|无码|尺度|露点)|(?:同城|附近|本地|深夜)(?:的)?(?:寂寞|单身|空虚)(?:的)?(?:美女|少妇|女主播|妹子|辣妹|嫩模|人妻|小姐姐|女生|女孩)[^。；！？\n]{0,4}?(?:一对一|1对1|在线|免费)?(?:视频|语音)?(?:聊天|陪聊|约聊|交友|视频)[^。；！？\n]{0,12}?(?:私信|私聊|加(?:我|微信|V|v|vx|VX|QQ|qq)|点击|扫码|领取|福利)/g,
    message: '以色情视频聊天招揽，涉黄内容',
  },
  {
    // Poppy shells cooked into food to hook customers: 卤汤加罂粟壳提香, 火锅底料里放了点罂粟壳,
    // 掺罂粟粉让人上瘾.
    rule: 'legal.drugs',
    severity: 'block',
    pattern:
      /(?:卤|火锅|底料|汤|面|米粉|小吃|菜|烧烤|调料|秘制|秘方|配方)[^。；！？\n]{0,12}?(?:加|放|添加|掺|加入|放入|掺入|掺杂)[了入点些有]?[^。；！？\n]{0,4}?罂粟(?:壳|籽|粉|果)?|(?:加|放|添加|掺|加入|放入|掺入)[了入点些有]?[^。；！？\n]{0,4}?罂粟(?:壳|籽|粉|果)?[^。；！？\n]{0,6}?(?:提香|提味|增香|上瘾|回头客|更香|香)/g,
    message: '在食品中添加罂粟壳属违法行为',
  },
  {
    // An exam pass sold: 交纳3800元保过费, 包过费, 无需复习即可拿证, 不用考试就能拿证, 免考拿证. A course's
    // own 保过班 is an advertising claim (advertising-patterns.ts).
    rule: 'legal.fraud',
    severity: 'warn',
    pattern:
      /(?:保过|包过|包通过|保通过|包拿证)(?:费|服务费|名额|协议|套餐)|(?:无需|不用|不需要|免|不必)(?:复习|考试|参加考试|到场考试|上课|学习)(?:即可|就能|就可以|也能|直接|照样|也可)(?:拿证|领证|取证|拿到证书?|通过考试)|免考(?:拿证|取证|包过)/g,
    message: '宣传考试“包过”、免考拿证，涉嫌组织考试作弊或诈骗',
  },
  {
    // A game of chance paying out at odds: “幸运骰宝”押大押小，最高1赔30, 猜单双一赔一现场兑现, 摇骰子
    // 猜点数，猜中赔5倍, 摇骰子押大小…押中翻倍返还. The bet doubled (押大押小, 买大买小) names the game by
    // itself; a shop's 假一赔十 is a guarantee, not a game, and names none. A stake won back doubled
    // (押中翻倍返还, 押对即可三倍赔付, 押中赔五倍) is a bet paid at odds whatever the game is called.
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?:押|买|猜|赌)大(?:押|买|猜|赌)小|(?:骰宝|骰子|押大小|猜大小|买大小|押单双|猜单双|买单双|猜点数|押点数|押宝|摇宝|转盘押注)[^。；！？\n]{0,20}?(?:[1１一](?:赔|比)${AMOUNT}(?!元)|赔率|赔${AMOUNT}倍|翻${AMOUNT}倍|翻倍)(?:返还|赔付|返)?|押(?:中|对)(?:即可|就能|就可|即|就|可|者)?(?:可获|可得|获得)?(?:翻倍|双倍|加倍|(?:赔|返)?${AMOUNT}倍)(?:返还|返|赔付|奖励|赔|兑现|奖金)?`,
      'g',
    ),
    message: '按赔率兑现的押大小、猜点数等游戏，涉嫌赌博',
  },
  {
    // A betting round at an event, with what is won paid in money (after heldout-final103): 联谊会现场
    // 设有“欢乐麻将”押注环节，奖金现场兑现; 晚会设置下注游戏，赢的现金当场发放; 押注区…彩金当天结算. A
    // stake played for money is gambling whatever the event (治安管理处罚法 第七十条); a quiz with prizes
    // (竞猜环节，猜中者领取纪念品) stakes nothing, and a ban (严禁设置押注环节) only informs.
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?:押注|下注|押宝|赌注|押钱|赌钱)[”"」]?(?:环节|游戏|活动|项目|专区|区|桌|台)[^。；！？\\n]{0,16}?(?:奖金|彩金|现金|赢的钱|赢得的?(?:钱|现金|奖金)|所赢|筹码)[^。；！？\\n]{0,4}?(?:现场|当场|当天|当日|即时|立即|随时|可)(?:兑现|兑付|发放|结算|提现|兑换|领取)`,
      'g',
    ),
    message: '活动设置押注环节并现场兑现奖金，涉嫌赌博',
  },
  // Poppy parts told as an ingredient of a dish, wherever the cooking is named in the sentence: 一锅好卤
  // 要用八角、桂皮…十余种香料，再加入少许罂粟壳，小火慢熬; 往锅里丢几个罂粟壳; 汤头要用罂粟壳一起熬制; 添了少量
  // 罂粟粉，吃了还想吃. A case (检出罂粟壳成分，已立案查处) or a ban (严禁在食品中添加罂粟壳) only informs.
  {
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `(?<=${COOKING}[^。；！？\\n]{0,40}?)(?<span>${PUT_IN}[^。；！？\\n，,]{0,6}?${POPPY_PART})`,
      'g',
    ),
    message: '在食品中添加罂粟壳属违法行为',
  },
  {
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `${PUT_IN}[^。；！？\\n，,]{0,6}?${POPPY_PART}(?=[^。；！？\\n]{0,30}?${COOKED})|用(?:了)?[^。；！？\\n，,]{0,4}?${POPPY_PART}[^。；！？\\n，,]{0,4}?${COOKED}`,
      'g',
    ),
    message: '在食品中添加罂粟壳属违法行为',
  },
]);

/**
 * Poppy parts offered for sale: 出售自家晾晒的罂粟壳, 罂粟壳有卖, 罂粟籽低价出, 大烟壳…需要的朋友私信;
 * and the reader advised to buy them (患者可自行到药材市场购买罂粟壳, 可以去集市上买点大烟壳): a
 * controlled plant sold nowhere lawfully. A ban in the gap (不要购买罂粟壳) advises nothing.
 * A case told in the sentence (叫卖罂粟苗，为啥她的老伴被刑拘, 查获出售罂粟壳的商贩) only informs
 * (poppySaleReported), besides the legal gate's own regrading.
 */
export const POPPY_SALE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.drugs',
    severity: 'block',
    pattern:
      /(?:出售|售卖|叫卖|贩卖|兜售|有售|批发|零售|代购|供应|转让|卖)[^。；！？\n]{0,10}?(?:罂粟|大烟壳|大烟籽|御米壳)(?:壳|籽|粉|果|苗|种子?)?|(?:罂粟|大烟壳|大烟籽|御米壳)(?:壳|籽|粉|果|苗|种子?)?[^。；！？\n]{0,10}?(?:出售|有售|有卖|卖给|低价|便宜|包邮|每斤|一斤|元\/?斤|需要的|有需要|欢迎选购|欢迎购买|可以找|找她|找他|找我|私信)|(?<![不无勿]|不可|不可以|不要|不得|切勿)(?:可|可以|自行|直接|建议|不妨)(?:(?!不|勿|别|禁|莫)[^。；！？\n]){0,12}?(?:购买|购入|网购|买来|买点|买些|买)(?:一些|一点|些)?(?:罂粟|大烟壳|大烟籽|御米壳)(?:壳|籽|粉|果|种子?)?/g,
    message: '买卖罂粟壳等毒品原植物制品属违法行为',
  },
]);

const POPPY_CASE =
  /刑拘|拘留|查获|查处|抓获|被抓|铲除|收缴|缴获|警方|民警|派出所|公安|判处|立案|处罚|违法|犯罪|严禁|禁止|不得|举报/;

export function poppySaleReported(text: string, span: Span): boolean {
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return POPPY_CASE.test(text.slice(from, to));
}

/**
 * Paid company at a venue (娱乐场所管理条例 forbids 陪侍 for profit): 会所可安排“佳丽陪侍”, 美女陪酒,
 * 提供陪唱服务, 有偿陪侍, also named in quotation marks after the offer (不少会所还提供“商务KTV陪侍”
 * “上门按摩特殊服务”). A euphemism in quotation marks after 安排 is still offered, and 不再 (让您的
 * 夜晚不再寂寞) enforces nothing: only a ban or an enforcement report in the sentence, or a warning
 * frame, makes it a mention (regradeCompanion).
 */
export const COMPANION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.porn',
    severity: 'warn',
    pattern:
      /(?:佳丽|美女|小妹|公主|少爷|模特|女郎|妹子|靓女|嫩模|辣妹)(?:陪侍|陪酒|陪唱|陪玩|陪聊|作陪|陪夜)|(?:安排|提供|可安排|配有|有偿|专业|贴心)(?:异性)?(?:陪侍|陪酒|陪唱)(?:服务)?|陪侍(?:服务|小姐)|(?:安排|提供|可安排|配有|推出|还有)[“"「『][^”"」』。，,；！？\n]{0,6}?(?:陪侍|陪酒|陪唱|陪睡|陪夜)[^”"」』。，,；！？\n]{0,4}[”"」』]|(?:会所|按摩|足疗|足浴|KTV|ktv|桑拿|SPA|spa|夜总会|洗浴|夜场)[^。；！？\n]{0,12}?(?:安排|提供|可安排|配有|推出|还有)[^。；！？\n]{0,12}?[“"「『][^”"」』。，,；！？\n]{0,8}?特殊服务[”"」』]/g,
    message: '宣传娱乐场所陪侍服务，涉嫌违法（娱乐场所管理条例）',
  },
  {
    // Sexual services offered by a massage or bath venue under their trade names: 足浴养生会所提供异性
    // “全套”私密服务, 洗浴中心有“莞式”服务, 按摩店可提供异性特殊服务. 莞式, 大保健 and a service 异性
    // gives are the trade's words; a plain 全套服务 or a 私密 care item (月子会所提供全套服务, 美容会所的
    // “私密”护理) is not. The same ban or raid in the sentence makes it a mention.
    rule: 'legal.porn',
    severity: 'block',
    pattern:
      /(?:会所|按摩|足疗|足浴|桑拿|SPA|spa|洗浴|浴场|浴室|养生馆|推拿|夜总会)[^。；！？\n]{0,12}?(?:安排|提供|可安排|配有|推出|还有|有)[^。；！？\n，,]{0,4}?(?:异性[“"「『]?(?:全套|特殊|私密|贴身|陪浴|按摩|推拿|上门)?|[“"「『](?:特殊|莞式|大保健|包夜))[”"」』]?(?:私密|贴身|特殊)?(?:服务|项目)(?![员生人台])/g,
    message: '宣传按摩、洗浴等场所的色情服务，涉嫌违法',
  },
]);

const BANNED_OR_ENFORCED =
  /查处|取缔|严禁|禁止|不得|打击|整治|违法|举报|处罚|依法|涉嫌|警方|民警|公安|扫黄|执法|检查|责令|关停/;

export const regradeCompanion: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return BANNED_OR_ENFORCED.test(text.slice(from, to)) || inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};
