// Pattern families of the opinion gate for the account's own voice: a verdict opened by the author
// (依小编看, 依我之见, 照我说，…, 在笔者看来, 以本人愚见) and a citizen's question belittled as
// ignorant (问得就很外行, 这种外行问题, 提得太幼稚了, 连这点常识都不懂). 在我看来 is a listed term
// (opinion.tsv). Someone calling themself a layman (我连这都不懂) is no sneer. And the blame passed up to
// an unnamed 上面 (谁让上面就是这么要求的呢, 上头就这么定的，我们也没办法), and a wish to punish them
// all (恨不得把这些企业统统关掉), and a policy judged in the account's voice (这个政策确实不太合理), and
// the author's own view with an adverb between (小编私心觉得, 笔者私下认为, 我倒是觉得).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const FIRST_PERSON = '个人观点表述，政务新媒体不得发布个人观点';
const BELITTLED = '贬低群众提问或诉求，生硬冷漠，应回应关切';

/** Within one clause. */
const CLAUSE = '[^。；！？!?\\n，,]';
/** The rhetorical tail of a sneer: 真不知道平时是怎么过日子的, 也不知道怎么活到现在的. */
const SNEER_TAIL = `(?:${CLAUSE}{0,20}?[，,])?(?:真|实在|都|也|真的)?不知道${CLAUSE}{0,8}?(?:怎么|咋|如何)(?:过日子|活到(?:现在|今天|这么大)|长这么大|生活|过来)的?`;

/** A few words with no child in them: 建议您家孩子先上幼儿园 tells a parent where a child enrols. */
const NOT_A_CHILD = `(?:(?!孩子|小孩|子女|儿子|女儿|宝宝|孙子|孙女|学生|儿童|娃|小朋友)${CLAUSE}){0,6}?`;

/** What a sneer calls a question: lacking knowledge or sense. */
const IGNORANT = '(?:外行|幼稚|可笑|无知|没水平|没有水平|没常识|没有常识|业余|小白|弱智|低级)';

