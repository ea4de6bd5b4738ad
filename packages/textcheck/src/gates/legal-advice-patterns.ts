// What a post teaches or advises that the law forbids, whatever warning surrounds it: how a drug
// is made from its precursor (以麻黄碱为原料，经简单还原即可制得 — in an anti-drug lesson as much as
// anywhere), controlled medicines recommended for self-medication (失眠可到药店买点曲马多自行服用) or
// stimulants for staying awake (熬夜加班时不妨来两片“聪明药”)
// and poppy parts taken as a home remedy (用罂粟壳煮水服用来止泻) or grown as a seasoning (种植罂粟
// 用于做菜调味).
// Controlled medicines offered without a prescription or through 微商 and 代购 are read with the
// advice (阿普唑仑…可不凭处方直接到窗口购买). The recipe is never a mere mention; the advice informs only where its own sentence forbids or
// warns (切勿自行服用曲马多, 须凭处方).
import type { Severity } from '../finding.ts';
import type { Regrade } from './lexicon-findings.ts';
import type { PatternRule } from './pattern-findings.ts';
import { insideQuotes } from './opinion-reported.ts';
import { guardRules } from './regex-guard.ts';
import { sentenceAround } from './sentence.ts';

/** Precursor chemicals (易制毒化学品): 含麻黄碱的感冒药 names one too. */
const PRECURSOR =
  '(?:麻黄碱|麻黄素|伪麻黄碱|羟亚胺|邻氯苯基环戊酮|苯基丙酮|胡椒醛|黄樟素|黄樟油|麦角酸|醋酸酐)';
/** Drugs a recipe yields. */
const DRUG = '(?:冰毒|甲基苯丙胺|K粉|氯胺酮|摇头丸|海洛因|吗啡|毒品|麻古|大麻油)';
/** What the step yields: a verb of making, or 得到/变成 with the drug named. */
const YIELDS = `(?:制得|制成|制出|提炼|提取|合成|做出|提纯|自制|(?:得到|变成)${DRUG})`;
/** Where or by whom, between the ease and the yield: 即可在家中自制, 就能自己提炼. */
const AT_HOME = '(?:在家(?:中|里)?|在出租屋内?|自己|自行|私自)?';
/** Psychotropic and narcotic medicines sold only on prescription (精神药品, 麻醉药品). */
const CONTROLLED =
  '(?:曲马多|曲马朵|地西泮|艾司唑仑|阿普唑仑|氯硝西泮|劳拉西泮|三唑仑|咪达唑仑|佐匹克隆|唑吡坦|扎来普隆|可待因|复方甘草片|复方地芬诺酯|右美沙芬|羟考酮|氨酚羟考酮|哌替啶|杜冷丁|芬太尼|吗啡|安定片|莫达非尼|利他林|哌甲酯|专注达|阿德拉|聪明药)';

/** Recipes: reported as written, never regraded. */
export const RECIPE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A recipe: precursor, a step and how easily it yields the drug (经简单还原即可制得, 只需加热提纯就
    // 能得到, 研磨提纯后加热还原，即可在家中自制冰毒), or the method announced (制取冰毒的具体方法是). 可制成 in a lesson that names the
    // precursor as controlled states a fact, not a recipe, so an easy result (即可, 就能) is needed.
    rule: 'legal.drug-making',
    severity: 'block',
    pattern: new RegExp(
      `${PRECURSOR}[^。！？\\n]{0,24}?(?:经|经过|通过|只需|只要|用|再|加入|加上|加热|简单)[^。！？\\n]{0,12}?(?:即可|就能|就可以?|便可|便能)(?:轻松)?${AT_HOME}(?:轻松)?${YIELDS}|(?:提炼|提取|制取|合成|制作|制造|自制)(?:${DRUG}|${PRECURSOR})的(?:具体)?(?:方法|步骤|工艺|配方|流程|教程|做法)(?:是|为|如下|[：:])`,
      'g',
    ),
    message: '传授毒品或易制毒化学品的制作方法，涉毒内容',
  },
]);

/** Opium-poppy parts (罂粟壳, 大烟壳, 御米壳 — not 玉米壳). */
const POPPY = '(?:罂粟|大烟|御米)(?:壳|籽|果|杆|秆|苗|花|膏|粉)|(?<!玉)米壳|罂粟';
/** How a home remedy is made of it: boiled, steeped, chewed. */
const BREW = '(?:煮水|泡水|熬水|煎水|熬汤|煮汤|泡茶|泡酒|煎服|冲服|煮|熬|泡|炖|煎|嚼|磨粉)';
/** What the remedy is said to do. */
const REMEDY_EFFECT =
  '(?:止泻|止咳|止痛|镇痛|治|缓解|安神|助眠|退烧|效果|见效|管用|好使|灵验|有效)';
