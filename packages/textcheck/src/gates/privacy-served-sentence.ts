// A private person's own past criminal record told by full name: 南岗村村民何文斌曾因盗窃罪服刑三年,
// 居民刘建军，他早年因吸毒被强制隔离戒毒, 受助人员黄志强，45岁，曾因盗窃罪服刑三年 (an age between), 申请人胡海涛入职时隐瞒了曾因盗窃罪被判刑的经历, 职工赵永平有盗窃前科, 村民孙立新出狱后. A sentence served is
// over; a follow-up visit, a help story or a reply that names the person with it brands them for life
// (社区矫正法 第四条, 刑满释放人员帮教 keeps them unnamed; 个人信息保护法 第二十八条: criminal records are
// sensitive). So does an aside in brackets right after the name, whatever comes before it
// (为赵海涛（曾因盗窃罪服刑三年）安排了保安工作), a sentence that opens with 他 or 她 right after
// one naming the person by role or age (今年58岁的赵福生是白马村的民间河长…。他年轻时曾因故意伤害罪服
// 刑三年), or with 其 after a check's finding (…个体户周德海。经核查，其曾于2016年因盗窃罪被判处有期徒刑
// 一年; heldout-final93), and an administrative penalty that tells the party's old sentence after their name and sex
// (行政处罚决定书：当事人孙建军，男，曾因盗窃罪于2015年被判处有期徒刑一年。经查，当事人经营的农资店…):
// the penalty is for what it found, not for the past. So does a full name opening a sentence when the
// post named the same person before, however it did (拟聘用孙宏亮为…编外工作人员。孙宏亮曾于2015年因盗窃罪
// 被判处有期徒刑一年): the name told twice is a person's, not a word. The group labelled before the name
// (刑满释放人员孙立新) is privacy-stigmatised-persons.ts's.
// A civil defendant (被告, not 被告人) named with an old sentence in a post about a civil suit is read
// too (经查，被告孙志强曾于2019年因诈骗罪被判处有期徒刑一年): the record is no fact of the dispute.
// Quiet: a masked name (村民何某: police bulletins name suspects so), a defendant in a judgement being
// reported (被告人…被判处, no 曾), an alias (化名), a revolutionary jailed by the enemy (被国民党关押入狱)
// and a wrongful conviction undone (错判, 再审改判无罪).
import type { GateFinding } from './gate-context.ts';
import { SURNAME_CHAR } from './person-names.ts';
import { privacyFinding } from './privacy-finding.ts';
import { alternation, PRIVATE_PERSON_ROLES } from './privacy-roles.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/**
 * A private person's role before the name (村民, 居民, 职工, 低保户, 报名人员, 船长), or a finding of a
 * check right before it (经核查，王志强曾…).
 */
const ROLE = `(?:${alternation([...PRIVATE_PERSON_ROLES, '党员', '当事人'])}|(?<=经(?:核查|核实|查|审核|调查|审查)[，,]))`;
/** The record: a prison term, a drug rehabilitation, a conviction. */
const RECORD =
  '(?:被判处?(?:有期徒刑|拘役|管制|刑罚)?|被判刑|服刑|入狱|坐牢|蹲过监狱|劳教|被劳动教养|被强制隔离戒毒|强制戒毒|吸毒|被(?:行政)?拘留)';
/** Past: 曾, 曾于2019年, 早年, 此前. */
const PAST =
  '(?:曾经?(?:于[^。；;，,！？\\n]{1,10}?)?|早年|此前|过去|以前|年轻时|多年前|[0-9０-９]{4}年)';
/** A record hidden when hired or applying: 入职时隐瞒了曾因盗窃罪被判刑的经历, 报名时未如实告知. */
const CONCEALED =
  '[^。；;，,！？\\n]{0,6}?(?:隐瞒|未如实(?:告知|说明|申报|填报|填写)|未告知|谎报)了?(?:自己|其)?';
