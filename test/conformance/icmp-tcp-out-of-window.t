ICMP errors built by hand against TCP (tcp_v4_err()): for an established connection they must quote a sequence number between snd_una and snd_nxt, so one quoting another counts OutOfWindowIcmps and changes nothing (a frag needed learns no MTU, a port unreachable does not reset); one for no connection at all counts IcmpInErrors; one for a listener's port from elsewhere finds no socket either; the connection still carries data afterwards.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 10.0.0.2 5000 > got & sleep 0.3
  $ (echo one; sleep 2; echo two) | ip netns exec a nc -N -p 40000 10.0.0.2 5000 & sleep 0.5
  $ ip netns exec a ss -tn state established | sed -E 's/ +/ /g'
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  0 0 10.0.0.1:40000 10.0.0.2:5000 
  $ printf '\003\003\344\207\000\000\000\000\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\001\012\000\000\002\234\100\023\210\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\004\340\236\000\000\003\350\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\001\012\000\000\002\234\100\023\210\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\001\344\211\000\000\000\000\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\001\012\000\000\002\234\100\023\210\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\334\212\000\000\000\000\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\001\012\000\000\002\234\100\023\210\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\014\000\327\212\004\000\000\000\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\001\012\000\000\002\234\100\023\210\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\344\206\000\000\000\000\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\001\012\000\000\002\234\101\023\210\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\344\207\000\000\000\000\105\000\000\064\010\010\100\000\100\006\036\272\012\000\000\002\012\000\000\001\023\210\234\100\022\064\126\170' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec a ss -tn state established | sed -E 's/ +/ /g'
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  0 0 10.0.0.1:40000 10.0.0.2:5000 
  $ wait; cat got
  one
  two
  $ ip netns exec a nstat -as | grep -E '^(Icmp|TcpExtOutOfWindow|TcpExtLockDropped|TcpAttemptFails|TcpEstabResets)'
  IcmpInMsgs                      7                  0.0
  IcmpInErrors                    2                  0.0
  IcmpInDestUnreachs              5                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpInParmProbs                 1                  0.0
  IcmpMsgInType3                  5                  0.0
  IcmpMsgInType11                 1                  0.0
  IcmpMsgInType12                 1                  0.0
  TcpExtOutOfWindowIcmps          5                  0.0
