/** timeout(1) on the virtual clock (coreutils src/timeout.c). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from '../shell/testkit.js';
import { command } from './index.js';
import { timeout } from './timeout.js';
import { createLabSession } from '../boot.js';

function lab(): ReturnType<typeof kit> {
  const k = kit();
  k.lab.commands.set('timeout', command(timeout, 'timeout'));
  return k;
}

test('timeout: a command that outlives DURATION is signalled; status 124', async () => {
  const k = lab();
  assert.deepEqual(await k.sh('timeout 2 spew; echo "st $?"'), { output: '1\n2\nst 124\n', status: 0 });
  assert.equal(k.lab.sched.now, 2e9);
  assert.deepEqual(await k.sh('timeout --preserve-status -s INT 1.5 spew; echo "st $?"'), { output: '1\n2\nst 130\n', status: 0 });
  assert.deepEqual(await k.sh('timeout 5 spew 2; echo "st $?"'), { output: '1\n2\nst 0\n', status: 0 });
  assert.deepEqual(await k.sh('timeout 0 status 3; echo "st $?"'), { output: 'st 3\n', status: 0 });
});

test('timeout: its own errors are 125, a missing command 127', async () => {
  const k = lab();
  assert.deepEqual(await k.sh('timeout; echo "st $?"'), {
    output: "timeout: missing operand\nTry 'timeout --help' for more information.\nst 125\n",
    status: 0,
  });
  assert.deepEqual(await k.sh('timeout 1x spew; echo "st $?"'), {
    output: "timeout: invalid time interval '1x'\nTry 'timeout --help' for more information.\nst 125\n",
    status: 0,
  });
  assert.deepEqual(await k.sh('timeout 1 nosuch; echo "st $?"'), {
    output: "timeout: failed to run command 'nosuch': No such file or directory\nst 127\n",
    status: 0,
  });
});

test('timeout: a busy loop that never waits is stopped by CPU time; SIGKILL (-s KILL, -k) kills timeout too: 137 (GNU bash 5.2 + coreutils 9.1)', async () => {
  const session = createLabSession({ seed: 1 });
  const script = [
    "timeout 0.1 bash -c 'while :; do :; done'; echo \"a $?\"",
    'timeout 1 sleep 5; echo "b $?"',
    'f() { while :; do :; done; }; timeout 1 f; echo "c $?"',
    'timeout -s KILL 1 sleep 5; echo "d $?"',
    "timeout -s KILL 0.1 bash -c 'while :; do :; done'; echo \"e $?\"",
    "timeout 1 bash -c 'trap \"\" TERM; sleep 3'; echo \"f $?\"",
    "timeout -k 1 1 bash -c 'trap \"\" TERM; sleep 3'; echo \"g $?\"",
    'timeout 1 true; echo "i $?"',
  ].join('\n');
  assert.deepEqual(await session.exec(script), {
    // bash reports the SIGKILL that ended timeout itself (kill-blocking-wait.t, recorded with kt)
    output:
      "a 124\nb 124\ntimeout: failed to run command 'f': No such file or directory\nc 127\n" +
      'bash: line 4:   110 Killed                  timeout -s KILL 1 sleep 5\nd 137\n' +
      "bash: line 5:   113 Killed                  timeout -s KILL 0.1 bash -c 'while :; do :; done'\ne 137\nf 124\n" +
      `bash: line 7:   120 Killed                  timeout -k 1 1 bash -c 'trap "" TERM; sleep 3'\ng 137\ni 0\n`,
    status: 0,
  });
});
