// Family of the coercion gate: people organised to attend or take part in an activity — a film, a
// hall, an online quiz — with a charge, a head count or a full turnout imposed and the result tied
// to an appraisal or a public notice (组织全体学生购票观影，每生25元，观影情况将计入学生综合素质评价;
// 组织辖区居民到馆参观，每个社区每月不少于200人次，参观人数将纳入社区年度考核; 组织全体党员登录平台
// 答题，参与率须达到100%…参与情况将在全市范围内通报). What it leaves: an invitation with no tie
// (欢迎市民到馆参观，每人票价25元), a turnout reported as done (参与率达到100%), and a tie refused
// (不纳入考核, 不作为评价依据).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Who is organised: pupils, residents, members, staff. */
const WHOM =
  '(?:学生|中小学生|师生|家长|居民|村民|市民|群众|职工|员工|干部|党员|教职工|团员|少先队员|志愿者)';
/** Being organised to attend: 组织全体学生购票观影, 组织辖区居民到馆参观. */
const ORGANISED = `(?:组织|动员|安排|要求|发动)[^。；;！!？?\\n]{0,8}?${WHOM}[^。；;！!？?\\n]{0,10}?(?:购票|买票|观影|观看|收看|参观|到馆|到场|参加|参与|听讲|登录|答题)`;
/** The charge or count imposed: 每生25元, 每个社区每月不少于200人次. */
const IMPOSED =
  '(?:(?:每生|每人|每名学生|每位学生)[0-9０-９一二三四五六七八九十百]+元|(?:每个|每一个|各)(?:社区|村|单位|学校|班级|街道|部门)[^。；;！!？?\\n，,]{0,4}?(?:不少于|不低于|至少|不得少于)[0-9０-９一二三四五六七八九十百千]+(?:人次|人|名))';
/** The result tied to a review: 观影情况将计入学生综合素质评价, 参观人数将纳入社区年度考核. */
const TIED =
  '(?:情况|人数|人次|次数|率)(?:将|均|一律|要)?(?<!不)(?:计入|纳入|列入|作为|与)[^。；;！!？?\\n]{0,14}?(?:考核|综合素质评价|素质评价|评价|绩效|评优|评先|考评|学分|奖惩|挂钩)';

export const ATTENDANCE_QUOTA_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${ORGANISED}[^\\n]{0,20}?(?<span>${IMPOSED}[^\\n]{0,30}?${TIED})(?![^。；;！!？?\\n]{0,4}(?:依据)?(?:不|无关))`,
      'g',
    ),
    message: '组织群众、学生参加活动并规定费用或人数，且与考核、评价挂钩，属变相强制',
  },
  {
    // A full turnout demanded of those organised (参与率须达到100%, 参赛率必须达100%), with a notice
    // or review after it in the same paragraph.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${ORGANISED}[^\\n]{0,20}?(?<span>(?:参与|参赛|参学|答题|观看|收看|注册|关注|下载|登录|参加|到场|完成)率(?:须|必须|务必|要|要求|需|应|确保)(?:达到|达|为)?(?:100|百分之百)%?[^\\n]{0,40}?(?:(?:通报|排名|考核|绩效|评优|评先|考评|问责|约谈)[^。；;！!？?\\n，,]{0,4}))`,
      'g',
    ),
    message: '组织参与网上答题、活动并要求参与率达到100%，以通报、考核施压，属强制参与',
  },
]);
