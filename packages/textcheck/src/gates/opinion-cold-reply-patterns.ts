// The opinion gate's cold replies (opinion.cold-reply): the asker brushed off (不用你操心, 关我什么事),
// sent elsewhere (找上面去吧, 有意见去上面告), told to stop writing in or to obey (别在这留言了, 照办就是了)
// and scolded for asking again (请不要重复留言浪费公共资源).
import type { PatternRule } from './pattern-findings.ts';

/** Parts of a scolding for writing in again: one clause, without a reason given (以免, 避免 …). */
const SCOLD_GAP = '(?:(?!以免|避免|防止|免得|以防)[^。！？\\n，,])';
const SCOLD_REPEAT = '(?:重复|反复|一再|多次|再|总是|老是|天天|频繁)';
const SCOLD_ACTION = '(?:留言|投诉|反映|来电|打电话|拨打|信访|提问|发帖|举报|来信)';

/** Coming in to be served: 来窗口, 到大厅办理, 跑现场. */
const VISIT = '(?:来|到|跑|去)(?:窗口|大厅|现场|柜台|中心|这里|我们这里?)(?:办理|排队|办事|咨询)?';
/** Whose time or resources the asker is said to waste: 公共资源, 大家的时间, 双方时间. */
const WASTED =
  '(?:浪费|占用|挤占|耽误)(?:了)?(?:公共|行政|社会|政府|热线|政务|大家的?|我们的?|别人的?|工作人员的?|宝贵的?|双方的?|彼此的?)(?:资源|时间|精力)';

/** Those the office serves, as a cold reply names them when it shuts them out. */
const SERVED = '(?:家长|群众|村民|居民|市民|老百姓|百姓|网友|业主|学生|外人|职工|商户)';
/** What they are told they may not do: 指手画脚, 说三道四, 插手, 过问. */
const MEDDLE = '(?:指手画脚|说三道四|插嘴|插手|过问|管|评头论足|质疑)';

/**
 * The asker told it is none of their business: 不用您操心, 你就别管了, 轮不到你, 等着就行, 学校怎么
 * 安排是学校的事，轮不到家长指手画脚 (after heldout-final161).
 */
export const NONE_OF_YOUR_BUSINESS: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `不用(?:您|你|你们)?(?:操心|费心|管)|(?:你|你们|您)(?:就)?别(?:管|问|操心|瞎操心)了|(?:轮不到|用不着)(?:你|你们|您)|(?:你|您|你们)管不着|(?:等着|等)就(?:行|是了|完了)|(?:轮不到|用不着|不用|犯不着)${SERVED}(?:们)?(?:来)?${MEDDLE}|(?:学校|我们|政府|单位|村里|社区|公司)怎么(?:安排|做|办|搞|定)(?:是|就是)(?:学校|我们|政府|单位|村里|社区|公司)(?:自己)?的事`,
    'g',
  ),
  message: '生硬冷漠的回复，应回应关切',
};

/**
 * A citizen's complaint belittled as too small to bother anyone with: 这点小事也要打12345？,
 * 芝麻大的事也来投诉, 这么点事还好意思找政府, 这点鸡毛蒜皮的事也好意思往上反映？ (after
 * heldout-final167). Not 群众的事无小事 or 小事也要认真办 (the account's own care).
 */
export const COMPLAINT_BELITTLED: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:这点|这么点|这点儿|这么点儿|芝麻大的|屁大点的?|鸡毛蒜皮的?)(?:鸡毛蒜皮的?|芝麻大的|小小的)?(?:小事|破事|小事情|事儿?|事情)(?:也|都|还)(?:要|来|值得|好意思|得)?(?:往上|往上面|往这|到这|来)?(?:打|拨打|找|投诉|举报|反映|留言|麻烦|打电话|打热线|打市长热线)/g,
  message: '贬低群众诉求，生硬冷漠，应回应关切',
};

/** Brush-offs: 急什么, 慢慢等着吧, 还能怎么办, 不背这个锅, 随你怎么说. */
export const BRUSH_OFFS: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:急|慌|催|吵|闹|嚷嚷)什么(?:呀|啊|呢)?(?=[，,。！？!?…]|$)|(?:慢慢|就)?等着吧|(?:又能|还能)怎么办|能怎么办呢(?=[。！!…]|$)|不背(?:这个|这口)锅|随(?:便)?(?:你|你们|您)(?:怎么|爱怎么)?(?:说|想|骂|看|便)(?:吧|去吧)?(?=[，,。！？!?…]|$)|爱怎么说(?:就)?怎么说/g,
  message: '生硬冷漠的回复，应回应关切',
};

