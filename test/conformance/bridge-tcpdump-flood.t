What crosses a bridge, seen with tcpdump -e: the ARP broadcast floods to every port, the unicast reply goes only to the learnt port, a third host sees only the broadcast; tcpdump on br0 sees frames for the bridge itself.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:bb:00 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:aa:0$i; ip -n sw link set p$i master br0; ip -n sw link set p$i up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ sleep 1
  $ ip netns exec h3 tcpdump -l -n -e -i e0 -c 2 >/tmp/sweepbr5-h3.txt 2>/dev/null & sleep 1
  $ ip netns exec h2 tcpdump -l -n -e -i e0 -c 4 >/tmp/sweepbr5-h2.txt 2>/dev/null & sleep 1
  $ ip netns exec h1 ping -c 1 10.0.0.2 | tail -2 | head -1 | sed 's/time.*//'
  1 packets transmitted, 1 received, 0% packet loss, 
  $ sleep 1; ip netns exec h1 arping -c 1 -w 1 -I e0 10.0.0.3 | tail -2 | head -1
  Sent 1 probes (1 broadcast(s))
  $ sleep 1; wait
  $ sed -E 's/^[0-9:.]+ //' /tmp/sweepbr5-h2.txt
  02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:00:02, length 28
  02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 98: 10.0.0.1 > 10.0.0.2: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 98: 10.0.0.2 > 10.0.0.1: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ sed -E 's/^[0-9:.]+ //' /tmp/sweepbr5-h3.txt
  02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:00:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.3 (ff:ff:ff:ff:ff:ff) tell 10.0.0.1, length 28
  $ ip netns exec sw tcpdump -l -n -e -i br0 -c 2 icmp >/tmp/sweepbr5-br.txt 2>/dev/null & sleep 1
  $ ip netns exec h3 ping -c 1 10.0.0.254 | tail -2 | head -1 | sed 's/time.*//'
  1 packets transmitted, 1 received, 0% packet loss, 
  $ sleep 1; wait
  $ sed -E 's/^[0-9:.]+ //' /tmp/sweepbr5-br.txt
  02:00:00:00:00:03 > 02:00:00:00:bb:00, ethertype IPv4 (0x0800), length 98: 10.0.0.3 > 10.0.0.254: ICMP echo request, id *, seq 1, length 64 (glob)
  02:00:00:00:bb:00 > 02:00:00:00:00:03, ethertype IPv4 (0x0800), length 98: 10.0.0.254 > 10.0.0.3: ICMP echo reply, id *, seq 1, length 64 (glob)
  $ rm -f /tmp/sweepbr5-h2.txt /tmp/sweepbr5-h3.txt /tmp/sweepbr5-br.txt
