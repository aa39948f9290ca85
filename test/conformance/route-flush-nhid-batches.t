ip route flush sends the dumped routes back as deletes (batches of iproute2's 3584-byte flushb): a route using a nexthop object is dumped with its compat next hop (nexthop_compat_mode=1) and its delete is refused (nhid and next hop are mutually exclusive); the kernel still runs every other delete, and iproute2 reads the error once the round's last batch is sent: "Failed to send flush request", exit 2, only the nhid route left, wherever it sits among 150 routes (no Round line with -s). With nexthop_compat_mode=0 the flush succeeds.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0
  $ ip nexthop add id 1 via 192.168.1.254 dev a0
  $ ip route add 10.0.0.0/8 nhid 1; ip route add 11.0.0.0/8 via 192.168.1.9; ip route add 12.0.0.0/8 nhid 1 table 100
  $ ip route flush table main; echo $?
  Failed to send flush request: Invalid argument
  2
  $ ip route show
  10.0.0.0/8 nhid 1 via 192.168.1.254 dev a0 
  $ ip route flush table 100; echo $?
  Failed to send flush request: Invalid argument
  2
  $ ip route show table 100
  12.0.0.0/8 nhid 1 via 192.168.1.254 dev a0 
  $ ip -s route flush 10.0.0.0/8; echo $?
  Failed to send flush request: Invalid argument
  2
  $ for i in $(seq 1 150); do ip route add 20.0.$i.0/24 dev a0 metric $i; done
  $ ip route show | wc -l
  151
  $ ip route flush table main; echo $?
  Failed to send flush request: Invalid argument
  2
  $ ip route show | wc -l; ip route show | head -3
  1
  10.0.0.0/8 nhid 1 via 192.168.1.254 dev a0 
  $ ip route del 10.0.0.0/8; for i in $(seq 1 150); do ip route add 20.0.$i.0/24 dev a0 metric $i; done; ip route add 30.0.0.0/8 nhid 1
  $ ip route flush table main; echo $?
  Failed to send flush request: Invalid argument
  2
  $ ip route show | wc -l; ip route show | head -3
  1
  30.0.0.0/8 nhid 1 via 192.168.1.254 dev a0 
  $ ip route del 30.0.0.0/8; for i in $(seq 1 150); do ip route add 20.0.$i.0/24 dev a0 metric $i; done; ip route add 20.0.77.128/25 nhid 1
  $ ip -s route flush table main; echo $?
  Failed to send flush request: Invalid argument
  2
  $ ip route show | wc -l; ip route show | head -3
  1
  20.0.77.128/25 nhid 1 via 192.168.1.254 dev a0 
  $ sysctl -qw net.ipv4.nexthop_compat_mode=0
  $ ip route flush table main; echo $?
  0
  $ ip route show
  $ ip route flush table 100; echo $?
  0
  $ ip route show table 100
