// Replies that scold the citizen: a complaint answered by telling them to move somewhere remote
// (要不你搬到山里住？, 嫌吵那你干脆住到深山老林去, 建议您搬到深山老林去住, 您不妨去荒郊野外住) or to put up with it (您可以戴个耳塞嘛, 关上窗户不就
// 行了, 忍一忍呗), people judged too delicate (现在的人就是太娇气了, 你们也太矫情了), and a rhetorical
// question with a word of where or how between 不会 and the verb (自己不会往前翻一翻吗？, 你就不会先看看
// 置顶公告吗？). Moving to a named estate (您可以搬到新建的安置小区), earplugs handed out or advised
// plainly (施工期间为周边居民免费发放耳塞), a child's or a thing's 娇气 (孩子娇气怎么办) and an offer
// of help (不会操作的，可往前翻看操作指南) are no sneer. Quoted and reported words only inform (the
// gate's regradeReported). So is a complainant told not to complain (不懂相关规定就别瞎投诉), the
// people served called fussy (某些买家收个快递事儿真多, 有些市民就是难伺候) and experts mocked as 砖家
// (所谓的“专家”就是砖家, 这些砖家). A complaint met with hindsight (早干嘛去了？, 早干什么去了, 当初
// 干啥去了) and people judged bad through and through (缺德到家了, 自私到家, 无耻到了极点); 早干完了 and
// 好到家了 are no scold. Nor is someone denied to be human at the clause's end (这些骗子简直不是人,
// 真是猪狗不如) anything but abuse; 不是人为因素 and 不是人工 are not read. After final218: the asker told to
// look it up themselves before writing in (这种问题请先自己仔细看看再来留言).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Nowhere anyone would choose to live. */
const REMOTE =
  '(?:山里|深山|深山老林|山沟|山沟沟|荒郊野外|荒郊野岭|无人区|没人的地方|没有人的地方|荒岛|孤岛|月球|火星|外星|沙漠|南极|北极)';
const HOW = '(?:往前|往上|往回|往下|先|多|仔细|认真|好好|动手|上网)';
const READ = '(?:看|查|翻|找|搜|读|问)';
/** An official's post offered to the citizen in a retort. */
const POST =
  '(?:局长|副局长|书记|主任|县长|市长|区长|镇长|乡长|村长|科长|所长|处长|厅长|领导|官|位子|位置)';
const SARCASM = '反问、训斥群众的语气，政务新媒体不宜使用';
/** A shrug at the end of a tip: 嘛, 呗, 不就行了. */
const SHRUG = '(?:嘛|呗|不就(?:行|好|得|完|没事)了|不就(?:行|好)(?:啦|嘛))';
/** Who is judged: people now, the citizen, some people. */
const JUDGED =
  '(?:现在的?(?:人|年轻人)|如今的?(?:人|年轻人)|这届(?:年轻人|网友|群众|市民)|有些人|有的人|个别人|某些人|这些人|你们|你|您)';

/** The people an office or a firm serves, as a group. */
const SERVED =
  '(?:买家|顾客|客户|用户|业主|市民|群众|网友|旅客|乘客|患者|病人|家长|居民|消费者|办事人|来访者|投诉人|收件人|住户|村民)';
/** A group singled out: some of them, these, or a bare 你们. */
const SOME = '(?:某些|有些|有的|个别|这些|那些|这种|这类|这帮|这群|少数)';

/** Raising a matter with the government. */
const COMPLAIN =
  '(?:投诉|举报|反映|上访|信访|打12345|打热线|打市长热线|打电话投诉|留言投诉|提意见)';

