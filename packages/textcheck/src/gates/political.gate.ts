// Political gate (政治关): official formulations, Hong Kong/Macao/Taiwan wording, names of the
// country, state bodies and leaders, slogans, discriminatory words, administrative hierarchy.
import { findDivisionErrors } from '../rules/divisions.ts';
import { findCountySuffixErrors } from './political-county-suffix.ts';
import {
  findStateBodyErrors,
  STATE_BODY_PATTERN,
  STATE_BODY_STEMS,
} from '../rules/patterns/state-body.ts';
import { findMisorderedSequences } from './fixed-sequences.ts';
import { findFormulationIntruders } from './political-formulation-intruders.ts';
import { namedAsRegion } from './political-hmt-named-regions.ts';
import type { GateCheck, GateFinding } from './gate-context.ts';
import { GROUP_BLAME_PATTERNS } from './group-blame-patterns.ts';
import { HIRING_PATTERNS, regradeHiring } from './hiring-discrimination.ts';
import { lexiconFindings, type Regrade } from './lexicon-findings.ts';
import { patternFindings } from './pattern-findings.ts';
import { findRegionsListedAsCountries } from './political-hmt-patterns.ts';
import { POLITICAL_PATTERNS } from './political-patterns.ts';
import { ORIGIN_STEREOTYPE_PATTERNS } from './origin-stereotype-patterns.ts';
import { regradeStereotype, STEREOTYPE_PATTERNS } from './stereotype-patterns.ts';
import { POLITICAL_SPORT_PATTERNS } from './political-sport-patterns.ts';
import { HMT_PEER_PATTERNS } from './political-hmt-peers.ts';
import { HMT_COUNTRY_LIST_PATTERNS } from './political-hmt-country-lists.ts';
import { REGION_NAME_PATTERNS } from './political-region-names.ts';
import { BODY_NAME_PATTERNS } from './political-body-names.ts';
import { reportedForeignName } from './political-foreign-names.ts';
import { forbiddenByStyleRule } from './political-style-rules.ts';
import { MEMBER_TITLE_PATTERNS } from './political-member-titles.ts';
import {
  MOTHERHOOD_PATTERNS,
  regradeMotherhood,
  TRAIT_STEREOTYPE_PATTERNS,
} from './trait-stereotype-patterns.ts';
import { POLITICAL_TERRITORY_PATTERNS } from './political-territory-patterns.ts';
import { findMisplacedPlaces } from './political-misplaced-places.ts';
import { findOwnProvinceListErrors } from './political-own-province-list.ts';
import { findUnknownNationalBodies } from './political-national-bodies.ts';
import { findLeaderAnniversaries } from './political-leader-anniversaries.ts';
import { supersededBodyNames } from './political-superseded-bodies.ts';
import { guard, guardedMatches } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

guard(STATE_BODY_PATTERN);

export const DIVISION_GROUPS = {
  provinces: 'div:provinces',
  prefectures: 'div:prefectures',
} as const;

/**
 * 一带一路 called a 战略 with up to four characters between (“一带一路”发展战略, 一带一路合作战略),
 * unless the words between name another thing (倡议, 与…对接, 等国家战略).
 */
