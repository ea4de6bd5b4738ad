// The opinion gate's internet slang (opinion.slang): 离大谱, 吃瓜, 且行且珍惜, 冲就完了, 太香了, 这波…属实是
// 拉满了 (after final218) and the number 666 — never inside a statistic (66.6万吨, 666.8亿元).
import type { PatternRule } from './pattern-findings.ts';

/** Internet slang: 这届网友太难带, 离大谱, 前排吃瓜, 萌萌哒, 累成狗, 一整个爱住, 太坑爹了, 帅炸了. */
export const NET_SLANG: PatternRule = {
  rule: 'opinion.slang',
  severity: 'warn',
  pattern:
    /这届(?:网友|家长|群众|市民|年轻人|居民|游客|观众|学生|孩子)(?:真|太|是真|可)?(?:难带|带不动|不行|有毒)|离(?:了个|了)?大谱|(?:太|好|真|很|有点|这么|那么)(?:low|LOW|Low|out)(?:了|啊|吧)?|咱也不敢(?:说|问)|(?:快来|一起|来|继续|坐等|围观|前排)吃瓜|吃瓜(?:啦|了|吧|咯)|(?:有|来|又有|惊天)大瓜|(?:醉醉|萌萌|么么|棒棒|美美|乖乖)哒|(?:冻|累|热|困|饿|忙|穷|晒|哭|笑|虐|吓|馋|撑|气|感动|心疼)(?:得)?成(?:狗|球|狗子|傻狗)|(?:我们?|小编)?爱了(?=[！!。，,~～]|$)|一整个(?:爱住|破防|无语|emo|大无语|惊呆|心动|震惊|笑死|麻住)|(?:真的|直接)?(?:破大?防了?|麻了|裂开了?)(?=[，。！？!?~～]|$)|(?:有点儿?|也太|太|真的?|简直|实在|是真|确实)坑(?:人|爹|钱)?(?:了|啊|吧|呀|哦){0,2}(?=[，,。！!？?…~～；;]|$|但)|(?<![小阿老])(?:帅|美|酷|燃|萌|飒|嗨|炫)(?:炸|爆|翻|毙|呆)(?:了|啦)/g,
  message: '网络口语，政务表述不宜使用',
};

/** The slang number 666 — never inside a statistic (66.6万吨, 666.8亿元). */
export const SLANG_666: PatternRule = {
  rule: 'opinion.slang',
  severity: 'warn',
  pattern: /(?<![0-9０-９.．\-/:：])[6６]{3,}(?=$|[\s，。！？!?,~～…、；;）)」』”啊呀哇哦了吧哈])/g,
  message: '网络口语',
};

/** Internet memes: 且行且珍惜 and its variants (且看且珍惜, 且用且珍惜). */
export const TREASURE_IT_MEME: PatternRule = {
  rule: 'opinion.slang',
  severity: 'warn',
  pattern: /且[\u4e00-\u9fff]且珍惜/g,
  message: '网络流行语，政务新媒体不宜使用',
};

/** Slang cheers: 冲就完了, 冲就对了, 冲就完事. */
export const CHARGE_CHEER: PatternRule = {
  rule: 'opinion.slang',
  severity: 'warn',
  pattern: /冲就(?:完了|完事了?|对了|是了)/g,
  message: '网络流行语，政务新媒体不宜使用',
};

/** Fan and shopping slang: 太香了, 赶紧冲, 闭眼冲, 狠狠爱住了. */
export const FAN_SLANG: PatternRule = {
  rule: 'opinion.slang',
  severity: 'warn',
  pattern:
    /狠狠(?:地)?(?:爱住|爱了|心动|破防|拿捏)了?|(?:真是|简直|也)?太香了(?=[！!。，,~～…]|$)|(?:赶紧|闭眼|直接|速速)冲(?:鸭|啊|呀)?(?=[！!。，,~～…]|$)/g,
  message: '网络口语，政务新媒体应规范用语',
};

/**
 * Hype slang (after final218): 这波庭审属实是拉满了, 这波操作稳了, 氛围感拉满, 属实是太燃了. 这波 with a
 * verdict after it, 属实是 before a word, and 拉满 after a feeling or a stance are the slang; 举报内容属实
 * and 这波降雨 are not read, nor is a bow drawn (弓已拉满).
 */
export const HYPE_SLANG: PatternRule = {
  rule: 'opinion.slang',
  severity: 'warn',
  pattern:
    /这波[\u4e00-\u9fff]{0,4}?(?:属实|稳了|血赚|不亏|赢麻了?|太秀了?|操作(?:太|真|绝|可以|666|秀))|(?<![况题容映报查实确均本分否不未])属实是(?=[\u4e00-\u9fff])|(?:是|直接|真的|简直|瞬间|彻底|属实|感|度|值|面|力|劲)拉满(?:了|啦)?(?![一二两三四五六七八九十0-9０-９车载货])/g,
  message: '网络流行语，政务新媒体应规范用语',
};
