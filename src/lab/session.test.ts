import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit, fakeLab, FAKES } from './shell/testkit.js';
import { Session } from './session.js';
import { MemFs } from './memfs.js';
import { createLab } from './boot.js';
import type { VfsProvider } from './vfs.js';

const SEC = 1e9;

/** A /proc/sys-like file that takes 0 or 1 and records each write(2). */
function sysctlFile(): VfsProvider & { writes: string[]; value: string } {
  const f = {
    writes: [] as string[],
    value: '0\n',
    stat: (rel: string) => (rel === '' ? 'dir' : rel === 'knob' ? 'file' : null) as 'dir' | 'file' | null,
    read: (rel: string) => (rel === 'knob' ? f.value : 'ENOENT'),
    write: (_rel: string, data: string) => {
      f.writes.push(data);
      if (!/^[01]\n?$/.test(data)) return 'EINVAL' as const;
      f.value = data.trim() + '\n';
      return null;
    },
    list: () => ['knob'],
    // procfs: a missing name fails its lookup (ENOENT), where sysfs would refuse to create it (EACCES)
    lookupFailsMissing: true,
  };
  return f;
}

test('session: variables, functions, cwd and $? live across calls', async () => {
  const { sh } = kit();
  await sh('x=1; f() { echo "f:$x:$1"; }; cd /tmp');
  assert.deepEqual(await sh('f a; pwd; where'), { output: 'f:1:a\n/tmp\n/tmp\n', status: 0 });
  await sh('status 3');
  assert.deepEqual(await sh('echo $?'), { output: '3\n', status: 0 });
  await sh('export E=2');
  assert.deepEqual(await sh('getenv E'), { output: '2\n', status: 0 });
});

test('session: starts in /root with a transcript environment', async () => {
  const { sh } = kit();
  assert.deepEqual(await sh('pwd; echo $HOME $LANG $LC_ALL; getenv PATH'), {
    output: '/root\n/root C C\n/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n',
    status: 0,
  });
  const other = new Session(fakeLab(), new MemFs(), { cwd: '/work/dir', env: { X: 'y' } });
  for (const [n, f] of Object.entries(FAKES)) other.lab.commands.set(n, f);
  assert.deepEqual(await other.execCollect('pwd; getenv X'), { output: '/work/dir\ny\n', status: 0 });
});

test('session: stdout and stderr are merged in write order', async () => {
  const { sh } = kit();
  assert.deepEqual(await sh('inter; err e; echo o'), { output: 'out1\nerr1\nout2\nerr2\ne\no\n', status: 0 });
});

test('session: time passes only while a command runs', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('slp 1 late &'), { output: '', status: 0 });
  assert.equal(k.lab.sched.now, 0);
  assert.deepEqual(await k.sh('echo quick'), { output: 'quick\n', status: 0 });
  assert.equal(k.lab.sched.now, 0);
  assert.deepEqual(await k.sh('slp 2'), { output: 'late\nslept 2\n', status: 0 });
  assert.equal(k.lab.sched.now, 2 * SEC);
});

test('session: a command blocked forever ends with status 124 and the session goes on', async () => {
  const k = kit();
  k.lab.commands.set('hang', () => new Promise<number>(() => {}));
  assert.deepEqual(await k.sh('echo before; hang; echo notreached'), { output: 'before\ntuxnet: command blocked forever\n', status: 124 });
  assert.deepEqual(await k.sh('hang | cat; echo notreached'), { output: 'tuxnet: command blocked forever\n', status: 124 });
  assert.deepEqual(await k.sh('echo $?; echo next'), { output: '124\nnext\n', status: 0 });
  assert.deepEqual(await k.sh('lines < /dev/null'), { output: '0\n', status: 0 });
});

test('session: a command that never ends while a kernel timer re-arms for ever spends its CPU budget and is abandoned', async () => {
  const lab = fakeLab();
  for (const [n, f] of Object.entries(FAKES)) lab.commands.set(n, f);
  // A timer that re-arms every virtual hour, as router solicitations do, never lets the lab be blocked forever.
  const tick = (): void => void lab.sched.schedule(3600 * SEC, tick);
  tick();
  lab.commands.set('hang', () => new Promise<number>(() => {}));
  const s = new Session(lab, new MemFs(), { cpuLimitSec: 0.2 });
  assert.deepEqual(await s.execCollect('echo before; hang; echo no'), { output: 'before\ntuxnet: CPU time limit exceeded (--time-limit 0.2)\n', status: 124 });
  assert.ok(lab.sched.now > 3600 * SEC, 'virtual time ran');
  s.resetBudget();
  assert.deepEqual(await s.execCollect('slp 1'), { output: 'slept 1\n', status: 0 });
});

test('session: a time limit abandons a command that would run too long', async () => {
  const lab = fakeLab();
  for (const [n, f] of Object.entries(FAKES)) lab.commands.set(n, f);
  const s = new Session(lab, new MemFs(), { timeLimitNs: 5 * SEC });
  assert.deepEqual(await s.execCollect('slp 10; echo no'), { output: 'tuxnet: command timed out\n', status: 124 });
  assert.equal(lab.sched.now, 5 * SEC);
  assert.deepEqual(await s.execCollect('slp 1'), { output: 'slept 1\n', status: 0 });
});

