// Sign-in with argon2id and TOTP, lockout, sessions with CSRF tokens, and user management (SEC-1, SEC-2).
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.ts';
import { assertCan, can, scopeOf } from '../../kernel/access.ts';
import { systemActor, type Actor } from '../../kernel/actor.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Role } from '../../kernel/roles.ts';
import type { AuditService } from '../audit/index.ts';
import { AuthRepository, type UserRow } from './auth.repository.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.ts';
import { newTotpSecret, totpUri, totpValid } from './totp.ts';

export interface AuthSettings {
  totpRequired: 'admins' | 'all' | 'off';
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionHours: number;
}

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  totpEnabled: boolean;
  locked: boolean;
  disabled: boolean;
  grants: { role: Role; unitId: string | null }[];
}

export type LoginResult =
  | { status: 'ok'; token: string; csrfToken: string; user: PublicUser }
  | {
      status: 'totp_enrolment';
      token: string;
      csrfToken: string;
      secret: string;
      otpauthUrl: string;
    };

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  grants: { role: Role; unitId: string | null }[];
}

/** Any user management needs `users.manage` somewhere; acting on a user also needs it over their units. */
function assertManagesUsers(actor: Actor): void {
  if (scopeOf(actor, 'users.manage').length === 0) {
    throw new AppError('forbidden', 'missing_permission', '您没有管理用户的权限');
  }
}

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');

