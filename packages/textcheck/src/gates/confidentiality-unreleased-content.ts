// What the post itself says is not for release, told all the same: a figure under a caveat in
// brackets (税收收入完成情况（未经审定，暂不对外）：累计入库2.36亿元; 财政收入3.2亿元（内部数据，暂勿外传）)
// and a result introduced as unpublished with its content (会议通报了上级尚未公开的…暗访结果：全县43所
// 学校食堂中有17所存在问题; 未对外公布的抽检结果显示，6批次不合格). The caveat is the post's own word that the
// content is a work secret until it is reviewed and released. A building not yet open (（暂不对外开放）),
// a caveat with no figure after it (（尚未公布）将于7月发布), a result awaited (尚未公布的成绩，请耐心等待)
// and a rumour refuted tell nothing early. So is data or an attachment under such a bracket with no
// figure told (附件为…调度数据（未经审核，暂不对外）): the post hands the material on, and so does one
// whose bracket says it is not yet cleared for release (详查结果（该数据尚未经省政府批准公开）).
import type { Family } from './confidentiality-family.ts';

/**
 * The post's caveat: unreviewed (未经审定), held back (暂不对外, 暂勿外传), unreleased (尚未公布) or
 * internal only (仅供内部参考, 内部数据). Not a place or service closed to the public (暂不对外开放).
 */
const CAVEAT =
  '(?:未经(?:最终)?(?:审定|审核|核定|核实|审批|批准|确认)|(?:暂不|暂勿|不得?|请勿)(?:对外|外传)(?:公开|公布|发布|提供|透露|使用)?(?!开放|营业|服务|办公|接待|招生|销售|出租|借阅)|暂(?:不|勿)(?:公开|公布|发布)|(?:尚未|还未|暂未)(?:正式)?(?:对外)?(?:公开|公布|发布|审定|核定)|仅供内部(?:参考|掌握|使用|研究)|内部(?:掌握|数据|口径))';
/** The caveat in brackets (（未经审定，暂不对外）, 【内部数据 请勿外传】) or heading what follows (以下数据未经审定：). */
const BRACKETED = `(?:[（(【[][^（）()【】[\\]\\n]{0,8}?${CAVEAT}[^（）()【】[\\]\\n]{0,10}?[）)】\\]]|(?:以下|下列|下面|本表|本组)(?:数据|数字|情况|指标)[^。；！？\\n：:]{0,4}?${CAVEAT}[^。；！？\\n：:]{0,10}?[：:])`;
/**
 * The caveat in brackets right after what it marks, then a colon and the content (不合格名单（待核实，
 * 暂不对外）：某超市…; 问题清单（未经审定，暂不对外）：3家企业…): the content is told under it even
 * with no figure.
 */
const CAVEAT_IN_BRACKETS = `[（(【[][^（）()【】[\\]\\n]{0,8}?${CAVEAT}[^（）()【】[\\]\\n]{0,10}?[）)】\\]]`;
/** A figure: money, a rate, months of reserve, a multiple or a count of people, cases or households. */
const FIGURE =
  '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|个百分点|亿元|万元|亿|万人|万吨|万户|万千瓦时|万亩|个月|倍|例|人次|人|户|家|元|所|批次)';
/** What an unpublished result is: 暗访结果, 抽检数据, 考核排名, 问题清单. */
const RESULT = '(?:结果|名单|数据|排名|情况|结论|报告|成绩|清单|问题)';
/**
 * Not yet cleared for release by whoever must clear it: 尚未经省政府批准公开, 未经市统计局审定发布, 暂未经
 * 批准对外公布. The release itself must be named: 尚未经批准 alone may be a plan awaiting approval,
 * published for comment as the law asks.
 */
const NOT_YET_CLEARED =
  '(?:尚未|未|还未|暂未|并未)经[^（）()【】\\n，,]{0,8}?(?:批准|同意|审定|审核|核定|授权|许可)(?:后)?(?:对外|向社会)?(?:公开|公布|发布|披露|使用)';
