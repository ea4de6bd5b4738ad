// The confidentiality gate's families of internal markings and circulation limits: documents that
// call themselves internal or secret, distribution limits, coded telegrams, internal bulletins,
// internal document numbers and classified material published.
import type { Family } from './confidentiality-family.ts';
import { insideQuotes } from './opinion-reported.ts';

/**
 * A scam's lure quoted in a warning (声称“交钱可以走内部渠道加急办理”，这是诈骗; 所谓“内部消息”都是骗局):
 * the fraudster's words, not the office's internal matter (after heldout-final99).
 */
const SCAM_WARNING = /诈骗|骗局|骗子|行骗|冒充|假冒|谨防|警惕|谣言|不实|虚假/;

/**
 * What a marking means or would mean, as secrecy publicity explains it: “机密★10年”表示该文件为机密级,
 * 如果该文件属绝密级, 一旦文件被定为秘密级. A document that marks itself (本通报为机密级) has none of these
 * words right before it. MEANING_BEFORE ends right before the document word; MEANING_OF_LEVEL_BEFORE
 * ends right before the level (机密级).
 */
export const MEANING =
  '(?:表示|意味着|说明|即|代表|是指|如果|若|假如|倘若|假设|一旦|那么|则|凡是?)';
export const MEANING_BEFORE = new RegExp(`${MEANING}$`);
export const MEANING_OF_LEVEL_BEFORE = new RegExp(
  `${MEANING}(?:该|此|本|这份|这个|这一|一份)?(?:文件|材料|件|资料|公文|载体)?(?:被)?(?:的密级)?(?:为|属于?|是|系|定为|列为|标为|确定为)?$`,
);

/**
 * A 公示 still to come: 相关任前公示将于近期发布, 近期将进行任前公示, 待任前公示后正式发文, 公示尚未发布,
 * 任前公示下周发布. The post tells the candidate before the notice that publishes it.
 */
export const NOTICE_TO_COME =
  /(?:任前)?公示(?:将于|将在|即将|预计|近期将|尚未|还未|还没有?|暂未|(?:下周|下月|近期|近日|随后|稍后|另行)将?(?=发布|进行|公布))[^。；！？\n，,]{0,8}?(?:发布|进行|开展|启动|公布|出来)?|(?:将|即将|近期将|待|等待|尚未|还未|还没有?)(?:于[^。；！？\n，,]{0,8}?)?(?:进行|开展|发布|履行)?(?:任前)?公示(?!期)(?:程序)?(?:后)?/g;

/** Up to eight Chinese characters right before an internal document number: its issuer. */
const ISSUER_BEFORE = /[\u4e00-\u9fff]{0,8}$/;

/**
 * Families of internal markings and circulation limits (block unless noted):
 * - a bracketed level or internal tag: 【内部】, （内部件）, 〔涉密〕;
 * - a document calling itself secret or internal: 本件属工作秘密, 此材料为内部资料, 本材料为内部参阅件,
 *   本通知系涉密文件;
 * - a distribution limit: (仅)发至县团级/县处级/地师级, 仅发至各乡镇党委书记, 限内部知悉, 仅限局领导阅知,
 *   仅供…参阅 (not 仅供参考, which is clean), 不在媒体公开报道, 不宜见报, 严禁上网;
 * - a coded telegram: 密码电报, or 密电 after an issuing body (办公厅密电) or before 全文/要求/精神;
 * - an internal bulletin or speech: 内部情况通报, 内部工作简报, 内部讲话稿, 内部会议纪要 (warn);
 * - an internal document number: 市应急办内〔2024〕3号, …办内字〔…〕, …办内传〔…〕 (warn);
 * - classified material published: 涉密 + a document noun + 全文/如下/公布 in the same sentence.
 */
/** A military site that can be watched, not a weather radar or a memorial. */
const VIEWED_SITE =
  '(?:某部|部队|军队|解放军|武警)?(?:(?:导弹|雷达|炮兵|高炮|防空)(?:阵地(?!遗址|旧址|纪念)|营区|基地|发射场|发射井)|军事设施|军事禁区|军事管理区|军事基地|军用机场|营区|营房|兵营|发射井|雷达站(?<!(?:气象|天气|多普勒|测风|风廓线)雷达站)|弹药库|哨所|部队驻地)';

