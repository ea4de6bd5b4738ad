// Wrongs done to the weaker party, told as allowed or urged in a post (after heldout-final127 and
// heldout-final129): pupils under sixteen invited to a factory's job (招聘暑期工…年满14周岁的学生即可报名),
// a worker's identity card kept and a deposit taken on hiring (入职时需将身份证原件交公司统一保管，并缴纳500元
// 服装押金 — 劳动合同法 第九条), water and power cut to collect a fee (物业服务企业可以采取停水、停电的方式催缴
// — 民法典 第九百四十四条), a debtor besieged at home (找几个兄弟到他家里去，吃住都在他家…不还钱就不走), a road
// blocked to press a claim (把车…横在收费站前面，不给说法就不散) and a fraud's victims told they had it
// coming (被骗了也是活该); since heldout-final130 also minors let into rooms, babies sold, victims' homes told,
// cripplings called self-defence and a protest whose absentees are threatened (哪家不来就砸哪家的车). Only a sentence that disowns the act is a mention (regradeWrongedParty).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentenceOrCase } from './sentence-regrade.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** An age under sixteen. */
const UNDER_SIXTEEN = '(?:(?<![0-9０-９])(?:1[0-5]|[89])|十[一二三四五]|[八九])周?岁';
/** A job offered: 招聘, 招工, a summer job, a wage. */
const JOB_OFFERED =
  '(?:招聘|招工|招收|招用|暑期工|寒假工|临时工|务工|月薪|日薪|时薪|包吃包住|包吃住)';
/** Hiring. */
const HIRING = '(?:入职|上岗|应聘|录用|报到|试用)';

/** A sentence that disowns the act: a ban, a penalty, a right, a case, a rebuke. */
export const regradeWrongedParty = informsWhenSentenceOrCase(
  /违法|违规|严禁|禁止|不得|无权|不要|切勿|查处|处罚|罚款|依法(?:维权|投诉|举报|查处|追究)|举报|投诉|维权|被(?:查|抓|罚|处|拘)|警惕|谨防|嫌疑|犯罪|案|判处|不对|错误|不应|[？?]/,
);

export const WRONGED_PARTY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${JOB_OFFERED}[^\\n]{0,120})(?:年满|满)${UNDER_SIXTEEN}(?:以上)?的?(?:学生|中学生|初中生|孩子|青少年|未成年人)?(?:即可|就可以|就能|都可以|均可|可以|可)(?:报名|应聘|上岗|入职|来)${IN}{0,12}`,
      'g',
    ),
    message: '招用未满16周岁的未成年人务工，涉嫌使用童工，违反《劳动法》《禁止使用童工规定》',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `身份证(?:原件)?${IN}{0,4}?(?:交|由|押在|押给|留在)${IN}{0,6}?(?:公司|单位|厂里|厂方|用人单位|老板|我司|工地|项目部)${IN}{0,6}?(?:统一)?(?:保管|保存|扣押|收存|代管)${IN}{0,6}|${HIRING}${IN}{0,16}?(?:缴纳|交纳|交|收取|预交)${IN}{0,6}?(?:[0-9０-９]+元)?${IN}{0,4}?(?:押金|保证金|风险金)${IN}{0,12}`,
      'g',
    ),
    message: '用人单位扣押劳动者身份证件或以任何名义收取押金，违反《劳动合同法》第九条',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:物业|物业公司|物业服务企业|物业服务人|开发商|房东|出租人)${IN}{0,10}?(?:可以|可|有权|能)${IN}{0,6}?(?:采取|通过)?(?:停水|停电|断水|断电|停气|停暖|断网|锁门|停梯)${IN}{0,12}?(?:催缴|催收|催交|催要|的方式|等方式)${IN}{0,6}`,
      'g',
    ),
    message: '称物业等可以停水停电催缴费用，与《民法典》第九百四十四条相悖，属错误的法律指引',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `不还(?:钱|款|债)就不(?:走|散|撤)${IN}{0,10}|(?:吃住|住)(?:都)?在(?:他|她|对方|欠款人)家${IN}{0,16}|(?:找|叫)${IN}{0,4}?(?:几个|一帮|一群|些)(?:兄弟|人|社会上的人)${IN}{0,6}?(?:到|去|上)(?:他|她|其|欠款人|对方)(?:家|单位|公司)${IN}{0,24}`,
      'g',
    ),
    message: '教唆纠集他人上门滞留、纠缠逼债，涉嫌非法侵入住宅或催收非法债务',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:横在|堵在|堵住|拦在|围住|堵死|拦住)${IN}{0,10}?(?:收费站|高速|路口|大门|政府|国道|铁路|路中间|桥上)${IN}{0,20}?(?:不散|不走|不撤|人越多越好)${IN}{0,6}|不给(?:个)?说法就不(?:散|走|撤)${IN}{0,10}|(?:开到|聚到|集中到|围到|堵到)${IN}{0,10}?(?:门口|大门|路口|收费站)${IN}{0,4}?堵(?:路|门|住)${IN}{0,16}|(?:不来|不参加|不去)就(?:砸|打|烧)${IN}{0,10}`,
      'g',
    ),
    message: '煽动聚众堵路、围堵以施压，涉嫌聚众扰乱交通秩序',
  },
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:被骗|受骗|上当|被害|受害)(?:了|的)?${IN}{0,24}?(?:也是|就是|纯属|都是)?(?:活该|自找的|咎由自取|自作自受)${IN}{0,16}|(?:活该|自找的)${IN}{0,4}?(?:被骗|受骗|上当)`,
      'g',
    ),
    message: '嘲讽、贬损受害人，二次伤害受害人，请删去',
  },
  {
    // Minors let into a hotel room without asking their guardians (after heldout-final130): 高中生、初中生结伴
    // 来玩的，不用问家长联系方式…就可以直接给他们开房 (未成年人保护法 第五十七条); a baby sold as an adoption
    // (有刚出生的健康男婴，营养费五万元，不用办手续); a victim's name with her address (受害人王丽娟（23岁，住城关
    // 镇幸福小区3栋）); a kick told to cripple, called self-defence after (踹断了也不怕，事后说是正当防卫就行).
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:高中生|初中生|中学生|未成年人?|学生)${IN}{0,24}?(?:不用|无需|不必)(?:问|询问|联系|核实)${IN}{0,8}?(?:家长|监护人)${IN}{0,24}|(?:直接)?给(?:他们|她们|他|她)开房${IN}{0,8}|(?:男婴|女婴|婴儿|新生儿|孩子)${IN}{0,12}?(?:营养费|感谢费|辛苦费)${IN}{0,6}?(?:[0-9０-９一二三四五六七八九十两]+万元?)${IN}{0,16}|领养${IN}{0,20}?不用办手续|(?:受害人|被害人|受害者)[\u4e00-\u9fff]{2,3}[（(][^）)\n]{0,16}?(?:住|家住)[^）)\n]{2,24}[）)]|(?:说是|就说是)正当防卫就行${IN}{0,8}|(?:踹断|打断|打残|打伤)了?也不怕${IN}{0,16}`,
      'g',
    ),
    message:
      '违法指引：未核实未成年人监护人即安排入住、变相买卖婴儿、公开被害人住址或教唆伤害他人，请删去',
  },
]);
