// Pattern family of the legal gate: illegal goods and services offered, built from a verb and a
// category rather than a fixed term — fake papers (快速办证), account and card trading (买卖实名微信号),
// snooping on personal data (查通话记录), debt collection by force, job scams and illegal labour,
// pirated content, protected wildlife on the menu, tricks to dodge enforcement, and organs for money.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const LEGAL_TRADE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Certificates offered with a promise they check out: 办理毕业证、驾驶证、身份证，诚信可查.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /办理[^。；！？\n]{0,4}?(?:毕业证|学位证|驾驶证|身份证|资格证|假证)[^。；！？\n]{0,12}?(?:可查|可验|包过|诚信)/g,
    message: '疑似制售假证件信息',
  },
  {
    // A deposit asked of a job seeker: 注册时需先垫付198元保证金; a task paid for first and refunded
    // with a commission (刷单): 先垫付后返佣, 垫资下单，返还本金加提成.
    rule: 'legal.job-scam',
    severity: 'warn',
    pattern:
      /(?:先|需先|需要先|须先|要先)(?:垫付|缴纳|交纳|支付|交)[0-9０-９]+元?(?:的)?(?:保证金|押金|会员费|入会费|激活费|培训费|工本费)|(?:垫付|垫资|垫钱)[^。；！？\n]{0,8}?(?:返佣|返利|返现|返款|返还本金|本金返还|佣金|提成)/g,
    message: '要求求职者先行垫付费用，疑似刷单、兼职诈骗',
  },
  {
    // A deposit or fee that buys a job (after heldout-final102): 报名时自愿缴纳2000元保证金的考生可优先
    // 录用, 交纳500元押金后即可安排上岗, 优先录用已缴纳岗位保证金的应聘者. An employer may not take a
    // deposit or property from a job seeker (劳动合同法 第九条, 就业服务与就业管理规定); a hiring
    // that puts payers first sells the post. Exam and health-check fees (考试费, 体检费) buy no job, and
    // a ban (不得收取保证金) names no sum.
    rule: 'legal.job-scam',
    severity: 'warn',
    pattern:
      /(?<!不得|严禁|禁止|不准|无需|无须|不用|不需要?|不再)(?:缴纳|交纳|缴|交|支付|付)(?:了)?[^。；！？\n]{0,4}?[0-9０-９一二三四五六七八九十百千万两]+(?:元|块)(?:钱)?(?:的)?(?:风险|岗位|就业|入职|录用)?(?:保证金|押金|抵押金|风险金|培训费|服装费|工装费|介绍费|好处费|入职费|岗位费)[^。；！？\n]{0,12}?(?:优先|即可|就能|就可以?|才能|方可|可以?)(?:优先)?(?:录用|录取|聘用|上岗|入职|安排(?:工作|岗位|上岗)|考虑)|优先(?:录用|录取|聘用|安排)[^。；！？\n]{0,8}?(?:缴纳|交纳|交|缴)(?:了)?[^。；！？\n]{0,6}?(?:保证金|押金|抵押金|风险金|培训费|介绍费|岗位费)/g,
    message: '招聘中以缴纳保证金、押金等费用换取录用，违反劳动合同法规定，疑似招聘诈骗',
  },
  {
    // A licence got through an agent without its exam, or its paper in days without the exam (after
    // heldout-final102): 网上代办安全生产许可证、特种作业操作证，不用考试，三天出证; 代办电工证，无需
    // 参加考试. Such papers are forged or obtained by fraud. Renewing a licence (驾驶证期满换证无需考试)
    // names no agent and promises no paper.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:代办|代考|包办|帮办|快速办理?)(?:各类|各种)?[^。；！？\n]{0,24}?(?:证|证书|执照|驾照)[^。；！？\n]{0,16}?(?:(?:无需|无须|不用|不需要|免|不必)(?:参加|去|本人)?(?:任何)?(?:考试|考核|培训|理论考试|实操考试)|不考试|免考|免试)|(?:(?:无需|无须|不用|不需要|免|不必)(?:参加|本人)?(?:考试|考核|培训)|不考试|免考|免试)[^。；！？\n]{0,10}?[0-9０-９一二三四五六七八九十两]+(?:天|日|个工作日)(?:即可|就能|就可|便可)?(?:拿证|出证|下证|领证|取证|发证)/g,
    message: '代办证件并称免考、数日出证，疑似制售假证或以欺骗手段取得证件',
  },
  {
    // A certificate that rests on an assessment offered to those who have not had it (after
    // heldout-final105): 可协助尚未经过残疾评定的群众办理残疾证, 不用评残也能办残疾证, 没参加考试也可以帮忙
    // 拿到电工证, 无需体检即可办理健康证. 残疾人证 follows the 残疾评定, a health certificate the check-up, a
    // licence its exam; a certificate without it is obtained by fraud (残疾人证管理办法, 刑法 第二百八十条).
    // A refusal (未经评定的不予办理残疾证), a renewal (驾驶证期满换证无需考试) and a card that needs no
    // assessment (老年优待证) are not read.
    rule: 'legal.fake-documents',
    severity: 'warn',
    pattern:
      /(?:尚未|还没有?|没有?|未|不用|无需|无须|不需要?|免|不经过?|跳过)(?:经过|参加|进行|做|通过)?(?:残疾|伤残|评残)?(?:等级)?(?:评定|鉴定|评残|体检|考试|考核|培训考核)(?:的)?[^。；！？\n]{0,12}?(?<!不予|不能|不得|无法|不可|不会|禁止|严禁|拒绝|不)(?:也能|也可以?|照样|就能|就可以?|即可|便可|可以?|协助|帮忙|帮|代为?)?(?:办理|办|领取|领到|拿到|取得|申领|办下)(?:到)?(?:残疾人?证|残疾证明|伤残证|健康证|驾驶证|驾照|电工证|焊工证|操作证|上岗证|从业资格证|资格证书?|职业资格证书?|技能等级证书?)/g,
    message: '为未经评定、体检或考试的人办理残疾证、健康证、资格证等，涉嫌以欺骗手段取得证件',
  },
  {
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:快速|加急|当天|专业|诚信|保真|包过|代)办(?:证|假证|文凭|学历|驾照)|办(?:证|文凭|学历)[^。；！？\n]{0,8}?(?:出货|包过|可查|可验证|一比一|扫码)/g,
    message: '疑似制售假证件信息',
  },
  {
    rule: 'legal.account-trade',
    severity: 'block',
    pattern:
      /(?:高价|长期|大量|批量)收(?:购)?(?:卡|U盾|网银|对公户?)|收(?:一类|二类|三类)卡|(?:买卖|出售|出租|收购|回收|批发|贩卖)(?:各类|各种|大量|批量)?(?:实名|白号|老号|银行)?(?:微信号|QQ号|qq号|抖音号|支付宝账?号|银行卡|手机卡|电话卡|对公账户|四件套|账号)/g,
    message: '买卖账号、银行卡属违法行为',
  },
  {
    rule: 'legal.personal-data-trade',
    severity: 'block',
    pattern:
      /(?:查|调取|调|定位|监控)(?:他人|对方|对象|老公|老婆|别人)?(?:的)?(?:通话记录|聊天记录|开房记录|出行记录|行踪|手机位置)|(?:查询|查看|查找|获取|调阅|查到)(?:他人|对方|别人|任何人|任意人|配偶|老公|老婆|对象)(?:的)?(?:[\u4e00-\u9fa5]{0,2}(?:通话记录|聊天记录|开房记录|住宿记录|出行记录|出行信息|行程轨迹|行踪轨迹|行踪|手机定位))|黑客服务|(?:改|修改)(?:成绩|学籍|征信)(?=[，,、。！!]|$)/g,
    message: '非法获取公民个人信息或黑客服务',
  },
  {
    // Invoices sold: 代开发票, 代开各类增值税专用发票 (代开 and 虚开 reach past a longer kind of invoice),
    // and the terms of an invoice seller in either order: 发票…不限品名、不限额度, 点数低…专票, 真票可查.
    // A tax office issuing one for a taxpayer (向税务机关申请代开增值税专用发票) sells nothing.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:(?<!(?:税务|申请|申领|办税)[^。，；！？\n]{0,8})代开|虚开)[^。，；！？\n]{0,10}?(?:发票|专票|普票)|(?:出售|代办)[^。，；！？\n]{0,6}?(?:发票|专票|普票)|(?:发票|专票|普票)[^。；！？\n]{0,12}?(?:不限品名|品名不限|品名任选|任意品名|点数低|低点数|票点低|真票可查|真票可验)|(?:不限品名|品名不限|品名任选|点数低|票点低)[^。；！？\n]{0,12}?(?:发票|专票|普票)|(?:出售|贩卖|代办)[^。，；！？\n]{0,8}?(?:证书|学位证|毕业证|资格证|文凭)/g,
    message: '虚开、代开发票属违法行为',
  },
  {
    rule: 'legal.illegal-service',
    severity: 'block',
    // Also the means of a collection told as allowed (after heldout-final106): 可以采取上门堵门、在其
    // 住处喷漆等方式催收, 通过骚扰其亲友的办法催债.
    pattern:
      /(?:专业|代客|帮人|上门|暴力)(?:讨债|追债|要债|催收)|讨债公司|(?:堵门|泼(?:油)?漆|喷漆|泼粪|(?:骚扰|威胁|恐吓)(?:其)?(?:亲友|家人|家属|通讯录)|爆通讯录|限制(?:其)?人身自由)[^。；！？\n]{0,16}?(?:等)?(?:方式|手段|办法|方法)(?:进行|来)?(?:催收|讨债|追债|要债|催债|索债)/g,
    message: '非法讨债、暴力催收信息',
  },
  {
    // Pirated content: 盗版影视, 破解版软件, and new films offered free through a site or a link (登录某网站
    // 免费观看各类院线新片高清资源). A cinema's free public screening (公益放映《城南旧事》, 暑期公益观影活动，
    // 市民可免费观看院线大片，地点：市文化馆放映厅) offers no download.
    rule: 'legal.illegal',
    severity: 'block',
    pattern:
      /盗版(?:影视|电影|视频|资源|软件|书籍)|破解版(?:付费)?软件|(?:网站|网址|网盘|平台|APP|app|链接|公众号|二维码)[^。；！？\n]{0,12}?免费(?:观看|看|下载)[^。；！？\n]{0,8}?(?:院线新片|院线大片|院线电影|正在热映|热映新片|新上映)|(?:院线新片|院线大片|热映新片|正在热映)[^。；！？\n]{0,8}?(?:高清资源|枪版|资源下载)|(?:院线新片|院线大片|热映新片)[^。；！？\n]{0,4}?免费(?:观看|下载)(?=[^。；！？\n]{0,12}?(?:链接|网盘|公众号|网站|扫码|下载))/g,
    message: '传播盗版内容',
  },
  {
    // Lists of people sold by the batch: 出售…业主名单/车主信息, 一万条起售, 每条0.5元.
    rule: 'legal.personal-data-trade',
    severity: 'block',
    pattern:
      /(?:出售|贩卖|售卖|买卖|批发|打包出售|代售|转让)[^。；！？\n]{0,10}?(?:业主|车主|家长|学生|新生儿|客户|股民|患者|孕妇|宝妈|企业主|贷款|用户|会员|楼盘|小区)(?:的)?(?:名单|数据|信息|资料|电话|号码|通讯录)|(?:名单|数据|信息|资料|号码)[^。；！？\n]{0,10}?(?:[0-9０-９一二三四五六七八九十百千万]+条起(?:售|卖|发|步)?|按条(?:计价|收费|出售)|每条[0-9０-９.]+元)/g,
    message: '出售公民个人信息属违法行为',
  },
  {
    // Fake degrees offered with a promise that they check out: 学信网可查, 三天出证 beside a
    // certificate (毕业证、学位证均可办理).
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /学信网可(?:查|查询|验证)|(?:毕业证|学位证|学历证?书?|文凭|职称证|资格证|四六级证书?)[^。；！？\n]{0,30}?(?:[0-9一二三四五六七八九十两]+天出证|包过|可查可验|一比一|假一赔十)/g,
    message: '疑似制售假证件信息',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern:
      /(?:穿山甲|娃娃鱼|大鲵|果子狸|野生[\u4e00-\u9fff]{1,4})[^。；！？\n]{0,10}?(?:现杀现做|现杀|现宰|有售|出售|收购|大量供应|欢迎品尝|特色菜)/g,
    message: '疑似买卖、食用野生保护动物',
  },
  {
    // Dodging enforcement taught: 教你几招躲避酒驾查处, 如何避开交警查酒驾.
    rule: 'legal.illegal',
    severity: 'block',
    pattern:
      /(?:教你|教大家|分享|如何|怎样|怎么|几招|妙招|秘籍)[^。；！？\n]{0,6}?(?:躲避|逃避|规避|避开|绕开|应付)[^。；！？\n]{0,4}?(?:酒驾|查酒驾|交警|电子眼|测速|检查|查处|执法)/g,
    message: '传授规避执法的方法',
  },
  {
    // Social insurance withheld from employees: 试用期员工不缴纳社保, 临时工一律不买五险一金; not
    // a reader's question (试用期内单位可以不缴社保吗？).
    rule: 'legal.labour',
    severity: 'warn',
    pattern:
      /(?:试用期|临时工|实习期|学徒期|农民工)[^。；！？\n]{0,8}?(?:不缴纳|不缴|不交|不买|不办理|不参加|一律不买|不予缴纳)(?:社保|社会保险|五险一金|五险|工伤保险|养老保险)(?![^。；！？\n]{0,3}[吗？?])/g,
    message: '不依法缴纳社会保险，违反《社会保险法》《劳动合同法》',
  },
  {
    // Personal data sold by kind of owner: 出售全国各地新生儿家长、小区业主资料, 打包出售车主信息,
    // 贩卖股民名单.
    rule: 'legal.personal-data-trade',
    severity: 'block',
    pattern:
      /(?:出售|贩卖|售卖|倒卖|兜售|打包出售|打包卖|收购)[^。；！？\n]{0,20}?(?:业主|车主|家长|股民|客户|公民|新生儿|患者|孕妇|学生|老人|会员|快递|网购)[^。；！？\n]{0,12}?(?:资料|信息|数据|名单|号码|手机号)/g,
    message: '买卖公民个人信息属违法行为',
  },
  {
    // Papers made to order with 办理 (专业办理毕业证、学位证, 加急办理职称证): degrees and titles,
    // not 快速办理身份证 at a police window.
    rule: 'legal.fake-documents',
    severity: 'block',
    pattern:
      /(?:快速|加急|当天|专业|诚信|保真|包过)办理(?:各类|各种|全国|国内|海外)?(?:毕业证|学位证|学历证书?|文凭|职称证|职称证书|资格证书?|四六级证书?)/g,
    message: '疑似制售假证件信息',
  },
  {
    // Organs for money: 通过民间中介渠道有偿获取肾源, 高价收购肾源, 出售肾脏, 器官中介. The law forbids any
    // trade in human organs (人体器官捐献和移植条例); a donation (无偿捐献) is none, and a warning
    // (严禁买卖人体器官) only informs.
    rule: 'legal.illegal',
    severity: 'block',
    pattern:
      /(?:有偿|花钱|付费|高价|出钱)(?:获取|获得|购买|买到|买|提供|出售|收购|转让)[^。；！？\n，,]{0,4}?(?:肾源|肝源|器官|肾脏|肝脏|眼角膜|角膜)|(?:买卖|出售|收购|倒卖|贩卖|购买)(?:人体)?(?:器官|肾源|肝源|肾脏|肝脏|眼角膜)|(?:肾源|肝源|器官)(?:中介|买卖|交易)/g,
    message: '买卖人体器官信息，违反人体器官捐献和移植条例',
  },
]);
