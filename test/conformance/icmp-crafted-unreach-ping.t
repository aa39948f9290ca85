Destination unreachable messages built by hand (socat IP-SENDTO protocol 1 from the gateway b) quoting the echo request of a running ping (-e fixes its identifier): ping prints each of the 16 codes iputils names (pr_icmph) and a bad code 16, which icmp_unreach() refuses (code > NR_ICMP_UNREACH: no socket error) but the raw socket still reads; tcpdump's names for each; the frag needed taken into the route cache through the raw socket (raw_err: ipv4_sk_update_pmtu); the counters (IcmpInDestUnreachs, IcmpMsgInType3).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.2
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0 nud permanent
  $ ip netns exec a tcpdump -n -l -c 17 -i a0 icmp and src 10.0.0.2 > td 2> /dev/null &
  $ sleep 1
  $ ip netns exec a ping -n -e 4660 -c 30 -i 10 10.9.9.9 > out & p=$!
  $ sleep 0.5
  $ printf '\003\000\374\377\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\002\374\375\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\374\374\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\004\370\113\000\000\004\260\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\005\374\372\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\006\374\371\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\007\374\370\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\010\374\367\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\011\374\366\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\012\374\365\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\013\374\364\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\014\374\363\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\015\374\362\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\016\374\361\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\017\374\360\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\020\374\357\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait
  $ cat out
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Destination Net Unreachable
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.2 icmp_seq=1 Destination Protocol Unreachable
  From 10.0.0.2 icmp_seq=1 Destination Port Unreachable
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1200)
  From 10.0.0.2 icmp_seq=1 Source Route Failed
  From 10.0.0.2 icmp_seq=1 Destination Net Unknown
  From 10.0.0.2 icmp_seq=1 Destination Host Unknown
  From 10.0.0.2 icmp_seq=1 Source Host Isolated
  From 10.0.0.2 icmp_seq=1 Destination Net Prohibited
  From 10.0.0.2 icmp_seq=1 Destination Host Prohibited
  From 10.0.0.2 icmp_seq=1 Destination Net Unreachable for Type of Service
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable for Type of Service
  From 10.0.0.2 icmp_seq=1 Packet filtered
  From 10.0.0.2 icmp_seq=1 Precedence Violation
  From 10.0.0.2 icmp_seq=1 Precedence Cutoff
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, +16 errors, 100% packet loss, time *ms (glob)
  $ sed -E 's/^[0-9:.]+ //' td
  IP 10.0.0.2 > 10.0.0.1: ICMP net 10.9.9.9 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 protocol 1 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 protocol 1 port 58826 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - need to frag (mtu 1200), length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - source route failed, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP net 10.9.9.9 unreachable - unknown, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable - unknown, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - source host isolated, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP net 10.9.9.9 unreachable - admin prohibited, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable - admin prohibited, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP net 10.9.9.9 unreachable - tos prohibited, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable - tos prohibited, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable - admin prohibited filter, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable - host precedence violation, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable - precedence cutoff, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - #16, length 36
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1200  (glob)
  $ ip -n a route show cache
  10.9.9.9 via 10.0.0.2 dev a0 
      cache expires *sec mtu 1200  (glob)
  $ ip netns exec a nstat -as | grep -i '^icmp'
  IcmpInMsgs                      17                 0.0
  IcmpInDestUnreachs              17                 0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType3                  17                 0.0
  IcmpMsgOutType8                 1                  0.0
  $ ip netns exec b nstat -as | grep -i '^icmp'
  IcmpOutMsgs                     17                 0.0
  IcmpOutDestUnreachs             17                 0.0
  IcmpMsgOutType3                 17                 0.0
