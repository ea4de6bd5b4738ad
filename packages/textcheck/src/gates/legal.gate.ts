// Legal gate (法律关): pornography, gambling, drugs, fraud, violence, illegal sites, "犯罪分子"
// before judgement, identity of minors in criminal cases.
import { isSuspiciousHost } from '../rules/patterns/suspicious-host.ts';
import { isDrugHost } from './drug-host.ts';
import { isPhishingHost } from './legal-phishing-host.ts';
import { findUrls } from '../rules/patterns/url.ts';
import type { GateCheck, GateContext, GateFinding } from './gate-context.ts';
import {
  advisedInClause,
  genericOffenders,
  namesCrime,
  offeredInClause,
  reportedCase,
} from './legal-framing.ts';
import {
  RECIPE_PATTERNS,
  regradeAdvice,
  SELF_MEDICATION_PATTERNS,
} from './legal-advice-patterns.ts';
import {
  COMPANION_PATTERNS,
  LEGAL_LURE_PATTERNS,
  POPPY_SALE_PATTERNS,
  poppySaleReported,
  regradeCompanion,
} from './legal-lure-patterns.ts';
import { DRUG_HOWTO_PATTERNS, regradeDrugHowTo } from './legal-drug-howto.ts';
import { DRUG_CROP_ALLOWED_PATTERNS, regradeCropAllowed } from './legal-drug-crop-allowed.ts';
import { regradeUncertifiedInput, UNCERTIFIED_INPUT_PATTERNS } from './legal-uncertified-inputs.ts';
import { BANNED_FISHING_PATTERNS, regradeBannedFishing } from './legal-banned-fishing.ts';
import { BANNED_PESTICIDE_PATTERNS, regradeBannedPesticide } from './legal-banned-pesticides.ts';
import { CHILD_LABOUR_PATTERNS } from './legal-child-labour.ts';
import {
  OFFERED_BANNED_SERVICE_PATTERNS,
  regradeOfferedBannedService,
} from './legal-offered-banned-service.ts';
import { regradeReplicaGunSale, REPLICA_GUN_SALE_PATTERNS } from './legal-replica-gun-sale.ts';
import {
  regradeRestraintPermitted,
  RESTRAINT_PERMITTED_PATTERNS,
} from './legal-restraint-permitted.ts';
import { LEGAL_HAZARD_OFFER_PATTERNS, regradeHazard } from './legal-hazard-offer-patterns.ts';
import { CIRCUMVENTION_PATTERNS, regradeCircumvention } from './legal-circumvention.ts';
import { DRUG_ICE_OFFER_PATTERNS } from './legal-drug-ice-offer.ts';
import { GAMING_PIRACY_PATTERNS } from './legal-gaming-piracy.ts';
import { UNLAWFUL_SUPPLY_PATTERNS } from './legal-unlawful-supply.ts';
import { SELF_HELP_TRAP_PATTERNS } from './legal-self-help-traps.ts';
import {
  ENDORSED_ABUSE_PATTERNS,
  ENDORSED_HARM_PATTERNS,
  ENDORSED_TRADE_PATTERNS,
  regradeEndorsedAbuse,
  regradeEndorsedHarm,
  regradeEndorsedTrade,
  regradeToleratedOffence,
  TOLERATED_OFFENCE_PATTERNS,
  regradeWildGame,
  WILD_GAME_PATTERNS,
} from './legal-endorsed-harm.ts';
import { EXAM_PASS_PATTERNS } from './legal-exam-pass.ts';
import { BORROWED_QUALIFICATION_PATTERNS } from './legal-borrowed-qualification.ts';
import { CRACKED_SOFTWARE_PATTERNS, regradeCrackedSoftware } from './legal-cracked-software.ts';
import { EXPLICIT_ACT_PATTERNS } from './legal-explicit-acts.ts';
import { GORE_FOOTAGE_PATTERNS, regradeGoreFootage } from './legal-gore-footage.ts';
import { ONLINE_LOTTERY_PATTERNS, regradeOnlineLottery } from './legal-online-lottery.ts';
import { LEGAL_SERVICE_SCAM_PATTERNS } from './legal-service-scam-patterns.ts';
import { LOAN_FEE_PATTERNS } from './legal-loan-fee.ts';
import { MATCH_BETTING_PATTERNS, regradeMatchBetting } from './legal-match-betting.ts';
import { GAMBLING_PLATFORM_PATTERNS } from './legal-gambling-platform.ts';
import { BANNED_ADDITIVE_PATTERNS } from './legal-banned-additive.ts';
import {
  regradeStakePermitted,
  regradeUnpunished,
  STAKE_PERMITTED_PATTERNS,
  STAKE_UNPUNISHED_PATTERNS,
} from './legal-stake-permitted.ts';
import { CHEAT_SOFTWARE_PATTERNS, regradeCheatSoftware } from './legal-cheat-software.ts';
import { PAID_FAVOUR_PATTERNS } from './legal-paid-favour.ts';
import { LEGAL_PATTERNS } from './legal-patterns.ts';
import { GORE_PATTERNS } from './legal-violence-patterns.ts';
import { UNMASKED_FOOTAGE_PATTERNS } from './legal-unmasked-footage.ts';
import { BUSINESS_LINE_PATTERNS } from './legal-business-lines.ts';
import {
  LEGAL_SCHEME_PATTERNS,
  NO_PRESCRIPTION_PATTERNS,
  noPrescriptionOffer,
  THREAT_PATTERNS,
} from './legal-scheme-patterns.ts';
import { INCITEMENT_PATTERNS, SUSPECT_PATTERNS } from './legal-statement-patterns.ts';
import { THEFT_METHOD_PATTERNS } from './legal-theft-method.ts';
import { CHEAT_ADVICE_PATTERNS, regradeCheatAdvice } from './legal-cheat-advice.ts';
import { ASSET_SHIELDING_PATTERNS } from './legal-asset-shielding.ts';
import { regradeUnmaskedContact, UNMASKED_CONTACT_PATTERNS } from './legal-unmasked-contact.ts';
import { EVASION_METHOD_PATTERNS } from './legal-evasion-method.ts';
import {
  EXPROPRIATION_PRESSURE_PATTERNS,
  HIRED_PRESSURE_PATTERNS,
  regradeExpropriationPressure,
  regradeHiredPressure,
} from './legal-hired-pressure.ts';
import { regradeVow, VIOLENT_VOW_PATTERNS } from './legal-violent-vows.ts';
import {
  APPLAUDED_BEATING_PATTERNS,
  PRIVATE_PUNISHMENT_PATTERNS,
  HELD_FOR_FINE_PATTERNS,
  regradeHeldForFine,
  RULED_PUNISHMENT_PATTERNS,
} from './legal-private-punishment.ts';
import { lexiconFindings, type Regrade } from './lexicon-findings.ts';
import { hiddenInPage, metaSegment, regradeMention } from './mention-regrade.ts';
import { findGamblingAnchors, findGamblingLinks } from './gambling-link.ts';
import { findMinorBracketedSchool } from './minor-bracketed-school.ts';
import { findMinorByClass } from './minor-class-identity.ts';
import { findMinorIdentity } from './minor-identity.ts';
import { findMinorBySchool } from './minor-school-name.ts';
import { findVictimRelatives } from './minor-victim-relative.ts';
import { patternFindings } from './pattern-findings.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';
import { regradeToleratedWrong, TOLERATED_WRONG_PATTERNS } from './legal-tolerated-wrongs.ts';
import { insideQuotes } from './opinion-reported.ts';

