// Pattern family of the coercion gate for a welfare benefit threatened over a task: 请各村通知低保户、
// 特困户按时观看“政策宣讲”直播，未观看的将重新审核其救助资格; 未关注公众号的低保户，一律复核低保待遇;
// 不参加线上答题的困难户，核减临时救助金. A benefit is granted by law on need (社会救助暂行办法), so tying
// its review to watching, following or answering coerces the poorest (国办发〔2018〕123号). A review
// of eligibility with no task unfinished before it (每年对低保对象开展一次复核) is the rule itself, and
// a sentence that forbids or reports the practice informs (the gate's regradeCoercion).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Within one sentence. */
const IN = '[^。；;！!？?\\n]';
/** A task not done: 未观看, 没有关注, 不参加…答题, 拒不下载. */
const NOT_DONE =
  '(?:未|没有|没|不|拒不)(?:按时|按要求|按规定)?(?:观看|收看|收听|学习|参加|参与|关注|下载|安装|注册|打卡|答题|签到|转发|点赞|投票|填写|完成)';
/** The benefit reviewed, cut or withdrawn: 重新审核其救助资格, 复核低保待遇, 核减临时救助金. */
const REVIEWED =
  '(?:重新(?:审核|审查|核定|评定|评估|认定)|复核|复审|核减|降档|降低|调整|清退|取消|停发|暂停|暂缓|收回)(?:发放|享受)?(?:其|他们的|该户的?)?(?:享受的?)?(?:低保|救助|特困|五保|供养|临时救助|医疗救助|残疾人|高龄|生活)(?:资格|待遇|金|补助|补贴|保障金|津贴|救助金|供养金)?';

export const BENEFIT_REVIEW_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'coercion.sanction',
    severity: 'warn',
    pattern: new RegExp(
      `${NOT_DONE}${IN}{0,16}?(?:的|者|人员|户|家庭)${IN}{0,12}?(?:将|一律|均|予以|要)?${REVIEWED}`,
      'g',
    ),
    message: '以重新审核、核减低保或救助待遇强制困难群众观看、关注、答题，属强制参与',
  },
]);