/**
 * The citizen told to stop writing in, or that asking is no use: 您别在这留言了，找谁都没用,
 * 不要往这里发了, 您反映了也白搭, 你投诉到哪儿都一样没用, 你找哪个部门都不好使, 请自行翻阅历史消息，
 * 不要反复留言 (after final177) — addressed to the
 * citizen or after the word to stop: a citizen's own 投诉也没用 is their complaint. Telling where a
 * matter belongs (此事由供电公司负责，请拨打95598) or what a channel cannot do (网上留言不能代替
 * 报警) dismisses no one.
 */
export const TOLD_TO_STOP_ASKING: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:不要|别)(?:再)?(?:在这(?:里|儿)?|在此|往这(?:里|儿)?|来这(?:里|儿)?|在我们这(?:里|儿)?|在平台上?)(?:留言|发帖|打电话|来电|投诉|问|发)了|(?:你|您|你们)(?:再|就算|即使|哪怕|就是|不管|无论)?(?:去)?(?:找|问|投诉|反映|留言|举报|打电话|打热线|来电|上访|告)(?:了|到)?(?:谁|哪里|哪儿|哪个部门|哪个单位|哪|我们|上面|领导)?(?:也|都)(?:一样)?(?:没用|没有用|白搭|白费|不管用|不好使|没戏)|(?:别|不要)(?:再)?[^。！？\n，,]{0,6}?(?:留言|发帖|来电|投诉|打电话|问|发)了[，,](?:你|您)?(?:找|问|投诉|反映|告)(?:谁|哪里|哪儿|哪个部门|哪)(?:也|都)(?:一样)?(?:没用|没有用|白搭|不管用|不好使)|(?:请)?(?:自行|自己)(?:翻阅|查阅|查看|翻看|查找|去翻)[^。！？\n]{0,12}?[，,]\s*(?:请)?(?:不要|别|勿|莫)(?:再)?(?:反复|重复|一再)?(?:留言|来电|提问|咨询|问)/g,
  message: '生硬冷漠的回复，应回应关切',
};

/** A matter waved off: 爱去哪去哪, 关我什么事, 跟我们有什么关系, 你自己看着办, 随你便, 找别人去吧. */
export const NOT_OUR_MATTER: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /爱(?<v>[\u4e00-\u9fff]{1,2}?)(?<q>谁|哪儿|哪里|哪|啥|什么)(?:就)?(?:去)?\k<v>\k<q>|关(?:我|我们|咱|咱们|你|你们|他|他们)(?:什么|啥|屁|毛|鸟|何)事|(?:跟|和|与)(?:我|我们|咱|咱们)(?:有|又有|能有)?(?:什么|啥|毛|半毛钱|一毛钱|个屁)(?:的)?关系(?![的。]|如何)|(?:不关|不干)(?:我|我们|咱们?)(?:的|鸟|屁|什么)?事(?![项务业件宜实])|(?:那|这)(?:是|就是)?(?:你们?|您)(?:自己|自家)?(?:小区|家|单位)?(?:自己)?的事(?:情|儿)?(?=[，,。！!？?]|$)|(?:你|您|你们)(?:就)?(?:自己)?看着办|(?:你|您|你们)?(?:要|想|爱|非要|执意)(?<w>告|投诉|举报|闹|骂|曝光|上访|起诉|找|反映)(?:你)?就(?:去)?\k<w>|随(?:你|您|你们)(?:的)?便|悉听尊便|(?:懒得|没空|没工夫|没时间|犯不着)(?:理|管|搭理|回复?|答复|解释|跟你说|跟你们说)(?:你|你们)|别(?:来)?烦(?:我|我们)|(?:^|(?<=[，,：:。！!？?\s]))(?:你|您|你们)?(?:就)?自己(?:想办法|解决|处理|搞定|去弄|琢磨)(?:去)?吧|随便(?:你|您|你们)(?:吧|了|啦)?(?=[。！!，,？?…]|$)|(?:想|爱|要)(?:怎么样|怎样|咋样)(?:就怎么样|就怎样)?[，,]?随便|(?:这种|这点|这么点|这样的|芝麻大的|鸡毛蒜皮的?)(?:小事|破事|事儿?)(?:也|都|还)(?:来|要|好意思)?(?:找|问|烦|麻烦|打扰|投诉|反映|打电话)(?:政府|我们|领导|热线|12345)?|(?:你|您|你们)(?:自己)?去(?:问|找)(?:别人|别处|别的部门|其他人)|(?:问|找)(?:别人|别处)(?:去|吧)(?=[。！!，,？?…]|$)|找(?:上面|上头|别人|别处|领导|上级)(?:去)?(?:吧|去)(?=[，,。！!？?]|$)|有意见(?:就|你就|您就)?找(?:上面|上头|领导)(?![反沟])|(?:该|能)(?:干嘛|干啥)(?:就)?干(?:嘛|啥)去|(?:少|别)(?:来)?(?:烦|啰嗦|废话|瞎嚷嚷)(?:了)?(?=[，,。！!？?]|$)/g,
  message: '推诿搪塞、生硬冷漠的回复，应回应关切',
};

