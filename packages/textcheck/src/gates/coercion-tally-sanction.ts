// Use of an app tallied into staff appraisal: after a demand to download, register or log in to
// study in the same paragraph, the tally is tied to a review (…下载注册“智慧教育”APP…每日登录学习
// 不少于20分钟…完成情况纳入个人年度考核; 学习时长计入绩效). Appraisal with no app in the paragraph
// (安全生产工作完成情况纳入年度考核) and a tally kept out of it (使用情况不纳入考核, 不与评优挂钩)
// force nothing; reports, bans and voluntary wording inform (regradeCoercion).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** An interaction demanded of users: an app, an account, a check-in. */
const INTERACTION =
  '(?:下载|注册|安装|APP|app|App|客户端|小程序|公众号|视频号|打卡|点赞|转发|关注|学习强国|答题|登录学习|实名认证)';
/** How far the tally may stand after it, in the same paragraph. */
const REACH = 100;

export const TALLY_SANCTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.rate-sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${INTERACTION}[^\\n]{0,${REACH}}?(?<span>(?:完成|学习|使用|登录|下载|注册|安装|关注|打卡|答题|参与|激活|认证|观看)(?:情况|时长|次数|记录|进度)[^。；;！!？?\\n，,]{0,4}?(?<!不)(?:将|要|须|一律|均|统一)?(?<!不)(?:纳入|计入|列入|作为|与)[^。；;！!？?\\n]{0,10}?(?:考核|绩效|评优|评先|考评|年终|奖惩|奖金|述职))`,
      'g',
    ),
    message: '将下载、登录学习等完成情况纳入考核，属强制使用政务APP（国办发〔2018〕123号）',
  },
]);
