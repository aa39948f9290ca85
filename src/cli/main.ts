#!/usr/bin/env node
/** The `tuxnet` executable (package.json "bin"). */
import { cli } from './cli.js';
import { isTestWorker } from './test_jobs.js';

// the bundle (dist/tuxnet.mjs) is also the code of `tuxnet test -j` worker threads
if (!isTestWorker()) {
  cli(process.argv.slice(2)).then(
    (status) => exit(status),
    (e: unknown) => {
      process.stderr.write(`tuxnet: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      exit(70);
    },
  );
}

/** Exits once stdout is flushed, even if a lab left timers or pending work behind. */
function exit(status: number): void {
  process.stdout.write('', () => process.exit(status));
}