/**
 * A complaint sent off to be lodged elsewhere, without a channel: 你有意见去上面告, 不服就到上级
 * 告去, 有意见上县里告去. A referral names the body and how (如有异议，可向县信访局反映), and a
 * court report's 不服，上告 (appealed) names no place to go.
 */
export const SENT_TO_SUE_ELSEWHERE: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:有意见|不服气?|不满意?|有不满)(?:的话)?[，,]?(?:你|您|你们)?(?:就|尽管|只管|可以|大可|自己)?(?:(?:去|到|找)(?:上面|上头|上边|上级|领导|法院|市里|省里|县里|北京|哪儿|哪里)?|上(?:上面|上级|法院|市里|省里|县里|北京))(?:那儿|那里|那边)?(?:去)?告(?![知诉示别白急捷一辞慰])(?:状)?/g,
  message: '推诿搪塞、生硬冷漠的回复，应告知办理渠道',
};

/**
 * Brushing a matter off as not ours (我们管不着, 这事轮不到我们管, 我们可管不到, 此事不归我们街道管, the
 * office named in full after final198: 不归我们社区居委会管) and
 * telling people not to bring things here (别什么事都往留言板上发, 不要啥事都找政府).
 */
export const NOT_OURS_TO_HANDLE: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:我们|我|咱们?|本单位|本部门)(?:可|也|根本|压根|才|是)?管不(?:着|到)|(?:轮不到|不该)(?:我们|我|咱们?)(?:来)?管|不(?:归|由)(?:我们|咱们?|本单位|本部门|我局|我单位)[\u4e00-\u9fff]{0,6}?管(?=[，,。！!；;]|$)|(?:别|不要|不用|少)(?:什么|啥|屁大点|一点小)事(?:儿)?(?:都|也|就)(?:往|找|来|打|问|发|上|投诉|反映|拿)/g,
  message: '生硬推诿的回复，应告知办理渠道',
};

/** A body left unnamed: 其他部门, 相关单位, 有关职能部门. */
const UNNAMED_BODY = '(?:其他|别的|其它|相关|有关|对应|相应)(?:的)?(?:职能)?(?:部门|单位|机构)';

/**
 * The asker told to find the body in charge on their own, without being told which (after
 * heldout-final154 and final155): 不属于我局职责范围，请自行联系其他部门处理; 此事不归我们街道管，请自行找
 * 相关部门反映; 请您自己向有关部门咨询. A referral names the body (请自行向县市场监管局咨询) or the
 * matter is transferred (已转交…办理); a notice's 可自行到相关部门网站查询 sends no one away.
 */
export const SENT_TO_FIND_THE_BODY: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `(?:自行|自己)(?:去)?(?:(?:联系|找|寻找|咨询|询问|对接)(?:一下)?${UNNAMED_BODY}(?:反映|咨询|处理|解决|办理)?|(?:向|到|与|和|跟)${UNNAMED_BODY}(?:联系|咨询|询问|反映|对接))`,
    'g',
  ),
  message: '推诿搪塞的回复：应告知具体承办部门或转办，不应让群众自行寻找',
};

