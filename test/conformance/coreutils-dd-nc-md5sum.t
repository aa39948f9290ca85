Data made with dd, sent through nc over TCP and checked on both sides with md5sum, sha256sum and cmp; dd's record counts for a file, a pipe and /dev/zero, base64 round trips of random bytes.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a type veth peer name b0 netns b
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip netns exec b sh -c 'nc -l 5000 > got &'
  $ sleep 1
  $ dd if=/dev/zero bs=1k count=100 of=sent
  100+0 records in
  100+0 records out
  102400 bytes (102 kB, 100 KiB) copied, * s, * (glob)
  $ ip netns exec a sh -c 'dd if=sent bs=4k status=noxfer | nc -N 10.0.0.2 5000'; echo rc=$?
  25+0 records in
  25+0 records out
  rc=0
  $ sleep 1
  $ md5sum sent got
  4c6426ac7ef186464ecbb0d81cbfcb1e  sent
  4c6426ac7ef186464ecbb0d81cbfcb1e  got
  $ md5sum sent | sed 's/sent/got/' | md5sum -c
  got: OK
  $ sha1sum got; sha256sum --tag got
  5a6918eebd9d635e8f632e3ef34e3792b1b5ec13  got
  SHA256 (got) = f627ca4c2c322f15db26152df306bd4f983f0146409b81a4341b9b340c365a16
  $ cmp sent got && echo same
  same
  $ dd if=got of=part bs=1000 skip=100 count=5
  2+1 records in
  2+1 records out
  2400 bytes (2.4 kB, 2.3 KiB) copied, * s, * (glob)
  $ md5sum part; wc -c part
  5be28002868969cd4512b0e91a389a52  part
  2400 part
  $ seq 1 20000 > nums
  $ ip netns exec b sh -c 'nc -l 5001 > got2 &'
  $ sleep 1
  $ ip netns exec a sh -c 'dd if=nums ibs=1000 obs=3000 status=noxfer | nc -N 10.0.0.2 5001'
  108+1 records in
  36+1 records out
  $ sleep 1
  $ md5sum nums got2 | sed 's/ .*//' | uniq -c
        2 e071f707df7bbeee2a6a1eb48011ddd0
  $ head -c 1000 /dev/urandom > r
  $ base64 r | wc -l
  18
  $ base64 r | base64 -d | cmp - r && echo same
  same
  $ base64 -w 0 r | wc -c
  1336
  $ md5sum r > r.md5; md5sum -c r.md5; md5sum --quiet -c r.md5; echo rc=$?
  r: OK
  rc=0
  $ dd if=/dev/zero of=r bs=10 count=1 seek=5 conv=notrunc status=none; md5sum -c r.md5; echo rc=$?
  r: FAILED
  md5sum: WARNING: 1 computed checksum did NOT match
  rc=1
  $ wc -c r
  1000 r
  $ dd if=nums bs=7 count=3 | tac
  3+0 records in
  3+0 records out
  21 bytes copied, * s, * (glob)
  10
  9
  8
  7
  6
  5
  4
  3
  2
  1
