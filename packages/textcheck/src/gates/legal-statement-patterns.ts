// What a legal post itself says of people and violence, read as said — not regraded as a mention:
// a named suspect called a criminal before judgement (regraded only after a judgement, in
// legal.gate.ts), incited beatings and gore in detail.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/**
 * What a report calls a suspect before judgement besides 犯罪分子: 劫匪何某, 毒贩张某某, 凶手李某, 罪犯
 * 王某 on trial, and an offender named by the crime charged (贪污犯周某 prosecuted for 贪污罪, 受贿犯
 * 李某某), the head of a gang charged as one (该犯罪团伙头目周某某 at 提起公诉, 黑老大王某), and the
 * everyday names of an offender (骗子周某 被抓获, 诈骗分子李某 侦查中, 盗贼王某 落网) — the suspect is a
 * 犯罪嫌疑人, in court a 被告人, until judged; also a thief by what he took (偷牛贼周某, 偷车贼王某) or a
 * byword (扒手, 惯偷) (after heldout-final142).
 */
const CALLED =
  '劫匪|歹徒|凶手|毒贩|窃贼|小偷|骗子|诈骗分子|盗贼|抢劫犯|盗窃犯|杀人犯|诈骗犯|强奸犯|纵火犯|毒枭|罪犯|贪污犯|受贿犯|行贿犯|挪用犯|走私犯|绑架犯|贩毒犯|拐卖犯|人贩子|敲诈犯|抢夺犯|伤害犯|猥亵犯|职务犯|犯罪团伙头目|犯罪集团头目|犯罪团伙首要分子|犯罪集团首要分子|黑社会组织头目|黑恶团伙头目|黑老大|腐败分子|贪官|偷[\\u4e00-\\u9fff]{1,2}贼|蟊贼|毛贼|飞贼|惯偷|扒手';
/**
 * A stage of a case before judgement, the trial itself too (开庭审理, 庭审中, 择期宣判), and a
 * supervisory commission's detention and investigation of an official (被留置, 审查调查).
 */
const STAGE =
  '(?:刑事拘留|刑拘|依法逮捕|批准逮捕|批捕|抓获|归案|落网|立案侦查|移送审查起诉|审查起诉|取保候审|监视居住|开庭审理|公开审理|庭审中|提起公诉|择期宣判|认罪认罚|被留置|留置调查|审查调查|监察调查)';

