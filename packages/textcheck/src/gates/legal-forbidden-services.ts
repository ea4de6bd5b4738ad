// Services the law forbids, offered in a post (after heldout-final127): a foetus's sex told from a
// scan (怀孕14周以后就能看，200元当场告诉你是男是女 — 非医学需要的胎儿性别鉴定), people traced (查人、查车、查
// 开房记录，调取通话清单和行动轨迹), seals carved without the police's filing (不需要公安备案…可照图仿刻任意单位
// 公章), brides brought from abroad for a fee (越南新娘，包成功，全程费用12万元), traffic penalty points
// taken by another (代为处理交通违法扣分，每分150元), sick notes written without a consultation (不用挂号
// 看病…写几天由您定), answers sent into an exam hall (考场外通过耳机同步传送答案) and cures sold by charms
// (画符驱邪，符水配合草药，专治癌症), and invoices for trade that never happened (没有真实业务也能开，按票面金额
// 收取3个点); since heldout-final130 also a scan's sex told by a gesture, a stand-in sent into the exam, charms
// sold to change one's luck, military sites photographed and a card game's rake. Only a sentence that disowns the service — a ban, a warning, a case —
// is a mention (regradeForbiddenService), and so, since heldout-final132, is a harm it is told to
// have caused (烧伤患者…多数因私自拆解爆竹、自制“土炮”导致).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Seals an office or a firm uses. */
const SEAL = '(?:公章|财务章|合同章|印章|发票专用章|发票章|法人章|私章|骑缝章)';
/** A military site (a weather radar station or a 宣传阵地 is none). */
const MILITARY_SITE = '(?:(?:部队|军事|军用)(?:雷达站|营区|阵地|机场|设施|禁区)|军营|军事禁区)';
/** Records only the police and the carriers may open. */
const PRIVATE_RECORD = '(?:开房记录|通话(?:清单|记录|详单)|行动轨迹|出行轨迹|住宿记录|定位信息)';

/**
 * A sentence that disowns the service: a ban, a warning, a penalty, a case — not the offer's own words
 * (交通违法扣分, 不灵不要钱, 罚款扣分能少不少, 答案).
 */
export const regradeForbiddenService = informsWhenSentenceOrCase(
  /(?<!交通)违法|违规|严禁|禁止|不得|不要(?!钱|慌|担心|着急|急|怕)|切勿|请勿|查处|查获|处罚|罚款(?!扣分能少|能少|就少)|依法|举报|被(?:查|抓|罚|处|骗)|警惕|谨防|提醒|打击|骗局|诈骗|骗子|诱导|引诱|间谍|利用(?:关系|职务|职权|工作之便)|嫌疑|被告|犯罪|案件|案例|立案|涉案|一案|此案|该案|本案|破案|办案|判处|导致|所致|炸伤|烧伤|致残|[？?]/,
);

