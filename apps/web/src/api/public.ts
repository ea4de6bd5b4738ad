// Public endpoints that need no sign-in: account verification and announcements.
import { http } from './http.ts';
import type { Announcement, VerifyAnswer } from './types.ts';

export const verifyAccount = (q: string) => http.get<VerifyAnswer>('/api/public/verify', { q });
export const listAnnouncements = () =>
  http.get<{ items: Announcement[] }>('/api/public/announcements').then((r) => r.items);
