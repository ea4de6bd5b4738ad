// A trial's deliberation or the sentence the court means to pass, told before the verdict: 该案合议庭
// 已形成评议意见，拟判处被告人有期徒刑五年，宣判日期另行通知; 审判委员会讨论后倾向于判处死缓，判决书尚未
// 送达; 合议庭评议时多数意见认为应判处有期徒刑三年…将择期宣判; 据承办法官透露，被告人大概会被判三到五年.
// How a collegial bench or the judicial committee deliberated, and what it means to decide, is a
// secret of the trial until the verdict is pronounced. The verdict itself (依法判处, 当庭宣判, 判决
// 如下), the prosecution's sentencing proposal stated in court (公诉机关建议判处…), the law's range
// (醉驾可能被判处拘役) and a probation service assessing a defendant the court may put on probation
// (对拟适用缓刑的被告人开展调查评估) tell nothing early.
import type { Family } from './confidentiality-family.ts';

/** The bench deliberating: 合议庭评议, 审判委员会讨论, 审委会研究, 合议庭倾向性意见. */
const DELIBERATION =
  '(?:合议庭|审判委员会|审委会)[^。；！？\\n]{0,16}?(?:评议|合议|讨论|研究|倾向|意见)';
/** Passing sentence, then perhaps whom. */
const SENTENCE =
  '(?:判处|判决|改判|判|宣告)(?:被告人?|其|该被告人?|[\\u4e00-\\u9fff]某{1,2})?[^。；！？\\n]{0,12}?';
/** A penalty or an acquittal (or the years of one: 判三到五年); not a class of defendant (拟适用缓刑的被告人). */
const PENALTY =
  '(?:有期徒刑|无期徒刑|死刑|死缓|拘役|管制|缓刑|罚金|无罪|免予刑事处罚|[0-9０-９一二两三四五六七八九十]+年)(?![的之])';
/** The court's mind before it speaks: 拟判处, 初步拟, 倾向于判处, 倾向性意见为. */
const INTENT =
  '(?:初步)?(?:拟|倾向于?|倾向性意见(?:为|是)|内定|打算)[，,：:]?(?:对[^。；！？\\n，,]{1,6}?)?';
/** The verdict still to come: 择期宣判, 宣判日期另行通知, 尚未宣判, 判决书尚未送达. */
const VERDICT_PENDING =
  /(?:择期|另行|近期|下周|下月|明天|明日|日后|将于[^。；！？\n]{0,12}?)(?:公开)?宣判|宣判(?:日期|时间)(?:另行|待定|未定)|(?:尚未|还未|还没有?|暂未)(?:公开)?(?:宣判|判决|宣告|作出判决|下判)|判决书?(?:尚未|还未|还没有?)(?:送达|宣告|作出|下达)|宣判前|等待宣判/;
/** The verdict pronounced, or a probation assessment. */
const PRONOUNCED =
  /当庭(?:宣判|判决)|判决如下|已(?:经)?(?:依法)?(?:公开)?(?:宣判|判决)|依法判处|调查评估|社区矫正/;
/** Not the bench: the prosecution's proposal or the defence's plea (公诉机关拟对其判处…的量刑建议). */
const NOT_THE_BENCH =
  /(?:检察院?|检察机关|公诉机关?|公诉人|辩护人|律师|量刑建议)[^。；！？\n]{0,6}$/;
const MESSAGE = '合议庭评议、审判委员会讨论情况和拟判刑罚属审判秘密，宣判前不得公开';

export const TRIAL_FAMILIES: Family[] = [
  {
    // The sentence the court means to pass, with the deliberation before it if told: 拟判处被告人
    // 有期徒刑五年, 初步拟判处罚金20万元, 倾向于判处死缓.
    re: new RegExp(`(?:${DELIBERATION}[^。！？\\n]{0,30}?)?${INTENT}${SENTENCE}${PENALTY}`, 'g'),
    notAfter: NOT_THE_BENCH,
    when: (text) => !PRONOUNCED.test(text),
    rule: 'confidentiality.trial-deliberation',
    severity: 'warn',
    message: MESSAGE,
  },
  {
    // What the deliberation found, before the verdict: 合议庭评议时多数意见认为应判处…, 审委会已经研究，
    // 初步意见是对被告人改判无罪; and a judge's word on it (据承办法官透露，被告人大概会被判…).
    re: new RegExp(
      `(?:${DELIBERATION}|(?:承办法官|主审法官|审判长|审判员|合议庭成员|法院内部人士|法院工作人员|法官)(?:私下)?(?:透露|告诉|私下说))[^。！？\\n]{0,40}?${SENTENCE}${PENALTY}`,
      'g',
    ),
    notAfter: NOT_THE_BENCH,
    when: (text) => VERDICT_PENDING.test(text) && !PRONOUNCED.test(text),
    rule: 'confidentiality.trial-deliberation',
    severity: 'warn',
    message: MESSAGE,
  },
];
