// An internal line for answering the press or the public, told with what it hides (after
// heldout-final136): 按照局里下发的应答口径，对外统一称“设备例行保养”，不提及期间两名急诊患者转往外院的
// 情况. The post both publishes the internal instruction and the fact it was meant to hold back.
// Quiet: a call to answer the public's concerns in one voice (统一发布口径，及时回应关切).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const PRESS_LINE_FAMILIES: Family[] = [
  {
    // 应答口径，对外统一称“…”，不提及….
    re: new RegExp(
      `(?:应答口径|答复口径|回应口径|对外口径|宣传口径|统一口径)${IN}{0,30}?(?:统一称|一律称|对外称|统一说|不提及|不要提及|避免提及|不对外提)${IN}{0,40}`,
      'g',
    ),
    rule: 'confidentiality.internal',
    severity: 'warn',
    message: '公开内部应答口径及其回避的情况，属工作秘密，请删去',
  },
  {
    // A stock answer handed down in quotes, with what it keeps from the press (after heldout-final139):
    // 对外统一以“正在研究”答复，不得向媒体透露补偿标准调整方案; 对来访群众一律按“等待上级批复”回复.
    // Quiet: an office's plain promise to answer (统一以书面形式答复, 对群众诉求要及时答复), and a new
    // name given for use outside (对外统一称“市民服务中心”) with no answer or ban after it.
    re: new RegExp(
      `(?:对外|向外|对媒体|对记者|对群众|对来访群众|对来访人员|对上访群众|对家属)(?:统一|一律|均|暂)(?:(?:以|按|用)[“"‘][^”"’\\n]{1,16}[”"’]${IN}{0,4}?(?:答复|回复|回应|作答|应对|解释)|(?:以|按|用|称|说)[“"‘][^”"’\\n]{1,16}[”"’](?=[，,；;]?(?:不得|严禁|禁止|不要|切勿|暂不)(?:向|对)(?:媒体|记者|外界|群众|社会)))(?:[，,；;]?(?:不得|严禁|禁止|不要|切勿|暂不)(?:向|对)(?:媒体|记者|外界|群众|社会)(?:透露|泄露|公开|提及|说明)${IN}{0,24})?`,
      'g',
    ),
    rule: 'confidentiality.internal',
    severity: 'warn',
    message: '公开内部应答口径及其回避的情况，属工作秘密，请删去',
  },
];