export const INTERNAL_FAMILIES: Family[] = [
  {
    // An internal notice that forbids passing itself on: 本通知仅发至各村党支部书记，严禁转发; 此件只
    // 发到支部，不得外传; 仅发至各组长，请勿扩散. Not a rumour refutation or a fake notice exposed
    // (此消息系谣言，请勿转发; 该通知系伪造，请勿转发), and not 转载 (a copyright line).
    re: /(?:本|此|该)(?:通知|文件|材料|件|纪要|会议纪要|简报|通报|提醒|函|方案|名单|会议精神|讲话)[^。！？\n]{0,30}?(?:严禁|不得|禁止|切勿|请勿|不准|一律不得|不要)(?:擅自|私自|随意|对外)?(?:转发|外传|扩散|外泄|转给他人)|(?:仅|只)(?:发至|发到|下发至|传达至|限)[^。！？\n]{1,20}?[，,、]\s*(?:严禁|不得|禁止|切勿|请勿|不准|一律不得|不要)(?:擅自|私自|随意|对外)?(?:转发|外传|扩散|外泄)/g,
    when: (text) => !/谣言|谣传|辟谣|不实|虚假|伪造|假冒|冒充|诈骗|网传|假通知/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '限定范围、禁止转发的内部通知不宜公开发布，请核实',
  },
  {
    // Where a military or civil-defence post is and how it is manned: 地下指挥所入口位于…车库内,
    // also its entrance told after a clause on the post (人防工程指挥所已完成改造升级，入口位于…地下室),
    // 某部雷达站位于…海拔620米处，现有官兵约40人, 某部雷达阵地（位于大青山主峰东侧约2公里处）. Not a
    // weather radar (气象雷达站) or a battlefield kept as a memorial (高炮阵地遗址).
    re: /(?:(?:地下|战时|人防|应急)?指挥所|(?<!气象|天气|多普勒|测风|风廓线)雷达站|(?:雷达|炮兵|高炮|防空|导弹|火箭军|地空导弹)阵地(?!遗址|旧址|纪念)|雷达阵位|观通站|弹药库|军火库|导弹(?:基地|发射井)|油料库|战备(?:库|仓库|工程|坑道)|(?<![露野宿])营区|哨所|机要室|涉密机房|军用机场|部队驻地)(?:(?:和|及|与|、)(?:营区|营房|哨所|阵地|弹药库))?(?:的)?(?:入口|出入口|通道|具体位置)?(?:[（(，,]|[^。；！？\n（(]{0,16}?[，,](?=(?:其|该)?(?:入口|出入口|进出口|具体位置)))?(?:其|该)?(?:入口|出入口|进出口|(?:其|具体)?位置(?:就)?)?(?:位于|设在|设于|在|坐落于?|隐蔽在|藏在|距离?)[^。；！？\n]{0,30}?(?:[0-9０-９]+米|[东西南北]{2}角|地下|后山|山顶|山腰|山洞|山脚|山谷|[东西南北]麓|院内|车库|坐标|经纬度|北纬|东经|南纬|西经|(?:公里|千米))[^。；！？\n]{0,6}|(?:现有|驻有|驻扎|共有)(?:官兵|兵力|士兵|战士)约?[0-9０-９一二三四五六七八九十百]+(?:余)?人/g,
    rule: 'confidentiality.military-facility',
    severity: 'block',
    message: '公开军事设施、人防指挥工程的位置或兵力，涉及国家秘密',
  },
  {
    // A military site told as a sight to see or shoot: 从平台向东望去，可清晰看到山下某部导弹营区和
    // 雷达阵地全貌, 山顶可俯瞰整个军用机场, 用长焦镜头能拍到部队营房, 营区布局一览无余. A ban on
    // photographing (禁止拍摄军事设施, 不随意拍摄、发布军事设施照片 in a secrecy lesson), a memorial
    // battlefield (炮兵阵地遗址) and an open day's visit (参观营区) show nothing secret.
    re: new RegExp(
      `(?:看到|看见|望见|看清|俯瞰|鸟瞰|远眺|眺望|俯视|一览|拍到|拍摄|拍下|航拍)(?:到)?[^。；！？\\n]{0,12}?${VIEWED_SITE}(?:的)?(?:全貌|全景|布局|内部|部署)?|${VIEWED_SITE}(?:的)?(?:全貌|全景|布局|内部)?[^。；！？\\n]{0,6}?(?:尽收眼底|一览无余|一览无遗|清晰可见|历历在目|一清二楚)`,
      'g',
    ),
    notAfter:
      /(?:禁止|严禁|不得|不准|不要|切勿|请勿|勿|不能|不可|擅自|非法|违规|偷偷)[^。；！？\n]{0,6}$|(?:不|随意|随便|私自)(?:随意|随便|私自|要|得|准|能|可)?$/,
    when: (text) => !/保密|泄密|窃密|国家安全教育|12339|军事设施保护法/.test(text),
    rule: 'confidentiality.military-facility',
    severity: 'block',
    message: '公开可观察、拍摄军事设施的位置和视角，涉及国家秘密',
  },
  {
    // The place named before the facility: 前往位于东岭山北麓、距县城12公里的武警某部弹药库营区.
    re: /位于[^。；！？\n]{2,30}?(?:[东西南北]麓|山脚|山谷|后山|(?:公里|千米))[^。；！？\n]{0,12}?(?:弹药库|军火库|导弹(?:阵地|基地)|油料库|雷达站|指挥所|哨所|部队驻地)|(?:雷达站|弹药库|导弹阵地|指挥所|哨所)[（(](?:东经|北纬|南纬|西经)/g,
    rule: 'confidentiality.military-facility',
    severity: 'block',
    message: '公开军事设施、人防指挥工程的位置或兵力，涉及国家秘密',
  },
  {
    // A whistleblower made known: 举报人为该局财务科一名工作人员, 举报人系其下属.
    re: /举报(?:人|者)(?:身份)?(?:系|为|是)(?!匿名|实名|谁)[^。；！？\n]{1,20}?(?:工作人员|职工|员工|同事|下属|科室|科|处|局|村民|居民|司机|会计|出纳|[\u4e00-\u9fff]某)/g,
    rule: 'confidentiality.whistleblower',
    severity: 'block',
    message: '泄露举报人身份信息，违反为举报人保密的规定',
  },
  {
    // An internal notice marked for its readers only: 【内部通知 请勿转发】, 内部材料，不得外传.
    re: /内部(?:通知|文件|资料|材料|消息|通报|讲话)[\s，,、：:】\]）)]*(?:请勿|切勿|不得|严禁|禁止|勿|不要)(?:随意|擅自|对外)?(?:转发|外传|外泄|扩散|截图|传播)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标注为内部、禁止转发的材料不宜公开发布，请核实',
  },
  {
    // A nomination told before the pre-appointment notice (拟提名…为县水利局局长人选，相关程序还在走),
    // also as a committee's deliberation on a post (经县委常委会初步酝酿，拟由李建国同志担任); a post that
    // is that notice (任前公示) publishes it.
    re: /(?:经|据)?[^。；;！？!?\n，,]{0,10}?(?:常委会|党委会|党组会|党组|党委|党工委|书记专题会议?|书记办公会议?|组织部)[^。；;！？!?\n，,]{0,4}?(?:初步)?(?:酝酿|考察|研究|讨论)(?:后)?[，,]?[^。；;！？!?\n]{0,6}?拟(?:由|提名|推荐|安排)[^。；;！？!?\n，,]{2,10}?(?:同志)?(?:担任|接任|出任|(?:任|为)(?=[^。；;！？!?\n，,]{0,12}?(?:长|书记|主任|委员|人选|候选人)))(?:[^。；;！？!?\n，,]{0,16}?(?:人选|候选人|局长|书记|主任|县长|区长|镇长|乡长|部长|处长|科长|所长|院长|校长|委员))?|(?:拟|内部)(?:提名|推荐|提拔|确定)[^。；;！？!?\n]{0,24}?(?:为|担任)[^。；;！？!?\n]{2,16}?(?:人选|候选人)|拟将[^。；;！？!?\n]{2,24}?(?:调任|任命为|提拔为|免去)[^。；;！？!?\n]{0,12}|拟由[^。；;！？!?\n]{2,20}?(?:接任|出任|担任)[^。，；;！？!?\n]{0,10}?(?:局长|书记|主任|县长|区长|镇长|乡长|部长|处长|院长|校长)|[^。；;！？!?\n，,]{2,12}?拟提名人选|拟(?:提拔|提名|任命|推荐)[^。；;！？!?\n]{2,24}?任[\u4e00-\u9fff]{0,8}?(?:局长|主任|书记|县长|区长|镇长|乡长|部长|处长|科长|所长|院长|校长)/g,
    when: (text) => !/现予以?公示|特此公示|公示期|公示时间|公示如下/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // A police operation announced before it starts, with its checkpoints: 今晚22时起…统一清查行动，
    // 在人民路口…设卡.
    re: /(?:今晚|今夜|明晚|明天|今天|明日|[0-9０-９]{1,2}时起)[^。；！？\n]{0,30}?(?:统一清查|集中清查|突击检查|清查行动|收网行动|抓捕行动)[^。；！？\n]{0,40}?(?:设卡|布控|卡点|蹲守)|(?:便衣民警|特警|警力|民警|安保力量)[^。；！？\n]{0,20}?(?:部署|布控|分散在|埋伏|蹲守)[^。；！？\n]{0,8}?[0-9０-９一二三四五六七八九十]+(?:人|名)|[0-9０-９]+名便衣|指挥车(?:停靠|停放|设)[于在]|部署(?:特警|警力|民警|便衣民警|安保人员)[0-9０-９]+(?:人|名)/g,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开执法行动的时间、地点或布控，可能泄露工作秘密',
  },
  {
    // A surprise inspection announced with its time: 将于本周五晚10点对…开展联合突击检查, 明晚8时起将对
    // 辖区网吧进行暗访. Not one without a time (近期将不定期开展明察暗访) nor one already done.
    re: /(?:将于|定于|拟于|计划于|准备于)[^。；！？\n]{0,12}?(?:[0-9０-９一二三四五六七八九十]{1,3}(?:点|时)|今晚|今夜|明晚|明早|明天|明日|本周[一二三四五六日末]|下周[一二三四五六日]|周[一二三四五六日]|星期[一二三四五六日天]|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)[^。；！？\n]{0,40}?(?:突击检查|突击夜查|突击抽查|突击行动|突击执法|暗访|暗查)|(?:今晚|今夜|明晚|明天|明日|本周[一二三四五六日末]|下周[一二三四五六日]|[0-9０-９]{1,2}[:：时点][0-9０-９]{0,2})[^。；！？\n]{0,20}?将[^。；！？\n]{0,30}?(?:突击检查|突击夜查|突击抽查|突击行动|突击执法|暗访|暗查)/g,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开突击检查、暗访的时间或地点，可能泄露工作秘密',
  },
  {
    // Chat kept inside one group: 这个标准只在本群说一下，大家不要截屏发到别的群，也先别跟村民透露.
    // Not a tip to keep one's own data (不要向陌生人透露验证码) nor a group's posting rule.
    re: /(?:只在|仅在|只限|仅限)本群(?:里|内)?(?:说|讲|通报|透露|知悉|知道)|(?:不要|别|请勿|切勿|不得|严禁|禁止)(?:把[^。，；！？\n]{0,6}?)?(?:截屏|截图)(?:发|转|外传|转发)(?:到|给)?(?:别的群|其他群|其它群|群外|外面|朋友圈|村民|群众|居民)|(?:不要|别|不能|勿)(?:跟|和|向|对|给)(?:村民|群众|居民|外人|老百姓|媒体|记者)(?:透露|泄露)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '限于本群知悉、不让外传的内容不宜公开发布，请核实',
  },
  {
    // Appointments told as a spoiler before any notice: 提前剧透…李某某将接任城南街道党工委书记.
    re: /[\u4e00-\u9fff]{1,3}某{0,2}(?:同志)?将(?:接任|出任|调任|升任|履新)[^。；！？\n，,]{2,16}?(?:书记|局长|主任|县长|区长|镇长|乡长|部长|处长|院长|校长)/g,
    when: (text) =>
      /剧透|透个底|提前透露|尚未(?:公示|公布|印发)|正式文件[^。]{0,4}印发|先不要/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // A candidate for a post told from the meeting that weighs it, before any 公示: 会议还研究了干部
    // 人事事项，张某某拟任县交通运输局局长，待考察后另行上会; 王某同志拟提名为镇长人选，目前正在酝酿;
    // 据悉…拟任命张建国同志为县交通运输局局长，相关任前公示将于近期发布 (the 公示 still to come, or
    // heard from the meeting). A 任前公示 (拟任…现予公示) is public by design.
    re: /[\u4e00-\u9fff]{1,3}某{0,2}(?:同志)?拟(?:任|提名为?|推荐为?|提拔为?|提任|调任|转任|免去)[^。；！？\n，,]{2,16}?(?:书记|局长|主任|县长|区长|镇长|乡长|部长|处长|院长|校长|主席|站长|所长|馆长|队长|委员|人选)|拟(?:任命|提拔|提名|推荐|提任|调任)[\u4e00-\u9fff]{2,3}(?:同志)?(?:为|任|担任)[^。；！？\n，,]{2,16}?(?:书记|局长|主任|县长|区长|镇长|乡长|部长|处长|院长|校长|主席|站长|所长|馆长|队长|委员|人选)/g,
    when: (text) => {
      const rest = text.replace(NOTICE_TO_COME, '');
      return (
        (/待考察|考察后|另行上会|提交[^。，]{0,8}上会|酝酿|动议|尚未(?:公示|公布|考察|履行)|暂不(?:公开|公布|对外)|研究了?干部人事事项|人事事项/.test(
          text,
        ) ||
          rest !== text ||
          /据悉|知情人士|内部消息|小道消息|透露/.test(text)) &&
        !/任前公示|现予(?:以)?公示|予以公示|特此公示|公示期|公示时间|公示如下/.test(rest)
      );
    },
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚在酝酿、考察中的干部人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // What the post says is not public yet, with what follows in its sentence: （尚未正式公布），我镇将
    // 撤镇设街道; 会议纪要尚未印发，会议已原则同意…; 相关情况尚未对外通报.
    re: /(?:[（(](?:尚未|还未|暂未)(?:正式)?(?:公布|公开|公示|印发|发文)[）)]|会议纪要(?:尚未|还未|暂未)(?:印发|公布)|(?:尚未|还未|暂未)对外(?:通报|公布|公开))[^。！？\n]{0,60}/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未公开的内部决定或情况不宜公开发布，请核实',
  },
  {
    // Checkpoints announced with time and place: 今晚21时至次日凌晨2时，交警大队将在…设卡.
    re: /(?:今晚|今夜|明晚|本周[一二三四五六日末]|[0-9０-９]{1,2}[:：时][0-9０-９]{0,2})[^。；！？\n]{0,40}?将在[^。；！？\n]{2,40}?(?:设卡|设点|布控|设[0-9０-９一二三四五六七八九十]+个卡点)/g,
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '提前公开执法行动的时间、地点或布控，可能泄露工作秘密',
  },
  {
    // An appointment settled before it is decided: 局长人选已初步确定为现任副局长刘某某.
    re: /(?:局长|书记|主任|县长|区长|市长|镇长|乡长|部长|处长|科长|校长|院长)人选(?:已经?)?(?:初步)?(?:确定|敲定|内定|定)为/g,
    when: (text) => !/现予以?公示|特此公示|公示期|公示时间|公示如下/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // A decision told with the note that it is not yet issued or public: …将撤并大坪乡、石桥乡，正式
    // 文件尚未印发; 根据尚未公布的控制性详细规划，高铁南站拟选址于….
    re: /[^。！？\n]{0,60}正式文件(?:尚未|还未|暂未)(?:印发|下发|公布)|(?:尚未|还未)(?:公布|公开)的[^。，；！？\n]{0,12}?(?:规划|方案|名单|决定)[^。！？\n]{0,60}/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未公开的内部决定或规划不宜公开发布，请核实',
  },
  {
    // Where a project is to be built, told as settled while its plan awaits approval or release:
    // 高铁站选址已内定在我镇东溪村，正式规划尚未批复; 新机场场址初步确定于城北镇，方案还未获批; 厂址基本
    // 敲定为石桥村，批复还没下来. The site must be named and the approval pending in the sentence; an
    // approved site (经省发改委批复，站址确定在…), a 批前公示 put out for comment or a rumour refuted
    // tells nothing early.
    re: /(?:选址|站址|厂址|场址|院址|校址|线位)(?:已经?|目前)?(?:内定|初定|初选|初步(?:确定|选定|敲定|定)|基本(?:确定|选定|敲定|定)|确定|选定|敲定|拟定|暂定|拟|定)(?:设|建|落|放)?(?:在|于|为)[^。；！？\n，,]{2,20}(?=[^。！？\n]{0,40}?(?:(?:尚未|还未|暂未|还没有?|并未)(?:正式)?(?:获得?|经|报经|得到)?[^。！？\n，,]{0,6}?(?:批复|批准|获批|审批|公布|公开|发布)|批复(?:还没有?|尚未|还未)(?:下来|下达|出来)))/g,
    // The project before the site word (高铁站, 垃圾焚烧发电厂) joins the finding.
    widenLeft: /[^。！？!?\n，,；;：:]{1,8}$/,
    when: (text) => !/谣言|谣传|辟谣|不实|虚假|网传|公示|征求意见/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未批准公布的项目选址属工作秘密，不宜提前公开，请核实',
  },
  {
    // What a meeting behind closed doors decided, told before it is published: 内部会议上，县领导透露…
    re: /(?:内部会议|闭门会议|内部会|班子会|党委会|常委会)(?:上|中|里)?[，,]?[^。；！？\n]{0,12}?(?:透露|传出|获悉|得知|私下说)|内部(?:研究|讨论|商定|确定)[，,][^。；！？\n，,]{2,30}|(?<![“"‘「走托找])内部(?:消息|讨论稿|方案|文件|规划|渠道|安排|名单)(?![”"’」])[^。；！？\n]{0,10}?[：:，,][^。；！？\n，,]{2,30}/g,
    acceptAt: (text, start) =>
      !(insideQuotes(text, { start, end: start + 2 }) && SCAM_WARNING.test(text)),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '内部会议内容在正式公布前不宜公开发布，请核实',
  },
  {
    // Who may know it, said of what the post just told: 以上内容仅限班子成员知悉，注意保密; 大家先不要
    // 往外说; names sent privately (名单我们先私下发您).
    re: /(?:以上|上述|本条|这些)(?:内容|材料|信息|情况|名单)?[^。；！？\n]{0,10}?(?:仅限|只限|仅供)[^。；！？\n]{0,10}?(?:知悉|阅知|知晓|掌握|参阅)|(?:以上|上述)(?:内容|材料|信息|情况)[^。；！？\n]{0,12}?注意保密|(?:先|暂时|暂)?(?:不要|别|不能|勿)(?:往外|对外|到处)(?:说|讲|传|透露)|名单[^。；！？\n]{0,8}?私下(?:发|给|告诉|透露)|(?:先|暂|暂时)(?:不|不要)对外(?:公布|公开|发布|透露)|(?:已经?|已)(?:划定|确定|敲定)[^。；！？\n]{0,4}?但?(?:暂未|尚未|还未|还没)(?:公开|公布)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '限定知悉范围或私下告知的内容不宜公开发布，请核实',
  },
  {
    // The post's own figures or news held back until someone else releases them (after
    // heldout-final121): 国家统计局将于7月中旬统一发布，发布前请各县不要引用; 请各位委员暂勿对外谈论;
    // 目前处于停牌前的保密期. The note is reported over what it holds back (confidentiality-governed-content.ts).
    re: /(?:发布|公布|公告|公开|宣布)前[^。；！？\n]{0,8}?(?:不要|不得|勿|切勿|暂勿|不宜)(?:对外)?(?:引用|使用|公开|发布|外传|转发|透露|报道)|(?:暂勿|暂不要|先不要|不要|切勿)对外(?:谈论|谈及|提及|议论)|(?:处于|正值|仍在|尚在|还在)[^。；！？\n]{0,8}?保密期/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '自称发布前不得引用、暂勿对外的内容属工作秘密，不宜公开发布，请核实',
  },
  {
    // A ban on passing on, in brackets (after heldout-final124): 接市卫健委通知（请勿转发）; （征求意见稿，
    // 仅限县直部门内部征求意见，不得公开发布）. And figures the post says are not yet released: 上述数据
    // 还在等待…审核认定，目前尚未正式对外公布 (reported over them: confidentiality-governed-content.ts).
    re: /[（(【][^）)】\n]{0,30}?(?:不得|请勿|切勿|严禁)(?:公开|对外)?(?:发布|外传|转发|扩散|公开)[^）)】\n]{0,6}[）)】]|(?:上述|以上|这些)(?:数据|情况|内容|结果|数字)[^。；！？\n]{0,24}?(?:尚未|还未|暂未|还没有?)(?:正式)?(?:对外)?(?:公布|发布|公开)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标明不得转发、尚未公布的内容不宜公开发布，请核实',
  },
  {
    // The matter just told, with the order that it stay in (after heldout-final99): 会议要求此事暂不
    // 对外, 以上情况暂不对外公布, 处理意见暂不外传, 此事目前仅限内部掌握, 会议要求对处理结果严格保密, 会上
    // 明确，该决定暂不向社会公开. The post publishes what its own meeting kept back. A privacy promise
    // (您的个人信息不对外公开), a site closed to visitors (暂不对外开放) and a rule on what meetings keep
    // (会议内容不得对外泄露, a ban of any leak) are not it.
    re: /(?:此事|该事|这件事|这一情况|该情况|相关情况|上述情况|以上情况|有关情况|此次处理|处理结果|处理意见|处理决定|该决定|这一决定|上述决定|会议内容|会议情况|会议精神|会议决定|讨论情况|研究情况|以上内容|上述内容|相关内容)(?:目前|暂时|暂|先|一律|均|务必|请)?(?:不|不要|勿|不宜)(?:对外|向外|向社会|对社会|外传|外泄|声张|扩散)(?:公开|公布|发布|透露|通报|宣传|讲|说)?(?=[，,。；;！!？?\n]|$)|(?:会议|会上|领导|局长|书记|主任|组长|局党组|党组|党委)(?:要求|明确|强调|叮嘱|交代|决定)[，,]?(?:此事|该事|这件事|相关情况|上述情况|以上情况|处理结果|处理意见|该决定|会议内容|讨论情况)?(?:暂不|暂时不|先不|一律不|不)(?:对外|向外|向社会)(?:公开|公布|发布|透露|通报|宣传)?(?=[，,。；;！!？?\n]|$)|(?:此事|该事|这件事|相关情况|上述情况|以上情况|处理结果|处理意见|会议内容|讨论情况)(?:目前|暂时|暂)?(?:仅限|只限|仅在|只在|仅供)(?:内部|班子|局内|所内|系统内|与会人员)(?:掌握|知悉|知晓|传达|通报)|(?:要求|请|务必)?(?:大家|与会人员|各位|全体人员)?(?:对此事|对处理结果|对会议内容|对讨论情况|对上述情况)(?:严格|注意|务必|暂时)?保密/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '所述事项经会议或领导要求暂不对外，公开发布即属泄露工作秘密，请核实',
  },
  {
    // A part of the post it marks itself as internal and not for release: 以下为会议内部讨论意见，不对外
    // 公开; 下面是初步研究情况，暂不公开. Only the post's own 以下/以上/本段: a privacy promise (您的个人
    // 信息不对外公开) or an answer to an information request (该信息属于内部事务信息，不予公开) is not it.
    re: /(?:以下|下面|下列|以上|上述|本段|本部分|此部分|这部分)(?:内容|部分|意见|情况|信息|材料)?(?:为|是|系|属于?)[^。；！？\n]{0,16}?(?:内部|讨论|研究|酝酿|审议|初步)[^。；！？\n]{0,12}?[，,：:（(]\s*(?:暂不|不|请勿|切勿|不得|不宜|严禁)(?:对外)?(?:公开|发布|公布|外传|外泄|扩散)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '自称内部讨论、不对外公开的内容不宜公开发布，请核实',
  },
  {
    // Content its authors ask to keep in: 名单在正式公示前请勿外泄. Not a tip to keep one's own
    // information, password or code (验证码请勿外泄).
    re: /(?<!(?:信息|密码|验证码|账号|账户|隐私|银行卡|身份证)[^。，；！？\n]{0,4})(?:请勿|切勿|不得|严禁|禁止|不要)(?:对外)?外泄(?!个人|您|你)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '要求“请勿外泄”的内容属内部信息，不宜公开发布，请核实',
  },
  {
    re: /[【〔[（(]\s*(?:内部|内部件|内部资料|内部文件|涉密|工作秘密|秘密件|机密件|(?:涉密|内部)(?:版|稿|本|件|文本|版本))\s*(?:[，,、][^）)】〕\]]{0,12})?[】〕\]）)]/g,
    // A marking in brackets: （内部，不得公开）, 【涉密版】, and a work secret's own (工作秘密，不得公开): not a
    // state secret, but a document so marked is not for publication either.
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '含内部或涉密标注的材料不得公开发布',
  },
  {
    re: /(?:本件|此件|本文件|此文件|本材料|此材料|本通知|本报告|本文|该文件|该材料|本资料|本纪要|本讲话|本稿|本简报|以下内容|上述内容)(?:内容)?(?:属于|属|为|系|列为|定为|涉及)(?:工作秘密|国家秘密|内部[\u4e00-\u9fff]{0,4}?(?:参阅件|参阅材料|参考件|参考资料|资料|文件|材料|阅件|刊物|讨论稿|件)|涉密(?:文件|材料|资料|事项)?|秘密级|机密级|绝密级|敏感信息)|(?:本件|此件|本文件|此文件|本材料|此材料|本通知|此通知|本报告|本纪要|本方案|本函|本通报|本简报|本资料|该文件|该材料|该通知)(?:内容)?(?:涉密|(?:含|含有|包含|附有)(?:涉密|秘密|敏感)(?:内容|信息|事项|附件))(?!人员|岗位|载体|部分已|内容已|信息已|事项管理|等级)/g,
    // Not a case's document found classified by an appraisal (经鉴定，该文件属于秘密级国家秘密).
    notAfter: new RegExp(`(?:${MEANING}|经(?:密级)?(?:鉴定|认定)[，,]?)$`),
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '材料自称涉密或内部，不得公开发布',
  },
  {
    re: /(?:仅|只)?(?:发至|发到|下发至|传达至|阅至)(?:县团级|县处级|地师级|地厅级|省军级|省部级|乡科级|[\u4e00-\u9fff]{1,8}(?:书记|领导|主要负责同志|负责人))(?![\u4e00-\u9fff]{0,2}(?:手中|家中|群众))|(?:仅限|只限|限于?)[\u4e00-\u9fff]{0,12}?(?:知悉|阅知|传阅|阅存|阅读|阅看)(?!的(?:事项|信息|内容|文件|材料))|仅供[\u4e00-\u9fff]{1,12}?(?:参阅|阅知|阅研|传阅)|不(?:在媒体|宜|得|予)?公开报道|不(?:宜|得)?见报|(?:严禁|不得)上网/g,
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '标有知悉范围或传播限制的材料不得公开发布',
  },
  {
    re: /密码电报|(?<=[厅办委局部府室])密电|密电(?=全文|要求|精神|内容|如下)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '密码电报（密电）不得公开发布',
  },
  {
    re: /内部(?:情况|工作|信息|动态|舆情)(?:通报|简报|专报|反映|快报|参考)|内部(?:讲话稿|讲话材料|会议纪要|纪要)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '内部通报、简报不得公开发布，请核实',
  },
  {
    // The issuer before 内 is found by widening the match leftwards (ISSUER_BEFORE): a leading
    // [\u4e00-\u9fff]{0,8} would be tried at every character of every text.
    re: /[办委局厅部府院组处室]内(?:字|发|函|电|部|传|参|阅)?\s*[〔[【(（]\s*[0-9０-９]{4}\s*[〕\]】)）]\s*[0-9０-９]+\s*号/g,
    widenLeft: ISSUER_BEFORE,
    rule: 'confidentiality.classified-document-number',
    severity: 'warn',
    message: '疑似内部文件文号，请核实能否公开',
  },
  {
    re: /涉密[\u4e00-\u9fff]{0,4}?(?:会议纪要|纪要|文件|材料|报告|通知|资料|文稿|方案|名单|数据)[^。！？!?\n]{0,30}?(?:全文|如下|予以公布|公布|附后|发布)/g,
    // Secrecy publicity forbids exactly this (不在微信群转发涉密文件…不随意拍摄、发布).
    accept: (match) =>
      !/(?:不|勿|禁止|严禁|不得)[^，,。；;]{0,6}(?:全文|如下|公布|附后|发布)$/.test(match) &&
      !/^涉密[\u4e00-\u9fff]{0,4}?(?:文件|材料|资料)(?:的)?(?:管理|保管|处理|使用|传递|销毁|存放)/.test(
        match,
      ),
    rule: 'confidentiality.classified',
    severity: 'block',
    message: '涉密材料不得公开发布',
  },
];
