// The auth domain: users, unit-scoped roles, sign-in with TOTP, sessions (SEC-1, SEC-2).
export {
  AuthService,
  type AuthSettings,
  type LoginResult,
  type NewUser,
  type PublicUser,
} from './auth.service.ts';
export { registerAuthRoutes } from './auth.routes.ts';
export { currentTotp } from './totp.ts';
