// The handling notes of an internal document carried into a post: 本通知为内部明电，请各单位严格控制
// 知悉范围，阅后及时收回; 此件请控制知悉范围; 本纪要阅后请退回. A document that asks to be recalled after
// reading, or to be kept to those who must know it, says itself that it is not for the public. The
// notes must be said of the post's own document (本通知, 此件, 以上内容, 明电): a lesson on secrecy work
// (涉密文件应严格控制知悉范围) names none.
import type { Family } from './confidentiality-family.ts';

/** The post's own document. */
const OWN_DOCUMENT =
  /本通知|本文件|本件|此件|本电|本材料|本纪要|本方案|本简报|本报告|明电|以上内容|上述内容|本文/;

export const HANDLING_NOTE_FAMILIES: Family[] = [
  {
    re: /(?:严格)?控制(?:在)?知悉范围|阅后(?:及时|即|请|立即|务必|即时)?(?:收回|退回|销毁|交回|删除|清退)|内部明电/g,
    when: (text) => OWN_DOCUMENT.test(text),
    // A rule told, not applied: 应当, 要求, 规定.
    notAfter: /(?:应当?|应该|须|要求|规定|做到|如何)[^。；！？\n]{0,4}$/,
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '文中要求控制知悉范围、阅后收回的内部文件不得公开发布',
  },
];