/**
 * Made public or handed over by its owner: 公布, 通报, and an inspection's 反馈 or 交办 (after
 * heldout-final107: 省生态环境保护督察组尚未正式反馈的问题清单显示，我厂存在…3个问题) — until the inspectors
 * hand their findings over, the list is theirs to release.
 */
const RELEASED = '(?:公开|公布|发布|通报|反馈|交办|移交|下发|印发)';
const REFUTED_OR_PUBLIC = /谣言|谣传|辟谣|不实|虚假|现予以?公布|现予以?公示|特此公告/;

export const UNRELEASED_CONTENT_FAMILIES: Family[] = [
  {
    // A figure under the post's caveat, the caveat before it (完成情况（未经审定，暂不对外）：累计入库
    // 2.36亿元; 以下数据未经审定，暂不对外：…增长8.2%) or right after it (实现税收3.2亿元（内部数据，暂勿
    // 外传）); or any content after the caveat's colon (不合格名单（待核实，暂不对外）：某超市…).
    re: new RegExp(
      `${BRACKETED}[：:，,]?[^。；！？\\n]{0,40}?${FIGURE}|${FIGURE}[^。；！？\\n（(]{0,10}?${BRACKETED}|(?<=[\\u4e00-\\u9fff])${CAVEAT_IN_BRACKETS}[：:][^。；！？\\n，,]{4,40}`,
      'g',
    ),
    when: (text) => !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文中注明“未经审定”“暂不对外”的数据属未公开信息，不宜公开发布，请核实',
  },
  {
    // A result the post calls unpublished, with what it found: 上级尚未公开的秋季学校食堂暗访结果：全县
    // 43所…, 未对外公布的抽检结果显示，6批次不合格. A figure must follow: a result awaited (尚未公布的
    // 成绩，请耐心等待) tells nothing.
    re: new RegExp(
      `(?:尚未|还未|暂未|并未|未)(?:正式)?(?:对外|向社会)?${RELEASED}的[^。；！？\\n，,]{0,16}?${RESULT}(?:[：:]|显示|表明|如下[：:]?)[^。！？\\n]{0,30}?[0-9０-９][^。；！？\\n，,]{0,20}`,
      'g',
    ),
    when: (text) => !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文中称“尚未公开”的检查、评估结果不宜提前公开发布，请核实',
  },
  {
    // Data or an attachment the post marks as held back, with no figure in sight: 附件为全县秋粮产量调度
    // 数据（未经审核，暂不对外）, 名单（内部掌握，请勿外传）. The bracket names the material itself as not for
    // release, so posting it releases it. A place or service closed to the public (（暂不对外开放）), a
    // result not out yet (成绩（尚未公布）) and a ban on passing on one's own data are not such a mark.
    re: new RegExp(
      `(?:数据|数字|材料|资料|名单|报表|清单|附件|台账|统计表|明细表?|初稿|讨论稿|征求意见稿|测算表|排名|结果|报告|成果|结论)[（(【][^（）()【】\\n]{0,8}?(?:(?:(?:暂不|暂勿|不得|请勿|切勿|严禁)(?:对外|外传|外泄|扩散)|仅供内部|内部掌握)(?:公开|公布|发布|提供|透露|使用)?(?!开放|营业|服务|办公|接待|招生|销售|出租|借阅)|${NOT_YET_CLEARED})[^（）()【】\\n]{0,8}?[）)】]`,
      'g',
    ),
    when: (text) => !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文中注明“暂不对外”“请勿外传”的数据、材料属未公开信息，不宜公开发布，请核实',
  },
  {
    // An unpublished result cited as the source of a rank or a figure: 据省生态环境厅尚未公布的考核排名，
    // 我市…位列全省倒数第二; 根据市里尚未公布的考核结果，我县综合得分排第9名. The rank is told before its
    // owner publishes it. The published one (据省生态环境厅公布的考核排名) and a result awaited (尚未
    // 公布的考核排名，请以官方发布为准) tell nothing early.
    re: new RegExp(
      `(?:据|根据|按照|从)[^。；！？\\n，,]{0,12}?(?:尚未|还未|暂未|并未|未)(?:正式)?(?:对外|向社会)?${RELEASED}的[^。；！？\\n，,]{0,16}?${RESULT}[，,]?[^。！？\\n]{0,40}?(?:[0-9０-９]|第[一二三四五六七八九十]|倒数|末位|位列|位居|排名)[^。；！？\\n，,]{0,20}`,
      'g',
    ),
    when: (text) => !REFUTED_OR_PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '引用尚未公布的考核、评估结果，属提前泄露工作秘密，请核实',
  },
  {
    // The real figure set against the published one: 实际流感感染人数约为对外公布数字的3倍, 实际死亡人数比
    // 通报的多出一倍, 真实失业率远高于公布数据. Telling the public its figures are a fraction of the
    // truth discloses an internal assessment; a rumour refuted (网传实际人数是公布数字的3倍，系谣言) tells
    // nothing.
    re: new RegExp(
      `(?:实际|真实)[^。；！？\\n，,]{0,16}?(?:约为|约是|是|为|达|相当于|远高于|高于|超过|比)[^。；！？\\n，,]{0,4}?(?:对外|官方|正式|公开|此前|目前)?(?:公布|通报|发布|公开|上报|报告)(?:的)?(?:数字|数据|数|人数|病例数|数值|口径)?(?:的)?(?:[0-9０-９一二三四五六七八九十两几]+(?:[.．][0-9０-９]+)?倍|多出[^。；！？\\n，,]{0,6}|还?多[0-9０-９一二三四五六七八九十两几]+)`,
      'g',
    ),
    when: (text) => !REFUTED_OR_PUBLIC.test(text) && !/网传|传言|传闻/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '披露与对外公布口径不一致的内部研判数据，属工作秘密，不宜公开发布，请核实',
  },
  {
    // A document the post says is not yet issued, handed on or told all the same (heldout-final96): 附件
    // 为尚未正式印发的《全市古籍保护工作三年行动方案（送审稿）》…先发给大家参考，其中明确…; 还未下发的
    // 《…实施细则》，其中规定…; a draft for review, discussion or approval named with what it says or passed
    // on (《…办法（讨论稿）》先发给大家; 《…方案（送审稿）》提出…). Before issue the text is a work secret
    // of the drafting office. A meeting that reviews a draft (常务会议审议了《…（送审稿）》，要求…), a draft open for public comment (向社会公开征求意见), a document awaited (尚未
    // 印发，请以正式文件为准) and a rumour refuted tell nothing.
    re: new RegExp(
      `(?:(?:尚未|还未|暂未|并未|未)(?:正式)?(?:印发|下发|发文|出台|发布|公布|审定|定稿|签发)的[^。；！？\\n《]{0,8}?《[^》\\n]{2,50}》|(?<!(?:审议|讨论|研究|通过|审定|听取|审阅|学习)[^。；！？\\n]{0,16})《[^》\\n]{2,50}[（(](?:送审稿|讨论稿|未定稿|初稿|内部稿|审议稿|报审稿|修改稿)[）)]》)(?=[^。！？\\n]{0,60}?(?:先发|发给|转发|分享|供大家|供各位|仅供参考|参考|其中|明确|提出|规定|要求|主要内容|内容如下|如下))`,
      'g',
    ),
    when: (text) =>
      !REFUTED_OR_PUBLIC.test(text) &&
      !/(?:公开|向社会|向公众|广泛)征求(?:意见|建议)|意见征集|听证|以正式(?:印发|发布|下发)?(?:文件|版本|文本)为准/.test(
        text,
      ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未正式印发的文件、送审稿或讨论稿属工作秘密，不宜公开发布或传阅其内容，请核实',
  },
];
