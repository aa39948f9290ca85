/**
 * The lab's pipe holds PIPE_SIZE (65536) bytes: a writer that filled it is
 * blocked until the reader took enough (`first` reads 64 KiB at once), and ends in SIGPIPE when the reader
 * exits first (fs/pipe.c pipe_write()).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipe, PIPE_SIZE } from './streams.js';
import { kit } from './testkit.js';

test('a write past the capacity blocks until the reader took enough; a read takes at most its count', async () => {
  const pipe = new Pipe();
  pipe.out.write('x'.repeat(PIPE_SIZE));
  assert.equal(pipe.out.writable?.(), null, 'a full pipe whose last write fit does not block');
  pipe.out.write('y'.repeat(10_000));
  const room = pipe.out.writable?.();
  assert.ok(room instanceof Promise);
  let settled: boolean | null = null;
  void room.then((r) => (settled = r));
  assert.equal((await pipe.in.read(8192))?.length, 8192);
  await Promise.resolve();
  assert.equal(settled, null, 'still 10000 - 8192 bytes past the capacity');
  assert.equal((await pipe.in.read(8192))?.length, 8192);
  await Promise.resolve();
  assert.equal(settled, true);
  assert.equal((await pipe.in.read())?.length, PIPE_SIZE + 10_000 - 16384);
});

test('the last reader leaving a pipe a writer is blocked on ends the write (false)', async () => {
  const pipe = new Pipe();
  pipe.out.write('z'.repeat(PIPE_SIZE + 1));
  const room = pipe.out.writable?.();
  pipe.in.release();
  assert.equal(await room, false);
  assert.equal(pipe.out.broken, true);
});

test('a command that wrote more than the pipe holds waits for its reader before it exits: SIGPIPE when the reader leaves first', async () => {
  const k = kit();
  k.lab.commands.set('dump', async (p) => {
    p.stdout.write(`${'l\n'.repeat(100_000)}`);
    return 0;
  });
  k.lab.commands.set('dumpsmall', async (p) => {
    p.stdout.write(`${'l\n'.repeat(30_000)}`);
    return 0;
  });
  assert.deepEqual(await k.sh('dump | first; echo "${PIPESTATUS[@]}"'), { output: 'l\n141 0\n', status: 0 });
  assert.deepEqual(await k.sh('dumpsmall | first; echo "${PIPESTATUS[@]}"'), { output: 'l\n0 0\n', status: 0 });
  assert.deepEqual(await k.sh('dump | lines; echo "${PIPESTATUS[@]}"'), { output: '100000\n0 0\n', status: 0 });
  let doneAt = 0;
  k.lab.commands.set('mark', async (p) => {
    doneAt = p.lab.sched.now;
    return 0;
  });
  const t0 = k.lab.sched.now;
  assert.deepEqual(await k.sh('{ dump; mark; } | { slp 2 >/dev/null; lines; }; echo "${PIPESTATUS[@]}"'), { output: '100000\n0 0\n', status: 0 });
  assert.equal(doneAt - t0, 2e9, 'the writer waited for its reader');
});