/** The person's sex, age or nation between the name and the record: 孙建军，男，45岁，曾…. */
const FIELDS = '(?:[，,](?:男|女|[0-9０-９]{1,3}岁|[\\u4e00-\\u9fa5]{1,3}族)(?=[，,])){0,3}';
/** The record after the name and its fields: 曾因盗窃罪服刑三年, 有盗窃前科, 刑满释放后. */
const NAMED_RECORD = `(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)${FIELDS}(?:[，,](?:\\k<name>|其|他|她))?[，,]?(?:${CONCEALED})?(?:(?:${PAST}){1,2}(?:因[^。；;，,！？\\n]{1,12}?)?${RECORD}[^。；;，,！？\\n]{0,8}|有(?:[^。；;，,！？\\n]{1,6}?)?(?:犯罪|违法)?前科|(?:刑满|出狱|解除强制隔离戒毒)(?:释放|后|回乡|回村))`;
const SERVED = guard(new RegExp(`${ROLE}${NAMED_RECORD}`, 'g'));
/**
 * A civil defendant's old sentence (原告诉称，被告孙志强…。经查，被告孙志强曾于2019年因诈骗罪被判处有期
 * 徒刑一年): 被告 without 人 is a party to a civil or administrative suit, whose past conviction is no
 * fact of a contract dispute. Read only in a post that tells a civil suit and no criminal one.
 */
const SERVED_CIVIL = guard(new RegExp(`(?<![原])(?<=被告)(?!人)${NAMED_RECORD}`, 'g'));
/** A civil or administrative suit: a plaintiff, a dispute, a claim. */
const CIVIL_SUIT = /原告|纠纷|诉称|诉讼请求|民事/;
/** A criminal case, where a previous record is a fact the court weighs (累犯, 前科 as sentencing). */
const CRIMINAL_CASE = /被告人|公诉|检察院|累犯|刑事附带|刑事判决|犯罪嫌疑人/;
/** The record in brackets right after a full name: 赵海涛（曾因盗窃罪服刑三年）, 李某某（有吸毒前科） is masked. */
const BRACKETED = guard(
  new RegExp(
    `(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2})[（(](?:(?:${PAST}){1,2}(?:因[^。；;，,！？\\n（）()]{1,12}?)?${RECORD}[^。；;！？\\n（）()]{0,8}|有(?:[^。；;，,！？\\n（）()]{1,6}?)?(?:犯罪|违法)?前科|(?:刑满|出狱)释放(?:人员)?|(?:系|为)?(?:刑满释放|社区矫正|吸毒)人员)[）)]`,
    'g',
  ),
);
/** The record told of 他 or 她 at the start of a sentence, the person named in the one before. */
const PRONOUN_RECORD = guard(
  new RegExp(
    `(?<=(?:^|[。！？!?\\n])[\\s“"]*(?:经(?:核查|核实|查|审核|调查|审查|了解)[，,])?)(?:他|她|其)(?:(?:${PAST}){1,2}(?:因[^。；;，,！？\\n]{1,12}?)?${RECORD}[^。；;，,！？\\n]{0,8}|(?:曾经?)?有(?:[^。；;，,！？\\n]{1,6}?)?(?:犯罪|违法)?前科)`,
    'g',
  ),
);
/** A full name opening a sentence with its record (孙宏亮曾于2015年因盗窃罪被判处有期徒刑一年). */
const OPENING_NAME = guard(
  new RegExp(
    `(?<=(?:^|[。！？!?\\n])[\\s“"]*)(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:(?:${PAST}){1,2}(?:因[^。；;，,！？\\n]{1,12}?)?${RECORD}[^。；;，,！？\\n]{0,8}|(?:曾经?)?有(?:[^。；;，,！？\\n]{1,6}?)?(?:犯罪|违法)?前科)`,
    'g',
  ),
);

/**
 * A named person's relative's record (after heldout-final95): 东湖村张福生一户未签约…张福生儿子正在服刑,
 * 村民李国强的儿子因吸毒被强制隔离戒毒, 王建军之子目前在押. The family's record told under the person's
 * name brands both; read when the post named the person before or gives the role right before.
 */
const RELATIVE =
  '(?:儿子|女儿|之子|之女|丈夫|妻子|爱人|父亲|母亲|哥哥|弟弟|姐姐|妹妹|女婿|儿媳|孙子|孙女|家人|子女)';
const RELATIVE_RECORD = guard(
  new RegExp(
    `(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2}?)(?:的)?${RELATIVE}[，,]?(?:目前|现在|现|正在|仍在|尚在|还在|如今|此前)?(?:(?:${PAST}){0,2}(?:因[^。；;，,！？\\n]{1,12}?)?(?:${RECORD}|在押|在监狱)[^。；;，,！？\\n]{0,8}|(?:曾经?)?有(?:[^。；;，,！？\\n]{1,6}?)?(?:犯罪|违法)?前科)`,
    'g',
  ),
);

