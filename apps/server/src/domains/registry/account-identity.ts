// How accounts are recognised: normalised URL keys, handles and names, for lookups and duplicate checks.

/** `https://www.Weibo.com/u/123/?a=1#x` → `weibo.com/u/123?a=1`; undefined when it is not a URL. */
export function urlKey(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const raw = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (!url.hostname.includes('.')) return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const pathname = url.pathname.replace(/\/+$/, '');
  return `${host}${pathname}${url.search}`;
}

export const looksLikeUrl = (q: string) =>
  /^https?:\/\//i.test(q.trim()) || /^[\w-]+(\.[\w-]+)+(\/|$)/.test(q.trim());

/** Handles compare case-insensitively and without a leading @. */
export const handleKey = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** Names compare without spaces and with full-width letters and digits folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