/** The ailment it is taken for. */
const AILMENT =
  '(?:拉肚子|腹泻|闹肚子|咳嗽|牙疼|牙痛|肚子疼|肚子痛|胃疼|胃痛|失眠|睡不着|痛经|头疼|头痛|关节痛)';

/** A dose in a recipe: 5克, 三钱, 两个, 10g. */
const DOSE =
  '[0-9０-９一二三四五六七八九十两几半]+(?:[.．][0-9０-９]+)?(?:克|g|钱|两|个|枚|粒|颗|片)';
/** How the dosed recipe is taken: brewed and drunk (煎水服用, 泡水喝, 水煎服, 代茶饮). */
const TAKEN =
  '(?:(?:煎水|煮水|泡水|熬水|水煎|煎汤|煮汤|熬汤|泡茶|泡酒|开水冲)(?:后)?(?:服用|服下|口服|内服|饮用|喝|饮|服)|煎服|冲服|顿服|代茶饮|(?:睡前|饭后|饭前|早晚)?温服)';

/** What a poppy grown at home is said to be for: seasoning food. */
const SEASONING =
  '(?:调味|调料|提味|提香|提鲜|增香|香料|做菜|炒菜|炖肉|卤肉|卤味|火锅|煮肉|自家吃|自己吃|食用)';

/** Self-medication advice: regraded by its own sentence (regradeAdvice). */
export const SELF_MEDICATION_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Controlled medicines advised for use without a doctor: 到药店买点曲马多自行服用, 睡不着就吃两片
    // 艾司唑仑, 可待因自己买来吃即可; stimulants sold as a study or work aid (“聪明药”提神效果明显，熬夜
    // 加班时不妨来两片, 考试前可以吃一粒莫达非尼), also advised by an amount or a nickname before the name
    // (after heldout-final102: 实在困得不行的，可以吃点“聪明药”莫达非尼; 不妨吃些专注达; 建议备上几片利他林),
    // or by a measure of moderation before the verb (after heldout-final105: 提神可以适量服用“聪明药”莫达非尼;
    // 不妨少量服用利他林; 可适当吃点阿普唑仑) — 适量 makes a dose of it, not a warning.
    rule: 'legal.prescription-drugs',
    severity: 'warn',
    pattern: new RegExp(
      `${CONTROLLED}[”"」]?[^。；！？\\n]{0,20}?(?:不妨|试试|可以)(?:来|吃|服|嗑)(?:上)?(?:几|两|一|半|1|2)(?:片|粒|颗)|(?:药店|药房|网上|网店)(?:买|购买|买点|买些|拿点|开点|购)?[^。；！？\\n]{0,6}?${CONTROLLED}[^。；！？\\n]{0,8}?(?:自行|自己|随便)?(?:服用|吃|服下)|${CONTROLLED}[^。；！？\\n]{0,10}?(?:自行|自己|随便|多)(?:服用|吃|加量|购买|买来吃)|(?:自行|自己|随便)(?:服用|吃|购买|买点|买些)(?:点|些|几片|两片)?${CONTROLLED}|(?:睡不着|失眠|疼|痛|咳嗽|熬夜|加班|犯困|提神|考试|复习)[^。；！？\\n]{0,8}?(?:就|可以|可|不妨)(?:吃|服用|来)(?:几|两|一|半)?(?:片|粒)?${CONTROLLED}|(?:可以|可|不妨|建议|就|试试)(?:吃|服用|服|来|嗑|备|买)(?:上)?(?:点|些|一点|一些|几片|几粒|几颗|一片|一粒|一颗|两片|两粒)[“"「]?(?:[^”"」。；！？\\n]{1,6}[”"」])?${CONTROLLED}|(?:可以|可|不妨|建议|就|试试|最好)(?:适量|适当|少量|偶尔|临时|按需|定量)(?:地)?(?:吃|服用|服|嗑|用|来)(?:上)?(?:点|些|一点|一些|几片|几粒|一片|一粒)?[“"「]?(?:[^”"」。；！？\\n]{1,6}[”"」])?${CONTROLLED}`,
      'g',
    ),
    message: '建议自行购买、服用精神或麻醉药品，违反处方药管理规定，可能危害健康',
  },
  {
    // Controlled medicines offered without a prescription or through an unlicensed channel:
    // 阿普唑仑、氯硝西泮等药品可不凭处方直接到窗口购买, 含可待因的止咳水如院内缺货，家属可通过微商渠道
    // 自行购买, 曲马多无需处方即可网购. A rule that they need one (须凭处方购买) is not read.
    rule: 'legal.prescription-drugs',
    severity: 'warn',
    pattern: new RegExp(
      `${CONTROLLED}[^。；！？\\n]{0,16}?(?:可|可以|能|也可|均可|即可)?(?:不凭|无需|无须|不用|不需要?|免|不看)(?:医生|医师)?(?:处方|开方)|(?:不凭|无需|无须|不用|免)(?:医生)?处方[^。；！？\\n]{0,10}?(?:购买|购|买|开|拿|取)[^。；！？\\n]{0,6}?${CONTROLLED}|${CONTROLLED}[^。；！？\\n]{0,20}?(?:通过|到|去|找|在|从)(?:微商|代购|朋友圈|网上|网店|淘宝|私人|个人|黑市|药贩子|熟人)[^。；！？\\n]{0,6}?(?:自行|私下)?(?:购买|购|买|代购|网购)`,
      'g',
    ),
    message: '称精神、麻醉药品可不凭处方或经非正规渠道购买，违反处方药和特殊药品管理规定',
  },
  {
    // Poppy parts taken as a home remedy: 用罂粟壳煮水服用来止泻, 咳嗽不止可以用罂粟壳泡水喝, 拉肚子时嚼
    // 几粒大烟籽就好, 罂粟壳熬汤止痛效果好; and a recipe that doses them (取罂粟壳5克、冰糖适量，煎水服用;
    // 罂粟壳三钱水煎服). A lesson that it is illegal or addictive (违法, 成瘾) informs.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${POPPY})[^。；！？\n]{0,4}?${BREW}[^。；！？\n]{0,10}?${REMEDY_EFFECT}|${AILMENT}[^。；！？\n]{0,12}?(?:用|喝|吃|嚼|服用|泡|煮|熬)[^。；！？\n]{0,4}?(?:${POPPY})|(?:${POPPY})${DOSE}[^。；！？\n]{0,24}?${TAKEN}`,
      'g',
    ),
    message: '宣扬用罂粟壳等毒品原植物治病，涉毒且危害健康',
  },
  {
    // Poppies grown or used as a seasoning, told as harmless: 在自家菜园少量种植罂粟用于做菜调味, 卤肉时
    // 放几个罂粟壳提香, 种几棵大烟当调料吃. Growing opium poppy in any number is a crime; a lesson
    // that says so (违法, 非法, 铲除) informs.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `(?:种植|栽种|种上|种了|种些|种几|种|栽)[^。；！？\n]{0,6}?(?:${POPPY})[^。；！？\n]{0,12}?${SEASONING}|(?:${POPPY})[^。；！？\n]{0,10}?(?:提香|提味|提鲜|增香|调味|当调料|做调料|当香料|做香料)`,
      'g',
    ),
    message: '宣扬种植罂粟或以罂粟壳调味，涉毒违法',
  },
]);