/**
 * Mentioned terms inform; so do terms inside an anti-fraud or anti-drug warning. A threat spoken
 * to someone (弄死你) is never a mere mention, even beside 举报 or 报警, nor is text a page hides.
 */
const regradeLegal: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (severity === 'info' || text.slice(span.start, span.end).includes('你')) return severity;
  if (hiddenInPage(ctx, span)) return severity;
  if (offeredInClause(text, span)) return severity;
  const meta = metaSegment(ctx, span);
  if (
    meta
      ? inWarningFrame(
          text.slice(meta.start, meta.end),
          span.start - meta.start,
          span.end - meta.start,
        )
      : inWarningFrame(text, span.start, span.end)
  )
    return 'info';
  return advisedInClause(text, span) ? severity : regradeMention(span, severity, ctx);
};

/**
 * A deadly trap given as advice (可在田边私拉电网进行防范) names what it guards against (防范, 防野猪),
 * which the mention regrade reads as a warning word: only a warning frame makes it a mention.
 */
const regradeTrapAdvice: Regrade = (span, severity, ctx) =>
  severity !== 'info' && inWarningFrame(ctx.doc.text, span.start, span.end) ? 'info' : severity;

/**
 * Free viewing of films still in cinemas or behind a paywall (免费看最新院线大片, 无需会员追热播剧)
 * is piracy when a site is given for it; a public screening names no website.
 */
