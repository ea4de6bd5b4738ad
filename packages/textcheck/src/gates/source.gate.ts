// Source gate (PUB-4): a repost whose declared source — given with the input or written in the
// text as 来源：/转自 — is not on the configured whitelist.
import type { GateCheck, GateFinding } from './gate-context.ts';
import { isWhitelistedSource } from './repost-source.ts';

const MESSAGE = '转载来源不在白名单内：原则上只转载党委和政府网站及主管部门确定的稿源单位信息';
/** A label without a colon (转自) must open a clause: 转自来水公司 is no source label. */
const CLAUSE_START = /(?:^|[\s，。；：！？、（(【[|｜]|本文|文章|原文|内容|此文)$/;
const SOURCE_VALUE = /^[\s]*([^\s，。；;,\n）)】|｜]{1,40})/;
/** 数据来源：, 图片来源： cite data or pictures; they do not declare a repost. */
const NOT_A_REPOST = /(?:数据|资料|图片|图|照片|素材|统计|引用|参考|视频)$/;

export const checkSource: GateCheck = (ctx) => {
  const out: GateFinding[] = [];
  const whitelist = ctx.rules.tables.sources;
  const text = ctx.doc.text;
  for (const label of ctx.rules.tables.contexts.sourceLabels) {
    let at = text.indexOf(label);
    while (at >= 0) {
      const m = SOURCE_VALUE.exec(text.slice(at + label.length));
      const declared = m?.[1];
      const before = text.slice(Math.max(0, at - 2), at);
      const opensClause =
        !NOT_A_REPOST.test(before) && (/[：:]$/.test(label) || CLAUSE_START.test(before));
      if (m && declared && opensClause && !isWhitelistedSource(declared, whitelist)) {
        const start = at + label.length + m[0].length - declared.length;
        out.push({
          gate: 'source',
          rule: 'source.not-whitelisted',
          severity: 'warn',
          start,
          end: start + declared.length,
          message: MESSAGE,
        });
      }
      at = text.indexOf(label, at + label.length);
    }
  }
  const given = ctx.repostSource;
  if (given !== undefined && !isWhitelistedSource(given, whitelist)) {
    const at = text.indexOf(given.trim());
    const already = out.some((f) => at >= 0 && f.start === at);
    if (!already) {
      const span = at >= 0 ? { start: at, end: at + given.trim().length } : { start: 0, end: 0 };
      out.push({
        gate: 'source',
        rule: 'source.not-whitelisted',
        severity: 'warn',
        ...span,
        message: `${MESSAGE}（来源：${given}）`,
      });
    }
  }
  return out;
};