/** A sentence that forbids or warns about it: the medicine is named to keep readers from it. */
const FORBIDS =
  /切勿|不要|不可|不能|不得|禁止|严禁|非法|不法|铲除|别(?:自行|自己|随便|乱|擅自)|勿|避免|谨慎|(?<!不|无需|无须|不用)凭处方|须凭|遵医嘱|在医生指导下|医生指导|成瘾|滥用|管制|违法|犯罪|查处|查获|涉嫌/;

/**
 * A reader's question (种几棵罂粟做调料犯不犯法？) answered in the next sentence with a ban (答复：种植
 * 罂粟属违法行为): the advice is asked about, not given (after heldout-final99).
 */
const ANSWERED_NO =
  /^[？?]\s*[^。！？!?\n]{0,40}?(?:违法|犯法|犯罪|禁止|严禁|不行|不可以|不允许|不能)/;

/** A belief quoted and then called wrong (听信“罂粟壳煮汤能治咳嗽”等说法，这些都是错误的). */
const REFUTED = /说法|谣言|误区|错误|不实|不可信|没有(?:科学)?依据/;

export const regradeAdvice: Regrade = (span, severity, ctx): Severity => {
  const text = ctx.doc.text;
  const [from, to] = sentenceAround(text, span.start, span.end);
  if (ANSWERED_NO.test(text.slice(to, to + 48))) return 'info';
  if (insideQuotes(text, span) && REFUTED.test(text.slice(span.end, to + 24))) return 'info';
  return FORBIDS.test(text.slice(from, to)) ? 'info' : severity;
};
