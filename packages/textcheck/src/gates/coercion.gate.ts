// Coercion gate (MON-4): forcing the public, students or staff to download, install, register,
// follow, like, share, vote or clock in — a compulsion marker or a withheld service next to the
// action, and a sanction or tracking (考核, 评优, 通报, 排名, 截图上报, 暂停办理). A combination's
// finding runs to the end of its clause, and a penalty's from the start of its sentence, so it
// covers the whole coercive demand.
import type { GateCheck, GateFinding } from './gate-context.ts';
import { keepAskedAsInfo } from './coercion-asked.ts';
import { keepRepostTagAsInfo } from './coercion-repost-tag.ts';
import {
  BENEFIT_REVIEW_PATTERNS,
  regradeTrainingSubsidy,
  TRAINING_SUBSIDY_PATTERNS,
} from './coercion-benefit-review.ts';
import { CHANNEL_PATTERNS } from './coercion-channel.ts';
import { EVENT_ENTRY_PATTERNS, regradeEventEntry } from './coercion-event-entry.ts';
import { UNLOCK_PATTERNS } from './coercion-unlock.ts';
import {
  COERCION_PATTERNS,
  regradeCoercion,
  REPORTED_BY_SOMEONE,
  SANCTION_RULE,
} from './coercion-patterns.ts';
import { PRAISE_POST_PATTERNS, regradePraisePost } from './coercion-praise-posts.ts';
import { FORFEIT_PATTERNS, regradeForfeit } from './coercion-forfeit.ts';
import { TALLY_SANCTION_PATTERNS } from './coercion-tally-sanction.ts';
import { RANKED_READS_PATTERNS } from './coercion-ranked-reads.ts';
import { RECRUIT_QUOTA_PATTERNS } from './coercion-recruit-quota.ts';
import { PURCHASE_QUOTA_PATTERNS } from './coercion-purchase-quota.ts';
import { SCORE_SANCTION_PATTERNS } from './coercion-score-sanction.ts';
import { APPRAISAL_SANCTION_PATTERNS } from './coercion-appraisal-sanction.ts';
import { SUBSCRIPTION_PATTERNS } from './coercion-subscription.ts';
import { ATTENDANCE_QUOTA_PATTERNS } from './coercion-attendance-quota.ts';
import { lexiconFindings, type Regrade } from './lexicon-findings.ts';
import { extendToClause, patternFindings } from './pattern-findings.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

const CLAUSE_END = /[。；;！!？?\n]/;
const MAX_EXTENSION = 40;

/** A penalty's finding starts where its sentence does: the demand it enforces comes first. */
function fromSentenceStart(text: string, finding: GateFinding): GateFinding {
  const [from] = sentenceAround(text, finding.start, finding.end, SENTENCE_END);
  return { ...finding, start: from };
}

/**
 * A listed demand (转发截图上报) in a sentence that reports or forbids it (有家长反映，个别学校要求…转发截图
 * 上报; 有群众通过12345热线反映…要求村民…投票并截图上报) or that tells a fraudster's demand (有不法分子冒充…工作人员，要求…点击不明链接) only informs,
 * as the gate's patterns do. Not the anti-fraud frame: an office pressing its residents to install
 * the 反诈 APP is the commonest coercion; nor a project's kind (土地整治, 环境整治优秀案例评选).
 */
const MENTIONED = new RegExp(
  `${REPORTED_BY_SOMEONE.source}|${/严禁|禁止|不得(?:强制|强迫|要求|将)|杜绝|形式主义|查处|纠治|(?<![地境居合道容山])整治|(?:不法分子|犯罪分子|骗子|诈骗分子)(?:冒充|假冒|谎称)/.source}`,
);
const regradeCoercionMention: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  if (severity === 'info') return severity;
  const [from, to] = sentenceAround(text, span.start, span.end, SENTENCE_END);
  return MENTIONED.test(text.slice(from, to)) ? 'info' : severity;
};

export const checkCoercion: GateCheck = (ctx) => {
  const proximityIds = new Set(ctx.rules.proximity.map((r) => r.id));
  const text = ctx.doc.text;
  return keepRepostTagAsInfo(
    text,
    keepAskedAsInfo(
      text,
      withRankedDemands(text, [
        ...lexiconFindings(ctx, 'coercion').map((hit) => {
          const f = { ...hit, severity: regradeCoercionMention(hit, hit.severity, ctx) };
          return proximityIds.has(f.rule) ? extendToClause(text, f, CLAUSE_END, MAX_EXTENSION) : f;
        }),
        ...patternFindings(ctx, 'coercion', COERCION_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(
            text,
            f.rule === SANCTION_RULE ? fromSentenceStart(text, f) : f,
            CLAUSE_END,
            MAX_EXTENSION,
          ),
        ),
        ...patternFindings(ctx, 'coercion', BENEFIT_REVIEW_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, fromSentenceStart(text, f), CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', TRAINING_SUBSIDY_PATTERNS, regradeTrainingSubsidy).map(
          (f) => extendToClause(text, fromSentenceStart(text, f), CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', CHANNEL_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', EVENT_ENTRY_PATTERNS, regradeEventEntry).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', UNLOCK_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', PRAISE_POST_PATTERNS, regradePraisePost).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', TALLY_SANCTION_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', RECRUIT_QUOTA_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', PURCHASE_QUOTA_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', RANKED_READS_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', SCORE_SANCTION_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', APPRAISAL_SANCTION_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', SUBSCRIPTION_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', ATTENDANCE_QUOTA_PATTERNS, regradeCoercion).map((f) =>
          extendToClause(text, f, CLAUSE_END, MAX_EXTENSION),
        ),
        ...patternFindings(ctx, 'coercion', FORFEIT_PATTERNS, regradeForfeit).map((f) =>
          extendToClause(text, fromSentenceStart(text, f), CLAUSE_END, MAX_EXTENSION),
        ),
      ]),
    ),
  );
};

/** The proximity rule of an interaction's count ranked or tied to an appraisal. */
const RANKED_RULE = 'coercion.interaction-ranked';

/**
 * A count ranked or tied to an appraisal (关注人数将作为年度评估的参考依据) enforces the demand before it
 * in its sentence (组织全体员工关注…并点赞、转发): where no other finding reports that demand, the
 * ranking's finding starts where the sentence does and carries it.
 */
function withRankedDemands(text: string, findings: GateFinding[]): GateFinding[] {
  return findings.map((f) => {
    if (f.rule !== RANKED_RULE || f.severity === 'info') return f;
    const [from, to] = sentenceAround(text, f.start, f.end, SENTENCE_END);
    const demandReported = findings.some(
      (g) => g !== f && g.severity !== 'info' && g.start < to && g.end > from,
    );
    return demandReported ? f : { ...f, start: from };
  });
}
