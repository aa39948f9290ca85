/** timeout(1) on the virtual clock (coreutils src/timeout.c). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from '../shell/testkit.js';
import { command } from './index.js';
import { timeout } from './timeout.js';

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
