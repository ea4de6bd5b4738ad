// Pattern family of the political gate: titles a body does not have and bodies by a wrong name —
// 政协 has a 主席, not a 主任; a people's congress above the township has a 常委会主任, not a 主席;
// a party committee or 纪委 has a 书记; the Central Military Commission a 主席, the State Council a
// 总理.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

// Lookbehinds sit after the literal they follow (人大(?<=市人大)), so each search starts from a
// literal character instead of trying the lookbehind at every position.
const LEVEL = '(?:[省市县区州旗盟]|自治区|自治州|自治县)';

export const POLITICAL_TITLE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A government title put before the party title of the same level (after heldout-final182:
    // 市长、市委副书记周振华 for 市委副书记、市长; 县长、县委副书记, 镇长、镇党委副书记, 副市长、市委
    // 常委). The party post comes first; the right order and two levels (市长、县委副书记) are left alone.
    rule: 'political.title',
    severity: 'warn',
    pattern:
      /(?<l>[省市县区州旗])长[、，,]\k<l>委(?:常委[、，,])?副书记|(?<m>[乡镇])长[、，,]\k<m>党委副书记|副(?<n>[省市县区州旗])长[、，,]\k<n>委常委/g,
    message: '党政职务并列时党内职务在前，应为“市委副书记、市长”“市委常委、副市长”等',
  },
  {
    rule: 'political.title',
    severity: 'block',
    pattern: /政协(?:副)?主任(?!委员|科员|会议|办公会|助理|医师)/g,
    message: '政协的领导职务是“主席”“副主席”，没有“主任”',
  },
  {
    rule: 'political.title',
    severity: 'block',
    pattern: new RegExp(
      `(?:人大常委会|人大常务委员会|人民代表大会常务委员会|人大(?<=(?:${LEVEL}|国)人大))(?:副)?主席(?![团台])`,
      'g',
    ),
    message: '县级以上人大常委会的领导职务是“主任”“副主任”；“人大主席”只用于乡镇人大',
  },
  {
    // A party body's head by a government or council title: 党支部主席, 纪委主席, and 纪委主任, 党委
    // 副主任 (a 纪委 is led by a 书记; its 监委 partner by a 主任, so 纪委书记、监委主任 and 纪委监委主任
    // stay quiet, as do the ranks 主任科员 and 主任医师).
    rule: 'political.title',
    severity: 'block',
    pattern: new RegExp(
      `(?:委(?<=${LEVEL}委)|党委|党工委|纪委|纪工委|党组|党支部|党总支|党支委|支部(?<=村支部))(?:副)?主席(?!团)|(?:党委|党工委|纪委|纪工委|党组|党支部|党总支)(?:副)?主任(?!科员|委员|医师|助理|级|编辑)|政府(?<=${LEVEL}政府)(?:副)?书记(?!处|员)`,
      'g',
    ),
    message:
      '党委（党组、纪委、党支部）的领导职务是“书记”“副书记”，政府的是“省长/市长/县长”，职务与机构不符',
  },
  {
    // Heads of local commissions by a title the body does not have: a supervisory commission (监委,
    // 监察委员会) and a government commission (卫健委, 发改委, 教育委员会) are led by a 主任, not a 主席,
    // 厅长 or 局长 (县监委主席, 省卫健委厅长, 市发改委局长). Only a commission named after a level
    // (省, 市, 县 …), so 各委局长 (the heads of commissions and bureaus) stays quiet, and so does the
    // party's own 中央监察委员会 of 1927, whose head was its 主席 (首任中共中央监察委员会主席王荷波).
    rule: 'political.title',
    severity: 'block',
    pattern: new RegExp(
      `(?:监委(?<!中央监委)|监察委员会(?<=(?:国家|${LEVEL})监察委员会))(?:副)?主席(?!团)|(?:委员会|委)(?<=${LEVEL}[\u4e00-\u9fff]{1,8}?(?:委员会|委))(?<!各委|各委员会)(?:副)?(?:厅长|局长)(?!助理|级)`,
      'g',
    ),
    message:
      '职务与机构不符：监察委员会、卫生健康委员会、发展改革委员会等委员会的领导职务是“主任”“副主任”，不称“主席”“厅长”“局长”',
  },
  {
    rule: 'political.title',
    severity: 'warn',
    pattern: new RegExp(
      `人大(?<=${LEVEL}人大)(?:副)?主任(?!委员|科员|会议|办公会|助理)|人大(?:常委会)?(?:副)?书记|政协(?:副)?书记`,
      'g',
    ),
    message:
      '人大的领导职务是“人大常委会主任”（乡镇为“人大主席”），政协的是“主席”，书记是党组职务（“党组书记”）',
  },
  {
    // Heads of bodies by the wrong title: a procuratorate is led by a 检察长, a court by a 院长; the
    // NPC's 委员长 heads its standing committee (全国人大常委会委员长, not 全国人大委员长).
    rule: 'political.title',
    severity: 'block',
    pattern:
      /(?<!法院[、和与及])检察院(?:的)?(?:常务)?(?:副)?院长|法院(?:的)?(?:副)?检察长|(?:全国人大|全国人民代表大会)(?:副)?委员长/g,
    message:
      '职务与机构不符：检察院的领导职务是“检察长”，法院的是“院长”，委员长是“全国人大常委会委员长”',
  },
  {
    // A local standing committee given the NPC's title: 自治区人大常委会委员长, 省人大常委会副委员长, 市人民
    // 代表大会常务委员会委员长, also after the body's other titles (省人大常委会党组书记、委员长). Only
    // the NPC Standing Committee has a 委员长; a local one is headed by a 主任.
    rule: 'political.title',
    severity: 'block',
    pattern: new RegExp(
      `(?:人大(?<=${LEVEL}人大)(?:常委会|常务委员会)?|人民代表大会(?<=${LEVEL}人民代表大会)(?:常务委员会)?)(?:的)?(?:[\u4e00-\u9fa5]{2,6}、)?(?:副)?委员长`,
      'g',
    ),
    message: '地方人大常委会的领导职务是“主任”“副主任”，“委员长”只用于全国人大常委会',
  },
  {
    // The national standing committee given a local one's title: 全国人大常委会主任, 全国人民代表大会
    // 常务委员会副主任, 全国人大主任 (委员长, 副委员长). Not the head of one of its offices or special
    // committees (全国人大常委会办公厅主任, 全国人大常委会法工委主任, 全国人大…委员会主任委员).
    rule: 'political.title',
    severity: 'block',
    pattern:
      /(?:全国人大常委会|全国人大常务委员会|全国人民代表大会常务委员会|全国人大|全国人民代表大会)(?:副)?主任(?!委员|科员|会议|助理|医师)/g,
    message: '全国人大常委会的领导职务是“委员长”“副委员长”，“主任”是地方人大常委会的职务',
  },
  {
    // The national standing committee's make-up told with the state's or the CPPCC's title: 全国人民代表
    // 大会常务委员会由主席、副主席若干人…组成, 全国人大常委会组成人员包括副主席, 全国人大常委会设主席一人
    // (委员长, 副委员长). The title right after the name (全国人大常委会主席) is the rule above's.
    // Not the session's presidium (主席团) nor the state's president the NPC elects (全国人民代表大会选举
    // 中华人民共和国主席、副主席), which names no standing committee.
    rule: 'political.title',
    severity: 'block',
    pattern:
      /(?:全国人大常委会|全国人大常务委员会|全国人民代表大会常务委员会)(?:的)?(?:由|设|设有|组成人员(?:包括|为|有)?|领导(?:人|职务)?(?:包括|为|是|有)?)(?:副)?主席(?!团)/g,
    message: '全国人大常委会的领导职务是“委员长”“副委员长”，没有“主席”“副主席”',
  },
  {
    // The CPPCC given the NPC's title: 全国政协委员长, 省政协副委员长 (a CPPCC committee is headed by a
    // 主席, at every level). Not 政协委员 followed by a word in 长 (政协委员长期关注…).
    rule: 'political.title',
    severity: 'block',
    pattern:
      /政协(?:的)?(?:副委员长|委员长(?![期时年久远达效足江沙春城者辈大假篇跑治征安白寿势度处相]))/g,
    message: '职务与机构不符：政协的领导职务是“主席”“副主席”，“委员长”只用于全国人大常委会',
  },
  {
    // A township people's congress has no standing committee, and its head is a 主席, not a 主任:
    // 镇人大主任, 乡人大副主任, 街道人大主任 (人大主席, 人大副主席). Not the head of its office
    // (镇人大办主任) or a county's (县人大常委会主任).
    rule: 'political.title',
    severity: 'warn',
    pattern: /(?:[乡镇]|苏木)人大(?:副)?主任(?!委员|科员|助理|医师)/g,
    message: '乡镇人大不设常委会，其领导职务是“主席”“副主席”，不称“主任”',
  },
  {
    // The State Council and local governments meet as a 常务会议; only party committees and people's
    // congresses have a 常务委员会: 国务院常务委员会, 国务院常委会, 市政府常委会 (常务会议).
    rule: 'political.body-name',
    severity: 'block',
    pattern: new RegExp(
      `国务院常(?:务委员会|委会)|政府(?<=(?:${LEVEL}|人民)政府)常(?:务委员会|委会)`,
      'g',
    ),
    message: '国务院和地方人民政府召开的是“常务会议”（如国务院常务会议），不设“常务委员会”',
  },
  {
    // Deputies and members of the national bodies are 全国人大代表 and 全国政协委员: 国家人大代表,
    // 国家政协委员 name no body (the NPC is 全国人民代表大会, not 国家人民代表大会).
    rule: 'political.body-name',
    severity: 'warn',
    pattern: /国家(?:人大|政协)(?:代表|委员(?!会)|常委(?!会))/g,
    message: '应为“全国人大代表”“全国政协委员”，没有“国家人大”“国家政协”',
  },
  {
    // The party's discipline body is the 纪律检查委员会 (中央纪律检查委员会, 省纪委): 中央纪律委员会
    // drops 检查. Sports and trade bodies have a 纪律委员会 of their own, so only a party level counts.
    rule: 'political.body-name',
    severity: 'block',
    pattern: /纪律委员会(?<=(?:中央|中共|省委?|市委?|县委?|区委|州委?)纪律委员会)/g,
    message: '党的纪律机关是“纪律检查委员会”（如中央纪律检查委员会），简称“纪委”',
  },
  {
    // The party's congress is 全国代表大会 (中国共产党第二十次全国代表大会); 全国人民代表大会 is the NPC.
    rule: 'political.body-name',
    severity: 'block',
    pattern:
      /(?:中国共产党|中共|党的)第?[一二三四五六七八九十]{1,3}(?:次|届)?全国人民代表大会|(?:全国人民代表大会|全国人大)第?[一二三四五六七八九十]{1,3}次全国代表大会/g,
    message:
      '党的代表大会是“全国代表大会”（如中国共产党第二十次全国代表大会），“全国人民代表大会”是国家权力机关',
  },
  {
    // An order signed by the wrong office: a 主席令 promulgates a law and is signed by the President of
    // the state (国家主席), a 国务院令 issues an administrative regulation and is signed by the Premier
    // (国务院总理). 国务院总理签署第四十号主席令, 总理李强签发主席令, 国家主席签署第七百号国务院令,
    // 全国人大常委会委员长签署主席令 mix them up. The right pairs (国家主席签署第四十号主席令, 国务院总理
    // 签署国务院令) are quiet, and so is the order named after its signer across a list (国家主席签署主席令，
    // 国务院总理签署国务院令): the signer and the order stand in one clause.
    rule: 'political.title',
    severity: 'block',
    pattern: new RegExp(
      `(?:(?:国务院|政府)?(?:副)?总理|(?:全国人大常委会|全国人大)?(?:副)?委员长)(?:[\u4e00-\u9fa5]{2,3})?(?:签署|签发|发布|颁布|公布)(?:了)?(?:第[0-9０-９一二三四五六七八九十百千零〇]+号)?(?:中华人民共和国)?主席令|(?:国家主席|国家副主席|中华人民共和国主席|(?:全国人大常委会|全国人大)?委员长)(?:[\u4e00-\u9fa5]{2,3})?(?:签署|签发|发布|颁布|公布)(?:了)?(?:第[0-9０-９一二三四五六七八九十百千零〇]+号)?(?:中华人民共和国)?国务院令`,
      'g',
    ),
    message: '职务与文件不符：主席令由国家主席签署公布法律，国务院令由国务院总理签署公布行政法规',
  },
  {
    // Heads of central bodies by a title the body does not have: the Central Military Commission has
    // a 主席 (中央军委主席, not 主任 or 书记), the State Council a 总理, the CCDI a 书记 and the National
    // Supervisory Commission a 主任. Not a department's head (中央军委办公厅主任, 国务院扶贫办主任).
    rule: 'political.title',
    severity: 'block',
    pattern:
      /(?:中央军委|中央军事委员会)(?:副)?(?:主任|总书记|书记)(?!科员|委员|医师|助理|处)|国务院(?:副)?主席(?!团)|中央纪委(?:副)?主任(?!科员|委员|医师|助理)|国家监委(?<!纪委国家监委)(?:副)?书记/g,
    message:
      '职务与机构不符：中央军委的领导职务是“主席”“副主席”，国务院的是“总理”，中央纪委的是“书记”，国家监委的是“主任”',
  },
]);
