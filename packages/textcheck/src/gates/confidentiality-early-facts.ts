// Families of the confidentiality gate for facts told before they may be: an exam question that is
// still being settled (今年中考作文题初步定为…, 据悉期末统考数学压轴题拟定为…), where a militia or
// army store of arms is (民兵武器库位于镇政府后院二楼, 枪弹库设在人武部大楼地下一层), the coordinates of
// a military facility (军事设施，坐标为北纬34°48′12″、东经113°39′05″), and who is to take
// a post not yet filled (镇党委书记一职拟由县农业农村局副局长接任). A 任前公示 publishes a candidate on
// purpose, and questions told after the exam (今年高考作文题为…) are public. Same shape as the gate's
// own families (confidentiality-family.ts).

export interface EarlyFactFamily {
  re: RegExp;
  rule: string;
  severity: 'block' | 'warn';
  message: string;
  when?: (text: string) => boolean;
}

/** Someone who sets the exam: 命题组老师, 出题人, 参与命题的专家. */
const SETTER =
  '(?:(?:参与|参加)了?(?:本次|今年|这次)?(?:命题|出题)(?:工作)?的|(?:命题|出题)(?:组|人|专家组?|老师|专家)的?)(?:老师|专家|成员|人员|负责人|朋友|同志)?';
/**
 * The exam is still to come; an analysis after it (考后, 解析, 评析) tells nothing early, and a rumour
 * refuted (网传“命题组老师透露…”系谣言) tells nothing at all.
 */
const BEFORE_EXAM = (text: string): boolean =>
  /距离?[^。；！？\n]{0,12}?(?:考试|开考|中考|高考|笔试|面试|考研|统考)还有|考前|即将(?:开考|举行|进行)|将于[^。；！？\n]{0,12}?(?:举行|进行|开考)|(?:明天|明日|后天|下周|本周|周末)[^。；！？\n]{0,10}?(?:考试|开考|中考|高考|笔试|面试|统考)|复习|备考|冲刺|尚未开考/.test(
    text,
  ) &&
  !/考后|考试结束|已结束|落下帷幕|解析|点评|答案|回顾|评析|试题分析/.test(text) &&
  !/谣言|谣传|辟谣|不实|虚假|诈骗|骗局|轻信|上当/.test(text);

/** A military site, not a weather radar or a memorial (军事博物馆 is public). */
const MILITARY_SITE =
  '(?:武器库|枪弹库|弹药仓库|民兵训练基地|军事设施|军事禁区|军事管理区|军事目标|军事基地|营区|营房|兵营|导弹|阵地|哨所|弹药库|军用机场|军用雷达|军港|指挥所|发射场|军工厂|军械库|油料库|洞库|雷达站(?<!(?:气象|天气|多普勒|测风|风廓线)雷达站))';
/** A latitude or longitude in degrees (北纬34°48′, 东经113.6度), or a decimal pair after 经纬度/坐标. */
export const COORDINATE =
  '(?:(?:北纬|南纬|东经|西经)\\s*[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?\\s*[°度](?:\\s*[0-9０-９]{1,2}\\s*[′\\u0027分](?:\\s*[0-9０-９]{1,2}(?:[.．][0-9０-９]+)?\\s*[″"秒])?)?|(?:经纬度|坐标)[^。；！？\\n]{0,4}?[0-9０-９]{2,3}[.．][0-9０-９]{3,}\\s*[，,、/]\\s*[0-9０-９]{2,3}[.．][0-9０-９]{3,})';

const NOT_A_NOTICE = (text: string): boolean =>
  !/现予以?公示|特此公示|公示期|公示时间|公示如下|任前公示/.test(text);

