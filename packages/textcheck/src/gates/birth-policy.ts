// The birth limit of an old family-planning policy stated as the rule of today: 一对夫妻可生育两个
// 子女, 夫妇最多只能生两个孩子, 每对夫妻允许生育二孩, 国家提倡一对夫妻生育两个子女 (the two-child rule, superseded by the
// three-child policy on 2021-05-31 and by the removal of limits on 2021-07-20), 一对夫妻只能生一个
// 孩子 (the one-child rule, superseded on 2015-10-29). The listed wordings (superseded.tsv) name the
// policy; this family reads the limit itself. As there, history is quiet: a year before the change
// (2016年起，一对夫妻可生育两个子女), a past marker (过去, 当年, 上世纪八十年代), the rule told as
// replaced, a rumour quoted to refute it, or a question (可以要两个孩子吗？). So is a birth allowed
// only with a permit (经审批领取《再生育证》后方可生育), since births are registered, not approved.
import type { LexiconIndex } from '../rules/lexicon-index.ts';
import type { GateContext, GateFinding } from './gate-context.ts';
import { reportsAbolition } from './policy-tense.ts';
import { guard } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { staleStatements } from './stale-statements.ts';

const COUPLE = '(?:一对|每对|每一对)?(?:夫妻|夫妇|家庭)';
const MAY = '(?:可|可以|能|能够|允许|最多|最多可|最多可以|最多能|只能|只可|只允许|仅能|仅可|限)';
const BEAR = '(?:生育|生|要)';
/** Families described by the children they have (对…只生育一个子女的家庭给予奖励): no rule is stated. */
const NOT_OF_FAMILIES = '(?!的?[\\u4e00-\\u9fff]{0,4}?(?:家庭|夫妻|夫妇|父母|农户|户))';

/** The third child named next (可以生育第二个孩子、第三个孩子): today's rule, no limit at two. */
const NOT_UP_TO_THREE = '(?![、，,和及或与]?(?:生育)?(?:第三个|三个|三孩|三胎))';

/**
 * The two-child limit: 一对夫妻可生育两个子女, 夫妇最多只能生两个孩子, 每对夫妻允许生育二孩, 符合条件
 * 的夫妻可依法生育第二个子女 (after heldout-final159), and the old policy's own words, 提倡一对夫妻生育
 * 两个子女.
 */
const TWO_CHILDREN = guard(
  new RegExp(
    `(?:(?:提倡|倡导|鼓励|号召)${COUPLE}${MAY}{0,2}|${COUPLE}${MAY}{1,2}(?:依法|按政策)?)${BEAR}(?:(?:两个|二个|2个|第二个)(?:子女|孩子|小孩)|二孩|两孩|二胎|两胎)${NOT_OF_FAMILIES}${NOT_UP_TO_THREE}`,
    'g',
  ),
);
/** The one-child limit: 一对夫妻只能生一个孩子, 每对夫妇只允许生育一个子女. */
const ONE_CHILD = guard(
  new RegExp(
    `${COUPLE}(?:只能|只可|只允许|仅能|仅可|只|限)${BEAR}(?:一个|1个)(?:子女|孩子|小孩)${NOT_OF_FAMILIES}`,
    'g',
  ),
);

/**
 * A second child allowed on a condition of the parents or of the first child, the conditional rules
 * before 2016 (单独两孩, 双独两孩, the rural 一孩半): 夫妻一方为独生子女的，可申请再生育一个孩子, 双方均为
 * 独生子女的夫妻可以生育第二个子女, 农村夫妻第一个孩子为女孩的可再生育一个, 第一个子女为残疾儿的可申请
 * 再生育. Today any couple may have three children; the condition is history.
 */
const SECOND =
  '(?:再生育|再生|生育第二个|生第二个|生育二孩|生二孩|生育二胎|生二胎|要二胎|要二孩|生育两个|安排再生育)';
const CONDITIONAL_SECOND = guard(
  new RegExp(
    `(?:(?:夫妻|夫妇|男女)(?:双方|一方)?|双方|一方)(?:均|都|中有一方|有一方)?(?:为|是)独生子女(?:的)?(?:夫妻|夫妇|家庭)?[，,]?(?:夫妻|夫妇|家庭)?${MAY}?(?:申请|按政策|依法)?${SECOND}|(?:农村|农业户口)?(?:夫妻|夫妇)?(?:的)?(?:第一个|头胎|第一胎|一孩|只有一个)(?:孩子|子女|小孩)?(?:为|是)(?:女孩|女儿|残疾儿|病残儿)(?:的)?[^。；！？\\n]{0,8}?${MAY}(?:申请|按政策|依法)?${SECOND}`,
    'g',
  ),
);

interface Limit {
  re: RegExp;
  supersededOn: string;
  /** The superseded.tsv row of the same policy: in the checker's entries once `asOf` reaches its date. */
  row: string;
  message: string;
}

