// `govmedia registry …`: import, export, verify and findings from the command line.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { FINDING_RULE_LABELS } from '@govmedia/contracts';
import { systemActor } from '../kernel/actor.ts';
import { AppError } from '../kernel/errors.ts';
import { formatOf } from '../domains/registry/index.ts';
import { withServices, type GlobalOptions } from './context.ts';
import { print } from './output.ts';

export function registryCommands(program: Command, globals: () => GlobalOptions): void {
  const registry = program.command('registry').description('账号登记库');
  const actor = systemActor('cli');

  registry
    .command('import <file>')
    .description('导入存量账号（CSV 或 XLSX，全部成功或全部不写入）')
    .action(async (file: string) => {
      const format = formatOf(file);
      if (!fs.existsSync(file))
        throw new AppError('bad_request', 'file_not_found', `文件不存在：${file}`);
      const summary = await withServices(globals(), (s) =>
        s.sheets.importSheet(actor, fs.readFileSync(file), format),
      );
      print(
        globals().format,
        summary,
        () => `已导入：新建单位 ${summary.unitsCreated} 个，账号 ${summary.accountsCreated} 个`,
      );
    });

  registry
    .command('export <file>')
    .description('导出登记数据（按扩展名 .csv 或 .xlsx）')
    .action(async (file: string) => {
      const format = formatOf(file);
      const data = await withServices(globals(), (s) => s.sheets.exportSheet(actor, format));
      fs.writeFileSync(file, data);
      print(
        globals().format,
        { file: path.resolve(file), bytes: data.length },
        () => `已导出到 ${file}`,
      );
    });

  registry
    .command('verify <query>')
    .description('核验账号（名称、账号ID或链接）是否为已备案的政务新媒体')
    .action(async (query: string) => {
      const answer = await withServices(globals(), (s) => s.verify.verify(query));
      print(globals().format, answer, () => answer.verdict);
    });

  registry
    .command('findings')
    .description('列出登记规则问题')
    .option('--rule <rule>', '只看某条规则')
    .action(async (opts: { rule?: string }) => {
      const items = await withServices(globals(), async (s) => {
        await s.findings.recompute();
        return s.findings.list(actor, opts.rule);
      });
      const view = items.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        units: f.unitNames,
        accounts: f.accountNames,
        unitIds: f.unitIds,
        accountIds: f.accountIds,
        detail: f.detail,
      }));
      print(globals().format, view, () =>
        view.length
          ? view
              .map((f) => `[${f.rule}] ${FINDING_RULE_LABELS[f.rule] ?? ''}：${f.message}`)
              .join('\n')
          : '没有发现问题',
      );
    });
}
