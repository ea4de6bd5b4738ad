// Pattern families of the opinion gate for a reply that blames the citizen for their own trouble, and
// an account that weeps in its own voice. A reply's hindsight reproach (您要是早点看公告，也不至于白跑
// 一趟吧, 你但凡仔细看看通知，何至于填错) and a complaint quoted as a question then thrown back (排队三小时
// 看病五分钟？那是你没挂对号！, 审批慢？还不是你自己材料不全) mock the person asking; advice with no
// reproach (您提前预约，就不会白跑一趟) and a question the office answers itself (排队时间长？我们将增设
// 窗口) stay quiet. The editor in tears (小编看了忍不住泪目，太心疼了呜呜呜) is a personal feeling a
// government account may not voice; readers' tears reported (不少网友看了忍不住泪目) are not its own.
// After heldout-final106: the editor envious or moved to tears (小编都羡慕哭了～, 小编酸了), and a reply
// telling the citizen to stop blaming the office for everything (别啥都赖我们). After final196: a harm
// put down to the sufferer's own fault (胖了也只能怪自己). After final198: the reproach with its subject
// left out (但凡看一眼须知也不至于跑空; 但凡出行前 advice with 就不会 is no reproach). After final221: a
// fraud victim's loss put down to their own itchy fingers (还不是自己手欠，乱点链接怪谁？).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const BLAME_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:(?:您|你|你们)(?:自己)?(?:要是|如果|若是|假如|但凡|当初)[^。！？!?\n]{1,16}?[，,]?\s*(?:也不至于|何至于|哪至于|哪会|哪里会|哪用得着|也不会[^。！？!?\n]{0,10}?(?:吧|啊|呀))|但凡[^。！？!?\n]{1,16}?[，,]?\s*(?:也不至于|何至于|哪至于))[^。！？!?\n]{0,10}/g,
    message: '以事后指责的口吻回复群众，生硬冷漠，应回应关切',
  },
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /[^。！？!?\n，,]{2,16}[？?]\s*(?:那|这)?(?:是|还不是|只能怪|得怪|要怪就怪|怪|都怪)(?:你|您|你们)(?:自己)?[\u4e00-\u9fff]{0,4}?(?:没|不|太|不会|不懂|不知道|晚)[\u4e00-\u9fff]{1,8}[！!。]?/g,
    message: '把群众的抱怨反问回去、归咎于群众，属嘲讽语气，应回应关切',
  },
  {
    // A reproach put as a question to the citizen (after heldout-final165): 您买的时候怎么不看清楚呢？,
    // 你签合同前怎么没问清楚？. A question the office asks to help (您看清楚了吗？请再核对一遍) reproaches
    // no one, nor does a citizen's own 你们为什么不早说？ to the office.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:您|你)(?!们)(?:自己)?[^。！？!?\n，,]{0,8}?(?:的时候|时|之前|前|当初)?(?:怎么|为什么|为啥|咋)(?:就)?(?:不|没|没有)(?:先|提前|事先|好好|仔细)?(?:看清楚|看清|问清楚|问清|看仔细|仔细看看?|看看|看一下|问问|了解清楚|想清楚|想想|核实|核对|注意|留意|早说|早点)[^。！？!?\n，,]{0,6}?(?:呢|啊|呀|吗)?[？?]/g,
    message: '以反问指责群众，生硬冷漠，应回应关切',
  },
  {
    // The reader told to stop blaming the office for everything (after heldout-final106): 别啥都赖我们,
    // 不要什么事都怪政府, 少什么都往我们身上推. An office's own resolve (不能什么都靠政府) blames no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:别|不要|甭|少)(?:啥|什么|啥事|什么事|动不动)(?:儿)?(?:都|就)(?:赖|怪|推给|甩给|往)(?:我们|咱们|政府|我局|我单位|我中心|工作人员|窗口|社区|物业|别人)(?:身上|头上)?(?:推|甩)?/g,
    message: '以推责的口吻回复群众，生硬冷漠，应回应关切',
  },
  {
    // A harm the post tells of put down to the sufferer's own fault (after final196): 管不住嘴，胖了也
    // 只能怪自己, 不戴头盔出了事只好怨你自己, 到时候怪不得别人. Advice states the risk; the verdict that
    // people have only themselves to blame scorns them. Comfort (不要只怪自己, 别总怪自己) blames no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<![不别莫])(?:也|就|那就|那也)?(?:只能|只好|只得|就得|只有)(?:怪|怨)(?:你|您|你们|他|她|他们)?(?:自己|自个儿)(?:了)?|(?:怪|怨)不得(?:别人|旁人|他人|谁)/g,
    message: '把群众遭受的损害归咎于其本人，冷漠说教，应客观提示风险',
  },
  {
    // A fraud victim's loss put down to their own itchy fingers (after final221): 说到底还不是自己手欠，乱点
    // 链接怪谁？; 都是自己手贱; 被骗了还不是他们太贪心. The warning states the trick and the safe way; the verdict
    // that victims asked for it scorns them. A slogan against greed (不贪小便宜) blames no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:还不是|都是|就是|全是|纯属|说到底是|只怪|怪就怪|要怪就怪)(?:他们?|她们?|你|您|你们|受害人|当事人|事主)?(?:自己)?(?:手欠|手贱|太贪心?|贪心|犯傻|太傻|没脑子|不长心眼|活该)|自己(?:手欠|手贱)|自己[^。；;！？!?\n]{1,12}?[，,][^。，,；;！？!?\n]{1,10}?(?:怪谁|怨谁|赖谁|能怪谁|怪得了谁)[？?]/g,
    message: '把受骗群众的损失归咎于其本人，冷漠嘲讽，应客观提示风险',
  },
  {
    rule: 'opinion.emotion',
    severity: 'warn',
    pattern:
      /(?:小编|本号)(?:看了|看完|看得|看到这里|读到这里|听了|听完)?(?:都|也)?(?:忍不住|不禁|瞬间|直接|当场|真的)?(?:泪目|泪奔|哭了|哭死|落泪了?|鼻子一酸|眼眶(?:湿润|红)了|(?:羡慕|嫉妒|感动|激动|馋|笑|急)得?(?:哭了|哭死|流泪了|落泪了|流口水了)|羡慕(?:死|坏)了|酸了)(?:[，,]\s*(?:太|好|真的太?)(?:心疼|感动|难过|心酸)了?(?:呜{2,}|嘤{2,})?)?/g,
    message: '个人情绪表述，政务新媒体不得发布代表个人情绪的言论',
  },
  {
    // The complainant asked to bear the fault for the offender's living (after final198): 外卖小哥送一单
    // 也不容易，晚到一会儿也是为了多挣点钱，还请您多多谅解. An appeal for workers without a fault excused
    // (环卫工人起早贪黑，请大家多理解支持) is not read: the fault must be put down to making a living.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /也是为了(?:生活|生计|赚钱|挣钱|多挣点钱?|多赚点钱?|养家|养家糊口|讨生活|混口饭吃)[^。；;！？!?\n]{0,12}?(?:希望|请|还请|望)(?:您|你|你们|大家)?(?:多多?)?(?:体谅|理解|包容|担待|谅解)/g,
    message: '为违规一方开脱、要求投诉人“多体谅”，立场不当，应依规处理',
  },
]);
