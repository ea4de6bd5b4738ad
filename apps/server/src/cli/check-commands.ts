// `govmedia check` (one text, HTML page or a JSONL batch through the gates) and `govmedia eval spelling`.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import type { Finding } from '@govmedia/textcheck';
import {
  evaluateSpellingFiles,
  formatSpellingReport,
} from '@govmedia/textcheck/node/spelling-eval';
import { loadTypoDetector } from '@govmedia/textcheck/node/typo-detector';
import {
  ChecksService,
  parseGates,
  sharedChecker,
  type CheckRequest,
} from '../domains/checks/index.ts';
import { AppError } from '../kernel/errors.ts';
import type { GlobalOptions } from './context.ts';
import { formatFindings } from './format-findings.ts';

/** Exit codes of `check`: clean, blocking finding, bad input. */
export const CHECK_EXIT = { clean: 0, blocked: 1, badInput: 2 } as const;

interface CheckOptions {
  html?: boolean;
  jsonl?: string;
  gates?: string;
  repostSource?: string;
}

const readInput = (file: string) =>
  file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');

export function checkCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('check [file]')
    .description('内容检查：FILE 或 -（标准输入）；退出码 0 无阻断问题，1 有阻断问题，2 输入错误')
    .option('--html', '输入为 HTML 页面')
    .option(
      '--jsonl <file>',
      '批量检查：每行 {id, text | html, repost_source?}，每行输出 {id, findings}',
    )
    .option('--gates <list>', '只运行这些关口，逗号分隔')
    .option('--repost-source <source>', '转载来源（稿源关）')
    .action(async (file: string | undefined, opts: CheckOptions) => {
      const checks = new ChecksService(sharedChecker);
      const gates = opts.gates ? parseGates(opts.gates) : undefined;
      if (opts.jsonl) {
        process.exitCode = await checkBatch(checks, opts.jsonl, gates);
        return;
      }
      if (!file)
        throw new AppError(
          'bad_request',
          'input_required',
          '请给出要检查的文件，或用 - 表示标准输入',
        );
      if (file !== '-' && !fs.existsSync(file))
        throw new AppError('bad_request', 'file_not_found', `文件不存在：${file}`);
      const content = readInput(file);
      const request: CheckRequest = {
        ...(opts.html ? { html: content } : { text: content }),
        repostSource: opts.repostSource,
        gates,
      };
      const { findings } = checks.run(request);
      const out =
        globals().format === 'json'
          ? JSON.stringify({ findings }, null, 2)
          : formatFindings(content, findings, process.stdout.isTTY);
      process.stdout.write(`${out}\n`);
      process.exitCode = findings.some((f) => f.severity === 'block')
        ? CHECK_EXIT.blocked
        : CHECK_EXIT.clean;
    });

  program
    .command('eval')
    .description('评测')
    .command('spelling <files...>')
    .description(
      '错别字检测评测：逐文件输出句级检测与纠正的精确率、召回率、F1 和误报率；最后一行为 JSON',
    )
    .action(async (files: string[]) => {
      const missing = files.filter((f) => !fs.existsSync(f));
      if (missing.length)
        throw new AppError('bad_request', 'file_not_found', `文件不存在：${missing.join('、')}`);
      process.stdout.write(
        `${formatSpellingReport(evaluateSpellingFiles(files, loadTypoDetector()))}\n`,
      );
    });
}

async function checkBatch(
  checks: ChecksService,
  file: string,
  gates: CheckRequest['gates'],
): Promise<number> {
  if (!fs.existsSync(file))
    throw new AppError('bad_request', 'file_not_found', `文件不存在：${file}`);
  const lines = readline.createInterface({
    input: file === '-' ? process.stdin : fs.createReadStream(file),
    crlfDelay: Infinity,
  });
  let blocked = false;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; html?: unknown; repost_source?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      throw new AppError('bad_request', 'malformed_jsonl', `第 ${lineNo} 行不是合法的 JSON`);
    }
    if (typeof item.text !== 'string' && typeof item.html !== 'string') {
      throw new AppError(
        'bad_request',
        'text_or_html_required',
        `第 ${lineNo} 行缺少 text 或 html`,
      );
    }
    const { findings } = checks.run({
      ...(typeof item.text === 'string' ? { text: item.text } : { html: item.html as string }),
      repostSource: typeof item.repost_source === 'string' ? item.repost_source : undefined,
      gates,
    });
    blocked ||= findings.some((f: Finding) => f.severity === 'block');
    process.stdout.write(`${JSON.stringify({ id: item.id ?? lineNo, findings })}\n`);
  }
  return blocked ? CHECK_EXIT.blocked : CHECK_EXIT.clean;
}
