// Use of an app tallied into staff appraisal: after a demand to download, register or log in to
// study in the same paragraph, the tally is tied to a review (…下载注册“智慧教育”APP…每日登录学习
// 不少于20分钟…完成情况纳入个人年度考核; 学习时长计入绩效), also as a rate and on a named platform's
// homework (督促家长完成“安全教育平台”专题作业，班级完成率纳入班主任考核); so is an online campaign's
// (网络征集活动…每人至少提交建议2条，参与情况纳入绩效考核; 网上投票…投票情况计入年终考评; 网络竞赛…
// 参赛率将纳入单位年度目标管理考核), and those who have not done it (…注册任务…每天通报进度，未完成的纳入年度
// 考核; 没有关注的计入绩效考评), also counted by heads (after heldout-final105: 组织辖区居民参与“家庭教育
// 知识”线上答题，各社区参与人数纳入年终考核并排名通报; 答题人次计入绩效). Appraisal with
// no app in the paragraph (安全生产工作完成情况纳入年度考核) and a tally kept out of it (使用情况不纳入考核, 不与评优挂钩)
// force nothing; reports, bans and voluntary wording inform (regradeCoercion). So is an interaction
// task made a veto item (反诈APP注册推广工作实行一票否决, 公众号关注任务列为评优一票否决事项): a veto
// over a unit's whole appraisal is the sharpest tie of all. A veto with no interaction task before
// it (安全生产实行一票否决) or one refused (不搞一票否决) forces nothing.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** An interaction demanded of users: an app, an account, a check-in. */
const INTERACTION =
  '(?:下载|注册|安装|APP|app|App|客户端|小程序|公众号|视频号|打卡|点赞|转发|关注|学习强国|答题|登录学习|实名认证|(?:网络|网上|线上|在线)(?:知识)?(?:征集|投票|问卷|留言|调查|答题|竞答|竞赛)|留言征集|问卷调查|平台[”"]|专题作业)';
/** The interaction handed down as work: 推广工作, 注册任务, 关注人数, 下载率. */
const TASK_WORD = '(?:工作|任务|指标|情况|人数|数量|率|量)';
/** A veto refused or lifted right before it: 不搞, 不再实行, 取消, 免于. */
const REFUSED = '(?:不|不再|没有|取消|免于|无须|无需|废止|叫停)';
/** How far the tally may stand after it, in the same paragraph. */
const REACH = 100;

export const TALLY_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${INTERACTION}[^\\n]{0,${REACH}}?(?<span>(?:(?:完成|学习|使用|登录|下载|注册|安装|关注|打卡|答题|参与|参赛|激活|认证|观看|提交|填写|投票|留言)(?:情况|时长|次数|记录|进度|率|人数|人次|数量)|(?<![已])(?:未|没有?|不能|不)(?:按时|按期|如期|按要求)?(?:完成|下载|注册|安装|关注|转发)(?:任务)?(?:的|者)(?:单位|个人|人员|同志|干部|站所|村|部门|班级)?)[^。；;！!？?\\n，,]{0,4}?(?<!不)(?:将|要|须|一律|均|统一)?(?<!不)(?:纳入|计入|列入|作为|与)[^。；;！!？?\\n]{0,20}?(?:考核|绩效|评优|评先|考评|年终|奖惩|奖金|述职))`,
      'g',
    ),
    message: '将下载、登录学习等完成情况纳入考核，属强制使用政务APP（国办发〔2018〕123号）',
  },
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${INTERACTION}[^。；;！!？?\\n，,]{0,16}?${TASK_WORD}[^。；;！!？?\\n]{0,20}?(?<span>(?:(?:实行|实施|执行|采取|适用|纳入|列入|列为|作为)[^。；;！!？?\\n，,]{0,6}?)?[“"]?(?<!${REFUSED}(?:实行|实施|执行|采取|适用|纳入|列入|列为|作为|搞)?[“"]?)一票否决)`,
      'g',
    ),
    message: '将下载、注册、关注等互动任务实行一票否决，属强制互动（国办发〔2018〕123号）',
  },
  {
    // A dictated rating enforced on the staff: after units are told to steer citizens to “满意”, each
    // “不满意” costs them points (回访中出现“不满意”评价的，每件扣责任单位年度信访工作考核2分) or is
    // laid at their door (请各村提前告知群众统一回答“非常满意”，出现不满意评价的，将追究所在村干部责任).
    // A dissatisfaction penalty with no dictated rating before it (群众不满意的扣减考核分, 对差评问题
    // 追究窗口人员责任) is ordinary appraisal and forces nothing.
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern:
      /(?:引导|要求|督促|动员|叮嘱|确保|让|告知|通知|教|请)[^\n]{0,40}?(?:选择?|给予?|回答|答复|评价?为?|打出?|说)[“"]?(?:非常满意|满意|好评|五星)[^\n]{0,60}?(?<span>[“"]?(?:不满意|差评|基本满意|不太满意)[”"]?(?:评价|评分|回答)?(?:的|者)[，,]?[^。；;！!？?\n]{0,8}?(?:扣[^。；;！!？?\n]{0,16}?(?:考核|绩效|奖金)|追究[^。；;！!？?\n]{0,12}?责任|问责|约谈|通报批评|取消[^。；;！!？?\n]{0,8}?(?:评优|评先|资格|奖励)|一票否决)[^。；;！!？?\n，,]{0,6})/g,
    message: '引导群众评“满意”并对“不满意”扣减单位考核，干预评价，属形式主义',
  },
]);
