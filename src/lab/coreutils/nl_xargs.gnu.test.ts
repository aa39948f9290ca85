/**
 * nl and xargs (findutils 4.9) against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.js';

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
]);
