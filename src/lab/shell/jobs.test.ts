import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit, type Kit } from './testkit.js';
import type { Net } from '../../net/core/net_namespace.js';

const SEC = 1e9;

/** Run and report the virtual time it took. */
async function timed(k: Kit, script: string): Promise<{ output: string; status: number; secs: number }> {
  const t0 = k.lab.sched.now;
  const r = await k.sh(script);
  return { ...r, secs: (k.lab.sched.now - t0) / SEC };
}

function withExtras(): Kit & { other: Net } {
  const k = kit();
  const other = (k.lab as unknown as { newNet(): Net }).newNet();
  k.lab.commands.set('hang', () => new Promise<number>(() => {}));
  k.lab.commands.set('inns', (p) => p.exec(p.argv.slice(1), { net: other }));
  k.lab.commands.set('killable', async (p) => {
    await new Promise<void>((resolve) => p.onKill?.(resolve));
    p.stdout.write('never shown\n');
    return p.killed ? 99 : 0;
  });
  return { ...k, other };
}

test('jobs: a background job runs concurrently on the virtual clock', async () => {
  const k = kit();
  assert.deepEqual(await timed(k, 'slp 3 & echo x; wait'), { output: 'x\nslept 3\n', status: 0, secs: 3 });
  assert.deepEqual(await timed(k, 'slp 2 a & slp 1 b & echo both; wait; echo end'), { output: 'both\nb\na\nend\n', status: 0, secs: 2 });
});

test('jobs: $!, wait PID and wait %N return the job status', async () => {
  const k = kit();
  const r = await k.sh('status 3 & p=$!; wait $p; echo $?; status 4 & wait %1; echo $?; wait $p; echo again $?');
  assert.equal(r.output, '3\n4\nagain 3\n');
  const pids = await Promise.all([kit().sh('slp 1 & echo $!'), kit().sh('slp 1 & echo $!')]);
  assert.equal(pids[0].output, pids[1].output, 'pids come from a per-lab counter');
});

test('jobs: jobs lists what runs', async () => {
  const k = kit();
  const r = await k.sh('slp 1 & slp 2 | cat & jobs; wait; jobs');
  assert.equal(r.output, '[1]-  Running                 slp 1 &\n[2]+  Running                 slp 2 | cat &\nslept 1\nslept 2\n');
});

test('jobs: a job started by sh -c outlives it', async () => {
  const k = kit();
  const r1 = await timed(k, "sh -c 'slp 2 done > out.txt & echo started'; echo after; cat out.txt");
  assert.deepEqual(r1, { output: 'started\nafter\n', status: 0, secs: 0 });
  const r2 = await timed(k, 'slp 3; cat out.txt');
  assert.deepEqual(r2, { output: 'slept 3\ndone\n', status: 0, secs: 3 });
  assert.deepEqual(await timed(k, "sh -c 'slp 1 late &'; echo now"), { output: 'now\n', status: 0, secs: 0 });
  assert.deepEqual(await timed(k, 'slp 2'), { output: 'late\nslept 2\n', status: 0, secs: 2 });
});

test('jobs: kill stops a sleeping job at once, with status 143', async () => {
  const k = kit();
  assert.deepEqual(await timed(k, 'slp 100 & kill $!; wait $!; echo $?'), { output: '143\n', status: 0, secs: 0 });
  assert.equal(k.lab.sched.nextExpiry(), Infinity, 'the sleep timer was cancelled');
  // bash reports the job SIGKILL ended once `wait` waited for it (notify_of_job_status())
  assert.deepEqual(await timed(k, 'slp 100 & kill -9 %1; wait %1; echo $?; kill -KILL $! 2>/dev/null; echo $?'), {
    output: 'bash: line 1:   106 Killed                  slp 100\n137\n1\n',
    status: 0,
    secs: 0,
  });
  const r = await k.sh('status 0 & p=$!; wait; kill $p; echo $p');
  const pid = r.output.trim().split('\n').pop();
  assert.equal(r.output, `bash: line 1: kill: (${pid}) - No such process\n${pid}\n`);
});

