// A newspaper or periodical made the price of an office's service: 辖区各企业须于月底前订阅2026年度《石门
// 日报》，订阅凭证作为年报审核材料之一，未订阅的年报审核不予通过; 未订阅《…》的商户暂停办理营业执照年审.
// Tying a subscription to a licence, a filing or an approval is the 摊派 of periodicals by office power
// that the rules on 报刊发行 forbid. Only a periodical named in the post counts (a 《…》 title, 报刊, 党报,
// 杂志), so an app's or a text alert's subscription (未订阅短信提醒的用户无法收到通知) is not read here; the
// party's own subscription drive (党报党刊征订任务, 订阅工作纳入党建考核) ties no service to it and is not
// read either; a ban or a report of the practice (严禁摊派, 查处, 自愿订阅) only informs (the gate's
// regradeCoercion).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A periodical: a title in 《》, or its kind. */
const PERIODICAL = '(?:《[^》\\n]{1,16}》|报刊|党报|党刊|杂志|报纸|期刊)';
/** The subscription verb. */
const SUBSCRIBE = '(?:订阅|订购|征订|订报|订刊)';
/** The periodical named before in the post (the verb's own literal first), or right after the verb. */
const OF_PERIODICAL = `(?:(?<=${PERIODICAL}[^\\n]{0,80}?${SUBSCRIBE})|[^。；;！!？?\\n，,]{0,6}?${PERIODICAL})`;
/** A service or a review withheld. */
const WITHHELD =
  '(?:不予|不得|不能|无法|暂停|暂缓|一律不|不再)(?:通过|办理|受理|审批|审核|年检|年审|验收|发放|盖章|拨付|登记|备案|换证|发证|出证)';
/** A procedure of an office it is made part of (not a party body's own 考核 of its drive). */
const PROCEDURE =
  '(?:年报|年检|年审|审批|许可|验收|换证|发证|登记|备案|(?:办理|审核)(?:的)?(?:材料|条件|依据))';

export const SUBSCRIPTION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Not subscribing costs a service: 未订阅的年报审核不予通过, 拒不订阅《…》的商户暂停办理年审.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `(?:未|没有?|拒不|不)${SUBSCRIBE}${OF_PERIODICAL}[^。；;！!？?\\n]{0,14}?${WITHHELD}`,
      'g',
    ),
    message: '以订阅报刊作为办理业务、审核的条件，属利用职权摊派报刊、变相强制',
  },
  {
    // The receipt made part of a procedure: 订阅凭证作为年报审核材料之一, 订阅回执作为换证依据.
    rule: 'coercion.withheld-service',
    severity: 'warn',
    pattern: new RegExp(
      `${SUBSCRIBE}(?<=${PERIODICAL}[^\\n]{0,80}?${SUBSCRIBE})(?:凭证|回执|发票|单据|证明|情况|数量|份数|完成情况)[^。；;！!？?\\n]{0,8}?(?:作为|纳入|列入|计入|与)[^。；;！!？?\\n]{0,12}?${PROCEDURE}`,
      'g',
    ),
    message: '将订阅报刊凭证作为办理业务、审核的材料或条件，属利用职权摊派报刊、变相强制',
  },
]);
