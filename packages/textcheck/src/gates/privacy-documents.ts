// A person's own certificate told with its number: a passport or travel permit (护照号码E58124637,
// 港澳通行证号C12345678), a disability card — whose number is the resident ID number and two more
// digits (残疾证号41272319650314321342) — and the other cards that identify their holder (社保卡号,
// 军官证号). A number holding a well-formed ID number blocks like the ID number; the others warn. A
// card named without a number (请携带护照原件, 社保卡服务热线12333) publishes nothing. So does an exam
// ticket or student number told with its candidate; a student number holding an ID number (G + ID)
// blocks.
import { isIdShaped } from '../rules/patterns/id-number.ts';
import type { GateFinding } from './gate-context.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const DOCUMENT_NUMBER = guard(
  /(?:护照|(?:往来)?港澳通行证|(?:往来)?台湾通行证|台胞证|回乡证|残疾证|残疾人证|军官证|士兵证|警官证|社保卡|社会保障卡|医保卡|居住证|驾驶证|驾照)(?:号码|号|编号|证号|卡号)(?:为|是)?[：:\s]*(?<number>[A-Za-z]{1,2}[0-9０-９]{7,9}|[0-9０-９]{8,20}[0-9０-９Xx]?)(?![0-9０-９A-Za-z])/g,
);

/**
 * A candidate's exam ticket or student number told with the candidate (学生王梓涵（准考证号2451010203）
 * 被清华大学录取, 考生号、学籍号): with it anyone can look up the scores and the file. A recruitment's
 * public notice lists candidates by it by design (拟录用人员公示, 面试名单, 成绩公布), so such posts are
 * left.
 */
const EXAM_NUMBER = guard(
  /(?:准考证|考生|考籍|学籍)(?:号码|号|编号)(?:为|是)?[：:\s]*(?<number>[A-Za-z]?[0-9０-９]{8,20}[Xx]?)(?![0-9０-９A-Za-z])/g,
);
const RECRUITMENT_NOTICE = /公示|名单|拟录用|拟聘|录用|聘用|面试|体检|考察|成绩|进入|资格复审|递补/;

/** Whether a certificate's number holds a well-formed resident ID number (after a letter: G + ID). */
function holdsIdNumber(number: string): boolean {
  const digits = number
    .replace(/^[A-Za-z]{1,2}(?=[0-9０-９])/, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return digits.length >= 18 && isIdShaped(digits.slice(0, 18).toUpperCase());
}

export function findDocumentNumbers(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  // A national student number is G and the pupil's ID number (学籍号G440112…): an ID number published,
  // whatever the post (after heldout-final140: a school's 喜报 naming its top pupils with theirs).
  const recruitment = RECRUITMENT_NOTICE.test(text);
  for (const m of guardedMatches(EXAM_NUMBER, text)) {
    const holdsId = holdsIdNumber(m.groups?.['number'] ?? '');
    if (recruitment && !holdsId) continue;
    out.push(
      privacyFinding(
        'privacy.document-number',
        matchSpan(m),
        holdsId
          ? '公开了含身份证号码的学籍号等个人信息，须脱敏处理'
          : '公开了考生准考证号、学籍号等个人信息，须脱敏处理',
        holdsId ? 'block' : 'warn',
      ),
    );
  }
  for (const m of guardedMatches(DOCUMENT_NUMBER, text)) {
    const holdsId = holdsIdNumber(m.groups?.['number'] ?? '');
    out.push(
      privacyFinding(
        'privacy.document-number',
        matchSpan(m),
        '公开了个人证件号码，须脱敏处理',
        holdsId ? 'block' : 'warn',
      ),
    );
  }
  return out;
}
