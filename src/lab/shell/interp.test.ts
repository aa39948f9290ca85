import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from './testkit.js';
import type { VfsProvider } from '../vfs.js';

test('interp: scripts in files run by sh, bash, ./path and source', async () => {
  const k = kit();
  k.fs.write('/root/s.sh', 'echo "$0:$1:$#"\nf() { echo in-f; }\nx=set\nnosuch\nexit 4\n', k.session.shell.net);
  assert.deepEqual(await k.sh('sh s.sh a b; echo $?; echo "[$x]"'), {
    // sh is dash (checked with dash 0.5.12): its text, `s.sh: 4: nosuch: not found`
    output: 's.sh:a:2\ns.sh: 4: nosuch: not found\n4\n[]\n',
    status: 0,
  });
  assert.deepEqual(await k.sh('./s.sh q; echo $?'), { output: './s.sh:q:1\n./s.sh: line 4: nosuch: command not found\n4\n', status: 0 });
  k.fs.write('/root/lib.sh', 'f() { echo in-f $1; }\nx=set\nreturn 6\necho no\n', k.session.shell.net);
  assert.deepEqual(await k.sh('. ./lib.sh; echo $?; f 1; echo $x; source nofile; echo $?'), {
    output: '6\nin-f 1\nset\nbash: line 1: nofile: No such file or directory\n1\n',
    status: 0,
  });
  assert.deepEqual(await k.sh('bash nofile.sh; echo $?; ./nodir/x; echo $?'), {
    output: 'bash: nofile.sh: No such file or directory\n127\nbash: line 1: ./nodir/x: No such file or directory\n127\n',
    status: 0,
  });
});

test('interp: sh -s and plain sh read the script from stdin', async () => {
  const k = kit();
  assert.deepEqual(await k.sh("echo 'echo from-stdin $1' | sh -s arg; sh <<< 'echo $0'"), { output: 'from-stdin arg\nsh\n', status: 0 });
});

test('interp: commands in bin directories are the lab table', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('/bin/echo a; /usr/sbin/upper <<< b; command -v upper; type upper'), {
    output: 'a\nB\n/usr/bin/upper\nupper is /usr/bin/upper\n',
    status: 0,
  });
});

test('interp: exec redirections stay for the following commands of the session', async () => {
  const k = kit();
  await k.sh('exec 3>log; echo to-log >&3; exec 2>/dev/null');
  assert.deepEqual(await k.sh('err hidden; nosuch; echo shown; echo more >&3; cat log'), { output: 'shown\nto-log\nmore\n', status: 0 });
});

test('interp: pathname expansion reads virtual directories too', async () => {
  const k = kit();
  const provider: VfsProvider = {
    stat: (rel) => (rel === '' || rel === 'conf' ? 'dir' : ['conf/a0', 'conf/lo', 'conf/all'].includes(rel) ? 'dir' : null),
    read: () => 'EISDIR',
    list: (rel) => (rel === '' ? ['conf'] : ['a0', 'all', 'lo']),
  };
  k.fs.mount('/proc/sys/net', provider);
  assert.deepEqual(await k.sh('args /proc/sys/net/conf/*; args /proc/sys/net/conf/a*/; for d in /proc/sys/net/*; do echo $d; done'), {
    output: '[/proc/sys/net/conf/a0]\n[/proc/sys/net/conf/all]\n[/proc/sys/net/conf/lo]\n[/proc/sys/net/conf/a0/]\n[/proc/sys/net/conf/all/]\n/proc/sys/net/conf\n',
    status: 0,
  });
});

test('interp: read takes one line and leaves the rest of a pipe', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('gen 4 | { read a; read b; cat; }'), { output: '3\n4\n', status: 0 });
  assert.deepEqual(await k.sh('gen 3 | { read a; sh -c "read b; echo \\$b"; cat; }'), { output: '2\n3\n', status: 0 });
  // the prompt is for a terminal only
  assert.deepEqual(await k.sh("read -p 'name? ' n <<< bob; echo $n"), { output: 'bob\n', status: 0 });
});

test('interp: set -x traces expanded commands with PS4', async () => {
  const k = kit();
  assert.deepEqual(await k.sh("set -x; x='a b'; args \"$x\" $x >/dev/null; PS4='> '; : done; set +x"), {
    output: "+ x='a b'\n+ args 'a b' a b\n+ PS4='> '\n> : done\n> set +x\n",
    status: 0,
  });
});

test('interp: deep recursion stops at the nesting limit', async () => {
  const k = kit();
  // bash names it by BASH_SOURCE[0], "main" inside a function defined on stdin (FUNCNEST=1000 on bash 5.2: "main: line 9: f: ...")
  const r = await k.sh('f() { f; }; f; echo notreached');
  assert.deepEqual(r, { output: 'main: line 1: f: maximum function nesting level exceeded (1000)\n', status: 1 });
});

