// Superseded wording that is right about the past and wrong as current policy (`use: current` in
// superseded.tsv): 全面两孩政策 is history in “2016年起实施全面两孩政策”, an error in “为落实全面两孩
// 政策”. The sentence of the hit decides: a past marker (以来, 期间, 取得, 成果, 一度, a year before
// the date the wording was superseded …) keeps it quiet (实施后 alone does not: 全面二孩政策实施后，新生儿持续增长 speaks of
// now); a statement about now (当前, 目前, a year from that date on) reports it; otherwise it is
// reported unless the sentence says it is done (已, 曾).
import type { GateFinding } from './gate-context.ts';
import { insideQuotes } from './opinion-reported.ts';
import { sentenceAround } from './sentence.ts';

/** Rule id of lexicon entries made from `use: current` rows. */
export const SUPERSEDED_AS_CURRENT = 'policy.superseded-as-current';

/** A warning that `[start, end)` names superseded wording as current, with its replacement if any. */
export const supersededAsCurrent = (
  start: number,
  end: number,
  message: string,
  suggestion?: string,
): GateFinding => ({
  gate: 'policy',
  rule: SUPERSEDED_AS_CURRENT,
  severity: 'warn',
  start,
  end,
  message,
  ...(suggestion !== undefined ? { suggestion } : {}),
});

/**
 * The sentence is about the past, whatever else it says: also a rule named as the old one (原法定
 * 退休年龄, 原规定, 改革前) and the place where an idea was first put forward (精准扶贫重要理念首倡地,
 * 首次提出, 发源地). A right acquired (依法取得的用益物权, 须取得许可; after final190) is no past
 * achievement. A leave's 期间 (婚假期间, 产假期间, 试用期间) is no past time, nor is a travel
 * season's (春运期间, 暑运期间: 为保障暑运期间旅客出行安全，即日起…), nor a student's years (在校期间,
 * 就读期间, 求学期间: 在校期间利息由财政全额补贴; after final195). A past Party congress that put
 * the wording forward (党的十六大提出全面建设小康社会; after heldout-final138) dates it too.
 */
const PAST =
  /原(?:法定|规定|政策|标准|制度)|首倡|首提|(?:首次|最早|率先)提出|(?:提出|发源|诞生|起源)地|(?:改革|调整|延迟退休)(?:实施)?前|过去|以来|(?<![假用乳孕节运校读学])期间|时期|上世纪|[0-9０-９一二三四五六七八九十]+年代|那时|当时|当年|那年|回顾|历程|历史|(?<!依法|合法|未|须|需|应当?|可以?)取得|胜利|成就|决定性|如期|圆满|完成了|实现了|打赢了|告别|见证|原有|此前|之前|此后|前期|先后|相继|经验|成果|精神|一度|十[四五六七八九]大(?:报告)?[^，,。；;！？\n]{0,4}?(?:提出|确立|作出|部署|描绘)/;
/** The sentence states the present state of affairs (目前…已实施 is a claim about now). */
const NOW = /当前|目前|现阶段|现在|现行|今年|明年|今后|下一步|正在|正处/;
/**
 * Done: 已, 曾 — unless the sentence says it is so now. Not a person's state that the rule is
 * applied to (已生育一个子女的, 已婚, 已满18周岁, 曾生育; a suspect's 已被拘留的, after final176): that
 * dates the family or the case, not the rule.
 */
const DONE =
  /曾(?!经?(?:生(?:育|了|下|过|有|孩|小孩|子女|[一二两1-3])|育|婚|怀孕))|已(?![知有]|经?(?:生(?:育|了|下|过|有|孩|小孩|子女|[一二两1-3])|育|婚|怀孕|收养|年满|满[0-9０-９一二三四五六七八九十]+周?岁|领取|领证|离异|丧偶|被(?:刑事)?(?:拘留|逮捕|羁押)))/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
