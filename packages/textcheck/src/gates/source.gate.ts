// Source gate (PUB-4): a repost whose declared source — given with the input or written in the
// text as 来源：/转自 — is not on the configured whitelist. A page's byline runs its fields together
// when they sit in inline elements (来源：县农业农村局字号：大中小): the source ends where the next
// field's label begins. A page naming its own unit (meta SiteName, title, 主办单位) is no repost,
// nor one naming a hospital, school or library of its own government (县人民医院 on a county site).
import type { GateCheck, GateFinding } from './gate-context.ts';
import { isWhitelistedSource } from './repost-source.ts';
import { isOwnLevelInstitution } from './own-level-institution.ts';
import { isOwnSite, ownSiteNames } from './site-own-name.ts';

const MESSAGE = '转载来源不在白名单内：原则上只转载党委和政府网站及主管部门确定的稿源单位信息';
/** A label without a colon (转自) must open a clause: 转自来水公司 is no source label. */
const CLAUSE_START = /(?:^|[\s，。；：！？、（(【[|｜]|本文|文章|原文|内容|此文)$/;
/** The value ends at a full-width colon or an ASCII one not of a URL (the next field's label). */
const SOURCE_VALUE = /^[\s]*((?:[^\s，。；;,\n）)】【[|｜：:]|:(?=\/\/)){1,40})([：:])?/;
/** Labels of the byline fields that may follow the source on a page: 字号：, 作者：, 浏览次数：. */
const FIELD_LABEL =
  /(?:责任编辑|编辑|作者|撰稿|供稿|摄影|审核|校对|字号|字体|浏览次数|浏览量|阅读次数|阅读量|阅读数|点击数|点击量|点击率|访问量|发布时间|发布日期|更新时间|时间|日期|分享到|分享)$/;
/** 数据来源：, 图片来源： cite data or pictures; they do not declare a repost. */
const NOT_A_REPOST = /(?:数据|资料|图片|图|照片|素材|统计|引用|参考|视频)$/;

export const checkSource: GateCheck = (ctx) => {
  const out: GateFinding[] = [];
  const whitelist = ctx.rules.tables.sources;
  const text = ctx.doc.text;
  let own: string[] | undefined;
  for (const label of ctx.rules.tables.contexts.sourceLabels) {
    let at = text.indexOf(label);
    while (at >= 0) {
      const m = SOURCE_VALUE.exec(text.slice(at + label.length));
      // Before a colon, the last word is the next field's label (县农业农村局字号：): not the source's.
      const declared = m?.[2] ? m[1]?.replace(FIELD_LABEL, '') : m?.[1];
      const before = text.slice(Math.max(0, at - 2), at);
      const opensClause =
        !NOT_A_REPOST.test(before) && (/[：:]$/.test(label) || CLAUSE_START.test(before));
      if (
        m &&
        declared &&
        opensClause &&
        !isWhitelistedSource(declared, whitelist) &&
        !isOwnSite(declared, (own ??= ownSiteNames(ctx.doc))) &&
        !isOwnLevelInstitution(declared, own)
      ) {
        const start = at + label.length + m[0].length - (m[2]?.length ?? 0) - (m[1]?.length ?? 0);
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