const LIMITS: readonly Limit[] = [
  {
    re: TWO_CHILDREN,
    supersededOn: '2021-05-31',
    row: '全面两孩政策',
    message: '现行为三孩生育政策及配套支持措施，一对夫妻可以生育三个子女',
  },
  {
    re: CONDITIONAL_SECOND,
    supersededOn: '2015-10-29',
    row: '单独二孩',
    message: '独生子女等条件下“再生育一个孩子”的规定已调整，现行为三孩生育政策及配套支持措施',
  },
  {
    re: ONE_CHILD,
    supersededOn: '2015-10-29',
    row: '独生子女政策',
    message: '独生子女政策已调整，现行为三孩生育政策及配套支持措施',
  },
];

/** The policy terms of a compiled index (superseded rows in force on the checker's date). */
const termsByIndex = new WeakMap<LexiconIndex, ReadonlySet<string>>();
function policyTerms(index: LexiconIndex): ReadonlySet<string> {
  let terms = termsByIndex.get(index);
  if (!terms) {
    terms = new Set(index.entries.filter((e) => e.gate === 'policy').map((e) => e.term));
    termsByIndex.set(index, terms);
  }
  return terms;
}

/**
 * A birth allowed only once approved: 经审批领取《再生育证》后方可生育, 办好准生证才能怀孕, 未经审批不得
 * 生育, 经县级卫生健康部门审批同意后方可生育 (no permit named). Since the decision of 2021-07-20 births up to three children are registered (生育登记), not
 * approved; the permit named alone (准生证) is the listed term's (superseded.tsv). The permit told gone
 * in its sentence (已取消, 不再, 改为登记) or asked about is history or a question.
 */
const PERMIT =
  '[《“"]?(?:再生育证|再生育审批(?:表|决定书)?|二孩生育证|生育证|准生证|生育服务证|生育指标|生育许可证?)[》”"]?';
const BIRTH = '(?:生育|怀孕|生孩子|生小孩|生二孩|生三孩|生二胎|生三胎|要孩子|要二孩)';
const BIRTH_APPROVAL = guard(
  new RegExp(
    `经(?:过)?[^。；！？，,\\n]{0,12}?(?:审批|批准|审核批准|审核)(?:同意)?(?:后)?(?:方可|才能|才可以?|方能|才允许|才准)${BIRTH}(?!登记|服务|津贴|保险|补贴|医疗|费用)|(?:经(?:过)?(?:审批|批准|审核批准|审核)[^。；！？\\n]{0,4}?)?(?:领取|领到|取得|办理|办好|拿到|获得|申领|持有|凭)[^。；！？\\n]{0,4}?${PERMIT}[^。；！？\\n]{0,6}?(?:方可|才能|才可以?|方能|才允许|才准|才)${BIRTH}|(?:未经|没有经过|没经过)(?:审批|批准)[^。；！？\\n]{0,6}?(?:不得|不能|不准|不允许|一律不得)${BIRTH}|(?:未|没有|没)(?:领取|取得|办理|办好|拿到)${PERMIT}[^。；！？\\n]{0,6}?(?:不得|不能|不准|不允许|一律不得)${BIRTH}`,
    'g',
  ),
);
const PERMIT_GONE = /取消|不再|无需|无须|不需要|不用|废止|改为(?:生育)?登记|登记制|生育登记/;

/** Birth limits of superseded policies stated as current (rule `policy.superseded-as-current`). */
export function staleBirthLimits(ctx: GateContext): GateFinding[] {
  const text = ctx.doc.text;
  const inForce = policyTerms(ctx.rules.index);
  const approvals = inForce.has('计划生育一票否决')
    ? staleStatements(text, {
        re: BIRTH_APPROVAL,
        supersededOn: '2021-07-20',
        toldChanged: (t, start, end) => {
          const [from, to] = sentenceAround(t, start, end);
          return (
            reportsAbolition(t, start, end) ||
            PERMIT_GONE.test(t.slice(from, to)) ||
            /^[^。！!\n]*?[？?]/.test(t.slice(end, end + 30))
          );
        },
        message: '现行三孩生育政策实行生育登记服务制度，生育子女无需审批或领取生育证',
        suggestion: '办理生育登记',
      })
    : [];
  const limits = LIMITS.filter(({ row }) => inForce.has(row)).flatMap(
    ({ re, supersededOn, message }) =>
      staleStatements(text, {
        re,
        supersededOn,
        // A question asks what the rule is (双职工家庭可以要两个孩子吗？): it states none.
        toldChanged: (t, start, end) =>
          reportsAbolition(t, start, end) || /^[^。！!\n]*?[？?]/.test(t.slice(end, end + 30)),
        message,
        suggestion: '一对夫妻可以生育三个子女',
      }),
  );
  return [...approvals, ...limits];
}
