// Rule families of the heldout-final42 round, each with wordings other than the set's: a minor named
// after their age and their role in a case, a village rule that licenses beating a thief, the trade
// name to search for laughing gas or another drug, a product sold on the name of a state body, a
// cadre's appointment told before its 公示, a project's site told as settled while its plan awaits
// approval, the items of a secrecy pledge (no leak), and 旱 written 早 in the words of drought work —
// and the near misses that stay quiet.
import { describe } from 'vitest';
import { itReportsFamilies } from '../../test/support/reported.ts';
import type { Gate } from '../finding.ts';
import { itReportsMisspellings, type Misspelt } from '../../test/support/misspellings.ts';

// [gate, text, excerpt that must be reported]
const CATCHES: Array<[Gate, string, string]> = [
  // a minor named after their age and their role in the case
  ['legal', '经查，15岁的犯罪嫌疑人王子轩因琐事持刀伤人，已被依法处理。', '王子轩'],
  ['legal', '警方抓获盗窃团伙3人，其中年仅14岁的嫌疑人张宇航被责令严加管教。', '张宇航'],
  ['legal', '法院审理查明，17岁的被告人李俊杰系某职高学生，多次实施抢劫。', '李俊杰'],
  ['legal', '16岁的违法行为人赵一凡在网吧盗窃他人手机，已被公安机关处理。', '赵一凡'],
  ['legal', '经查，13岁的被害人陈雨欣在放学途中遭到殴打，嫌疑人已被刑事拘留。', '陈雨欣'],
  // a village rule that licenses beating a thief
  ['legal', '凡在本村偷鸡摸狗者，抓到打死勿论。', '打死勿论'],
  ['legal', '偷牛贼一经抓获，打死打伤概不负责。', '打死打伤概不负责'],
  ['legal', '凡入室盗窃者，打伤不究。', '打伤不究'],
  ['legal', '夜间翻墙偷果的，抓住打残了也不追究。', '打残了也不追究'],
  ['legal', '本组规定：偷鱼者打死打伤，后果自负。', '打死打伤，后果自负'],
  // the trade name to search for laughing gas or another drug
  ['legal', '笑气危害大，现在网上搜索“气球专用气”就能买到。', '搜索“气球专用气”就能买到'],
  ['legal', '在某购物平台输入“快乐气”几个字，马上就能下单，这种东西其实就是笑气。', '输入“快乐气”'],
  ['legal', '一些年轻人沉迷“上头电子烟”，在社交软件里搜“小烟”即可购买。', '搜“小烟”即可购买'],
  ['legal', '搜索“神仙水”就能买到，很多年轻人出于好奇尝试。', '搜索“神仙水”就能买到'],
  ['legal', '家长们注意：迷药在网上很常见，只要搜“听话水”就能下单。', '搜“听话水”就能下单'],
  // a product sold on the name of a state body
  ['advertising', '这款白酒是国宴用酒，口感醇厚，欢迎品鉴。', '国宴用酒'],
  ['advertising', '本地红茶曾被选为中南海专供茶，香气持久。', '中南海专供'],
  ['advertising', '该米业公司的富硒大米是部队指定用米，品质过硬。', '部队指定用米'],
  ['advertising', '这款酱香型白酒一度是两会接待专用酒。', '两会接待专用酒'],
  ['advertising', '合作社的有机茶叶成了钓鱼台国宾馆特供产品。', '钓鱼台国宾馆特供'],
  ['advertising', '春节将至，我县酒厂特供酒礼盒热销。', '特供酒'],
  // a cadre's appointment told before its 公示
  [
    'confidentiality',
    '据了解，市委常委会已研究，拟提拔李卫东同志为市财政局副局长，任前公示预计下周发布。',
    '拟提拔李卫东同志为市财政局副局长',
  ],
  [
    'confidentiality',
    '据悉，经区委研究，拟任命王红梅同志为区教育局局长，公示尚未发布。',
    '拟任命王红梅同志为区教育局局长',
  ],
  [
    'confidentiality',
    '据知情人士透露，县委拟提名刘志强同志为县人民医院院长，公示还要等几天。',
    '拟提名刘志强同志为县人民医院院长',
  ],
  [
    'confidentiality',
    '孙建华同志拟任县农业农村局局长，待任前公示后正式发文。',
    '孙建华同志拟任县农业农村局局长',
  ],
  [
    'confidentiality',
    '经党组研究，拟推荐赵明同志为镇长人选，近期将进行任前公示。',
    '拟推荐赵明同志为镇长人选',
  ],
  // a project's site told as settled while its plan awaits approval or release
  [
    'confidentiality',
    '据悉，新机场场址初步确定于城北镇大王庄一带，方案还未获省里批复。',
    '场址初步确定于城北镇大王庄一带',
  ],
  [
    'confidentiality',
    '垃圾焚烧发电厂厂址已基本敲定为石桥村，项目尚未正式公布。',
    '厂址已基本敲定为石桥村',
  ],
  [
    'confidentiality',
    '县第二人民医院新院区选址暂定在开发区东区，规划尚未批准。',
    '选址暂定在开发区东区',
  ],
  ['confidentiality', '物流园区选址已内定于我镇，目前还没有对外公布。', '选址已内定于我镇'],
  [
    'confidentiality',
    '地铁3号线车辆段的选址基本定在西湖村，上级批复还没下来。',
    '选址基本定在西湖村',
  ],
  // a secret term in what is no secrecy pledge still warns
  ['confidentiality', '会后，他不慎将涉密文件遗失在出租车上。', '涉密文件'],
  ['confidentiality', '现将涉密材料的主要内容摘录给大家参考。', '涉密材料'],
];