/**
 * A verb of the reform itself before the name: 不再保留国家工商行政管理总局, 撤销县工商局, 废止《…》;
 * right before it or before a list ending with it, a tax or levy lifted (全面取消农业税, 彻底废除了农业税,
 * 停止征收社会抚养费, 取消公路养路费、公路运输管理费) or the
 * new thing that replaced it (居住证制度取代了暂住证制度, 以居住证代替暂住证, 替代了原来的暂住证).
 */
const ABOLISHED_BEFORE =
  /(?:不再保留|不再设立|撤销|撤并|废止|停止执行)[^，,：:》」”]{0,40}$|(?:取消|废除|停征|停止征收)(?:了)?(?:[\u4e00-\u9fff“”"]{1,12}[、和及与])*$|(?:取代|替代|代替|替换)(?:了)?(?:原来?的?|原有的?|过去的?|以往的?|旧的?|实行多年的?|沿用多年的?)?[“"《]?$/;
/**
 * …or after it: 营业税从此退出历史舞台, 延续了2600多年的农业税成为历史, 县工商局更名为市场监管局, 质检总局的职责划入…,
 * the last of a list of bodies whose duties were merged (…、国家食品药品监督管理总局的职责进行整合), a law named in a
 * title that is repealed (《中华人民共和国农业税条例》废止), a licence no longer issued (组织机构代码证和
 * 税务登记证不再单独核发), a name replaced by another (暂住证已由居住证取代, 被…替代, 已改为…), a law
 * repealed on a day told at length (《婚姻法》已于2021年1月1日《民法典》施行之日起废止), a scheme or a body
 * told as already merged into the new one (我市新农合早已并入城乡居民医保, 县人事局已整合进人社局).
 */
const ABOLISHED_AFTER =
  /^[^，,；;]{0,40}?(?:不再(?:单独)?(?:核发|发放|颁发|办理|使用|征收)|》(?:已经?|被|正式|同时|依法|予以|宣告)?(?:废止|废除|失效)|退出(?:了)?历史舞台|更名为|改名为|整合为|合并为|合并组建|整合组建|转制|改制为|转隶|整合成立|合并成立|(?:职责|职能|整体|机构)(?:进行|予以|加以|一并|全部|统一)?(?:划入|并入|整合|划转|合并)|划归|被(?:依法|正式|明令|宣布|宣告)?(?:撤销|废止|废除|取消)|(?:同时|依法|正式|宣告|予以|一并)废止|(?:已经?|早已|均已)于[^，,；;。]{1,36}?(?:之日)?起?(?:正式|同时|依法|一并)?(?:废止|废除|失效)|改征|(?:由|被)[^，,；;。]{1,12}?(?:所)?(?:取代|替代|代替|替换)|(?:已经?|现已|早已)改为|(?:从此|正式|彻底|已经?|终于)?(?:成为|成了|走进|载入|已成)(?:了)?历史(?![的上])|画上(?:了)?句号|(?:已经?|早已|现已|均已|都已|已先后)(?:全部|整体|统一|正式|依法)?(?:并入|整合(?:为|成|进|到|入)|合并(?:为|成|进|到|入)))/;
/**
 * …or right after it, ending the clause: 流动人口婚育证明已取消。, 农业税早已废除，…; or changed into
 * the new thing right after it (暂住证改为居住证, 暂住证制度统一改为居住证制度), or a time after its
 * end (2013年劳动教养制度废止后，…). An object after the
 * verb (卫计委已取消原定会议) makes the name the one who cancels.
 */
const ABOLISHED_RIGHT_AFTER =
  /^(?:制度|政策|条例)?(?:被)?(?:正式|全面|彻底|依法)?(?:废止|废除|取消|撤销)(?:以|之)?后|^(?:等证明|等材料|等)?(?:也|均|现|目前)?(?:已经?|早已|现已|均已|已于[^，,；;。]{1,12}?)(?:被)?(?:正式|全面|彻底|依法)?(?:取消|废止|废除|停止使用|停用)(?:了)?(?=[，,。；;！!？?\n]|$)|^(?:制度|政策|证)?(?:[”"》])?(?:已经?|现已|早已|正式|全面|统一|一律|均|逐步|陆续|从此|随之)*(?:改为|改成|变更为|换成|换发为|调整为|升级为)/;
/**
 * The provision deleted from the law that had it (after final209): 修改后的《对外贸易法》已删除对外贸易
 * 经营者备案登记的规定, 删去了…的有关条款 — the name between the verb and the provision.
 */
const DELETED_BEFORE = /(?:删除|删去)(?:了)?(?:有关|关于)?[“"《]?$/;
const DELETED_AFTER = /^[”"》]?(?:的|之)?(?:有关|相关)?(?:规定|条款|内容|要求|表述)/;
/**
 * The office told to no longer do it later in the sentence, naming it again by 该/此 (…的规定，商务部门
 * 不再办理该项备案; after final209). Not a deadline's sanction (逾期不再受理该项申请), which keeps it.
 */
const NO_LONGER_THAT =
  /^(?:(?!逾期|过期|超期|截止|届时|之后|以后|否则)[^。；;！？!?\n]){0,40}?不再(?:单独)?(?:核发|发放|颁发|办理|受理|征收|实行|执行|开展)(?:该|此|这|上述)(?:项|类|个|一)?/;
/** A list of titles after the name, as in 《婚姻法》《继承法》…同时废止: skipped before ABOLISHED_AFTER. */
const TITLE_RUN = /^》?(?:[、，,和及与]?《[^《》\n]{1,30}》)+/;

/**
 * The change told from the old to the new: 从营业税到增值税, 由新农合制度过渡到城乡居民医保, also with the
 * name in quotes (从“单独两孩”到“全面两孩”). After 由
 * only a verb of change counts (由县工商局向社会公布 uses the name).
 */
const FROM_BEFORE = /(?:从|由)(?:原来?的?|过去的?)?[“"《]?$/;
/** A quoted stage of a list of them (“单独两孩”、“全面两孩”), any of which the change started from. */
const QUOTED_STAGE = '[“"《][^”"》。；;\\n]{1,12}[”"》][、，,]?';
const ONLY_FROM_BEFORE = new RegExp(`从(?:原来?的?|过去的?)?(?:${QUOTED_STAGE})*[“"《]?$`);
const TO_AFTER =
  /^[”"》]?(?:制度|时代|时期|体制|模式)?(?:过渡到|转向|走向|迈向|变为|变成|改为|转为|升级为|并入)/;
const FROM_TO_AFTER = new RegExp(
  `^[”"》]?[、，,]?(?:${QUOTED_STAGE})*(?:制度|时代|时期|体制|模式)?到`,
);
/**
 * A middle step of such a history: 从“单独两孩”到“全面两孩”，再到三孩生育政策 — the name after 从…到
 * and followed by 再到 (or 到 again), or by the next 从…到 of the story (从“独生子女”到“单独两孩”，从
 * “全面两孩”到“三孩政策”). The step may name several quoted stages side by side
 * (从“独生子女”到“单独两孩”“全面两孩”，再到三孩政策): each of them is the step.
 */
const STEP_BEFORE = new RegExp(`从[^。；;！？!?\\n]{1,30}?到(?:${QUOTED_STAGE})*[“"《]?$`);
const STEP_AFTER = new RegExp(
  `^[”"》]?[、，,]?(?:${QUOTED_STAGE})*(?:政策|制度|时代|时期)?[，,、]?\\s*(?:(?:再|又|然后|最终|直至|直到|进而)?到|从[^。；;！？!?\\n，,]{1,16}?到)`,
);
/**
 * The name marked as the former one: 原新农合, 原来的新农合, 过去的营业税, a body's forerunner (我所
 * 前身为省第二劳动教养管理所), and an abbreviation in
 * brackets after a former full name (原新型农村合作医疗（新农合）). Not 原则, 原因, 原告 ….
 */
const FORMER_BEFORE =
  /(?:原来?的?|原先的?|过去的?|以前的?|以往的?|此前的?|从前的?|昔日的?|曾经的?|改革前的?)$|前身(?:为|是|系|即|就是|乃)[\u4e00-\u9fff]{0,10}$|原(?![则因告料件始本创文地油材籍生汁样价理型子址路稿声装产有])[\u4e00-\u9fff]{2,14}[（(]$/;

/**
 * A clause opened by a time before the change (以前办理土地登记要去县国土资源局, 过去群众要跑县计生局,
 * 机构改革前，…): the name is where things were done then. Not 以前 after a date (5月1日以前到…办理),
 * which is a deadline, nor 现在 after it in the clause (以前是…现在是…).
 */
const PAST_CLAUSE_BEFORE =
  /(?:^|[，,。；;！？!?\n：:])\s*(?:以前|过去|从前|早先|早年|早些年|那时候?|当年|改革前|机构改革前|撤并前)(?:[，,]\s*)?[^，,。；;！？!?\n：:现]{0,24}$/;
/** 原 before a place and its level (原县国土资源局, 原邵阳市隆回县国土资源局): the body as it was. */
const FORMER_PLACE_BEFORE =
  /原(?![则因告料件始本创文地油材籍生汁样价理型子址路稿声装产有])[\u4e00-\u9fff]{0,10}?(?:省|市|县|区|州|旗|盟|镇|乡)$/;
/**
 * 原 before the first of a list of names, which it qualifies whole: 原市工商局、市质监局、市食药监局的职责
 * …, 原县卫生局和县计生局. Each name of the list before the one read is 2 to 14 Han characters; the
 * one read may have its place before it (市质监局: 市).
 */
const FORMER_LIST_BEFORE =
  /原(?![则因告料件始本创文地油材籍生汁样价理型子址路稿声装产有])(?:[\u4e00-\u9fff]{2,14}?(?:、|和|及|与|以及))+[\u4e00-\u9fff]{0,8}$/;

/**
 * The sentence tells of the reform that superseded the wording (the name is reported as abolished,
 * not used): true for 组建…，不再保留国家工商行政管理总局, 营业税从此退出历史舞台, 从营业税到增值税 and
 * 原新农合.
 */
export function reportsAbolition(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  if (ABOLISHED_BEFORE.test(before) || ABOLISHED_AFTER.test(after)) return true;
  if (ABOLISHED_RIGHT_AFTER.test(after)) return true;
  if (DELETED_BEFORE.test(before) && DELETED_AFTER.test(after)) return true;
  if (NO_LONGER_THAT.test(after)) return true;
  if (FORMER_BEFORE.test(before) || FORMER_PLACE_BEFORE.test(before)) return true;
  if (FORMER_LIST_BEFORE.test(before)) return true;
  if (PAST_CLAUSE_BEFORE.test(before)) return true;
  if (FROM_BEFORE.test(before) && TO_AFTER.test(after)) return true;
  if (ONLY_FROM_BEFORE.test(before) && FROM_TO_AFTER.test(after)) return true;
  if (STEP_BEFORE.test(before) && STEP_AFTER.test(after)) return true;
  const titles = TITLE_RUN.exec(after);
  return titles !== null && ABOLISHED_AFTER.test(after.slice(titles[0].length));
}

/** A question right after the name (还需要缴纳社会抚养费吗？) … */
const QUESTION_AFTER = /^[^。！!？?\n]{0,20}?[？?]/;
/**
 * … answered no at once: after an answer's label (答：不需要…, A：已取消) or as a word of its own
 * (不需要。, 不用，…); 不需要去… after a question is the asker going on.
 */
const NO =
  '(?:不需要|不用|无需|不必|不再|不会|否|已经?(?:取消|废止|停止征收|停征)|早已(?:取消|废止))';
const ANSWERED_NO = new RegExp(`^\\s*(?:(?:答|回答|答复|A)\\s*[：:]\\s*${NO}|${NO}[。！!，,；;])`);

/**
 * The name asked about in a question that the post answers no (问：生育三孩还需要缴纳社会抚养费吗？
 * 答：不需要): the Q&A tells that the wording is gone.
 */
export function answeredNo(text: string, end: number): boolean {
  const question = QUESTION_AFTER.exec(text.slice(end, end + 24));
  return (
    question !== null &&
    ANSWERED_NO.test(text.slice(end + question[0].length, end + question[0].length + 16))
  );
}

/**
 * The time before a reform or a merger opens the sentence's account of the old body, with no 后 of
 * the time after it between (2018年机构改革前，县价格认证中心隶属县物价局; heldout-final93), and
 * so does the time before a law's amendment (2014年修改前的消费者权益保护法规定退一赔一) or before a
 * reform took effect (2016年5月1日全面推开营改增试点之前，集团…缴纳营业税; after heldout-final166).
 */
const BEFORE_REFORM =
  /(?:机构改革|改革|机构调整|撤并|合并|整合|更名|改制|修改|修正|修订|营改增|试点|施行|实施|推开|取消|废止|停征)(?:之|以)?前[，,]?[^后。；;！？\n]*$/;

/**
 * A year before the date the wording was superseded, earlier in the sentence and with no later year
 * in it, dates what is told to the past: 1998年我镇农户缴纳农业税的完税凭证; so does such a year right
 * after the name (国家食品药品监督管理总局于2013年组建).
 */
export function datedBefore(
  text: string,
  start: number,
  end: number,
  supersededOn: string,
): boolean {
  const [from, to] = sentenceAround(text, start, end);
  const cutYear = Number(supersededOn.slice(0, 4));
  if (!cutYear) return false;
  if (BEFORE_REFORM.test(text.slice(from, start))) return true;
  if (STILL_DUE.test(text.slice(from, start))) return false;
  let earlier = false;
  for (const m of text.slice(from, to).matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= cutYear) return false;
    if (from + m.index < start) earlier = true;
  }
  const decade = DECADE.exec(text.slice(from, start));
  if (decade && lastYearOf(decade) < cutYear) earlier = true;
  const dated = DATED_AFTER.exec(text.slice(end, to));
  if (dated && Number(dated[1]) < cutYear) earlier = true;
  return earlier;
}

/**
 * A duty told as still owed right before the name (after heldout-final138): 对于2016年以前违反政策生育的，
 * 仍需按照规定缴纳社会抚养费 dates the births, not the fee, which the post demands today.
 */
const STILL_DUE =
  /(?:仍需|仍须|仍要|仍应|仍然需要|仍然要|仍然应当|仍应当|还需|还须|还要|继续)(?:按照?|依照|根据)?(?:规定|有关规定|相关规定|政策|标准)?(?:补缴|缴纳|缴清|缴交|征收|收取|追缴|执行|办理|享受|申领|提交)$/;

/** A year right after the name, as its subject's date (国家食品药品监督管理总局于2013年组建). */
const DATED_AFTER = /^[^，,。；！？\n]{0,4}?(?:于|在)((?:19|20)[0-9]{2})年/;

/**
 * A decade of the last century before the name (上世纪八九十年代, 90年代, 1980年代, 七十年代): its last
 * year dates what is told. Not 20年代 alone (this century's twenties).
 */
const DECADE = /上世纪|上个世纪|(?:19)?([5-9])0年代|([五六七八九])十年代/;
const DIGIT: Record<string, number> = { 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const lastYearOf = (m: RegExpExecArray): number => {
  const d = m[1] ? Number(m[1]) : m[2] ? DIGIT[m[2]]! : 9;
  return 1900 + d * 10 + 9;
};

/** A law cited as the basis of what follows: 根据《中华人民共和国婚姻法》第十七条规定，…. */
const CITED_BEFORE = /(?:根据|依据|依照|按照)《?(?:中华人民共和国)?$/;
const CITED_AFTER = /^》?(?:第[^，,。；;》]{1,12}?条)?(?:的|之)?(?:有关|相关)?规定/;

/**
 * The sentence of the hit; for a cited law, only up to the citation (…第十七条规定): what follows
 * is the article's content, whose 婚姻关系存续期间 says nothing of when the post speaks. `article`:
 * the citation names an article (依照《中华人民共和国婚姻法》第三十二条之规定).
 */
function citedSentence(
  text: string,
  start: number,
  end: number,
): { sentence: string; article: boolean } {
  const [from, to] = sentenceAround(text, start, end);
  const after = CITED_AFTER.exec(text.slice(end, to));
  if (!after || !CITED_BEFORE.test(text.slice(from, start)))
    return { sentence: text.slice(from, to), article: false };
  return { sentence: text.slice(from, end + after[0].length), article: after[0].includes('条') };
}

/**
 * The year of a ministry order's number (交通部令2000年第2号, after final211): it numbers the document
 * cited, and dates neither the statement nor the matter told.
 */
const orderNumberYear = (sentence: string, m: RegExpMatchArray): boolean =>
  sentence[(m.index ?? 0) - 1] === '令' &&
  /^第[0-9０-９]+号/.test(sentence.slice((m.index ?? 0) + m[0].length));

/**
 * The year a rule took effect, right before its title (目前…主要依据是2012年施行的《无障碍环境建设条例》,
 * after final221): it dates the rule named, not the statement, which a word of now in the sentence
 * sets in the present. `at`: where the name starts in the sentence.
 */
const OWN_DATE_BEFORE =
  /^\s*(?:[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?)?起?(?:颁布|公布|出台|印发|发布|制定|通过|修订|修正)?(?:施行|实施)?的?(?:现行的?)?《(?:中华人民共和国)?$/;
const ownDateOfName = (sentence: string, m: RegExpMatchArray, at: number): boolean =>
  NOW.test(sentence) &&
  OWN_DATE_BEFORE.test(sentence.slice((m.index ?? 0) + m[0].length, Math.max(0, at)));

/** Whether the sentence around `[start, end)` uses the wording as current policy. */
export function usedAsCurrent(
  text: string,
  start: number,
  end: number,
  supersededOn: string,
): boolean {
  const { sentence, article } = citedSentence(text, start, end);
  const at = start - sentenceAround(text, start, end)[0];
  const cutYear = Number(supersededOn.slice(0, 4));
  let laterYear = false;
  for (const m of sentence.matchAll(YEAR)) {
    if (orderNumberYear(sentence, m) || ownDateOfName(sentence, m, at)) continue;
    const year = Number(m[1]);
    if (year < cutYear) return false;
    laterYear = true;
  }
  if (PAST.test(sentence)) return false;
  // An article cited as the ground of what the sentence goes on to do (依照《…婚姻法》第三十二条之规定，
  // 判决准予离婚) applies the law now: an 已 before the citation (感情确已破裂) tells the facts of the
  // case, not that the law is done.
  return article || laterYear || NOW.test(sentence) || !DONE.test(sentence);
}

/**
 * A post that refutes a rumour or a misreading (网传…系谣言, 此说法不实) — not a rule on false
 * statements (提供的信息不实的，取消资格).
 */
const REFUTES =
  /谣言|谣传|辟谣|网传|传言|假消息|虚假信息|虚假消息|误读|误传|纯属捏造|(?:说法|消息|传闻|内容|信息)(?:系|纯属|均|完全|并|严重)?(?:不实|不属实|失实)(?!的)|[？?！!]\s*不实/;

/**
 * The wording quoted in a post that refutes it (网传“我县今年起恢复征收农业税”系谣言): the rumour's
 * words, not the account's claim. Quotation marks alone do not do (落实“全面两孩”政策 uses the term).
 */
export function quotedInRefutation(text: string, start: number, end: number): boolean {
  return insideQuotes(text, { start, end }) && REFUTES.test(text);
}
