// A suspect's identity in a wanted or reward notice (悬赏通告, 通缉令, 协查通报): the police publish a
// fugitive's full name and ID number by law (刑事诉讼法 第一百五十五条) so that the public can recognise
// them. An ID number there, after the word for the suspect, is not a citizen's data leaked; elsewhere
// in such a notice (the informant's, a victim's) it still is.
import { guard } from './regex-guard.ts';

const NOTICE = guard(/悬赏通告|悬赏通缉|通缉令|[AB]级通缉|公开通缉|协查通报|追逃/);
/** The suspect named before the number, within the same entry. */
const SUSPECT_BEFORE =
  /(?:犯罪嫌疑人|嫌疑人|在逃人员|逃犯|被通缉人|网上逃犯)[^。；;\n]{0,40}?(?:身份证号码?|公民身份号码|身份号码|证件号码?)[:：为是]?\s*$/;
const REACH = 60;

/** Whether the ID number at `start` is a wanted suspect's in a wanted or reward notice. */
export function isWantedSuspectId(text: string, start: number): boolean {
  return NOTICE.test(text) && SUSPECT_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
