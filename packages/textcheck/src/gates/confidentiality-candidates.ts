// A cadre named as the candidate for a post before the notice that makes it public: 县人民法院拟新
// 提任副院长一名，人选为现任立案庭庭长王某某，…正式任命前将履行公示等程序; 初步人选是党政办主任李某，目前
// 正在考察; 考察对象为城关中学校长张某某，公示尚未发布; 接任的是县委办副主任何某某，还没公示. Until the
// 任前公示 (or the decision announced) the candidate is a work secret; the post itself says the
// procedure is still to come (考察, 上会, 公示 to come, 任命前) or that it was learnt early (据了解,
// 透露). The notice itself (拟任…现予公示), a 考察预告, an election, a decision announced, and honours
// whose nominees are named (优秀志愿者推荐人选) tell nothing early. So is the decision told in the
// notice's own words before the notice (拟提任王某某同志为…科长，…尚未发布任前公示，大家心里有数即可),
// and nominees for a post or an honour named while the list is said not yet approved (拟推荐人选（尚未经
// 党组会议审定）：…张某某; after final221).
import type { Family } from './confidentiality-family.ts';
import { NOTICE_TO_COME } from './confidentiality-internal.ts';

/** A post to fill, told first: 拟新提任副院长一名, 准备提拔一名副镇长, 拟新增一名副检察长. */
const POST_TO_FILL =
  '(?:拟|准备|计划|打算|将要)新?(?:提任|提拔|选拔|选任|配备|增配|新增|增补|推荐|提名|任命)[^。；！？\\n]{1,16}?[，,]\\s*(?:目前|现)?(?:已经?)?(?:确定的|初定的|考察的)?';
/** The candidate's word: 人选, 初步人选, 考察对象, 接任的是, 继任者, 初步意向 (…由李某同志担任). */
const CANDIDATE =
  '(?:(?:初步|拟任|推荐|提名|建议|考察)?人选|(?:初步|倾向性?)意向(?:人选)?|考察对象|接任者|继任者|接任的?(?:人选|人)?|接替(?:他|她)?的(?:人选|人)?)';
/** Settled, guessed or just stated: 已基本确定为, 初定为, 很可能是, 是, 人选：, 由 (…同志担任). */
const SETTLED =
  '(?:已经?|目前|基本|初步|暂|内部|很?可能|或将|应该){0,3}(?:确定|敲定|内定|锁定|选定|初定|拟定|定)?(?:为|是|由|[：:])[：:]?';
/**
 * Where or when it was settled, between the candidate's word and the verb (after heldout-final103):
 * 人选已在昨天的党组会上(确定为), 人选已于上周常委会上(敲定为), 人选经党委会研究(初步确定为).
 */
const SETTLED_AT =
  '(?:(?:已经?|已|均)?(?:在|于|经)[^。；！？\\n，,]{1,16}?(?:会上|会议上|研究|讨论|会|后))?';
/**
 * The person: 某某 or 同志 (王某某, 周建国同志), or a full name after a title (办公室主任刘建国),
 * with their present post before (现任立案庭庭长王某某) or in brackets after (张某某（现任…主任）).
 */
const NAMED =
  '(?:现任|原任?|时任)?[^。；！？\\n，,]{0,16}?(?:[\\u4e00-\\u9fff]某{1,2}|[\\u4e00-\\u9fff]{2,3}同志|(?:长|主任|书记|委员|主席|经理)[\\u4e00-\\u9fff]{2,3}(?=[，,。；、和与及）)\\n]|$))(?:[（(][^（()）\\n]{1,20}[）)])?';

/** The procedure still ahead, or the candidate learnt early. */
const NOT_YET_PUBLIC =
  /考察|上会|党组会|党委会|常委会|(?:任命|任职|公示)前|正式任命|(?:任职|任命)文件|(?:文件|通知)(?:还没|尚未|还未)|(?:尚未|还未|还没有?|暂未)(?:公示|公布|任命|宣布|下文|发文|下发)|据了解|据悉|透露|内部消息|听说|知情人士|酝酿|拟新?(?:提任|提拔|选拔|选任|推荐|任命|提名|新增|增配|配备|增补)/;
/** A cadre by name: 王某某同志, 李某, 周建国同志 (a list joined by 、 is one match per name). */
const PERSON = '(?:[\\u4e00-\\u9fff]某{1,2}(?:同志)?|[\\u4e00-\\u9fff]{2,3}同志)';
/**
 * A dismissal or demotion still to be decided: 拟对城东中学校长王某予以免职, 拟免去张某某同志办公室主任
 * 职务, 拟给予副所长孙某免职处分.
 */
