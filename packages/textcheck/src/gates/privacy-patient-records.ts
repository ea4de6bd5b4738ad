// A patient's record number told with its digits: 李秀英（住院号20240517）, 病案号：A0031287, 门诊号为
// 9087123. The number identifies the patient and their illness at the hospital. A record number named
// without digits (凭住院号办理出院手续, 请妥善保管就诊卡号) publishes nothing. So does a patient named in
// full with their age and home in brackets (产妇赵丽娟（32岁，城西新村人）, 患者王建国（56岁，李家村人）):
// the hospital's case then points at one person. A masked name (患者张某（45岁）) or an age alone names
// no one's home.
import type { GateFinding } from './gate-context.ts';
import { SURNAME } from './minor-identity.ts';
import { matchSpan, privacyFinding } from './privacy-finding.ts';
import { guard, guardedMatches } from './regex-guard.ts';

const RECORD_NUMBER = guard(
  /(?:住院号|住院编号|病案号|病历号|门诊号|就诊号|就诊卡号)(?:码)?(?:为|是)?[：:\s]{0,2}[A-Za-z]{0,2}[0-9０-９]{5,12}(?![0-9０-９])/g,
);

/** A patient's full name, then age and home in one bracket: 产妇赵丽娟（32岁，城西新村人）. */
const NAMED_PATIENT = guard(
  /(?:产妇|孕妇|患者|病人|患儿|伤者|病患)(?<name>[\u4e00-\u9fa5]{2,3})[（(][0-9０-９]{1,3}岁[，,、\s]?[^（()）\n]{0,10}?(?:村|镇|乡|街道|社区|小区|新村|组)[^（()）\n]{0,4}[）)]/g,
);
const NOT_A_NAME = /某|先生|女士|同志|们/;

export function findPatientRecordNumbers(text: string): GateFinding[] {
  const numbers = guardedMatches(RECORD_NUMBER, text).map((m) =>
    privacyFinding(
      'privacy.document-number',
      matchSpan(m),
      '公开了患者住院号、病案号等就诊信息，须脱敏处理',
    ),
  );
  const named = guardedMatches(NAMED_PATIENT, text)
    .filter((m) => {
      const name = m.groups?.['name'] ?? '';
      return SURNAME.test(name) && !NOT_A_NAME.test(name);
    })
    .map((m) =>
      privacyFinding(
        'privacy.patient',
        matchSpan(m),
        '公开了患者真实姓名、年龄及住址等就诊信息，须隐去姓名',
      ),
    );
  return [...numbers, ...named];
}
