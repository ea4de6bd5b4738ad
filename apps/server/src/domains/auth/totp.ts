// TOTP second factor (RFC 6238, 30 s steps, one step of clock drift allowed).
import { Secret, TOTP } from 'otpauth';

const totpFor = (secret: string, label = 'govmedia') =>
  new TOTP({
    issuer: 'govmedia',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

export const totpUri = (secret: string, username: string) => totpFor(secret, username).toString();

export const totpValid = (secret: string, code: string) =>
  /^\d{6}$/.test(code) && totpFor(secret).validate({ token: code, window: 1 }) !== null;

/** The current code; used by tests and by nothing in production. */
export const currentTotp = (secret: string) => totpFor(secret).generate();
