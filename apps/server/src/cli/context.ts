// Opens the platform for one CLI command, runs it as the system actor, and always closes the store.
import { loadConfig, type Config } from '../config/config.ts';
import { openPlatform } from '../main.ts';
import type { Services } from '../services.ts';

export interface GlobalOptions {
  dataDir?: string;
  format: 'json' | 'text';
}

export function cliConfig(options: GlobalOptions): Config {
  return loadConfig(process.env, options.dataDir ? { dataDir: options.dataDir } : {});
}

export async function withServices<T>(
  options: GlobalOptions,
  run: (services: Services) => Promise<T>,
): Promise<T> {
  const { database, services } = await openPlatform(cliConfig(options));
  try {
    return await run(services);
  } finally {
    await database.close();
  }
}
