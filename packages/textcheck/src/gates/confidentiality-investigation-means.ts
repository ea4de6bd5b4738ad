// Family of the confidentiality gate for the technical investigation measures a case story says were
// used: 专案民警经技术侦察手段调取其通话记录, 通过技侦手段锁定了嫌疑人, 在技侦部门的配合下查明其行踪.
// The police's secrecy rules keep these measures and the units that run them out of publicity (刑事
// 诉讼法 第一百五十二条: their particulars are kept secret); a story may say the suspect was traced,
// not how. The law itself (经过严格的批准手续，可以采取技术侦察措施) and a rule about the measures
// (采取技术侦察措施收集的材料可以作为证据使用) tell no case.
import type { Family } from './confidentiality-family.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A law or rule about the measures, in the same sentence. */
const ABOUT_THE_LAW =
  /可以采取|有权采取|不得采取|批准手续|依照规定|根据规定|法律规定|规定|法》|条例|第[一二三四五六七八九十百零〇0-9]+条|收集的材料|作为证据/;

export const INVESTIGATION_MEANS_FAMILIES: Family[] = [
  {
    re: /(?:技术侦察|技侦)(?:手段|措施|部门|力量|研判)/g,
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 4, SENTENCE_END);
      return !ABOUT_THE_LAW.test(text.slice(from, to));
    },
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开案件中使用的技术侦察手段，属侦查工作秘密，请删除或改为概括表述',
  },
];
