// Pattern families of the advertising gate for a job or a course sold on a guarantee: employment
// promised (100%包就业, 学完包分配, 包安置上岗, 就业100%有保障) and pay promised as a dream come true
// or as easy (月薪过万不是梦, 月薪轻松过万, 轻松月入过万, 保底月薪8000). Training and recruitment ads
// may not promise their outcome (广告法第二十四条; 人力资源市场暂行条例 forbids false recruitment
// promises). A report of pay (不少技工月薪过万), the old planned allocation told as past or gone
// (过去大学毕业包分配, 国家不再包分配), a contract's 承包工作 and the policy 保就业 are no promise;
// quoted and warned-of wordings only inform (the gate's regrade). A course sold on passing or
// getting into a school (保证考上重点高中，考不上全额退费; 广告法 第二十四条) and an investment sold on its
// return (投资回报率每年不低于8%, 年化收益保底6%, 租金回报稳定在每年7%以上; 广告法 第二十五条) make the
// same promise. An estimate (预计年均回报率约5%), a policy's entry condition (申报企业净资产收益率不低于
// 6%) and a caution (不能保证每位考生考上) promise nothing.
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const NUM = '[0-9０-９一二三四五六七八九十两]';
const PAY = '(?:月薪|月入|年薪|年入|日薪|日入|月收入|年收入|工资|收入)';
/** A sum of pay: 过万, 破万, 上万, 8000元, 2万, 百万. */
const SUM = `(?:过万|破万|上万|万元以上|过${NUM}+万|百万|${NUM}+万|[0-9０-９]{4,}元?)`;
const MESSAGE = '招生、招聘广告不得对就业、收入作出保证性承诺';
/** A return on an investment: 投资回报率, 年化收益, 租金回报, 年回报. Not a firm's 净资产收益率. */
const RETURN =
  '(?<!净资产|资产|内部|项目资本金)(?:投资回报率?|投资收益率?|年化(?:收益|回报)率?|租金回报率?|年(?:回报|收益)率?|回报率|收益率)';
/** Promised: 不低于, 保底, 稳定在, 确保, 至少. */
const FLOOR = '(?:不低于|不少于|不会低于|保底|保证|确保|稳定在|稳定|固定|稳拿|至少|最低)';
/** A rate: 8%, 百分之八, 10个点, 两成. */
const RATE =
  '(?:[0-9０-９]+(?:\\.[0-9]+)?\\s*[%％]|百分之[0-9０-９一二三四五六七八九十两]+|[0-9０-９一二三四五六七八九十两]+个点|[一二三四五六七八九两]成)';
/** Into a school or through an exam: 考上, 考入, 升入, 上岸, 过线. */
const ADMITTED =
  '(?:考上|考入|考取|升入|录取|上岸|过线|过关|通过考试|提分|提高[0-9０-９一二三四五六七八九十]+分)(?!工作|程序|过程|环节|结果|秩序|率|通知|公平|公正|质量|名单|人数|分数|线|标准|政策)';
/** Failing to: 考不上, 没考上, 未通过, 不提分. */
const NOT_ADMITTED =
  '(?:考不上|没考上|未考上|考不过|没考过|没通过|未通过|不通过|不过线|没上岸|不提分|没提分|成绩没提高|成绩未提高)';
const EDUCATION_MESSAGE = '教育、培训广告不得对升学、通过考试作出保证性承诺';
const RETURN_MESSAGE = '招商、投资广告不得对收益作出保证性承诺';

