// A way to beat a check spelled out, which teaches it whatever frame is put round it (a case
// report, 请提高警惕): drugs or contraband hidden so the X-ray or the inspector cannot tell them
// (将液态冰毒灌入洗发水瓶夹层…过X光机时与普通洗发水几乎无法区分), and a meter slowed by a magnet or
// another trick (在水表外壳上吸附一块强磁铁，指针转速就会明显变慢). Like the theft methods, a warning
// does not regrade them. Smuggling named without how (查获一起寄递涉毒案件), a meter that runs fast
// explained (水表走得快可能是管道漏水) and a magnet-proof meter installed teach nothing.
// So does a drug or alcohol test beaten by a trick (只要在检测前停用三天以上并大量饮水，尿检就很难查出来;
// 喝下一瓶醋再吹气，酒精检测就测不出来): the reader learns the window, whatever the frame. How long a
// test reaches back (毛发检测可追溯数月内的吸毒史) or a trick that fails (大量饮水也逃不过尿检) teaches no
// way out.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Drugs and contraband smuggled in post or luggage. */
const CONTRABAND =
  '(?:毒品|冰毒|液态冰毒|海洛因|大麻|可卡因|K粉|氯胺酮|麻古|摇头丸|甲卡西酮|违禁品|象牙|枪支|弹药)';
/** Hiding it inside something: 灌入, 藏入, 夹藏, 溶于. */
const HIDE =
  '(?:灌入|灌进|注入|藏入|藏进|藏在|藏于|夹藏|夹带在|溶于|溶入|溶解在|混入|混进|塞进|塞入|缝进|缝入|封入|伪装成)';
/** The check it is meant to pass. */
const CHECK = '(?:X光|x光|安检|过机|机检|查验|检查|缉毒犬|海关|快递员)';
/** …and that it passes. */
const UNSEEN =
  '(?:几乎)?(?:无法|难以|很难|不能)(?:区分|分辨|识别|发现|察觉|看出)|查不出|看不出|发现不了|识别不出|蒙混过关|不会被(?:发现|查出)|顺利(?:通过|过关)';
/** A utility meter. */
const METER = '(?:水表|电表|电能表|燃气表|煤气表|气表|天然气表)';
/** What slows it: a magnet. */
const MAGNET = '(?:强磁铁?|强力磁铁|磁铁|吸铁石|磁块)';
/** The meter counting less. */
const SLOWER =
  '(?:变慢|慢下来|走得?慢|转得?慢|不走|不转|停转|停走|少计|少走|倒转|计量偏少|读数(?:变|偏)?少)';

/** What is done before a test: a pause in use, water, vinegar, a mouthwash. */
const TEST_TRICK =
  '(?:停用|停吸|停止吸食|暂停吸食|停药|大量饮水|大量喝水|多喝水|狂喝水|喝醋|喝下?[^。；！？!?\\n]{0,6}?醋|吃[^。；！？!?\\n]{0,6}?(?:口香糖|大蒜)|漱口|含[^。；！？!?\\n]{0,4}?(?:铜钱|硬币))';
/** A drug or alcohol test. */
const BODY_TEST =
  '(?:尿检|尿液检测|血检|唾液检测|毛发检测|酒精检测|酒驾检测|呼气检测|酒测|吹气检测|吹气)';
/** …that finds nothing. */
const FINDS_NOTHING =
  '(?:很难|难以|无法|不能|不会|根本)(?:被)?(?:查出|测出|检出|发现|查到|测到|检测出)(?:来)?|查不出(?:来)?|测不出(?:来)?|检测不出(?:来)?|验不出(?:来)?|呈阴性|转阴';

export const EVASION_METHOD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A test beaten by a trick: 只要在检测前停用三天以上并大量饮水，尿检就很难查出来; 酒后喝醋再吹气，
    // 酒精检测就测不出来; 提前多喝水，尿检就能转阴. 也逃不过, 仍能查出 (a trick that fails) do not match.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `${TEST_TRICK}${IN}{0,16}?${BODY_TEST}(?:就|便|也|都|基本|一般)?(?:会|能)?(?:${FINDS_NOTHING})`,
      'g',
    ),
    message: '传授规避吸毒、酒驾检测的方法，易被模仿，不宜发布',
  },
  {
    // Contraband hidden so the check cannot tell it: 将液态冰毒灌入洗发水瓶夹层…过X光机时几乎无法区分,
    // 把冰毒溶于茶叶包装里，快递安检根本查不出.
    rule: 'legal.drugs',
    severity: 'warn',
    pattern: new RegExp(
      `${CONTRABAND}${IN}{0,12}?${HIDE}${IN}{0,36}?${CHECK}${IN}{0,16}?(?:${UNSEEN})`,
      'g',
    ),
    message: '详述藏匿毒品、违禁品以逃避安检查验的手法，易被模仿，不宜发布',
  },
  {
    // A meter slowed by a magnet, in either order: 在水表外壳上吸附一块强磁铁，指针转速就会明显变慢; 用
    // 吸铁石吸在电表上，电表就走得慢.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `${METER}${IN}{0,12}?${MAGNET}${IN}{0,16}?${SLOWER}|${MAGNET}${IN}{0,12}?${METER}${IN}{0,16}?${SLOWER}`,
      'g',
    ),
    message: '传授用磁铁等干扰计量表具、少缴水电气费的手法，属违法行为，不宜发布',
  },
]);
