// Public money or approval made to depend on praise posted for the office: 申报企业须在本单位抖音号发布
// 不少于3条宣传我县的好评视频，方可获得补贴资格; 未转发宣传文章的合作社不予拨付奖补资金. A subsidy is
// the applicant's by the rules, not a reward for advertising the county (国办发〔2018〕123号 forbids
// forced interaction). A contest's entry rule names no subsidy, and a sentence that reports or bans
// such a demand only informs.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';

const POST = '(?:发布|发|拍摄|上传|转发|制作|推送)';
const PRAISE = '(?:好评|宣传|点赞|推介|推广|正面|赞美|夸赞|宣介)';
const PIECE = '(?:视频|短视频|文章|帖子|图文|动态|笔记|评论|作品|推文)';
/** What the office grants from public funds or by approval. */
const BENEFIT = '(?:补贴|奖补|补助|扶持|资金|贴息|验收|审批|项目)';

export const PRAISE_POST_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:须|需|必须|需要|应当?|要)[^。；！？\\n]{0,16}?${POST}[^。；！？\\n]{0,16}?${PRAISE}[^。；！？\\n]{0,8}?${PIECE}[^。；！？\\n]{0,10}?(?:方可|才能|才可以?|才予|才会|作为)[^。；！？\\n]{0,12}?${BENEFIT}|(?:未|没有|不)${POST}[^。；！？\\n]{0,12}?${PRAISE}[^。；！？\\n]{0,8}?${PIECE}[^。；！？\\n]{0,12}?(?:不予|不得|不能|取消|暂缓|暂停|停发)[^。；！？\\n]{0,8}?${BENEFIT}`,
      'g',
    ),
    message: '以发布好评、宣传内容作为享受补贴、奖补等的条件，属强制互动（国办发〔2018〕123号）',
  },
]);

const NOT_A_DEMAND =
  /形式主义|典型问题|(?<![将会要])被通报|查处|纠治|整治|严禁|禁止|不得(?:以|将|把|要求)|自愿|不强制|杜绝|反对|防止|避免/;

export const regradePraisePost: Regrade = (span, severity, ctx): Severity => {
  const [from, to] = sentenceAround(ctx.doc.text, span.start, span.end, SENTENCE_END);
  return NOT_A_DEMAND.test(ctx.doc.text.slice(from, to)) ? 'info' : severity;
};