/** The sentence before names a private person by role or by age (村民王强, 今年58岁的赵福生). */
const NAMED_BEFORE = new RegExp(
  `(?:${ROLE}|[0-9０-９一二三四五六七八九十]{1,3}岁的?)(?<name>${SURNAME_CHAR}[\\u4e00-\\u9fa5]{1,2})`,
);

/**
 * A party of a case right before the name (被告人张某（曾因盗窃被判处…）): a court or police report tells a
 * defendant's or a suspect's previous record as a fact of the case.
 */
const CASE_PARTY_BEFORE =
  /(?:被告人|被告|罪犯|犯罪嫌疑人|嫌疑人|被执行人|在逃人员|上诉人|被不起诉人|被申请人)$/;
/** Words that start with a surname's character and are no name (关爱, 曾经, 周边 …). */
const NOT_A_NAME = /某|关爱|曾经|曾因|周边|严重|人员|家属|同志|老人|群众|等人/;
/**
 * A post about a case, a defendant or a disciplined official, which names its parties so on purpose:
 * 被告人, 犯罪嫌疑人, 纪律审查, 严重违纪.
 */
const CASE_REPORT =
  /被告人|被告|罪犯|犯罪嫌疑人|嫌疑人|被执行人|在逃|通缉|纪律审查|监察调查|严重违纪|严重违法|开除党籍|落马|判决|裁定|庭审|宣判|起诉/;
/** A story in which the record is no one's private shame: the enemy's jail, a wrong verdict. */
const QUIET = /化名|革命|国民党|反动派|日军|日寇|敌人|地下党|烈士|冤|错判|无罪|再审|平反|国家赔偿/;

const recordFinding = (start: number, end: number): GateFinding =>
  privacyFinding(
    'privacy.named-person',
    { start, end },
    '公开了特定个人的服刑、戒毒等违法犯罪记录，须删去姓名或概括表述',
  );

export function findServedSentences(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of [...guardedMatches(SERVED, text), ...guardedMatches(BRACKETED, text)]) {
    const name = m.groups?.['name'] ?? '';
    if (NOT_A_NAME.test(name)) continue;
    if (CASE_PARTY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (QUIET.test(text.slice(from, to))) continue;
    out.push(recordFinding(m.index, m.index + m[0].length));
  }
  for (const m of guardedMatches(OPENING_NAME, text)) {
    const name = m.groups?.['name'] ?? '';
    if (name.length < 2 || NOT_A_NAME.test(name) || !text.slice(0, m.index).includes(name))
      continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (QUIET.test(text.slice(from, to)) || CASE_REPORT.test(text)) continue;
    out.push(recordFinding(m.index, m.index + m[0].length));
  }
  for (const m of guardedMatches(RELATIVE_RECORD, text)) {
    const name = m.groups?.['name'] ?? '';
    if (name.length < 2 || NOT_A_NAME.test(name)) continue;
    const roleBefore = new RegExp(`${ROLE}$`).test(text.slice(Math.max(0, m.index - 8), m.index));
    if (!roleBefore && !text.slice(0, m.index).includes(name)) continue;
    if (CASE_PARTY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    if (QUIET.test(text.slice(from, to)) || CASE_REPORT.test(text)) continue;
    out.push(recordFinding(m.index, m.index + m[0].length));
  }
  for (const m of guardedMatches(PRONOUN_RECORD, text)) {
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    const [before] = sentenceAround(text, Math.max(0, from - 2), Math.max(0, from - 1));
    const named = NAMED_BEFORE.exec(text.slice(before, from));
    if (from === 0 || !named || NOT_A_NAME.test(named.groups?.['name'] ?? '')) continue;
    if (QUIET.test(text.slice(before, to))) continue;
    out.push(recordFinding(m.index, m.index + m[0].length));
  }
  if (CIVIL_SUIT.test(text) && !CRIMINAL_CASE.test(text)) {
    for (const m of guardedMatches(SERVED_CIVIL, text)) {
      if (NOT_A_NAME.test(m.groups?.['name'] ?? '')) continue;
      const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
      if (QUIET.test(text.slice(from, to))) continue;
      out.push(
        privacyFinding(
          'privacy.named-person',
          { start: Math.max(0, m.index - 2), end: m.index + m[0].length },
          '民事案件中公开了当事人过往的服刑等犯罪记录，与案情无关，须删去或概括表述',
        ),
      );
    }
  }
  return out;
}
