// A unit's cover designation told with where it is stationed or who joins it: 部队番号为69315部队,
// 补入驻西藏日喀则的某部（77625部队）, 分配到驻扎在福建的73066部队, and the unit named by its station
// in a visit to it (慰问驻镇32145部队官兵, 驻扎在我镇青龙山下的69248部队, 走访慰问驻县部队，向…75421
// 部队全体官兵致以节日问候, 县领导到68102部队营区慰问). News names such a unit 某部; its
// number with its station or its recruits is a military secret. A recruitment notice issued under the
// unit's own name (中国人民解放军32150部队2024年公开招考文职人员) and a rule about designations
// (部队番号属于军事秘密) name no unit's station. So is a formation named by its army (陆军第83集团军
// 某合成旅, 武警江苏总队某支队) moved to or stationed at a place (近期移防至我县城东营区, 已进驻我市
// 西郊营区, 将调防至我区): a deployment; its exercises or visits (某旅开展实兵演练, 来我县开展助农
// 活动) and history (1949年第二十七军进驻上海) tell no station of today. So is a unit told by its arm
// and size with its strength and camp (某部队一个工兵营共380名官兵已进驻…东侧临时营地), and a missile,
// radar or ammunition site located by its neighbours (地块北侧紧邻驻军某部导弹营区), or told after its name
// by a word pointing back or by its weapons counted (某部雷达阵地，该阵地位于…东侧约800米处，配备…雷达4部),
// and a militia unit's real strength or its arms counted (民兵应急分队实有人数327人).
import type { Family } from './confidentiality-family.ts';

const UNIT = '(?:中国人民解放军|解放军|武警)?[0-9０-９]{5}部队';
/** A formation named by its army, the unit itself kept as 某: 第83集团军某合成旅, 武警江苏总队某支队. */
const FORMATION =
  '(?:陆军|海军|空军|火箭军|武警)?(?:第[0-9０-９一二三四五六七八九十]+集团军|(?<=武警)[^。；！？\\n，,某]{2,6}?总队|[^。；！？\\n，,]{2,6}?战区(?:陆军|空军|海军)?)某[^。；！？\\n，,某]{0,6}?(?:旅|师|团|支队|大队|营|部)';
/** Moved to or stationed at: 移防至, 进驻, 调防到, 驻扎在. */
const DEPLOYED = '(?:移防|换防|调防|移驻|调驻|进驻|转隶|驻扎|驻防|开赴|转场)(?:至|到|于|在|进)?';

/** A unit by its arm and size: 一个工兵营, 某舟桥连, 某部炮兵团. */
const ARM_UNIT =
  '(?:某部|部队|驻军|[0-9０-９]{5}部队)[^。；！？\\n，,]{0,4}?(?:一个|1个|两个|某)?(?:工兵|舟桥|防化|通信|步兵|炮兵|装甲|坦克|特战|侦察|导弹|雷达|高炮|陆航|运输|工程|防空)(?:营|连|团|旅|分队|大队|中队)';

/** A missile, radar or ammunition site, with the army's word before it: 驻军某部导弹营区, 部队雷达站. */
const MILITARY_SITE =
  '(?:驻军|部队|某部|解放军|武警|军方|军队|军事)?[^。；！？\\n，,]{0,6}?(?:导弹|雷达|弹药|火箭军|防空|高炮|军用)(?:某[部旅团营]?)?(?:营区|阵地|基地|库|仓库|站|发射场|洞库|机场|部队|旅|团|营)';

/** An armed unit that takes a firing position: 民兵高炮分队, 炮兵连, 某部导弹营. */
const ARMED =
  '(?:高炮|炮兵|导弹|防空|雷达|火箭炮|榴弹炮|迫击炮|高射炮|地空导弹)(?:[^。；！？\\n，,]{0,2}?(?:分队|连|营|团|旅|部队|排|班))?';

/** A garrison's camp and where it is: 驻县某部营区位于凤凰山北侧, 营区设在城东水库旁. */
const CAMP =
  '(?:(?:驻[县市区镇乡地我本]|驻军|某部|部队)[^。；！？\\n，,]{0,4}?)?(?:营区|营房|驻地|阵地)(?:位于|设在|建在|坐落于?|在)[^。；！？\\n，,]{2,16}';
/** Its strength kept there: 常备兵力120人, 现有官兵200余名, 驻有兵力一个连. */
const STRENGTH =
  '(?:常备|常驻|现有|驻有|在编|驻扎)(?:兵力|官兵|兵员|人员)[^。；！？\\n，,]{0,2}?[0-9０-９一二三四五六七八九十百千两]+(?:余)?(?:人|名|个连|个营)';

/** A military site named by the post: 某部雷达阵地, 驻军导弹营区, 部队弹药库. */
const NAMED_SITE =
  '(?:某部|驻军|部队|解放军|武警|军方|军事|[0-9０-９]{5}部队)[^。；！？\\n]{0,8}?(?:导弹|雷达|弹药|防空|高炮|火箭军|预警)[^。；！？\\n]{0,4}?(?:营区|阵地|基地|库|仓库|站|发射场|洞库)';
