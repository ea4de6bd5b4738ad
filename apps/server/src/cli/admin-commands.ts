// `govmedia user add` and `govmedia audit verify`.
import type { Command } from 'commander';
import { ROLES, type Role } from '@govmedia/contracts';
import { systemActor } from '../kernel/actor.ts';
import { AppError } from '../kernel/errors.ts';
import { withServices, type GlobalOptions } from './context.ts';
import { print } from './output.ts';

/** `unit_admin@某某县人民政府` → the role and the unit's name (none: every unit). */
function parseGrant(text: string): { role: Role; unitName: string | null } {
  const [role, unitName] = text.split('@');
  if (!ROLES.includes(role as Role))
    throw new AppError(
      'bad_request',
      'unknown_role',
      `未知角色「${role}」，可选：${ROLES.join(', ')}`,
    );
  return { role: role as Role, unitName: unitName?.trim() || null };
}

export function adminCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('user')
    .description('用户管理')
    .command('add')
    .description('新建用户')
    .requiredOption('--username <name>', '用户名')
    .requiredOption('--password <password>', '初始密码（至少 12 位）')
    .option('--name <displayName>', '姓名')
    .option('--role <role@unit...>', '角色，可附单位全称，如 unit_admin@某某县人民政府', [])
    .action(async (opts: { username: string; password: string; name?: string; role: string[] }) => {
      const user = await withServices(globals(), async (s) => {
        const units = await s.registry.listUnits(systemActor('cli'));
        const grants = opts.role.map(parseGrant).map(({ role, unitName }) => {
          const unit = unitName ? units.find((u) => u.name === unitName) : undefined;
          if (unitName && !unit)
            throw new AppError('bad_request', 'unknown_unit', `单位不存在：${unitName}`);
          return { role, unitId: unit?.id ?? null };
        });
        if (grants.length === 0)
          throw new AppError('bad_request', 'role_required', '请至少指定一个角色（--role）');
        return s.auth.createUser(systemActor('cli'), {
          username: opts.username,
          displayName: opts.name ?? opts.username,
          password: opts.password,
          grants,
        });
      });
      print(globals().format, user, () => `已创建用户 ${user.username}`);
    });

  program
    .command('audit')
    .description('审计日志')
    .command('verify')
    .description('校验审计日志哈希链，指出第一条被篡改的记录')
    .action(async () => {
      const verdict = await withServices(globals(), (s) => s.audit.verify());
      print(globals().format, verdict, () =>
        verdict.ok
          ? `审计日志完整：共 ${verdict.rows} 条`
          : `审计日志被篡改：第一条异常记录 seq=${verdict.firstBadSeq}（${verdict.reason}）`,
      );
      if (!verdict.ok) process.exitCode = 1;
    });
}