export const OPINION_VOICE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // The author's verdict: 依小编看, 依我看来, 照我说，…, 以我之见, 在小编看来, 依本人拙见. Not 按我说的做
    // (an instruction) or 依我看到的 (an observation).
    rule: 'opinion.first-person',
    severity: 'warn',
    pattern:
      /(?:依|(?<![关按参对拍遵])照|(?<![所可难得足加予用何之据借是])以)(?:小编|我|笔者|本人|俺|本号|咱)(?:个人)?(?:看来?(?![到见过了])|之见|的看法|拙见|愚见|浅见)|照(?:小编|我|笔者|俺)说(?=[，,：:])|在(?:小编|笔者|本号|俺)(?:个人)?看来/g,
    message: FIRST_PERSON,
  },
  {
    // The author's own view with an adverb between: 小编私心觉得, 小编打心底觉得, 笔者私下认为, 我倒是觉得,
    // 本人其实以为. 我们 is an office's voice, and 我们一直认为 has no adverb of a private view.
    rule: 'opinion.first-person',
    severity: 'warn',
    pattern:
      /(?:小编|笔者|本人|俺|我(?!们))(?:个人)?(?:私心|私心里|私下里?|真心|打心底里?|打心眼里|心里|偷偷|默默|暗暗|倒是|其实)(?:还是)?(?:觉得|认为|以为|感觉)/g,
    message: FIRST_PERSON,
  },
  {
    // A question told it is ignorant: 您这个问题问得就很外行, 提得太幼稚了, 这么低级的问题也来问,
    // 连这点常识都不懂. The citizen's own modesty (我是外行) names no one else, and an office's
    // self-criticism (杜绝这种低级的问题再次发生) sneers at nobody.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `(?:问得|问的|提得|提的|想得|说得)(?:就|也|真|可|实在|未免|也太)?(?:很|太|挺|非常|有点|有些|真|相当|十分)?${IGNORANT}|(?:这么|这种|如此|这样|这等|这类)${IGNORANT}的(?:提问|诉求|想法|要求|问题(?=[也还都就]?(?:来|要|问|拿|好意思|我们|不|别)))|(?<![我俺])连(?:这|这个|这点|这些|这种)(?:常识|基本常识|道理|规定|小事)?(?:都|也)不(?:懂|知道|明白|清楚)`,
      'g',
    ),
    message: BELITTLED,
  },
  {
    // The blame passed up to an unnamed 上面 in a reply: 谁让上面就是这么要求的呢, 上头就这么规定的，我们
    // 也没办法, 我们也很无奈，都是上面定的. A reply names the rule and its issuer (按照《…》规定) and
    // says what can be done; 上级 in a formal reply (按上级要求执行) blames no one.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /谁让(?:上面|上头|上边|上级|领导|省里|市里|县里|政策|规定)[^。！？\n，,]{0,10}?(?:要求|规定|定|说|安排)(?:的|了)?(?:呢|呀|啊|嘛)?|(?:上面|上头|上边)(?:就是|就|都|已经)?(?:这么|这样)?(?:要求|规定|定|说|安排)(?:的|了)?[，,]?(?:我们|咱们|我)(?:也|都)?(?:没办法|没有办法|无能为力|很无奈|无奈|说了不算|做不了主|管不了|只能照办|只能执行|只是执行|只管执行)|(?:我们|咱们)(?:也|都)?(?:很|非常|十分|挺)?无奈[，,]?(?:谁让|都是|这是|因为)(?:上面|上头|上边)(?:[^。！？\n，,]{0,10}?(?:要求|规定|定|说|安排)(?:的|了)?(?:呢|呀|啊|嘛)?)?/g,
    message: '把责任推给“上面”，推诿搪塞的回复，应说明依据和办理渠道',
  },
  {
    // The account wishing a sweeping punishment out of anger: 恨不得把这些企业统统关掉, 真想把乱停车的
    // 全都拖走, 巴不得把他们都抓起来. An office acts by law and case by case; a wish to shut all or seize
    // all is a vent. A citizen's words reported (群众恨不得…) only inform (regradeReported).
    rule: 'opinion.emotion',
    severity: 'warn',
    pattern:
      /(?:恨不得|恨不能|巴不得|真想|简直想|都想)(?:把|将|让)?[^。；！？\n]{0,12}?(?:统统|通通|全部|全都|都|一律|一个个|一个不留地?|一锅端)(?:给)?(?:关掉|关停|关了|封掉|封了|查封|取缔|抓起来|抓走|关起来|赶走|赶出去|拆掉|拆了|罚死|罚到破产|开除|撤职|拖走|砸了|砸掉|拉黑|端掉)/g,
    message: '以“恨不得把……统统关掉”之类的话宣泄情绪，政务新媒体应依法依规表述处理措施',
  },
  {
    // The account judging a policy it has to carry out: 这个政策确实不太合理, 该政策的确有些不公平,
    // 这项新规实在欠妥. An office explains a policy and how to raise views on it; a verdict of its own
    // is an opinion. A citizen's words reported only inform (regradeReported).
    rule: 'opinion.first-person',
    severity: 'warn',
    pattern:
      /(?:这个|这项|这条|这一|这些|该|此|新)(?:政策|新政|新规)(?:本身)?(?:确实|的确|实在|真的|是有点|是有些|有点|有些|未免|多少|也|还是)+(?:不太|不够|不大|不|太不|欠)(?:合理|公平|公道|人性化|妥当|科学|靠谱)|(?:这个|这项|这条|这一|该|此)(?:政策|新政|新规)(?:确实|的确|实在|真的|有点|有些|未免)+(?:欠妥|有问题|离谱|坑人|太坑)/g,
    message: FIRST_PERSON,
  },
  {
    // People the office serves scorned as unable to manage the simplest thing (after heldout-final99):
    // 有些人连个表格都填不明白，一遍遍跑来问，真不知道平时是怎么过日子的; 你连个名字都写不对; 个别群众连
    // 这么简单的操作都学不会; and the sneer that they never could live at all (真不知道是怎么活到现在的).
    // The group is the public as a target (有些人, 个别村民, 你); elderly people who cannot use a phone,
    // helped by volunteers (很多老人连智能手机都不会用，志愿者手把手教), are told of, not scorned, and a
    // hard life told in sympathy (真不知道他们一家五口平时是怎么过日子的，二十平方米…) needs the scorn before it.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `(?:有些人|有的人|某些人|个别人|这些人|这种人|有些(?:群众|村民|居民|市民|网友|农户|家长|办事群众)|个别(?:群众|村民|居民|市民|网友|农户|家长|办事群众)|有的(?:群众|村民|居民|市民|网友|农户|家长)|(?<![我俺])你们|(?<![我俺])你|您)(?:就|竟然|居然|倒好)?连(?:个|这么个|这么简单的|这么点|这点|最基本的|最简单的|最起码的)${CLAUSE}{1,8}?(?:都|也)(?:${CLAUSE}{0,2})?(?:不明白|不清楚|不会|不懂|不对|不好|不来|不利索|不到)${CLAUSE}{0,24}(?:[，,]${SNEER_TAIL})?|(?:真|实在|都|也|真的)?不知道${CLAUSE}{0,8}?(?:怎么|咋|如何)(?:活到(?:现在|今天|这么大)|长这么大|混到现在|混到今天)的`,
      'g',
    ),
    message: BELITTLED,
  },
  {
    // A citizen sent back to school (after heldout-final99): 建议这位网友先去读读小学，把政策文件看懂再来
    // 提问; 您还是回去重读一下初中语文吧; 小学没毕业吧？; 语文是体育老师教的吧. A parent told where a child
    // enrols (适龄儿童可就近读小学) and an adult's school named as a fact (他小学没毕业就外出务工) sneer at
    // no one.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `(?:你|您|这位|该网友|该市民|楼上|网友|有些人|这些人)${NOT_A_CHILD}(?:先|回去|还是|最好|再|重新)(?:去|回)?(?:读读|读一读|念念|念一念|补补|补一补|学学|学一学|上上|重读|回炉重读|回炉|读|念|上)(?:一下|一遍|个)?(?:小学语文|初中语文|小学|幼儿园|初中|扫盲班|识字班|义务教育)(?:吧|再说|再来)?(?:[，,]${CLAUSE}{0,16}?再来(?:提问|问|留言|评论|发言|说话|投诉|反映|咨询))?|(?:小学|初中)(?:都)?没(?:毕业|念完|读完|上完)(?:吧|吗|么)|语文(?:是|都是)体育老师教的`,
      'g',
    ),
    message: BELITTLED,
  },
  {
    // The account grumbling at its superiors' decisions (after heldout-final99): 上面一拍脑袋，下面跑断腿;
    // 领导动动嘴，基层跑断腿; 上头一句话，我们忙半年; 上级又拍脑袋定任务. A government account speaks for
    // the body, not against it; 拍脑袋决策 named to be fought (坚决杜绝拍脑袋决策, 防止领导一拍脑袋就上项目)
    // is the body's own rule.
    rule: 'opinion.emotion',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!(?:防止|杜绝|避免|反对|克服|纠正|禁止|严禁|不能|不得|不要|不搞|力戒|整治)${CLAUSE}{0,4})(?:上面|上头|上边|上级|领导|机关|大领导)(?:一|就|又|总是|老是|就爱|总爱|随便)?(?:拍(?:拍)?脑袋|拍脑门|拍大腿|动动嘴|张张嘴|动嘴皮|一句话|一个电话|一纸通知|发个文|开个会|画个圈)[，,]?(?:下面|下边|下头|底下|基层|我们|咱们|村里|乡镇|村干部)(?:就|就得|得)?(?:跑断腿|跑断了腿|累断腰|忙断腿|磨破嘴|忙半年|忙一年|累死|忙死|累趴|累成狗|折腾死|疲于奔命)|(?<!(?:防止|杜绝|避免|反对|克服|纠正|禁止|严禁|不能|不得|不要|不搞|力戒|整治)${CLAUSE}{0,4})(?:上面|上头|上边|上级)(?:又|总是|老是|就爱|总爱|就会|只会)拍(?:拍)?脑袋`,
      'g',
    ),
    message: '抱怨上级决策、宣泄基层怨气，属个人情绪表述，政务新媒体不宜发布',
  },
]);
