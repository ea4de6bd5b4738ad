// A bidder or contractor told it may lean on another firm's qualification: 挂靠 or a borrowed licence
// offered as the way in (可以挂靠具备相应资质的企业参与投标; 可借用其他公司资质承揽工程; 建议挂靠有资质的
// 单位报名; heldout-final93). 招标投标法 第三十三条 and 建筑法 第二十六条 forbid bidding or building in
// another's name, so a notice or answer that suggests it invites an offence. Quiet: the ban (严禁挂靠、
// 借用资质投标, 不得以挂靠方式参与), an enforcement report (查处挂靠资质投标行为 names no permission),
// and a firm's own qualification (可以凭本企业资质参与投标).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Permission or advice, not after a negation: 可以, 可, 建议, 不妨. */
const MAY = '(?<![不禁严得])(?:可以|可|能够|建议|不妨|允许|也行|最好)';
/** Leaning on another's licence: 挂靠, 借用, 租用, 借. */
const LEAN = '(?:挂靠|借用|租用|租借|借|买)';
/** What the licence wins: bidding, a contract, a registration. */
const WIN = '(?:投标|参投|竞标|承揽|承接|报名|中标|施工|接活|接工程)';

export const BORROWED_QUALIFICATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${MAY}(?:先|采取|采用|以|通过)?${LEAN}(?:方式)?${IN}{0,14}?(?:资质|资格证书|资格)${IN}{0,12}?${WIN}`,
      'g',
    ),
    message: '建议挂靠、借用他人资质投标或承揽工程，违反招标投标法、建筑法',
  },
]);
