// CLI output: data as JSON or text, and errors as a reason plus message (and every row error).
import { ZodError } from 'zod';
import { isAppError } from '../kernel/errors.ts';

export type Format = 'json' | 'text';

export function print(format: Format, data: unknown, text: () => string): void {
  process.stdout.write(format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
}

/** Prints an error the way a user can act on it; returns the exit code. */
export function reportError(error: unknown): number {
  if (isAppError(error)) {
    process.stderr.write(`错误（${error.reason}）：${error.message}\n`);
    if (Array.isArray(error.details)) {
      for (const d of error.details as { row?: number; column?: string; message?: string }[]) {
        process.stderr.write(
          `  第 ${d.row ?? '?'} 行${d.column ? ` [${d.column}]` : ''}：${d.message ?? JSON.stringify(d)}\n`,
        );
      }
    }
    return 1;
  }
  if (error instanceof ZodError) {
    process.stderr.write(
      `错误（invalid_input）：${error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}\n`,
    );
    return 1;
  }
  process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
