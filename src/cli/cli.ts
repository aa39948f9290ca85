/** The `tuxnet` command: dispatch to the subcommands. */
import { UsageError } from './args.js';
import { runBench } from './bench.js';
import { type CliEnv, processEnv } from './env.js';
import { runCommand, shellCommand } from './run_cmd.js';
import { testCommand } from './test_cmd.js';

export const USAGE = `usage: tuxnet COMMAND [OPTIONS]

  tuxnet test [--out DIR] [--known-failures FILE] [--seed N] [--timeout SEC] [--time-limit SEC] [-v] FILE.t...
      run each transcript in a fresh lab; print a unified diff for every
      mismatching command, "FILE.t: N passed, M failed" per file and
      "N passed, M failed" as the last line; with --known-failures, the listed
      commands may fail (and must not pass); --out DIR writes DIR/FILE.t;
      --time-limit SEC is the CPU budget of each file (default 10)
  tuxnet run [--seed N] [--trace [--trace-limit N]] [--time-limit SEC] SCRIPT|-
      run a bash script (- reads stdin) in a fresh lab; exit with its status;
      --trace prints each packet's walk after the script (the last N walks,
      default 10000; how many earlier ones were dropped); a script that uses
      more than SEC seconds of CPU (default 10) is stopped with status 124
  tuxnet shell [--seed N] [--trace [--trace-limit N]] [--time-limit SEC]
      run the commands read from stdin in one lab session
  tuxnet bench [NAME...]
      run the registered benchmarks
`;

type Subcommand = (args: readonly string[], env: CliEnv) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand> = {
  test: testCommand,
  run: runCommand,
  shell: shellCommand,
  bench: async (args, env) => {
    await import('./benches.js');
    return runBench(args, { out: env.stdout, err: env.stderr });
  },
};

/**
 * Runs `tuxnet ARGS...` and resolves with the exit status: usage errors
 * (and --help) print the usage on stderr with status 2.
 */
export async function cli(argv: readonly string[], env: CliEnv = processEnv()): Promise<number> {
  const [name, ...args] = argv;
  const sub = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!sub) {
    if (name !== undefined && !name.startsWith('-')) env.stderr(`tuxnet: unknown command '${name}'\n`);
    env.stderr(USAGE);
    return 2;
  }
  try {
    return await sub(args, env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message !== '') env.stderr(`tuxnet ${e.message}\n`);
    env.stderr(USAGE);
    return 2;
  }
}