const BELT_ROAD_STRATEGY =
  /一带一路[”’"」』]?(?:(?!倡议|对接|与|和|同|及|等|以及|是)[^，。；、：！？\n“”]){0,4}战略/g;

/** “台独” in quotation marks: how official texts name it (坚决反对任何形式的“台独”分裂活动). */
const QUOTED_SEPARATISM = /^[“‘「『"']台独[”’」』"']$/;
/** Opposed in its clause: 反对, 遏制, 打击 … (坚决打击各种台独行径), not 不反对. */
const OPPOSED_BEFORE =
  /(?<!不)(?:反对|遏制|打击|粉碎|挫败|揭批|揭露|抵制|反击|惩治|惩戒|谴责|批驳|警惕|防范|斗争|摒弃|放弃)[^，,。；;！？!?\n]{0,12}$/;
/** Approved in its clause (支持“台独”): reported even in quotes. */
const APPROVED_BEFORE = /(?<![不反])(?:支持|拥护|赞成|赞同|声援)[^，,。；;！？!?\n]{0,6}$/;

/** 所谓 and an opening quotation mark right before a term: a separatist claim held at a distance. */
const SO_CALLED_BEFORE = /所谓\s*[“‘「『"']$/;
/** …refuted in its sentence (是彻头彻尾的分裂谬论, 荒谬至极, 注定失败). */
const REFUTED =
  /谬论|谬说|谬误|歪理|邪说|歪论|荒谬|荒唐|分裂(?:主张|图谋|行径|言论|活动|势力)|图谋|伎俩|注定失败|不得人心|驳斥|批驳|痴心妄想|自欺欺人/;

/**
 * A separatist term quoted after 所谓 in a sentence that refutes it (所谓“两国论”是彻头彻尾的分裂谬论):
 * the Taiwan Affairs Office's wording, not the claim.
 */
function refutedAsSoCalled(text: string, span: { start: number; end: number }): boolean {
  if (!SO_CALLED_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))) return false;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return REFUTED.test(text.slice(from, to));
}

/**
 * A wrong wording named as wrong, or the right one given (这些说法是错误的, 不能使用, 应称…); a slur
 * named as one (“残废”“瞎子”等称呼…是带有歧视色彩的不文明用语，请使用“残疾人”).
 */
const CORRECTED =
  /说法(?:都|均)?(?:是)?错误|错误(?:的)?(?:说法|表述|提法|称谓)|(?:不能|不得|禁止|不宜|避免|严禁)(?:再)?使用|应(?:当|该)?(?:称|称为|改为|表述为|写作|统一称)[“"「]|规范(?:的)?(?:表述|称谓|提法)是|(?:歧视|侮辱|贬损|贬低|冒犯)(?:性|色彩)?的?(?:不文明)?(?:用语|称谓|称呼|说法|词语|词汇|字眼)|不文明(?:的)?(?:用语|称谓|称呼|说法)|(?:请|应|要)(?:当|该)?(?:使用|改用|采用)[“"「]/;
/** How far after a quoted wording its correction may stand (a question and its answer). */
const CORRECTION_REACH = 80;

/**
 * A wrong wording quoted and corrected — a style guide's “台湾总统”…这些说法是错误的，应称“台湾地区
 * 领导人”: it teaches the rule, it does not break it.
 */
function quotedAsWrong(text: string, span: { start: number; end: number }): boolean {
  if (!/[“‘「『"']$/.test(text.slice(Math.max(0, span.start - 1), span.start))) return false;
  if (!/^[”’」』"']/.test(text.slice(span.end, span.end + 1))) return false;
  const after = text.slice(span.end, span.end + CORRECTION_REACH).split(/\n\s*\n/)[0]!;
  return CORRECTED.test(after);
}

/**
 * 台独 named as official prose names it — in quotation marks, or after a verb that opposes it in the
 * same clause — only informs; an approving use stays reported.
 */
const regradeSeparatism: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (refutedAsSoCalled(text, span)) return 'info';
  if (text.slice(span.start, span.end) !== '台独') return severity;
  const before = text.slice(Math.max(0, span.start - 20), span.start);
  if (APPROVED_BEFORE.test(before.replace(/[“‘「『"']$/, ''))) return severity;
  const quoted = QUOTED_SEPARATISM.test(text.slice(span.start - 1, span.end + 1));
  return quoted || OPPOSED_BEFORE.test(before) ? 'info' : severity;
};

/**
 * Whether a span lies inside a title mark of the same line (《天朝的崩溃》): a published work's
 * title is its author's wording, quoted, not the account's.
 */
function insideBookTitle(text: string, span: { start: number; end: number }): boolean {
  const open = text.lastIndexOf('《', span.start);
  if (open < 0 || /[》\n]/.test(text.slice(open + 1, span.start))) return false;
  const close = text.indexOf('》', span.end);
  return close >= 0 && !/[《\n]/.test(text.slice(span.end, close));
}

export const checkPolitical: GateCheck = (ctx) => {
  const text = ctx.doc.text;
  // The proximity rule reads a window, not the list: a place named 中国香港, 中国台湾 is told as
  // part of China, so a list of countries near it does not take it in (其中来自中国香港、中国澳门的
  // 游客…，韩国、新加坡等国家游客…). An enumeration that does (findRegionsListedAsCountries) still counts.
  const findings = lexiconFindings(ctx, 'political', regradeSeparatism)
    .filter(
      (f) =>
        f.rule !== 'political.hmt-listed-as-country' ||
        (text.slice(Math.max(0, f.start - 2), f.start) !== '中国' && !namedAsRegion(text, f.end)),
    )
    .map((f) =>
      f.rule === 'political.formulation' && insideBookTitle(text, f)
        ? { ...f, severity: 'info' as const }
        : f,
    );
  findings.push(...patternFindings(ctx, 'political', POLITICAL_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', STEREOTYPE_PATTERNS, regradeStereotype));
  findings.push(
    ...patternFindings(ctx, 'political', ORIGIN_STEREOTYPE_PATTERNS, regradeStereotype),
  );
  findings.push(...patternFindings(ctx, 'political', GROUP_BLAME_PATTERNS, regradeStereotype));
  findings.push(...patternFindings(ctx, 'political', POLITICAL_SPORT_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', HMT_PEER_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', HMT_COUNTRY_LIST_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', POLITICAL_TERRITORY_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', REGION_NAME_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', HIRING_PATTERNS, regradeHiring));
  findings.push(...patternFindings(ctx, 'political', TRAIT_STEREOTYPE_PATTERNS, regradeStereotype));
  findings.push(...patternFindings(ctx, 'political', MOTHERHOOD_PATTERNS, regradeMotherhood));
  findings.push(...patternFindings(ctx, 'political', BODY_NAME_PATTERNS));
  findings.push(...patternFindings(ctx, 'political', MEMBER_TITLE_PATTERNS));
  findings.push(...supersededBodyNames(ctx));
  for (const span of findRegionsListedAsCountries(text)) {
    findings.push({
      gate: 'political',
      rule: 'political.hmt-listed-as-country',
      severity: 'block',
      ...span,
      message: '港澳台与外国并列时须称“国家和地区”，不得将其列为国家',
    });
  }
  for (const m of text.matchAll(BELT_ROAD_STRATEGY)) {
    findings.push({
      gate: 'political',
      rule: 'political.formulation',
      severity: 'block',
      start: m.index,
      end: m.index + m[0].length,
      message: '“一带一路”的规范表述是“倡议”，不用“战略”',
    });
  }
  for (const run of findMisorderedSequences(text)) {
    findings.push({
      gate: 'political',
      rule: 'political.formulation-order',
      severity: 'warn',
      start: run.start,
      end: run.end,
      message: `固定提法的顺序错误，规范表述为“${run.name}”`,
      suggestion: run.name,
    });
  }
  findings.push(...findFormulationIntruders(text));
  for (const hit of findStateBodyErrors(text, guardedMatches)) {
    findings.push({
      gate: 'political',
      rule: 'political.body-name',
      severity: hit.prefixedMinistry ? 'warn' : 'block',
      start: hit.start,
      end: hit.end,
      message: hit.prefixedMinistry
        ? `国务院组成部门的规范名称是“${hit.name}”，不加“国家”“国务院”`
        : `国家机关名称错误，应为“${hit.name}”`,
      suggestion: hit.name,
    });
  }
  for (const unknown of findUnknownNationalBodies(ctx, STATE_BODY_STEMS))
    if (!findings.some((f) => f.start < unknown.end && f.end > unknown.start))
      findings.push(unknown);
  const errors = findDivisionErrors(
    ctx.rules.divisions,
    text,
    ctx.scan.groups.get(DIVISION_GROUPS.provinces) ?? [],
    ctx.scan.groups.get(DIVISION_GROUPS.prefectures) ?? [],
  );
  for (const error of errors) {
    const finding: GateFinding = {
      gate: 'political',
      rule: 'political.division-hierarchy',
      severity: 'block',
      start: error.start,
      end: error.end,
      message: error.message,
    };
    if (error.suggestion) finding.suggestion = error.suggestion;
    findings.push(finding);
  }
  findings.push(...findLeaderAnniversaries(text, ctx.rules.asOf));
  findings.push(
    ...findMisplacedPlaces(
      ctx.rules.divisions,
      text,
      ctx.scan.groups.get(DIVISION_GROUPS.prefectures) ?? [],
    ),
  );
  findings.push(
    ...findCountySuffixErrors(
      ctx.rules.divisions,
      text,
      ctx.scan.groups.get(DIVISION_GROUPS.provinces) ?? [],
    ),
  );
  findings.push(
    ...findOwnProvinceListErrors(
      ctx.rules.divisions,
      text,
      ctx.scan.groups.get(DIVISION_GROUPS.provinces) ?? [],
    ),
  );
  return findings.map((f) =>
    f.severity !== 'info' &&
    !f.inSource &&
    (quotedAsWrong(text, f) ||
      forbiddenByStyleRule(text, f) ||
      (f.rule === 'political.territory-name' && reportedForeignName(text, f)))
      ? { ...f, severity: 'info' }
      : f,
  );
};
