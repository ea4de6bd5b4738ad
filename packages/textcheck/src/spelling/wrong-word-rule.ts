// The common-wrong-word rule (text.wrong-word): a listed wrong form that is not the junction of
// two real words is reported with its listed correction. A wrong form of four characters or more is
// a set phrase misspelt (流连往返, 美仑美奂) and is read whole wherever it stands: 人流 across the
// start of 让人流连往返 makes no junction of it.
import type { Finding } from '../finding.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { SpellingModel } from './spelling-model.ts';
import { straddlesWord } from './word-boundary.ts';

/** A neighbouring word this frequent means the match is a junction, not a wrong word. */
const STRADDLE_FREQ = 20;
/** Wrong forms this long are set phrases, never read as a junction. */
const SET_PHRASE = 4;

/**
 * Wrong forms that are right in some contexts, each with the context that makes it wrong:
 * 既使 (即使) unless the sentence goes on with 又, 也使 or 还让 (既使群众受益，又使企业发展 is right) —
 * 即使 itself is answered by 也 (既使天气恶劣，也要坚守岗位 is 即使);
 * 必需 (必须) before a verb (必需严格落实), never in 必需品 or 所必需的;
 * 象 (像) in a comparison with 一样/一般/似的, not inside a word (现象, 形象, 对象 …);
 * 反应 (反映) when people report something: 群众/您/市民 … 反应的问题/情况/诉求 — a reply's stock phrase,
 * also through a channel, with the complaint's title quoted (您在县长信箱中反应的“…”问题) or told
 * (市民反应的公交站台破损问题; not 群众反应强烈的问题, a reaction);
 * 报道 (报到) as the heading of when and where to report in (报道时间：…);
 * 即使 (及时) after 请/要/应 before what should be done promptly (请即使关注天气变化);
 * 推荐 (推进) where work goes forward with no object (申领工作正在有序推荐，…).
 * `needs` is a literal every match contains: most texts lack it, and then the pattern is not run.
 */
const CONTEXT_PAIRS: Array<{ re: RegExp; right: string; needs: string }> = [
  {
    re: /既使(?![^。！？；\n]*?(?:又|[也还](?:使|让)))/g,
    right: '即使',
    needs: '既使',
  },
  {
    // 必需 before a verb of duty, of holding or of going through a step (必需持健康证明, 必需经过
    // 审核, 必需由本人办理, 必需通过考核; after heldout-final101): not before 的 or 品, where the verb
    // heads a noun phrase (必需提供的材料), nor 持续 or 持久 (生活必需持续供应 is rare but a noun's).
    re: /必需(?=(?:要|做好|坚持|严格|加强|按照|认真|落实|确保|遵守|进行|及时|立即|全面|高度|切实|始终|依法|把|将|持(?!续|久)|经由|经过|由本人|由(?:监护人|法定代理人|单位|申请人|家长)|通过|参加|参与|签署|签订|填写|登记|办理|取得|接受|提供|保证|保持|服从|执行|贯彻|亲自|如实|采取|先行|事先|提前|向|在[0-9０-９一二三四五六七八九十]|于|当场|现场|本人|实名)(?![的品]))/g,
    right: '必须',
    needs: '必需',
  },
  {
    re: /(?<![现形对印气景想抽大万迹假表意具星图物卦天病脉乱险症心迹法])象(?=[^。！？，；\n]{1,12}?(?:一样|一般|似的))/g,
    right: '像',
    needs: '象',
  },
  {
    re: /(?<=(?:您|你|你们|群众|市民|居民|网友|村民|业主|家长|职工|来信人|来电人|信访人)(?:所|多次|向我们|向我局|向我委|向我办|在[^，。；！？\n]{1,12}?[中上里])?)反应(?=的?(?:[“"][^”"\n]{1,40}[”"])?(?:问题|情况|诉求|意见|建议|事项|内容)|的[^，。；！？、\n“"]{1,16}?(?:问题|情况|诉求|事项))/g,
    right: '反映',
    needs: '反应',
  },
  {
    // 即使 (even if) for 及时 (in time) before what should be done promptly: 请市民即使关注天气变化.
    // Not before a noun (即使关注度不高, 即使处理率…): 即使 there opens a concession.
    re: /(?<=(?:[请要应须需并能]|务必|应当|及早)[\u4e00-\u9fa5]{0,6})即使(?=(?:关注|处理|解决|上报|反馈|报告|清理|更新|回复|办理|整改|跟进|救治|就医|报警|拨打|告知|通知|发布|转移|撤离|补充|缴纳|缴费|申报|查看|采取|止损|联系|核实|纠正)(?![度率量]))/g,
    right: '及时',
    needs: '即使',
  },
  {
    // 推荐 (to recommend) for 推进 (to push forward) where work is said to go forward with no object
    // (申领工作正在有序推荐，截至…; 项目建设稳步推荐。; 改革扎实推荐中; after heldout-final101): 推荐
    // takes what is recommended, 推进 the work before it. Only after a word of work and an adverb of
    // pace, and before the clause's end or a word of progress (进度, 步伐); 积极推荐 and 全面推荐 name
    // nominations and are left.
    re: /(?<=(?:工作|建设|项目|工程|改革|行动|进程|任务|专项|整治|治理|试点|攻坚|计划|规划|申领|发放|改造|创建|筹建|部署|方案)[^，。；！？,;\n]{0,8}?(?:有序|稳步|扎实|加快|加速|纵深|协同|统筹|深入|不断|梯次|稳妥|顺利|逐步|全力|强力|持续|稳妥有序|有力有序)地?)推荐(?=[，。；！？,;]|中[，。；！,;]|$|的?(?:进度|步伐|力度|进程)|落实|实施)/g,
    right: '推进',
    needs: '推荐',
  },
  {
    // The heading of a notice that tells people when and where to report in: 报道时间：8月28日.
    re: /报道(?=(?:时间|地点|日期)[:：])/g,
    right: '报到',
    needs: '报道',
  },
];

export function createWrongWordRule(model: SpellingModel) {
  const index = buildPhraseIndex(model.wrongWords.map((w) => [w.wrong, w.right] as const));
  return (text: string): Finding[] => [
    ...index
      .findAll(text)
      .filter(
        (h) =>
          h.end - h.start >= SET_PHRASE ||
          !straddlesWord(text, h.start, h.end, model.lexicon, STRADDLE_FREQ),
      )
      .map((h) =>
        makeFinding(
          text,
          'text.wrong-word',
          'warn',
          h.start,
          h.end,
          h.value,
          `常见错误写法：“${text.slice(h.start, h.end)}”应为“${h.value}”`,
        ),
      ),
    ...CONTEXT_PAIRS.flatMap(({ re, right, needs }) =>
      (text.includes(needs) ? [...text.matchAll(re)] : []).map((m) =>
        makeFinding(
          text,
          'text.wrong-word',
          'warn',
          m.index,
          m.index + m[0].length,
          right,
          `此处“${m[0]}”应为“${right}”`,
        ),
      ),
    ),
  ];
}
