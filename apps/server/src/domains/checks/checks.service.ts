// Checks drafts and collected posts through the review gates (PUB-3, MON-3).
import { GATES, type Checker, type Finding, type Gate } from '@govmedia/textcheck';
import { scopeOf } from '../../kernel/access.ts';
import type { Actor } from '../../kernel/actor.ts';
import { AppError } from '../../kernel/errors.ts';

export interface CheckRequest {
  text?: string | undefined;
  html?: string | undefined;
  repostSource?: string | undefined;
  gates?: readonly Gate[] | undefined;
}

export const MAX_CHECK_CHARS = 200_000;

export function parseGates(list: string): Gate[] {
  const gates = list
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const unknown = gates.filter((g) => !GATES.includes(g as Gate));
  if (unknown.length)
    throw new AppError(
      'bad_request',
      'unknown_gate',
      `未知的检查关口：${unknown.join('、')}；可选：${GATES.join(', ')}`,
    );
  return gates as Gate[];
}

export class ChecksService {
  constructor(private readonly checker: () => Checker) {}

  warmUp(): void {
    this.checker();
  }

  /** The check itself, for callers that already hold the right (CLI, jobs). */
  run(request: CheckRequest): { findings: Finding[] } {
    const { text, html } = request;
    if ((text === undefined) === (html === undefined)) {
      throw new AppError('bad_request', 'text_or_html_required', '请提供 text 或 html 其中之一');
    }
    if ((text ?? html ?? '').length > MAX_CHECK_CHARS) {
      throw new AppError(
        'payload_too_large',
        'content_too_long',
        `待检查内容超过 ${MAX_CHECK_CHARS} 字`,
      );
    }
    return this.checker().check(
      {
        ...(text !== undefined ? { text } : { html: html! }),
        ...(request.repostSource ? { repostSource: request.repostSource } : {}),
      },
      request.gates ? { gates: request.gates } : {},
    );
  }

  check(actor: Actor, request: CheckRequest): { findings: Finding[] } {
    if (scopeOf(actor, 'content.check').length === 0)
      throw new AppError('forbidden', 'missing_permission', '您没有内容检查权限');
    return this.run(request);
  }
}
