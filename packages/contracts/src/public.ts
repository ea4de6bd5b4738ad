// Responses of the public API (no sign-in): account verification (REG-5).
import type { AccountStatus, Platform } from './registry.ts';

export interface VerifyMatch {
  platform: Platform;
  platformName: string;
  name: string;
  handle: string | null;
  url: string | null;
  hostUnit: string;
  status: AccountStatus;
  statusName: string;
}

export interface VerifyAnswer {
  query: string;
  registered: boolean;
  /** Chinese one-line verdict for people. */
  verdict: string;
  matches: VerifyMatch[];
}