const FREE_FILM =
  /(?:免费|无需会员|免会员|不用会员|不要会员|VIP免费|vip免费)[^。；！？\n]{0,8}?(?:看|观看|追|下载|播放|在线看)[^。；！？\n]{0,6}?(?:院线|热映|首映|新上映|上映中|枪版|抢先版|大片|热播剧|全集|VIP|vip|会员(?:剧|片|专享)|最新(?:电影|电视剧|影视|剧集|美剧|韩剧))/g;
const PIRACY_REACH = 40;
/**
 * Films sent to a site named in quotes for free full viewing (可在“片库网”在线免费观看高清完整版, 上“某某
 * 影院”免费看全集): an unlicensed streaming site, since licensed platforms charge for new films. The
 * official and public platforms (央视频, 学习强国, 国家中小学智慧教育平台) are not such sites.
 */
const NAMED_FREE_SITE =
  /(?:在|到|上|登录|搜索|打开)[“"「](?<site>[^“”"「」\n，,。]{1,8}?(?:网|影院|影视|视频|TV|tv|电影|剧场|资源站))[”"」](?:上|里)?(?:在线)?免费(?:观看|看|下载|收看|播放)[^。；！？\n]{0,4}?(?:高清|完整版|全集|无删减|蓝光|超清)/g;
const PUBLIC_PLATFORM = /央视|CCTV|学习强国|智慧教育|国家|人民|新华|官方|中国/;

function findPiracyOffers(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  const urls = findUrls(text).filter((u) => !/\.gov\.cn$|\.edu\.cn$/.test(u.hostname));
  const out: GateFinding[] = [];
  for (const m of text.matchAll(FREE_FILM)) {
    const end = m.index + m[0].length;
    const url = urls.find((u) => u.start < end + PIRACY_REACH && u.end > m.index - PIRACY_REACH);
    if (!url) continue;
    const span = { start: Math.min(m.index, url.start), end: Math.max(end, url.end) };
    out.push({
      gate: 'legal',
      rule: 'legal.illegal',
      severity: regradeLegal(span, 'block', ctx),
      ...span,
      message: '提供免费观看院线、付费影视的网站，涉嫌传播盗版内容',
    });
  }
  for (const m of text.matchAll(NAMED_FREE_SITE)) {
    if (PUBLIC_PLATFORM.test(m.groups?.['site'] ?? '')) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({
      gate: 'legal',
      rule: 'legal.illegal',
      severity: regradeLegal(span, 'warn', ctx),
      ...span,
      message: '引导到非正规网站免费观看影视完整版，涉嫌传播盗版内容',
    });
  }
  return out;
}

/**
 * After a judgement (判处, 有期徒刑, 宣判 …) an offender may be called a criminal; a judgement still
 * to come (择期宣判, 尚未判决) is none. A sentence being served — a hearing on its reduction or on
 * parole (对罪犯王某某等12人减刑、假释案件进行公开开庭审理, after heldout-final102), execution outside
 * prison, community correction — follows a judgement too.
 */
const JUDGED =
  /判处|(?<!择期|定期|尚未|未|待|将)宣判|有期徒刑|无期徒刑|死刑|(?<!尚未|未|未经|待|等待)判决|服刑|定罪|罪名成立|减刑|假释|暂予监外执行|刑罚执行|刑满释放|改造表现/;
const regradeJudged: Regrade = (_span, severity, ctx) =>
  JUDGED.test(ctx.doc.text) ? 'info' : severity;

/**
 * The legal findings of one check, kept while its context lives: the hijack gate reads them too
 * (a visible gambling ad), and the legal gate's searches need not run twice.
 */
const findingsByContext = new WeakMap<GateContext, GateFinding[]>();

/**
 * A gambling, porn or fraud site named right before its address: 涉案赌博网站为, 诈骗平台网址：, also
 * with the site's name between (境外赌博网站“金沙娱乐”（www.…）).
 */
const NAMED_CASE_SITE =
  /(?:赌博|博彩|涉赌|色情|涉黄|淫秽|诈骗|涉诈|钓鱼|虚假投资)(?:类)?(?:网站|网址|平台|APP|app)(?:[“"「][^”"」。；\n]{1,12}[”"」])?(?:的)?(?:网址|域名|地址|链接)?(?:为|是|系|[：:])?\s*[“"「（(]?$/;
const CASE_SITE_REACH = 28;

/** An address given unmasked as the site of a case (not www.js88**.com): it spreads the site. */
function unmaskedCaseSite(text: string, span: { start: number; end: number }): boolean {
  return (
    !/[*＊×]{2,}|[xX]{3,}/.test(text.slice(span.start, span.end)) &&
    NAMED_CASE_SITE.test(text.slice(Math.max(0, span.start - CASE_SITE_REACH), span.start))
  );
}

/** A casino brand in quotation marks, then its site's address in brackets: “金沙娱乐城”网站（www.…）. */
const BRAND_BEFORE_SITE = /[”"」](?:网站|网址|平台|官网)?[（(]\s*$/;

/** An address given unmasked right after a quoted casino brand (not www.js88**.vip). */
function unmaskedBrandSite(text: string, span: { start: number; end: number }): boolean {
  const site = text.slice(span.start, span.end);
  return (
    /^(?:https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}/i.test(site) &&
    !/[*＊×]{2,}|[xX]{3,}/.test(site) &&
    BRAND_BEFORE_SITE.test(text.slice(Math.max(0, span.start - 6), span.start))
  );
}

export const checkLegal: GateCheck = (ctx) => {
  let findings = findingsByContext.get(ctx);
  if (!findings) findingsByContext.set(ctx, (findings = legalFindings(ctx)));
  return findings;
};

function legalFindings(ctx: GateContext): GateFinding[] {
  const findings = lexiconFindings(ctx, 'legal', regradeLegal).filter(
    (f) =>
      f.rule !== 'legal.suspect-called-criminal' ||
      (!genericOffenders(ctx.doc.text, f.start, f.end) && !namesCrime(ctx.doc.text, f.end)),
  );
  findings.push(...patternFindings(ctx, 'legal', LEGAL_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', LEGAL_LURE_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', LOAN_FEE_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', ONLINE_LOTTERY_PATTERNS, regradeOnlineLottery));
  findings.push(...patternFindings(ctx, 'legal', COMPANION_PATTERNS, regradeCompanion));
  findings.push(
    ...patternFindings(ctx, 'legal', POPPY_SALE_PATTERNS, (span, severity, c) =>
      poppySaleReported(c.doc.text, span) ? 'info' : regradeLegal(span, severity, c),
    ),
  );
  findings.push(...patternFindings(ctx, 'legal', GORE_PATTERNS, regradeMention));
  findings.push(...patternFindings(ctx, 'legal', UNMASKED_FOOTAGE_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', BUSINESS_LINE_PATTERNS, regradeMention));
  findings.push(...patternFindings(ctx, 'legal', SUSPECT_PATTERNS, regradeJudged));
  findings.push(...patternFindings(ctx, 'legal', INCITEMENT_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', THREAT_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', THEFT_METHOD_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', EVASION_METHOD_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', ASSET_SHIELDING_PATTERNS));
  findings.push(
    ...patternFindings(ctx, 'legal', UNMASKED_CONTACT_PATTERNS, regradeUnmaskedContact),
  );
  findings.push(...patternFindings(ctx, 'legal', LEGAL_SCHEME_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', LEGAL_SERVICE_SCAM_PATTERNS, regradeHazard));
  findings.push(...patternFindings(ctx, 'legal', LEGAL_HAZARD_OFFER_PATTERNS, regradeHazard));
  findings.push(...patternFindings(ctx, 'legal', PAID_FAVOUR_PATTERNS, regradeHazard));
  findings.push(
    ...patternFindings(ctx, 'legal', MATCH_BETTING_PATTERNS, regradeMatchBetting(regradeLegal)),
  );
  findings.push(...patternFindings(ctx, 'legal', GAMBLING_PLATFORM_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', BANNED_ADDITIVE_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', STAKE_PERMITTED_PATTERNS, regradeStakePermitted));
  findings.push(...patternFindings(ctx, 'legal', STAKE_UNPUNISHED_PATTERNS, regradeUnpunished));
  findings.push(...patternFindings(ctx, 'legal', CHEAT_SOFTWARE_PATTERNS, regradeCheatSoftware));
  findings.push(
    ...patternFindings(ctx, 'legal', NO_PRESCRIPTION_PATTERNS).filter(
      (f) =>
        !inWarningFrame(ctx.doc.text, f.start, f.end) &&
        noPrescriptionOffer(
          ctx.doc.text.slice(...sentenceAround(ctx.doc.text, f.start, f.end, SENTENCE_END)),
        ),
    ),
  );
  findings.push(...patternFindings(ctx, 'legal', RECIPE_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', EXPLICIT_ACT_PATTERNS));
  findings.push(...patternFindings(ctx, 'legal', DRUG_HOWTO_PATTERNS, regradeDrugHowTo));
  findings.push(...patternFindings(ctx, 'legal', SELF_MEDICATION_PATTERNS, regradeAdvice));
  findings.push(...patternFindings(ctx, 'legal', DRUG_CROP_ALLOWED_PATTERNS, regradeCropAllowed));
  findings.push(
    ...patternFindings(ctx, 'legal', UNCERTIFIED_INPUT_PATTERNS, regradeUncertifiedInput),
  );
  findings.push(...patternFindings(ctx, 'legal', BANNED_FISHING_PATTERNS, regradeBannedFishing));
  findings.push(
    ...patternFindings(ctx, 'legal', BANNED_PESTICIDE_PATTERNS, regradeBannedPesticide),
  );
  findings.push(...patternFindings(ctx, 'legal', CHILD_LABOUR_PATTERNS, regradeLegal));
  findings.push(
    ...patternFindings(ctx, 'legal', OFFERED_BANNED_SERVICE_PATTERNS, regradeOfferedBannedService),
  );
  findings.push(...patternFindings(ctx, 'legal', REPLICA_GUN_SALE_PATTERNS, regradeReplicaGunSale));
  findings.push(
    ...patternFindings(ctx, 'legal', RESTRAINT_PERMITTED_PATTERNS, regradeRestraintPermitted),
  );
  findings.push(...patternFindings(ctx, 'legal', GORE_FOOTAGE_PATTERNS, regradeGoreFootage));
  findings.push(...patternFindings(ctx, 'legal', EXAM_PASS_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', BORROWED_QUALIFICATION_PATTERNS, regradeLegal));
  findings.push(
    ...patternFindings(ctx, 'legal', CRACKED_SOFTWARE_PATTERNS, regradeCrackedSoftware),
  );
  findings.push(...patternFindings(ctx, 'legal', DRUG_ICE_OFFER_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', GAMING_PIRACY_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', UNLAWFUL_SUPPLY_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', SELF_HELP_TRAP_PATTERNS, regradeTrapAdvice));
  findings.push(...patternFindings(ctx, 'legal', ENDORSED_HARM_PATTERNS, regradeEndorsedHarm));
  findings.push(...patternFindings(ctx, 'legal', ENDORSED_ABUSE_PATTERNS, regradeEndorsedAbuse));
  findings.push(...patternFindings(ctx, 'legal', ENDORSED_TRADE_PATTERNS, regradeEndorsedTrade));
  findings.push(
    ...patternFindings(ctx, 'legal', TOLERATED_OFFENCE_PATTERNS, regradeToleratedOffence),
  );
  findings.push(...patternFindings(ctx, 'legal', WILD_GAME_PATTERNS, regradeWildGame));
  findings.push(...patternFindings(ctx, 'legal', CIRCUMVENTION_PATTERNS, regradeCircumvention));
  findings.push(...patternFindings(ctx, 'legal', VIOLENT_VOW_PATTERNS, regradeVow));
  findings.push(...patternFindings(ctx, 'legal', PRIVATE_PUNISHMENT_PATTERNS, regradeLegal));
  findings.push(...patternFindings(ctx, 'legal', HELD_FOR_FINE_PATTERNS, regradeHeldForFine));
  findings.push(...patternFindings(ctx, 'legal', CHEAT_ADVICE_PATTERNS, regradeCheatAdvice));
  findings.push(...patternFindings(ctx, 'legal', TOLERATED_WRONG_PATTERNS, regradeToleratedWrong));
  findings.push(...patternFindings(ctx, 'legal', HIRED_PRESSURE_PATTERNS, regradeHiredPressure));
  findings.push(
    ...patternFindings(ctx, 'legal', EXPROPRIATION_PRESSURE_PATTERNS, regradeExpropriationPressure),
  );
  findings.push(
    ...patternFindings(ctx, 'legal', APPLAUDED_BEATING_PATTERNS, (span, severity, c) =>
      insideQuotes(c.doc.text, span) ? 'info' : severity,
    ),
  );
  findings.push(
    ...patternFindings(ctx, 'legal', RULED_PUNISHMENT_PATTERNS, (span, severity) =>
      inWarningFrame(ctx.doc.text, span.start, span.end) ? 'info' : severity,
    ),
  );
  for (let i = 0; i < findings.length; i++) {
    if (!hiddenInPage(ctx, findings[i]!)) findings[i] = reportedCase(ctx, findings[i]!);
  }
  const minors = findMinorIdentity(ctx);
  const byClass = findMinorByClass(ctx, minors);
  const bySchool = findMinorBySchool(ctx, [...minors, ...byClass]);
  findings.push(...minors, ...byClass, ...bySchool);
  findings.push(...findMinorBracketedSchool(ctx, [...minors, ...byClass, ...bySchool]));
  findings.push(...findVictimRelatives(ctx.doc.text));
  for (const span of findGamblingLinks(ctx.doc.text)) {
    // A case report may name the site, not hand out its address (境外赌博网站“金沙娱乐”（www.…）); a
    // casino brand already tells what the site is, so its address unmasked after it (原告称其在“金沙
    // 娱乐城”网站（www.js8866.vip）充值) spreads the site whatever is said of it after.
    const severity = regradeLegal(span, 'block', ctx);
    findings.push({
      gate: 'legal',
      rule: 'legal.gambling-link',
      severity:
        severity === 'info' &&
        (unmaskedCaseSite(ctx.doc.text, span) || unmaskedBrandSite(ctx.doc.text, span))
          ? 'warn'
          : severity,
      ...span,
      message: '赌博网站品牌附带网址或域名，涉赌内容',
    });
  }
  if (ctx.doc.html)
    for (const { text: span } of findGamblingAnchors(ctx.doc.source, ctx.doc.html)) {
      // A brand the pattern rules already report (威尼斯人娱乐) is one finding, not two.
      if (findings.some((f) => f.start === span.start && f.end === span.end)) continue;
      findings.push({
        gate: 'legal',
        rule: 'legal.gambling-link',
        severity: regradeLegal(span, 'block', ctx),
        ...span,
        message: '链接文字为赌博网站品牌，涉赌内容',
      });
    }
  findings.push(...findPiracyOffers(ctx));
  for (const url of findUrls(ctx.doc.text)) {
    const kind =
      ctx.rules.classifyHost(url.hostname, url.domain) ??
      (isSuspiciousHost(url.hostname) || isDrugHost(url.hostname) ? 'suspected' : undefined);
    if (!kind) {
      // A host posing as a public service or a bank (etc-rzzx.top): the link of a phishing notice.
      if (isPhishingHost(url.hostname))
        findings.push({
          gate: 'legal',
          rule: 'legal.fraud',
          severity: inWarningFrame(ctx.doc.text, url.start, url.end) ? 'info' : 'warn',
          start: url.start,
          end: url.end,
          message: '网址仿冒政务服务或金融机构，疑似钓鱼诈骗网站',
        });
      continue;
    }
    const known = kind === 'known';
    // A suspected host named in an anti-fraud or anti-gambling warning is an example, not a link.
    // But one given as the site of a gambling or fraud case (涉案赌博网站为www.…) spells out, unmasked,
    // the address a warning should hide (www.wns***.vip).
    const warned =
      !known &&
      inWarningFrame(ctx.doc.text, url.start, url.end) &&
      !offeredInClause(ctx.doc.text, url) &&
      (/[*＊×xX]{2,}/.test(ctx.doc.text.slice(url.start, url.end)) ||
        !NAMED_CASE_SITE.test(ctx.doc.text.slice(Math.max(0, url.start - 16), url.start)));
    findings.push({
      gate: 'legal',
      rule: known ? 'legal.illegal-site' : 'legal.suspected-illegal-site',
      severity: known ? 'block' : warned ? 'info' : 'warn',
      start: url.start,
      end: url.end,
      message: known ? '链接指向已知违法网站' : '链接疑似指向赌博、色情、涉毒或翻墙网站',
    });
  }
  // Whatever a page hides is spam, not a mention: a hidden legal term informs no reader.
  return findings.map((f) =>
    f.severity === 'info' && hiddenInPage(ctx, f) ? { ...f, severity: 'warn' } : f,
  );
}
