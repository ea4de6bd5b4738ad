// Sarcasm in a reply: the citizen waved off with 您开心就好, 你高兴就行, 您说是就是吧, 随您便, mocked
// as 您可真是个人才; accused of bad faith (这位网友就是故意找茬, 该市民纯属无理取闹); and a complaint
// belittled in the author's own voice (个人感觉您反映的问题不算什么大事). A wish for someone's joy (祝您
// 开心, 只要孩子们开心就好) waves off no one; a citizen's own 个人感觉 about a product judges no one.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const SARCASM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<![祝愿望让使])(?:您|你|你们|亲)(?:自己)?(?:开心|高兴|乐意|满意|喜欢|觉得好)就(?:好|行|成)(?:啦|了|呗|吧|呢)?(?=[。！!…~～，,？?\s]|$)|(?:您|你|你们)说(?:是)?(?:啥|什么)就是(?:啥|什么)(?:吧|呗)?|(?:您|你|你们)说是就是(?:吧|呗)?|随(?:您|你|你们)(?:的)?便(?:吧|呗)?(?=[。！!…~～，,？?\s]|$)/g,
    message: '阴阳怪气、讽刺挖苦的回复，生硬冷漠，应回应关切',
  },
  {
    // Unquoted mock praise of the citizen: 您可真是个人才, 你还真是个天才啊.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:您|你|你们)(?:可|还)真(?:是)?(?:个|一个|位|一位)?(?:人才|天才|奇才|大聪明|高人)(?:啊|呀|哈|呢)?(?=[。！!…~～，,？?\s]|$)/g,
    message: '阴阳怪气、讽刺挖苦的回复，生硬冷漠，应回应关切',
  },
  {
    // Bad faith imputed to the citizen: 这位网友就是故意找茬, 该市民纯属无理取闹, 您分明是存心捣乱.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:这位|该|此|那位|个别|有的|部分)?(?:网友|市民|群众|居民|村民|留言人|投诉人|来电人|反映人|业主|家长|您|你)(?:就是|纯属|分明是|明显是|摆明(?:了)?是?|完全是|根本就是|无非是|压根就是)(?:故意|恶意|存心|成心|有意)(?:找茬|找碴|闹事|刁难|捣乱|抹黑|挑事|添乱|为难)/g,
    message: '指责群众故意找茬、恶意闹事，生硬对立，应回应关切',
  },
  {
    // The author's feeling that a complaint is nothing: 个人感觉您反映的问题其实不算什么大事, 我感觉这点
    // 小事没必要投诉.
    rule: 'opinion.first-person',
    severity: 'warn',
    pattern:
      /(?:我个人|个人|我)(?:感觉|觉得|认为|看来)[^。！？\n，,]{0,14}?(?:不算(?:什么|啥)?(?:大事|大问题|事儿?|问题)|没(?:什么|啥)大不了|小题大做|大惊小怪|问题不大|无关紧要|不值一提|没必要(?:投诉|反映|较真|计较|举报|纠结))/g,
    message: '以个人感受评判群众诉求，属个人观点表述，应依规答复',
  },
]);