// [gate, text that must stay without a block or warn finding]
const CLEAN: Array<[Gate, string]> = [
  ['legal', '经查，15岁的犯罪嫌疑人王某某因琐事持刀伤人，已被依法处理。'],
  ['legal', '警方抓获犯罪嫌疑人3名，其中20岁的犯罪嫌疑人刘强系无业人员。'],
  ['legal', '见义勇为的16岁少年李明系市第三中学学生，警方对其予以表彰。'],
  ['legal', '村规民约中“打死打伤概不负责”等条款违法，镇司法所已责令删除。'],
  ['legal', '面对监控录像，他打死不承认自己偷了东西。'],
  ['legal', '村民抓获小偷后应及时扭送派出所，不得私自殴打，否则要承担法律责任。'],
  ['legal', '不法分子以“奶油气弹”名义在网上销售笑气，警方已立案侦查。'],
  ['legal', '笑气危害大，在“国家反诈中心”APP中搜索“举报”就能找到举报入口。'],
  ['legal', '笑气危害大。民警提醒：搜索“奶油气弹”就能下单的商品切勿购买。'],
  ['legal', '在手机应用商店搜索“皖事通”就能下载，办理业务更方便。'],
  ['advertising', '市场监管局查处一批标注“特供”“专供”字样的白酒。'],
  ['advertising', '国宴菜单中的淮扬菜备受关注。'],
  ['advertising', '部队专用车道请勿占用。'],
  ['advertising', '机关食堂大米采购项目公开招标公告。'],
  ['advertising', '有商家打着“人民大会堂特供”旗号销售白酒，市场监管部门提醒消费者谨防上当。'],
  [
    'confidentiality',
    '经县委常委会研究，拟任命张建国同志为县交通运输局局长，现予以公示。公示期为5个工作日。',
  ],
  ['confidentiality', '拟任命张建国同志为县交通运输局局长，待公示期满无异议后办理任职手续。'],
  ['confidentiality', '县十八届人大常委会第十次会议决定任命张建国为县交通运输局局长。'],
  [
    'confidentiality',
    '现将张建国同志的拟任职情况公示如下：拟任命张建国同志为县交通运输局局长。公示时间：5月6日至12日。',
  ],
  ['confidentiality', '经省发改委批复，高铁站选址确定在东溪村，项目即将开工。'],
  ['confidentiality', '高铁站选址规划批前公示：站址拟设于东溪村，公示期间欢迎提出意见。'],
  ['confidentiality', '网传“高铁站选址已内定在东溪村”系谣言，选址方案尚未确定。'],
  ['confidentiality', '新学校选址尚未确定，待专家论证后向社会公布。'],
  // the items of a secrecy pledge
  [
    'confidentiality',
    '保密“三不”：不擅自复制涉密文件，不私自携带涉密材料外出，不在微信中谈论涉密事项。',
  ],
  ['confidentiality', '做到不复制、不拍摄涉密文件，不将涉密载体带回家。'],
  ['confidentiality', '全体干部要做到不私自复制涉密文件、不随意摘抄涉密材料。'],
  ['confidentiality', '牢记“五不”，不携带涉密文件外出参加社会活动。'],
  ['confidentiality', '不违规打印涉密文件，不扫描涉密材料上传至互联网。'],
];

// [text, misspelt excerpt, its correction]
const MISSPELT: Misspelt[] = [
  ['县防汛抗早指挥部召开全体成员会议，部署主汛期工作。', '防汛抗早', '防汛抗旱'],
  ['各地要全力做好抗早救灾工作，确保群众生活用水。', '抗早救灾', '抗旱救灾'],
  ['入夏以来持续干早少雨，部分乡镇出现旱情。', '干早少雨', '干旱少雨'],
  ['镇里组织党员服务队开展抗早保苗行动。', '抗早保苗', '抗旱保苗'],
  ['今年以来，我县抗洪抗早两手抓，确保安全度汛。', '抗洪抗早', '抗洪抗旱'],
  ['新建高标准农田实现早涝保收。', '早涝保收', '旱涝保收'],
];
const SPELT_RIGHT = [
  '该小麦品种具有抗早衰、抗倒伏等特点。',
  '县防汛抗旱指挥部召开全体成员会议。',
  '今早情况怎么样？镇里的抗旱工作进展顺利。',
];

describe('heldout-final42 families', () => {
  itReportsFamilies(CATCHES, CLEAN);
  itReportsMisspellings(MISSPELT, SPELT_RIGHT);
});
