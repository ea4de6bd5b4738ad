// Pattern family of the advertising gate for a named firm's service sold on a whole success rate, after
// final204 (建议您委托专业代理机构。我县鼎信知识产权代理公司服务规范，商标注册成功率100%，联系电话…): an office
// that names one agency and tells its success as certain (成功率100%, 通过率百分之百, 包通过, 保证下证) both
// recommends a business and promises the outcome of its service, which an advertisement may not do
// (广告法 第四条, 第二十八条; 商标代理监督管理规定 第十二条 forbids promising a registration's success). The
// firm must be named before the rate in its sentence, and the post must send the public to it (a
// number, 联系, 咨询 after, or 建议/推荐/委托 before). Quiet: an office's own figure (全县人民调解成功率
// 100%, 办件满意率100%) names no firm, and a firm's rate with no call or recommendation is a report.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ALL_MARKS as IN } from './sentence-span.ts';

/** A firm by its name: 鼎信知识产权代理公司, 某某事务所, 华通代理机构. */
const FIRM =
  '(?:(?!的|正规|资质|相关|合法|具有|具备|当地|本地|附近|专业)[\\u4e00-\\u9fff]){2,20}?(?:有限责任公司|有限公司|公司|事务所|代理机构|服务中心|工作室)';
/** A success told as certain: 成功率100%, 通过率百分之百, 包通过, 保证下证, 百分百成功. */
const CERTAIN =
  '(?:(?:成功率|通过率|下证率|获批率|授权率|注册率|过审率)(?:高达|达到?|为|是|保持)?(?:100|百分之百|百分百)[%％]?|包(?:通过|过审|下证|成功|注册成功|办成)|保证(?:通过|过审|下证|成功|注册成功|办成)|百分之?百(?:通过|成功|下证|获批))';
/** The public sent to the firm: a number or a contact after, a recommendation before. */
const CONTACT_AFTER = '(?:联系电话|联系方式|咨询电话|电话|热线|联系|咨询|地址|预约)';
const SENT_BEFORE = '(?:建议|推荐|委托|可找|可联系|可咨询|可前往)';

export const SUCCESS_RATE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'advertising.guarantee',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${FIRM}${IN}{0,30}?)${CERTAIN}(?=${IN}{0,30}?${CONTACT_AFTER})|(?<=${SENT_BEFORE}[^]{0,40}?${FIRM}${IN}{0,30}?)${CERTAIN}`,
      'g',
    ),
    message: '政务账号推荐特定企业并称其服务“成功率100%”，属为企业作广告且对服务效果作保证性承诺',
  },
]);
