import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StdioFile } from './stdio.js';
import type { VfsError } from '../../lab/vfs.js';

/** A stream that records each write(2) and refuses those `bad` matches (EINVAL, as a /proc/sys knob). */
function sink(bad: RegExp = /^$/) {
  const writes: string[] = [];
  const stream = {
    write: (s: string) => void writes.push(s),
    writeAll: (s: string): VfsError | null => {
      writes.push(s);
      return bad.test(s) ? 'EINVAL' : null;
    },
  };
  return { writes, stream };
}

test('line buffered: fputs() writes up to its last newline, putchar() at each newline', () => {
  const { writes, stream } = sink();
  const f = new StdioFile(stream);
  f.setLineBuffered();
  f.write('a\nb\nc');
  assert.deepEqual(writes, ['a\nb\n']);
  f.putc('d\ne\nf');
  assert.deepEqual(writes, ['a\nb\n', 'cd\n', 'e\n']);
  f.flush();
  assert.deepEqual(writes, ['a\nb\n', 'cd\n', 'e\n', 'f']);
});

test('a failed write(2) sets the error indicator and errno; fputs() loses what followed its newline', () => {
  const { writes, stream } = sink(/abc/);
  const f = new StdioFile(stream);
  f.setLineBuffered();
  f.write('abc\n4');
  assert.equal(f.errno, 'EINVAL');
  f.putc('\n');
  assert.deepEqual(writes, ['abc\n', '\n'], 'the "4" was dropped with the failed block');
  f.clearerr();
  assert.equal(f.errno, null);
  f.putc('abc\n5\n');
  assert.equal(f.errno, 'EINVAL', 'putchar() goes on after a failed line');
  assert.deepEqual(writes.slice(2), ['abc\n', '5\n']);
});

test('fully buffered: putchar() and fputs() alike, one write at flush', () => {
  const { writes, stream } = sink();
  const f = new StdioFile(stream);
  f.putc('1\n2\n');
  f.write('3\n');
  assert.deepEqual(writes, []);
  f.flush();
  assert.deepEqual(writes, ['1\n2\n3\n']);
});

test('_IO_new_file_xsputn(): a fresh stream writes whole st_blksize blocks at once, then fills its buffer block by block', () => {
  const { writes, stream } = sink();
  const f = new StdioFile({ ...stream, blksize: 1024 });
  f.write('x'.repeat(10004));
  assert.deepEqual(writes.map((w) => w.length), [9216]);
  f.write('y'.repeat(300));
  f.write('z'.repeat(2000));
  // 788 + 236 fill the buffer, 64 wait; 960 fill it again, one whole block goes direct, 16 wait
  assert.deepEqual(writes.map((w) => w.length), [9216, 1024, 1024, 1024]);
  f.putc('\n');
  f.flush();
  assert.deepEqual(writes.map((w) => w.length), [9216, 1024, 1024, 1024, 17]);
});

test("bash's line-buffered stdout: a long text fills its 4 KiB buffer, whole blocks follow, the newline flushes the rest", () => {
  const { writes, stream } = sink();
  const f = new StdioFile({ ...stream, blksize: 1024 });
  f.setLineBuffered();
  f.write('x'.repeat(10004));
  f.putc('\n');
  assert.deepEqual(writes.map((w) => w.length), [4096, 4096, 1813]);
  f.putc('a'.repeat(5000));
  assert.deepEqual(writes.map((w) => w.length), [4096, 4096, 1813, 4096]);
});
