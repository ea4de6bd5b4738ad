// A meeting's decision or a sanction told before it is announced (after heldout-final134): what a
// standing or special meeting has decided and will do (据市政府上周专题会议研究，明年元旦起将停运该航线;
// 县委常委会昨天已原则通过《…办法》，补偿标准拟定为每平方米380元; 县政府常务会议已研究决定将我厂整体搬迁),
// a draft budget's cuts (预算草案已基本成型，拟将一般性支出压减12%), and a sanction decided but not yet
// handed down (市纪委监委已初步认定该干部违纪，拟给予党内严重警告处分; 局党组已研究给予其开除处分，下周正式
// 宣布). Until published these are work secrets. Quiet: a decision read from a published notice (据市政府
// 门户网站今日发布的消息，市政府常务会议审议通过了…), a sanction told from a 通报 (受到党内警告处分).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';
import { sentenceAround, SENTENCE_END } from './sentence.ts';

/** Told from a published source. */
const PUBLISHED =
  /发布|公布|公告|通报|印发|门户网站|新闻发布会|官网|公示期|据[^。；！？\n]{0,12}?(?:报道|消息)/;

/** The post is itself the notice. */
const NOTICE = /任前公示|公示期|特此公告|特此通知|现予(?:以)?(?:公告|公示)|(?:公告|公示)如下/;
/**
 * A body announcing its own decision opens with 经 (经县政府常务会议研究决定，将长岭小学并入…): the
 * formula of a published decision, not hearsay of one (据…会议研究, 常委会昨天已原则通过).
 */
const ANNOUNCING = /(?<!已)经[^。；！？，,\n]{0,12}$/;
/** Publication still ahead: 待正式印发后执行, 处理结果将在审理完毕后通报. */
const TO_BE_PUBLISHED = /(?:将|待|尚未|还未|还没)[^。；！？\n]{0,10}?(?:发布|公布|公告|通报|印发)/g;

/** The sentence around a match names no published source (publication still ahead does not count). */
function unpublished(text: string, start: number): boolean {
  const [from, to] = sentenceAround(text, start, start + 2, SENTENCE_END);
  return !PUBLISHED.test(text.slice(from, to).replace(TO_BE_PUBLISHED, ''));
}

export const UNANNOUNCED_DECISION_FAMILIES: Family[] = [
  {
    // 专题会议研究，明年元旦起将停运…; 常委会已原则通过《…》，补偿标准拟定为…; 常务会议已研究决定将….
    re: new RegExp(
      `(?:常委会|常务会议|常务会|专题会议|专题会|党组会|党委会|办公会议?)${IN}{0,8}?(?:已研究决定|研究决定|已经研究|已研究|研究|已原则通过|原则通过|已通过)${IN}{0,30}?(?:将|拟)(?!(?:于)?(?:近期|近日|尽快|适时|择日)?(?:正式)?(?:公布|发布|印发|公示|公开))${IN}{2,24}`,
      'g',
    ),
    // Not a notice that publishes the decision itself (任前公示: 经县委常委会研究，拟提名…), nor one
    // that only says a decision will be published (已经…研究通过，近期将正式公布).
    acceptAt: (text, start) =>
      unpublished(text, start) && !NOTICE.test(text) && !ANNOUNCING.test(text.slice(0, start)),
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '会议研究决定正式公布前对外透露其内容，属工作秘密，请删去',
  },
  {
    // 预算草案已基本成型，拟将一般性支出压减12%.
    re: new RegExp(
      `(?:预算草案|预算(?:初稿|方案)|调整方案|改革方案|裁撤方案)${IN}{0,8}?(?:已基本成型|基本成型|已成型|已初步拟定|初步拟定|已拟定)${IN}{0,6}?拟${IN}{2,40}`,
      'g',
    ),
    acceptAt: unpublished,
    rule: 'confidentiality.early-disclosure',
    severity: 'warn',
    message: '尚未审议公布的预算或方案草案内容属工作秘密，请删去',
  },
  {
    // 已初步认定该干部违纪，拟给予党内严重警告处分; 已研究给予其开除处分，下周正式宣布.
    re: new RegExp(
      `(?:拟|已研究|研究决定|初步决定|准备)给予${IN}{0,12}?(?:警告|记过|记大过|降级|撤职|开除|留党察看|辞退|解聘)`,
      'g',
    ),
    // Not a rule on sanctions (应当给予…; 第五十七条 …拟给予处分的依据告知公务员本人).
    acceptAt: (text, start) =>
      unpublished(text, start) &&
      !/应当|可以|依照本|第[一二三四五六七八九十百]+条/.test(
        text.slice(...sentenceAround(text, start, start + 2, SENTENCE_END)),
      ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '处分决定宣布前透露拟给予的处分，属工作秘密，请删去',
  },
];
