import cliProgress from 'cli-progress';

/**
 * Progress for long ingests: a bar on a terminal, plain lines otherwise (CI logs, pipes), so a
 * log file gets "ingest: 120 articles" lines instead of carriage-return noise.
 */
export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

const PLAIN_EVERY = 100;

export function startProgress(name: string, total: number | null, err: (line: string) => void): Progress {
  if (process.stderr.isTTY && total !== null && total > 1) {
    const bar = new cliProgress.SingleBar(
      { format: `${name} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return {
      tick: (label = '') => bar.increment(1, { label: label.slice(0, 40) }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  return {
    tick: () => {
      done++;
      if (done % PLAIN_EVERY === 0) err(`${name}: ${done} done`);
    },
    stop: () => undefined,
  };
}
