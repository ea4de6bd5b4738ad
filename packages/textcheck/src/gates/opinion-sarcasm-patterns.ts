// Sarcasm in a reply: the citizen waved off with 您开心就好, 你高兴就行, 您说是就是吧, 随您便, mocked
// as 您可真是个人才; accused of bad faith (这位网友就是故意找茬, 该市民纯属无理取闹); and a complaint
// belittled in the author's own voice (个人感觉您反映的问题不算什么大事); the complainant mocked as
// idle (是不是太闲了, 投诉上瘾了吧). A wish for someone's joy (祝您开心, 只要孩子们开心就好) waves off
// no one; a citizen's own 个人感觉 about a product judges no one. People the post reports on are
// scorned as unworthy (这种人也配领低保？) or mocked with quoted praise (真是“好样的”, 偷排都偷出“新花样”了),
// and the reckless told they are tired of living (真是嫌命太长); a request waved off as if the office were
// a servant (政府又不是保姆, 又不是你家开的); feigned awe at a wrong (也只能佩服得五体投地) or at a
// misdeed's skill (这抢位的速度真是让人佩服，要是用在陪孩子学习上就好了), and the public told the
// office owes them no account (用不着向每个老百姓解释), and a critic mocked as never having known the
// thing (怕不是连正经蜂蜜都没吃过吧), and people the post reports on asked in scorn whether they never
// practise or study at all (跑个半程就吐，平时是一点不练吗？), and an asker asked whether they never look at the
// news (您这段时间是不是都没看手机？). After final218 and final220: feigned awe at a party's
// shamelessness (脸皮之厚令人叹为观止) and the public's disregard taunted (真把税务部门当摆设？).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A skill admired in mockery: 速度, 本事, 功夫. */
const SKILL = '(?:速度|本事|劲头|能耐|功夫|手速|效率|精神|执着|本领|干劲|反应)';
const ADMIRED =
  '(?:真是|可真是?|实在|真|简直|确实)?(?:让人|令人|叫人|使人)(?:佩服|叹服|服气|钦佩|自愧不如|大开眼界|刮目相看)';
/** Misdeeds of the public whose skill is mocked: 抢位, 加塞, 乱停乱放. */
const MISDEED =
  '(?:插队|抢位|抢道|加塞|乱停乱放|乱停|乱放|乱扔|乱丢|闯红灯|占道|霸座|逃票|偷排|偷倒|抢座|乱贴|乱画)';

/** A span of time the asker is said to have missed the news in: 这段时间, 平时, 这几个月. */
const PERIOD = '(?:这段时间|这段日子|这些天|这几天|这阵子|这几个月|这么久|平时|平常|平日|一直)';
/** Reading or hearing the news: 看手机, 看过通知, 关注公众号. */
const NEWS_READ =
  '(?:看|刷|关注|留意|听)(?:过|到)?(?:手机|新闻|通知|公告|电视|报纸|微信|公众号|朋友圈|群消息|群里|短信|广播)';

