// Pattern family of the political gate: Hong Kong, Macao and Taiwan wording — 大陆 set against
// Hong Kong and Macao (内地 is the term), the three listed beside China or among countries as if
// they were states (日韩台三国, 新加坡、台湾等国家), 回国 for a trip to the mainland, Taiwan's
// offices by the titles of a state (总统, 国立).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const HMT = '(?:香港|澳门|台湾)';
/** Hong Kong, Macao and Taiwan, also named together (港澳台, 港澳, 港台). */
const HMT_ANY = '(?:港澳台|港澳|港台|澳台|香港|澳门|台湾)';

export const POLITICAL_HMT_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // A route to Hong Kong, Macao or Taiwan counted among the international ones (after
    // heldout-final166): 新增曼谷、新加坡、台北3条国际航线, 首尔、香港等国际航线. Such routes are 地区航线
    // (港澳台航线); 国际及港澳台航线 names them apart, and 香港的国际航线 may be Hong Kong's own.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?:台北|台湾|高雄|台中|桃园|金门|香港|澳门)(?:地区)?(?:[0-9０-９一二三四五六七八九十两]+条|等[0-9０-９一二三四五六七八九十两]*条?)国际(?:航线|航班|直航|客运航线)/g,
    message: '港澳台航线属地区航线，不能计入或称为“国际航线”',
  },
  {
    // Hong Kong, Macao or Taiwan people called overseas Chinese (after final180): 香港华侨陈国栋先生.
    // 华侨 are Chinese citizens settled abroad; those of Hong Kong, Macao and Taiwan are 同胞 at home.
    // A body's own name (香港华侨华人总会) and a returned overseas Chinese living there (澳门归侨) are right.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?:香港|澳门|台湾|港澳|港澳台)(?:地区)?(?:籍)?华侨(?!华人|总会|联合会|联谊会|大学|中学|医院|博物馆|公会|商会|农场)/g,
    message: '港澳台居民不是华侨，应称“香港同胞”“澳门同胞”“台湾同胞”',
  },
  {
    // China and Taiwan paired as two sides (after final179): 推动中台农业合作, 中台经贸交流. The pair is
    // 两岸 or 大陆与台湾; a data or business platform (数据中台, 业务中台) is another word.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?<!数据|业务|技术|能力|智能|平台|营销|运营|管理|服务|前台|后台)中台(?:农业|经贸|经济|文化|青年|合作|交流|关系|贸易|产业|两地|之间|双方)/g,
    message: '台湾是中国的一部分，不能与“中”并列，应称“两岸”或“大陆与台湾”',
  },
  {
    // Hong Kong and Macao people "returning to the country" (回内地); Taiwan counted among
    // countries (日韩台三国).
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /(?:香港|澳门|港澳|台湾)(?:同胞|居民|青年|学生)?回国|[日韩美中]{1,3}台(?:[两三四五]|等)国/g,
    message: '港澳台是中国的一部分：港澳同胞回内地不称“回国”，台湾不与国家并列',
  },
  {
    // Visitors from Hong Kong, Macao or Taiwan said to go home by 回国 later in the sentence (after
    // heldout-final105): 接待了台湾地区基层考察团…考察团成员表示回国后将把这些做法介绍给当地社区; 香港青年
    // 交流团…返国前. Going back to Taiwan is 返台, to Hong Kong 返港; 回国 makes them foreigners. Not when a
    // country is named between (台湾学者与美国专家…美方代表回国后: a 国 in the gap ends the reading), nor
    // 回国 of people of the mainland (留学人员回国; 曾在台湾交流，后赴英深造，2019年回国).
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /(?<=(?:香港|澳门|港澳|台湾|港澳台)(?:地区|特区|特别行政区)?(?:的)?(?:同胞|居民|青年|学生|客人|嘉宾|代表|考察团|交流团|代表团|参访团|访问团|参观团|研学团|师生|企业家|客商|朋友|乡亲|老乡)?(?:(?!留学|深造|赴[英美日韩法德俄加新澳]|出国|出境)[^。；！？\n国外洋籍侨]){0,60}?)(?:回国|返国|归国)(?:后|以后|之后|时|前|途中)?/g,
    message: '港澳台是中国的一部分：港澳台人士返回当地应称“返台”“返港”“返澳”，不称“回国”',
  },
  {
    // Taiwan's authorities by their own names, unquoted: 台湾文化部, 台湾地区教育部, 台湾当局的卫福部,
    // its courts and prosecutors (台湾最高法院, 台湾高等法院; 台湾地区“最高法院”, or the name in
    // quotation marks: 台湾“文化部”), its academy and any agency styled 中央 (台湾中央研究院院士, after
    // final170; 台湾中央气象局, after final174) and its legislature and executive (台湾立法院; 台湾
    // “立法院” is right, which the lexicon, reading through quotation marks, used to flag). A generic
    // 文化部门 or 台湾地区法院 is no name.
    rule: 'political.hmt',
    severity: 'block',
    pattern:
      /台湾(?:地区|当局|岛内)?(?:的)?(?:中央[\u4e00-\u9fff]{0,6}?(?:局|署|院|委员会|银行|大学)|立法院|行政院|总统府|外交部|中研院|文化部|教育部|国防部|经济部|内政部|交通部|财政部|法务部|劳动部|卫生福利部|卫福部|农业部|环境部|数位发展部|数字发展部|侨务委员会|侨委会|大陆委员会|陆委会|国家发展委员会|国发会|金融监督管理委员会|金管会|海洋委员会|国史馆|监察院|考试院|司法院|最高法院|最高行政法院|高等法院|高等行政法院|宪法法庭|最高检察署|高等检察署|最高法院检察署)(?!门)/g,
    message: '台湾地区机构名称须加引号或改用规范表述（如“台湾地区文化主管部门”）',
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
    // Taiwan's word and 内地（大陆） the usage, so a list that goes on to 台 is left alone. So are their
    // students applying to or studying at its schools (香港、澳门籍考生报考大陆高校, 澳门学生就读大陆院校).
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?:香港|澳门|港澳)(?:特别行政区|特区)?(?:(?:、|和|与|及|以及)(?:香港|澳门)(?:特别行政区|特区)?)?(?![、和与及]?(?:以及)?台)(?:地区)?(?:居民|同胞|市民|青年|学生|人士|籍人士|企业|商人|投资者|专业人士|律师|医师|医生|教师|人员|游客|旅客|居民个人)?[^。；;！？!?\n，,台]{0,6}?(?:在|来|赴|到|回|去|进入|前往|来往|往返于?|报考|报读|就读于?|入读|升读|考入|考取)(?:中国)?大陆(?!架|坡|性|漂移|板块|法系|型)/g,
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
    // Macao in it (内地与香港、澳门、台湾, 香港特别行政区、澳门特别行政区、台湾地区及内地, 港澳台同胞来
    // 内地) keeps the usage 内地（大陆）.
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?<![港澳门]|中国)内地(?:与|和|同|跟|及|以及|、)台湾(?!地区[、和与及]|[、和与及]|同胞[、和与及])|(?<![港澳门](?:特别行政区|特区|地区)?[、和与及]|港澳)台(?:湾(?:地区)?|胞)(?:居民|同胞|青年|学生|企业|台商|人士)?(?:与|和|同|跟|及|以及|、)内地|(?<![港澳门](?:特别行政区|特区|地区)?[、和与及]|港澳)台(?:湾(?:地区)?|胞)(?:居民|同胞|青年|学生|企业|人士)?[^。；;！？!?\n，,港澳]{0,6}?(?:在|来|赴|到|回|去|进入|前往)内地(?!区|河|湖|港|省份)/g,
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
    // 中港学生, 中港文化交流 (内地与香港); with Macao or Taiwan too, after a year as well (2024年中港台
    // 大学生文化交流营, 中港澳三地, 中港澳台青年; after heldout-final101). Not 其中港口,
    // a harbour company (中港集团) or a building (中港城).
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /(?<![其之当集空心途口手家眼水网表图文高初期居暗正从市城华]|(?<![0-9０-９〇零一二三四五六七八九])年)中(?:港澳台|港台澳|港澳|港台|台港澳|台港|港)(?:三地|四地|大学生|大中学生|中学生|小学生|大学|青年学生|两地|直通|跨境|边境|合作|交流|关系|贸易|经贸|货运|物流|通关|居民|旅客|青年|青少年|少年|儿童|学生|学子|师生|家庭|婚姻|同胞|融合|往来|出行|车辆|司机|游客|之间|双方|航线|班车|文化|艺术|体育|高校|院校|教育|民众|市民|同心)/g,
    message: '香港是中国的一部分，不与“中”并称，应称“内地与香港”',
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
    // A route or a flight to Hong Kong, Macao or Taiwan called international: 往返大陆与台湾的国际航线,
    // 新开通飞往香港的国际航班, 澳门国际航线, 台北至上海的国际直航 (地区航线, 港澳台航线; after
    // heldout-final95). Not a flight that only passes through (经香港转机的国际航班, 香港飞往东京的国际
    // 航班: 往, 至, 飞, 经, 转 between), nor the lists that name both (国际及地区航线, 国际和港澳台航线) or a
    // proper name (香港国际机场); only a trip from the mainland's side (往返, 飞往, 至, 大陆 … before), so
    // Hong Kong's own network (香港的国际航线覆盖全球) is left.
    rule: 'political.hmt',
    severity: 'warn',
    pattern: new RegExp(
      `(?<=(?:往返|往来|飞往|直飞|前往|开往|开通|新开|至|到|赴|内地|大陆|两岸)[^。，,；;！？!?\\n]{0,8}?)(?:${HMT_ANY}|台北|高雄|台中|桃园|金门)(?:地区|特区|特别行政区)?[^。，,；;！？!?\\n、往至到飞经转和及与]{0,6}?(?:的)?国际(?:客运)?(?:航线|航班|班机|直航|客运航线|包机)`,
      'g',
    ),
    message: '往返港澳台的航线、航班属地区航线，不称“国际航线”',
  },
  {
    // China set against Hong Kong, Macao or Taiwan as the two ends of a trip: 从中国至香港的旅客, 中国往返
    // 澳门的航班, 台湾飞往中国, 香港到中国的直通巴士 (内地至香港, 大陆与台湾; after heldout-final95). Not
    // 中国内地 or 中国大陆 as the end, a firm's name (中国银行, 中国移动), nor Hong Kong's return (回归
    // 中国, the rule above).
    rule: 'political.hmt',
    severity: 'block',
    pattern: new RegExp(
      `(?<![新老旧全])中国(?!内地|大陆)(?:往返|至|到|飞往|前往|去往|开往|直达|直通)${HMT_ANY}|(?:香港|澳门|台湾|港澳)(?:往返|至|到|飞往|前往|去往|开往|直达|直通|入境)中国(?!内地|大陆|[香澳台]|银行|移动|联通|电信|石油|石化|人民|共产党|政府|各地的)`,
      'g',
    ),
    message:
      '港澳台是中国的一部分，行程两端应称“内地（大陆）”与“香港、澳门、台湾”，不称“中国至香港”',
  },
  {
    // Mainland set against Hong Kong and Macao: 大陆居民赴香港、澳门 (内地居民).
    rule: 'political.hmt',
    severity: 'warn',
    pattern:
      /大陆(?:居民|游客|同胞|旅客|学生)[^。；;\n]{0,4}?(?:赴|到|去|前往)(?:香港|澳门|港澳)|(?:香港|澳门|港澳)(?:居民|同胞|青年|学生)(?:来|到|赴)大陆/g,
    message: '与香港、澳门相对时应称“内地”，不称“大陆”',
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
