// Working-day arithmetic for filing deadlines (Monday to Friday; public holidays are not modelled).

const DAY = 86_400_000;

/** Parses `YYYY-MM-DD` as a UTC date. */
export const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The moment the deadline passes: the end of the n-th working day after `from`. */
export function deadlineAfter(from: Date, workingDays: number): Date {
  let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  let left = workingDays;
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(t + DAY);
}