/** Named suspects called criminals: reported without the mention regrade (the arrest report is the context). */
export const SUSPECT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A named suspect called a criminal in an arrest report: 抓获入室盗窃犯罪分子刘某某, 诈骗犯罪分子
    // 王某已被刑事拘留 (the lexicon rule stays silent after 盗窃犯罪, a crime type).
    rule: 'legal.suspect-called-criminal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:抓获|刑事拘留|刑拘|逮捕|归案|落网|控制了?)[^。！？\\n]{0,20}?(?<span>(?:犯罪分子|${CALLED})[\\u4e00-\\u9fff]某某?)`,
      'g',
    ),
    message: '判决前应称“犯罪嫌疑人”（无罪推定），不能称罪犯',
  },
  {
    rule: 'legal.suspect-called-criminal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:犯罪分子|${CALLED})[\\u4e00-\\u9fff]某某?(?=[^。！？\\n]{0,16}?(?:已被|被)?(?:刑事拘留|刑拘|依法逮捕|逮捕|抓获|控制|批捕))`,
      'g',
    ),
    message: '判决前应称“犯罪嫌疑人”（无罪推定），不能称罪犯',
  },
  {
    // …and across sentences of the same report: 缴获冰毒50余克。毒贩刘某对其贩毒事实供认不讳，目前已被
    // 依法刑事拘留. The stage of the case (抓获, 刑事拘留, 移送审查起诉) may stand up to 60 characters
    // before or after the name; a judgement anywhere in the post lets it be a criminal.
    rule: 'legal.suspect-called-criminal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=${STAGE}[^\\n]{0,60}?)(?:犯罪分子|${CALLED})[\\u4e00-\\u9fff]某某?|(?:犯罪分子|${CALLED})[\\u4e00-\\u9fff]某某?(?=[^\\n]{0,60}?${STAGE})`,
      'g',
    ),
    message: '判决前应称“犯罪嫌疑人”（无罪推定），不能称罪犯',
  },
  {
    // …and when the report names the suspect again, by the same name, at a stage of the case told
    // farther on (after final213): 经查，犯罪分子刘某某在未取得许可证的情况下…造成周边土壤污染。目前，刘某某
    // 已被公安机关依法刑事拘留. The name recurring makes the stage this person's, however far apart.
    rule: 'legal.suspect-called-criminal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:犯罪分子|${CALLED})(?<name>[\\u4e00-\\u9fff]某某?)(?=[^\\n]{0,300}?\\k<name>[^。！？\\n]{0,16}?(?:已被|被|已|依法){0,2}${STAGE})`,
      'g',
    ),
    message: '判决前应称“犯罪嫌疑人”（无罪推定），不能称罪犯',
  },
  {
    // Suspects counted and called criminals at their arrest: 抓获4名电信网络诈骗犯罪分子，目前4人已被
    // 依法刑事拘留 (the lexicon rule stays silent after 诈骗犯罪, read there as a crime type). A count
    // makes them persons of this case, not offenders as a class. The count is looked for before the
    // stage behind it: most numerals count nothing.
    rule: 'legal.suspect-called-criminal',
    severity: 'warn',
    pattern: new RegExp(
      `(?=[0-9０-９一二三四五六七八九十两]+(?:名|个))(?<=${STAGE}[^\\n]{0,60}?)[0-9０-９一二三四五六七八九十两]+(?:名|个)[\\u4e00-\\u9fff]{0,10}?(?:犯罪分子|${CALLED})(?!罪)|[0-9０-９一二三四五六七八九十两]+(?:名|个)[\\u4e00-\\u9fff]{0,10}?(?:犯罪分子|${CALLED})(?!罪)(?=[^\\n]{0,60}?${STAGE})`,
      'g',
    ),
    message: '判决前应称“犯罪嫌疑人”（无罪推定），不能称罪犯',
  },
]);

/** Who is beaten in a licence: the thief, him, them, such people. */
const BEATEN = '(?:小偷|贼|他|他们|她|对方|这种人|这些人|这帮人)';
/** A beating told by its measure: 打一顿, 揍他一通, 教训一顿, 暴打个半死, 打几下. */
const MEASURED_BEATING = `(?<![不别没])(?:打|揍|暴打|痛打|暴揍|殴打|教训|收拾)了?${BEATEN}?(?:一顿|一通|几下|几拳|几巴掌|个半死)`;
/** A beating or its harm before the harm is waved away (…也不用负责). */
const BEATING = `(?:${MEASURED_BEATING}|打伤|打坏|打残|打死|打出事|打出(?:了)?毛病|伤了人|打了)`;
/** Not a belief the post reports to correct it: 不少人以为…打一顿也不犯法, 所谓“打了白打”. */
const NOT_BELIEVED = String.raw`(?<!(?:以为|认为|觉得|误认为|误以为|声称|所谓|谣传|传言)[^。，；！？\n]{0,12})`;

/**
 * Violence the post itself incites (抓到了直接往死里打，出了事村里兜着) and gore in detail: never a mere
 * mention, whatever warning words stand around them, so these are not regraded. A report of an attack (对受害人往死里打)
 * incites nothing.
 */
