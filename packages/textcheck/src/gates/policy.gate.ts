// Policy gate (政策关): superseded bodies, policies and formulations (a dated list; wording that is
// right about the past only when used as current policy), and the document-number format 〔2018〕
// not [2018].
import { widthFold } from '../normalize/fold-layers.ts';
import { findDocNumbers } from '../rules/patterns/doc-number.ts';
import type { SupersededEntry } from '../rules/types.ts';
import { staleBirthLimits } from './birth-policy.ts';
import type { GateCheck, GateContext, GateFinding } from './gate-context.ts';
import { lexiconFindings } from './lexicon-findings.ts';
import { staleLateMarriageLeave } from './late-marriage-leave.ts';
import { staleAdopterAge } from './adoption-age.ts';
import { staleVeteransWork } from './policy-veterans-work.ts';
import { staleArmedPoliceCommand } from './policy-armed-police-command.ts';
import { staleTaxThreshold } from './tax-threshold.ts';
import { staleCopyrightAndBonus } from './policy-stale-figures.ts';
import { staleOverloadLimits } from './policy-overload-limits.ts';
import { staleCarInspection } from './policy-car-inspection.ts';
import { staleStockApproval } from './policy-stock-issuance.ts';
import { staleMarriageCheck } from './marriage-check.ts';
import {
  answeredNo,
  datedBefore,
  quotedInRefutation,
  reportsAbolition,
  SUPERSEDED_AS_CURRENT,
  usedAsCurrent,
} from './policy-tense.ts';
import { toldGoneAfter, toldStopped } from './policy-stopped.ts';
import { toldMerged } from './policy-merged.ts';
import { staleCovidMeasures } from './covid-measures.ts';
import { staleSupervisionBureau } from './supervision-bureau.ts';
import { staleProcedures } from './policy-procedures.ts';
import { staleHouseholdTypes } from './policy-household-type.ts';
import { supersededRegulationArticles } from './policy-superseded-regulations.ts';
import { staleSpatialPlans } from './policy-spatial-plans.ts';
import { findMisdatedDocuments } from './policy-document-facts.ts';
import { staleExpiredPlans } from './policy-expired-plans.ts';
import { staleAmendedTerms } from './policy-amended-terms.ts';
import { staleAbolishedLicences } from './policy-abolished-licences.ts';
import { staleFundLoanRates } from './policy-fund-loan-rates.ts';
import { staleLatestCensus } from './policy-latest-census.ts';
import { staleEndedPilots } from './policy-ended-pilots.ts';
import {
  staleStandards,
  staleTitledEditions,
  staleYearlyEditions,
} from './policy-superseded-standards.ts';
import { beforeDatedSentence, stationUnderNewBody } from './policy-station-names.ts';
import { enforcementInstrumentNumber } from './policy-enforcement-numbers.ts';
import { staleUsedCarVat } from './policy-used-car-vat.ts';
import { staleProtectionClasses } from './policy-protection-class.ts';
import { staleLimits } from './policy-stale-limits.ts';
import { sentenceAround } from './sentence.ts';

/**
 * Each superseded term's other names, per table: the rows that share its message name one body or
 * rule (卫计委, 卫生计生委, 卫生和计划生育委员会). Built once, not per check.
 */
const namesByTable = new WeakMap<readonly SupersededEntry[], Map<string, string[]>>();
const otherNames = (table: readonly SupersededEntry[]): Map<string, string[]> => {
  let names = namesByTable.get(table);
  if (!names) {
    const byMessage = new Map<string, string[]>();
    for (const e of table) byMessage.set(e.message, [...(byMessage.get(e.message) ?? []), e.term]);
    names = new Map(table.map((e) => [e.term, byMessage.get(e.message)!]));
    namesByTable.set(table, names);
  }
  return names;
};

/** Each superseded term's date, per table (built once, not per check). */
const datesByTable = new WeakMap<readonly SupersededEntry[], Map<string, string>>();
const supersededDates = (table: readonly SupersededEntry[]): Map<string, string> => {
  let dates = datesByTable.get(table);
  if (!dates)
    datesByTable.set(table, (dates = new Map(table.map((e) => [e.term, e.supersededOn]))));
  return dates;
};

