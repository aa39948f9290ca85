A UDP listener whose peer went away: nc -u -l (and socat UDP-LISTEN) connect to their first sender; when that sender has exited, what the listener sends next draws a port unreachable and the connected socket reads ECONNREFUSED (nc stops quietly; socat UDP-LISTEN reports the read error); nc -k stays unconnected: its writes have no destination (EDESTADDRREQ), so it stops reading stdin and sends nothing, while it keeps receiving; ss shows the states; counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sh -c '(sleep 0.6; echo r1; sleep 0.5; echo r2) | nc -u -l -p 6000 > nc1.out 2>&1; echo "nc status $?" >> nc1.out' > /dev/null 2>&1 &
  $ sleep 0.3; ip netns exec b sh -c 'echo hi | socat -u - UDP:10.0.0.1:6000,sp=5000'
  $ ip netns exec a ss -Huan | sed -E 's/ +/ /g'
  ESTAB 0 0 10.0.0.1:6000 10.0.0.2:5000
  $ sleep 1.5; ip netns exec a cat nc1.out
  hi
  nc status 0
  $ ip netns exec a nstat -asz UdpOutDatagrams UdpInDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  UdpInDatagrams                  1                  0.0
  UdpOutDatagrams                 1                  0.0
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             1                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec a sh -c '(sleep 0.6; echo s1; sleep 0.5; echo s2) | socat UDP-LISTEN:6001 - > so1.out 2>&1; echo "socat status $?" >> so1.out' > /dev/null 2>&1 &
  $ sleep 0.3; ip netns exec b sh -c 'echo hi | socat -u - UDP:10.0.0.1:6001,sp=5001'
  $ sleep 1.5; ip netns exec a sed -E 's/^.*socat\[[0-9]+\]/socat/; s/0x[0-9a-f]+/BUF/' so1.out
  hi
  socat E read(5, BUF, 8192): Connection refused
  socat status 1
  $ ip netns exec a sh -c '(sleep 0.6; echo k1; sleep 0.5; echo k2) | nc -u -l -k -p 6002 > nc2.out 2>&1; echo "nc status $?" >> nc2.out' > /dev/null 2>&1 &
  $ sleep 0.3; ip netns exec b sh -c 'echo hi | socat -u - UDP:10.0.0.1:6002,sp=5002'
  $ sleep 1.5; ip netns exec a cat nc2.out
  hi
  $ ip netns exec b sh -c 'echo again | socat -u - UDP:10.0.0.1:6002,sp=5003'; sleep 0.3; ip netns exec a cat nc2.out
  hi
  again
  $ ip netns exec a ss -Huan | sed -E 's/ +/ /g'
  UNCONN 0 0 0.0.0.0:6002 0.0.0.0:*
  $ ip netns exec a nstat -asz UdpOutDatagrams UdpInDatagrams IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              2                  0.0
  UdpInDatagrams                  4                  0.0
  UdpOutDatagrams                 2                  0.0
  $ ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             2                  0.0
  UdpNoPorts                      2                  0.0
