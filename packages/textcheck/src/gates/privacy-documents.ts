// A person's own certificate told with its number: a passport or travel permit (护照号码E58124637,
// 港澳通行证号C12345678), a disability card — whose number is the resident ID number and two more
// digits (残疾证号41272319650314321342) — and the other cards that identify their holder (社保卡号,
// 军官证号). A number holding a well-formed ID number blocks like the ID number; the others warn. A
// card named without a number (请携带护照原件, 社保卡服务热线12333) publishes nothing.
import { isIdShaped } from '../rules/patterns/id-number.ts';
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const DOCUMENT_NUMBER = guard(
  /(?:护照|(?:往来)?港澳通行证|(?:往来)?台湾通行证|台胞证|回乡证|残疾证|残疾人证|军官证|士兵证|警官证|社保卡|社会保障卡|医保卡|居住证|驾驶证|驾照)(?:号码|号|编号|证号|卡号)(?:为|是)?[：:\s]*(?<number>[A-Za-z]{1,2}[0-9０-９]{7,9}|[0-9０-９]{8,20}[0-9０-９Xx]?)(?![0-9０-９A-Za-z])/g,
);

export function findDocumentNumbers(text: string): GateFinding[] {
  const out: GateFinding[] = [];
  for (const m of guardedMatches(DOCUMENT_NUMBER, text)) {
    const number = m.groups?.['number'] ?? '';
    const digits = number.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const holdsId = digits.length >= 18 && isIdShaped(digits.slice(0, 18).toUpperCase());
    out.push({
      gate: 'privacy',
      rule: 'privacy.document-number',
      severity: holdsId ? 'block' : 'warn',
      start: m.index,
      end: m.index + m[0].length,
      message: '公开了个人证件号码，须脱敏处理',
    });
  }
  return out;
}