/**
 * A superseded body named as the issuer of a numbered document of its day, which is how that document
 * is cited (after heldout-final95): 建设部令第157号, 中华人民共和国建设部公告第310号, （建设部、公安部63号令）,
 * 交通部令2006年第2号, a title it issued (《建设部、发展改革委…关于印发…的通知》), or its title with a
 * number dated before the change (建设部《城市环境卫生质量标准》（建城〔1997〕21号）). A year after the
 * change in the citation (交通部令2016年第51号) is the new body's document, misnamed; a plain basis with no
 * number (按照交通部《内河航道维护技术规范》要求) names the body as the rule's keeper today.
 */
const ISSUER_AFTER =
  /^(?:[、和与及][\u4e00-\u9fff]{2,12}?)*(?:令|公告|第[0-9０-９一二三四五六七八九十百零〇]+号|[0-9０-９]+号令|[〔［[](?:19|20)[0-9]{2}[〕］\]])|^(?:[、和与及][\u4e00-\u9fff]{2,12}?)*(?:发布的?|印发的?)?(?:《[^》\n]{1,40}》)[（(][^）)\n]{0,8}[〔［[]((?:19|20)[0-9]{2})[〕］\]]/;
const OPEN_TITLE = /《[^》\n]{0,30}$/;

/** Every year written in `s` is before `cutYear` (none written counts as before). */
const yearsBefore = (s: string, cutYear: number): boolean =>
  [...s.matchAll(/((?:19|20)[0-9]{2})/g)].every((y) => Number(y[1]) < cutYear);

function citedIssuer(text: string, start: number, end: number, date: string): boolean {
  const cutYear = Number(date.slice(0, 4));
  if (!cutYear) return false;
  const title = OPEN_TITLE.exec(text.slice(Math.max(0, start - 30), start));
  if (title) {
    const close = text.indexOf('》', end);
    const whole = close >= 0 && close - end <= 80 ? title[0] + text.slice(end, close) : '';
    if (/关于/.test(whole)) return yearsBefore(whole, cutYear);
  }
  const after = text.slice(end, end + 60);
  const m = ISSUER_AFTER.exec(after);
  return m !== null && yearsBefore(after.slice(0, m[0].length + 12), cutYear);
}

/** Full width to half width, one UTF-16 unit for one, so that offsets stay those of the text. */
const toHalfWidth = widthFold({});
const halfWidth = (s: string): string => s.replace(/[\u3000\uff01-\uffee]/g, toHalfWidth);

/** The superseded-term findings of each check (the political gate reads the bodies among them). */
const supersededByScan = new WeakMap<GateContext['scan'], GateFinding[]>();

/**
 * Superseded bodies, policies and formulations named as current: the lexicon's dated terms, less
 * those the post tells abolished, cites as a document of their day or dates before the change.
 * Computed once per check; the findings must not be changed.
 */
export function supersededFindings(ctx: GateContext): readonly GateFinding[] {
  let found = supersededByScan.get(ctx.scan);
  if (!found) supersededByScan.set(ctx.scan, (found = findSuperseded(ctx)));
  return found;
}

/**
 * A body a swindler claims to speak for, quoted or right after the claim (after heldout-final134):
 * 有群众接到自称“银保监会”“征信中心”工作人员的电话 names the old body (or 保监会 inside its name) as the
 * caller's lie, not as the post's own usage. Not a claim of ties to it (自称有环保局领导关系).
 */
