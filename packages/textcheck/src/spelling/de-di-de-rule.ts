// The 的/地/得 rule (text.de-di-de): only the confident cases — a listed adverb, 的, a listed verb
// used as a verb (扎实的推进 → 扎实地推进); and a verb, 的, then a complement of degree (落实的很到位
// → 落实得很到位, 打扫的干干净净 → 打扫得干干净净; also the verbs of inspection and rectification,
// 整改的不够彻底 → 整改得不够彻底, 排查的很仔细). When the verb is nominal (积极的推动作用,
// 实现全面的提升) 的 is right, so those contexts are left alone; so is a quantity after 的
// (完成的很多任务). A manner word, 的, then whom a service is for (耐心的为群众讲解) takes 地 too.
// After final202 the verbs of a figure's trend joined the verbs before a complement (气温回升的很快).
import type { Finding } from '../finding.ts';
import type { DeDiDeTable } from './de-di-de.ts';
import { makeFinding } from './make-finding.ts';
import { buildPhraseIndex } from './phrase-index.ts';

/**
 * After these, "adverb 的 verb" is a noun phrase (取得积极的进展, 经过认真的检查, 一次全面的审查).
 */
const NOMINAL_BEFORE =
  /(?:实现|取得|得到|进行|加以|给予|作出|做出|带来|有了|予以|开展了|开展|展开|组织|经过|通过|接受|迎接|进行了|做了|作了|一次|一番|一轮|次|番|轮|的|保持|呈现|出现|迎来|维持|呈|有)$/u;
/** Before these, the verb is the head of a noun phrase (推动作用, 落实措施, 认真的学习态度, 刻苦的训练成果). */
const NOMINAL_AFTER =
  /^(?:作用|工作|机制|力度|措施|下|中|者|力|性|上|成效|效果|方面|能力|水平|体系|的|情况|举措|行动|方案|任务|要求|之|态度|作风|精神|劲头|状态|计划|成果|内容|时间|场|室|厅|课|题|资料|营|基地|曲目|节目|态势|势头|趋势|幅度|速度|空间|动力|动能|通道|区间|率|点)/u;

/**
 * The phrase as a subject (认真的检查是安全的保障) or standing alone as a clause (，认真的检查，): the verb
 * is a noun there and 的 is right.
 */
const COPULA_AFTER = /^(?:是|为|就是|乃是|才是)/u;
const CLAUSE_START = /(?:^|[，。；、！？,.;：:\s])$/u;
const CLAUSE_END = /^(?:[，。；、！？,.;：:]|$)/u;

/**
 * A verb of doing or of change (发展, 增长), of repair and keeping (修复, 保存), or of performing, answering
 * or taking part (表现, 发挥, 演唱, 回答, 跑, 配合, 掌握; after heldout-final101), 的, then how well
 * or how fast it went: a degree word
 * and an evaluative adjective ending the clause (not 发展的很好机遇, 完成的很好的), a reduplicated
 * adjective (干干净净, 整整齐齐; not a noun doubled, as in 管理的方方面面 or 工作的点点滴滴), or an idiom of how it is going ending the clause (开展的如火如荼,
 * 发展的又快又好).
 */
