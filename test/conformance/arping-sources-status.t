arping: sources, unsolicited modes seen by the peer, intervals, deadlines, counts and exit statuses.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a arping -c 2 -i 0.2 -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  arping: invalid argument: '0.2'
  $ ip netns exec a arping -c 1 -i abc -I a0 10.0.0.2
  arping: invalid argument: 'abc'
  [1]
  $ ip netns exec a arping -c abc -I a0 10.0.0.2
  arping: invalid argument: 'abc'
  [1]
  $ ip netns exec a arping -w abc -I a0 10.0.0.2
  arping: invalid argument: 'abc'
  [1]
  $ ip netns exec a arping -c 1 -I a0 -s 10.0.0.2 10.0.0.2
  arping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a arping -c 1 -I a0 -s 0.0.0.0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 0.0.0.0 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec b ip neigh flush dev b0
  $ ip netns exec a arping -c 1 -U -I a0 -s 10.0.0.1 10.0.0.1; echo rc=$?
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec b ip neigh show dev b0
  $ ip netns exec b ip neigh flush dev b0
  $ ip netns exec a arping -c 1 -A -I a0 10.0.0.1; echo rc=$?
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec b ip neigh show dev b0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.arp_accept=1
  $ ip netns exec a arping -c 1 -U -I a0 10.0.0.1 > /dev/null
  $ ip netns exec b ip neigh show dev b0
  10.0.0.1 lladdr 02:00:00:00:00:01 STALE 
  $ ip netns exec a arping -c 1 -D -I a0 10.0.0.1 | sed -E 's/[0-9.]+ms/Tms/'; echo rc=$?
  ARPING 10.0.0.1 from 0.0.0.0 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec a arping -c 1 -w 1 -D -I a0 10.0.0.7; echo rc=$?
  ARPING 10.0.0.7 from 0.0.0.0 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=0
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.7; echo rc=$?
  ARPING 10.0.0.7 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc=1
  $ ip netns exec a arping -q -c 1 -I a0 10.0.0.2; echo rc=$?
  rc=0
  $ ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.0.7; echo rc=$?
  rc=1
  $ ip netns exec a arping -f -w 3 -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -V | sed -E 's/[0-9]+/N/g'
  arping from iputils N
  libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes
  $ ip netns exec a arping -c 1 -I a0 10.0.0.2 10.0.0.3
  
  Usage:
    arping [options] <destination>
  
  Options:
    -f            quit on first reply
    -q            be quiet
    -b            keep on broadcasting, do not unicast
    -D            duplicate address detection mode
    -U            unsolicited ARP mode, update your neighbours
    -A            ARP answer mode, update your neighbours
    -V            print version and exit
    -c <count>    how many packets to send
    -w <timeout>  how long to wait for a reply
    -i <interval> set interval between packets (default: 1 second)
    -I <device>   which ethernet device to use
    -s <source>   source ip address
    <destination> dns name or ip address
  
  For more details see arping(8).
  [2]
  $ ip netns exec a arping -c 1 -I a0 255.255.255.255 | sed -E 's/[0-9.]+ms/Tms/'
  arping: connect: Permission denied
