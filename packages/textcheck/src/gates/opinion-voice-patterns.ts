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
]);