export const SCOLD_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.lei-yu',
    severity: 'warn',
    pattern: new RegExp(
      `(?:要不|要不然|不如|干脆|有本事|实在不行|受不了|嫌吵|怕吵|那|建议|劝|奉劝|我看|我劝)(?:就)?(?:你|您|你们)(?:就|干脆|直接|还是|不如|可以|不妨|最好|考虑|趁早|赶紧)?(?:搬|住|躲|搬家|迁)(?:到|去|进|往)[^。，,；！？?\\n]{0,6}?${REMOTE}|(?:你|您|你们)(?:要不|干脆|不如|最好|不妨|趁早|大可)(?:就)?(?:搬|住|躲|搬家|迁)(?:到|去|进|往)[^。，,；！？?\\n]{0,6}?${REMOTE}|(?:你|您|你们)(?:要不|干脆|不如|最好|不妨|可以|大可)?(?:去|到)${REMOTE}(?:里|中)?(?:去)?(?:住|生活|安家|待着)`,
      'g',
    ),
    message: '以“搬走”之类的话打发投诉群众，属雷人雷语',
  },
  {
    // The citizen offered the official's post in a retort: 要不这个局长您来当？, 那你来当这个县长好了,
    // 有本事这个主任让给你干. An invitation to a role (欢迎您来当志愿者) is no retort.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:要不|要不然|那|干脆|不如|有本事|你行)(?:这个|这)?${POST}(?:就)?(?:让给|给|交给)?(?:你|您|你们)(?:来|去)(?:当|做|干|坐)|(?:要不|要不然|那|干脆|不如|有本事|你行)(?:就)?(?:你|您|你们)(?:来|去)(?:当|做|干|坐)(?:这个|这)?${POST}|(?:这个|这)${POST}(?:让给|给|换)(?:你|您)(?:来)?(?:当|做|干|坐)`,
      'g',
    ),
    message: SARCASM,
  },
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:自己|你|您|你们)(?:就)?不会(?:自己)?${HOW}${READ}[^。！？!?\\n，,]{0,8}?(?:吗|么|嘛)|(?:不会|不能|就不能)自己${HOW}${READ}[^。！？!?\\n，,]{0,8}?(?:吗|么|嘛)`,
      'g',
    ),
    message: SARCASM,
  },
  {
    // A complaint answered with a tip to put up with it, shrugged off: 您可以戴个耳塞嘛, 关上窗户不就
    // 行了, 忍一忍呗.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `(?:戴个?|戴上|戴副|买个|买副|塞个|塞上)耳塞${SHRUG}|(?:关上?|关好)(?:窗户?|门窗|窗子)${SHRUG}|(?:忍一忍|忍忍|忍一下|将就一下|将就将就|习惯习惯|习惯了?就好)${SHRUG}`,
      'g',
    ),
    message: '以“戴耳塞”“忍一忍”之类的话打发投诉群众，生硬冷漠，应回应关切',
  },
  {
    // People judged too delicate: 现在的人就是太娇气了, 这届年轻人实在太娇气了, 你们也太矫情了.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `${JUDGED}(?:就是|也|真是|真|实在|未免|还是|可真|可|都)?(?:太|过于|太过|有点|有些|也太|忒)(?:娇气|矫情|娇贵|金贵|玻璃心)`,
      'g',
    ),
    message: '指责群众“娇气”“矫情”，贬损群众诉求，应回应关切',
  },
  {
    // The complainant told not to complain: 不懂相关规定就别瞎投诉, 搞不清楚情况就不要乱举报, 别动不动
    // 就打12345. A warning against false reports (请勿恶意投诉, 诬告陷害将依法追究) scolds no one, and
    // 不懂的可以咨询 offers help.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `(?:不懂|不了解|不清楚|搞不清楚?|没搞清楚|弄不清楚?|没弄清楚|不知道)[^。，,；;！？!?\\n]{0,8}?(?:的话)?[，,]?(?:就|那就|你就|您就)?(?:别|不要|少|甭)(?:再)?(?:乱|瞎|随便|随意)?(?:来|去)?${COMPLAIN}|(?:别|不要|少|甭)(?:再)?(?:乱|瞎|动不动就?|一天到晚|没事就)${COMPLAIN}`,
      'g',
    ),
    message: '训斥群众不要投诉、举报，贬损群众诉求，应依法依规答复',
  },
  {
    // The people served called fussy or hard to please: 某些买家收个快递事儿真多, 有些市民就是难伺候,
    // 个别业主要求也太多了. A customer's own request told (客户要求上门安装) judges no one.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern: new RegExp(
      `${SOME}${SERVED}[^。，,；;！？!?\\n]{0,8}?(?:就是|也|真是|可真|实在|还)?(?:事儿?(?:真|太|特别|就是|也太)?多|毛病(?:真|太|特别)?多|(?:真|太|特别|就是)?难伺候|(?:真|太|特别|就是)难缠|(?:要求|讲究)(?:也)?(?:真|太|特别)多|(?:真|太)挑剔|矫情)`,
      'g',
    ),
    message: '指责群众、客户“事多”“难伺候”，贬损服务对象，应回应关切',
  },
  {
    // A claimant told to be content instead of answered: 您都退伍三十多年了还惦记这点补贴, 国家给多少就拿
    // 多少吧, 都七十多岁了还计较这几百块钱, 有的领就知足吧. A standard told (补贴标准为每人每月500元) or
    // the office's own 给多少 in a question (能给多少？) scolds no one.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:都|已经)[^。，,；;！？!?\n]{1,10}?了还(?:惦记|惦着|计较|在乎|想着|盯着|争|要|跑来要)(?:这点|这么点|那点|这几个|这几百|这几十|这点儿)|(?:国家|政府|上面|组织|公家)给多少(?:就)?(?:拿|要|领|收)多少(?:吧|呗|嘛)|有(?:的)?(?:领|拿)就(?:该)?知足(?:吧|了)/g,
    message: '以“还惦记这点补贴”“给多少就拿多少”打发群众诉求，贬损群众，应依规答复',
  },
  {
    // Experts mocked as 砖家: after a copula or a pointing word (就是砖家, 这些砖家, 成了砖家). A
    // quoted word warned against (谨防所谓“砖家”) is SO_CALLED_PRAISE's (opinion-taunt-patterns.ts).
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:就是|都是|全是|简直是|成了|沦为|这些|那些|某些|有些|个别|这帮|这群|所谓的?)[“"‘「]?砖家/g,
    message: '以“砖家”嘲讽专家，属个人情绪化表达，政务新媒体不宜使用',
  },
  {
    // A complaint about a service answered with "then do without it": 嫌食堂难吃可以不吃, 嫌饭菜贵就别
    // 买, 吃不惯可以不吃, 不满意的话可以不来. The office's duty is to improve the service; a notice that
    // the meal is optional (不需要用餐的可以不报) answers no complaint.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:嫌[^。，,；;！？!?\n]{0,6}?(?:难吃|难喝|不好吃|不好喝|太淡|太咸|太辣|贵|差|难用|不好用|慢|挤|远|不好|不行|麻烦)|(?:吃|喝|住|用)不惯|不满意|不喜欢|看不惯|不爱吃)(?:的话)?[，,]?(?:您|你|你们)?(?:可以|就|那就|大可|尽管|完全可以)(?:不|别|不要)(?:吃|喝|来|买|用|住|办|看|去|坐|乘)/g,
    message: '以“嫌不好可以不用”回应群众意见，态度生硬，应回应关切、改进服务',
  },
  {
    // The citizen told to read before asking, as a rhetorical demand: 麻烦您自己先看看公告再来问好吗？,
    // 能不能先把通知看完再留言, 先去看看指南再来咨询行不行. The 好吗, 行不行 or 能不能 makes it a
    // reproach; a plain pointer to the notice (请先查阅公告，如有疑问可再咨询) asks nothing back.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:(?:麻烦|拜托|请)(?:您|你)(?:们)?|能不能|可不可以|能否)?(?:自己)?先(?:去|把[^。，,；;！？!?\n]{1,8}?)?(?:看看|看一下|看一看|看完|看清楚|仔细看看|好好看看|读一读|读读|查一查|查查|翻翻|翻一翻)[^。，,；;！？!?\n]{0,10}?再(?:来|去)?(?:问|提问|留言|咨询|发问|评论|打电话)(?:好吗|行吗|好不好|行不行|可以吗|成吗|OK吗)/g,
    message: SARCASM,
  },
  {
    // The asker told to look it up themselves before writing in (after final218): 判决书和退费须知上已经写得
    // 清清楚楚，这种问题请先自己仔细看看再来留言; 您自己先好好查一查再来咨询; 自己认真读一读再来问. The 自己 or the
    // 仔细, 认真 sends the asker away to do the reading; a pointer with help offered (请先查看办事指南，如仍
    // 有疑问可再来电咨询) and advice to bring papers (自己先看看材料是否齐全再来办理) send no one away.
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:自己(?:先)?(?:认真|仔细|好好)?|先自己(?:认真|仔细|好好)?|(?:先)?(?:认真|仔细|好好))(?:看看|看一看|看一下|看清楚|看明白|读一读|读读|查查|查一查|翻翻|翻一翻|研究研究)[^。，,；;！？!?\n]{0,8}?再(?:来)?(?:问|提问|留言|咨询|发问|打电话|来电)/g,
    message: '让群众“自己先看看再来留言”，不耐烦、居高临下，应直接解答群众疑问',
  },
  {
    // The public ordered about in a superior's voice: 老赖们都给我听好了, 违章的车主给我听着, 你们都给我
    // 老实点. An office addresses citizens, debtors included, by the law, not by 给我听好了; quoted
    // speech only informs.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:都|统统|全都|全部|一律)?给我(?:听好了?|听好喽|听着|听清楚了?|老实点|老实一点|放老实点|规矩点|等着瞧?)/g,
    message: '以“都给我听好了”之类的命令、训斥口吻对群众讲话，政务新媒体不宜使用',
  },
  {
    // The complainant told to look at their own faults first: 建议您下次投诉前先想想自己有没有按时交
    // 物业费, 反映问题之前最好先反省一下自己, 先想想自己有没有做到文明养犬，再来投诉. The office answers
    // the complaint; preparing papers before complaining (投诉前请先准备好相关材料) or the office's own
    // reflection (我们…反思自己的工作) blames no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:投诉|反映|举报|留言|抱怨|指责|质疑|提意见|提要求|找我们|打热线|打电话)[^。！？!?\n我]{0,6}?(?:之前|以前|前)[，,]?(?:[^。！？!?\n我]{0,6}?)(?:先|最好|还是|不妨|应该|麻烦)?(?:想想|想一想|反省|检讨|掂量掂量|掂量|问问)(?:一下)?(?:您|你|你们)?自己|(?:先|最好先|还是先|应该先|不如先)(?:想想|想一想|反省一下|检讨一下|问问)(?:您|你|你们)?自己(?:有没有|是不是|是否|有无|做到|做好|做没做)[^。！？!?\n]{1,20}?(?:再来?|然后再)(?:投诉|反映|抱怨|指责|提要求|找我们|打电话|留言)/g,
    message: '让投诉群众先反省自身，态度生硬，应就事回应群众诉求',
  },
  {
    // The public lectured as idle: 年轻人别整天躺平, 不要一天到晚在家啃老, 少成天刷手机混日子, 别老是摆烂.
    // A campaign against idleness in cadres' work (拒绝躺平, 整治躺平式干部) scolds no one, and 别 must
    // come with 整天 or the like.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:别|不要|少|甭)(?:再)?(?:整天|天天|成天|整日|一天到晚|老是|总是|光顾着|光知道|只知道|就知道)(?:在家|窝在家里?|待在家里?)?(?:里)?(?:躺平|摆烂|啃老|混日子|睡大觉|打游戏|玩游戏|刷手机|玩手机|游手好闲|好吃懒做)/g,
    message: '以训斥口吻指责群众“躺平”“啃老”，政务新媒体不宜使用',
  },
  {
    // Elderly people or veterans said to trade on their age or standing: 仗着自己年纪大就插队, 仗着是老兵
    // 到处闹. The lexicon has 倚老卖老 and 为老不尊.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /仗着(?:自己)?(?:年纪大|年龄大|岁数大|上了年纪|年纪一大把|是老(?:兵|党员|干部|同志|军人|人|革命|红军))/g,
    message: '指责群众“仗着年纪大”，贬损群众诉求，应依法依规答复',
  },
  {
    // Hindsight thrown at the people served: 一停暖就打电话骂人，早干嘛去了？, 当初干什么去了.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: /(?:早|当初|平时)(?:都)?(?:干嘛|干吗|干什么|干啥|做什么|做啥)去了/g,
    message: '以“早干嘛去了”反问指责群众，生硬冷漠，应依法依规答复',
  },
  {
    // A moral judgement pushed to the limit: 缺德到家了, 自私到了极点, 无耻透顶.
    rule: 'opinion.abuse',
    severity: 'warn',
    pattern:
      /(?:缺德|自私|无耻|可恶|卑鄙|恶劣|蛮横|野蛮)(?:到家|到了家|到极点|到了极点|透顶|至极)/g,
    message: '对群众作道德评判的情绪化表述，应客观说明',
  },
  {
    // Someone denied to be human, as the clause's last word (这些骗子简直不是人, 这种人真不是人！,
    // 干出这种事的人简直就不是人啊; heldout-final93): abuse, however hateful the deed. Not a
    // cause told (这根本不是人为因素), work done by a machine (机器人客服不是人工) or a limit (不是人
    // 能做到的), none of which ends the clause there.
    rule: 'opinion.abuse',
    severity: 'warn',
    pattern:
      /(?:简直|真是|真的?|实在|压根)(?:就)?不是人(?:啊|呀|哪|呐|了)?(?=[，,。！!？?…；;]|$)|(?:简直|真是|真)(?:猪狗不如|畜生不如|没有人性|毫无人性|没人性)/g,
    message: '辱骂用语，政务新媒体应客观陈述',
  },
]);
