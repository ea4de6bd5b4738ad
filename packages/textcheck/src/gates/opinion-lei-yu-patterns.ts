// The opinion gate's 雷人雷语 (opinion.lei-yu): the public belittled (老百姓懂什么), told to take it or
// leave (爱X不X, 嫌吵你就搬走, 嫌贵，那就别来了) and a complainant threatened (小心我们找你单位领导).
import type { PatternRule } from './pattern-findings.ts';

/** What a finding of 雷人雷语 says. */
const LEI_YU = '雷人雷语，嘲讽、轻视群众';
/** Whom the sneer is at: 你们, 老百姓, 网友, 外行 …. */
const PEOPLE =
  '(?:你们|你|您|老百姓|百姓|群众|网友|市民|居民|村民|家长|这些人|那些人|某些人|有些人|外行|你们这些人)';

/** What the public knows or counts for sneered at: 老百姓懂什么, 你算老几, 网友瞎起哄. */
export const PUBLIC_KNOWS_NOTHING: PatternRule = {
  rule: 'opinion.lei-yu',
  severity: 'block',
  pattern: new RegExp(
    `${PEOPLE}(?:又|能|还)?(?:懂什么|懂个屁|懂啥|懂个啥|知道什么|知道个啥|知道个屁|算什么|算老几|算哪根葱|瞎操心|瞎起哄|少管)`,
    'g',
  ),
  message: LEI_YU,
};

/** Take it or leave: 爱X不X, 要么…要么走人, 不交钱就走人, 嫌吵就搬走, 嫌贵可以不停, 有本事你来. */
export const TAKE_IT_OR_LEAVE: PatternRule = {
  rule: 'opinion.lei-yu',
  severity: 'block',
  pattern:
    /爱(?<c>[\u4e00-\u9fff])不\k<c>|要么[\u4e00-\u9fff]{1,4}[，,]\s*要么(?:走人|滚|搬走|别住|别来)|不交(?:钱|费)?就(?:走人|滚|搬走)|爱(?:咋|怎么)(?<v>[\u4e00-\u9fff]{1,2})(?:咋|怎么)\k<v>|(?<q>[\u4e00-\u9fff])什么\k<q>(?![\u4e00-\u9fff])|就(?:你|你们|您)(?:事多|事儿多|特殊|金贵|矫情|毛病多|意见多)|有本事(?:你|你们|就|站出来|来|当面|自己)|(?:没钱|没本事|没能力|不愿意|嫌贵)(?:就|你就|那就)(?:别想了|别[\u4e00-\u9fff]{1,3}了|算了|忍着)|别(?:跟|和|给)(?:我|老子)(?:扯|来这套|讲条件|谈条件|提困难)|[\u4e00-\u9fff]{1,3}谁没有[？?]|嫌(?:收费|价格|费用|这里|我们|路)?(?:吵|贵|远|麻烦|慢|挤|脏|热|冷|累|烦|难|少|多|臭|不方便|不好)[^。，；！？\n]{0,3}?(?:可以|就|你就|那就|尽管|的话就?)(?:关窗|关门|戴耳塞|别[\u4e00-\u9fff]{1,3}|不(?:停|来|买|办|用|住|坐|看|去|交|要|订|吃|修|装)(?![\u4e00-\u9fff])|去别(?:处|家|的地方)|搬[\u4e00-\u9fff]?|走[\u4e00-\u9fff]?|忍[\u4e00-\u9fff]?|自己[\u4e00-\u9fff]{1,4})|(?:嫌|不满意|不服|有意见|看不惯|受不了)[^。，；！？\n]{0,6}?(?:的话)?(?:就|你就|那就|可以|尽管)(?:搬走|搬家|走人|别住|别来|别买|别看|别办|去告|滚|自己想办法)|嫌(?:吵|贵|远|麻烦|慢|挤|脏|少|多|不方便)的人[^。，；！？\n]{0,2}?(?:自己|先|好好|最好)(?:想想|想一想|反省|掂量|看看)/g,
  message: LEI_YU,
};

/** A threat to a complainant: 小心我们找你单位领导谈谈, 再闹就通知你们学校. */
export const COMPLAINANT_THREATENED: PatternRule = {
  rule: 'opinion.lei-yu',
  severity: 'block',
  pattern:
    /(?:小心|当心|再(?:闹|发帖|投诉|乱说)[^。，；！？\n]{0,4}?就)(?:我们|我)?(?:找|通知|告诉|联系)(?:你|你们|您)(?:的)?(?:单位|领导|家人|学校|老板|公司)/g,
  message: '威胁、恐吓反映问题的群众，属雷人雷语',
};

/**
 * A complaint answered with "then leave", softened or not: 嫌吵的话您也可以考虑搬家嘛, 觉得吵您大可
 * 选择搬走, 受不了噪音就换个地方住. A report of who moved (居民嫌吵搬家) suggests nothing.
 */
export const TOLD_TO_MOVE_OUT: PatternRule = {
  rule: 'opinion.lei-yu',
  severity: 'block',
  pattern:
    /(?:嫌|觉得|感觉|受不了)(?:太|有点|比较)?(?:吵|闹|噪音大?|声音大|贵|远|麻烦|不方便)(?:的话)?[，,]?(?:您|你|你们)?(?:也|还|大可|完全|其实)?(?:可以|就|尽管|不妨|大可|那就|只能)(?:考虑|选择|试着|自己)?(?:搬家|搬走|搬离|搬出去|换个地方住|别住|走人)/g,
  message: LEI_YU,
};

/**
 * A complaint of price, distance or crowding answered in the next clause with "then don't come":
 * 30元看一场还叫贵，那就别来了; 嫌排队时间长，那您就别来了; 觉得门票太贵，那干脆别买了; 不满意的话，那
 * 就别报名了. Advice for a reason that is no complaint (身体不适，那就别来了，可在线观看) is not read.
 */
export const TOLD_NOT_TO_COME: PatternRule = {
  rule: 'opinion.lei-yu',
  severity: 'block',
  pattern:
    /(?:(?:嫌|还叫|还说|还喊|还嫌|觉得|感觉|认为)(?:这|这么|这点|太|有点|比较|稍微)?(?:排队|等待|等候|路程|价格|票价|门票|收费)?[^。！？\n，,]{0,14}?(?:贵|远|吵|慢|挤|麻烦|不值|坑人|差|少|时间长|太久|不方便)|不满意|接受不了|看不惯|舍不得(?:花)?钱)(?:的话)?[^。！？\n]{0,16}?[，,]\s*(?:那|那么)(?:你|您|你们|各位)?(?:就|还是|干脆|索性|大可|可以)?(?:别|不要|甭|不用)(?:来|买|看|住|办|用|参加|报名|坐|吃|去|玩|逛|进来|花这个钱)了?(?=[。！!？?…~～]|$)/g,
  message: LEI_YU,
};
