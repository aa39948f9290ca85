/**
 * A killed process's write (or read) never returns: the program unwinds to
 * its top with 128 + signal, as Linux's write() never returns to a process
 * the signal killed. Writes made for it from a timer or a signal delivery
 * do not throw into the scheduler or the sender.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit, virtualSleep } from './testkit.js';
import { processTask } from '../process.js';
import { nanosleep } from '../../sim/wait.js';
import { procTable } from './procs.js';
import { SIGKILL, SIGUSR1 } from '../../uapi/linux/signal.js';

const NS_PER_SEC = 1e9;

test('a writer that never looks at its pipe stops in the write that raised SIGPIPE (141)', async () => {
  const k = kit();
  let afterKill = 0;
  let returned = false;
  k.lab.commands.set('yes1', async (p) => {
    for (let i = 0; i < 100_000; i++) {
      p.stdout.write('y\n');
      if (p.killed) afterKill++;
      await Promise.resolve();
    }
    returned = true;
    return 0;
  });
  assert.deepEqual(await k.sh('yes1 | first; echo "${PIPESTATUS[@]}"'), { output: 'y\n141 0\n', status: 0 });
  assert.equal(afterKill, 0);
  assert.equal(returned, false);
});

test('a read by a killed process unwinds it (137); SIGPIPE ignored, a write into a broken pipe returns (EPIPE)', async () => {
  const k = kit();
  const seen: string[] = [];
  let pid = 0;
  k.lab.commands.set('rd', async (p) => {
    pid = p.pid ?? 0;
    await virtualSleep(p, 5 * NS_PER_SEC);
    seen.push('woke');
    await p.stdin.read();
    seen.push('read returned');
    return 3;
  });
  k.lab.commands.set('kill9', async (p) => Number(!procTable(p.lab).get(pid)?.kill(SIGKILL)));
  // the subshell reports its foreground command SIGKILL ended, as bash does
  const killed = await k.sh('{ rd <<< data; echo $?; } & slp 1 x; kill9; wait');
  assert.deepEqual(killed, { output: `x\nbash: line 1: ${String(pid).padStart(5)} Killed                  rd <<< data\n137\n`, status: 0 });
  assert.deepEqual(seen, ['woke']);
  k.lab.commands.set('wr', async (p) => {
    p.stdout.write('x\n');
    await virtualSleep(p, NS_PER_SEC);
    p.stdout.write('again\n');
    seen.push(`wrote killed=${p.killed}`);
    return 3;
  });
  assert.deepEqual(await k.sh('(trap \'\' PIPE; wr | first; echo "${PIPESTATUS[@]}")'), { output: 'x\n3 0\n', status: 0 });
  assert.deepEqual(seen, ['woke', 'wrote killed=false']);
});

test('a timer that writes for a process its write kills does not throw into the scheduler; the process unwinds at its own next write', async () => {
  const k = kit();
  let ticks = 0;
  let mainLineAfter = false;
  k.lab.commands.set('tick', async (p) => {
    // an interval report printed from a timer (iperf3's), the main line asleep meanwhile
    const each = (): void => {
      ticks++;
      p.stdout.write(`t${ticks}\n`);
      if (ticks < 5) p.lab.sched.schedule(NS_PER_SEC, each);
    };
    p.lab.sched.schedule(NS_PER_SEC, each);
    await virtualSleep(p, 10 * NS_PER_SEC);
    p.stdout.write('end\n');
    mainLineAfter = true;
    return 0;
  });
  assert.deepEqual(await k.sh('tick | first; echo "${PIPESTATUS[@]}"'), { output: 't1\n141 0\n', status: 0 });
  assert.equal(mainLineAfter, false);
  assert.equal(ticks, 2);
});

test('a signal handler whose write meets a broken pipe kills its process, not the sender of the signal', async () => {
  const k = kit();
  let pid = 0;
  k.lab.commands.set('hnd', async (p) => {
    pid = p.pid ?? 0;
    p.onSignal?.(SIGUSR1, () => p.stdout.write('usr1\n'));
    await virtualSleep(p, 5 * NS_PER_SEC);
    return 0;
  });
  k.lab.commands.set('usr1', async (p) => {
    const ok = procTable(p.lab).get(pid)?.kill(SIGUSR1);
    p.stdout.write(`sent ${ok}\n`);
    return 0;
  });
  const r = await k.sh('{ hnd | status 0; echo "${PIPESTATUS[@]}"; } & slp 1 x; usr1; wait');
  assert.deepEqual(r, { output: 'x\nsent true\n141 0\n', status: 0 });
});

test('a program that writes without end and never lets virtual time move spends the CPU budget and is killed past its hard limit (SIGKILL)', async () => {
  const k = kit({ cpuLimitSec: 0.05 });
  let writes = 0;
  k.lab.commands.set('spin', async (p) => {
    // a flood ping on lo: each reply comes at once, the clock never moves
    for (let i = 0; i < 1_000_000; i++) {
      p.stdout.write('');
      writes++;
      await Promise.resolve();
    }
    return 0;
  });
  // bash reports the SIGKILL as for any foreground command a signal ended
  assert.deepEqual(await k.sh('spin; echo "st $?"'), {
    output: 'bash: line 1:   102 Killed                  spin\ntuxnet: CPU time limit exceeded (--time-limit 0.05)\n',
    status: 124,
  });
  // killed past the hard limit (a second of CPU beyond the budget), long before its loop's end
  assert.ok(writes < 1_000_000, `${writes} writes`);
});

test('a sleep of processTask() a kill interrupts never returns: the program unwinds (137); a caught signal returns intr', async () => {
  const k = kit();
  const seen: string[] = [];
  k.lab.commands.set('napper', async (p) => {
    const task = processTask(p);
    p.onSignal?.(SIGUSR1, () => task.signalWakeUp());
    seen.push(await nanosleep(p.lab.sched, 100 * NS_PER_SEC, task));
    seen.push(await nanosleep(p.lab.sched, 100 * NS_PER_SEC, task));
    seen.push('after the kill');
    return 0;
  });
  const t0 = k.lab.sched.now;
  const r = await k.sh('napper & slp 1 x; kill -USR1 $!; slp 1 y; kill -9 $!; wait $!; echo $?');
  assert.equal(r.status, 0);
  assert.match(r.output, /^x\ny\nbash: line 1: +\d+ Killed {18}napper\n137\n$/);
  assert.deepEqual(seen, ['intr']);
  assert.equal((k.lab.sched.now - t0) / NS_PER_SEC, 2, 'no sleep ran to its end');
});
