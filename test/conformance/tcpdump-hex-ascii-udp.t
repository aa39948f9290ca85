tcpdump hex/ascii dumps, snap length and -vv/-e on ICMP and UDP.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -x icmp > x1.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -xx icmp > x2.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -X udp > x3.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -A udp > x4.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -s 40 -x icmp > x5.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -vv -e udp > x6.txt 2>/dev/null &
  $ ip netns exec b tcpdump -i b0 -n -t -c 1 -l -q -e icmp > x7.txt 2>/dev/null &
  $ sleep 1
  $ ip netns exec a ping -c 1 -p 41 -s 20 10.0.0.2 > /dev/null
  $ ip netns exec a sh -c 'echo hello-world | nc -u -w 1 -p 40000 10.0.0.2 5000'
  $ sleep 1
  $ sed 2d x3.txt
  IP 10.0.0.1.40000 > 10.0.0.2.5000: UDP, length 12
  	0x0010:  0a00 0002 9c40 1388 0014 1428 6865 6c6c  .....@.....(hell
  	0x0020:  6f2d 776f 726c 640a                      o-world.
  $ sed 2d x4.txt
  IP 10.0.0.1.40000 > 10.0.0.2.5000: UDP, length 12
  ...
  ....@.....(hello-world
  $ sed -E 's/ id [0-9]+,/ id N,/' x6.txt
  02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 54: (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 40)
      10.0.0.1.40000 > 10.0.0.2.5000: [bad udp cksum 0x1428 -> 0xaa15!] UDP, length 12
  $ cat x7.txt | sed -E 's/id [0-9]+/id N/'
  02:00:00:00:00:01 > 02:00:00:00:00:02, IPv4, length 62: 10.0.0.1 > 10.0.0.2: ICMP echo request, id N, seq 1, length 28

