ip route flush of a table of 3000 routes: iproute2 sends its deletes while the dump runs (flush_update() when its buffer fills), ip -s counts the rounds; ip -s -s prints every deleted route; a second flush finds nothing.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
  $ for i in $(seq 0 2999); do echo "route add 100.$((i/256)).$((i%256)).0/24 via 10.0.0.2 table 100"; done > b.txt; ip -batch b.txt; echo $?
  0
  $ ip route show table 100 | wc -l
  3000
  $ ip -s route flush table 100; echo $?
  
  *** Round 1, deleting 3000 entries ***
  *** Flush is complete after 1 round ***
  0
  $ ip route show table 100 | wc -l
  0
  $ ip -s route flush table 100; echo $?
  Nothing to flush.
  0
  $ ip -batch b.txt; ip -s -s route flush table 100 | md5sum; ip -s -s route flush table 100 2>&1 | tail -3
  61138ccd10f0f43939ea417f642d5551  -
  Nothing to flush.
  $ ip -batch b.txt; ip route flush table 100 root 100.5.0.0/16; ip route show table 100 | wc -l
  2744
  $ ip -s route flush table 100 match 100.2.3.4; ip route show table 100 | wc -l
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  2743
  $ ip route flush table all via 10.0.0.2; ip route show table 100 | wc -l
  0
  $ sed -i 's/ table 100//' b.txt; ip -batch b.txt; ip route show | wc -l; cat /proc/net/fib_triestat | head -20
  3001
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 100:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         0
  	Prefixes:       0
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 0  kB
  Main:
  	Aver depth:     2.00
  	Max depth:      3
  	Leaves:         3006
  	Prefixes:       3006
  	Internal nodes: 6
  	  1: 2  2: 2  3: 1  12: 1
  	Pointers: 4116
  Null ptrs: 1105
  $ ip route flush dev a0; ip route show | wc -l
  0
