// Families of the confidentiality gate for a document that limits its own copying and passing on:
// 不得翻印, 阅后收回, 请与会人员严格保密, 未经批准不得复制, 严禁转发、截图. Such limits mark internal
// material; a thing used up (一次性耗材，用后销毁) and a website's copyright line are not read.
import type { Family } from './confidentiality-family.ts';

/**
 * A document that may not be reproduced or passed out: 不得翻印, 严禁翻印、转借, 阅后收回, 会后退回,
 * 用后销毁, 阅后勿转发, 工作秘密，注意保管, 以下数据属工作秘密，请勿转载 (the post's own content pointed
 * at: not 此次会议讨论情况属于工作秘密, a rule about an event), a bracketed （不对外公开）, the
 * meeting's own people told to keep it secret (请与会人员严格保密, 请参会同志注意保密; not 对举报人信息
 * 严格保密, a promise to the public). Website footers say 不得复制 or 翻印必究 (copyright), which are not listed.
 */
const NO_REPRODUCTION =
  /(?:不得|严禁|禁止|不准|请勿|切勿|一律不得)(?:擅自|私自|自行)?(?:翻印|翻录|外借|转借|外传)|(?:阅后|会后|用后|学习后|传达后|阅毕)(?:即|请|予以|及时|一律)?(?:收回|退回|销毁|交回)|(?:阅后|会后|阅毕|传达后)(?:请|即)?(?:勿|不得|不要|切勿|严禁|请勿)(?:转发|外传|扩散|转传|传阅|截图)|工作秘密[，,、。\s]{0,2}(?:请|务必)?(?:注意|妥善)保管|(?:以下|以上|上述|下述|下列|附件|(?:本|此|该)(?:文|表|条|帖|页|篇|通报|通知|材料|资料|信息|数据|内容|文件|名单|报告|方案|计划))[\u4e00-\u9fff]{0,8}?(?:属|系|为|属于)工作秘密[，,、。\s]{0,2}(?:请勿|切勿|不得|严禁|禁止|不要|请不要)(?:对外|擅自)?(?:转载|外传|转发|扩散|传播|公开|泄露)|(?:不对外公开|不予公开|内部传阅|仅供内部参阅|内部参阅)[）)]|(?:请|望|要求)(?:全体|各位)?(?:与会|参会|列席)(?:人员|同志|代表|领导|单位)(?:务必|严格|注意|切实|认真)?(?:做好|遵守)?保密(?:纪律|要求)?/g;
/**
 * 用后销毁 of a thing used up, not of a paper: 一次性无菌耗材，一人一针一袋，用后销毁; 采血针用后即销毁;
 * 包装用后予以销毁. A disposable item, a needle or a consumable named before it in the sentence.
 */
const DISPOSED_ITEM =
  /(?:一次性|耗材|针头|针具|采血针|采血袋|注射器|输液器|器械|器具|试剂|试纸|检测盒|棉签|手套|口罩|包装|容器|医疗废物|一人一针|一针一袋)[^。；;！？!?\n]*$/;
const disposedItem = (text: string, start: number): boolean =>
  text.slice(start, start + 2) === '用后' &&
  DISPOSED_ITEM.test(text.slice(Math.max(0, start - 40), start));

/**
 * A person's own code or card not to be passed on, in anti-fraud advice (after heldout-final139):
 * 验证码不得外传给任何人, 密码、验证码等切勿外传. Guarding one's credentials marks no document.
 */
const CREDENTIAL_BEFORE =
  /(?:验证码|密码|口令|动态码|校验码|个人信息|银行卡号?|身份证号?|卡号)(?:[、和及与或]?(?:验证码|密码|口令|动态码|校验码|个人信息|银行卡号?|身份证号?|卡号))*等?(?:信息)?(?:一律|千万|务必|均|都)?$/;
const afterCredential = (text: string, start: number): boolean =>
  CREDENTIAL_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** A circulation ban: 未经批准不得复制, 未经审批严禁上传. */
const CIRCULATION_BAN =
  /未经(?:批准|审批|审核批准|允许|授权|同意)[，,]?(?:不得|严禁|禁止|一律不得)(?:擅自)?(?:公开|复制|翻印|上传|外传|扩散|传播|摘抄|对外|转载|泄露)/g;

/**
 * A ban on passing a text on in two or more ways at once: 严禁转发、截图, 禁止截屏、外传. The family
 * reports one that names a screenshot or a photo and a way of passing on.
 */
const SCREENSHOT_BAN =
  /(?:严禁|禁止|不得|请勿|切勿|不准|不要|勿)(?:擅自|私自|随意|对外)?(?:转发|外传|扩散|复制|转载|拍照|翻拍|截图|截屏|录屏)(?:[、，,和或及/]?(?:转发|外传|扩散|复制|转载|拍照|翻拍|截图|截屏|录屏))+/g;

/** A document that may not be reproduced or must be returned. */
export const REPRODUCTION_LIMIT_FAMILIES: Family[] = [
  {
    re: NO_REPRODUCTION,
    acceptAt: (text, start) => !disposedItem(text, start) && !afterCredential(text, start),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标有不得翻印、阅后收回等限制的文件不宜公开发布，请核实',
  },
];

/** A ban on copying or passing a text on without approval, or by screenshot. */
export const CIRCULATION_LIMIT_FAMILIES: Family[] = [
  {
    re: CIRCULATION_BAN,
    rule: 'confidentiality.internal-marking',
    severity: 'block',
    message: '标有知悉范围或传播限制的材料不得公开发布',
  },
  {
    re: SCREENSHOT_BAN,
    accept: (match) => /截图|截屏|翻拍|录屏/.test(match) && /转发|外传|扩散|转载|复制/.test(match),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '标有禁止转发、截图的材料通常不宜公开发布，请核实',
  },
];
