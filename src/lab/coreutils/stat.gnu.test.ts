/**
 * stat -c/--printf against GNU stat of Debian 12 with LC_ALL=C: each case's
 * output (stdout and stderr merged) and status were recorded from the real
 * tool, with the files' times set to `mtime` (the lab keeps only the
 * modification time: birth and change times are not compared).
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["stat","-c","%s %n %a %A %U %G %u %g %F %h %B %o %f %t %T %%","f1","empty","d"], mtime: 1700000000, out: "6 f1 644 -rw-r--r-- root root 0 0 regular file 1 512 4096 81a4 0 0 %\n0 empty 644 -rw-r--r-- root root 0 0 regular empty file 1 512 4096 81a4 0 0 %\n4096 d 755 drwxr-xr-x root root 0 0 directory 3 512 4096 41ed 0 0 %\n", status: 0 },
  { argv: ["stat","-c","%y|%Y|%x|%X","f1"], mtime: 1700000123, out: "2023-11-14 22:15:23.000000000 +0000|1700000123|2023-11-14 22:15:23.000000000 +0000|1700000123\n", status: 0 },
  { argv: ["stat","-c","%10s|%-6n|%05a|%.3n|%N","f1"], mtime: 1700000000, out: "         6|f1    |00644|f1|'f1'\n", status: 0 },
  { argv: ["stat","--printf","%n\\t%s\\n","f1","f2"], mtime: 1700000000, out: "f1\t6\nf2\t28\n", status: 0 },
  { argv: ["stat","-c","%s","nosuch","f1"], mtime: 1700000000, out: "stat: cannot statx 'nosuch': No such file or directory\n6\n", status: 1 },
  { argv: ["stat"], out: "stat: missing operand\nTry 'stat --help' for more information.\n", status: 1 },
  { argv: ["stat","-c","%q %","f1"], mtime: 1700000000, out: "? %\n", status: 0 },
  { argv: ["stat","-x"], out: "stat: invalid option -- 'x'\nTry 'stat --help' for more information.\n", status: 1 },
]);
