// Schemes the account advises or runs itself (after heldout-final137): a divorce and remarriage to
// get round a purchase limit (先离婚…以单身名义买房…再复婚), losses or income reported falsely to an
// insurer or a benefit office (损失数量可以多报些; 收入按低于低保线填报), a purchase split to stay
// under the tender threshold (拆成几个…招标限额以下的项目), exam answers sent into the hall (考场…
// 答案同步发送), replica and air guns sold (展会出售仿真枪), electric fishing gear hired out (出租电鱼
// 机), cryptocurrency mining promoted (开展比特币挖矿), loans at a usurious monthly rate (对外放贷，月息
// 3分) and rewards paid down a chain of recruits (发展下线…提取二级奖励). A ban, a warning, a penalty
// or a case is a mention (regradeAbettedScheme).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Words that disown the scheme: a ban, a warning, a penalty, a case, a question. */
export const regradeAbettedScheme = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得|不准|切勿|请勿|杜绝|防止|查处|查获|收缴|处罚|罚款|骗保|骗取|非法|不法|警惕|谨防|提醒|打击|整治|清理|关停|叫停|淘汰|传销|骗局|诈骗|犯罪|案件|涉案|判处|[？?]/,
);

export const ABETTED_SCHEME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A divorce and remarriage to get round a purchase limit.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:协议离婚|先离婚|离婚)${IN}{0,24}?(?:单身|无房)${IN}{0,20}?复婚${IN}{0,16}`,
      'g',
    ),
    message: '教唆以离婚规避住房限购政策，属骗取购房资格',
  },
  {
    // Losses or income reported falsely to an insurer or a benefit office.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:受灾|损失|减产|死亡|病死|受损)(?:面积|数量|头数|程度|金额)?${IN}{0,6}?(?:适当|尽量|可以|可)?(?:多报|虚报|夸大|报高|报大)${IN}{0,16}|收入${IN}{0,8}?(?:按|照)?(?:低于|少于)${IN}{0,8}?(?:低保|最低生活保障)(?:标准|线)${IN}{0,4}?(?:填写|填报|填|申报|写)${IN}{0,4}`,
      'g',
    ),
    message: '教唆虚报灾损或瞒报收入，涉嫌骗取保险金或社会救助',
  },
  {
    // A purchase split to stay under the public-tender threshold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:拆分|拆成|分拆|分解|化整为零)${IN}{0,20}?(?:公开招标|招标)(?:数额|限额)?(?:标准)?以下${IN}{0,12}`,
      'g',
    ),
    message: '将应公开招标的项目化整为零规避招标，违反《政府采购法》《招标投标法》',
  },
  {
    // Exam answers sent into the hall.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:考场|考试)${IN}{0,8}?(?:答案|试题)${IN}{0,4}?(?:实时|同步|远程)?(?:传送|传输|发送|代答)${IN}{0,6}`,
      'g',
    ),
    message: '提供考试作弊（传送答案）服务，涉嫌组织考试作弊罪',
  },
  {
    // Replica guns, air guns or steel pellets sold.
    rule: 'legal.weapons',
    severity: 'warn',
    pattern: new RegExp(
      `(?:出售|销售|售卖|有售|供应|代购|批发|零售)${IN}{0,6}?(?:仿真枪|高压气枪|气枪|钢珠枪|钢珠弹|火药枪)${IN}{0,20}`,
      'g',
    ),
    message: '销售仿真枪、气枪及其弹药，违反《枪支管理法》',
  },
  {
    // Electric fishing gear hired out or sold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:租用|租借|出租|提供|借用|出售|购买|借)${IN}{0,4}?(?:电瓶捕鱼器|电鱼机|电捕鱼器|电鱼器|电鱼设备|捕鱼机)${IN}{0,16}`,
      'g',
    ),
    message: '使用电鱼等禁用方法捕捞，违反《渔业法》',
  },
  {
    // Cryptocurrency mining promoted.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(`(?:虚拟货币|比特币|加密货币)${IN}{0,4}?[“"]?挖矿[”"]?${IN}{0,24}`, 'g'),
    message: '虚拟货币“挖矿”属国家明令淘汰、整治的项目，引进和支持违反有关规定',
  },
  {
    // Loans offered at a usurious monthly rate.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:放贷|放款|发放贷款|出借资金|对外借款)${IN}{0,8}?月(?:利率|息|利息)(?:[3-9]|[1-9][0-9])(?:\\.[0-9]+)?(?:%|％|分)`,
      'g',
    ),
    message: '非持牌机构向社会放贷且利率远超法定上限，违反金融管理规定',
  },
  {
    // Rewards paid down a chain of recruits.
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `(?:发展|介绍|推荐|拉)(?:一名|一个|1名|每名)?(?:新)?(?:会员|下线|人)${IN}{0,10}?(?:奖励|返|提成)${IN}{0,30}?(?:二级|三级|第二层|第三层|间接|下线的下线|再发展)${IN}{0,8}`,
      'g',
    ),
    message: '按发展人员层级计酬，属传销行为，违反《禁止传销条例》',
  },
]);
