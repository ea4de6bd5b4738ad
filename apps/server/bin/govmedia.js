#!/usr/bin/env node
// The `govmedia` command: runs the TypeScript CLI through tsx, so `npx govmedia` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv);
