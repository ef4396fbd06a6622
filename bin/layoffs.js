#!/usr/bin/env node
// Entry point for the `layoffs` command. The CLI is TypeScript run through tsx's loader, so
// there is no build step between `npm ci` and `npx layoffs --help`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
