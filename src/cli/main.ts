import { Argument, Command, CommanderError, Option } from 'commander';
import { parsePort, storeTarget, UsageError } from '../config.ts';

// Command modules are imported when their command runs, so `layoffs --help` does not load
// Fastify, the database drivers and the extractor (seconds of start-up under tsx).
const extractCmd = () => import('./extract.command.ts');
const evalCmd = () => import('./eval.command.ts');
const storeCmds = () => import('./store.commands.ts');
type StoreCommands = Awaited<ReturnType<typeof storeCmds>>;
type OpenStore = Parameters<Parameters<StoreCommands['withStore']>[1]>[0];

/** Opens the database named by --db / LAYOFFS_DB for one command and closes it afterwards. */
async function withDb<T>(
  db: string | undefined,
  fn: (cmds: StoreCommands, store: OpenStore) => Promise<T>,
): Promise<T> {
  const cmds = await storeCmds();
  return cmds.withStore(storeTarget(db), (store) => fn(cmds, store));
}

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const err = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Sets the exit code a command's action reports; commander itself only knows success or throw. */
let exitCode = 0;

function buildProgram(): Command {
  const program = new Command('layoffs')
    .description(
      'Layoff Tracker: a layoffs database built from the news, with the sentence behind every number.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  program
    .command('extract')
    .description('Print the layoffs each file mentions, one JSON prediction a line (touches no database)')
    .argument('<files...>', 'article text files')
    .option(
      '--manifest <file>',
      'JSONL metadata lines {"file","url","outlet","published"} matched by file name',
    )
    .action(async (files: string[], opts: { manifest?: string }) => {
      exitCode = (await extractCmd()).runExtract(files, opts.manifest, out, err);
    });

  program
    .command('eval')
    .description('Run the extractor over a labelled corpus folder and print accuracy figures')
    .requiredOption('--corpus <dir>', 'corpus folder (articles/, articles.jsonl, gold.jsonl, ...)')
    .addOption(new Option('--json', 'print the figures as JSON'))
    .option('--verbose', 'list missed and extra events')
    .action(async (opts: { corpus: string; json?: boolean; verbose?: boolean }) => {
      exitCode = await (await evalCmd()).runEval(opts, out);
    });

  const dbOption = (): Option =>
    new Option(
      '--db <path|url>',
      'SQLite file or postgres:// URL (default: $LAYOFFS_DB or ./data/layoffs.db)',
    );

  program
    .command('ingest')
    .description(
      'Read articles (text/HTML files, folders, URLs, or --jsonl), extract, resolve and store them',
    )
    .argument('[inputs...]', 'files, folders or http(s) URLs')
    .addOption(dbOption())
    .option(
      '--manifest <file>',
      'JSONL metadata lines {"file","url","outlet","published"} matched by file name',
    )
    .option('--jsonl <file>', 'bulk JSONL: lines with url, title, published and text or html (streamed)')
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses')
    .action(
      async (
        inputs: string[],
        opts: { db?: string; manifest?: string; jsonl?: string; allowPrivate?: boolean },
      ) => {
        exitCode = await withDb(opts.db, (cmds, store) => cmds.runIngest(store, inputs, opts, out, err));
      },
    );

  program
    .command('serve')
    .description('Serve the dashboard and the JSON API on loopback')
    .addOption(dbOption())
    .option('--port <n>', 'port (default: $PORT or 3000; 0 picks a free one)')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .action(async (opts: { db?: string; port?: string; host: string }) => {
      await serveUntilStopped(opts, false);
    });

  program
    .command('start')
    .description('The main job: ingest the bundled samples if the database is empty, then serve')
    .addOption(dbOption())
    .option('--port <n>', 'port (default: $PORT or 3000)')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .action(async (opts: { db?: string; port?: string; host: string }) => {
      await serveUntilStopped(opts, true);
    });

  program
    .command('export')
    .description('Print all events in Layoffs.fyi column order plus our count range and sources')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .action(async (opts: { db?: string; format: string }) => {
      exitCode = await withDb(opts.db, (cmds, store) =>
        cmds.runExport(store, opts.format, (s) => process.stdout.write(s)),
      );
    });

  program
    .command('stats')
    .description(
      "Totals (companies, employees as a low–high range, events) with other trackers' quoted claims",
    )
    .addOption(dbOption())
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; from?: string; to?: string; json?: boolean }) => {
      exitCode = await withDb(opts.db, (cmds, store) => cmds.runStats(store, opts, out));
    });

  program
    .command('resolve')
    .description('Re-resolve every stored mention into events (after rule changes); corrections are kept')
    .addOption(dbOption())
    .action(async (opts: { db?: string }) => {
      exitCode = await withDb(opts.db, (cmds, store) => cmds.runResolve(store, out));
    });

  program
    .command('correct')
    .description(
      'Correct the events by hand, stored as data: merge A B | split EVENT MENTION... | override EVENT FIELD VALUE',
    )
    .argument('<action>', 'merge, split or override')
    .argument('<args...>', 'event ids, mention ids, or field and value')
    .requiredOption('--reason <text>', 'why (kept with the correction)')
    .addOption(dbOption())
    .action(async (action: string, args: string[], opts: { reason: string; db?: string }) => {
      const correction = (await storeCmds()).parseCorrection(action, args, opts.reason);
      exitCode = await withDb(opts.db, (cmds, store) => cmds.runCorrect(store, correction, out));
    });

  program
    .command('import')
    .description('Import a Layoffs.fyi-style CSV or WARN notices (Big Local News consolidated schema)')
    .addArgument(new Argument('<kind>', 'what the file holds').choices(['layoffs-fyi', 'warn']))
    .argument('<file>', 'CSV file')
    .addOption(dbOption())
    .action(async (kind: string, file: string, opts: { db?: string }) => {
      exitCode = await withDb(opts.db, (cmds, store) => cmds.runImport(store, kind, file, out));
    });

  program
    .command('watch')
    .description("Poll RSS/Atom feeds and ingest new items' pages; remembers what it has seen")
    .argument('[feeds...]', 'feed URLs')
    .option('--opml <file>', 'OPML file listing feeds')
    .option('--every <interval>', 'time between polls: 90s, 15m, 2h', '15m')
    .option('--once', 'poll once and exit')
    .option('--state <file>', 'where seen items and ETags are kept', './data/feeds.json')
    .option('--allow-private', 'allow feeds and pages on private, loopback and link-local addresses')
    .addOption(dbOption())
    .action(
      async (
        feeds: string[],
        opts: {
          opml?: string;
          every: string;
          once?: boolean;
          state: string;
          allowPrivate?: boolean;
          db?: string;
        },
      ) => {
        exitCode = await withDb(opts.db, (cmds, store) => cmds.runWatch(store, feeds, opts, out, err));
      },
    );

  return program;
}

/** serve/start: runs until SIGINT/SIGTERM, then closes the server and the database. */
async function serveUntilStopped(
  opts: { db?: string; port?: string; host: string },
  ingestSamples: boolean,
): Promise<void> {
  const port = parsePort(opts.port);
  const { withStore, ingestSamplesIfEmpty, runServe } = await storeCmds();
  await withStore(storeTarget(opts.db), async (store) => {
    if (ingestSamples) await ingestSamplesIfEmpty(store, out, err);
    const close = await runServe(store, { port, host: opts.host }, out);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await close();
  });
}

/** Runs the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  // `layoffs export | head`: the reader went away; stop quietly instead of a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  exitCode = 0;
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors were already printed.
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    err(`layoffs: ${message}`);
    return e instanceof UsageError ? 2 : 1;
  }
}