export const EARLY_FACT_FAMILIES: EarlyFactFamily[] = [
  {
    // An exam question told while still provisional: 作文题初步定为“身边的光”, 数学压轴题拟定为…,
    // 据内部消息，今年面试题目暂定为…. The exam named before it in the sentence.
    re: /(?:中考|高考|考试|统考|期末|期中|月考|联考|会考|学考|模考|笔试|面试|考研|公考|选调)[^。；！？\n]{0,24}?(?:作文题目?|作文|试题|考题|真题|压轴题|大题|题目|申论题|面试题)(?:已经?)?(?:初步|暂|拟|内定|基本|大致|暂时)(?:定为|确定为|敲定为|拟定为|定了|敲定|确定|拟定)/g,
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前公开拟定的试题内容，属泄露国家教育考试秘密',
  },
  {
    // What a coming exam stresses, told as heard from its setters: 据命题组老师透露，今年重点在…, 一位
    // 参与出题的专家说今年必考…, 听出题人讲作文侧重…. Before the exam only.
    re: new RegExp(
      `(?:据|听)?(?:一位|一名|某位)?${SETTER}(?:私下|悄悄|内部)?(?:透露|爆料|表示|称|说|讲|告诉|提醒|剧透)[^。；！？\\n]{0,30}?(?:重点|范围|方向|考点|题型|作文|大题|试题|考题|必考|侧重|押中|会考|要考|考查)`,
      'g',
    ),
    when: BEFORE_EXAM,
    rule: 'confidentiality.exam-content',
    severity: 'block',
    message: '考试前以命题人员为来源透露考试内容，属泄露国家教育考试秘密',
  },
  {
    // Where arms are stored, down to the building: 民兵武器库位于镇政府后院二楼, 枪弹库设在人武部大楼
    // 地下一层, 军械仓库就在营区东侧第三栋. Not a metaphor (法治武器库) or a rule (武器库实行双人双锁).
    re: /(?:民兵|人武部|武装部|部队|军分区|营区)?(?:武器库|(?:轻)?武器仓库|武器弹药库|枪弹库|枪械库|枪库|军械库|军械仓库|弹药仓库|装备仓库|民兵装备库)(?:的)?(?:具体位置|入口)?(?:位于|设在|设于|就在|建在|坐落于?|在)[^。；！？\n，,]{2,30}?(?:[0-9０-９一二三四五六七八九十]+(?:楼|层|号|栋|幢|室)|地下|后院|院内|楼内|楼上|楼下|东侧|西侧|南侧|北侧|隔壁|旁边|后面)/g,
    rule: 'confidentiality.military-facility',
    severity: 'block',
    message: '公开武器弹药库的具体位置，涉及国家秘密',
  },
  {
    // A military facility pinned by coordinates: 雷达站系部队重要军事设施，坐标为北纬34°48′12″、东经
    // 113°39′05″; 导弹阵地经纬度（34.8035，113.6514）. An epicentre, a weather radar or a park located
    // by coordinates names no military facility, and a no-fly notice without them locates nothing.
    re: new RegExp(
      `${MILITARY_SITE}[^。；！？\n]{0,40}?${COORDINATE}|${COORDINATE}[^。；！？\n]{0,40}?${MILITARY_SITE}`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开军事设施的坐标、经纬度，涉及国家秘密',
  },
  {
    // A post to be filled by someone not yet appointed: 镇党委书记一职拟由县农业农村局副局长接任, 局长
    // 职务将由李某某接替, 校长人选拟由副校长王某担任, 主任人选已基本敲定，将由…院长孙某接任.
    re: /(?:书记|局长|主任|县长|区长|市长|镇长|乡长|部长|处长|科长|所长|院长|校长|主席|站长|队长)(?:一职|职务|岗位|人选|的位置)(?:已经?(?:初步|基本)?(?:确定|敲定|内定|明确)[，,]?)?(?:拟|将|拟定|初步确定|初定|内定|或将|有望)由[^。；！？\n，,]{2,24}?(?:接任|出任|担任|兼任|接替|代理|主持)/g,
    when: NOT_A_NOTICE,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '未经公示的干部调整人选属工作秘密，不宜公开发布，请核实',
  },
];

/**
 * A secret term as the subject of a handling rule in its clause (涉密文件不在微信中传输, 涉密计算机不
 * 接入互联网, 涉密载体严禁通过普通邮寄传递): secrecy publicity, not a marking. A ban on passing on
 * (内部资料请勿外传) still marks the material: only channels and handling verbs count here.
 */
export const FORBIDS_AFTER =
  /^[^。；;，,！？!?\n]{0,6}?(?:不|严禁|禁止|不得|不准|不能|一律不得?|不要|切勿)(?:在|通过|用|使用|经|利用|接入|连接|存储|存放|传输|传递|处理|携带|带出|拍摄|带回|带离|上传到?|录入)/;
