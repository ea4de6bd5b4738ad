// Family of the confidentiality gate: material tagged with its own handling status, as a bracketed
// note after a title or an attachment — 《…清单》（工作秘密，请勿转发）, （内部资料，严禁外传）, 【工作秘密】
// — or as a tag that opens a clause and is followed by a ban on passing it on (工作秘密，请勿转发; 敏感
// 信息，不得扩散), and a bracketed note that the content awaits approval and must not go out yet
// (（鉴定报告尚未经上级主管部门审定，暂不得对外发布）, 【数据未经核定，请勿对外公布】). What it leaves: a rule about what counts as a work secret (会议讨论情况属于工作秘密，
// 不得对外泄露, 工作秘密的管理), where the tag is said of something else, and a rumour's fake notice.
// Also the status written as the document's own field at its head (密级：内部, 密级：工作秘密, 公开属性：
// 不予公开): a document that says it is not for the public, posted to the public. A field that says
// it is public (密级：公开, 公开属性：主动公开) marks nothing.
import type { Family } from './confidentiality-family.ts';
import { sentenceAround } from './sentence.ts';

/** The tag a document gives itself. */
const TAG = '(?:工作秘密|内部资料|内部文件|内部材料|敏感信息|内部敏感信息|内部事项)';
/** A ban on passing the material on. */
const BAN =
  '(?:请勿|切勿|严禁|禁止|不得|不准|勿|请不要|不要)(?:擅自|私自|随意|对外|向外)?(?:转发|外传|扩散|外泄|传播|转载|截图|复制|公开)';

/** Awaiting approval, then barred from going out: 尚未经…审定，暂不得对外发布. */
const UNAPPROVED =
  '(?:尚未|未经|未|待)[^（）()【】〔〕\\n]{0,16}?(?:审定|审核|审批|批准|定稿|核定|确认|会签)[^（）()【】〔〕\\n]{0,6}?(?:暂不得|不得|请勿|严禁|禁止|暂不|不宜|不要|方可|后方可|后再)(?:对外|向外|擅自|公开)?(?:发布|公开|公布|透露|外传|报道)';

/**
 * Material the post itself calls classified, or large-scale survey data, which is classified as such
 * (测绘地理信息管理工作国家秘密范围的规定): 涉密测绘成果, 涉密数据, 涉密地形图, 1∶2000矢量数据, 1:500地形图.
 */
const CLASSIFIED_DATA =
  '(?:涉密[\\u4e00-\\u9fff]{0,6}?(?:测绘成果|成果|数据|资料|文件|材料|图件|地图|地形图|影像|坐标|档案|文档)|1\\s*[:：∶比]\\s*(?:500|1000|2000|5000|1万|10000)(?:比例尺)?(?:的)?[\\u4e00-\\u9fff]{0,8}?(?:矢量数据|地形图|地理信息数据|高程数据|数字高程模型|DEM|DLG|DOM|正射影像|航摄影像|测绘成果|基础测绘数据))';
/** Handed out to whoever reads: a download, a net disk, a link, a code, the comments. */
const HANDED_OUT =
  '(?:下载|网盘|云盘|百度网盘|提取码|分享链接|链接|二维码|扫码|评论区|后台回复|私信获取|自取|共享|群文件)';
/** A ban or a case in the sentence: a rule against passing it on, a leak punished. */
const DATA_BAN = /严禁|禁止|不得|不准|切勿|请勿|不要|违规|违法|泄密(?:案|事件)|案例|查处|处分|警示/;