/** The site pointed back to: 该阵地, 这处雷达站, 此营区. */
const SITE_BACK =
  '(?:该|此|这个|这处|这座|这一)(?:雷达|导弹|防空|高炮)?(?:阵地|营区|雷达站|基地|弹药库|洞库|发射场|站点)';
/** Its weapons counted: 配备远程警戒雷达4部, 部署地空导弹8枚, 装备高炮6门. */
const ARMS_COUNT =
  '(?:配备|配置|部署|装备|架设|列装|设有|驻有)(?:有)?[^。；！？\\n，,]{0,8}?(?:雷达|导弹|火炮|高炮|发射车|发射架|发射装置|防空系统|高射炮|榴弹炮)(?:系统)?[0-9０-９一二三四五六七八九十两]+(?:部|台|枚|门|套|座|具|辆|组)';

/** A militia or reserve unit: 民兵应急分队, 基干民兵连, 预备役营. */
const MILITIA =
  '(?:民兵|预备役)[^。；！？\\n，,]{0,8}?(?:应急分队|应急连|应急排|应急营|专业分队|分队|连|排|营|团|队伍|组织)';
/** Its strength or its arms counted: 实有人数327人, 编兵总数860人, 配发各类装备1200余件. */
const MILITIA_COUNT =
  '(?:(?:实有|现有|在编|编兵|编组|兵员|实力)(?:人数|兵力|总数|人员)?(?:总数)?(?:为|达|共|共计|合计|是)?[0-9０-９一二三四五六七八九十百千两]+(?:余)?(?:人|名)|(?:配发|配备|列装|储备|装备)(?:有)?(?:各类|各种|各型)?(?:武器|枪支|弹药|装备|武器装备)[0-9０-９一二三四五六七八九十百千两]+(?:余)?(?:件|支|套|枚|发|具))';