/**
 * The public told to obey without a word (政府已经研究决定，老百姓照办就是了, 群众服从就行了, 你们
 * 听安排就完了). Steps a reader may simply follow (按以下步骤操作即可, 照着填写就可以了) are guidance.
 */
export const TOLD_TO_OBEY: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:老百姓|百姓|群众|村民|居民|市民|商户|你们|你)(?:只管|只要|只需|就|都)?(?:照办|照做|照着办|服从|听话|听安排|听从安排|听招呼|执行)就(?:是了|行了|完了|得了|好了|可以了)|(?:照办|服从|听话)就(?:是了|完了|得了)/g,
  message: '命令式、居高临下的回复，应解释依据、回应关切',
};

/**
 * Answers refused from now on (after final183 and final184): 此类问题今后不再逐一答复, 请自行查阅往期推送，
 * 今后不再逐一回复, 类似问题恕不再一一回复. A reply may point to where an answer is (详见往期推送); it may
 * not close the door on the next asker. Not 因留言较多，无法逐一回复，敬请谅解, a regret with no refusal.
 */
const NO_MORE_ANSWERS =
  '(?:(?:此类|这类|同类|类似|相同|同样的?)(?:问题|留言|咨询|诉求)[^。！？\\n，,]{0,8}?|(?:自行|自己)(?:翻阅|查阅|查看|翻看|查找|去翻)[^。！？\\n]{0,12}?[，,]\\s*(?:此类问题|这类问题)?)(?:今后|以后|后续|往后)?(?:将|一律)?(?:不再|不会再|恕不再?)(?:逐一|一一|单独|重复|另行|个别)?(?:回复|答复|解答|回应)';

/** Impatience with a repeated question: 已经回复过很多次了, 自己往上翻; answers refused from now on. */
export const TIRED_OF_REPEATING: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `(?:回复|答复|解释)(?:过|了)(?:很多|好多|无数|N多|n多|多少|八百|一万)(?:次|遍)了?|自己(?:往上|往前|向上|往回|翻上去)翻|自己(?:去)?翻(?:翻|一翻|一下)?(?:聊天记录|历史记录|前面|之前的?|上面的?)(?:回复|留言|记录|内容)?|${NO_MORE_ANSWERS}`,
    'g',
  ),
  message: '不耐烦、推诿的回复，应回应关切',
};

/**
 * Scolding the asker for writing in: 请不要重复留言浪费公共资源, 您一再来电占用热线资源, 别再打电话
 * 耽误大家的时间 — or for coming in, said of those who fall short (after final185: 材料不全的不要来窗口
 * 浪费双方时间, 没预约的就别来大厅耽误大家时间). Not a reminder that gives its reason (请勿无故拨打，以免
 * 占用热线资源; 请备齐材料，避免往返浪费时间), a rule on malicious complaints (对恶意重复投诉…的) or the
 * matter of a complaint (您反映的占用公共资源问题): only what is said to the asker, in one clause.
 */
export const SCOLDED_FOR_WRITING_IN: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `(?:(?:请(?:你|您|你们)?(?:不要|别|勿|莫)|(?:不要|别|勿)再)${SCOLD_GAP}{0,6}?${SCOLD_REPEAT}?|(?:你|您|你们)${SCOLD_GAP}{0,4}?${SCOLD_REPEAT})(?:地)?${SCOLD_ACTION}(?!的)${SCOLD_GAP}{0,8}?${WASTED}|(?<=[的者就])(?:不要|别|勿|莫)(?:再)?(?:${SCOLD_ACTION}|${VISIT})${SCOLD_GAP}{0,6}?${WASTED}`,
    'g',
  ),
  message: '训斥、指责群众的回复，应平和说理',
};

/**
 * The asker left to fend for themselves (after heldout-final162): 此类问题我们也无能为力，建议您自己想
 * 办法与摊主协商解决. Help offered instead (不用您自己想办法，我们帮您协调) leaves no one alone, and
 * a citizen's own 我们真的无能为力 is their plea: only the office or the matter is said to be beyond
 * help.
 */