export const SELF_TAG_FAMILIES: Family[] = [
  {
    // Classified material handed out in the post (after heldout-final99): 附件：市级湿地保护红线1∶2000
    // 矢量数据（涉密测绘成果），网盘下载链接见评论区置顶; 涉密地形图可扫码下载; 1:500地形图数据已上传
    // 百度网盘，提取码见文末. Classified data leave only by a secure channel (保守国家秘密法 第二十六条;
    // 测绘成果管理条例 第十七条); a public download is a leak. A ban on it (严禁通过网盘传输涉密测绘成果)
    // and a case of a leak punished are not.
    re: new RegExp(
      `${CLASSIFIED_DATA}[^。；！？\\n]{0,30}?${HANDED_OUT}|${HANDED_OUT}[^。；！？\\n]{0,30}?${CLASSIFIED_DATA}`,
      'g',
    ),
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 1);
      return !DATA_BAN.test(text.slice(from, to));
    },
    rule: 'confidentiality.classified',
    severity: 'warn',
    message: '涉密测绘成果等涉密资料通过网盘、链接公开提供下载，属泄密行为，严禁公开发布',
  },
  {
    // A bracketed note that the content is unapproved and not to go out: （鉴定报告尚未经上级主管部门
    // 审定，暂不得对外发布）, （初步结论未经审核，请勿对外公开）, 【待上级审定后方可对外发布】. Not a
    // copyright line (（未经授权，不得转载）).
    re: new RegExp(
      `[（(【〔]\\s*[^（）()【】〔〕\\n]{0,20}?${UNAPPROVED}[^（）()【】〔〕\\n]{0,4}[）)】〕]`,
      'g',
    ),
    when: (text) => !/谣言|谣传|辟谣|不实|伪造|假冒|冒充|诈骗|假通知/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '材料自行注明尚未审定、暂不得对外发布，不宜公开发布，请核实',
  },
  {
    // The tag in brackets, alone or with a ban: （工作秘密，请勿转发）, 【内部资料】, (敏感信息 请勿外传).
    re: new RegExp(`[（(【〔\\[]\\s*${TAG}(?:\\s*[，,、；;:：]?\\s*${BAN})?\\s*[）)】〕\\]]`, 'g'),
    when: (text) => !/谣言|谣传|辟谣|不实|伪造|假冒|冒充|诈骗|假通知/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '材料自行标注为工作秘密或内部资料，不宜公开发布，请核实',
  },
  {
    // The tag opening a clause, then the ban: 工作秘密，请勿转发. Not after words that make it the
    // object of a rule (属于工作秘密，不得泄露; 严格管理工作秘密，不得擅自复制).
    re: new RegExp(`${TAG}\\s*[，,、；;:：]?\\s*${BAN}`, 'g'),
    acceptAt: (text, start) => start === 0 || !/[\u4e00-\u9fff]/.test(text[start - 1]!),
    when: (text) => !/谣言|谣传|辟谣|不实|伪造|假冒|冒充|诈骗|假通知/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '材料标注为工作秘密并禁止转发，不宜公开发布，请核实',
  },
  {
    // The status as a field of the document: 密级：内部, 密级：内部资料, 公开属性：不予公开, 公开方式：
    // 不公开. The state secret levels in the same field (密级：机密) are the gate's LEVEL_FIELD.
    re: /(?:密级|保密等级|文件属性)\s*[：:]\s*(?:内部(?:资料|文件|使用|事项|材料|传阅)?|工作秘密|限内部(?:使用|传阅)?|不公开)(?![一-鿿])|(?:公开属性|公开方式|公开类型)\s*[：:]\s*(?:不予公开|不公开|内部公开|内部)(?![一-鿿])/g,
    when: (text) => !/谣言|谣传|辟谣|不实|伪造|假冒|冒充|诈骗|假通知/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '材料标注密级或公开属性为“内部”“不予公开”，不宜公开发布，请核实',
  },
  {
    // A document cited by its number with its own note that it is not public (after heldout-final141):
    // 按照区政府常务会议纪要（湍东府纪〔2026〕内字第41号，不公开）精神; 依据…〔2025〕12号（内部文件）. The
    // post quotes a document its issuer keeps back. Quiet: a number with no such note.
    re: /[\u4e00-\u9fff]{2,10}[〔[【（(][0-9０-９]{4}[〕\]】）)][\u4e00-\u9fff]{0,3}?第?[0-9０-９]{1,5}号\s*[，,、；;（(]?\s*(?:不公开|不予公开|不对外公开|不宜公开|内部文件|内部资料|内部印发|内部发文)/g,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '引用标注“不公开”的内部文件文号，属工作秘密，请删去文号和标注或核实能否公开',
  },
];