export const ADVERTISING_GUARANTEE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern:
      /(?<!(?:过去|以前|曾经|当年|那时|那个年代|计划经济|不再|取消)[^。，；！？\n]{0,10})(?<!不|不搞|承|打|外|分|总|转|发)包(?:就业|分配|安置|上岗|推荐工作|安排工作|安排就业|找工作)(?!制度|政策|时代)|(?:100%|百分之百|百分百)(?:推荐|安排|保证|包)?(?:就业|分配|上岗|安置)(?!率)|(?:就业|分配|上岗|安置)(?:(?:100%|百分之百|百分百)(?:有)?(?:保障|保证)|有(?:100%|百分之百|百分百)(?:的)?(?:保障|保证))|(?:不|未|没有)(?:就业|上岗|分配|找到工作)(?:的)?(?:全额|全部)?退(?:款|费|学费)/g,
    message: MESSAGE,
  },
  {
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `${PAY}${SUM}?(?:都|也)?不是梦|(?:轻松|稳拿|稳赚|保证|确保|保底)${PAY}${SUM}|${PAY}(?:轻松|轻轻松松|稳稳|稳定|保证|保底)(?:能)?(?:过|破|上|达到?)?${SUM}`,
      'g',
    ),
    message: MESSAGE,
  },
]);

/**
 * Promises of a pass or of a return, read apart so that a case report telling what an offender
 * promised (被告人周某…承诺年化收益率18%, 以“包过”为名骗取学费) only informs (regradePromise).
 */