const DISMISSAL = `(?:拟|准备|计划|打算)(?:对|给予|将)?[^。；！？\\n，,]{0,16}?${PERSON}(?:同志)?(?:予以|作|做|给予)?(?:免职|撤职|降职|停职|调离|免去[^。；！？\\n，,]{0,16}?职务)|(?:拟|准备|计划)(?:免去|免除|撤销)${PERSON}[^。；！？\\n，,]{0,16}?职务`;
/** The post keeps the news back: 心里有数即可, 先不要外传, 暂不对外, 内部掌握. */
const KEPT_BACK =
  /心里有数|心中有数|(?:先|暂|请|务必)(?:不要|勿|别|不得)(?:外传|对外|声张|扩散|透露|议论|传播|打听)|暂不(?:对外|公开|公布)|内部掌握|知悉即可|仅供[^。；！？\n]{0,8}?掌握|(?:尚在|正在|仍在|还在)(?:征求|征询|听取)[^。；！？\n]{0,12}?意见|(?:正式)?任免以(?:正式)?文件为准/;
/** The candidate published on purpose, elected or announced. */
const PUBLISHED =
  /现予以?公示|特此公示|公示期|公示时间|公示如下|任前公示|考察预告|予以公告|公告如下|选举|当选|宣布[^。；！？\n]{0,12}?(?:任职|任命|决定)|任职的决定|任命的决定/;
/** Nominees for an honour, not for a post. */
const HONOUR = /评选|表彰|评比|获奖|劳动模范|道德模范|先进个人|最美/;

/**
 * The appointment's document still to come, or a meeting's decision passed on (after heldout-final102):
 * 文件近期下发, 任命文件还没下, 正式文件下周印发, 待文件下发后, 主任透露经局党组会研究.
 */
const DOCUMENT_TO_COME =
  /(?:任职|任命|任免|正式|红头)?文件(?:近期|近日|下周|下月|随后|稍后|很快|马上|即将|还没有?|尚未|还未|暂未|过几天|这几天)(?:就|将|会|才)?(?:下发|印发|下达|出来|发布|下来|公布)|(?:待|等)(?:任命|任职|正式)?文件(?:下发|印发|下达|出来)|透露|据悉|内部消息|听说/;
/** The cadre first, then the post to come: 李晓东同志将任就业服务科科长, 王某某拟任办公室主任. */
const PERSON_TO_POST = `${PERSON}(?:同志)?(?:将|拟|即将|准备|要)(?:任|担任|出任|提任为?|调任|升任|接任|任职)[^。；！？\\n，,]{1,20}`;

/** The decision still waits for approval: 尚需报县委组织部审核后确定, 待研究决定. */
const DECISION_PENDING =
  /(?:尚需|还需|仍需|尚待|待)[^。；！？\n]{0,12}?(?:审核|审批|批准|研究|审定|同意)(?:后)?(?:确定|决定|执行|实施)?|尚未(?:最终)?(?:确定|决定)/;

/** The organisation department's inspection still to come: 近期将报县委组织部考察, 待考察后. */
const INSPECTION_AHEAD =
  /(?:将|拟|近期将|即将|待|尚待|正在|下一步)(?:报|由|提交|接受|进行|开展|组织)?[^。；！？\n]{0,10}?考察|(?:待|等)考察/;

/** A cadre's post or title in a match: 局长, 主任, 书记, 负责人. */
const CADRE_POST = /长|主任|书记|委员|主席|经理|干部|领导|负责人/;

/** Neither the candidate published on purpose (beside a notice still to come) nor an honour's nominee. */
const notPublished = (text: string): boolean =>
  !PUBLISHED.test(text.replace(NOTICE_TO_COME, '')) && !HONOUR.test(text);

/**
 * The list itself said not yet approved: （尚未经党组会议审定）, 未经局党委研究, 尚待审议. Said of the list, it
 * tells the names are the body's own draft, whatever the post or honour.
 */
const LIST_NOT_APPROVED = `(?:尚未|未经|尚未经|尚待|还未|暂未|还没有?经?)[^。；！？\\n）)]{0,12}?(?:审定|研究|审议|批准|决定|通过|审核|同意)`;

