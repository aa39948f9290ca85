cmp (GNU diffutils 3.8, C locale): the first difference as 'differ: char', -b/-l/-s, SKIP and LIMIT operands with suffixes, EOF on the shorter input (line or in line), usage errors.
  $ printf 'abc\nd' > x1; printf 'abc\ne' > x2; printf 'abc' > x3; printf 'abc\n' > x4; : > e; mkdir d
  $ printf '\x01\x80\xff' > b1; printf '\x02\x81\xfe' > b2; seq 1 2000 > big1; seq 1 2000 | sed 's/1999/2999/' > big2
  $ cmp x1 x2; echo $?
  x1 x2 differ: char 5, line 2
  1
  $ cmp x1 x3; echo $?
  cmp: EOF on x3 after byte 3, in line 1
  1
  $ cmp x3 x1; echo $?
  cmp: EOF on x3 after byte 3, in line 1
  1
  $ cmp -s x1 x2; echo $?
  1
  $ cmp -l x1 x2; echo $?
  5 144 145
  1
  $ cmp -l x1 x3; echo $?
  cmp: EOF on x3 after byte 3
  1
  $ cmp -b x1 x2; echo $?
  x1 x2 differ: byte 5, line 2 is 144 d 145 e
  1
  $ cmp -lb x1 x2; echo $?
  5 144 d    145 e
  1
  $ cmp -n 3 x1 x2; echo $?
  0
  $ cmp -i 1 x1 x2; echo $?
  x1 x2 differ: char 4, line 2
  1
  $ cmp -i 1:2 x1 x2; echo $?
  x1 x2 differ: char 1, line 1
  1
  $ cmp x1 nosuch; echo $?
  cmp: nosuch: No such file or directory
  2
  $ cmp x1 < x1; echo $?
  0
  $ cmp; echo $?
  cmp: missing operand after 'cmp'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp x1 x1; echo $?
  0
  $ cmp -z x1 x2; echo $?
  cmp: invalid option -- 'z'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp --bogus x1 x2; echo $?
  cmp: unrecognized option '--bogus'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp x1 x2 x3; echo $?
  cmp: invalid --ignore-initial value 'x3'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp -n abc x1 x2; echo $?
  cmp: invalid --bytes value 'abc'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp - x1 < x1; echo $?
  0
  $ cmp d x1; echo $?
  cmp: d: Is a directory
  2
  $ cmp x1 x2 1; echo $?
  x1 x2 differ: char 1, line 1
  1
  $ cmp x1 x2 1 2; echo $?
  x1 x2 differ: char 1, line 1
  1
  $ cmp -s x1 nosuch; echo $?
  2
  $ cmp --print-bytes x1 x2; echo $?
  x1 x2 differ: byte 5, line 2 is 144 d 145 e
  1
  $ cmp --verbose x1 x2; echo $?
  5 144 145
  1
  $ cmp -i 4 x1 x2; echo $?
  x1 x2 differ: char 1, line 1
  1
  $ cmp --bytes=2 x1 x2; echo $?
  0
  $ cmp -b b1 b2; echo $?
  b1 b2 differ: byte 1, line 1 is   1 ^A   2 ^B
  1
  $ cmp -lb b1 b2; echo $?
  1   1 ^A     2 ^B
  2 200 M-^@ 201 M-^A
  3 377 M-^? 376 M-~
  1
  $ cmp x1 e; echo $?
  cmp: EOF on e which is empty
  1
  $ cmp -l x1 e; echo $?
  cmp: EOF on e which is empty
  1
  $ cmp e e; echo $?
  0
  $ cmp -i 3 x1 x3; echo $?
  cmp: EOF on x3 which is empty
  1
  $ cmp -l -s x1 x2; echo $?
  cmp: options -l and -s are incompatible
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp -i 1k x1 x2; echo $?
  0
  $ cmp -i 0x1 x1 x2; echo $?
  x1 x2 differ: char 4, line 2
  1
  $ cmp -n 1K x1 x2; echo $?
  x1 x2 differ: char 5, line 2
  1
  $ cmp -i -1 x1 x2; echo $?
  cmp: invalid --ignore-initial value '-1'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp x1 x2 1 2 3; echo $?
  cmp: extra operand '3'
  cmp: Try 'cmp --help' for more information.
  2
  $ cmp x1 x4; echo $?
  cmp: EOF on x4 after byte 4, line 1
  1
  $ cmp -l big1 big2; echo $?
  8884  61  62
  1
  $ cmp big1 big2; echo $?
  big1 big2 differ: char 8884, line 1999
  1
  $ cmp -s x1 d; echo $?
  cmp: d: Is a directory
  2
  $ cmp -i 1:k x1 x2; echo $?
  cmp: EOF on x2 which is empty
  1
  $ cmp x1 x1 1 2; echo $?
  x1 x1 differ: char 1, line 1
  1
  $ cmp -n 0 x1 x2; echo $?
  0
  $ printf ab | cmp -l - x1; echo $?
  cmp: EOF on - after byte 2
  1
  $ cmp -l x1 - < x2; echo $?
  5 144 145
  1
  $ printf abcd | cmp -l - x2 2>&1; echo $?
  cmp: EOF on - after byte 4
  4 144  12
  1
  $ cmp /dev/zero /dev/null; echo $?
  cmp: EOF on /dev/null which is empty
  1
  $ head -c 100 /dev/zero | cmp - /dev/zero; echo $?
  cmp: EOF on - after byte 100, in line 1
  1
  $ cmp /dev/zero /dev/zero; echo $?
  0
  $ cmp -l x1 x1 0 1 2>&1; echo $?
  cmp: EOF on x1 after byte 4
  1 141 142
  2 142 143
  3 143  12
  4  12 144
  1
  $ cmp --help | head -3; echo $?
  Usage: cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]
  Compare two files byte by byte.
  
  0
  $ cmp -v | head -1; echo $?
  cmp (GNU diffutils) 3.8
  0
