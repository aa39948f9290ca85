A bridge's GSO/GRO/TSO limits follow its ports (br_set_gso_limits: the smallest gso_max_size/segs of the ports, tso_max from netif_inherit_tso_max) as ports come and go and as a port's limits change; macvlan inherits its lower's.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ g() { for d in "$@"; do echo "$d $(ip -d link show $d | grep -o 'gso_max_size [0-9]* gso_max_segs [0-9]*\|tso_max_size [0-9]* tso_max_segs [0-9]*\|gro_max_size [0-9]*\|gso_ipv4_max_size [0-9]*\|gro_ipv4_max_size [0-9]*' | paste -sd' ')"; done; }
  $ g br0
  br0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536
  $ ip link add p1 address 02:00:00:00:90:01 gso_max_size 30000 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 gso_max_segs 100 type veth peer name q2 address 02:00:00:00:91:02
  $ g p1 p2
  p1 gso_max_size 30000 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  p2 gso_max_size 65536 gso_max_segs 100 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set p1 master br0; g br0
  br0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set p2 master br0; g br0
  br0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set p1 gso_max_size 20000; g p1 br0
  p1 gso_max_size 20000 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  br0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set p1 nomaster; g br0
  br0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set p2 nomaster; g br0
  br0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set br0 gso_max_size 1000 gso_max_segs 7 gro_max_size 5000; g br0
  br0 gso_max_size 1000 gso_max_segs 7 tso_max_size 524280 tso_max_segs 65535 gro_max_size 5000
  $ ip link set p2 master br0; g br0
  br0 gso_max_size 1000 gso_max_segs 7 tso_max_size 524280 tso_max_segs 65535 gro_max_size 5000
  $ ip link add mv0 link p1 address 02:00:00:00:00:20 type macvlan; g mv0
  mv0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  $ ip link set p1 gso_max_size 10000; g p1 mv0
  p1 gso_max_size 10000 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
  mv0 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536
