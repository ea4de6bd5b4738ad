// Sign-in, TOTP enrolment, the current session and user management endpoints.
import { http, setCsrfToken } from './http.ts';
import type { Grant, User } from './types.ts';

export type LoginAnswer =
  | { status: 'ok'; csrfToken: string; user: User }
  | { status: 'totp_enrolment'; csrfToken: string; secret: string; otpauthUrl: string };

export async function login(input: {
  username: string;
  password: string;
  totpCode?: string;
}): Promise<LoginAnswer> {
  const answer = await http.post<LoginAnswer>('/api/auth/login', input);
  setCsrfToken(answer.csrfToken);
  return answer;
}

export async function enrolTotp(code: string): Promise<User> {
  const answer = await http.post<{ csrfToken: string; user: User }>('/api/auth/totp/enrol', {
    code,
  });
  setCsrfToken(answer.csrfToken);
  return answer.user;
}

/** The signed-in user, or null when there is no session (401). */
export async function currentUser(): Promise<User | null> {
  try {
    const answer = await http.get<{ user: User; csrfToken: string }>('/api/auth/me');
    setCsrfToken(answer.csrfToken);
    return answer.user;
  } catch (error) {
    if ((error as { status?: number }).status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  await http.post('/api/auth/logout');
  setCsrfToken(undefined);
}

export const listUsers = () => http.get<{ items: User[] }>('/api/users').then((r) => r.items);

export const createUser = (input: {
  username: string;
  displayName: string;
  password: string;
  grants: Grant[];
}) => http.post<User>('/api/users', input);

export const setGrants = (userId: string, grants: Grant[]) =>
  http.put<User>(`/api/users/${userId}/grants`, { grants });

/** Disabling also ends every session of the user at once. */
export const disableUser = (userId: string) => http.post<User>(`/api/users/${userId}/disable`);
export const enableUser = (userId: string) => http.post<User>(`/api/users/${userId}/enable`);