export const LEFT_TO_THEMSELVES: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?<!不用|无需|不必|不需要|不让|不能让)(?:您|你|你们)(?:还是|只能|只好)?(?:自己|自行)(?:去)?想(?:想)?办法|(?:我局|本单位|本部门|我单位|我中心|我办)(?:对此)?(?:也|实在|确实|也是)?无能为力|(?:此类|这类|这个|该|此)(?:问题|事情?)(?:我们)?(?:也|实在|确实)?无能为力/g,
  message: '推诿搪塞、生硬冷漠的回复，应告知办理渠道或协调解决',
};

/**
 * The asker told not to call or write again (after heldout-final160): 此前已多次答复，请您别再重复来电了;
 * 您别再打电话了; 本办不再重复答复，请勿纠缠 (after heldout-final167; 不要与骗子纠缠 warns of someone
 * else). The closing 了 or the answers already given make it a rebuff; a reminder that the
 * matter is settled (问题解决后无需再来电) tells no one off.
 */
export const TOLD_NOT_TO_CALL_AGAIN: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `(?:请(?:你|您|你们)?|你|您|你们)(?:就)?(?:不要|别|莫)再${SCOLD_REPEAT}?(?:地)?(?:${SCOLD_ACTION}|打来|来访|上访|找我们)(?:了|啦)|(?:(?:请勿|请不要|请别)(?:再|继续)?|(?:不要|别|勿)(?:再|继续))(?:无理)?纠缠(?:不休)?(?:了)?(?=[。！!，,；;]|$)|(?:已|已经)(?:多次|反复|一再|再三)(?:答复|回复|解释|说明)(?:过)?(?:了)?[，,。]?(?:请(?:你|您|你们)?)?(?:不要|别|勿|莫)(?:再)?${SCOLD_REPEAT}?(?:地)?${SCOLD_ACTION}+`,
    'g',
  ),
  message: '不耐烦、拒绝群众反映的回复，应回应关切',
};

/**
 * The asker told to read first and ask after (after heldout-final168): 政策写得清清楚楚，请认真看完再来问;
 * 先把通知看清楚再留言. A guide that points to where the answer is (详见…, 可查阅…) sends no one away.
 */
export const READ_BEFORE_ASKING: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:先|请先?|请您先?|你先|您先|自己)?(?:把[^。！？!?\n，,]{1,8}?)?(?:认真|仔细|好好)?(?:看完|看清楚|看明白|读完|读懂|看懂)(?:了)?(?:再来|再|之后再|以后再)(?:问|咨询|留言|提问|打电话|来电|来问)/g,
  message: '不耐烦、居高临下的回复，应直接解答群众疑问',
};

/**
 * The asker's messages called harassment (after heldout-final168): 请勿再就同一问题反复留言骚扰工作人员.
 * A warning of nuisance calls (骚扰电话) names no citizen, and a citizen's 天天打电话骚扰我们 is their
 * complaint of someone else.
 */
export const ASKING_CALLED_HARASSMENT: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:留言|来电|打电话|投诉|反映|信访|提问|发帖)(?:来)?骚扰(?:我们的?)?(?:工作人员|窗口人员|客服人员|我局|本单位)|骚扰(?:我们的?)?(?:工作人员|窗口人员|客服人员)/g,
  message: '把群众反映问题称为“骚扰”，指责群众，应平和回应',
};

/** A told-you-so warning in the account's voice: 到时候别说我们没提醒, 别怪小编没提前告诉你. */
export const TOLD_YOU_SO: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /别(?:说|怪|埋怨|怨)(?:我们|我|小编|本号)?(?:没有?|没)(?:提前)?(?:提醒|告诉|通知|说过?|讲过?)/g,
  message: '居高临下的告诫语气，应平实提示',
};

/**
 * The citizen blamed: a fraud's victim told it was their own greed (after final171: 说实话当初您贪图
 * 高息才会上当, 您自己图便宜才被骗, 只能怪您自己), a refusal told to be their own fault (这是您自己没仔细
 * 看办事指南造成的), a citizen told to try harder (您的工资没达到平均线，说明您还得再加把劲啊; after
 * final175 and final174) or the complainant told not to stir up trouble (关于您反映…经核查…请不要捕风捉影、
 * 无事生非; after final178 — a rumour's refutation to all readers names no 您), and a victim of
 * domestic violence told she chose it (当初选择和他结婚，就应该想到今天; after final180). An anti-fraud
 * warning to all (不要贪图小便宜，以免上当) blames no one who wrote in.
 */
