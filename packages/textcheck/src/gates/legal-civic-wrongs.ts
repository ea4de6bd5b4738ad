// Pattern families of the legal gate for wrongs an account tells its readers to do or to accept in
// the civic life of a village: votes bought with gifts before a village election (候选人…给每户送一桶
// 油、一袋米，表表心意 — 村民委员会组织法 第十七条, 贿选), ballots filled in for villagers by cadres
// (由各村民小组长根据平时了解的意愿代为填写选票: only a voter's written proxy may cast a vote), rural
// homesteads sold to town dwellers (宅基地和老房子可以卖给城里人 — 土地管理法 第六十二条 and the State
// Council's ban on their sale to urban residents), a pension scheme promising monthly returns (老人投入
// 1万元，每月返还1000元，一年回本 — illegal fund-raising), and an explicit novel recommended for the night
// (书中有大量露骨的床戏描写…适合深夜一个人慢慢看). Quiet: the same acts banned, punished, reported or
// asked about in their sentence, and a lawful written proxy (书面委托…代为投票).
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Gifts that buy a vote. */
const GIFT = '(?:油|米|面|红包|礼品|礼物|烟|酒|钱|现金|购物卡|超市卡|加油卡|补贴)';

export const CIVIC_WRONG_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `候选人${IN}{0,24}?(?:给|向|为)?(?:每户|每家|各户|选民|村民|群众|乡亲|党员)${IN}{0,8}?(?:送|发|发放|赠送)${IN}{0,12}?${GIFT}|(?:送|发)${IN}{0,12}?${GIFT}${IN}{0,8}?(?:拉票|换票|买票)|(?:投票|选举)(?:结束)?(?:后)?${IN}{0,12}?(?:领取?|发)${IN}{0,8}?[0-9０-９]+元${IN}{0,30}?(?:选的是|投的是|投给|选了)`,
      'g',
    ),
    message: '候选人向选民送钱送物拉票，属贿选，违反村民委员会组织法',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:根据|按照|凭|按)${IN}{0,12}?(?:意愿|意思|想法|意见)${IN}{0,4}?代(?:为|替)?(?:填写|填|勾选|圈选|投)(?:选票|票)|(?:小组长|组长|村干部|干部|村委会|工作人员)${IN}{0,10}?(?:统一)?代(?:为|替)?(?:填写|填|勾选|圈选)(?:选票)`,
      'g',
    ),
    message: '未经选民书面委托由他人代填选票，违反村民委员会组织法',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `宅基地${IN}{0,16}?(?:可以|能|可)?(?:卖给|出售给|转让给|卖与)(?:城里人|城镇居民|城市居民|城里的|外地人|非本村)|(?:城里人|城镇居民|城市居民)${IN}{0,8}?(?:可以|能|也能|也可以)(?:买|购买|购置)(?:农村)?(?:的)?宅基地`,
      'g',
    ),
    message: '农村宅基地不得向城镇居民出售，相关买卖协议不受法律保护（土地管理法）',
  },
  {
    rule: 'legal.investment-fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:投入|投资|存入|交)[0-9０-９一二三四五六七八九十两]+万?元${IN}{0,12}?(?:每月|每年|每季度|每天)(?:返还?|分红|领取|返利|拿)[0-9０-９一二三四五六七八九十百千]+|一年(?:就能|即可|就)?回本`,
      'g',
    ),
    message: '承诺固定高额返利、短期回本的理财项目，涉嫌非法集资',
  },
  {
    rule: 'legal.porn',
    severity: 'warn',
    pattern: new RegExp(
      `(?:露骨|大尺度|尺度很大|尺度极大)${IN}{0,8}?(?:床戏|性爱|性描写|色情|情色)(?:描写|镜头|场面|情节)?${IN}{0,30}?(?:适合|推荐|值得|慢慢看|一个人看|不容错过)`,
      'g',
    ),
    message: '推荐含露骨性描写的读物或影视，涉嫌传播低俗色情内容',
  },
]);

/** The sentence bans, punishes, reports or asks about the act, or the proxy is written. */
const DISOWNED =
  /严禁|禁止|不得|不能|不准|不许|不可以|违法|违规|无效|不受法律保护|贿选|查处|举报|处罚|取消[^。；！？\n]{0,6}?资格|依法|非法集资|骗局|警惕|谨防|低俗|下架|抵制|书面委托|委托书|[？?]|吗|能否|可否|是否|可不可以|能不能/;

export const regradeCivicWrong: Regrade = informsWhenSentence(DISOWNED);
