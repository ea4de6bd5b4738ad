// Public verification — is this account (name, handle or URL) registered? — and announcements (REG-3, REG-5).
import {
  ACCOUNT_STATUS_LABELS,
  PLATFORMS,
  type AccountStatus,
  type Platform,
  type VerifyAnswer,
} from '@govmedia/contracts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../kernel/errors.ts';
import { handleKey, looksLikeUrl, nameKey, urlKey } from './account-identity.ts';
import type { RegistryRepository } from './registry.repository.ts';

const REGISTERED: readonly string[] = ['active', 'suspended'];

export class VerifyService {
  constructor(
    private readonly database: Database,
    private readonly repo: RegistryRepository,
  ) {}

  async verify(query: string): Promise<VerifyAnswer> {
    const q = query.trim();
    if (!q || q.length > 300)
      throw new AppError(
        'bad_request',
        'invalid_query',
        '请输入账号名称、账号ID或链接（300 字以内）',
      );
    const key = looksLikeUrl(q) ? urlKey(q) : undefined;
    const rows = await this.repo.lookupAccounts(
      this.database.db,
      key ? { urlKey: key } : { handle: handleKey(q), name: nameKey(q) },
    );
    const matches = rows
      .filter((r) => r.account.status !== 'pending')
      .map(({ account: a, unit }) => ({
        platform: a.platform as Platform,
        platformName: PLATFORMS[a.platform as Platform][0],
        name: a.name,
        handle: a.handle,
        url: a.url,
        hostUnit: unit.name,
        status: a.status as AccountStatus,
        statusName: ACCOUNT_STATUS_LABELS[a.status as AccountStatus],
      }));
    const live = matches.filter((m) => REGISTERED.includes(m.status));
    const registered = live.length > 0;
    const verdict = registered
      ? `「${live[0]!.name}」是已备案的政务新媒体账号，主办单位：${live[0]!.hostUnit}`
      : matches.length
        ? `「${matches[0]!.name}」已注销，不再是在用的政务新媒体账号`
        : `未查到「${q}」的备案记录，它不是已登记的政务新媒体账号，请注意甄别`;
    return { query: q, registered, verdict, matches };
  }

  /** The latest public announcements of host-unit changes and cancellations. */
  announcements(limit = 50) {
    return this.repo.listAnnouncements(this.database.db, limit);
  }
}