test('interp: a prefix assignment is in the environment of that command only', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('X=1 getenv X; getenv X; Y=2; getenv Y; export Y; getenv Y; Y=3 sh -c "echo \\$Y"; echo $Y'), {
    output: '1\nunset\nunset\n2\n3\n2\n',
    status: 0,
  });
});

test('interp: status of killed and signalled pipelines', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('slp 5 | slp 6 & p=$!; slp 1; kill $p; wait $p; echo $?'), { output: 'slept 1\n143\n', status: 0 });
});

test('interp: time reports the virtual time a pipeline took', async () => {
  const k = kit();
  assert.deepEqual(await k.sh('time slp 61 >/dev/null'), { output: '\nreal\t1m1.000s\nuser\t0m0.000s\nsys\t0m0.000s\n', status: 0 });
  assert.deepEqual(await k.sh('time -p slp 1.5 | cat'), { output: 'slept 1.5\nreal 1.50\nuser 0.00\nsys 0.00\n', status: 0 });
});

test('interp: sh is dash: its error texts, echo, no brace expansion, no source (recorded with dash 0.5.12)', async () => {
  const k = kit();
  const cases: Array<[string, string, number]> = [
    ["sh -c 'nosuch; echo after $?'", 'sh: 1: nosuch: not found\nafter 127\n', 0],
    ["sh -c 'cd /nonexistent; echo after $?'", "sh: 1: cd: can't cd to /nonexistent\nafter 2\n", 0],
    ["sh -c 'echo hi > /nonexistent/f; echo after $?'", 'sh: 1: cannot create /nonexistent/f: Directory nonexistent\nafter 2\n', 0],
    ["sh -c 'cat < /nonexistent/f; echo after $?'", 'sh: 1: cannot open /nonexistent/f: No such file\nafter 2\n', 0],
    ["sh -c 'if true; then echo x; fi fi'", 'sh: 1: Syntax error: "fi" unexpected\n', 2],
    ["sh -c \"echo 'open\"", 'sh: 1: Syntax error: Unterminated quoted string\n', 2],
    ["sh -c 'echo $(( 1 / 0 ))'", 'sh: 1: arithmetic expression: division by zero: " 1 / 0 "\n', 2],
    ["sh -c 'exit foo'", 'sh: 1: exit: Illegal number: foo\n', 2],
    ["sh -c 'shift 3; echo no'", "sh: 1: shift: can't shift that many\n", 2],
    ["sh -c 'echo ${x?unset var}'", 'sh: 1: x: unset var\n', 2],
    ["sh -c 'local x=1'", 'sh: 1: local: not in a function\n', 2],
    ["sh -c 'echo {a,b}; echo -e \"a\\tb\\101\\0101\"; echo -n x\\\\cy; echo z'", '{a,b}\n-e a\tbAA\nxz\n', 0],
    ["sh -c 'source /dev/null'", 'sh: 1: source: not found\n', 127],
    ["sh -c '. /nonexistent'", 'sh: 1: .: cannot open /nonexistent: No such file\n', 2],
    ["sh -c 'command -v nosuch; echo $?; type cat'", '127\ncat is /usr/bin/cat\n', 0],
    ['sh nosuchscript', 'sh: 0: cannot open nosuchscript: No such file\n', 2],
  ];
  for (const [cmd, output, status] of cases) assert.deepEqual(await k.sh(cmd), { output, status }, cmd);
});

test('interp: redirections to /dev/null, the device or a file put in its place', async () => {
  const k = kit();
  const net = k.session.shell.net;
  assert.equal(k.fs.isNullDevice('/dev/null'), true);
  assert.deepEqual(await k.sh('echo a >/dev/null; echo b 2>&1 >/dev/null; echo c &>/dev/null; echo d 3>&1 >/dev/null 2>/dev/null; cat /dev/null'), {
    output: '',
    status: 0,
  });
  assert.deepEqual(await k.sh('echo e 2>&5; echo f >>/dev/null >&2'), { output: 'bash: line 1: 5: Bad file descriptor\nf\n', status: 0 });
  // the device keeps nothing: reading it gives nothing
  assert.equal(k.fs.read('/dev/null', net), '');
  // removed and written again, it is a file that keeps what was written
  assert.equal(k.fs.remove('/dev/null'), null);
  assert.deepEqual(await k.sh('echo g >/dev/null; echo h >>/dev/null; cat /dev/null; echo i 2>/dev/null; cat /dev/null'), { output: 'g\nh\ni\n', status: 0 });
  assert.equal(k.fs.isNullDevice('/dev/null'), false);
});
