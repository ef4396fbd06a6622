import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../config.ts';
import { runEval } from './eval.command.ts';
import { runExtract } from './extract.command.ts';

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
    .description('Layoff Tracker: a layoffs database built from the news, with the sentence behind every number.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  program
    .command('extract')
    .description('Print the layoffs each file mentions, one JSON prediction a line (touches no database)')
    .argument('<files...>', 'article text files')
    .option('--manifest <file>', 'JSONL metadata lines {"file","url","outlet","published"} matched by file name')
    .action((files: string[], opts: { manifest?: string }) => {
      exitCode = runExtract(files, opts.manifest, out, err);
    });

  program
    .command('eval')
    .description('Run the extractor over a labelled corpus folder and print accuracy figures')
    .requiredOption('--corpus <dir>', 'corpus folder (articles/, articles.jsonl, gold.jsonl, ...)')
    .addOption(new Option('--json', 'print the figures as JSON'))
    .option('--verbose', 'list missed and extra events')
    .action((opts: { corpus: string; json?: boolean; verbose?: boolean }) => {
      exitCode = runEval(opts, out);
    });

  return program;
}

/** Runs the CLI; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
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
