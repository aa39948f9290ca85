/**
 * dd against the GNU tools of Debian 12 with LC_ALL=C: each case's output
 * (stdout and stderr merged) and status were recorded from the real tool,
 * its transfer time and rate replaced by what the lab's virtual clock gives
 * a copy that takes no time ("0 s, Infinity B/s", print_xfer_stats()).
 */
import { defineCases } from './testkit.testutil.js';

defineCases([
  { argv: ["dd","if=f2"], out: "hello world\nfoo\nbar baz qux\n0+1 records in\n0+1 records out\n28 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=f2","bs=4"], out: "hello world\nfoo\nbar baz qux\n7+0 records in\n7+0 records out\n28 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=f2","bs=4","count=2"], out: "hello wo2+0 records in\n2+0 records out\n8 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=f2","ibs=3","obs=5"], out: "hello world\nfoo\nbar baz qux\n9+1 records in\n5+1 records out\n28 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=f2","bs=4","skip=1","count=1","status=noxfer"], out: "o wo1+0 records in\n1+0 records out\n", status: 0 },
  { argv: ["dd","if=f2","status=none","bs=1","skip=6"], out: "world\nfoo\nbar baz qux\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=1k","count=100","of=z"], out: "100+0 records in\n100+0 records out\n102400 bytes (102 kB, 100 KiB) copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=1000","count=1","of=z"], out: "1+0 records in\n1+0 records out\n1000 bytes (1.0 kB) copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=1","count=1","of=z"], out: "1+0 records in\n1+0 records out\n1 byte copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=1M","count=3","of=z"], out: "3+0 records in\n3+0 records out\n3145728 bytes (3.1 MB, 3.0 MiB) copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=2x3","count=2","of=z"], out: "2+0 records in\n2+0 records out\n12 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=1kB","count=1500","of=z"], out: "1500+0 records in\n1500+0 records out\n1500000 bytes (1.5 MB, 1.4 MiB) copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=999","count=1","of=z"], out: "1+0 records in\n1+0 records out\n999 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","bs=1023","count=1025","of=z"], out: "1025+0 records in\n1025+0 records out\n1048575 bytes (1.0 MB, 1.0 MiB) copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=/dev/zero","count=0"], out: "0+0 records in\n0+0 records out\n0 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd"], stdin: "abc\n", out: "abc\n0+1 records in\n0+1 records out\n4 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","status=noxfer"], out: "0+0 records in\n0+0 records out\n", status: 0 },
  { argv: ["dd","if=nosuch"], out: "dd: failed to open 'nosuch': No such file or directory\n", status: 1 },
  { argv: ["dd","foo"], out: "dd: unrecognized operand 'foo'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","foo=1"], out: "dd: unrecognized operand 'foo=1'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","bs=x"], out: "dd: invalid number: 'x'\n", status: 1 },
  { argv: ["dd","bs=0"], out: "dd: invalid number: '0'\n", status: 1 },
  { argv: ["dd","count=-1"], out: "dd: invalid number: '-1'\n", status: 1 },
  { argv: ["dd","conv=bogus"], out: "dd: invalid conversion: 'bogus'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","status=bad"], out: "dd: invalid status level: 'bad'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","iflag=bogus"], out: "dd: invalid input flag: 'bogus'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","oflag=bogus"], out: "dd: invalid output flag: 'bogus'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","-x"], out: "dd: invalid option -- 'x'\nTry 'dd --help' for more information.\n", status: 1 },
  { argv: ["dd","if=f2","of=out","bs=4","status=none"], out: "", status: 0 },
  { argv: ["dd","if=f1","of=d","status=none"], out: "dd: failed to open 'd': Is a directory\n", status: 1 },
  { argv: ["dd","if=f2","iflag=count_bytes,skip_bytes","skip=3","count=10","bs=4"], out: "lo world\nf2+1 records in\n2+1 records out\n10 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=f2","iflag=skip_bytes","skip=3","count=2","bs=4"], out: "lo world2+0 records in\n2+0 records out\n8 bytes copied, 0 s, Infinity B/s\n", status: 0 },
  { argv: ["dd","if=f2","oflag=count_bytes","count=1","bs=4","status=noxfer"], out: "hell1+0 records in\n1+0 records out\n", status: 0 },
  { argv: ["dd","if=f2","iflag=noatime,nocache","conv=fsync","bs=4","count=1","status=noxfer"], out: "hell1+0 records in\n1+0 records out\n", status: 0 },
  { argv: ["dd","if=f2","of=o","bs=4","count=1","seek=3","oflag=seek_bytes","status=none"], out: "", status: 0 },
]);
