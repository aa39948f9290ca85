/**
 * cut against the GNU tools of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real tool.
 */
import { defineCases } from './testkit.js';

defineCases([
  { argv: ["cut"], out: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f"], out: "cut: option requires an argument -- 'f'\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f0"], out: "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f","3-1","f1"], out: "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-d","ab","-f1","f1"], out: "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-c1","-f1","f1"], out: "cut: only one list may be specified\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-b","1","-d:","f1"], out: "cut: an input delimiter may be specified only when operating on fields\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f","x","f1"], out: "cut: invalid field value 'x'\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f","1-","f1"], out: "a b\nc\n", status: 0 },
  { argv: ["cut","-f1","nosuch"], out: "cut: nosuch: No such file or directory\n", status: 1 },
  { argv: ["cut","-d:","-f2","csv"], out: "b\ne\nf\n2\n", status: 0 },
  { argv: ["cut","-d:","-f1,3","csv"], out: "a:c\nd\nf\n1:3\n", status: 0 },
  { argv: ["cut","-d:","-f2-","csv"], out: "b:c\ne\nf\n2:3:4\n", status: 0 },
  { argv: ["cut","-d:","-f-2","csv"], out: "a:b\nd:e\nf\n1:2\n", status: 0 },
  { argv: ["cut","-d:","-s","-f2","csv"], out: "b\ne\n2\n", status: 0 },
  { argv: ["cut","-d:","--complement","-f2","csv"], out: "a:c\nd\nf\n1:3:4\n", status: 0 },
  { argv: ["cut","-d:","--output-delimiter=,","-f1,3","csv"], out: "a,c\nd\nf\n1,3\n", status: 0 },
  { argv: ["cut","-c2-3","f2"], out: "el\noo\nar\n", status: 0 },
  { argv: ["cut","-b1,3","f2"], out: "hl\nfo\nbr\n", status: 0 },
  { argv: ["cut","-c","1-2,4-","--output-delimiter=:","f2"], out: "he:lo world\nfo\nba: baz qux\n", status: 0 },
  { argv: ["cut","-c","5-","f2"], out: "o world\n\nbaz qux\n", status: 0 },
  { argv: ["cut","-f","1,1,2","-d"," ","f2"], out: "hello world\nfoo\nbar baz\n", status: 0 },
  { argv: ["cut","-f","2","-d"," ","f2"], out: "world\nfoo\nbaz\n", status: 0 },
  { argv: ["cut","-f","","f1"], out: "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f","-","f1"], out: "cut: invalid range with no endpoint: -\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-f","1a,3","f1"], out: "cut: invalid field value 'a,3'\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-s","-c1","f1"], out: "cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\nTry 'cut --help' for more information.\n", status: 1 },
  { argv: ["cut","-d"," ","-f3"], stdin: "a b\n", out: "\n", status: 0 },
  { argv: ["cut","-c","2","-"], stdin: "abc\n", out: "b\n", status: 0 },
  { argv: ["cut","-c1","nosuch","f1"], out: "cut: nosuch: No such file or directory\na\nc\n", status: 1 },
]);
