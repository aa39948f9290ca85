/**
 * Nothing a user types hangs, crashes or silently changes the lab (tracker
 * issue 13): SIGPIPE, the CPU budget, memory and process limits, devices,
 * bash's answers to odd input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from './testkit.js';
import { limitsOf } from './limits.js';

test('SIGPIPE: a writer that ignores its closed pipe is killed (141); trap "" PIPE ignores it', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('spew | first; echo "done $?"'), { output: '1\ndone 0\n', status: 0 });
  assert.deepEqual(await k.sh('set -o pipefail; spew | first; echo "st $?"'), { output: '1\nst 141\n', status: 0 });
  assert.deepEqual(await k.sh("trap '' PIPE; spew 3 | first; echo \"st $?\""), { output: '1\nst 0\n', status: 0 });
});

test('CPU budget: an endless loop ends with status 124 and a message; the session goes on', async () => {
  const k = kit({ cpuLimitSec: 0.05 });
  assert.deepEqual(await k.sh('while true; do :; done; echo never'), {
    output: 'tuxnet: CPU time limit exceeded (--time-limit 0.05)\n',
    status: 124,
  });
  k.session.resetBudget();
  assert.deepEqual(await k.sh('(while :; do :; done); echo never'), {
    output: 'tuxnet: CPU time limit exceeded (--time-limit 0.05)\n',
    status: 124,
  });
  k.session.resetBudget();
  assert.deepEqual(await k.sh('echo ok'), { output: 'ok\n', status: 0 });
});

test('patterns: a reversed range matches nothing, as bash', async () => {
  const k = kit();
  const r = await k.sh('case b in [z-a]) echo m;; *) echo n;; esac; x=b; echo "${x#[c-a]}"; [[ b == [z-a] ]]; echo $?; [[ b == [!z-a] ]]; echo $?');
  assert.deepEqual(r, { output: 'n\nb\n1\n0\n', status: 0 });
});

test('memory: a string that doubles forever ends the shell with bash\'s xmalloc error, status 2', async () => {
  const k = kit();
  limitsOf(k.lab).maxString = 1 << 16;
  assert.deepEqual(await k.sh('(x=a; while :; do x=$x$x; done); echo "sub $?"'), {
    output: `bash: xmalloc: cannot allocate ${2 ** 17 + 1} bytes\nsub 2\n`,
    status: 0,
  });
  assert.deepEqual(await k.sh('x=a; while true; do x=$x$x; done; echo never'), {
    output: `bash: xmalloc: cannot allocate ${2 ** 17 + 1} bytes\n`,
    status: 2,
  });
});

test('processes: a fork bomb meets the process limit and the CPU budget, never the host', async () => {
  const k = kit({ cpuLimitSec: 0.2 });
  const r = await k.sh('bomb(){ bomb|bomb& }; bomb; echo after');
  assert.match(r.output, /^bash: fork: retry: Resource temporarily unavailable$/m);
  assert.match(r.output, /^bash: fork: Resource temporarily unavailable$/m);
  assert.doesNotMatch(r.output, /internal error/);
});

test('devices: /dev/stdout, /dev/stderr, /dev/fd/N are the descriptors; /dev/zero reads zeros', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('echo e > /dev/stderr; echo o >/dev/stdout; echo f >/dev/fd/2; ls_dev=$(echo x 2>/dev/null >/dev/fd/1); echo $ls_dev'), {
    output: 'e\no\nf\nx\n',
    status: 0,
  });
  assert.equal(k.fs.stat('/dev/stderr', k.lab.initNet), null);
  assert.equal(k.fs.stat('/dev/stdout', k.lab.initNet), null);
  assert.deepEqual(await k.sh('echo z > /dev/zero; echo $?'), { output: '0\n', status: 0 });
  // A reader that never stops gets EOF once the CPU budget is spent.
  limitsOf(k.lab).reset(0.02);
  assert.deepEqual(await k.sh('first < /dev/zero | lines'), {
    output: '1\ntuxnet: CPU time limit exceeded (--time-limit 10)\n',
    status: 124,
  });
});

test('variables: UID and EUID are 0 and readonly', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('echo $UID $EUID'), { output: '0 0\n', status: 0 });
});

test('read -n, -N, -t (virtual clock, status 142 on timeout), -a', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('read -n 3 x <<< "abcdef"; echo "$x"; read -n 9 y <<< "ab"; echo "$y"; read -N 4 z <<< $\'a\\nbcd\'; echo "${#z}"'), {
    output: 'abc\nab\n4\n',
    status: 0,
  });
  assert.deepEqual(await k.sh('spew 3 | { read -t 1.5 a; echo "$? $a"; read -t 0.5 b; echo "$? [$b]"; }'), {
    output: '0 1\n142 []\n',
    status: 0,
  });
  assert.deepEqual(await k.sh('read -a arr <<< "x  y z"; echo "${#arr[@]} ${arr[1]}"'), { output: '3 y\n', status: 0 });
});

test('here-documents: a body is one slice of the script; <<- strips tabs; an unterminated one ends at EOF', async () => {
  const k = kit();
  const big = 'line\n'.repeat(50000);
  const r = await k.sh(`cat <<'E' | lines\n${big}E\ncat <<E | lines\n${big}E\n`);
  assert.deepEqual(r, { output: '50000\n50000\n', status: 0 });
  assert.deepEqual(await k.sh('x=1; cat <<-E\n\t\ta $x\n\tE\necho done'), { output: 'a 1\ndone\n', status: 0 });
  assert.deepEqual(await k.sh("eval $'cat <<E\\nabc'"), {
    output: "bash: eval: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `E')\nabc\n",
    status: 0,
  });
});

test('traps: ERR as bash fires it (not in conditions; functions and subshells only with set -E); EXIT at exit', async () => {
  const k = kit();
  const script = [
    'trap \'echo "err $? at $LINENO"\' ERR',
    'false',
    'if false; then :; fi',
    'false || true',
    '! false',
    'f() { false; echo "in f"; }',
    'f',
    'set -E',
    'f',
    '(false)',
    'trap -p ERR',
  ].join('\n');
  assert.deepEqual(await k.sh(script), {
    output: 'err 1 at 2\nin f\nerr 1 at 6\nin f\nerr 1 at 10\nerr 1 at 10\ntrap -- \'echo "err $? at $LINENO"\' ERR\n',
    status: 0,
  });
  assert.deepEqual(await kit().sh("trap 'echo bye' EXIT; (exit 4); echo $?; exit 3; echo no"), { output: '4\nbye\n', status: 3 });
});

test('Ctrl-C: SIGINT goes to the foreground job; the line is abandoned unless INT is trapped; the session lives', async () => {
  const k = kit();
  k.lab.sched.schedule(2.5e9, () => void k.session.interrupt());
  assert.deepEqual(await k.sh('spew; echo next'), { output: '1\n2\n3\n', status: 130 });
  k.lab.sched.schedule(1.5e9, () => void k.session.interrupt());
  assert.deepEqual(await k.sh("trap 'echo caught' INT; spew; echo \"next $?\""), { output: '1\n2\ncaught\nnext 130\n', status: 0 });
  assert.equal(k.session.interrupt(), false);
  assert.deepEqual(await k.sh('echo alive'), { output: 'alive\n', status: 0 });
});

test('processes: a fork that keeps failing ends a non-interactive shell with 254 after bash 5.2\'s retries; its EXIT trap runs', async () => {
  // bash 5.2.15 as an unprivileged user under `ulimit -u 1`, `bash -s`:
  // four "fork: retry" lines, "fork: Resource temporarily unavailable",
  // exit status 254 (EX_NOEXEC | 128, throw_to_top_level → EXITPROG)
  const k = kit();
  const r = await k.sh("trap 'echo bye' EXIT; for i in {1..1100}; do slp 100 & done; echo after");
  const retry = 'bash: fork: retry: Resource temporarily unavailable\n';
  assert.deepEqual(r, { output: retry.repeat(4) + 'bash: fork: Resource temporarily unavailable\nbye\n', status: 254 });
  assert.equal(k.session.ended, true);
});
