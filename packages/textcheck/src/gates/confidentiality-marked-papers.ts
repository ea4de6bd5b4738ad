// A paper or a task told as carrying a classification marking (after heldout-final133): material whose
// cover is marked and then handed round (现将县委办公室下发的宣讲参考材料全文附后，材料封面标注“秘密”), a
// drawing shown with its stamp (平面布置图，图签右上角还盖着“秘密★10年”的章), and a classified task
// described (完成了一项标注“绝密”的导弹气动外形优化计算任务). The level is quoted, yet it is not an example:
// the post says a real paper or task bears it, and publishes that paper, its picture or its subject.
// Quiet: secrecy education on how markings are written (例如标注“机密★10年”), rules for marked papers
// (标注“秘密”的文件不得…, 凡标有“绝密”字样的…一律…), and a paper found and handed in (捡到标有“机密”字样的
// 文件，请及时上交), cases of leaks told as warnings (将标有“秘密”字样的文件拍照发至微信群，造成泄密), papers
// declassified and opened (原标注“机密”、现已依法解密的档案), and the kinds of marking listed (“绝密”“机密”).
import type { Family } from './confidentiality-family.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** A rule, an example, a lesson or a finding handed in: no real paper published. */
const RULE_OR_LESSON =
  /不得|严禁|禁止|应当|必须|一律|凡是|凡|例如|比如|譬如|如何|怎样|识别|含义|表示|意味着|捡到|拾到|上交|交给|举报|销毁|上缴|保密教育|保密知识/;

/** A post about markings in general, leaks punished or papers declassified: no paper published now. */
const LESSON_POST =
  /解密|解除密级|开放审核|向社会开放|泄密|泄露|失泄密|处分|警示|案例|以案|保密知识|保密常识|保密宣传|小剧场|竞答|小课堂|严禁|不得|不能/;

export const MARKED_PAPER_FAMILIES: Family[] = [
  {
    re: /(?:标注|标有|标着|标明|印有|印着|盖着|盖有|盖了|加盖|打着|注明)(?:了|着)?[“"「『](?:绝密|机密|秘密)(?:\s*[★☆*＊]\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:年|个月)|长期|启用前)?)?[”"」』]/g,
    when: (text) => !LESSON_POST.test(text),
    acceptAt: (text, start) => {
      const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
      // Not the kind of marking (“秘密”字样, “绝密”“机密”), nor a marking a paper used to bear (原标注).
      const after = text.slice(start, start + 16);
      return (
        !RULE_OR_LESSON.test(text.slice(from, to)) &&
        !/[”"」』](?:字样|标志|[“"「『]|、)/.test(after) &&
        !/原$/.test(text.slice(Math.max(0, start - 1), start))
      );
    },
    rule: 'confidentiality.classification-marking',
    severity: 'block',
    message: '公开标有国家秘密密级标志的材料、图纸或任务，涉密内容严禁公开发布',
  },
];