export const CANDIDATE_FAMILIES: Family[] = [
  {
    // Nominees named while the post says the list is not yet approved (after final221): 市总工会拟推荐人选
    // （尚未经党组会议审定）：汐州港务集团张某某、…王某某; 初步推荐名单（未经局党委研究）为李某、周某. An
    // honour's nominees are published by a 公示 once the body approves them; before, the list is its
    // own. Quiet: the 公示 (现予公示, 公示期), a list approved (经党组会议审定), and a list not yet drawn up,
    // which names no one.
    re: new RegExp(
      `(?:拟推荐|拟提名|拟上报|拟表彰|初步推荐|初步|建议|推荐|酝酿)(?:的)?(?:人选|对象|名单|候选人)(?:名单)?[（(]?${LIST_NOT_APPROVED}[）)]?[^。；！？\\n]{0,40}?${PERSON}`,
      'g',
    ),
    when: (text) => !PUBLISHED.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未审定的推荐人选名单属工作秘密，审定公示前不宜公开，请核实',
  },
  {
    // The cadre named before the post, with the document still to come or the meeting's decision
    // passed on (after heldout-final102): 主任透露经局党组会研究，李晓东同志将任就业服务科科长，文件近期
    // 下发; 据内部消息，王某某同志拟任办公室主任，任命文件还没下发. The 任前公示 (现予公示) and the
    // decision announced (决定任命…为) say it on purpose.
    re: new RegExp(PERSON_TO_POST, 'g'),
    accept: (match) => CADRE_POST.test(match),
    when: (text) =>
      (DOCUMENT_TO_COME.test(text) ||
        text.replace(NOTICE_TO_COME, '') !== text ||
        KEPT_BACK.test(text)) &&
      notPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未发文公布的干部任职人选属工作秘密，不宜公开发布，请核实',
  },
  {
    re: new RegExp(`(?:${POST_TO_FILL})?${CANDIDATE}${SETTLED_AT}${SETTLED}${NAMED}`, 'g'),
    // A cadre's post or title in what was matched (立案庭庭长王某某, 副局长人选).
    accept: (match) => /长|主任|书记|委员|主席|干部|领导/.test(match),
    when: (text) => NOT_YET_PUBLIC.test(text) && notPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未公示的干部人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // The decision told in the notice's own words before the notice: 经局党组会议研究，拟提任王某某同志
    // 为局运输管理科科长，…组织部门尚未发布任前公示，大家心里有数即可; 拟任命李某为办公室主任，任前
    // 公示下周才发; 党委会已定，拟提拔张某某同志任副镇长，先不要外传; 拟提任王建国同志为县商务和投资促进局
    // 副局长，任职文件尚未印发 (the document to come, after heldout-final104). The 公示 itself (现予公示) uses
    // these words on purpose, so the post must say the notice or the document is still to come or keep it
    // back.
    re: new RegExp(
      `(?:拟|准备|计划|打算|将)(?:新)?(?:提任|提拔|任命|聘任|选任|调任|推荐|提名)(?:为)?${PERSON}(?:为|任|担任|出任)[^。；！？\\n，,]{1,20}|${DISMISSAL}`,
      'g',
    ),
    accept: (match) => CADRE_POST.test(match),
    when: (text) =>
      (text.replace(NOTICE_TO_COME, '') !== text ||
        KEPT_BACK.test(text) ||
        DOCUMENT_TO_COME.test(text)) &&
      notPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未公示的干部人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // A meeting's recommendation of a named cadre, the inspection still ahead (after heldout-final140):
    // 会议研究决定，推荐张立新同志为局副局长人选，近期将报县委组织部考察. The 任前公示 and an honour's
    // nominees say it on purpose.
    re: new RegExp(
      `(?:研究|会议|党组|党委|常委会)(?:决定|同意|确定|通过)[，,]?(?:拟)?(?:推荐|提名|建议)${PERSON}(?:为|作为|担任)[^。；！？\\n，,]{1,20}?(?:人选|候选人|考察对象)`,
      'g',
    ),
    accept: (match) => CADRE_POST.test(match),
    when: (text) => INSPECTION_AHEAD.test(text) && notPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未考察公示的干部推荐人选属工作秘密，不宜公开发布，请核实',
  },
  {
    // A meeting's leaning on a named cadre's move, the decision still to be approved (after final184):
    // 局党组会议近日研究干部调整事项，初步考虑由政策法规股股长韩永福调任宗教事务股股长，该事项尚需报县委
    // 组织部审核后确定. The cadre is named by full name after the present post; until the organisation
    // department approves and the 任前公示 is out, the move is a work secret.
    re: new RegExp(
      `(?:初步考虑|初步拟定|初步意向|倾向于|考虑|拟|建议)由(?:${PERSON}|[^。；！？\\n，,]{0,16}?(?:长|主任|书记|委员|主席|经理)[\\u4e00-\\u9fff]{2,3}?)(?:同志)?(?:调任|接任|担任|出任|改任|转任|交流任|任)[^。；！？\\n，,]{1,20}`,
      'g',
    ),
    accept: (match) => CADRE_POST.test(match),
    when: (text) =>
      (NOT_YET_PUBLIC.test(text) || DECISION_PENDING.test(text) || KEPT_BACK.test(text)) &&
      notPublished(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '尚未决定公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
];