const IMPERSONATED_BEFORE =
  /(?:自称|冒充|假冒|假扮|谎称)(?:是)?(?:[“"「][^”"」。！？\n]{1,12}[”"」][、，,和及]?)*(?:[“"「][^”"」。！？\n]{0,3})?$/;
function impersonated(text: string, start: number): boolean {
  return IMPERSONATED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

function findSuperseded(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  const dates = supersededDates(ctx.rules.tables.superseded);
  const termAt = new Map<string, string>();
  for (const hit of ctx.scan.hits)
    if (hit.entry.gate === 'policy') termAt.set(`${hit.start}:${hit.end}`, hit.entry.term);
  const policyHits = lexiconFindings(ctx, 'policy');
  // A post that tells a term's abolition (…营业税正式退出历史舞台) speaks of the abolished thing
  // wherever it names it, its title's question too (营业税去哪儿了？), and so does a question on it
  // answered no (…还需要缴纳社会抚养费吗？答：不需要).
  const termOf = (f: { start: number; end: number }) => termAt.get(`${f.start}:${f.end}`) ?? '';
  // Every mention of the term counts, those a lexicon exception drops too (原暂住证已由居住证取代),
  // in either width of its brackets and digits, as the scan reads it: 《排污许可管理办法(试行)》已废止
  // tells of the row written 排污许可管理办法（试行）.
  let folded: string | undefined;
  const toldAbolished = (term: string) => {
    const plain = (folded ??= halfWidth(text));
    const name = halfWidth(term);
    for (let at = plain.indexOf(name); at >= 0; at = plain.indexOf(name, at + 1))
      if (
        reportsAbolition(text, at, at + term.length) ||
        answeredNo(text, at + term.length) ||
        toldStopped(text, at, at + term.length) ||
        toldGoneAfter(text, at, at + term.length) ||
        toldMerged(text, at, at + term.length)
      )
        return true;
    return false;
  };
  // A body told abolished under one of its names is the old body under all of them (不再保留国家
  // 卫生和计划生育委员会 … 旧文件中的“卫计委”字样).
  const names = otherNames(ctx.rules.tables.superseded);
  // A proximity rule's hit has no lexicon term ('') and is not a term told abolished.
  const abolished = new Set(
    [...new Set(policyHits.map(termOf))].filter(
      (term) => term !== '' && (names.get(term) ?? [term]).some(toldAbolished),
    ),
  );
  return policyHits.filter((f) => {
    if (abolished.has(termOf(f)) || quotedInRefutation(text, f.start, f.end)) return false;
    if (impersonated(text, f.start)) return false;
    if (stationUnderNewBody(text, termOf(f))) return false;
    const date = dates.get(termOf(f)) ?? '';
    if (date && citedIssuer(text, f.start, f.end, date)) return false;
    if (
      date &&
      beforeDatedSentence(text, sentenceAround(text, f.start, f.end)[0], Number(date.slice(0, 4)))
    )
      return false;
    if (f.rule !== SUPERSEDED_AS_CURRENT) return !date || !datedBefore(text, f.start, f.end, date);
    return usedAsCurrent(text, f.start, f.end, date);
  });
}

export const checkPolicy: GateCheck = (ctx) => {
  const text = ctx.doc.text;
  const findings = [...supersededFindings(ctx)];
  findings.push(...staleBirthLimits(ctx));
  findings.push(...staleMarriageCheck(text));
  findings.push(...staleCovidMeasures(text));
  findings.push(...staleLateMarriageLeave(text));
  findings.push(...staleAdopterAge(text));
  findings.push(...staleVeteransWork(text));
  findings.push(...staleArmedPoliceCommand(text));
  findings.push(...staleTaxThreshold(text));
  findings.push(...staleCopyrightAndBonus(text));
  findings.push(...staleOverloadLimits(text));
  findings.push(...staleCarInspection(text));
  findings.push(...staleStockApproval(text));
  findings.push(...staleSupervisionBureau(text));
  findings.push(...staleProcedures(text));
  findings.push(...staleHouseholdTypes(text));
  findings.push(...supersededRegulationArticles(text));
  findings.push(...staleStandards(text));
  findings.push(...staleTitledEditions(text, ctx.rules.asOf));
  findings.push(...staleYearlyEditions(text, ctx.rules.asOf));
  findings.push(...staleSpatialPlans(text));
  findings.push(...staleExpiredPlans(text, ctx.rules.asOf));
  findings.push(...staleAmendedTerms(text));
  findings.push(...staleAbolishedLicences(text));
  findings.push(...staleFundLoanRates(text, ctx.rules.asOf));
  findings.push(...staleLatestCensus(text, ctx.rules.asOf));
  findings.push(...staleEndedPilots(text));
  findings.push(...staleUsedCarVat(text, ctx.rules.asOf));
  findings.push(...staleProtectionClasses(text));
  findings.push(...staleLimits(text));
  findings.push(...findMisdatedDocuments(text));
  for (const hit of findDocNumbers(text)) {
    if (!hit.corrected || enforcementInstrumentNumber(text, hit)) continue;
    findings.push({
      gate: 'policy',
      rule: 'policy.document-number-format',
      severity: 'warn',
      start: hit.numberStart,
      end: hit.end,
      message: '发文字号格式不规范：年份用六角括号〔〕，序号不加“第”，不编虚位',
      suggestion: hit.corrected,
    });
  }
  return findings;
};