export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditService,
    private readonly settings: AuthSettings,
    private readonly repo = new AuthRepository(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** First start: create `admin` with the given or a generated one-time password. */
  async bootstrapAdmin(password?: string): Promise<{ created: boolean; password?: string }> {
    if ((await this.repo.countUsers(this.database.db)) > 0) return { created: false };
    const chosen = password ?? `${randomBytes(9).toString('base64url')}-Aa1`;
    await this.database.db.transaction(async (tx) => {
      const user = await this.repo.insertUser(tx, {
        username: 'admin',
        displayName: '系统管理员',
        passwordHash: await hashPassword(chosen),
        mustChangePassword: password === undefined,
      });
      await this.repo.replaceGrants(tx, user.id, [{ role: 'system_admin', unitId: null }]);
      await this.audit.record(tx, systemActor(), {
        action: 'user.bootstrap',
        entity: 'user',
        entityId: user.id,
      });
    });
    return { created: true, password: chosen };
  }

  async login(input: {
    username: string;
    password: string;
    totpCode?: string | undefined;
  }): Promise<LoginResult> {
    const db = this.database.db;
    const user = await this.repo.findUserByName(db, input.username);
    const now = this.now();
    if (!user) {
      await this.recordFailure(undefined, input.username, 'unknown_user');
      throw new AppError('unauthenticated', 'invalid_credentials', '用户名或密码错误');
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new AppError(
        'locked',
        'account_locked',
        `登录失败次数过多，账号已锁定至 ${user.lockedUntil.toISOString()}`,
      );
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await this.recordFailure(user, input.username, 'bad_password');
      throw new AppError('unauthenticated', 'invalid_credentials', '用户名或密码错误');
    }
    // Told only to whoever knows the password, so it reveals nothing to a guesser.
    if (user.disabled) {
      await this.recordFailure(user, input.username, 'disabled', false);
      throw new AppError('forbidden', 'account_disabled', '该账号已停用，请联系管理员');
    }
    const grants = await this.repo.grantsOf(db, user.id);
    if (user.totpEnabled && user.totpSecret) {
      if (!input.totpCode)
        throw new AppError('unauthenticated', 'totp_required', '请输入动态验证码');
      if (!totpValid(user.totpSecret, input.totpCode)) {
        await this.recordFailure(user, input.username, 'bad_totp');
        throw new AppError('unauthenticated', 'invalid_totp', '动态验证码错误');
      }
    }
    const needsEnrolment = !user.totpEnabled && this.totpRequiredFor(grants.map((g) => g.role));
    const token = randomToken();
    const csrfToken = randomToken();
    const secret = needsEnrolment ? newTotpSecret() : undefined;
    await db.transaction(async (tx) => {
      await this.repo.updateUser(tx, user.id, {
        failedAttempts: 0,
        lockedUntil: null,
        ...(secret ? { totpSecret: secret } : {}),
      });
      await this.repo.insertSession(tx, {
        id: sessionId(token),
        userId: user.id,
        csrfToken,
        mfaPending: needsEnrolment,
        expiresAt: new Date(now.getTime() + this.settings.sessionHours * 3_600_000),
      });
      await this.audit.record(
        tx,
        { userId: user.id, name: user.username, grants },
        {
          action: needsEnrolment ? 'auth.login_pending_totp' : 'auth.login',
          entity: 'user',
          entityId: user.id,
        },
      );
    });
    if (secret)
      return {
        status: 'totp_enrolment',
        token,
        csrfToken,
        secret,
        otpauthUrl: totpUri(secret, user.username),
      };
    return { status: 'ok', token, csrfToken, user: this.present(user, grants, now) };
  }

  /** Completes a sign-in that was waiting for the user to set up TOTP. */
  async enrolTotp(token: string, code: string): Promise<PublicUser> {
    const db = this.database.db;
    const session = await this.repo.findLiveSession(db, sessionId(token), this.now());
    if (!session?.mfaPending)
      throw new AppError('conflict', 'no_pending_enrolment', '当前会话无需绑定动态验证码');
    const user = await this.repo.findUser(db, session.userId);
    if (!user?.totpSecret || !totpValid(user.totpSecret, code)) {
      throw new AppError('unauthenticated', 'invalid_totp', '动态验证码错误');
    }
    const grants = await this.repo.grantsOf(db, user.id);
    await db.transaction(async (tx) => {
      await this.repo.updateUser(tx, user.id, { totpEnabled: true });
      await this.repo.updateSession(tx, session.id, { mfaPending: false });
      await this.audit.record(
        tx,
        { userId: user.id, name: user.username, grants },
        {
          action: 'auth.totp_enrolled',
          entity: 'user',
          entityId: user.id,
        },
      );
    });
    return this.present({ ...user, totpEnabled: true }, grants, this.now());
  }

  /** Resolves a session cookie to the acting user; pending-TOTP sessions resolve with `mfaPending`. */
  async resolve(
    token: string,
  ): Promise<{ actor: Actor; csrfToken: string; mfaPending: boolean; user: PublicUser } | null> {
    const db = this.database.db;
    const session = await this.repo.findLiveSession(db, sessionId(token), this.now());
    if (!session) return null;
    const user = await this.repo.findUser(db, session.userId);
    if (!user || user.disabled) return null;
    const grants = await this.repo.grantsOf(db, user.id);
    return {
      actor: { userId: user.id, name: user.username, grants },
      csrfToken: session.csrfToken,
      mfaPending: session.mfaPending,
      user: this.present(user, grants, this.now()),
    };
  }

  async logout(token: string): Promise<void> {
    await this.repo.deleteSession(this.database.db, sessionId(token));
  }

  async listUsers(actor: Actor): Promise<PublicUser[]> {
    assertManagesUsers(actor);
    const db = this.database.db;
    const now = this.now();
    const out: PublicUser[] = [];
    for (const user of await this.repo.listUsers(db)) {
      const grants = await this.repo.grantsOf(db, user.id);
      const visible =
        grants.length === 0 || grants.some((g) => can(actor, 'users.manage', g.unitPath));
      if (visible) out.push(this.present(user, grants, now));
    }
    return out;
  }

  async createUser(actor: Actor, input: NewUser): Promise<PublicUser> {
    assertStrongPassword(input.password);
    const db = this.database.db;
    if (await this.repo.findUserByName(db, input.username)) {
      throw new AppError('conflict', 'username_taken', `用户名「${input.username}」已存在`);
    }
    const grants = await this.checkGrantable(actor, input.grants);
    const passwordHash = await hashPassword(input.password);
    const user = await db.transaction(async (tx) => {
      const created = await this.repo.insertUser(tx, {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
      });
      await this.repo.replaceGrants(tx, created.id, grants);
      await this.audit.record(tx, actor, {
        action: 'user.create',
        entity: 'user',
        entityId: created.id,
        detail: { username: input.username, grants },
      });
      return created;
    });
    return this.present(user, await this.repo.grantsOf(db, user.id), this.now());
  }

  async setGrants(actor: Actor, userId: string, requested: NewUser['grants']): Promise<PublicUser> {
    assertManagesUsers(actor);
    const db = this.database.db;
    const user = await this.repo.findUser(db, userId);
    if (!user) throw new AppError('not_found', 'user_not_found', '用户不存在');
    const current = await this.repo.grantsOf(db, userId);
    for (const g of current) assertCan(actor, 'users.manage', g.unitPath);
    const grants = await this.checkGrantable(actor, requested);
    await db.transaction(async (tx) => {
      await this.repo.replaceGrants(tx, userId, grants);
      await this.audit.record(tx, actor, {
        action: 'user.set_roles',
        entity: 'user',
        entityId: userId,
        detail: { grants },
      });
    });
    return this.present(user, await this.repo.grantsOf(db, userId), this.now());
  }

  /** Disables or re-enables a user; disabling ends all of the user's sessions at once. */
  async setDisabled(actor: Actor, userId: string, disabled: boolean): Promise<PublicUser> {
    assertManagesUsers(actor);
    const db = this.database.db;
    const user = await this.repo.findUser(db, userId);
    if (!user) throw new AppError('not_found', 'user_not_found', '用户不存在');
    const grants = await this.repo.grantsOf(db, userId);
    for (const g of grants) assertCan(actor, 'users.manage', g.unitPath);
    if (disabled && userId === actor.userId)
      throw new AppError('conflict', 'cannot_disable_self', '不能停用自己的账号');
    if (user.disabled !== disabled) {
      await db.transaction(async (tx) => {
        await this.repo.updateUser(tx, userId, { disabled });
        if (disabled) await this.repo.deleteSessionsOf(tx, userId);
        await this.audit.record(tx, actor, {
          action: disabled ? 'user.disable' : 'user.enable',
          entity: 'user',
          entityId: userId,
          detail: { username: user.username },
        });
      });
    }
    return this.present({ ...user, disabled }, grants, this.now());
  }

  private async checkGrantable(
    actor: Actor,
    grants: NewUser['grants'],
  ): Promise<NewUser['grants']> {
    const db = this.database.db;
    for (const grant of grants) {
      const path = grant.unitId ? await this.repo.unitPath(db, grant.unitId) : null;
      if (grant.unitId && path === undefined)
        throw new AppError('unprocessable', 'unknown_unit', '授权的单位不存在');
      assertCan(actor, 'users.manage', path ?? null);
      if (grant.role === 'system_admin' && !can(actor, 'users.manage', null)) {
        throw new AppError('forbidden', 'outside_scope', '只有系统管理员可以授予系统管理员角色');
      }
    }
    return grants;
  }

  private totpRequiredFor(roles: Role[]): boolean {
    if (this.settings.totpRequired === 'all') return true;
    if (this.settings.totpRequired === 'off') return false;
    return roles.includes('system_admin');
  }

  private async recordFailure(
    user: UserRow | undefined,
    username: string,
    why: string,
    countsTowardsLockout = true,
  ): Promise<void> {
    const now = this.now();
    await this.database.db.transaction(async (tx) => {
      let locked = false;
      if (user && countsTowardsLockout) {
        const failedAttempts = user.failedAttempts + 1;
        locked = failedAttempts >= this.settings.lockoutThreshold;
        await this.repo.updateUser(tx, user.id, {
          failedAttempts: locked ? 0 : failedAttempts,
          ...(locked
            ? { lockedUntil: new Date(now.getTime() + this.settings.lockoutMinutes * 60_000) }
            : {}),
        });
      }
      await this.audit.record(
        tx,
        { userId: user?.id ?? null, name: username, grants: [] },
        {
          action: locked ? 'auth.locked' : 'auth.login_failed',
          entity: 'user',
          entityId: user?.id ?? null,
          detail: { why },
        },
      );
    });
  }

  private present(
    user: UserRow,
    grants: { role: Role; unitId: string | null }[],
    now: Date,
  ): PublicUser {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      totpEnabled: user.totpEnabled,
      locked: Boolean(user.lockedUntil && user.lockedUntil > now),
      disabled: user.disabled,
      grants: grants.map((g) => ({ role: g.role, unitId: g.unitId })),
    };
  }
}
