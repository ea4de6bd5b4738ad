// The registry's closed vocabularies come from the shared contracts; this adds lookups by Chinese name.
export {
  ACCOUNT_STATUSES,
  KINDS,
  KIND_KEYS,
  LEVELS,
  LEVEL_KEYS,
  PLATFORMS,
  PLATFORM_KEYS,
  SERVICES,
  type AccountStatus,
  type Kind,
  type Level,
  type Platform,
  type Service,
} from '@govmedia/contracts';

/** The canonical key for an English key or any of its Chinese names; undefined when unknown. */
export function lookupKey<K extends string>(
  table: Record<K, readonly string[]>,
  input: string,
): K | undefined {
  const value = input.trim();
  for (const key of Object.keys(table) as K[]) {
    if (key === value.toLowerCase() || table[key].includes(value)) return key;
  }
  return undefined;
}

export const label = <K extends string>(table: Record<K, readonly string[]>, key: K): string =>
  table[key][0] ?? key;
