// Pattern family of the opinion gate for a reply that rebukes the asker instead of answering (after
// final202 and final203): the asker told not to doubt official figures with their own experience
// (别拿自己买几斤菜的经历来质疑国家数据, 不要拿个人感受来否定统计结果), mocked for not knowing common sense
// (这种常识还需要我们教吗, 连这都不会还要政府手把手教你吗), their complaint belittled in a rhetorical
// question (至于这么大惊小怪、到处投诉吗, 有必要这么小题大做吗), and turned away with one (找我们邮政管理局
// 有什么用？我们又不管送快递), and, after final208 and final209, mocked with 这个道理还用我们教吗 and
// blamed for coming late (商家跑路了才想起来找政府？), and after final212 told to be ashamed (您自己不觉得不
// 合适吗？). A reply may explain what a figure measures, give safety advice, say which body handles the
// matter and tell the public not to panic (市民不必惊慌): what it may not do is talk down to the one who
// asked. Quoted and reported words only inform (the gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Within one clause. */
const IN = '[^。；;！？!?\\n，,]';
/** The asker's own: 自己, 个人, 你家. */
const OWN = '(?:你|您)?(?:自己|个人|自家|一己|你家|您家|你们家|您们家)';
/** Doubting or brushing aside: 质疑, 否定, 说事. */
const DOUBT = '(?:质疑|否定|怀疑|否认|说事|抹黑|挑刺|衡量|评判)';
/** A rhetorical question's end: 吗, 么, 嘛, ？. */
const ASKED = '(?:吗|么|嘛|[？?])';
/** Who would teach or tell: 我们, 政府, 工作人员. */
const US = '(?:我们|我|政府|工作人员|别人|人家)';
/** The government the asker turns to: 政府, 我们, 部门. */
const GOVT =
  '(?:政府|我们|我局|我处|我中心|我所|部门|有关部门|相关部门|职能部门|执法部门|组织|官方|警察|派出所|市场监管局?|消协)';
/** Us, the office answering. */
const WE = '(?:我们|我局|我处|我所|我中心|本局|本单位|咱们)';

export const ASKER_REBUKE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Not to doubt the figures with one's own experience.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(`(?:别|不要|少|甭|莫)拿${OWN}${IN}{0,16}?(?:来|去)?${DOUBT}`, 'g'),
    message: '以“别拿自己的经历来质疑”训斥群众，居高临下，应解释说明',
  },
  {
    // Mocked for not knowing: 这种常识还需要我们教吗.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:常识|道理|小事|这(?:个|些|点|都))${IN}{0,4}?(?:还|也|都)(?:需要|要|用得着|用|得)${US}(?:来)?(?:手把手)?(?:教|告诉|提醒)(?:你|您|你们)?${ASKED}|还(?:需要|要|用得着|用)${US}(?:来)?手把手(?:地)?教(?:你|您|你们)?${ASKED}`,
      'g',
    ),
    message: '以反问嘲讽群众“常识还要我们教吗”，居高临下，政务新媒体不宜使用',
  },
  {
    // The complaint belittled: 至于这么大惊小怪、到处投诉吗.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:至于|有必要|犯得着|用得着|值得)(?:这么|那么|如此|这样)?${IN}{0,12}?(?:大惊小怪|小题大做|兴师动众|上纲上线|到处投诉|到处反映|到处举报)${IN}{0,6}?${ASKED}|(?:至于|犯得着|有必要)(?:这么|那么|如此)${IN}{0,10}?(?:投诉|举报|闹|较真|计较)${IN}{0,4}?${ASKED}`,
      'g',
    ),
    message: '以反问贬低群众的诉求（“至于这么大惊小怪吗”），态度傲慢，应回应关切',
  },
  {
    // Turned away with a rhetorical question: 找我们…有什么用？我们又不管….
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `(?:找|问|打给|投诉到|反映到|来找)${WE}[\\u4e00-\\u9fff]{0,8}?有(?:什么|啥)用(?=[？?]|呢|啊)|${WE}(?:又|可|压根)不(?:管|负责)`,
      'g',
    ),
    message: '以“找我们有什么用”“我们又不管”反问推诿，态度生硬，应告知办理渠道',
  },
  {
    // Reproached for coming only now (after final209): 现在商家跑路了才想起来找政府？, 出了事才来找我们？.
    // The asker is blamed for the harm they ask help with. A reminder without the rhetorical question
    // (不少消费者在商家跑路后才想起维权，提醒…) tells no one off.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `${IN}{0,12}?(?:了|时|的时候|之后|后|现在|如今)${IN}{0,2}?才(?:想起来?|想到|知道|晓得|记得)?(?:要)?(?:来)?(?:找|求|求助于?|问|投诉|反映给?)${GOVT}${IN}{0,4}?(?:[？?]|吗|呢(?=[？?]|$))`,
      'g',
    ),
    message: '以“出事了才想起来找政府？”反问指责群众，生硬冷漠，应回应诉求',
  },
  {
    // The asker told to be ashamed in a rhetorical question (after final212): 有车有铺还来申请低保，您自己
    // 不觉得不合适吗？, 你难道不觉得这样做很过分吗, 您还好意思吗. A reply gives the reason a claim fails and the
    // way to appeal; a question put for the asker's view (如您觉得处理结果不合适，可申请复核) blames no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:你|您)(?:们)?(?:自己)?(?:难道|就|真的|也)?(?:不觉得|不认为|没觉得|不感到|不感觉|没有觉得)${IN}{0,10}?(?:不合适|不妥|不对|不应该|过分|过分了|丢人|丢脸|羞愧|惭愧|脸红|理亏|可笑|荒唐|离谱|说不过去)${IN}{0,2}?${ASKED}|(?:你|您)(?:们)?(?:自己)?(?:还|真|怎么)好意思${IN}{0,10}?${ASKED}`,
      'g',
    ),
    message: '以反问斥责群众“您自己不觉得不合适吗”，居高临下，应依规说明理由',
  },
]);