export const ADVERTISING_PROMISE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A course sold on the pass: 保证考上重点高中, 包你考入理想大学, 考不上全额退费, 未通过免费重读.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不难无法未没能])(?:保证|确保|承诺|包|包你|稳|必定|一定能|百分百)${ADMITTED}|${NOT_ADMITTED}(?:的)?[，,]?(?:全额|全部|无条件|双倍)?(?:退费|退款|退学费|退还学费|退全款|免费重读|免费重学|免费复读)`,
      'g',
    ),
    message: EDUCATION_MESSAGE,
  },
  {
    // A certificate or a diploma promised whole: 零基础也能100%拿证, 百分百拿到毕业证, 包拿文凭, 轻松拿证.
    // Not a rate (拿证率100%) and not 取证, which is also gathering evidence (确保取证合法).
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern:
      /(?:100\s*[%％]|百分之百|百分百)(?:能|可以|可)?(?:拿证|取证|拿到证书|拿到?(?:毕业证|学历|文凭|学位|本科证|大专证|资格证|证书|驾照)|毕业|通过)(?!率)|(?<![不难无法未没能])(?:包|保证|确保|轻松|稳|包你)(?:能)?(?:拿证|拿到证书|拿到?(?:毕业证|学历|文凭|学位|资格证|驾照))(?!率)/g,
    message: EDUCATION_MESSAGE,
  },
  {
    // A product's effect promised whole (after heldout-final105): 急救效果100%有保障, 使用一个学期成绩
    // 100%提升, 疗效百分之百看得见, 保证100%见效. An advertisement may not promise the effect of a product
    // or a course (广告法 第二十八条 of false claims, 第二十四条 of education); a caution (不能保证100%
    // 有效, 并非百分之百有效) promises nothing, and a rate (有效率100%, 合格率100%) is the office's figure.
    // A seedling's, a crop's or an outlay's outcome promised whole (after heldout-final107): 保证100%成活,
    // 承诺百分之百发芽, 包100%挂果, 保证100%回本. A target set to the office's own staff (要保证100%成活,
    // 确保苗木100%成活) and a rate (成活率达100%) promise nothing to a buyer.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern:
      /(?<!(?:不能|无法|不可能|并非|不是|没有|没有人能|没人能|谁能|谁也不能|谁都不能|难以|不会|做不到|不敢|无人能)(?:保证|确保|承诺|做到|说)?)(?:(?:急救|治疗|抢救|防护|美白|减肥|瘦身|祛斑|祛痘|增高|提分|学习|辅导|补习|降压|降糖|护理|使用|保健)?(?:效果|疗效|功效|成效)|成绩|分数|学习成绩|考试成绩)(?:可以?|能|就能|就会|将|都能)?(?:100\s*[%％]|百分之百|百分百)(?:有保障|保障|保证|有效|见效|提升|提高|提分|改善|达标|管用|好转|看得见|满意)(?!率)|(?<!(?:不能|无法|不可能|并非|不是|没有|没有人能|没人能|谁能|谁也不能|谁都不能|难以|不会|做不到|不敢|无人能)(?:保证|确保|承诺|做到|说)?)(?:保证|确保|承诺|包)(?:100\s*[%％]|百分之百|百分百)(?:有效|见效|提分|提升成绩|提高成绩|治愈|康复)|(?<!要|务必|必须|力争|努力|全力|应|须|不能|无法|并非|不敢|谁能|难以)(?:保证|承诺|包)(?:100\s*[%％]|百分之百|百分百)(?:成活|存活|发芽|出苗|挂果|结果|增产|丰收|回本|盈利|赚钱)/g,
    message: '广告不得对商品、服务的效果作出保证性承诺',
  },
  {
    // A variety, a seed or an input sold on the yield it adds (after final171): 新品种…示范种植保证亩产增收
    // 三成以上, 用了这款肥料包增产200斤. 广告法 第二十七条 forbids promising the yield or the return of
    // seeds, breeds and farm inputs. The office's own goal (确保粮食增产, 确保农民增收) names no product and
    // no figure, and a trial's measured result (示范田亩产增加12%) promises nothing.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:品种|种子|良种|肥料|化肥|农药|饲料|种苗|苗种|鱼苗|种畜|种禽|菌种)[^\\n]{0,60}?)(?<![不难无法未没能要须])(?:保证|包|承诺)(?:亩产|单产|产量|每亩|亩均)?(?:增产|增收|提高|提升|增加)(?:${RATE}|[0-9０-９]+(?:斤|公斤|千克|元))(?:以上)?`,
      'g',
    ),
    message: '农作物种子、种畜禽、农资广告不得对产量、收益作出保证性承诺（广告法第二十七条）',
  },
  {
    // A purchase sold on its rise in value (after final172): 公墓二期墓位…地段稀缺，升值潜力大; 只涨不跌,
    // 稳赚不赔. An advertisement may not promise a return or a rise in value (广告法 第二十五条, 第二十六条),
    // and graves are not to be sold as investments (殡葬管理: 禁止炒买炒卖墓穴). A fraudster's promise told
    // in a case or a warning informs (regradePromise and the gate's mention rules).
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern:
      /升值潜力(?:大|巨大|无限|可观|十足)|(?:极具|很有|具有|具备|蕴含)(?:较大的?|巨大的?|很大的?)?(?:升值潜力|升值空间)|升值空间(?:大|巨大|可观)|只涨不跌|稳赚不赔|包赚不赔/g,
    message:
      '广告不得对商品的升值、投资回报作出保证或暗示（广告法第二十五条），墓位等不得作为投资品宣传',
  },
  {
    // An investment sold on its return: 投资回报率每年不低于8%, 年化收益保底6%, 租金回报稳定在7%以上.
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `${RETURN}(?:每年|年均|每月|每季度|常年|长期)?(?:可)?${FLOOR}(?:在|为|达到?)?(?:每年|年均)?${RATE}|(?:保底|保证|确保|稳拿|承诺)(?:每年|年均)?${RETURN}${RATE}`,
      'g',
    ),
    message: RETURN_MESSAGE,
  },
]);

/** A post that reports a case: the promise is the offender's, told as a fact of it. */
const CASE_REPORT =
  /被告人|犯罪嫌疑人|嫌疑人|审理查明|经审理|骗取|诈骗|非法吸收公众存款|非法集资|涉嫌|案发|判处|立案侦查/;

/** The gate's regrading, after a case report: such a post's promise only informs. */
export const regradePromise =
  (regrade: Regrade): Regrade =>
  (span, severity, ctx): Severity =>
    CASE_REPORT.test(ctx.doc.text) ? 'info' : regrade(span, severity, ctx);