test('jobs: kill from another job, kill of a pipeline job, kill of a subshell', async () => {
  const k = kit();
  assert.deepEqual(await timed(k, 'slp 10 & p=$!; (slp 1; kill $p) & wait $p; echo $?'), { output: 'slept 1\n143\n', status: 0, secs: 1 });
  // (the subshell above, job 2, exited by itself: a script's bash keeps it until reported, so this job is 3)
  assert.deepEqual(await timed(k, 'slp 10 | slp 20 & kill %%; wait; echo done'), { output: 'done\n', status: 0, secs: 0 });
  assert.deepEqual(await timed(k, '(slp 10; echo no) & kill $!; wait $!; echo $?; slp 11'), { output: '143\nslept 11\n', status: 0, secs: 11 });
});

test('jobs: commands learn of a kill through onKill; a command that ignores it is still gone', async () => {
  const k = withExtras();
  assert.deepEqual(await k.sh('killable & kill $!; wait $!; echo $?'), { output: '143\n', status: 0 });
  // a background command ignores SIGINT (setup_async_signals()): SIGTERM ends it
  assert.deepEqual(await k.sh('hang & kill -INT $!; kill -TERM $!; wait $!; echo $?'), { output: '143\n', status: 0 });
});

test('jobs: a pipe reader that exits breaks the pipe (SIGPIPE)', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('set -o pipefail; gen 100000 | first; echo $?'), { output: '1\n141\n', status: 0 });
  assert.deepEqual(await k.sh('while :; do echo y; done | first; echo end'), { output: 'y\nend\n', status: 0 });
  assert.deepEqual(await k.sh('gen 3 | lines'), { output: '3\n', status: 0 });
});

test('jobs: command substitution waits for the jobs that hold its output', async () => {
  const k = kit();
  assert.deepEqual(await timed(k, 'x=$(slp 2 & echo imm); echo "$x"'), { output: 'imm\nslept 2\n', status: 0, secs: 2 });
  assert.deepEqual(await timed(k, 'x=$(slp 2 >/dev/null & echo imm); echo "$x"'), { output: 'imm\n', status: 0, secs: 0 });
  assert.deepEqual(await timed(k, "slp 1 | sh -c 'slp 5 > f & echo piped' | upper"), { output: 'PIPED\n', status: 0, secs: 1 });
});

test('jobs: a background job reads /dev/null, not the terminal', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('lines & wait'), { output: '0\n', status: 0 });
});

test('jobs: Proc.exec runs sh in another namespace, inherited by its pipelines and jobs', async () => {
  const k = withExtras();
  const init = (k.lab.initNet as unknown as { cookie: number }).cookie;
  const other = (k.other as unknown as { cookie: number }).cookie;
  const r = await k.sh("nsname; inns sh -c 'nsname | upper; (slp 1; nsname) & echo $0'; nsname; wait; slp 2");
  assert.equal(r.output, `ns=${init}\nNS=${other}\nsh\nns=${init}\nslept 1\nns=${other}\nslept 2\n`);
  assert.deepEqual(await k.sh('inns nsname; X=1 inns getenv X; cd /tmp; inns where'), { output: `ns=${other}\n1\n/tmp\n`, status: 0 });
});

test('jobs: Proc.exec of a shell builtin, and of an unknown name', async () => {
  const k = withExtras();
  assert.deepEqual(await k.sh('slp 5 & run kill $!; wait $!; echo $?'), { output: '143\n', status: 0 });
  assert.deepEqual(await k.sh('run nosuch; echo $?'), { output: '127\n', status: 0 });
  assert.deepEqual(await k.sh('run sh -c "exit 7"; echo $?'), { output: '7\n', status: 0 });
});

test('jobs: a trapped signal runs its action instead of killing the shell', async () => {
  const k = kit();
  const r = await k.sh("sh -c 'trap \"echo caught\" USR1; kill -USR1 $$; echo after'; echo $?");
  assert.deepEqual(r, { output: 'caught\nafter\n0\n', status: 0 });
  assert.deepEqual(await k.sh("sh -c 'trap \"\" TERM; kill $$; echo ignored'"), { output: 'ignored\n', status: 0 });
});
