// Password hashing with argon2id (SEC-2) and a strength check for new passwords.
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../kernel/errors.ts';

/** `Algorithm.Argon2id`; the package exports it as an ambient const enum, which isolated modules cannot read. */
const ARGON2ID = 2;

export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

export const verifyPassword = (stored: string, password: string) => verify(stored, password);

export function assertStrongPassword(password: string): void {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) =>
    r.test(password),
  ).length;
  if (password.length < 12 || classes < 3) {
    throw new AppError(
      'unprocessable',
      'weak_password',
      '密码至少 12 位，并包含大小写字母、数字、符号中的三类',
    );
  }
}
