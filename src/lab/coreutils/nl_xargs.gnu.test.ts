/**
 * nl and xargs (findutils 4.9) against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["nl"], stdin: "a\n\nb\n", out: "     1\ta\n       \n     2\tb\n", status: 0 },
  { argv: ["nl","-ba"], stdin: "a\n\nb\n", out: "     1\ta\n     2\t\n     3\tb\n", status: 0 },
  { argv: ["nl","-w3","-s:","-nln"], stdin: "a\nb\n", out: "1  :a\n2  :b\n", status: 0 },
  { argv: ["nl","-nrz"], stdin: "a\nb\n", out: "000001\ta\n000002\tb\n", status: 0 },
  { argv: ["nl","-v5","-i2"], stdin: "a\nb\n", out: "     5\ta\n     7\tb\n", status: 0 },
  { argv: ["nl","-bx"], stdin: "a\n", out: "nl: invalid body numbering style: 'x'\nTry 'nl --help' for more information.\n", status: 1 },
  { argv: ["nl","f2","nosuch"], out: "     1\thello world\n     2\tfoo\n     3\tbar baz qux\nnl: nosuch: No such file or directory\n", status: 1 },
  { argv: ["xargs"], stdin: "a b c\nd\n", out: "a b c d\n", status: 0 },
  { argv: ["xargs","-n2","echo","x"], stdin: "a b c\nd\n", out: "x a b\nx c d\n", status: 0 },
  { argv: ["xargs","-I{}","echo","<{}>"], stdin: "a\nb\n", out: "<a>\n<b>\n", status: 0 },
  { argv: ["xargs","-I{}","echo","<{}>"], stdin: "a b\n", out: "<a b>\n", status: 0 },
  { argv: ["xargs","echo","hi"], out: "hi\n", status: 0 },
  { argv: ["xargs","-n1"], stdin: "'a b' c\n", out: "a b\nc\n", status: 0 },
  { argv: ["xargs","-L1","echo","x"], stdin: "a\nb\n", out: "x a\nx b\n", status: 0 },
  { argv: ["xargs","-r","echo","hi"], out: "", status: 0 },
  { argv: ["xargs"], stdin: "'a\n", out: "xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n", status: 1 },
  { argv: ["xargs","-0","-n1","echo"], stdin: "a\u0000b\u0000", out: "a\nb\n", status: 0 },
  { argv: ["xargs","-n","1","printf","<%s>\\n"], stdin: "x\ny\n", out: "<x>\n<y>\n", status: 0 },
  { argv: ["xargs","-n1"], stdin: "a\\ b\n", out: "a b\n", status: 0 },
  { argv: ["nl"], stdin: "x:y a b\nv1.2  7 +3\n0 9 b\n0\nx:y\n", out: "     1\tx:y a b\n     2\tv1.2  7 +3\n     3\t0 9 b\n     4\t0\n     5\tx:y\n", status: 0 },
  { argv: ["nl"], stdin: " 7 2M\n1e3\nB\nv1.10 -1  7\n-1 .5\n", out: "     1\t 7 2M\n     2\t1e3\n     3\tB\n     4\tv1.10 -1  7\n     5\t-1 .5\n", status: 0 },
  { argv: ["nl"], stdin: "Foo\nab \nfoo\n2M .5\n0 foo 10\n", out: "     1\tFoo\n     2\tab \n     3\tfoo\n     4\t2M .5\n     5\t0 foo 10\n", status: 0 },
]);
