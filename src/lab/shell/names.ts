/**
 * Names bash implements as builtins (`help` of bash 5.2). Some of them
 * (echo, printf, test) are commands of the lab's table here, but bash's
 * messages still name them as builtins: `bash: line 1: echo: write error`.
 */
export const BASH_BUILTINS: ReadonlySet<string> = new Set([
  ':', '.', '[', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'command', 'compgen', 'complete',
  'compopt', 'continue', 'declare', 'dirs', 'disown', 'echo', 'enable', 'eval', 'exec', 'exit', 'export', 'false',
  'fc', 'fg', 'getopts', 'hash', 'help', 'history', 'jobs', 'kill', 'let', 'local', 'logout', 'mapfile', 'popd',
  'printf', 'pushd', 'pwd', 'read', 'readarray', 'readonly', 'return', 'set', 'shift', 'shopt', 'source',
  'suspend', 'test', 'times', 'trap', 'true', 'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'wait',
]);

/** Reserved words, for `type` (bash(1) "RESERVED WORDS"). */
export const KEYWORDS: ReadonlySet<string> = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for',
  'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

/** The `set -o` options the lab's shell has (bash's names); `test -o NAME` reads them too. */
export const SET_NAMES = ['errexit', 'errtrace', 'noclobber', 'noglob', 'nounset', 'pipefail', 'xtrace'] as const;
