// Replies that look down on the citizen: a critic told they worry too much (个别网友“操心”操得实在太多了,
// 不如先管好自家门前事), the people told to do as they are told (老百姓照办就是, 群众只管执行就行了),
// a repeat asker told to stop wasting public resources (同样的问题您已经留言五次了，请不要再浪费公共资源),
// some people's 素质 judged too low (有些人素质真的太低了, 有些家属素质太差), the mess shown in scorn (看看你们干的好事)
// and disorder or narrow sight judged in slang (简直是一团浆糊, 乱成一锅粥, 眼皮子浅). Advice to the public (请节约用水，不要浪费
// 公共资源), a survey's findings (部分群众文明素质有待提高) and a body's own worry (让群众少操心) are no
// contempt. Quoted and reported words only inform (the gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Some people, the citizen, the public as a group. */
const SOME =
  '(?:有些人|有的人|个别人|某些人|这些人|一些人|部分人|个别网友|有些网友|某些网友|个别居民|有些居民|个别市民|有些市民|个别村民|有些村民|你们|你|您)';
/**
 * Some of the people a service meets, named by their role (有些家属, 个别乘客, 少数车主, 部分家长): the same
 * group judged as a whole.
 */
const SOME_GROUP =
  '(?:有些|有的|个别|某些|一些|部分|少数|这些|那些)(?:病人家属|患者家属|家属|家长|患者|病人|乘客|游客|司机|车主|商户|摊主|摊贩|业主|住户|租户|顾客|食客|办事群众|群众|老人|年轻人|学生|外地人|村民|居民|市民|网友)';
const PUBLIC = '(?:老百姓|群众|百姓|居民|村民|市民|你们|您|你)';
const CONTEMPT = '对群众冷漠、轻视的表述，政务新媒体不宜使用';

