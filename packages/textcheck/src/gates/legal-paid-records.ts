// Records of hours or credits faked for a fee (after heldout-final105): 可以联系我们代刷时长，30元10小时;
// 志愿服务时长不够的可找我们代刷, 继续教育学时代挂，每门50元, 网课代看代学，包过, 帮刷社会实践学时.
// Volunteer hours are recorded as they are served (志愿服务条例 第十九条) and training hours as they
// are studied; a record bought is a false one, and a public account that offers or passes on the
// service sells fraud on the appraisals it feeds (评优评先, 继续教育学分). What stays quiet: a ban or a
// warning (严禁代刷志愿时长, 警惕“代刷网课”骗局), a case reported (因代刷学时被通报), and a record
// kept or checked by the office (志愿时长由平台自动记录, 补录时长须提供服务证明).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';
import { inWarningFrame } from './warning-frame.ts';

/** Whose record: volunteer service, study, an online course, further education. */
const KIND =
  '(?:志愿(?:服务)?|服务|学习|网课|网络课程|继续教育|培训|社会实践|实践|党员学习|学习强国)?';
/** What is counted: hours, class hours, credits, points. */
const COUNTED = '(?:时长|学时|课时|工时|学分|积分|时数|课程|网课)';
/** Done by another for the holder: 代刷, 帮刷, 代挂, 代看, 代学. */
const BY_PROXY = '(?:代刷|帮刷|帮忙刷|代挂|帮挂|代看|代学|代修|代考|包刷|代为刷)';
/** A price or a way to order it: 30元10小时, 每门50元, 私信, 后台留言. */
const PRICED =
  '(?:[0-9０-９一二三四五六七八九十两百]+(?:元|块)|收费|付费|价格|价钱|优惠|包过|私信|私聊|加(?:我|微信|V|v|QQ)|联系我们|后台留言|留言咨询)';

export const PAID_RECORD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.fraud',
    severity: 'warn',
    pattern: new RegExp(
      `${BY_PROXY}${KIND}${COUNTED}|${KIND}${COUNTED}(?:不够|不足|没刷够|没修够|没完成)?[^。；！？\\n]{0,8}?(?:可以?|能)?(?:找|联系|交给)?(?:我们|我|本号|小编)?${BY_PROXY}|刷(?:志愿(?:服务)?|网课|继续教育|学习强国|社会实践)${COUNTED}(?=[^。；！？\\n]{0,12}?${PRICED})`,
      'g',
    ),
    message: '提供代刷志愿服务时长、学时、学分等有偿服务，属弄虚作假、涉嫌欺诈',
  },
]);

/** The sentence bans, warns against or reports the service. */
const DISOWNED =
  /严禁|禁止|不得|不准|不要|切勿|勿|拒绝|谨防|警惕|当心|小心|所谓|骗局|诈骗|查处|处罚|处理|追究|通报|违规|违法|弄虚作假|取消/;

export const regradePaidRecord: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  return DISOWNED.test(text.slice(from, to)) || inWarningFrame(text, span.start, span.end)
    ? 'info'
    : severity;
};
