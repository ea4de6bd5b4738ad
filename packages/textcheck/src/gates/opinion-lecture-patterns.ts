// Pattern families of the opinion gate for a notice that lectures the public it serves in scorn: a group
// of parents or residents mocked for tears too late (有的家长整天只顾着刷手机，孩子出事了才知道哭; 个别
// 村民平时不听劝，房子塌了才知道后悔), and young people told off in slang for idling (年轻人别总想着躺平，
// 赶紧动起来; 年轻人别老想着摆烂). A safety reminder or a call to strive says the same without the sneer
// (请家长切实履行监护职责; 青年要勇于奋斗) and is not read; quoted or reported words only inform (the
// gate's regradeReported). After final198: a critic told to learn common sense before speaking (评论之前
// 麻烦先补补常识; 我们只想说，多懂点常识再来留言); advice to learn a skill (建议市民多学点急救常识) tells
// no critic off.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Within one clause. */
const IN = '[^。；;！？!?\\n，,]';
/** A group singled out. */
const SOME = '(?:某些|有些|有的|个别|这些|那些|少数|不少)';
/** The people a notice speaks to. */
const PEOPLE =
  '(?:家长|父母|村民|居民|市民|群众|业主|司机|驾驶员|游客|老人|年轻人|人|网友|住户|商户|车主)';
/** Too late: 出事了才知道哭, 房子塌了才知道后悔. */
const TOO_LATE =
  '(?:才知道|才晓得|才想起来?|才懂得|才明白)(?:哭|后悔|着急|急了|害怕|心疼|怕|掉眼泪|抹眼泪|喊冤|求助)';
/** Young people, the ones told off. */
const YOUNG =
  '(?:(?:现在的|如今的|有的|有些|个别)?(?:年轻人|青年人?|小伙子们?|姑娘们|小年轻|后生|90后|00后|95后)|你们)';
/** Idling in slang: 躺平, 摆烂, 啃老, 混日子. */
const IDLE = '(?:躺平|摆烂|啃老|混日子|佛系|宅在家里?|打游戏|刷手机)';
/** Speaking up in public: 发帖, 评论, 留言, 下结论. */
const SPEAKING = '(?:发帖|发文|发言|说话|评论|留言|开口|转发|下结论|质疑|指责|造谣|吐槽)';
/** Told to learn common sense: 先学点常识, 补补常识, 懂点常识. */
const LEARN_SENSE = '(?:先|多|好好|去)?(?:学点|学学|补补|补点|懂点|了解点|恶补)(?:基本)?常识';

export const LECTURE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `${SOME}${PEOPLE}${IN}{0,20}?[，,]${IN}{0,12}?${TOO_LATE}|(?:出事了|出了事|出事后|事到临头|出了问题)${TOO_LATE}`,
      'g',
    ),
    message: '以嘲讽口吻指责群众“出事了才知道哭”，政务新媒体不宜使用',
  },
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `${YOUNG}(?:别|不要|少|甭)(?:总|总是|老|老是|整天|天天|成天|一天到晚|光)(?:想着|惦记着|琢磨着)?${IDLE}`,
      'g',
    ),
    message: '以说教口吻和网络俚语训诫青年，政务新媒体不宜使用',
  },
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `${SPEAKING}(?:之前|以前|前)${IN}{0,4}?[，,]?(?:请|麻烦|最好|还是|建议)?${LEARN_SENSE}|(?:只想说|想说一句|奉劝)${IN}{0,4}?[：:，,]?${IN}{0,10}?${LEARN_SENSE}|${LEARN_SENSE}(?:再|之后再|以后再)(?:来)?${SPEAKING}`,
      'g',
    ),
    message: '以居高临下的口吻让质疑者“先学点常识”，政务新媒体不宜使用',
  },
]);
