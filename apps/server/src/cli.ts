// The `govmedia` command line: serve, worker, migrate, users, registry, audit, check and eval commands.
import { Command, CommanderError } from 'commander';
import { adminCommands } from './cli/admin-commands.ts';
import { checkCommands } from './cli/check-commands.ts';
import { cliConfig, type GlobalOptions } from './cli/context.ts';
import { reportError } from './cli/output.ts';
import { registryCommands } from './cli/registry-commands.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { runWorker, serve, untilSignal } from './main.ts';

export function buildProgram(): Command {
  const program = new Command('govmedia')
    .description('govmedia — 政务新媒体管理与监管平台')
    .option('--data-dir <dir>', 'PGlite 数据目录（未设置 DATABASE_URL 时使用）')
    .option('--format <format>', '输出格式：text 或 json', 'text')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const globals = (): GlobalOptions => {
    const o = program.opts<{ dataDir?: string; format: string }>();
    return {
      ...(o.dataDir ? { dataDir: o.dataDir } : {}),
      format: o.format === 'json' ? 'json' : 'text',
    };
  };

  program
    .command('serve')
    .description('启动 API、任务执行器和调度器')
    .option('--no-jobs', '不在本进程运行后台任务')
    .action(async (opts: { jobs: boolean }) =>
      untilSignal(await serve(cliConfig(globals()), { jobs: opts.jobs })),
    );
  program
    .command('worker')
    .description('只运行后台任务执行器（生产环境可在多台机器上运行）')
    .action(async () => untilSignal(await runWorker(cliConfig(globals()))));
  program
    .command('migrate')
    .description('执行数据库迁移')
    .action(async () => {
      const config = cliConfig(globals());
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
      });
      try {
        const applied = await migrate(database.raw);
        console.log(applied.length ? `已执行迁移：${applied.join(', ')}` : '数据库已是最新');
      } finally {
        await database.close();
      }
    });
  adminCommands(program, globals);
  registryCommands(program, globals);
  checkCommands(program, globals);
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const code = reportError(error);
    // `check` promises exit 2 for bad input, distinct from 1 for a blocking finding.
    return argv.includes('check') ? 2 : code;
  }
}