export const MILITARY_UNIT_FAMILIES: Family[] = [
  {
    // A militia or reserve unit told with its real strength or the arms issued to it: 全县民兵应急分队实有
    // 人数327人，配发各类装备1200余件, 基干民兵连现有人数120名, 预备役营兵员共计500余人. The numbers of
    // the armed forces' reserve are military secrets; those called out to a flood (组织300余名民兵参加
    // 抢险) or trained (200名基干民兵参加集训) are news.
    re: new RegExp(`${MILITIA}[^。；！？\\n]{0,12}?${MILITIA_COUNT}`, 'g'),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开民兵、预备役部队的实有人数或武器装备数量，涉及军事秘密',
  },
  {
    re: new RegExp(
      `(?:部队)?(?:番号|代号)(?:为|是|[：:])?${UNIT}|(?:驻|驻扎在?|驻守在?|驻地在?)[^。；！？\\n，,]{1,12}?(?:某部|部队)?[（(](?:部队)?(?:番号|代号)?(?:为|是|[：:])?${UNIT}[）)]|(?:补入|补充到|分配到|分配至|分到|入伍到|服役于|编入|前往)(?:驻[^。；！？\\n，,]{1,12}?的)?${UNIT}|(?:驻|驻扎在?|驻守在?|驻防在?|驻地在?)(?:[^。；！？\\n，,（(0-9０-９]{1,12}?(?:的|之)?)?(?:部队)?第?${UNIT}|(?<=(?:慰问|走访|看望|拜访|拥军)[^。；！？\\n]{0,4}?驻(?:县|市|区|镇|乡|地|军|我|本|当地|辖区)[^。；！？\\n，,]{0,4}?部队[^。；！？\\n]{0,24}?)${UNIT}|(?:到|赴|前往|深入)${UNIT}(?:营区|驻地|机关)?(?:开展)?(?:慰问|走访|看望|调研|座谈|联欢|共建)`,
      'g',
    ),
    rule: 'confidentiality.military-unit',
    severity: 'block',
    message: '公开部队番号（代号）及驻地、兵员去向，涉及军事秘密',
  },
  {
    re: new RegExp(
      `${FORMATION}[^。；！？\\n，,]{0,8}?${DEPLOYED}(?:我|本)?[^。；！？\\n，,]{1,12}?(?:营区|营房|驻地|基地|机场|港|县|市|区|镇|乡|村|山|岛)`,
      'g',
    ),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开部队调动、移防去向及驻地，涉及军事秘密',
  },
  {
    // A unit told by its arm and size with its strength and where it is camped: 驻我区某部队一个工兵营
    // 共380名官兵已进驻东江水库东侧临时营地, 某部舟桥连120名官兵部署在大坝北侧. Relief news names the
    // troops sent (出动官兵300余人赶赴灾区), not a unit's arm, strength and camp together.
    re: new RegExp(
      `${ARM_UNIT}[^。；！？\\n]{0,8}?(?:共|计|约|合计)?[0-9０-９一二三四五六七八九十百千两余]+(?:余)?名?(?:官兵|兵力|战士|指战员)[^。；！？\\n，,]{0,6}?(?:进驻|驻扎|驻守|驻防|部署|集结|屯驻|扎营|驻)(?:在|于|至|到)?[^。；！？\\n，,]{2,20}?(?:营地|营区|阵地|驻地|基地|集结地|一带|附近|东侧|西侧|南侧|北侧|[东西南北]岸)`,
      'g',
    ),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开部队兵种、建制、兵力及驻扎位置，涉及军事秘密',
  },
  {
    // A military facility located by what lies next to it or by a distance: 地块北侧紧邻驻军某部导弹营区,
    // 小区东面就是部队雷达站, 镇北2公里的山头上就是驻地部队导弹营营区, 某部弹药库位于镇北山坳. A missile, radar or ammunition site's place is a military
    // secret; a post that sells land or homes beside it gives it away. A radar or depot needs a word of
    // the army (a weather radar is civil); a memorial or a site no longer in use (旧址, 退役) tells
    // nothing of today.
    re: new RegExp(
      `(?:紧邻|毗邻|临近|靠近|邻近|相邻|挨着|背靠|旁边?(?:就是|有|为)?|(?:[东西南北](?:侧|面|边)|对面|附近)(?:为|是|有|紧邻|毗邻|就是)?|[0-9０-９一二三四五六七八九十]+(?:公里|千米|米)(?:处|外|远)?[^。；！？\n，,]{0,10}?(?:就是|便是|是|有|坐落着|驻扎着|藏着))${MILITARY_SITE}|${MILITARY_SITE}(?:就)?(?:位于|设在|建在|坐落于?|在)[^。；！？\n，,]{2,16}`,
      'g',
    ),
    accept: (m) => /驻军|部队|某部|解放军|武警|军|导弹/.test(m),
    when: (text) => !/旧址|遗址|纪念馆|博物馆|退役|国防教育基地/.test(text),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开导弹、雷达、弹药库等军事设施的位置，涉及军事秘密',
  },
  {
    // The site named, then located through a word pointing back or counted by its weapons: 参观了某部
    // 雷达阵地，该阵地位于凤凰山主峰东侧约800米处，配备远程警戒雷达4部; 驻军导弹营区…此营区设在…; 部队
    // 雷达站…部署雷达3部. A visit may be told; where the site stands and what it holds are military
    // secrets. A memorial or a retired site (旧址, 退役, 纪念馆) holds none of today's.
    re: new RegExp(
      `(?<=${NAMED_SITE}[^。！？\n]{0,30}?)(?:${SITE_BACK}(?:就)?(?:位于|设在|建在|坐落于?|地处|距离?|在)[^。；！？\n，,]{2,24}(?:[，,][^。；！？\n，,]{0,4}?${ARMS_COUNT})?|${ARMS_COUNT})`,
      'g',
    ),
    when: (text) => !/旧址|遗址|纪念馆|博物馆|退役|退役装备|装备展/.test(text),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开导弹、雷达等军事设施的具体位置或装备数量，涉及军事秘密',
  },
  {
    // A unit's camp located with its standing strength, in either order: 驻县某部营区位于凤凰山北侧，
    // 常备兵力120人; 驻军某部现有官兵200余名，营区设在城东水库旁. A camp told alone (慰问驻县部队) or
    // troops sent to a disaster (出动官兵300余人) give no garrison's strength at its place.
    re: new RegExp(
      `${CAMP}[^。；！？\\n]{0,12}?${STRENGTH}|${STRENGTH}[^。；！？\\n]{0,12}?${CAMP}`,
      'g',
    ),
    accept: (m) => /某部|驻军|部队|兵力|官兵|兵员|营区|营房|阵地/.test(m),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开部队营区位置及兵力，涉及军事秘密',
  },
  {
    // A firing position located by its landmark, the place before the position: 民兵高炮分队在城北凤凰山
    // 东侧山腰预设阵地完成部署, 炮兵连于水库大坝北侧500米处的隐蔽阵地待命. An exercise may be reported; where
    // its guns stand prepared is a military secret. A kept battlefield (阵地遗址) and a figurative
    // position (宣传阵地, 思想阵地) place no guns.
    re: new RegExp(
      `(?<=${ARMED}[^。；！？\n]{0,12}?)(?:在|于|进入|占领|进驻)[^。；！？\n，,]{2,16}?(?:山腰|山顶|山脚|山坳|山谷|山洞|[东西南北]麓|[东西南北](?:侧|面)|[0-9０-９]+米处?|高地|一线)的?(?:预设|预备|隐蔽|伪装|野战|发射|射击|防空|主|备用)阵地(?!遗址|旧址|纪念)`,
      'g',
    ),
    rule: 'confidentiality.military-unit',
    severity: 'warn',
    message: '公开火炮、导弹等作战阵地的具体位置，涉及军事秘密',
  },
];