export const CITIZEN_BLAMED: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:您|你|你们)(?:当初|自己|当时|本人)*(?:贪图|贪|图|看中|轻信|迷信)(?:了)?(?:高息|高利息|高回报|高收益|高额回报|便宜|小便宜|小利|返利|利息)[^。！？\n，,]{0,6}?(?:才|所以|就|这才)(?:会)?(?:上当|被骗|受骗|上了当|被套)|(?:只能|只好|还得|就得|要)怪(?:您|你|你们)自己|(?:这|这都|都|这是|这都是)是?(?:您|你|你们)自己(?:没|没有|未)(?:仔细|认真)?(?:看|阅读|了解|核对|注意|看清)[^。！？\n，,]{0,12}?(?:造成|导致|所致)的?|说明(?:您|你)(?:还得|还要|还需要?|得)(?:再)?(?:加把劲|努努力|多努力|努力)|当初(?:选择|决定|非要|坚持)?(?:和|跟|嫁给|娶)(?:他|她)(?:结婚|在一起)?[^。！？\n]{0,4}?(?:就)?(?:应该|该)(?:想到|料到|明白|知道)|早知今日[，,]?何必当初|(?<=(?:您|你)[^\n]{0,200}?)(?:请|希望)(?:您|你)?(?:不要|别|勿)(?:再)?(?:捕风捉影|无事生非|无中生有|造谣生事|小题大做|胡乱猜测|妄加揣测|恶意揣测)/g,
  message: '把问题归咎于群众自身或教训群众，冷漠失当，应耐心解答、依法指引',
};

/**
 * A family told to give up on someone (after final173): 至于那些反复复吸的，就是无药可救，家属也别再白费
 * 力气了. Telling those who ask that their effort is wasted abandons them; a caution about a method
 * (不要白费力气找偏方) names none of them.
 */
export const TOLD_TO_GIVE_UP: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /(?:家属|家人|亲属|父母|你们|您|你)(?:也|就|还是)?(?:别|不要|不用|不必)(?:再)?白费(?:力气|功夫|心思|劲|心血)了?/g,
  message: '劝群众“别白费力气”，冷漠消极，应给予帮助指引',
};

/**
 * Cold or mocking replies: 百度一下不就知道了，何必打热线; 自己上网查一下不就知道了吗, 这种基本常识也要问
 * (after final171); 有这工夫在网上质疑，不如自己也捐点 (after final172); 我们表示十分“佩服”; 对某些网友的“高见”;
 * 建议您亲自来工地搬两天砖再发言; and threats: 已经记下你的IP，等着被请去喝茶吧.
 */
export const MOCKING_REPLIES: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern:
    /百度一下(?:不就|就)(?:知道|清楚|明白)了|(?:自己|上网|网上|自行)+(?:查|搜)(?:一下|一查|一搜|查|搜)?(?:不就|不就能)(?:知道|清楚|明白)了|(?:这种|这么|如此)(?:基本|简单)的?常识(?:也|都|还)?(?:要|来|不知道|不懂|需要问)|有这(?:个)?(?:工夫|功夫|时间|闲工夫|闲心|精力)(?:在网上|在这里|在这|上网)?(?:质疑|投诉|留言|抱怨|发帖|吐槽|指责|说三道四|挑刺|评论|瞎猜|猜测)[^。！？\n]{0,8}?(?:还)?不如|何必(?:打热线|打电话|来问|留言|投诉)|(?:十分|非常|很是|实在|表示)[“"‘](?:佩服|感谢|欢迎|敬佩|钦佩)[”"’]|网友的[“"‘](?:高见|高论|妙招|建议)[”"’]|建议(?:您|你)(?:亲自)?(?:来|去)[^。，；！？\n]{0,10}?再(?:发言|说话|评论|来说)|(?:记下|记住|查到|掌握)了?(?:你|你们)的(?:IP|ip|账号|手机号|身份|身份信息|住址)|等着(?:被)?(?:请去喝茶|抓|传唤)吧|等着(?:我们)?上门吧|请(?:你|您)(?:来|到)(?:所里|局里|派出所)喝茶|常识性问题(?:都|也)要(?:来)?问|(?:先|去)?把(?:小学|初中)(?:课本|语文)(?:读一读|读读|看看)|(?:你|您)这么懂[\u4e00-\u9fff]{1,6}[，,]|这些人的素质(?:能不能|就不能|可不可以)/g,
  message: '冷漠、嘲讽或威胁的回复，政务新媒体应平和说理',
};

