// Pattern families of the political gate: titles a body does not have (政协 has a 主席, not a
// 主任; a people's congress above the township has a 常委会主任, not a 主席; a party committee
// has a 书记), Hong Kong and Macao set beside 大陆 (内地 is the term) and China listed beside
// Hong Kong, Macao or Taiwan as if they were peers, and 港澳台 inside a list of countries.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

// Lookbehinds sit after the literal they follow (人大(?<=市人大)), so each search starts from a
// literal character instead of trying the lookbehind at every position.
const LEVEL = '(?:[省市县区州旗盟]|自治区|自治州|自治县)';
const HMT = '(?:香港|澳门|台湾)';
/** Hong Kong, Macao and Taiwan, also named together (港澳台, 港澳, 港台). */
const HMT_ANY = '(?:港澳台|港澳|港台|澳台|香港|澳门|台湾)';

export const POLITICAL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // People judged or watched by origin or trade: 形迹可疑的新疆籍人员, 农民工素质低下; Hong Kong
    // and Macao people "returning to the country" (回内地); Taiwan counted among countries (日韩台三国).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:形迹可疑|可疑)的[\u4e00-\u9fff]{1,4}籍(?:人员|男子|女子|人)|农民工(?:素质|文化)(?:低下|偏低|低|差|不高)/g,
    message: '以籍贯、身份对人群作贬损或区别对待的表述',
  },
  {
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /(?:香港|澳门|港澳|台湾)(?:同胞|居民|青年|学生)?回国|[日韩美中]{1,3}台(?:[两三四五]|等)国/g,
    message: '港澳台是中国的一部分：港澳同胞回内地不称“回国”，台湾不与国家并列',
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
    // Taiwan's authorities by their own names, unquoted: 台湾文化部, 台湾地区教育部, 台湾当局的卫福部,
    // its courts and prosecutors (台湾最高法院, 台湾高等法院; 台湾地区“最高法院”, or the name in
    // quotation marks: 台湾“文化部”). A generic 文化部门 or 台湾地区法院 is no name.
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /台湾(?:地区|当局|岛内)?(?:的)?(?:文化部|教育部|国防部|经济部|内政部|交通部|财政部|法务部|劳动部|卫生福利部|卫福部|农业部|环境部|数位发展部|数字发展部|侨务委员会|侨委会|大陆委员会|陆委会|国家发展委员会|国发会|金融监督管理委员会|金管会|海洋委员会|国史馆|中央银行|监察院|考试院|司法院|最高法院|最高行政法院|高等法院|高等行政法院|宪法法庭|最高检察署|高等检察署|最高法院检察署)(?!门)/g,
    message: '台湾地区机构名称须加引号或改用规范表述（如“台湾地区文化主管部门”）',
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
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?:香港|澳门|港澳)(?:特别行政区|特区|地区)?(?:与|和|及|同|跟|、|以及)(?:中国)?大陆|(?:中国)?大陆(?:与|和|及|同|跟|、|以及)(?:香港|澳门|港澳)/g,
    message: '与香港、澳门并称时应称“内地”，不称“大陆”',
  },
  {
    // Hong Kong or Macao people or firms told as being in, coming to or going back to 大陆 (香港、澳门居民
    // 在大陆就业, 港澳青年来大陆创业, 澳门学生赴大陆求学): over against Hong Kong and Macao the rest of
    // the country is 内地. With Taiwan in the list (港澳台居民在大陆, 香港、澳门、台湾同胞) 大陆 is
    // Taiwan's word and 内地（大陆） the usage, so a list that goes on to 台 is left alone.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?:香港|澳门|港澳)(?:特别行政区|特区)?(?:(?:、|和|与|及|以及)(?:香港|澳门)(?:特别行政区|特区)?)?(?![、和与及]?(?:以及)?台)(?:地区)?(?:居民|同胞|市民|青年|学生|人士|籍人士|企业|商人|投资者|专业人士|律师|医师|医生|教师|人员|游客|旅客|居民个人)?[^。；;！？!?\n，,台]{0,6}?(?:在|来|赴|到|回|去|进入|前往|来往|往返于?)(?:中国)?大陆(?!架|坡|性|漂移|板块|法系|型)/g,
    message: '与香港、澳门相对时应称“内地”，不称“大陆”',
  },
  {
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?<!新|老|旧|全|大)中国(?:、|和|与|及|同|以及)${HMT}|${HMT}(?:地区)?(?:、|和|与|及|同|以及)中国(?![香澳台]|共产党|人民|银行|政府|内地|大陆|籍|的(?:其他|其它|其余|内地|大陆|各|广大)|特色)`,
      'g',
    ),
    message:
      '港澳台是中国的一部分，不能与“中国”并列；应称“内地（大陆）与香港、澳门、台湾”或“中国香港”等',
  },
  {
    // Hong Kong, Macao or Taiwan treated as foreign: 香港回归中国 (回归祖国), 出国到香港, 赴台湾等国外,
    // 赴港澳台等国外地区, 港澳台及其他国家, 港澳等海外国家, 港澳台等境外国家, 美国、日本、港澳台等国家,
    // 国外（含港澳台）, 香港、澳门、日本等海外市场 (a list with Hong Kong ended by 等 + 海外), a
    // foreign trip whose destination is one of them (出国游热门目的地依次为香港、泰国, 出国游首选澳门). Not 港澳台等境外地区 (境外 is right for them), 港澳台等国家和地区, 粤港澳等国家
    // 战略 (the state's strategy), 出国（境）, 港澳及国外 (a list of both) or 境外（含港澳台）; 香港等
    // 国家 with a country near is the proximity rule's (hmt-listed-as-country), which names each place
    // alone, not 港澳台.
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?:香港|澳门|港澳)(?:特别行政区)?(?:正式|顺利)?回归(?:了|到)?中国(?![香澳台]|大陆|内地)|${HMT_ANY}(?:[、和及与](?:(?!地区|境外|国家)[\\u4e00-\\u9fff]){1,8}?){0,6}等(?:[0-9０-９一二三四五六七八九十]+多?个)?(?:海外|国外|外国)(?:市场|国家|地区|各地|客户|客商|游客)|出国(?:到|去|赴|前往|旅游到|旅游去)?(?:中国)?${HMT_ANY}|${HMT_ANY}(?:地区)?(?:同胞|居民)?(?:等|和其他|及其他|或其他|以及其他|等其他|等其它)(?:外国|国外|海外国家|其他国家|其它国家|境外国家|境外各国|海外各国|境外其他国家)|(?<!粤)(?:港澳台|港澳|港台|澳台)(?:地区)?等(?:[0-9０-９一二三四五六七八九十]+多?个|多个|诸)?国家(?![和或与及、级]|[（(]地区|战略|重大|层面|政策|部委|机关|有关|相关)|(?:国外|外国)[（(](?:含|包括|包含)${HMT_ANY}|出国(?:游|旅游|旅行|游学|研学)[^。；;！？!?\\n，,、]{0,12}?(?:为|是|有|包括|首选|选择|：|:)${HMT_ANY}`,
      'g',
    ),
    message: '香港、澳门、台湾是中国的一部分：应称“回归祖国”，前往港澳台不是“出国”，不能称为国外',
  },
  {
    // Taiwan set beside 内地: 内地与台湾的血脉亲情, 台湾和内地的交流, 台湾青年来内地创业. 内地 is the word
    // over against Hong Kong and Macao; over against Taiwan it is 大陆 (两岸). A list with Hong Kong or
    // Macao in it (内地与香港、澳门、台湾, 港澳台同胞来内地) keeps the usage 内地（大陆）.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?<![港澳门]|中国)内地(?:与|和|同|跟|及|以及|、)台湾(?!地区[、和与及]|[、和与及]|同胞[、和与及])|(?<![港澳门][、和与及]|港澳)台(?:湾(?:地区)?|胞)(?:居民|同胞|青年|学生|企业|台商|人士)?(?:与|和|同|跟|及|以及|、)内地|(?<![港澳门][、和与及]|港澳)台(?:湾(?:地区)?|胞)(?:居民|同胞|青年|学生|企业|人士)?[^。；;！？!?\n，,港澳]{0,6}?(?:在|来|赴|到|回|去|进入|前往)内地(?!区|河|湖|港|省份)/g,
    message: '与台湾相对时应称“大陆”，不称“内地”',
  },
  {
    // China set beside Taiwan as a peer in a compound: 中台青年, 中台青少年文化交流营, 中台交流, 中台关系 (两岸青年,
    // 两岸交流). Not a data or business 中台 (数据中台, 业务中台) or a temple (中台禅寺).
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /(?<![数据业务技术能力前后大智慧平台组织研发营销服务内容管理])中台(?:两岸|青年|青少年|少年|儿童|学子|学生|师生|高校|院校|教育|体育|艺术|民众|同胞|人民|交流|关系|合作|双方|经贸|贸易|文化|友好|往来|统一|婚姻|家庭|旅客|游客)/g,
    message: '大陆与台湾应称“两岸”或“海峡两岸”，不称“中台”',
  },
  {
    // Hong Kong's or Macao's return called a handover of sovereignty: 香港主权移交27周年, 澳门主权交接,
    // 英国向中国移交香港主权, 香港移交纪念日 (香港回归祖国; 中国政府恢复对香港行使主权). Not the handing
    // over of a suspect (香港移交逃犯) or of a file.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?:香港|澳门|港澳)主权(?:的)?(?:移交|交接|交还|转移)|(?:移交|交还|交出)(?:了)?(?:香港|澳门|港澳)(?:的)?主权|(?:香港|澳门)(?:移交|交接)(?=[0-9０-９一二三四五六七八九十]+周年|周年|纪念|仪式|之[日际时]|日|以来|前后)/g,
    message: '应称“香港（澳门）回归祖国”或“中国政府恢复对香港（澳门）行使主权”，不称“主权移交”',
  },
  {
    // China set beside Hong Kong as a peer: 中港直通, 中港合作, 中港跨境, 中港往来旅客, 中港青少年同心营,
    // 中港学生, 中港文化交流 (内地与香港). Not 其中港口,
    // a harbour company (中港集团) or a building (中港城).
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?<![其之当集空心途口手家眼水网表图文高初期居暗正从市城华]|(?<![0-9０-９〇零一二三四五六七八九])年)中港(?:两地|直通|跨境|边境|合作|交流|关系|贸易|经贸|货运|物流|通关|居民|旅客|青年|青少年|少年|儿童|学生|学子|师生|家庭|婚姻|同胞|融合|往来|出行|车辆|司机|游客|之间|双方|航线|班车|文化|艺术|体育|高校|院校|教育|民众|市民|同心)/g,
    message: '香港是中国的一部分，不与“中”并称，应称“内地与香港”',
  },
  {
    // Ethnic groups judged as backward: 少数民族群众思想落后、不开化, 彝族同胞愚昧野蛮. Economic
    // backwardness of a region (民族地区发展相对落后) is not a judgement of people.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?:少数民族|民族(?:地区|聚居区?|村寨|同胞|群众)|[\u4e00-\u9fff]族(?:群众|同胞|人|聚居|村民|百姓))[^。！？!?\n]{0,30}?(?<span>(?:思想|观念|人)(?:落后|愚昧|保守)[、，,]?(?:不开化|未开化|没开化|愚昧|野蛮)|(?:素质|文化程度|文化水平|受教育程度)(?:普遍)?(?:低|偏低|低下|较低|不高|差)[、，,]?(?:思想|观念)(?:落后|愚昧|保守|封闭|陈旧)|(?:思想|观念)(?:落后|愚昧|封闭|陈旧)[、，,]?(?:素质|文化程度|文化水平|受教育程度)(?:普遍)?(?:低|偏低|低下|较低|不高|差)|不开化|未开化|没开化|愚昧无知|愚昧野蛮|野蛮落后|愚昧落后|茹毛饮血|蛮夷|蛮子)/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // The people of an ethnic group or region judged backward in one word: 少数民族地区群众思想落后,
    // 藏区农牧民观念愚昧, 彝族同胞思想普遍落后. Backward ways told as a thing to change (引导群众转变
    // 落后观念) or a region's development (民族地区发展相对落后) judge no people.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?:少数民族|民族|藏区|彝区|[\u4e00-\u9fff](?<![家贵部种宗氏水王亲皇])族)(?:地区|聚居区|村寨|牧区|山区)?(?:的)?(?:群众|同胞|村民|百姓|农牧民|牧民|老百姓)(?:普遍|大多|大都|多)?(?:思想|观念|头脑)(?:普遍|较为|比较|相对|十分|非常|极其)?(?:落后|愚昧|封闭|陈旧|不开化)/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // The same judgement before the people it judges: 还没开化的少数民族村寨, 未开化的彝族同胞.
    rule: 'political.discrimination',
    severity: 'block',
    pattern:
      /(?:还没|尚未|没有|未|不)开化的[^。，；！？\n]{0,4}?(?:少数民族|民族(?:地区|村寨|同胞|群众)|[\u4e00-\u9fff]族(?:群众|同胞|人|村寨|村民|百姓))/g,
    message: '对少数民族的歧视性表述，政务新媒体不得发布',
  },
  {
    // A group stereotyped by sex or origin: 女司机就是马路杀手, 女人就是头发长见识短.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:女司机|女人|女的|女性|女生)(?:就是|都是|全是|果然是|简直是|真是|就)(?:马路杀手|头发长见识短|不行|靠不住|事多|麻烦)|马路杀手女司机|头发长见识短/g,
    message: '性别歧视表述，政务新媒体不得发布',
  },
  {
    // Regional discrimination: people of a place judged as a group — 某些地方的人素质就是差,
    // 外地人都是小偷, 河南人素质差, 农村来的人文化就是低. Not 提高农民素质 or 部分群众文明素质不高
    // (no place), not 河南人口素质 (a judgement word must follow).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:(?:某些|有些|个别|那些|这些|那个|这个|有的)(?:地方|地区|省份?|城市|县|村子?)|外地|外省|外乡|农村|乡下|山区|小地方|外来|进城|北京|天津|河北|山西|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|东北|西北|苏北|苏南)(?:来)?的?(?:人|佬|民工|农民工|打工仔|打工的)(?:[^。，；！？\n]{0,4}?(?:素质|人品|品行|文化|道德)(?:就是|都|普遍|太|真|就|也|本来就|一向)?(?:差|低|不行|低下|不高|堪忧|没有|偏低|较低)|(?:就是|都是|大多是?|全是|净是)(?:小偷|骗子|贼|坏人|刁民|穷鬼|土包子))/g,
    message: '地域歧视表述，政务新媒体不得发布',
  },
  {
    // A job closed by sex or origin: 限男性, 只招女生, 外地人勿扰, 农村户口免谈 (就业促进法).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:限|仅限|只招|只限|要求)(?:男性|女性|男士|女士|男生|女生)(?=[，,、；;。）)（(]|$)|(?:外地人|外地户口|外省人|农村户口|农村人|乙肝患者|乙肝携带者|乙肝病毒携带者)(?:一律)?(?:请勿报名|不得报名|勿扰|免谈|谢绝|不要|不招|不予录用)/g,
    message: '招聘中的性别、地域或健康歧视，违反就业促进法',
  },
  {
    // A villagers' committee called a level of government: 村委会作为最基层的一级政府. Villagers'
    // and residents' committees govern themselves (宪法第一百一十一条); the township is the lowest.
    rule: 'political.formulation',
    severity: 'warn',
    pattern:
      /(?:村委会|村民委员会|居委会|居民委员会|村两委|社区居委会)(?:作为|是|属于)(?:我国)?(?:最基层的?)?(?:一级)?(?:政府|基层政府|行政机关|政权)/g,
    message: '村（居）民委员会是基层群众性自治组织，不是一级政府',
  },
  {
    // People judged by sex, age, illness or origin: 女同志心思细、爱唠叨, 45岁以上的老同志接受新事物慢,
    // 乙肝病人一律不得从事餐饮服务, 穷山沟里出来的农民工卫生意识差.
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /(?:女同志|女性|女干部|妇女|女职工)(?:普遍|天生)?(?:心思细|爱唠叨|头发长见识短|情绪化|感性用事)|(?:[0-9０-９]+岁以上的?|年纪大的|老)(?:同志|干部|职工)(?:普遍)?(?:接受新事物慢|脑子慢|跟不上时代|学不会)|乙肝(?:病人|患者|携带者|病毒携带者)[^。；;\n]{0,6}?(?:一律)?(?:不得|不能|禁止|不准)(?:从事|上岗|入学|录用|报名)|(?:穷山沟|山沟沟|乡下|农村)(?:里)?(?:出来|来)的[^。，；\n]{0,6}?(?:人|农民工|打工的)[^。，；\n]{0,6}?(?:素质|卫生意识|文明意识)(?:差|低|不高|淡薄)/g,
    message: '对性别、年龄、疾病或出身的歧视性表述',
  },
  {
    // Cities listed as provinces: 湖北、湖南、广东、深圳、厦门等18个省份.
    rule: 'political.division-hierarchy',
    severity: 'warn',
    pattern:
      /(?:深圳|厦门|青岛|大连|宁波|广州|武汉|成都|杭州|南京|西安|苏州)(?:[、，,和及与][^。；;\n]{0,30}?)?等[0-9０-９一二三四五六七八九十]+个(?:省(?:份|区)?(?!市)|直辖市)/g,
    message: '城市不是省份，列举时应称“省（区、市）”或分别列明',
  },
  {
    // Profiling by ethnicity or accent (对少数民族旅客一律先报告派出所, 留意操东北口音的外地人员) and
    // women judged at the wheel (女司机方向感普遍较差).
    rule: 'political.discrimination',
    severity: 'warn',
    pattern:
      /对少数民族(?:旅客|群众|人员|住客|务工人员)[^。；;\n]{0,6}?(?:一律|要|须|必须)(?:先)?(?:报告|登记|核查|盘查|报备)|(?:留意|注意|提防|警惕)(?:操|带)?[\u4e00-\u9fff]{1,4}口音的(?:外地)?(?:人|人员)|(?:女司机|女性司机|女生|女人)(?:的)?(?:方向感|车技|逻辑)(?:普遍|天生|就是)?(?:较差|差|不行|不好)/g,
    message: '对民族、地域或性别的歧视性表述',
  },
  {
    // China and Hong Kong, Macao or Taiwan called two countries: 中港两国, 中国与香港两国间,
    // 内地和澳门两个国家. 中澳两国 is China and Australia, and only the full 澳门 counts.
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /(?:(?:中国|内地|大陆|祖国)(?:、|和|与|同|及|以及|跟)?(?:香港|澳门|台湾)(?:地区|特区|特别行政区)?|中(?<![其之当集空心途口手家眼水网表图文高初期年居暗正从市城据务术力前后大慧台织发销容理]中)(?:港|台)|港中)(?:两|二)(?:国(?![际有企营内外宝道])|个国家(?!级))/g,
    message: '港澳台是中国的一部分，不能与中国称为“两国”，应称“内地与香港”“两岸”等',
  },
  {
    // Taiwan's leader called a president, whatever the qualifier: 台湾新任总统, 台湾地区现任总统,
    // 台湾的前总统, 蔡英文总统, 总统赖清德 (台湾地区领导人; the lexicon has the bare 台湾总统).
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /台湾(?:地区|当局|岛内)?(?:的)?(?:新任|现任|前任|历任|新一任|下一任|下任|首任|卸任|候任|新当选的?|当选|民选|前)?(?:副)?总统|(?:李登辉|陈水扁|马英九|蔡英文|赖清德)(?:前)?(?:副)?总统|(?:前)?(?:副)?总统(?:李登辉|陈水扁|马英九|蔡英文|赖清德)/g,
    message: '对台湾地区领导人不能称“总统”，应称“台湾地区领导人”',
  },
  {
    // Taiwan's institutions with their 国立 (国立台湾师范大学, 国立台北艺术大学, 国立高雄科技大学):
    // named by a Taiwan place, so the mainland's historical 国立中央大学 or 国立西南联合大学 stay quiet.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /国立(?:台湾|台北|台中|台南|高雄|嘉义|屏东|彰化|新竹|宜兰|花莲|台东|澎湖|金门|基隆|桃园|云林|苗栗|阳明|东华)[\u4e00-\u9fff]{0,8}?(?:大学|学院|学校|中学|高中|博物院|博物馆|图书馆|美术馆|文学馆|纪念馆|科学馆|艺术馆|音乐厅|剧院|医院|研究院|历史馆)/g,
    message: '台湾地区机构不称“国立”，应去掉“国立”（如“台湾师范大学”）',
  },
  {
    // Mainland set against Hong Kong and Macao: 大陆居民赴香港、澳门 (内地居民).
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /大陆(?:居民|游客|同胞|旅客|学生)[^。；;\n]{0,4}?(?:赴|到|去|前往)(?:香港|澳门|港澳)|(?:香港|澳门|港澳)(?:居民|同胞|青年|学生)(?:来|到|赴)大陆/g,
    message: '与香港、澳门相对时应称“内地”，不称“大陆”',
  },
  {
    // A plenary session numbered under the congress instead of the central committee: 党的二十大三中全会,
    // 十九大四中全会 (二十届三中全会: plenums belong to the 届 of the central committee). Not 党的二十大、
    // 二十届三中全会 (two events listed).
    rule: 'political.formulation',
    severity: 'warn',
    pattern: /(?:二十|十[一二三四五六七八九]?)大(?:[一二三四五六七八九]|十)中全会/g,
    message: '中央全会按中央委员会届次称呼，应为“二十届三中全会”等，不称“二十大三中全会”',
  },
  {
    // The core of the party's centre is named 以习近平同志为核心的党中央: a title there (主席, 总书记,
    // 总书记同志) or none is a wrong formulation. Not 以习近平新时代中国特色社会主义思想为指导.
    rule: 'political.formulation',
    severity: 'block',
    pattern: /以习近平(?!同志为核心)[^，,。；;、！？\n为]{0,6}为核心的(?:党中央|中央)/g,
    message: '规范表述是“以习近平同志为核心的党中央”',
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

/** 港澳台 inside an enumeration that ends as countries: 澳门、葡萄牙等国, 新加坡、台湾等国家. */
const LISTED_AS_COUNTRIES = new RegExp(
  `(?:[\\u4e00-\\u9fff]{2,8}(?:、|和|与|及|以及))*${HMT}(?:(?:、|和|与|及|以及)[\\u4e00-\\u9fff]{2,8}?)*?(?:等|两|三|四|五|六|七|八|九|十|多|几)(?:个)?(?:国家|国)(?!和地区|与地区|及地区|或地区|、地区|（地区|\\(地区|地区|家和地区|内|际|外)`,
  'g',
);
const HMT_NAMED = new RegExp(HMT);
/** Words that show the list is of people or things from the region, not of states. */
const NOT_A_LIST_OF_STATES = /同胞|居民|地区|企业|人士|青年|学者|专家|游客|市民|的/;

/** What an enumeration is made of: a match of LISTED_AS_COUNTRIES never leaves such a run. */
const ENUMERATION_UNIT = /[\u4e00-\u9fff、]/;
/** Characters after a run that the expression's closing lookahead may read ((地区, （地区). */
const LOOKAHEAD_REACH = 4;

export function findRegionsListedAsCountries(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // The enumeration search is costly at every character, so it runs only over the runs of Han
  // characters and 、 that name one of the three — the same matches as a search of the whole text.
  const named = new RegExp(HMT, 'g');
  let runEnd = -1;
  for (const hit of text.matchAll(named)) {
    if (hit.index < runEnd) continue;
    let start = hit.index;
    while (start > 0 && ENUMERATION_UNIT.test(text[start - 1]!)) start--;
    runEnd = hit.index + hit[0].length;
    while (runEnd < text.length && ENUMERATION_UNIT.test(text[runEnd]!)) runEnd++;
    const run = text.slice(start, Math.min(text.length, runEnd + LOOKAHEAD_REACH));
    for (const m of run.matchAll(LISTED_AS_COUNTRIES)) {
      if (NOT_A_LIST_OF_STATES.test(m[0])) continue;
      const at = m[0].search(HMT_NAMED);
      out.push({ start: start + m.index + at, end: start + m.index + at + 2 });
    }
  }
  return out;
}
