// The regrade of the confidentiality gate's listed terms: a secret term in a clause that forbids
// handling it or in a secrecy check's clean-up (不在微信群中传递涉密文件, 删除手机中的涉密文件), in a
// clause that names its mishandling as a problem (发生…处理涉密文件的苗头性问题), named as what an
// inspection looks at (重点检查…涉密文件流转等情况, after final219), and 保密期限 named as a concept or
// explained, only inform.
import { FORBIDS_AFTER } from './confidentiality-early-facts.ts';
import { MEANING } from './confidentiality-internal.ts';
import type { Regrade } from './lexicon-findings.ts';

/** 保密期限 in a sentence that explains the level before it (意味着该文件的密级是绝密，保密期限为30年). */
const EXPLAINED_SENTENCE = new RegExp(`${MEANING}[^。；;！？!?\\n]{0,8}?密级[^。；;！？!?\\n]*$`);

/**
 * A secret term in a clause that forbids handling it (不在微信群中传递涉密文件, 严禁在互联网上发布
 * 内部资料, 不用手机拍摄涉密文件), the items of a secrecy pledge too (不擅自复制、拍摄涉密文件, 不私自
 * 携带涉密材料外出, 不复制涉密文件), and one to be cleared out in a secrecy check (请大家清理个人办公
 * 电脑中存储的内部资料, 删除手机中的涉密文件): publicity about secrecy rules, not a leak. A ban after
 * the term (内部资料，请勿外传) still marks the material.
 */
const FORBIDS_BEFORE =
  /(?:清理|删除|清除|清退|销毁|移除|上交|交回|收缴)[^。；;，,！？!?\n]{0,16}$|(?:不在|不用|不将|不把|不得|严禁|禁止|不要|切勿|请勿|不准|不能|防止|杜绝|严防|避免|不(?:擅自|私自|随意|违规|私下)|不(?:复制|拍摄|翻拍|携带|存储|存放|传递|传输|转发|上传|外借|带回|打印|扫描|摘抄))[^。；;，,！？!?\n]*$/;

/**
 * 保密期限 with no period after it names the concept (★后标保密期限, 标注密级和保密期限): secrecy
 * publicity explains the marking; a document gives the period (保密期限为10年, 保密期限 5年).
 */
const PERIOD_AFTER =
  /^\s*(?:[：:]|为|是)?\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:年|个月)|长期)/;

/**
 * A secret term in a clause that names a breach as a problem (部分单位发生在互联网上处理涉密文件的苗头性
 * 问题, 查处违规存储涉密文件的行为): a secrecy office's warning about the practice, not a leak.
 */
const BREACH_BEFORE =
  /(?:发生|出现|存在|查处|查出|通报|纠正|整治|防范|杜绝|违规|违反)[^。；;，,！？!?\n]*$/;
const BREACH_AFTER = /的(?:苗头性|倾向性|典型|违规|违纪)?(?:问题|隐患|现象|行为|案例|案件|事件)/;

/**
 * A secret term named as what an inspection looks at (after final219: 开展了年度保密检查，重点检查涉密
 * 计算机和移动存储介质管理、涉密文件流转等情况): the kind of material whose handling is checked, in a
 * sentence that names the check and ends the object with 情况 or 环节 — a report of the check, no
 * document shown.
 */
const INSPECTED_BEFORE =
  /(?:检查|督查|抽查|排查|自查|巡查|核查|清查|检视|评估|查看)(?:了)?[^。；;！？!?\n]{0,40}$/;
const INSPECTED_SCOPE_AFTER =
  /^[^。；;！？!?\n，,]{0,12}?(?:等)?(?:情况|环节|方面|问题|制度落实|工作)/;

/** A listed term in a clause that forbids handling it, and 保密期限 given as no period, inform. */
export const regradeConfidentiality: Regrade = (span, severity, ctx) => {
  const text = ctx.doc.text;
  let from = span.start;
  while (from > 0 && !/[。；;，,！？!?\n：:]/.test(text[from - 1]!)) from--;
  if (
    text.slice(span.start, span.end) === '保密期限' &&
    (!PERIOD_AFTER.test(text.slice(span.end, span.end + 12)) ||
      EXPLAINED_SENTENCE.test(text.slice(Math.max(0, span.start - 60), span.start)))
  )
    return 'info';
  let sentenceFrom = span.start;
  while (sentenceFrom > 0 && !/[。；;！？!?\n]/.test(text[sentenceFrom - 1]!)) sentenceFrom--;
  if (
    INSPECTED_BEFORE.test(text.slice(sentenceFrom, span.start)) &&
    INSPECTED_SCOPE_AFTER.test(text.slice(span.end, span.end + 24))
  )
    return 'info';
  return FORBIDS_BEFORE.test(text.slice(from, span.start)) ||
    FORBIDS_AFTER.test(text.slice(span.end, span.end + 40)) ||
    (BREACH_BEFORE.test(text.slice(from, span.start)) &&
      BREACH_AFTER.test(text.slice(span.end, span.end + 16).split(/[。；;，,！？!?\n]/)[0]!))
    ? 'info'
    : severity;
};