export const INCITEMENT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Gore in detail (连砍十余刀，头颅几乎被砍断…肠子都流了出来, 脑浆溅满墙面, 现场血流满地、惨不忍睹,
    // 鲜血淌了一地, 鲜血溅满整面墙, 血喷满了整个车厢): not for publishing, even in a police bulletin. Not
    // 血流成河, a figure of history, nor a martyr's blood on a land (热血洒满了这片土地).
    rule: 'legal.violence',
    severity: 'warn',
    pattern:
      /头颅(?:几乎)?被(?:砍|割)断|头颅(?:被)?(?:挤|压|撞|轧|砸)(?:爆|碎|扁|裂)|脑浆[^。；！？\n，]{0,6}?(?:挂满|溅满|洒满|流满|糊满|满地|一地)|连砍[0-9０-９一二三四五六七八九十数]+余?(?:刀|人)|血肉模糊|肠子(?:都)?(?:流(?:了)?出来|外流|外露|流(?:了)?一地|流出体外)|脑浆(?:迸裂|流出|四溅|喷溅|涂地|(?:溅|喷|流)(?:得|到|了)?(?:满墙|满地|一地|一墙|满身|满脸|满屋|满车|四处|到处))|溅满(?:了)?血迹|鲜血(?:喷溅|飞溅|四溅|狂喷)(?:得|到)?(?:满墙|满地|一地|一墙|满身|满脸)?|(?:鲜血|血)(?:溅|喷)(?:得|到)?(?:满墙|满地|一地|一墙|满身|满脸)|(?:喷|溅)(?:满|了一)(?:墙|地)(?:的)?(?:鲜血|血)|(?:血流满地|血流一地|满地(?:都)?是血|(?:鲜血|血水|血迹)(?:流|淌|洒)(?:了|得)?(?:满地|一地|满墙|满身|四处|到处都是)|(?:鲜)?血洒(?:满地|一地|满墙|四处)|血肉横飞|血肉四溅|(?:鲜血|血水|血迹|血)(?:溅|喷|流|淌|洒|染)(?:得|到|了)?满(?:了)?(?:整|一)?(?:面|个|块|间|张)?(?:墙面|墙壁|墙|地面|地板|屋子|屋|房间|车厢|床单|床|全身))(?:[、，,]\s*(?:惨不忍睹|触目惊心|不忍直视|惨烈异常|令人作呕))?/g,
    message: '血腥暴力细节描写，政务新媒体不宜发布',
  },
  {
    // Beating an offender allowed or covered for: 抓到了直接往死里打, 可先打一顿再送派出所 (also 直接打一顿再送
    // 派出所, after heldout-final107), 尽管揍一顿,
    // 可以先动手教训一顿, 可把小偷狠狠收拾一顿, 打死也白打, 出了事村里担着, 打伤了算我们的, 打伤了也
    // 不用负责, 打了也不犯法, 抓到了打一顿也不犯法, 揍他一通不违法, 教训一顿算正当防卫, 打伤了也是对方活该 (not asked:
    // 打伤了也不用负责吗？; not a belief corrected: 不少人以为打一顿也不犯法), and a village rule's licence (偷盗者抓到打死
    // 不论, 打死勿论, 打伤不究, 打死打伤概不负责, 打死打伤，后果自负). A report of a beating (将小偷殴打致伤，
    // 被依法拘留) allows nothing; 可以打一通电话 beats no one; 出了问题由施工单位负责 covers no violence (担着, 兜着, 扛着 only);
    // the licence quoted on its own (“打死不论”等违法条款) is named, and 打死不承认 is an idiom.
    rule: 'legal.violence',
    severity: 'block',
    pattern: new RegExp(
      String.raw`(?:抓到|逮到|发现|看到)了?[^。，；！？\n]{0,4}?(?:就|直接)?往死里打|打死(?:也|了也)?(?:白打|不犯法|没事)|(?<![“"「『‘]|打死|打伤|打残)(?:打死|打伤|打残|打断腿)(?:打伤|打死|打残)?了?(?:也|都)?(?:不论|勿论|不究|不追究|无罪|不偿命|概不负责|不负责任?|[，,]?后果自负)|(?<![不别])(?:可|可以|尽管|只管|大胆|随便|放心)(?:先)?(?:动手|上手|出手)?(?:把(?:他|他们|人|小偷|对方|贼)|将其)?(?:狠狠(?:地)?)?(?:(?:打|揍|暴打|痛打|暴揍|教训|收拾)(?:一顿|个半死)|教训一番|揍一通)|(?<![不别])(?:可|可以|尽管|只管|大胆|随便|放心)(?:先)?(?:打断(?:他的|他们的|其)?腿|往死里打)|(?<!不要|不能|不可|不得|别|切勿|严禁|禁止|千万别)(?:先|直接|当场|就地)(?:把(?:人|他|他们|对方|小偷|贼)|将其)?(?:狠狠(?:地)?)?(?:打|揍|暴打|痛打|暴揍|教训|收拾)(?:一顿|一通|个半死)(?:再|然后|后)(?:送|扭送|交给?|移交|报警)|(?:出了事|出事了?|打伤了?|打坏了?|打出事了?|有什么事|出了问题|出了什么事)(?:都|全)?(?:由|算|有)?(?:村里|村委会?|村两委|我们|镇里|政府|单位|社区|我|大家|组织上|中心|我们中心|本中心|局里|我局|本局|站里|我站|本站|所里|我所|队里|大队|处里|院里|公司|领导|上面|上级|指挥部)(?:的)?(?:来|给(?:你们?|大家)|替(?:你们?|大家))?(?:担着|兜着|扛着|顶着|担责)|(?:打伤|打坏|打残|打死)了?(?:人)?(?:都|也)?算(?:我们|村里|我|村委会?|镇里)的|${BEATING}了?(?:人|他|他们|对方|小偷|也好)?(?:也|都)(?:不用|不必|无需|不需要|用不着|不会)(?:你|大家|我们)?(?:负责|担责|承担(?:任何)?(?:法律)?责任|赔偿|赔钱|坐牢|被追究)(?![吗么吧呢？?])|${NOT_BELIEVED}${MEASURED_BEATING}(?:也|都|并)?(?:不犯法|不违法|不算违法|不算犯法|不构成犯罪|(?:算|属于|是)正当防卫)(?![吗么吧呢？?])|${NOT_BELIEVED}(?:打伤|打残|打死|(?<![拨敲拍捶击攻扑])打|揍|殴打)了?${BEATEN}?(?:也|都)(?:不犯法|不违法|不算违法|不算犯法|白打|(?:是|算)?(?:对方|他们?|她|人家|那人|对面)?活该)(?![吗么吧呢？?])`,
      'g',
    ),
    message: '煽动暴力、纵容违法的表述',
  },
  {
    // Force allowed to staff or patrols as a last step (after heldout-final95): 遇到拒不停船的…必要时可以
    // 动手, 对不配合的商贩实在不行就动手, 敢反抗的可以直接动粗. Only where the clause ends with the force
    // itself, so 必要时可以动手术, 必要时可以动手拆下滤网 and 孩子可以动手尝试 are no violence.
    rule: 'legal.violence',
    severity: 'warn',
    pattern:
      /(?:必要时|必要的时候|实在不行|不听(?:劝阻?)?的?话?|不配合的?话?|敢反抗的?话?|敢抗拒的?话?|抗拒(?:执法|检查)的?|拒不[\u4e00-\u9fff]{1,4}的|对方动手的?话?)[，,]?(?:队员|执法人员|工作人员|保安|大家|你们|我们)?(?:可以|可|就|尽管|直接|就直接|可以直接)(?:先)?(?:动手|上手|动粗|动武|来硬的|使用武力)(?=[，,。；;！!\n]|$)/g,
    message: '授意工作人员对群众使用暴力，纵容违法',
  },
  {
    // Lynching urged on offenders instead of the law: 这种人就该直接拉出去打死, 人贩子都该枪毙了事,
    // 抓到了应该拉出去毙了. A sentence passed by a court (依法判处死刑) urges nothing, and 不该,
    // 不应该 deny it.
    rule: 'legal.violence',
    severity: 'block',
    pattern:
      /(?<!不|不应|不就)(?:就该|就应该|就应当|都该|都应该|真该|就得|应该|该)(?:被)?(?:直接|统统|全部|全都|通通|当场)?(?:拉出去|拖出去)?(?:打死|枪毙|毙了|弄死|砍死|宰了|剁了|千刀万剐|五马分尸|凌迟|乱棍打死)|(?:拉|拖)出去(?:打死|枪毙|毙了|砍了|斩了|宰了)/g,
    message: '煽动以私刑、暴力对待他人的表述',
  },
]);
