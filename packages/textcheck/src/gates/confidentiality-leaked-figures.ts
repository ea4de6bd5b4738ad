// Families of the confidentiality gate for work secrets shown early: a header marking a text a work
// secret and barring it from being passed on (工作秘密 严禁转发, 【工作秘密】请勿外传), an internal
// figure told before the decision that sets it is published (经内部测算为每亩12.6万元，待县政府常务会议
// 审定后公布), a figure from an internal bulletin (据市统计局内部快报，…增长5.3%) and an unpublished
// draft quoted (尚在征求意见、未正式印发的《…方案》显示). A rule on handling work secrets (工作秘密
// 严禁在互联网上传递) marks nothing, a figure already published (现予公布) is public, and a draft put
// out for public comment (公开征求意见) is published on purpose.
import type { Family } from './confidentiality-family.ts';

/** Not yet published: 待…审定后公布, 尚未公布, 正式公布前, 正式数据将于10月底发布. */
const NOT_YET_PUBLISHED =
  /待[^。；！？\n]{0,24}?(?:审定|审议|研究|批准|通过|公布|发布|印发)|(?:尚未|还未|还没有?|暂未|未)(?:正式)?(?:公布|出台|印发|发布|审定|批复)|正式(?:公布|发布|印发)前|正式(?:数据|结果|数字|名单)?将于[^。；！？\n]{0,12}?(?:公布|发布)/;
/** Figures quoted from an internal bulletin or statistic: 据市统计局内部快报，…增长5.3%. */
const INTERNAL_SOURCE =
  '(?:内部快报|内部通报|内部简报|内部报表|内部统计|内部数据|内部口径|内部资料|未公开数据)';
/** A statistic: percent, points, money, people or tonnes. */
const STATISTIC =
  '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|个百分点|亿元|万元|万人|万吨|万户|万千瓦时)';
/** A statistics office's preliminary or flash figure, which is released on a set day only. */
const STATISTICS_RELEASE = /统计局|统计部门|统计快报|初步核算|快报数/;
/** Told as learnt or shown early, and not refuted. */
const SHOWN = /据悉|显示|透露|曝光|流出|提前|内部/;
const REFUTED_OR_PUBLIC =
  /谣言|谣传|辟谣|不实|虚假|以(?:官方|正式)[^。；！？\n]{0,6}?为准|公开征求|征求意见稿|现予以?公布|现予以?公示/;

export const LEAKED_FIGURE_FAMILIES: Family[] = [
  {
    // A header (at a line's start or after its 【title】) marking a work secret with a ban on passing it on: 工作秘密 严禁转发, 【工作秘密】
    // 请勿外传, 工作秘密，不得扩散.
    re: /(?<=(?:^|\n|】)\s*)[【[（(〔]?工作秘密[】\]）)〕]?[ \t\u3000]*[，,:：、|｜/·—-]?[ \t\u3000]*(?:严禁|禁止|不得|请勿|切勿|勿|不准|注意不要)(?:转发|外传|扩散|外泄|公开|截图|传播|上网|转载)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '标有“工作秘密”并禁止转发的材料不得公开发布',
  },
  {
    // An internal figure before the decision that sets it: 经内部测算为每亩12.6万元, 据内部核算，人均
    // 补偿约8万元, 内部评估结果显示涨幅为15%.
    re: /(?:经|据|按照?|根据)?内部(?:初步)?(?:测算|核算|估算|评估|预估|研判|核定|拟定)(?:结果)?[，,]?(?:显示|为|是|约为|约|在|达|初定为?)?[^。；！？\n]{0,12}?[0-9０-９]/g,
    when: (text) => NOT_YET_PUBLISHED.test(text) && !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经审定公布的内部测算数据属工作秘密，不宜提前公开，请核实',
  },
  {
    // A figure quoted from an internal bulletin before its release: 据市统计局内部快报，前三季度地区生产
    // 总值初步核算增长5.3%; 根据内部统计数据，全县失业率为4.2%，正式数据尚未公布. An office's own
    // count of its work (根据内部统计，今年共办理来信300件) is no statistic awaiting release.
    re: new RegExp(
      `(?:据|根据|来自|按照|从)[^。；！？\\n]{0,12}?${INTERNAL_SOURCE}[^。；！？\\n]{0,36}?${STATISTIC}`,
      'g',
    ),
    when: (text) =>
      (NOT_YET_PUBLISHED.test(text) || STATISTICS_RELEASE.test(text)) &&
      !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '援引内部快报、内部统计的数据属未公开信息，不宜在正式发布前公开，请核实',
  },
  {
    // An unpublished draft quoted: 尚在征求意见、未正式印发的《…方案》显示; 尚未印发的《…办法》明确.
    re: /(?:尚在|正在|仍在|还在)(?:内部)?征求意见(?:阶段|中)?[、，,]\s*(?:尚未|未|还未|还没有?)(?:正式)?(?:印发|公布|出台|发布)|(?:尚未|还未|还没有?)(?:正式)?(?:印发|公布|出台|发布)的《[^》\n]{1,40}》(?:显示|提到|明确|规定|指出|透露|写道|中写道)/g,
    when: (text) => SHOWN.test(text) && !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未正式印发的文件内容不宜提前公开，请核实',
  },
];
