// A patient's record number told with its digits: 李秀英（住院号20240517）, 病案号：A0031287, 门诊号为
// 9087123. The number identifies the patient and their illness at the hospital. A record number named
// without digits (凭住院号办理出院手续, 请妥善保管就诊卡号) publishes nothing.
import type { GateFinding } from './gate-context.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const RECORD_NUMBER = guard(
  /(?:住院号|住院编号|病案号|病历号|门诊号|就诊号|就诊卡号)(?:码)?(?:为|是)?[：:\s]{0,2}[A-Za-z]{0,2}[0-9０-９]{5,12}(?![0-9０-９])/g,
);

export function findPatientRecordNumbers(text: string): GateFinding[] {
  return guardedMatches(RECORD_NUMBER, text).map((m) => ({
    gate: 'privacy',
    rule: 'privacy.document-number',
    severity: 'warn',
    start: m.index,
    end: m.index + m[0].length,
    message: '公开了患者住院号、病案号等就诊信息，须脱敏处理',
  }));
}
