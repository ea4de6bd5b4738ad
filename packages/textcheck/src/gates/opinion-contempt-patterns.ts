// Replies that look down on the citizen: a critic told they worry too much (个别网友“操心”操得实在太多了,
// 不如先管好自家门前事), the people told to do as they are told (老百姓照办就是, 群众只管执行就行了),
// a repeat asker told to stop wasting public resources (同样的问题您已经留言五次了，请不要再浪费公共资源),
// some people's 素质 judged too low (有些人素质真的太低了) and the mess shown in scorn (看看你们干的好事). Advice to the public (请节约用水，不要浪费
// 公共资源), a survey's findings (部分群众文明素质有待提高) and a body's own worry (让群众少操心) are no
// contempt. Quoted and reported words only inform (the gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Some people, the citizen, the public as a group. */
const SOME =
  '(?:有些人|有的人|个别人|某些人|这些人|一些人|部分人|个别网友|有些网友|某些网友|个别居民|有些居民|个别市民|有些市民|个别村民|有些村民|你们|你|您)';
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
    // A repeat asker told to stop wasting resources (again: 再), after the post speaks to them.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?<=(?:您|你|留言|来电|投诉|反映)[^\n]{0,40}?)(?:请(?:你|您|你们)?)?(?:不要|别|勿|莫)再(?:这样)?(?:浪费|占用|挤占|耽误)(?:了)?(?:公共|行政|社会|政府|热线|政务|大家的?|我们的?|工作人员的?|宝贵的?)(?:资源|时间|精力)/g,
    message: '训斥、指责群众的回复，应平和说理',
  },
  {
    // Some people's 素质 judged too low.
    rule: 'opinion.lei-yu',
    severity: 'warn',
    pattern: new RegExp(
      `${SOME}[^。！？!?\\n，,]{0,4}?(?:的)?(?:素质|觉悟|教养)(?:真的|实在|真是|也|就是|确实|简直)?(?:是)?(?:太|很|极|极其|非常|忒|特别|够)(?:低|差|低下)了?`,
      'g',
    ),
    message: '雷人雷语，侮辱群众',
  },
]);
