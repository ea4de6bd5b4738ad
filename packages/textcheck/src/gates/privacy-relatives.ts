// A mobile number given right after a private person named with their role (家长马文山，联系电话
// 139…; 监护人：李建国，手机138…; 户主张三（电话159…）; 失主为李秀梅女士，联系电话139…; 走失老人家属
// 王建军，电话…): that person's own number, whatever its label says — not an office's contact point.
// A contact person named as such (联系人：张伟), a title (王老师, 李主任) or 某 is the office's or no
// one's; a courtesy after a full name (李秀梅女士, 王建国先生) still names a private person.
import type { Span } from '../rules/lexicon-scan.ts';
import { SURNAME } from './minor-identity.ts';

/** A role of a private person, their name, then at most a label before the number. */
const NAMED_RELATIVE_BEFORE =
  /(?:家长|监护人|父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|配偶|妻子|丈夫|户主|儿子|女儿|亲属|家属|学生|患者|病人|当事人|失主|车主|房主|受害人|被害人|伤者|求助人|走失者)(?:为|是|系|叫|名叫)?[：:\s]*([\u4e00-\u9fa5]{2,3}?)(?:女士|先生|同学|老人|大爷|大妈|阿姨|师傅)?[，,、\s]*[（(]?(?:联系)?(?:电话|手机|手机号码?|号码|联系方式)?(?:为|是)?[：:\s]*$/;
const NOT_A_NAME = /某|老师|主任|科长|股长|局长|书记|站长|所长|队长|经理|医生|护士|同志|先生|女士/;

/** Whether the mobile number at `span` follows a private person named with their role. */
export function afterNamedRelative(text: string, span: Span): boolean {
  const m = NAMED_RELATIVE_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start));
  const name = m?.[1] ?? '';
  return SURNAME.test(name) && !NOT_A_NAME.test(name);
}

/** A label naming whose number it is: 家长联系电话, 监护人手机, 父亲电话, 子女手机号码. */
const RELATIVE_LABEL_BEFORE =
  /(?:家长|监护人|父亲|母亲|爸爸|妈妈|配偶|爱人|家属|亲属|子女)的?(?:联系)?(?:电话|手机|手机号码?|号码|联系方式)(?:为|是)?[：:\s]*$/;

/** Whether the mobile number at `span` is labelled as a family's or the person's own. */
export function labelledAsRelative(text: string, span: Span): boolean {
  return RELATIVE_LABEL_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start));
}
