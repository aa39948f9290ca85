/** Arrays, PIPESTATUS (bash(1) "Arrays", "Shell Variables"); expected outputs are bash 5.2's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kit } from './testkit.js';

async function out(script: string): Promise<string> {
  return (await kit().sh(script)).output;
}

test('arrays: assignment, elements, all elements, count, keys', async () => {
  assert.equal(await out('a=(x "y z" w); echo "${a[1]}" ${#a[@]} "${!a[@]}"; a[5]=v; echo "${!a[@]}" "${a[-1]}"'), 'y z 3 0 1 2\n0 1 2 5 v\n');
  assert.equal(await out('a=(x "y z"); args "${a[@]}"; args ${a[@]}; args "${a[*]}"'), '[x]\n[y z]\n[x]\n[y]\n[z]\n[x y z]\n');
  assert.equal(await out('a=(); args "${a[@]}"; echo "n=${#a[@]}"'), 'n=0\n');
  assert.equal(await out('a=(1 2); a+=(3 4); echo "${a[@]}"; a[0]+=x; echo $a ${a[0]}'), '1 2 3 4\n1x 1x\n');
  assert.equal(await out('i=1; a=([2]=c [0]=a b); echo "${a[@]}" "${!a[@]}"; echo "${a[i]}" "${a[$i+1]}"'), 'a b c 0 1 2\nb c\n');
});

test('arrays: multi-line assignment, operators on each element, slices, unset', async () => {
  assert.equal(await out('a=(\n  one # first\n  two\n)\necho "${a[@]^}" "${a[@]#o}"; echo "${a[@]:1}"'), 'One Two ne two\ntwo\n');
  assert.equal(await out('a=(a b c d); unset "a[1]"; echo "${a[@]}" "${!a[@]}" ${#a[@]}; echo "${a[@]:1:2}"'), 'a c d 0 2 3 3\nc d\n');
  assert.equal(await out('a=(x y); echo "${#a[1]}" "${a[9]:-none}"; unset a; echo "[${a[@]}]"'), '1 none\n[]\n');
});

test('arrays: declare -a/-A, associative arrays, local arrays', async () => {
  assert.equal(await out('declare -A m; m[one]=1; m[two]=2; echo "${m[one]}" "${!m[@]}" "${m[@]}"; k=two; echo ${m[$k]}'), '1 two one 2 1\n2\n');
  assert.equal(await out('declare -A m=([a]=x [b]=y); echo "${m[b]}${m[a]}"; declare -a n=(1 2); echo ${n[1]}'), 'yx\n2\n');
  assert.equal(await out('f() { local -a l=(p q); echo "${l[@]}"; }; f; echo "[${l[@]}]"'), 'p q\n[]\n');
  assert.equal(await out('a=(1 "2 3"); declare -p a'), 'declare -a a=([0]="1" [1]="2 3")\n');
});

test('PIPESTATUS: every element of the last pipeline', async () => {
  assert.equal(await out('status 3 | status 4 | true; echo "${PIPESTATUS[@]}"; false; echo ${PIPESTATUS[0]}'), '3 4 0\n1\n');
  assert.equal(await out('spew | first >/dev/null; echo "${PIPESTATUS[@]}"'), '141 0\n');
});

test('arrays: a word with ( outside an assignment is still a syntax error', async () => {
  const r = await kit().sh('echo a=(x)');
  assert.equal(r.status, 2);
  assert.match(r.output, /syntax error near unexpected token `\('/);
});

test('associative arrays list in bash 5.2\'s hash order (FNV-1, 1024 buckets, newest first in a bucket, fourfold growth)', async () => {
  // expected outputs from GNU bash 5.2.15
  assert.equal(await out('declare -A m=([a]=1 [b]=2 [c]=3 [foo]=4 [bar]=5 [10.0.0.1]=x [eth0]=y); echo "${!m[@]}"'), '10.0.0.1 c b a foo bar eth0\n');
  assert.equal(await out('declare -A n; n[x]=1; n[y]=2; n[z]=3; n[lo]=4; n[veth0]=5; echo "${!n[@]}" "${n[@]}"; unset "n[y]"; n[y]=9; echo "${!n[@]}"'),
    'lo z y x veth0 4 3 2 1 5\nlo z y x veth0\n');
  assert.equal(await out('declare -A m2=([a]=x [b]=y [10.0.0.1]=z); declare -p m2'), 'declare -A m2=([10.0.0.1]="z" [b]="y" [a]="x" )\n');
  assert.equal(await out('declare -A b; for i in {1..30}; do b[k$i]=$i; done; echo "${!b[@]}"'),
    'k28 k29 k22 k23 k20 k21 k26 k27 k24 k25 k8 k9 k4 k5 k6 k7 k1 k2 k3 k30 k17 k16 k15 k14 k13 k12 k11 k10 k19 k18\n');
});

test('m[]=x is a bad subscript; declare -r with an array value assigns, then is readonly; an error discards the rest of the line only', async () => {
  // bash 5.2.15 on a script file (stderr merged)
  const script = 'm[]=x; echo "st $?"\necho next\ndeclare -A e; e[]=x; echo no\nf() { local -A q; q[]=1; echo "in f"; }; f; echo no\n'
    + 'declare -r r=(1 2 3); echo "${r[@]}"\nr[0]=5; echo no\nr=(4); echo no\necho done';
  assert.equal(await out(script), 'bash: line 1: m[]: bad array subscript\nnext\nbash: line 3: e[]: bad array subscript\n'
    + 'bash: line 4: q[]: bad array subscript\n1 2 3\nbash: line 6: r: readonly variable\nbash: line 7: r: readonly variable\ndone\n');
});

test('read -t 0: 0 when input (or EOF) is there now, 1 otherwise; nothing is read', async () => {
  const script = 'echo hi | { read -t 0; echo "t0 $?"; read x; echo "$x"; }\nread -t 0 < /dev/null; echo "t0null $?"\n'
    + 'read -t 0 x <<< "abc"; echo "t0str $? [$x]"\n{ slp 1 >/dev/null; echo late; } | { read -t 0; echo "t0late $?"; read y; echo "$y"; }';
  assert.equal(await out(script), 't0 0\nhi\nt0null 0\nt0str 0 []\nt0late 1\nlate\n');
});
