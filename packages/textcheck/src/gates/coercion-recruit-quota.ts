// Family of the coercion gate: staff made to bring in a quota of other people — relatives, friends,
// residents, pupils' parents — to an online activity, with the number tied to their appraisal
// (每名干部须邀请不少于20名亲友参与答题，参与人数将作为评优评先的重要依据; 每位党员至少发动10名群众
// 关注公众号，完成情况纳入年度考核; 各村要组织50户以上农户注册，邀请人数与绩效挂钩), or to a sanction for
// missing it (每名红十字志愿者须动员至少10名亲友登记入库，完不成任务的取消星级志愿者资格). What it leaves:
// a quota with no appraisal tied to it (每名志愿者可邀请2名家属参观), an invitation to the public
// (欢迎广大市民邀请亲友参与答题), and a tie that is refused (不作为考核依据, 不与评优挂钩). The same quota
// counted in sign-ups staff must bring in (每名员工本月须完成20户手机银行开户任务，完不成的扣减当月绩效
// 工资; 每位网格员须推广50人注册APP，未完成的扣发奖金), and a head count each unit must send to a
// voluntary activity with a sanction for falling short (志愿服务活动…每个成员单位须报满10人，未报满的单位
// 将予以通报批评): a volunteer sent under threat is no volunteer. Left: a count with no sanction
// (每个单位可推荐2名志愿者) and a business target with no sign-up in it (完成存款任务).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Who is told to bring people: a cadre, a member of staff, a unit, 全院职工, 每人. */
const WHO =
  '(?:(?:每名|每位|每个|每一名|每一位|各|全体|全院|全校|全局|全所)(?:党员)?(?:干部|职工|党员|教师|老师|员工|工作人员|村干部|网格员|公务员|班主任|同志|单位|村|社区|科室|部门|[\\u4e00-\\u9fff]{0,4}?(?:志愿者|会员|队员))|每人)';
/** Bringing a number of others: 邀请不少于20名亲友, 发动至少10名群众, 拉5个好友. */
const RECRUIT =
  '(?:须|必须|务必|要|需|需要|应|应当|至少|要求)?(?:邀请|发动|动员|拉|组织|带动|推荐)(?:不少于|不低于|至少|最少|不得少于)?[0-9０-９一二三四五六七八九十百两]+(?:名|位|个|户|人)(?:以上)?(?:的)?(?:亲友|亲戚|好友|朋友|家属|家人|群众|居民|村民|农户|市民|学生家长|家长|网友|人)';
/** The tally of those brought in, tied to appraisal. */
const TIE =
  '(?:参与|参加|邀请|发动|关注|注册|下载|答题|投票|完成)?(?:人数|数量|情况|率)(?:将|均|一律|要)?(?<!不)(?:作为|纳入|计入|列入|与)[^。；;！!？?\\n]{0,16}?(?:考核|绩效|评优|评先|考评|年终|奖惩|奖金|述职|依据|挂钩)';

/**
 * A sanction for missing the quota: 完不成任务的取消星级志愿者资格, 未完成的扣减绩效, 完成率低于80%的科室
 * 扣减当月绩效.
 */
const SANCTION =
  '(?:完不成|未完成|没完成|达不到|未达到|不达标|完成率(?:低于|不足|未达到?)[0-9０-９]+%?)(?:任务|目标|指标|数量)?(?:的|者)?[^。；;！!？?\\n]{0,6}?(?:取消|扣除|扣减|扣发|通报|问责|追责)[^。；;！!？?\\n]{0,10}?(?:资格|评优|评先|奖金|绩效|积分|星级|称号)';

/** Sign-ups staff bring in: 20户手机银行开户, 50人注册APP, 30名用户下载. */
const SIGN_UPS =
  '(?:须|必须|务必|要|需|需要|应|至少)?(?:完成|发展|拓展|推广|营销|动员|发动|邀请|组织)(?:不少于|不低于|至少|最少)?[0-9０-９一二三四五六七八九十百两]+(?:户|名|位|个|人|笔)[^。；;！!？?\\n]{0,12}?(?:开户|注册|下载|安装|绑定|激活|关注|签约|实名认证)';
/** A sanction for missing a count: 完不成的扣减当月绩效工资, 未报满的单位将予以通报批评. */
const SHORT_SANCTION =
  '(?:完不成|未完成|没完成|达不到|未达到|不达标|未报满|报不满|不足额|人数不足)(?:任务|目标|指标|数量|人数)?(?:的|者)(?:单位|部门|科室|村|社区|个人|员工|人员)?[^。；;！!？?\\n]{0,6}?(?:(?:取消|扣除|扣减|扣发|扣)[^。；;！!？?\\n]{0,10}?(?:资格|评优|评先|奖金|绩效|积分|星级|称号|工资|考核分|分)|(?:予以|给予|进行|将被|一律)?(?:通报批评|全县通报|全市通报|问责|追责|约谈))';
/** A unit told to send people: 每个成员单位, 各乡镇, 每家企业. */
const UNIT =
  '(?:每个|每家|每一个|各)[\\u4e00-\\u9fff]{0,4}?(?:单位|部门|科室|村|社区|支部|学校|企业|乡镇|街道|站所|网点)';
/** A head count a unit must send: 须报满10人, 至少选派5名, 要组织20人以上参加. */
const HEAD_COUNT =
  '(?:须|必须|务必|要|需|需要|应|应当|至少)(?:报满|报名|选派|派出|推荐|组织|抽调|动员)(?:不少于|不低于|至少|最少)?[0-9０-９一二三四五六七八九十百两]+(?:名|人|位)';

export const RECRUIT_QUOTA_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<span>${WHO}[^。；;！!？?\\n]{0,8}?${RECRUIT}[^\\n]{0,40}?(?:${TIE}|${SANCTION}))(?![^。；;！!？?\\n]{0,4}(?:不|无关))`,
      'g',
    ),
    message:
      '要求干部职工按人数发动亲友、群众参与线上活动并与考核挂钩，属强制参与（国办发〔2018〕123号）',
  },
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<span>${WHO}[^。；;！!？?\\n]{0,8}?${SIGN_UPS}[^\\n]{0,30}?${SHORT_SANCTION})`,
      'g',
    ),
    message: '给员工下达开户、注册等推广任务并对未完成者扣减绩效，属强制推广',
  },
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:志愿|自愿|义务|公益)[^\\n]{0,60}?)(?<span>${UNIT}[^。；;！!？?\\n]{0,8}?${HEAD_COUNT}[^\\n]{0,20}?${SHORT_SANCTION})`,
      'g',
    ),
    message: '对志愿、公益活动按单位摊派人数并通报批评未报满者，违背自愿原则，属强制参与',
  },
]);