const COMPLEMENT =
  /(?:落实|完成|做|干|办|开展|推进|执行|打扫|收拾|整理|布置|准备|安排|处理|讲|写|说|学|组织|服务|管理|发展|增长|进展|恢复|变化|成长|运行|进行|整改|整治|治理|清理|排查|查处|检查|核查|审查|清查|摸排|宣传|督促|研究|调研|修复|修缮|修补|保存|保护|维护|装修|整修|打理|改造|表现|发挥|表演|演出|演唱|演奏|演绎|回答|答|跑|跳|唱|配合|掌握|把握|衔接|协调|沟通|筹备|设计|布置|保持|坚持|进步|提高|提升|适应|融入|回升|上升|下降|回落|攀升|下滑|上涨|下跌|反弹|升温|降温|增加|减少|扩大|缩小|蔓延|好转|复苏|涨)的(?:(?:很|非常|十分|特别|相当|更加|更|越来越|比较|较为|最|不够|不太|不是很|还不够)(?:好|到位|扎实|出色|及时|细致|认真|充分|顺利|圆满|干净|整齐|漂亮|清楚|明白|透彻|规范|周到|快|慢|迅速|迅猛|平稳|稳定|明显|彻底|深入|全面|仔细|严格|有力|深刻|完整|完好|精美|精致|美观|整洁|精彩|动听|生动|流利|流畅|准确|熟练|娴熟|默契|投入|出彩|稳健)(?=[^\u4e00-\u9fff]|了|$)|(?!方方面面|点点滴滴|家家户户|条条框框|时时刻刻|日日夜夜|世世代代|角角落落|枝枝节节)([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2|(?:如火如荼|有声有色|井井有条|热火朝天|井然有序|有条不紊|风生水起|卓有成效|紧锣密鼓|恰到好处|淋漓尽致|又快又好|又好又快|又稳又快|又快又稳|又稳又好|又好又稳|又多又好|又多又快)(?=[^\u4e00-\u9fff]|$))/gu;

/**
 * How someone serves, then 的, then whom for and the service (耐心的为群众讲解, 热情的向游客介绍): the
 * manner word modifies the service, so 的 should be 地. After final205 (耐心的为年长群众指引路线) the
 * services of guiding, registering, answering, measuring and repairing joined the list. After final212
 * (耐心的与您家人沟通) the manner word before 与, 同 or 跟, someone, then talking it over with them
 * (沟通, 交流, 协商 …) too; not 和, which joins two manner phrases (耐心的和细致的讲解), nor 与会.
 */
const MANNER_BEFORE_SERVICE =
  /(?:耐心|热情|细心|悉心|贴心|热心|主动|详细|仔细|认真|及时|积极)的(?=(?:为|向|给|帮|替)[\u4e00-\u9fa5]{1,8}?(?:讲解|解答|答疑|解释|介绍|说明|提供|办理|服务|解决|指导|演示|宣讲|讲述|送上|发放|排忧解难|指引|引导|引路|带路|指路|登记|代办|代写|填写|答复|回复|辅导|测量|检查|诊治|调解|查询|核对|操作|维修|修理|寻找|推荐|示范|陪同|护送|安装|调试|普及|传授|讲授)|(?:与|同|跟)(?!会|否|众不同)[\u4e00-\u9fa5]{1,8}?(?:沟通|交流|协商|商量|商议|谈心|交谈|面谈|座谈|联系|对接|核实|确认))/gu;

/**
 * A speaker's feeling, then 的, then the verb of speaking that tags a quotation (游客张女士高兴的说, 老人
 * 激动的说：, 他自豪的表示): the feeling tells how it was said, so 的 should be 地. Not a noun after
 * (令人高兴的说法, 满意的说明).
 */
const FEELING_BEFORE_SPEECH =
  /(?:高兴|开心|激动|兴奋|感慨|自豪|欣慰|动情|欣喜|骄傲|感激|深情|诚恳|笑眯眯|乐呵呵|笑呵呵|笑盈盈|乐滋滋|喜滋滋|美滋滋|兴冲冲|无奈|感动|坚定|郑重|自信|腼腆|羞涩)的(?=(?:说|表示|告诉|讲述|谈道|说道|感叹|回忆道|笑道|介绍说)(?![法明话服得清出起]))/gu;

/**
 * 变 (become) alone, 的, then a degree word and what it became (环境变的更加整洁, 村容变的越来越美): the
 * degree complement takes 得. Not 变 inside a word (不变的, 多变的, 改变的, 转变的, 应变的, 演变的), where
 * 的 makes a noun phrase (不变的更多是坚守).
 */
const BECOME =
  /(?<![不多可善应万事政兵叛灾病哗质量恒嬗蜕畸衍剧突巨演改转裂异色渐聚蝶核癌])变的(?=(?:更加|越来越|愈发|愈加|愈来愈|日益|更为|十分|非常|格外|很)[\u4e00-\u9fff])/gu;

function becomeSlips(text: string): Finding[] {
  return [...text.matchAll(BECOME)].map((m) =>
    slip(text, m.index + 1, '得', '“变”后接程度补语，应用“变得”'),
  );
}

function speechSlips(text: string): Finding[] {
  return [...text.matchAll(FEELING_BEFORE_SPEECH)].map((m) => {
    const at = m.index + m[0].length - 1;
    const feeling = text.slice(m.index, at);
    return slip(text, at, '地', `“${feeling}”修饰后面的“说”等动词，应用“地”`);
  });
}

/** The 的 at `at` reported with its replacement. */
const slip = (text: string, at: number, right: '地' | '得', message: string): Finding =>
  makeFinding(text, 'text.de-di-de', 'warn', at, at + 1, right, message);

/**
 * The same manner words, 的, then a verb of hearing or explaining with its object right after
 * (调解员耐心的倾听双方诉求, 民警细心的询问老人住址), and of reading, watching or writing (孩子们认真的阅读
 * 绘本, 仔细的观察叶片, 认真的填写表格; after heldout-final138): the verb takes an object, so it is a
 * verb and 的 should be 地. Not a noun phrase after 给予, 进行 … (给予耐心的倾听), nor the verb ending the phrase
 * (耐心的倾听和陪伴, 耐心的解答。).
 */
const MANNER_BEFORE_OBJECT =
  /(?:耐心|热情|细心|悉心|仔细|认真|详细|主动|反复)的(?=(?:倾听|聆听|询问|解答|讲解|解释|劝说|劝导|疏导|安抚|宽慰|开导|记录|核对|阅读|翻阅|品读|研读|查阅|观看|观察|抄写|书写|填写|描绘|绘制)(?![和与及、，。；！？,.;:：\s的]|$|工作|服务|过程|者|中|说明|记录|习惯|能力|态度|兴趣|氛围|活动|时间|方法|体验|效果|量|笔记|材料|理解|写作)[\u4e00-\u9fa5]{2})/gu;

/**
 * A manner word, 的, then a two-character verb marked with 了 or 着 and its object (市长热情的接待了代表团,
 * 耐心的解答了群众疑问, 亲切的询问着老人; after heldout-final186): an aspect marker makes it a verb, so 的
 * should be 地. Not 了 of 了解, 了不起 or 着 of 着力, 着重 …, where the marker begins a word, nor the
 * marker ending the clause (受到热情的接待了。).
 */
const MANNER_BEFORE_ASPECT =
  /(?:热情|耐心|细心|悉心|亲切|热烈|认真|仔细|详细|深入|积极|主动|郑重|隆重|反复|严格|迅速|及时|果断|妥善|深情|热心|专注|细致|耐心细致)的(?=[\u4e00-\u9fa5]{2}(?:了(?![解不结然如却])|着(?![力重手眼实装落想急迷陆]))[\u4e00-\u9fa5“"])/gu;

function aspectSlips(text: string): Finding[] {
  return [...text.matchAll(MANNER_BEFORE_ASPECT)]
    .filter((m) => !NOMINAL_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)))
    .map((m) => {
      const at = m.index + m[0].length - 1;
      const manner = text.slice(m.index, at);
      return slip(text, at, '地', `“${manner}”修饰后面带“了”“着”的动词，应用“地”`);
    });
}

/** The manner slips, and the aspect slips at a 的 no manner slip reports. */
function mannerAndAspectSlips(text: string): Finding[] {
  const manner = mannerSlips(text);
  return [...manner, ...aspectSlips(text).filter((a) => !manner.some((m) => m.start === a.start))];
}

function mannerSlips(text: string): Finding[] {
  const service = [...text.matchAll(MANNER_BEFORE_SERVICE)];
  const object = [...text.matchAll(MANNER_BEFORE_OBJECT)].filter(
    (m) =>
      !NOMINAL_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
      !service.some((s) => s.index === m.index),
  );
  return [...service, ...object].map((m) => {
    const at = m.index + m[0].length - 1;
    const manner = text.slice(m.index, at);
    return slip(text, at, '地', `“${manner}”修饰后面的动作，应用“地”`);
  });
}

function complementSlips(text: string): Finding[] {
  return [...text.matchAll(COMPLEMENT)].map((m) => {
    const at = m.index + m[0].indexOf('的');
    const complement = text.slice(at + 1, m.index + m[0].length);
    return slip(
      text,
      at,
      '得',
      `动词“${text.slice(m.index, at)}”后接补语“${complement}”，应用“得”`,
    );
  });
}

export function createDeDiDeRule(table: DeDiDeTable) {
  const phrases: Array<[string, number]> = [];
  for (const adv of table.adverbs)
    for (const verb of table.verbs) phrases.push([`${adv}的${verb}`, adv.length]);
  const index = buildPhraseIndex(phrases);
  return (text: string): Finding[] => [
    ...index
      .findAll(text)
      .filter(
        (h) =>
          !NOMINAL_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
          !NOMINAL_AFTER.test(text.slice(h.end, h.end + 2)) &&
          !COPULA_AFTER.test(text.slice(h.end, h.end + 2)) &&
          !(
            CLAUSE_START.test(text.slice(Math.max(0, h.start - 1), h.start)) &&
            CLAUSE_END.test(text.slice(h.end, h.end + 1))
          ),
      )
      .map((h) => {
        const at = h.start + h.value;
        const verb = text.slice(at + 1, h.end);
        return slip(text, at, '地', `“${text.slice(h.start, at)}”修饰动词“${verb}”，应用“地”`);
      }),
    ...complementSlips(text),
    ...mannerAndAspectSlips(text),
    ...speechSlips(text),
    ...becomeSlips(text),
  ];
}
