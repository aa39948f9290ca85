/** The `tuxnet` command: dispatch to the subcommands. */
import { HelpRequest, UsageError } from './args.js';
import { COMMANDS, USAGE, helpOf, suggestSimilar, version } from './help.js';
import { runBench } from './bench.js';
import { type CliEnv, processEnv } from './env.js';
import { runCommand } from './run_cmd.js';
import { shellCommand } from './shell_cmd.js';
import { testCommand } from './test_cmd.js';
import { webCommand } from './web_cmd.js';

type Subcommand = (args: readonly string[], env: CliEnv) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand> = {
  test: testCommand,
  run: runCommand,
  shell: shellCommand,
  web: webCommand,
  bench: async (args, env) => {
    if (args.includes('--help') || args.includes('-h')) throw new HelpRequest('bench');
    await import('./benches.js');
    return runBench(args, { out: env.stdout, err: env.stderr });
  },
};

export { USAGE };

/**
 * Runs `tuxnet ARGS...` and resolves with the exit status, as commander
 * does: help and --version on stdout with status 0; an unknown command or
 * option, `error: ...` on stderr with status 1 (no command at all: the
 * usage on stderr, status 1).
 */
export async function cli(argv: readonly string[], env: CliEnv = processEnv()): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    env.stdout(helpOf(name === 'help' ? args[0] : undefined));
    return 0;
  }
  if (name === '--version' || name === '-V') {
    env.stdout(`${version()}\n`);
    return 0;
  }
  const sub = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!sub) {
    if (name === undefined) env.stderr(USAGE);
    else if (name.startsWith('-')) env.stderr(`error: unknown option '${name}'${suggestSimilar(name, ['--help', '--version'])}\n`);
    else env.stderr(`error: unknown command '${name}'${suggestSimilar(name, [...COMMANDS, 'help'])}\n`);
    return 1;
  }
  try {
    return await sub(args, env);
  } catch (e) {
    if (e instanceof HelpRequest) {
      env.stdout(helpOf(e.command));
      return 0;
    }
    if (!(e instanceof UsageError)) throw e;
    env.stderr(`error: ${e.message}\n`);
    return 1;
  }
}
