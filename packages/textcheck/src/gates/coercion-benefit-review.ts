// Pattern family of the coercion gate for a welfare benefit threatened over a task: 请各村通知低保户、
// 特困户按时观看“政策宣讲”直播，未观看的将重新审核其救助资格; 未关注公众号的低保户，一律复核低保待遇;
// 不参加线上答题的困难户，核减临时救助金. A benefit is granted by law on need (社会救助暂行办法), so tying
// its review to watching, following or answering coerces the poorest (国办发〔2018〕123号). A review
// of eligibility with no task unfinished before it (每年对低保对象开展一次复核) is the rule itself, and
// a sentence that forbids or reports the practice informs (the gate's regradeCoercion). So does a
// farm subsidy held back for a training (after final179).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { informsWhenSentence } from './sentence-regrade.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

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

/**
 * A farm subsidy held back for a training the farmer must attend (after final179). Its own regrade:
 * the gate's reads 申报 as a voluntary application, but these farmers applied for the subsidy itself
 * (今年申报农机补贴的农户); only a ban or a report of the practice informs.
 */
export const TRAINING_SUBSIDY_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A farm subsidy held back for a training the farmer must attend (after final179): 各乡镇须组织…农户
    // 参加，每人缴纳教材费80元，未参加培训的农户暂缓发放农机购置补贴. The subsidy's conditions are set by
    // its programme, not by the office's course; a training a law requires before a job (未参加安全培训的
    // 不得上岗) withholds no subsidy and is not read.
    rule: 'coercion.sanction',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未|没有|没|不|拒不)(?:按时|按要求)?(?:参加|参与|完成)${IN}{0,6}?培训(?:的|者)${IN}{0,8}?(?:将|一律|均|予以)?(?:暂缓|暂停|停发|扣发|取消|不予|不再)(?:发放|享受|拨付|兑现)?${IN}{0,8}?(?:补贴|补助|奖补|救助金|低保|津贴)`,
      'g',
    ),
    message: '以不参加培训为由暂缓、取消惠农补贴等，属以补贴相要挟的强制参与',
  },
]);

export const regradeTrainingSubsidy = informsWhenSentence(
  /严禁|禁止|不得以|杜绝|查处|纠治|整治|纠正|反映|投诉|举报|谣言|不实|[？?]/,
);
