The IPv6 packets a fresh interface sends by itself show in the link counters: an MLDv2 report for its solicited-node group at once (90 bytes) and again within a second, a neighbour solicitation for duplicate address detection (86 bytes, with the nonce option), then from the valid address another report pair and a router solicitation (70 bytes).
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set b0 up
  $ sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ ip link set a0 up; ip -s link show b0 | sed -n 4p
              90       1      0       0       0       0 
  $ sleep 3; ip -s link show b0 | sed -n 4p; ip -s link show a0 | sed -n 6p
             516       6      0       0       0       0 
             516       6      0       0       0       0 
  $ ip -s link show b0 | sed -n 6p
               0       0      0       0       0       0 
