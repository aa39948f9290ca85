TEE target: duplicate packets to a gateway; listing forms; errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns add c
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name b1 netns b address 02:00:00:00:0b:02
  $ ip -n c link set c0 up
  $ ip -n b link set b1 up
  $ ip -n c addr add 10.0.1.2/24 dev c0
  $ ip -n b addr add 10.0.1.1/24 dev b1
  $ ip netns exec b iptables -t mangle -A PREROUTING -i b0 -p icmp -j TEE --gateway 10.0.1.2
  $ ip netns exec b iptables -t mangle -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -i b0 -p icmp -j TEE --gateway 10.0.1.2
  $ ip netns exec b iptables -t mangle -L PREROUTING -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  TEE        1    --  0.0.0.0/0            0.0.0.0/0            TEE gw:10.0.1.2
  $ ip netns exec c sh -c 'tcpdump -l -n -i c0 icmp > tee.out 2>/dev/null & sleep 1'
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ sleep 1; ip netns pids c | xargs -r kill; sleep 0.3; sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/' tee.out
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id ID, seq 1, length 64
  IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id ID, seq 2, length 64
  $ ip netns exec b iptables -t mangle -L PREROUTING -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 TEE        1    --  b0     *       0.0.0.0/0            0.0.0.0/0            TEE gw:10.0.1.2
  $ ip netns exec b iptables -t mangle -A PREROUTING -j TEE
  iptables v1.8.9 (nf_tables): TEE: option "--gateway" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -t mangle -A POSTROUTING -j TEE --gateway 10.0.1.2 --oif b1
  $ ip netns exec b iptables -t mangle -S POSTROUTING
  -P POSTROUTING ACCEPT
  -A POSTROUTING -j TEE --gateway 10.0.1.2 --oif b1
  $ ip netns exec b iptables -t mangle -F
  $ ip netns exec b iptables -A INPUT -p icmp -j TEE --gateway 10.0.1.2 --oif nosuch
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -j TEE --gateway 10.0.1.2 --oif nosuch
  $ ip netns exec c sh -c 'tcpdump -l -n -v -i c0 icmp > tee2.out 2>/dev/null & sleep 1'
  $ ip netns exec a ping -c 1 -q 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ sleep 1; ip netns pids c | xargs -r kill; sleep 0.3; grep -c 'ttl 63' tee2.out; grep -c 'echo request' tee2.out
  1
  1
  $ ip netns exec b iptables -F INPUT
  $ ip netns exec b iptables -A OUTPUT -p icmp -j TEE --gateway 10.0.1.2
  $ ip netns exec c sh -c 'tcpdump -l -n -v -i c0 icmp > tee3.out 2>/dev/null & sleep 1'
  $ ip netns exec a ping -c 1 -q 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ sleep 1; ip netns pids c | xargs -r kill; sleep 0.3; grep -c 'ttl 64' tee3.out; grep -c 'echo reply' tee3.out
  1
  1
  $ ip netns exec b iptables -L OUTPUT -n -v
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2   168 TEE        1    --  *      *       0.0.0.0/0            0.0.0.0/0            TEE gw:10.0.1.2
  $ ip netns exec b nstat -az IpOutRequests IcmpOutEchoReps
  #kernel
  IpOutRequests                   8                  0.0
  IcmpOutEchoReps                 4                  0.0
