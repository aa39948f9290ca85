ICMP errors built by hand (socat IP-SENDTO protocol 1 from the gateway) quoting a datagram of a connected UDP socket (socat UDP with a fixed sourceport): __udp4_lib_err() turns each destination unreachable code into its errno (icmp_err_convert[]), and a socket without IP_RECVERR hears only the fatal ones (and frag needed under PMTU discovery, parameter problem) on its next write; with ip-recverr every one; time exceeded, source quench, a bad code 16 and an error for another port; the counters after.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.2
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40000 & sleep 0.25; printf '\003\000\115\056\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\100\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40001 & sleep 0.25; printf '\003\001\115\054\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\101\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40002 & sleep 0.25; printf '\003\002\115\052\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\102\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Protocol not available (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40003 & sleep 0.25; printf '\003\003\115\050\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\103\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Connection refused (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40004 & sleep 0.25; printf '\003\004\110\022\000\000\005\024\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\104\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Message too long (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40005 & sleep 0.25; printf '\003\005\115\044\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\105\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40006 & sleep 0.25; printf '\003\006\115\042\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\106\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Network is unreachable (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40007 & sleep 0.25; printf '\003\007\115\040\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\107\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Host is down (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40008 & sleep 0.25; printf '\003\010\115\036\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\110\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Machine is not on the network (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40009 & sleep 0.25; printf '\003\011\115\034\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\111\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Network is unreachable (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40010 & sleep 0.25; printf '\003\012\115\032\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\112\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40011 & sleep 0.25; printf '\003\013\115\030\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\113\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40012 & sleep 0.25; printf '\003\014\115\026\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\114\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40013 & sleep 0.25; printf '\003\015\115\024\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\115\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40014 & sleep 0.25; printf '\003\016\115\022\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\116\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40015 & sleep 0.25; printf '\003\017\115\020\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\117\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40016 & sleep 0.25; printf '\003\020\115\016\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\120\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40017 & sleep 0.25; printf '\013\000\105\035\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\121\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40018 & sleep 0.25; printf '\004\000\114\034\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\122\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40019 & sleep 0.25; printf '\014\000\074\033\010\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\123\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Protocol error (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40020 & sleep 0.25; printf '\003\003\114\310\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\243\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40030,ip-recverr & sleep 0.25; printf '\003\000\115\020\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\136\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Network is unreachable (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40031,ip-recverr & sleep 0.25; printf '\003\001\115\016\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\137\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40034,ip-recverr & sleep 0.25; printf '\003\004\110\046\000\000\004\342\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\142\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Message too long (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40035,ip-recverr & sleep 0.25; printf '\003\005\115\006\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\143\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Operation not supported (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40041,ip-recverr & sleep 0.25; printf '\003\013\114\372\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\151\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): Network is unreachable (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40042,ip-recverr & sleep 0.25; printf '\003\014\114\370\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\152\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40050,ip-recverr & sleep 0.25; printf '\013\000\104\374\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\162\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  * socat[*] E write(5, *, 1): No route to host (glob)
  1
  $ (printf x; sleep 0.5; printf y) | ip netns exec a socat -u - UDP:10.9.9.9:5000,sourceport=40051,ip-recverr & sleep 0.25; printf '\013\001\104\372\000\000\000\000\105\000\000\035\002\002\100\000\100\021\033\274\012\000\000\001\012\011\011\011\234\163\023\210\000\011\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1; wait $!; echo $?
  0
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1250  (glob)
  $ ip netns exec a nstat -as | grep -E '^(Icmp|Udp)'
  IcmpInMsgs                      29                 0.0
  IcmpInErrors                    1                  0.0
  IcmpInDestUnreachs              24                 0.0
  IcmpInTimeExcds                 3                  0.0
  IcmpInParmProbs                 1                  0.0
  IcmpInSrcQuenchs                1                  0.0
  IcmpMsgInType3                  24                 0.0
  IcmpMsgInType4                  1                  0.0
  IcmpMsgInType11                 3                  0.0
  IcmpMsgInType12                 1                  0.0
  UdpOutDatagrams                 39                 0.0
