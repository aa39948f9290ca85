gso_max_size, gso_max_segs and gro_max_size by `ip link set` and at creation: validate_linkmsg()'s limits (tso_max_size, GSO_MAX_SEGS, GRO_MAX_SIZE), ip's own parse errors, a bridge's limits from its ports.

  $ ip link add va type veth peer name vb
  $ ip -d link show va | grep -o 'gso_max_size.*'
  gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set va gso_max_size 30000 gro_max_size 40000 gso_max_segs 100
  $ ip -d link show va | grep -o 'gso_max_size.*'
  gso_max_size 30000 gso_max_segs 100 tso_max_size 524280 tso_max_segs 65535 gro_max_size 40000 
  $ ip -d link show vb | grep -o 'gso_max_size.*'
  gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set va gso_max_size 524280; echo $?
  0
  $ ip link set va gso_max_size 524281; echo $?
  Error: too big gso_max_size.
  2
  $ ip link set va gro_max_size 524281; echo $?
  Error: too big gro_max_size.
  2
  $ ip link set va gro_max_size 524280 gso_max_segs 0; echo $?
  0
  $ ip -d link show va | grep -o 'gso_max_size.*'
  gso_max_size 524280 gso_max_segs 0 tso_max_size 524280 tso_max_segs 65535 gro_max_size 524280 
  $ ip link set va gso_max_segs 65536; echo $?
  Error: argument "65536" is wrong: Invalid "gso_max_segs" value
  
  255
  $ ip link set va gso_max_size -1; echo $?
  Error: argument "-1" is wrong: Invalid "gso_max_size" value
  
  255
  $ ip link set va gso_max_size 0x1000; echo $?
  0
  $ ip link set va gso_max_size abc; echo $?
  Error: argument "abc" is wrong: Invalid "gso_max_size" value
  
  255
  $ ip link set va gso_max_size; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip link set va gso_max 1000; echo $?
  Error: either "dev" is duplicate, or "gso_max" is a garbage.
  255
  $ ip link set va tso_max_size 1000; echo $?
  Error: either "dev" is duplicate, or "tso_max_size" is a garbage.
  255
  $ ip link set va mtu 1400 gso_max_size 600000; echo $?
  Error: too big gso_max_size.
  2
  $ ip link show va | grep -o 'mtu [0-9]*'
  mtu 1500
  $ ip -d link show va | grep -o 'gso_max_size.*'
  gso_max_size 4096 gso_max_segs 0 tso_max_size 524280 tso_max_segs 65535 gro_max_size 524280 
  $ ip link add vc gso_max_size 20000 gso_max_segs 10 gro_max_size 30000 type veth peer name vd gso_max_size 25000
  $ ip -d link show vc | grep -o 'gso_max_size.*'
  gso_max_size 20000 gso_max_segs 10 tso_max_size 524280 tso_max_segs 65535 gro_max_size 30000 
  $ ip -d link show vd | grep -o 'gso_max_size.*'
  gso_max_size 25000 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link add ve gso_max_size 600000 type veth peer name vf; echo $?
  Error: too big gso_max_size.
  2
  $ ip link show ve; echo $?
  Device "ve" does not exist.
  1
  $ ip link add br0 type bridge
  $ ip -d link show br0 | grep -o 'gso_max_size.*'
  gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set br0 gso_max_size 70000; echo $?
  Error: too big gso_max_size.
  2
  $ ip link set br0 gso_max_size 60000 gso_max_segs 1000; echo $?
  0
  $ ip -d link show br0 | grep -o 'gso_max_size.*'
  gso_max_size 60000 gso_max_segs 1000 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set vc master br0
  $ ip -d link show br0 | grep -o 'gso_max_size.*'
  gso_max_size 60000 gso_max_segs 1000 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set vc nomaster
  $ ip -d link show br0 | grep -o 'gso_max_size.*'
  gso_max_size 60000 gso_max_segs 1000 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link add br1 gso_max_size 65536 type bridge; echo $?
  0
  $ ip link add br2 gso_max_size 65537 type bridge; echo $?
  Error: too big gso_max_size.
  2
  $ ip -j -d link show va | grep -o '"gso_max_size.*gro_max_size":[0-9]*'
  "gso_max_size":4096,"gso_max_segs":0,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":524280
  $ ip -d link show lo | grep -o 'gso_max_size.*'
  gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip link set lo gso_max_size 100000 gro_max_size 200000; echo $?
  0
  $ ip -d link show lo | grep -o 'gso_max_size.*'
  gso_max_size 100000 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 200000 
  $ ip monitor link > m & sleep 0.2; ip link set vb gso_max_size 1000; ip link set vb gso_max_size 1000; ip link set vb gso_max_segs 7 gro_max_size 9000; sleep 0.2; kill %1; wait
  $ cat m
