/**
 * wc against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["wc","f1"], out: "2 3 6 f1\n", status: 0 },
  { argv: ["wc","-l","f1"], out: "2 f1\n", status: 0 },
  { argv: ["wc","-l","f1","f2"], out: " 2 f1\n 3 f2\n 5 total\n", status: 0 },
  { argv: ["wc","f1","f2"], out: " 2  3  6 f1\n 3  6 28 f2\n 5  9 34 total\n", status: 0 },
  { argv: ["wc"], stdin: "hello world\nfoo\n", out: "      2       3      16\n", status: 0 },
  { argv: ["wc","-l"], stdin: "hello world\nfoo\n", out: "2\n", status: 0 },
  { argv: ["wc","-lw"], stdin: "hello world\nfoo\n", out: "      2       3\n", status: 0 },
  { argv: ["wc","d"], out: "wc: d: Is a directory\n      0       0       0 d\n", status: 1 },
  { argv: ["wc","d","f1"], out: "wc: d: Is a directory\n      0       0       0 d\n      2       3       6 f1\n      2       3       6 total\n", status: 1 },
  { argv: ["wc","nosuch","f1"], out: "wc: nosuch: No such file or directory\n2 3 6 f1\n2 3 6 total\n", status: 1 },
  { argv: ["wc","f1","nosuch"], out: "2 3 6 f1\nwc: nosuch: No such file or directory\n2 3 6 total\n", status: 1 },
  { argv: ["wc","-L","f2"], out: "11 f2\n", status: 0 },
  { argv: ["wc","-m","f2"], out: "28 f2\n", status: 0 },
  { argv: ["wc","-","f1"], stdin: "a b\n", out: "      1       2       4 -\n      2       3       6 f1\n      3       5      10 total\n", status: 0 },
  { argv: ["wc","-w"], stdin: "a\u0001b \u0001 c\td\n", out: "3\n", status: 0 },
  { argv: ["wc","-x"], out: "wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n", status: 1 },
  { argv: ["wc","--l","f1"], out: "2 f1\n", status: 0 },
  { argv: ["wc","-c","empty"], out: "0 empty\n", status: 0 },
  { argv: ["wc","nonl"], out: "1 2 3 nonl\n", status: 0 },
  { argv: ["wc","-lwcL","f2","nonl"], out: " 3  6 28 11 f2\n 1  2  3  1 nonl\n 4  8 31 11 total\n", status: 0 },
  { argv: ["wc"], out: "      0       0       0\n", status: 0 },
  { argv: ["wc","-l","nonl"], out: "1 nonl\n", status: 0 },
  { argv: ["wc","-w","empty"], out: "0 empty\n", status: 0 },
  { argv: ["wc","-L","nonl","f2"], out: " 1 nonl\n11 f2\n11 total\n", status: 0 },
  { argv: ["wc","nosuch"], out: "wc: nosuch: No such file or directory\n", status: 1 },
  { argv: ["wc"], stdin: "-0 1e3 foo\n", out: "      1       3      11\n", status: 0 },
  { argv: ["wc","-w"], stdin: "B 0\n", out: "2\n", status: 0 },
  { argv: ["wc","-w"], stdin: "10 B\n", out: "2\n", status: 0 },
  { argv: ["wc","-w"], stdin: "x:y b\n", out: "2\n", status: 0 },
  { argv: ["wc"], stdin: "ABC\n", out: "      1       1       4\n", status: 0 },
  { argv: ["wc"], stdin: "_ v1.10 foo\nv1.2 -0\nFoo B v1.2\nFoo\nB v1.10\n", out: "      5      11      43\n", status: 0 },
]);
