// The privacy gate's finders of a person's details other than contact numbers and home addresses
// (names with illness, records, pupils' classes, documents …), run in this order; the gate keeps
// each finding not already covered by an earlier one.
import type { GateFinding } from './gate-context.ts';
import { findDocumentNumbers } from './privacy-documents.ts';
import { findPatientRecordNumbers } from './privacy-patient-records.ts';
import { findProtectedPersons } from './privacy-protected-persons.ts';
import { findNamedConditions } from './privacy-named-conditions.ts';
import { findNamedPupils } from './privacy-named-pupils.ts';
import { findSickAndPoor } from './privacy-sick-and-poor.ts';
import { findPersonConditions } from './privacy-person-conditions.ts';
import { findBracketedHealth } from './privacy-bracketed-health.ts';
import { findNamedDivorces } from './privacy-divorces.ts';
import { findAdoptionSecrets } from './privacy-adoption-secrets.ts';
import { findPersonalWealth } from './privacy-personal-wealth.ts';
import {
  findNamedHistory,
  findParticipantHealth,
  findPronounHistory,
} from './privacy-participant-health.ts';
import { findPupilConditions } from './privacy-pupil-health.ts';
import { findPupilHardship } from './privacy-pupil-hardship.ts';
import { findVisitAddresses } from './privacy-visit-address.ts';
import { findPersonalAccounts } from './privacy-social-accounts.ts';
import { findStigmatisedPersons } from './privacy-stigmatised-persons.ts';
import { findServedSentences } from './privacy-served-sentence.ts';
import { findUnmaskedUsers } from './privacy-unmasked-user.ts';
import { findNamedInformants } from './privacy-informant.ts';
import { findResidentDetails } from './privacy-residents.ts';
import { findVehicleOwners } from './privacy-vehicle-owner.ts';
import { findComplainantRecords } from './privacy-complainant-record.ts';
import { findCreditRecords } from './privacy-credit-records.ts';
import { findInjuryGrades } from './privacy-injury-grade.ts';

export const PERSON_FINDERS: readonly ((text: string) => GateFinding[])[] = [
  findResidentDetails,
  findDocumentNumbers,
  findPatientRecordNumbers,
  findProtectedPersons,
  findStigmatisedPersons,
  findServedSentences,
  findUnmaskedUsers,
  findNamedInformants,
  findPupilConditions,
  findPupilHardship,
  findNamedPupils,
  findSickAndPoor,
  findNamedConditions,
  findPersonConditions,
  findBracketedHealth,
  findNamedDivorces,
  findAdoptionSecrets,
  findPersonalWealth,
  findParticipantHealth,
  findNamedHistory,
  findPronounHistory,
  findCreditRecords,
  findPersonalAccounts,
  findVehicleOwners,
  findComplainantRecords,
  findInjuryGrades,
  findVisitAddresses,
];