test('session: syntax errors, exit and set -e end one call, not the session', async () => {
  const { sh } = kit();
  assert.deepEqual(await sh('echo a\nif\n'), { output: "a\nbash: line 3: syntax error: unexpected end of file\n", status: 2 });
  assert.deepEqual(await sh('exit 3; echo no'), { output: '', status: 3 });
  assert.deepEqual(await sh('set -e; status 4; echo no'), { output: '', status: 4 });
  assert.deepEqual(await sh('set +e; status 4; echo yes'), { output: 'yes\n', status: 0 });
  assert.deepEqual(await sh('kill $$; echo no'), { output: '', status: 143 });
  assert.deepEqual(await sh('echo alive'), { output: 'alive\n', status: 0 });
});

test('session: command not found is 127 with the line of the script', async () => {
  const { sh } = kit();
  assert.deepEqual(await sh('echo ok\n\nnosuch arg'), { output: 'ok\nbash: line 3: nosuch: command not found\n', status: 127 });
});

test('session: redirections write files of the Vfs, relative to cwd', async () => {
  const { sh, fs, session } = kit();
  await sh('echo one > f; echo two >> f; mkdir_=1; cd /tmp; echo three > g');
  assert.equal(fs.read('/root/f', session.shell.net), 'one\ntwo\n');
  assert.equal(fs.read('/tmp/g', session.shell.net), 'three\n');
  assert.deepEqual(await sh('cat ../root/f g'), { output: 'one\ntwo\nthree\n', status: 0 });
});

test('session: an ordinary file grows while a background job writes it', async () => {
  const { sh } = kit();
  await sh('{ echo first; slp 2 >/dev/null; echo second; } > grow &');
  assert.deepEqual(await sh('slp 1 >/dev/null; cat grow'), { output: 'first\n', status: 0 });
  assert.deepEqual(await sh('slp 2 >/dev/null; cat grow'), { output: 'first\nsecond\n', status: 0 });
});

test('session: a virtual file gets each line of a builtin and a program\'s whole output as a write; its errors are write errors', async () => {
  const k = kit();
  const knob = sysctlFile();
  k.fs.mount('/proc/sys', knob);
  assert.deepEqual(await k.sh('echo 1 > /proc/sys/knob; echo $?; cat /proc/sys/knob'), { output: '0\n1\n', status: 0 });
  assert.deepEqual(knob.writes, ['1\n']);
  assert.deepEqual(await k.sh('echo abc > /proc/sys/knob; echo $?'), {
    output: 'bash: line 1: echo: write error: Invalid argument\n1\n',
    status: 0,
  });
  assert.deepEqual(await k.sh('upper <<< abc > /proc/sys/knob; echo $?'), { output: 'upper: write error: Invalid argument\n1\n', status: 0 });
  knob.writes.length = 0;
  assert.deepEqual(await k.sh('{ echo 1; echo 0; } > /proc/sys/knob; echo $?'), { output: '0\n', status: 0 });
  assert.deepEqual(knob.writes, ['1\n', '0\n'], 'each builtin makes its own write(2)');
  // the fake echo is a program that does not check its writes: the redirection reports the failed one
  assert.deepEqual(await k.sh('{ echo abc; echo 1; } > /proc/sys/knob; echo $?; cat /proc/sys/knob'), {
    output: 'bash: line 1: write error: Invalid argument\n1\n1\n',
    status: 0,
  });
  knob.writes.length = 0;
  assert.deepEqual(await k.sh("printf '0\\n1\\n' > /proc/sys/knob; upper <<< $'1\\n0' > /proc/sys/knob; echo $?"), {
    output: 'upper: write error: Invalid argument\n1\n',
    status: 0,
  });
  assert.deepEqual(knob.writes, ['0\n', '1\n', '1\n0\n'], "printf's lines are written apart, a program's output at its exit");
  assert.deepEqual(await k.sh('echo 1 > /proc/sys/nosuch; echo $?'), {
    output: 'bash: line 1: /proc/sys/nosuch: No such file or directory\n1\n',
    status: 0,
  });
  assert.deepEqual(await k.sh('echo 1 > /proc/sys/knob 2>/dev/null; echo abc 2>/dev/null > /proc/sys/knob; echo $?'), { output: '1\n', status: 0 });
});

test('session: a 10000-iteration arithmetic loop', async () => {
  const { sh } = kit();
  assert.deepEqual(await sh('x=0; while (( x < 10000 )); do x=$((x+1)); done; echo $x'), { output: '10000\n', status: 0 });
});

test('session: on a terminal (tty) filters line-buffer; into the default pipe they write at exit', async () => {
  const script = "sh -c 'echo one; sleep 0.2; echo two >&2; echo three' | sed s/o/0/";
  const order = async (tty: boolean): Promise<string> => {
    const { lab, fs } = createLab(1);
    const r = await new Session(lab, fs, { tty }).execCollect(script);
    return r.output;
  };
  assert.equal(await order(true), '0ne\ntwo\nthree\n');
  assert.equal(await order(false), 'two\n0ne\nthree\n');
});

test('session: words of text and variables are one field when nothing splits or globs, split and globbed otherwise (bash -s on Linux)', async () => {
  const { lab, fs } = createLab(1);
  const script =
    'i=1; printf "[%s]" v$i n$i-x $i; echo; i="a b"; printf "[%s]" v$i; echo; i=""; printf "[%s]" v$i $i x; echo; ' +
    'IFS=:; i="a:b c"; printf "[%s]" v$i; echo; unset IFS; mkdir -p /tmp/g && cd /tmp/g && touch ab ac && i="*"; printf "[%s]" a$i; echo\n' +
    'set -u; printf "[%s]" v$nosuch; echo after';
  assert.deepEqual(await new Session(lab, fs).execCollect(script), {
    output: '[v1][n1-x][1]\n[va][b]\n[v][x]\n[va][b c]\n[ab][ac]\nbash: line 2: nosuch: unbound variable\n',
    status: 1,
  });
});
