Send-to-self over one veth pair whose two ends are in the same namespace: the local rule moved below per-destination rules with iif lo, accept_local on both ends, ping, UDP and TCP between the two addresses cross the wire (tcpdump and link counters show it), and with the default local rule they never do.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v2 address 02:00:00:00:00:22
  $ ip link set lo up; ip link set v1 up; ip link set v2 up
  $ ip addr add 10.1.0.1/24 dev v1
  $ ip addr add 10.2.0.2/24 dev v2
  $ ping -c 1 -W 1 -I 10.1.0.1 10.2.0.2 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -s link show v2 | sed -n 4p
               0       0      0       0       0       0 
  $ ip rule add pref 1000 lookup local
  $ ip rule del pref 0
  $ ip rule add pref 100 iif lo to 10.2.0.2 lookup 100
  $ ip rule add pref 101 iif lo to 10.1.0.1 lookup 101
  $ ip route add 10.2.0.2 dev v1 src 10.1.0.1 table 100
  $ ip route add 10.1.0.1 dev v2 src 10.2.0.2 table 101
  $ ip route get 10.2.0.2
  10.2.0.2 dev v1 table 100 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.1
  10.1.0.1 dev v2 table 101 src 10.2.0.2 uid 0 
      cache 
  $ ip route get 10.2.0.2 from 10.1.0.1 iif v2
  local 10.2.0.2 from 10.1.0.1 dev lo table local 
      cache <local> iif v2 
  $ sysctl -qw net.ipv4.conf.v1.accept_local=1 net.ipv4.conf.v2.accept_local=1
  $ ip route get 10.2.0.2 from 10.1.0.1 iif v2
  local 10.2.0.2 from 10.1.0.1 dev lo table local 
      cache <local> iif v2 
  $ ip route get 10.1.0.1 from 10.2.0.2 iif v1
  local 10.1.0.1 from 10.2.0.2 dev lo table local 
      cache <local> iif v1 
  $ tcpdump -l -n -e -t -i v1 > wire.txt 2>/dev/null & sleep 0.5
  $ ping -c 2 -i 0.3 10.2.0.2 | grep -E 'received|bytes from'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  64 bytes from 10.2.0.2: icmp_seq=2 ttl=64 time=* ms (glob)
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ sleep 0.5; kill %1; wait; cat wire.txt | sed -E 's/, id [0-9]+, seq/, seq/'
  02:00:00:00:00:11 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.2.0.2 tell 10.1.0.1, length 28
  02:00:00:00:00:22 > 02:00:00:00:00:11, ethertype ARP (0x0806), length 42: Reply 10.2.0.2 is-at 02:00:00:00:00:22, length 28
  02:00:00:00:00:11 > 02:00:00:00:00:22, ethertype IPv4 (0x0800), length 98: 10.1.0.1 > 10.2.0.2: ICMP echo request, seq 1, length 64
  02:00:00:00:00:22 > 02:00:00:00:00:11, ethertype IPv4 (0x0800), length 98: 10.2.0.2 > 10.1.0.1: ICMP echo reply, seq 1, length 64
  02:00:00:00:00:11 > 02:00:00:00:00:22, ethertype IPv4 (0x0800), length 98: 10.1.0.1 > 10.2.0.2: ICMP echo request, seq 2, length 64
  02:00:00:00:00:22 > 02:00:00:00:00:11, ethertype IPv4 (0x0800), length 98: 10.2.0.2 > 10.1.0.1: ICMP echo reply, seq 2, length 64
  $ ip neigh show | sort
  10.1.0.1 dev v2 lladdr 02:00:00:00:00:11 DELAY 
  10.2.0.2 dev v1 lladdr 02:00:00:00:00:22 REACHABLE 
  $ ip -s link show v2 | sed -n 4p
             238       3      0       0       0       0 
  $ nc -u -l -s 10.2.0.2 -p 6000 > u.out & sleep 0.3
  $ echo hello | nc -u -w 1 -s 10.1.0.1 10.2.0.2 6000; sleep 0.3; kill %1; wait; cat u.out
  hello
  $ nc -l -s 10.1.0.1 -p 6001 > t.out & sleep 0.3
  $ seq 1 100 | nc -N -w 2 -s 10.2.0.2 10.1.0.1 6001; sleep 0.3; wait; wc -l < t.out
  100
  $ ip -s link show v1 | sed -n 4p
             868       8      0       0       0       0 
  $ sysctl -qw net.ipv4.conf.v2.accept_local=0
  $ ping -c 1 -W 1 10.2.0.2 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ nstat -az IpInMartians IPReversePathFilter TcpExtIPReversePathFilter | tail -n +2
  TcpExtIPReversePathFilter       0                  0.0
  $ ip rule add pref 0 lookup local
  $ ping -c 1 -W 1 10.2.0.2 | grep received
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
