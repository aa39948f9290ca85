/**
 * cat, tee and rev against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["cat","f1","f2"], out: "a b\nc\nhello world\nfoo\nbar baz qux\n", status: 0 },
  { argv: ["cat","nosuch","f1"], out: "cat: nosuch: No such file or directory\na b\nc\n", status: 1 },
  { argv: ["cat","d"], out: "cat: d: Is a directory\n", status: 1 },
  { argv: ["cat","-n","f1","nonl","f2"], out: "     1\ta b\n     2\tc\n     3\tx\n     4\tyhello world\n     5\tfoo\n     6\tbar baz qux\n", status: 0 },
  { argv: ["cat","-b","f1"], out: "     1\ta b\n     2\tc\n", status: 0 },
  { argv: ["cat","-s"], stdin: "a\n\n\n\nb\n\n", out: "a\n\nb\n\n", status: 0 },
  { argv: ["cat","-sn"], stdin: "a\n\n\n\nb\n\n", out: "     1\ta\n     2\t\n     3\tb\n     4\t\n", status: 0 },
  { argv: ["cat","-A"], stdin: "a\tb\u0001\n", out: "a^Ib^A^?$\n", status: 0 },
  { argv: ["cat","-T"], stdin: "a\tb\n", out: "a^Ib\n", status: 0 },
  { argv: ["cat","-E"], stdin: "a\r\nb\n", out: "a^M$\nb$\n", status: 0 },
  { argv: ["cat","-","f1"], stdin: "x\ny", out: "x\nya b\nc\n", status: 0 },
  { argv: ["cat","a b"], out: "cat: 'a b': No such file or directory\n", status: 1 },
  { argv: ["cat","-Z"], out: "cat: invalid option -- 'Z'\nTry 'cat --help' for more information.\n", status: 1 },
  { argv: ["rev"], stdin: "a b\nc d\n", out: "b a\nd c\n", status: 0 },
  { argv: ["rev","nonl"], out: "x\ny", status: 0 },
  { argv: ["cat","-n","f1","f2"], out: "     1\ta b\n     2\tc\n     3\thello world\n     4\tfoo\n     5\tbar baz qux\n", status: 0 },
  { argv: ["cat","-e","nonl"], out: "x$\ny", status: 0 },
  { argv: ["cat","-b","-","f1"], stdin: "x\ny\n", out: "     1\tx\n     2\ty\n     3\ta b\n     4\tc\n", status: 0 },
  { argv: ["cat","-s","-n"], stdin: "x\n\n\ny", out: "     1\tx\n     2\t\n     3\ty", status: 0 },
  { argv: ["tee"], stdin: "hello\n", out: "hello\n", status: 0 },
  { argv: ["tee","-a"], stdin: "hello\n", out: "hello\n", status: 0 },
  { argv: ["rev","f2"], out: "dlrow olleh\noof\nxuq zab rab\n", status: 0 },
  { argv: ["rev","nosuch"], out: "rev: cannot open nosuch: No such file or directory\n", status: 1 },
  { argv: ["cat","-A"], stdin: "a\tb _ 1K\n-1  10\n0 0\n0\n0 9\n", out: "a^Ib _ 1K$\n-1  10$\n0 0$\n0$\n0 9$\n", status: 0 },
  { argv: ["cat","-A"], stdin: "10 9\n1K 2.5 9\nABC _ -1\n", out: "10 9$\n1K 2.5 9$\nABC _ -1$\n", status: 0 },
]);