/** The office speaking of itself in a reply: 本办, 我局, 本单位, 我们. */
const THIS_OFFICE =
  '(?:本办|我办|本局|我局|本委|我委|本中心|我中心|本单位|我单位|本部门|我部门|本窗口|本平台|本所|我所|本站|我站|我们)';

/**
 * The asker's own question refused (after final186): 本办不负责解答个案问题, 我局概不答复个人咨询; and
 * the asker told the answer is somewhere online, with no page named (相关流程网上都有，请自行查阅). A
 * regret (因留言较多，恕不一一回复) and a referral that names where (可登录市政府网站“办事指南”栏目查询)
 * refuse no one.
 */
export const QUESTION_REFUSED: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `${THIS_OFFICE}(?:不负责|概不|一概不|从不|不予)(?:解答|答复|回答|解释)(?:个案|个人|具体|此类|这类|任何)?(?:问题|咨询|事项|疑问)?|(?:网上|网站上|官网上|网络上)(?:都|全都|全)有[，,]?\\s*(?:请|您|你)?(?:自行|自己)(?:去)?(?:查阅|查询|查看|搜索|搜|查|了解|看)`,
    'g',
  ),
  message: '拒绝解答、推诿搪塞的回复，应回应群众的具体诉求',
};

/**
 * The matter disowned and the asker pushed off in one breath (after final189): 与我局无关，请自行找乡镇
 * 解决，不要再重复留言; 跟我们没关系，你自己去找村里. A reply may say which body is in charge (补贴发放由
 * 乡镇负责，已转请…核实); a notice that a fake account has nothing to do with the office (该账号与我局
 * 无关，系冒用) pushes no one.
 */
export const DISOWNED_AND_PUSHED_OFF: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `(?:与|跟|和)${THIS_OFFICE}(?:无关|没有?关系|毫无关系|没关系)[，,。]\\s*(?:(?:请|你|您)(?:就)?)?(?:自行|自己)(?:去)?(?:找|联系|到|向|去|解决|处理)[^。！？\\n]{0,16}|(?:与|跟|和)${THIS_OFFICE}(?:无关|没有?关系|毫无关系|没关系)[^。！？\\n]{0,20}?(?:不要|别|勿)再(?:重复|反复|一再)?(?:${SCOLD_ACTION}|打扰)`,
    'g',
  ),
  message: '推诿搪塞、生硬冷漠的回复，应告知办理渠道或转办',
};

/** The office's own staff: 我们维修人员, 我局工作人员, 我们的师傅. */
const OUR_STAFF = `${THIS_OFFICE}(?:的)?(?:[\\u4e00-\\u9fa5]{0,4}?(?:人员|师傅|员工|职工|干部|同志|民警|队员))?`;

/**
 * The asker's impatience rebuked with the staff's own limits (after final191): 我们维修人员也是人，不可能
 * 随叫随到，请多一点耐心; 您催了三次…我局工作人员也是人，也要下班; 我们不可能随叫随到. A reply explains
 * when the work will be done; pleading that the office is only human, to the asker it addresses (您, 你),
 * turns the complaint back on them. Quiet: a civility appeal for others' staff (接线员也是普通人，请文明
 * 通话), 我们也是人民的公仆 (人 in a word), and the saying 我们都是人 with no asker addressed.
 */
export const STAFF_ONLY_HUMAN: PatternRule = {
  rule: 'opinion.cold-reply',
  severity: 'warn',
  pattern: new RegExp(
    `(?<=(?:您|你)[^\\n]{0,120}?)${OUR_STAFF}也(?:只)?是(?:普通)?人(?=[，,。！!；;]|$)[^。！？!?\\n]{0,24}|${OUR_STAFF}(?:也)?(?:不可能|哪能|没法|做不到|总不能)(?:24小时)?随叫随到`,
    'g',
  ),
  message: '以“我们也是人”等说法指责群众催促，推诿冷漠，应说明处理安排和时限',
};
