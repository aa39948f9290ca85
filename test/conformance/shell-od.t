od as used to dump bytes: -c, -b, -x, -An -tx1, -t with sizes and z, offsets in each radix, -N, -j, -w, -v, repeated lines folded into '*'.
  $ printf 'hello\tworld\n' | od -c
  0000000   h   e   l   l   o  \t   w   o   r   l   d  \n
  0000014
  $ printf 'ab\001\377\r\0' | od -c
  0000000   a   b 001 377  \r  \0
  0000006
  $ printf 'abcdefgh' | od -x
  0000000 6261 6463 6665 6867
  0000010
  $ printf 'abc' | od -x
  0000000 6261 0063
  0000003
  $ printf 'hello\n' | od -An -tx1
   68 65 6c 6c 6f 0a
  $ printf 'hello\n' | od -An -t x1z
   68 65 6c 6c 6f 0a                                >hello.<
  $ printf 'hello\n' | od -b
  0000000 150 145 154 154 157 012
  0000006
  $ printf 'hello\n' | od -t d1
  0000000  104  101  108  108  111   10
  0000006
  $ printf 'hello\n' | od -t u2
  0000000 25960 27756  2671
  0000006
  $ printf 'hello world!' | od -t x4
  0000000 6c6c6568 6f77206f 21646c72
  0000014
  $ printf 'hello world!' | od -t d4
  0000000  1819043176  1870078063   560229490
  0000014
  $ printf 'hello world!' | od -A x -t x1
  000000 68 65 6c 6c 6f 20 77 6f 72 6c 64 21
  00000c
  $ printf 'hello world!' | od -A d -c
  0000000   h   e   l   l   o       w   o   r   l   d   !
  0000012
  $ printf 'hello world!' | od -A n -t o1
   150 145 154 154 157 040 167 157 162 154 144 041
  $ printf 'hello world!' | od -N 4 -c
  0000000   h   e   l   l
  0000004
  $ printf 'hello world!' | od -j 6 -c
  0000006   w   o   r   l   d   !
  0000014
  $ printf 'hello world!' | od -w4 -c
  0000000   h   e   l   l
  0000004   o       w   o
  0000010   r   l   d   !
  0000014
  $ head -c 64 /dev/zero | od -c
  0000000  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0  \0
  *
  0000100
  $ head -c 64 /dev/zero | od -v -An -tx1 | head -2
   00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
   00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
  $ printf '' | od -c
  0000000
  $ echo hi > f; od -c f
  0000000   h   i  \n
  0000003
  $ od -c nosuch; echo $?
  od: nosuch: No such file or directory
  1
  $ printf 'ab' | od -t q; echo $?
  od: invalid character 'q' in type string 'q'
  1
  $ printf 'abcd' | od -t x1 -t c
  0000000  61  62  63  64
            a   b   c   d
  0000004
  $ printf 'A' | od -t a
  0000000   A
  0000001
  $ printf '\x80\xff' | od -t d1 -t u1
  0000000 -128   -1
           128  255
  0000002