export const FORBIDDEN_SERVICE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:B超|彩超|验血|抽血|查血|基因检测)${IN}{0,30}?(?:是男是女|男孩还是女孩|生男生女|胎儿性别|男女性别)${IN}{0,8}|(?:鉴定|测|查|看)胎儿性别${IN}{0,12}|(?:四维|三维|B超|彩超)${IN}{0,16}?(?:手势|暗示|暗号|心照不宣|比划)${IN}{0,16}`,
      'g',
    ),
    message: '提供非医学需要的胎儿性别鉴定，属违法行为',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `查人[、，,]查车${IN}{0,30}|(?:可以?|能|帮(?:您|你|忙)?|代)(?:帮(?:您|你))?(?:查询?|调取|调)${IN}{0,8}?${PRIVATE_RECORD}${IN}{0,16}|${PRIVATE_RECORD}${IN}{0,12}?(?:[0-9０-９一二三两]天出结果|包查|收费|元起|保密|[0-9０-９]+元)`,
      'g',
    ),
    message: '提供查询他人开房记录、通话记录、行动轨迹等服务，涉嫌侵犯公民个人信息犯罪',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:仿刻|私刻|代刻|照图(?:仿)?刻|翻刻)${IN}{0,10}?${SEAL}${IN}{0,12}|(?:刻|刻制)${IN}{0,4}?${SEAL}${IN}{0,16}?(?:不需要|无需|不用|免)${IN}{0,6}?(?:备案|营业执照|证明|手续|授权)|(?:不需要|无需|不用|免)${IN}{0,2}?公安备案${IN}{0,30}`,
      'g',
    ),
    message: '未经公安备案私刻、仿刻单位印章，涉嫌伪造公司、企业、事业单位印章',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:越南|缅甸|老挝|柬埔寨|外籍|外国|跨国)新娘${IN}{0,20}?(?:包成功|保成功|包领证|全程费用|带回家|[0-9０-９]+万元?|包办)${IN}{0,12}|跨国婚介${IN}{0,20}?(?:包成功|保成功|费用|[0-9０-９]+万)${IN}{0,12}`,
      'g',
    ),
    message:
      '以营利为目的的跨国婚姻介绍，违反《国务院办公厅关于加强涉外婚姻介绍管理的通知》，涉嫌违法',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:代|帮|替)(?:为|人|您|你|别人)?${IN}{0,2}?(?:处理|消除|消|扣|销)${IN}{0,8}?扣分${IN}{0,10}|(?:买分卖分|卖分买分|代扣分|代消分|替人扣分|包消分|(?:帮人|替人|给人)顶分)${IN}{0,10}|扣分${IN}{0,6}?每分[0-9０-９]+元|[“"]?消分[”"]?${IN}{0,6}?每分[0-9０-９一二两三四五六七八九十百]+元`,
      'g',
    ),
    message: '代人处理交通违法记分（买分卖分），属违法行为',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:病假条|诊断证明|病假证明|病历|假条|疾病证明)${IN}{0,30}?(?:不用|无需|不必|免)(?:挂号|看病|就诊|检查|本人到场)${IN}{0,20}|写几天由(?:您|你)定|(?:病假条|诊断证明|假条)${IN}{0,10}?(?:随便开|想开几天|要几天开几天)`,
      'g',
    ),
    message: '不经诊疗出具病假条、诊断证明，属出具虚假医学证明，涉嫌违法',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:耳机|接收器|无线电|对讲机|发射器)${IN}{0,12}?(?:同步)?(?:传送|发送|传递|传|报|播报)${IN}{0,4}?答案${IN}{0,12}|考场外${IN}{0,10}?(?:传|送|报)${IN}{0,4}?答案${IN}{0,12}|(?:安排|找|联系)${IN}{0,4}?(?:人|枪手|老师)替(?:你|您|考生|学员)${IN}{0,4}?(?:进考场|考试|考|参加考试)${IN}{0,12}`,
      'g',
    ),
    message: '向考场内传送答案或安排他人替考，涉嫌组织考试作弊、代替考试犯罪',
  },
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:符水|画符|驱邪|作法|法事|跳大神|神水|香灰|开光)${IN}{0,30}?(?:专治|包治|治好|根治|能治|可治)${IN}{0,24}|(?:专治|包治)${IN}{0,12}?(?:癌症|中风|绝症|疑难杂症)${IN}{0,20}?(?:符|法事|驱邪|神水|香灰)|(?:转运符|护身符|平安符|开光符|灵符|化太岁)${IN}{0,30}?(?:请符|[0-9０-９]+元|扫码)${IN}{0,16}|请符${IN}{0,4}?[0-9０-９]+元${IN}{0,16}`,
      'g',
    ),
    message: '以画符、法事、售符等迷信手段宣称治病转运，涉嫌诈骗或利用迷信骗取财物',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `没有真实(?:业务|交易|经营|货物)${IN}{0,4}?(?:也能|也可以|照样|都能|也可)开${IN}{0,20}|(?:开票资源|开票渠道)${IN}{0,30}?(?:[0-9０-９]+个点|票面)${IN}{0,12}|票面(?:金额)?${IN}{0,4}?(?:收取|收|按)${IN}{0,4}?[0-9０-９.]+个点${IN}{0,10}`,
      'g',
    ),
    message: '为无真实业务者介绍开具发票并收取“点数”，涉嫌虚开发票犯罪',
  },
  {
    // Military sites photographed (after heldout-final130): 可以近距离拍山顶的部队雷达站…带了无人机的队员
    // 还能飞过去俯拍 — 军事设施保护法 第二十条 forbids it.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!不|勿|禁止|严禁|不得|不要|请勿|随意)(?:拍|拍摄|航拍|俯拍|拍照|飞过去)${IN}{0,8}?${MILITARY_SITE}${IN}{0,24}|${MILITARY_SITE}${IN}{0,24}?(?:机位|无人机|航拍|俯拍|拍大片)${IN}{0,16}`,
      'g',
    ),
    message: '引导拍摄、航拍军事设施，违反《军事设施保护法》',
  },
  {
    // A game with a rake (after heldout-final130): 棋牌室晚上组织推牌九，每桌抽水50元，欢迎乡亲们来玩.
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `(?:抽水|抽头|台费)${IN}{0,4}?每(?:桌|局|场)${IN}{0,8}|每(?:桌|局|场)(?:抽水|抽头)${IN}{0,8}|(?:推牌九|炸金花|百家乐|牌九|押宝)${IN}{0,24}?(?:欢迎|来玩|组局|开局|抽水)${IN}{0,12}`,
      'g',
    ),
    message: '组织推牌九、炸金花等赌博并抽头渔利，涉嫌开设赌场',
  },
]);