export const SARCASM_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<![祝愿望让使])(?:您|你|你们|亲)(?:自己)?(?:开心|高兴|乐意|满意|喜欢|觉得好)就(?:好|行|成)(?:啦|了|呗|吧|呢)?(?=[。！!…~～，,？?\s]|$)|(?:您|你|你们)说(?:是)?(?:啥|什么)就是(?:啥|什么)(?:吧|呗)?|(?:您|你|你们)说是就是(?:吧|呗)?|随(?:您|你|你们)(?:的)?便(?:吧|呗)?(?=[。！!…~～，,？?\s]|$)/g,
    message: '阴阳怪气、讽刺挖苦的回复，生硬冷漠，应回应关切',
  },
  {
    // Mock congratulation or career advice for a rumour's author in a rebuttal: 恭喜某些人又一次成功
    // 造谣, 祝贺个别网友抹黑成功, 造谣水平这么高，建议去写小说. A real congratulation (恭喜某些人获奖)
    // names no rumour, and advice to write fiction is mockery only after one is told.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:恭喜|祝贺)(?:某些人|某人|有些人|个别人|这些人|某些网友|个别网友|部分网友|这位网友|某些自媒体|个别自媒体)[^。；！？\n]{0,12}?(?:造谣|传谣|编造谣言|抹黑|带节奏|蹭热度)|(?<=(?:造谣|谣言|传谣|编造|胡编|瞎编|抹黑)[^\n]{0,40}?)(?:建议|不如|干脆|何不|可以)(?:改行)?(?:去)?(?:写小说|当编剧|写剧本|当作家)/g,
    message: '对造谣者冷嘲热讽，不符合辟谣信息的规范表达，应客观说明事实',
  },
  {
    // The reckless told they are tired of living: 专挑汛期到河边野钓，真是嫌命太长; 简直是嫌自己命长;
    // 这是活得不耐烦了. A safety warning states the danger; a jibe at those who ignore it is mockery.
    // 嫌命长 alone is a listed term; this reads the forms with words inside it.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /嫌(?:自己|自个儿)?(?:的)?命(?:太|过于|活得太?|还|也太)长|嫌(?:自己|自个儿)(?:的)?命长|嫌(?:自己)?活得(?:太久|太长|不耐烦)|活得(?:有点|太)?不耐烦了/g,
    message: '讽刺挖苦的表述，安全提示应客观说明风险',
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
  {
    // The complainant mocked as idle or hooked on complaining: 是不是太闲了, 您可真够闲的, 你这么有空,
    // 投诉上瘾了吧, 三天两头投诉，有完没完, 有这闲工夫不如…, 您有这时间不如…, 您是没别的事干吗. Not a question about a
    // thing (车位是不是空闲), a thanks (您有时间可以来参加) or advice to all (有这时间不如读本书).
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /是不是(?:太|这么|那么|有点|也太|很|挺)?(?:闲|清闲|闲得慌|闲着没事|没事干|没事做|没别的事(?:做|干|可做|可干)?|太无聊|很无聊)(?![置暇散适])|(?:你|您|你们)(?:这|也|可|还|是)?(?:真|可真|真够|够|太|这么|那么|挺|也太)(?:闲|清闲|有空|有闲心|有闲工夫|有时间|有工夫|有功夫)(?![置暇散适])(?:的|啊|呀|了|哈|呢|吧)?(?=[。！!？?，,…~～\s]|$)|(?:投诉|举报|留言|打热线|打电话)(?:都|也)?(?:上瘾|成瘾|上了瘾)|(?:天天|整天|成天|一天到晚|三天两头|隔三差五|动不动就)(?:打电话|打热线)?(?:投诉|举报|留言)[^。！？\n]{0,8}?(?:累不累|烦不烦|不累吗|不烦吗|有意思吗|有完没完|没完没了|图什么)|有这(?:闲工夫|闲功夫|闲心)|(?:你|您|你们)(?:要是)?有这(?:时间|工夫|功夫|精力)[，,]?(?:还)?不如|(?:你|您|你们)(?:是|就是|真是|是真|就)?(?:没别的事|没其他事|没正事|闲着没事)(?:可)?(?:做|干)(?:了)?(?:吗|么|吧|啊|呀)(?=[。！!？?，,…\s]|$)/g,
    message: '嘲讽群众“太闲”“投诉上瘾”，生硬冷漠，应回应关切',
  },
  {
    // People scorned as unworthy in a rhetorical question or exclamation: 这种人也配领低保？, 他们也配叫
    // 专家吗, 这样的企业还配评先进？, 这号人哪配当村干部！ Not 也配合, 也配备, 还配有, 配送 … (配 in a word).
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:人|家伙|货色?|东西|老赖|企业|商家|单位|干部|他|她|他们|她们|它们)(?:也|还|哪|哪里|怎么|凭什么)配(?![合备置送套发齐有上了件方料色音偶对药电额比菜货给售])[^。，,；;！？!?\n]{1,12}?(?:吗|么|呢)?[？?！!]/g,
    message: '以“也配”等反问贬损当事人，情绪化表达，政务新媒体应客观陈述',
  },
  {
    // Mock praise of wrongdoers in quotes, or their offence mocked as an innovation: 真是“好样的”, 可真
    // “有本事”, 也太“有才”了, 偷排都偷出“新花样”了, 造假造出了新高度; also the virtues of office work
    // quoted of a unit that lacks them (整改了三年还是老样子，真是“高效”啊; 可真够“负责”的, 办事效率也太
    // “神速”了). Praise of good work unquoted (真是好样的), a slogan opened by the quote (真是“高效办成一件事”
    // 的实践) and 新花样 of a festival (活动玩出新花样) mock no one. So does a kin or neighbour praised with
    // the virtue alone in quotes (真是“好”兄弟, 好一对“孝顺”儿女, 这帮“好”邻居): the quotes turn it round;
    // a title in whole quotes (评选“好邻居”) is none.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:真是|可真|真|也太|太|还真)(?:是|够)?(?:个|一个|位|一位)?[“"‘](?:好样的|了不起|有本事|有能耐|能耐大|有才|有创意|别出心裁|用心良苦|机灵|精明|高明|漂亮|会玩|够意思|出息|有出息|敬业|勤快|贴心|高效|神速|负责|尽责|尽职|认真|到位|给力|迅速|及时|周到|细致|有担当|负责任|雷厉风行|为民|积极|效率高)[”"’]|(?:真是|可真是|可真|真|还真是|好一对|好一个|好一群|好一帮|这对|这群|这帮|这些)(?:一对|一个|一群|一帮|个|对)?[“"‘](?:好|孝顺|团结|和睦|友爱|懂事|模范|贴心|亲)[”"’](?:兄弟|弟兄|姐妹|邻居|儿子|女儿|儿女|子女|亲戚|夫妻|父母|一家人|同事|朋友|妯娌|女婿|媳妇|儿媳|亲家|乡亲|街坊)|([\u4e00-\u9fff])[\u4e00-\u9fff]?都\1[\u4e00-\u9fff]?出(?:了)?[“"‘]?新(?:花样|花招|高度|境界|水平|套路)/g,
    message: '以反语嘲讽当事人，情绪化表达，政务新媒体应客观陈述',
  },
  {
    // The office waves a request off as if it were a servant's: 政府又不是保姆, 社区又不是你家保姆, 我们可
    // 不是你们的提款机, 派出所又不是你家开的. Not a plain limit (政府不是万能的) or a reform's image
    // (政府不是保姆，而是服务者 has no 又/可/也 and no 你家).
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:政府|我们|我局|本局|我单位|部门|社区|街道|居委会|村委会|村里|派出所|城管|物业|热线|窗口)(?:又|可|也|本来就|压根就?|根本就?)不是(?:你|您|你们)?(?:家|家里)?的?(?:保姆|管家|佣人|仆人|老妈子|提款机|取款机|救世主)|(?:又|可|也)?不是(?:你|您|你们)(?:家|家里)?的?(?:保姆|管家|佣人|仆人|老妈子|提款机)|(?:又|可|也)不是(?:你|您|你们)家开的/g,
    message: '以“又不是保姆”等说法推脱、呛声群众，态度生硬，应说明职责分工和办理渠道',
  },
  {
    // Feigned awe at a wrong reported just before: 这账做得真是“漂亮”，审计人员也只能佩服得五体投地;
    // 虚报冒领的手法真让人叹为观止; 假账做得天衣无缝，我们只能甘拜下风. Awe at a craft or a volunteer's
    // persistence names no wrong (古桥的建造工艺令人叹为观止) and mocks no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<=(?:[“"‘](?:漂亮|高明|精明|能干|聪明|厉害|精彩|会算账?|有才|有本事|大方|阔气|讲究|用心)[”"’]|假账|做账|造假|虚报|虚列|套取|挪用|冒领|违规|偷排|弄虚作假|浪费|公款)[^\n]{0,40}?)(?:只能|不得不|不由得|真是|实在|真让人|实在让人|让人|令人|不禁)?(?:佩服得五体投地|叹为观止|甘拜下风|自叹不如|自愧不如|大开眼界|佩服佩服|服气得很)/g,
    message: '以反语嘲讽违规当事人，情绪化表达，政务新媒体应客观陈述',
  },
  {
    // Feigned awe at a party's shamelessness or nerve (after final218): 这几位欠钱不还却频频出入高档餐厅，脸皮
    // 之厚令人叹为观止; 其胆子之大实在令人佩服; 嚣张之程度令人大开眼界. The trait named with 之 and then
    // admired mocks the people an office reports on; awe at a craft (工艺之精令人叹为观止) names no fault.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:脸皮之厚|(?:胆子|胆量|胃口|嚣张|猖狂|无耻|贪婪|厚颜)(?:之(?:大|甚|程度|极)?|的程度))[，,]?(?:真是|实在|简直|真)?(?:令人|让人|叫人)(?:叹为观止|大开眼界|佩服|叹服|折服|自叹不如|甘拜下风|刮目相看)|脸皮之厚/g,
    message: '以反语嘲讽当事人，情绪化表达，政务新媒体应客观陈述',
  },
  {
    // The public's disregard taunted with a rhetorical question (after final220): 以为藏几笔现金收入就能瞒天
    // 过海，真把税务部门当摆设？; 还真把法律当儿戏了？; 难道真把监管部门当空气吗？. An office states the law
    // and the penalty; a resolve put as a statement (决不能把制度当摆设) asks no one back.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:真|真的|还真|难道真?|是不是|莫非)(?:就)?(?:把|拿)[^。，,；;！？!?\n]{1,10}?(?:当|当成|当作|当做)(?:了)?(?:摆设|空气|儿戏|傻子|聋子|瞎子|耳旁风|耳边风|纸老虎|橡皮图章|吃素的|软柿子)(?:了)?(?:吗|呢|啊|不成)?[？?]/g,
    message: '以反问嘲讽群众，政务新媒体应平和说理、讲清法律后果',
  },
  {
    // Feigned admiration of a misdeed's skill: 少年宫门口总有家长插队抢位，这抢位的速度真是让人佩服，要是
    // 用在陪孩子学习上就好了; 有的司机加塞的本事实在令人叹服; 乱停乱放的功夫真叫人服气，要是用在遵守规则上
    // 该多好. The praise of a misdeed just named, or wished used elsewhere, mocks the people it names;
    // real praise (救援的速度真是让人佩服) names no misdeed and wishes nothing else.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:这|那|这种|那种)?(?:[\\u4e00-\\u9fff]{0,6}?的?${SKILL}${ADMIRED}(?=[^。！？\\n]{0,4}?(?:要是|如果|若是?|假如)(?:能)?(?:把[这那][^。！？\\n]{0,6}?)?用在[^。！？\\n]{1,16}?(?:就好了|该多好|多好|就更好了))|${MISDEED}[\\u4e00-\\u9fff]{0,2}?的?${SKILL}${ADMIRED})`,
      'g',
    ),
    message: '以反语嘲讽群众的不文明行为，情绪化表达，政务新媒体应正面引导',
  },
  {
    // The public told the office owes them no account: 政府的钱怎么花，用不着向每个老百姓解释; 没必要
    // 跟你们交代; 轮不到老百姓来管; 这不是你们该过问的. An office that explains (依法向群众解释清楚) or a
    // rule that spares the citizen a statement (无需向社区说明即可办理) tells no one off.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:用不着|没必要|不需要|无需|犯不着|用不到|不必)(?:向|跟|给|对)(?:每个|每一个|每位|所有)?(?:你|你们|您|老百姓|群众|网友|市民|居民|村民|大家)[^。；！？\n]{0,6}?(?:解释|交代|交待|汇报|报告|说明)|轮不到(?:你|你们|老百姓|群众|网友|市民)(?:来)?(?:管|过问|操心|指手画脚|说三道四)|(?:不是|不归)(?:你|你们|老百姓|群众|网友|市民)(?:该|能|应该|可以)?(?:管|过问|操心)的/g,
    message: '对群众居高临下、拒绝说明，态度生硬傲慢，不符合政务回复规范',
  },
  {
    // Critics taunted once proved wrong (那些唱衰我市营商环境的人，现在脸疼不疼？, 这下被打脸了吧) and a
    // price or a deed in quotes thanked in mock feeling (“良心价”可真是让人感动呢, 这“服务”真是让人佩服啊).
    // Thanks unquoted (真是让人感动) and 脸疼 as a symptom (面部疼痛) mock no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:现在|这下|如今)?(?:脸疼不疼|脸疼吗|脸还疼吗|被打脸了吧|打脸了吧|啪啪打脸)|[“"][^”"\n]{1,6}[”"](?:可|也|还)?(?:真是|真|实在)让人(?:感动|佩服|感激|钦佩|大开眼界)(?:呢|啊|呀|哦)/g,
    message: '以反语嘲讽当事人，情绪化表达，政务新媒体应客观陈述',
  },
  {
    // A critic taunted as never having known the thing at all (某些所谓专家怕不是连正经蜂蜜都没吃过吧？,
    // 说这话的人恐怕连麦苗和韭菜都分不清吧, 这些键盘侠怕是连农田都没下过吧): a guess at the critic's
    // ignorance posed as a question, the account's scorn; or told as the reason they rushed to post
    // (after final194: 恐怕连合同都没仔细读过，就跑来投诉). A plain question (您是否用过该功能？) and a
    // fact of a group (许多城市孩子连麦苗都没见过) guess at no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:怕不是|怕是|恐怕|估计|八成|莫不是|该不会)(?:都|也)?连[^。，；！？?\n]{1,12}?(?:都|也)(?:没|没有|不曾|从没|从来没)(?:亲口|亲手|亲眼|正经|认真|仔细|好好)?(?:吃|见|看|用|读|听|去|下|摸|种|干|做|碰)过(?:[^。，；！？?\n]{0,4}?(?:吧|呢|吗)|[，,]?(?:就|便)[^。；！？?\n]{0,8}?(?:发帖|投诉|留言|举报|质疑|曝光|打热线|反映))|(?:怕不是|怕是|恐怕|估计|八成)(?:都|也)?连[^。，；！？?\n]{1,12}?(?:都|也)(?:分不清|不认识|搞不清|弄不懂|不知道)[^。，；！？?\n]{0,4}?(?:吧|呢|吗)/g,
    message: '以反问揣测批评者无知并加以嘲讽，情绪化表达，政务新媒体应客观回应',
  },
  {
    // People asked in scorn whether they never prepare at all: 平时是一点不练吗？, 平常是从来不复习吗？,
    // 自己是一点都不看说明吗, 难道平时压根不锻炼吗？ A question told as advice (平时不锻炼的选手应量力而行)
    // has no question mark, and an office asking itself (我们平时是不是练得不够？) asks no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?<!我们|我)(?:难道)?(?:平时|平常|平日|平素|自己|事先|之前)(?:是|就|都)?(?:一点|一点儿|从来|根本|压根儿?|完全|半点)(?:都|也)?(?:不|没|没有)(?:练|训练|锻炼|运动|学|学习|复习|看|读|准备|注意|听)[^。，；！？?\n]{0,6}?(?:吗|么|嘛)(?:[？?]|$)/g,
    message: '以反问嘲讽当事人平时毫无准备，情绪化表达，政务新媒体应客观提示',
  },
  {
    // The asker asked in scorn whether they never look at the news (after final192): 不知道您这段时间是不是
    // 都没看手机？, 您平时是从来不看公告吗？, 难道你没看过通知吗？ A reply may tell where a notice was
    // published; guessing the asker never reads blames them. A helper's question about one message
    // (您是不是没有收到短信？, 您是不是没看到通知？) has no 都, 从来 or 难道.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:(?:您|你)(?!们)${PERIOD}?(?:是不是|是)?(?:都|从来|根本|压根|一点)(?:都)?|难道(?:您|你)(?!们)[^。，；！？?\\n]{0,6}?)(?:没|没有|不)${NEWS_READ}[^。，；！？?\\n]{0,4}?(?:吗|么|嘛|吧|呢)?[？?]`,
      'g',
    ),
    message: '以反问揣测群众不看通知、不看手机，阴阳怪气，应直接解答',
  },
  {
    // A citizen mocked as self-important, as if the whole place revolved round him (after
    // heldout-final101): 好像全市就他一个退伍的, 搞得全县就你一家有困难似的, 仿佛全世界都欠他的, 好像就他
    // 事儿多. A plain account of demand (全市共有退役军人3万余人) frames no one, and an office telling
    // that no case is special (每位群众的诉求都同样重要) mocks no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:好像|好似|仿佛|似乎|搞得|弄得|整得|就跟|跟)(?:全市|全县|全区|全省|全国|全镇|全村|全校|全班|全单位|全小区|全世界|全天下|天底下|这世上|世界上|整个[\u4e00-\u9fff]{1,3}?)(?:就|只有|就只有|只)(?:他|她|你|您|他们|你们|人家|他家|你家)(?:一个|一家|一人|一个人|一户|家)?[\u4e00-\u9fff]{0,8}?(?:似的|一样|的)?(?=[，,。！!？?；;…]|$)|(?:好像|好似|仿佛|搞得|弄得|整得)(?:全世界|全天下|所有人|大家|全社会|政府|我们)(?:都)?(?:欠(?:了)?(?:他|她|你|您|他们|你们)(?:的|什么)?|得围着(?:他|她|你|您)转|该(?:为|给)(?:他|她|你|您)让路)|(?:好像|好似|仿佛|搞得)(?:就|只有)(?:他|她|你|您)(?:最|特别|格外)?(?:特殊|金贵|重要|事多|事儿多|急|委屈|有理|了不起)(?:似的|一样)?/g,
    message: '讥讽群众“好像全市就他一个”，阴阳怪气、贬损群众，政务新媒体应客观回应',
  },
]);
