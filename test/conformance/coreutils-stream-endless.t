Filters write as they read: fed an endless device, they end when their
reader does (SIGPIPE, 141); tac reads everything first but keeps large
input; copies of a few hundred MB fit the CPU budget.

  $ base64 /dev/zero | head -c 20; echo; echo "${PIPESTATUS[@]}"
  AAAAAAAAAAAAAAAAAAAA
  0
  $ base64 -w 8 /dev/zero | head -3
  AAAAAAAA
  AAAAAAAA
  AAAAAAAA
  $ yes | fold -w 5 | head -2
  y
  y
  $ fold -w 4 /dev/zero | head -c 10 | od -An -c
    \0  \0  \0  \0  \n  \0  \0  \0  \0  \n
  $ expand /dev/zero | head -c 4 | wc -c
  4
  $ xxd /dev/zero | head -2
  00000000: 0000 0000 0000 0000 0000 0000 0000 0000  ................
  00000010: 0000 0000 0000 0000 0000 0000 0000 0000  ................
  $ od -v -An -tx1 /dev/zero | head -2
   00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
   00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
  $ hexdump -v -C /dev/zero | head -2
  00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
  00000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
  $ xxd -l 5 -p /dev/zero
  0000000000
  $ base64 -d /dev/zero | wc -c; echo "${PIPESTATUS[@]}"
  base64: invalid input
  0
  1 0
  $ seq 100000 | base64 | base64 -d | md5sum
  dea9193b768319cbb4ff1a137ac03113  -
  $ seq 300000 | tac | head -2
  300000
  299999
  $ head -c 30000000 /dev/zero | tac | wc -c
  30000000
  $ { printf 'xa'; sleep 0.2; printf 'byab'; } | tac -s ab; echo
  yabxab
  $ head -c 200000000 /dev/zero | wc -c
  200000000
  $ dd if=/dev/zero bs=1M count=150 status=none | md5sum
  3d3be108b6b902c41404da7adff4a8da  -
