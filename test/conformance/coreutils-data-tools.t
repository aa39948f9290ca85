The data tools a lab uses to make and look at bytes: xxd and hexdump of a file, xxd -r back, truncate, stat -c, paste/comm/fold/expand/tac on text, nproc and printenv in a namespace.
  $ ip netns add a
  $ printf 'GET / HTTP/1.0\r\n\r\n' > req
  $ xxd req
  00000000: 4745 5420 2f20 4854 5450 2f31 2e30 0d0a  GET / HTTP/1.0..
  00000010: 0d0a                                     ..
  $ hexdump -C req
  00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 30 0d 0a  |GET / HTTP/1.0..|
  00000010  0d 0a                                             |..|
  00000012
  $ hexdump req
  0000000 4547 2054 202f 5448 5054 312f 302e 0a0d
  0000010 0a0d                                   
  0000012
  $ xxd -p req | xxd -r -p | cmp - req && echo same
  same
  $ xxd req | xxd -r | md5sum - req
  4cacf6ab7717e73441efc30f797fd387  -
  4cacf6ab7717e73441efc30f797fd387  req
  $ truncate -s 64 req; stat -c '%s %F %a %U' req
  64 regular file 644 root
  $ hexdump -C req
  00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 30 0d 0a  |GET / HTTP/1.0..|
  00000010  0d 0a 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
  00000020  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
  *
  00000040
  $ truncate -s 0 req; stat -c '%s %F' req
  0 regular empty file
  $ ip netns exec a nproc; nproc --ignore=1
  2
  1
  $ ip netns exec a env -i FOO=bar printenv FOO; echo rc=$?
  bar
  rc=0
  $ seq 1 5 > a1; seq 3 7 > a2
  $ comm a1 a2
  1
  2
  		3
  		4
  		5
  	6
  	7
  $ comm -12 a1 a2 | paste -sd+
  3+4+5
  $ paste a1 a2 | expand -t 4
  1   3
  2   4
  3   5
  4   6
  5   7
  $ seq 1 12 | paste -sd' ' | fold -w 10
  1 2 3 4 5 
  6 7 8 9 10
   11 12
  $ seq 1 4 | tac | base64
  NAozCjIKMQo=
  $ head -c 300 /dev/zero | base64 -w 40 | uniq -c
       10 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
  $ printf '\x01\x02\xff' | od -An -tx1; printf '\x01\x02\xff' | xxd
   01 02 ff
  00000000: 0102 ff                                  ...
  $ realpath a1 nosuch/x; echo rc=$?
  /*/a1 (glob)
  realpath: nosuch/x: No such file or directory
  rc=1