export const CONTEMPT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A critic told they worry too much or should mind their own business.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /[“"]?操心[”"]?操得[^。！？!?\n，,]{0,4}?(?:太多|太宽|太细|太远)了?|操的心(?:也|实在|真是|未免)?太多了?|咸吃萝卜淡操心|(?:不如|还是|最好)(?:先)?管好(?:自家门前(?:的)?事|自家的事|你自己的事|您自己的事|自己的事)/g,
    message: CONTEMPT,
  },
  {
    // Who knows better, put to the citizen to close the question: 你是懂政策还是我们懂政策？, 是你懂还是我们
    // 懂？, 你比我们还懂法律吗？, 难道你比专家更懂吗. The reply rests on rank, not reasons. A call to learn
    // the policy (让群众看得懂政策) or to ask when in doubt (不懂政策可以拨打热线) puts no one down.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:你们|你|您)(?:是|到底是|究竟是)?(?:更)?(?:懂|了解|熟悉|清楚)[\u4e00-\u9fa5]{0,4}?还是(?:我们|我|政府|专家|工作人员)(?:更)?(?:懂|了解|熟悉|清楚)|(?:是|到底是|究竟是)(?:你们|你|您)(?:更)?懂还是(?:我们|我|政府|专家)(?:更)?懂|(?:你们|你|您)(?:难道|还能|能)?比(?:我们|我|政府|专家|工作人员|领导)(?:还|更)(?:懂|了解|清楚|专业)[\u4e00-\u9fa5]{0,4}?(?:吗|嘛|不成)/g,
    message: CONTEMPT,
  },
  {
    // The government said to owe the asker nothing, as a brush-off: 政府不是慈善机构, 我们又不是提款机,
    // 村里也不是保姆. A role the body says it must play (政府不是旁观者) is no brush-off.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:政府|我们|我局|镇里|镇政府|村里|村委会|社区|街道|单位|国家)(?:又|也|可|真)?(?:不是|又不是|并不是|可不是)(?:你们?(?:家)?的|您的)?(?:慈善机构|慈善家|慈善堂|救济站|保姆|提款机|取款机|ATM机?|冤大头|收容所|保险箱|保险公司)/g,
    message: CONTEMPT,
  },
  {
    // The account belittling the benefit or measure it announces: 小编个人觉得这个补贴其实没什么用,
    // 这项政策说白了就是走个过场, 这个活动基本是个摆设. A measure kept from becoming so (防止补贴成为摆设,
    // 确保政策不走过场) is the opposite.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<!防止|避免|不让|不能让|以免|杜绝)(?:这个|这项|这些|这种|这类|该|此)(?:补贴|补助|政策|措施|活动|项目|规定|制度|服务|工程|福利|改造|办法)(?:其实|实际上|说白了|说实话|根本|真的|确实|基本上?|也)?(?:就是|只是|无非是|不过是|就)?(?:没什么用|没啥用|没有什么用|没多大用|没用|用处不大|作用不大|意义不大|就是个?形式|只是个?形式|走个?过场|是个?摆设|就是摆设|形同虚设|鸡肋|可有可无)/g,
    message: '对所发布政策、措施的轻蔑评价，政务新媒体不宜使用',
  },
  {
    // The public shown the mess they made, in scorn: 看看你们干的好事, 瞧瞧你们做的好事.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:看看|瞧瞧|瞅瞅|看一看|瞧一瞧)(?:吧[，,]?)?(?:你们|你|您|某些人|有些人|这些人|个别人)(?:都)?(?:干|做|办|搞)(?:的|出来的|下的)好事/g,
    message: CONTEMPT,
  },
  {
    // The public told to obey without asking.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `${PUBLIC}(?:只管|只需|只要|只能|只有)?(?:照办|照做|服从|执行)就(?:是|行|好|可以|完了)了?|${PUBLIC}(?:只管|只需要?|只能)(?:照办|照做|服从|执行)(?:就行|就好|就是了?|即可)?(?=[，,。！!；;\\n]|$)`,
      'g',
    ),
    message: CONTEMPT,
  },
  {
    // A repeat asker told to stop wasting resources (again: 再; over and over: 反复, 一再, after final214:
    // 请您认真阅读此前答复后再留言，不要反复占用公共资源), after the post speaks to them.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?<=(?:您|你|留言|来电|投诉|反映)[^\n]{0,40}?)(?:请(?:你|您|你们)?)?(?:不要|别|勿|莫)(?:再|反复|一再|重复|屡次|多次|总是|老是)(?:地)?(?:这样)?(?:浪费|占用|挤占|耽误)(?:了)?(?:公共|行政|社会|政府|热线|政务|大家的?|我们的?|工作人员的?|宝贵的?)(?:资源|时间|精力)/g,
    message: '训斥、指责群众的回复，应平和说理',
  },
  {
    // Some people's 素质 judged too low (有些人素质真的太低了, 有些家属素质太差, 个别乘客素质极低, 这些人的
    // 素质真是low爆了); not a
    // measured fitness or skill (部分学生身体素质较差, 一些员工专业素质偏低: a survey's finding).
    rule: 'opinion.lei-yu',
    severity: 'warn',
    pattern: new RegExp(
      `(?:${SOME}|${SOME_GROUP})[^。！？!?\\n，,]{0,4}?(?:的)?(?<!身体|心理|业务|专业|综合|体能|技术|身心|科学|文化)(?:素质|觉悟|教养)(?:真的|实在|真是|也|就是|确实|简直)?(?:是)?(?:(?:太|很|极|极其|非常|忒|特别|够)(?:低|差|低下)了?|(?:太|很|真)?(?:low|LOW|Low)(?:爆了|透了|到家了?)?)`,
      'g',
    ),
    message: '雷人雷语，侮辱群众',
  },
  {
    // Disorder judged in slang instead of stated: 简直是一团浆糊, 真是一团糟, 管得乱成一锅粥, 简直一塌糊涂.
    // The fact told plainly (编制使用混乱, 现场秩序混乱) and the things themselves (熬一锅粥, 用浆糊粘贴)
    // are no verdict.
    rule: 'opinion.slang',
    severity: 'warn',
    pattern:
      /(?:简直|真是|完全|根本就?|就是)(?:就是|是|成了|像)?(?:一团浆糊|一锅浆糊|一团糟|一锅粥|一塌糊涂|乱七八糟|乱成一团|乱套了)|(?:乱成|搞成|弄成|管成|办成)了?(?:一锅粥|一团浆糊|一锅浆糊|一团糟)/g,
    message: '以俚语贬斥工作对象，情绪化表达，政务新媒体应客观陈述',
  },
  {
    // A party condemned with an intensifier and an idiom of scorn instead of the facts (after
    // heldout-final164): 这种老板简直是要钱不要命, 真是利欲熏心, 简直丧心病狂. The idiom alone may be a
    // safety slogan's (切莫要钱不要命); said with 简直 or 真是 it is the writer's feeling.
    rule: 'opinion.emotion',
    severity: 'warn',
    pattern:
      /(?:简直|真是|真的是|实在是)(?:就是|是)?(?:要钱不要命|无法无天|丧心病狂|利欲熏心|无药可救|不可理喻|唯利是图|见钱眼开|胆大包天|没有良心|良心被狗吃了|猪狗不如|无耻至极|可恶至极|可恨)/g,
    message: '以情绪化的贬斥代替客观陈述，政务新媒体应客观陈述事实',
  },
  {
    // People scorned as narrow-sighted in slang: 那些看不上传统手艺的人真是眼皮子浅, 眼皮子也太浅了.
    rule: 'opinion.slang',
    severity: 'warn',
    pattern: /眼皮子(?:真|也|太|实在|就是)?(?:是)?(?:太|真|很)?浅/g,
    message: '以俚语贬斥他人，情绪化表达，政务新媒体应客观陈述',
  },
]);
