// Families of the confidentiality gate for a classification marking: a level written as a field
// (密级：机密, 保密期限：10年), a marking (机密★1年, 绝密级, （秘密）) and a bare level on its own line —
// not a marking explained (表示该文件密级为机密) or quoted as an example of the format (例如“机密★10年”).
import type { Family } from './confidentiality-family.ts';
import { MEANING, MEANING_OF_LEVEL_BEFORE } from './confidentiality-internal.ts';

/**
 * A document's level marked: 绝密★长期, 机密级, （秘密）, and a level in brackets with its reading
 * limit after a comma (《…方案》（绝密，仅限指挥部成员单位主要负责人阅）, （机密，不得翻印）) — not a
 * list of the levels (（绝密、机密、秘密）).
 */
const MARKING =
  /[★☆]\s*(?:绝密|机密|秘密)|(?:绝密|机密|秘密|涉密)\s*[★☆*＊]\s*(?:\d+\s*(?:年|个月)|长期)?|(?:绝密|机密)(?:文件|级|等级)|[（(](?:绝密|机密|秘密)[）)]|[（(](?:绝密|机密|秘密)(?:级)?[，,；;](?!绝密|机密|秘密)[^（）()\n]{0,30}?(?:仅|限|不得|严禁|禁止|保密期限|翻印|复制|外传|回收|收回)[^（）()\n]{0,30}?[）)]/g;

/**
 * A bare level as a marking: at a line start or an attachment's label (附件：秘密 2024年…方案), followed
 * by a separator, 期限 or the line end.
 */
const LINE_MARKING =
  /(?<=^|\n|附件[0-9０-９]{0,2}[：:][ \t\u3000]{0,2})[ \t\u3000【[（(]*(?:绝密|机密|秘密)(?=[ \t\u3000，,★☆*＊·】\]）)]|期限|$|\n)/g;

/**
 * A marking quoted as an example of the format (国家秘密标志由密级和保密期限组成，例如“机密★10年”, 例如
 * 标注“绝密★长期”), or the next in a run of quoted examples (“机密★5年”“秘密★1年”): secrecy publicity
 * explains it, no document carries it. A paper described as marked (试卷首页标注“绝密★启用前”) carries it.
 */
const EXAMPLE_BEFORE =
  /(?:例如|比如|譬如|例|如|即|格式为|格式是|写作|写为|写成|标注为|标为|形如|样式为)[：:]?\s*[“"「『]$|(?:例如|比如|譬如)[^“”"「」『』。；\n]{1,4}[“"「『]$|[★☆][^“”"「」『』]{0,5}[”"」』](?:[、，,]|和|或|及|与)?[“"「『]$/;

const MARKING_MESSAGE = '含国家秘密密级标志，涉密内容严禁公开发布';

/**
 * A classification marking written as a field of the document: 密级：机密, 文件密级为秘密, 保密期限：10年.
 */
const LEVEL_FIELD =
  /密级\s*(?:[：:]|为|是)\s*(?:绝密|机密|秘密)|保密期限\s*[：:]\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:年|个月)|长期)/g;
/**
 * The fields of a marking explained, not given: secrecy publicity reads 机密★10年 as 表示该文件密级为
 * 机密、保密期限为10年. A clause opened by 表示, 意味着, 即 … up to the field gives no document's level.
 */
const EXPLAINED_BEFORE = new RegExp(`${MEANING}[^。；;，,！？!?\\n：:]{0,12}$`);

/** A level or a secrecy period written as a field of the document. */
export const LEVEL_FIELD_FAMILIES: Family[] = [
  {
    re: LEVEL_FIELD,
    notAfter: EXPLAINED_BEFORE,
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: MARKING_MESSAGE,
  },
];

/** A marking, and a bare level on its line. */
export const MARKING_FAMILIES: Family[] = [
  {
    re: MARKING,
    notAfter: new RegExp(`${EXAMPLE_BEFORE.source}|${MEANING_OF_LEVEL_BEFORE.source}`),
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: MARKING_MESSAGE,
  },
  // The level word itself, at the end of what LINE_MARKING matched.
  {
    re: LINE_MARKING,
    tail: 2,
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: MARKING_MESSAGE,
  },
];
