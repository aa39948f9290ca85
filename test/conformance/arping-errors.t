arping's errors: an unknown device, a device down, loopback (not ARPable), no route to guess the device from, a target off-link (SO_DONTROUTE connect), a bad source, bad options and arguments, and the device guessed from the route when -I is missing.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n b link set b0 up
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip netns exec a arping -c 1 -I eth0 10.0.0.2
  arping: Device eth0 not available.
  [2]
  $ ip netns exec a arping -c 1 -I a0 10.0.0.2
  Interface "a0" is down
  [2]
  $ ip netns exec a arping -D -c 1 -I a0 10.0.0.2; echo $?
  Interface "a0" is down
  2
  $ ip -n a link set a0 up
  $ ip -n a link set lo up
  $ ip netns exec a arping -c 1 -I lo 10.0.0.2
  Interface "lo" is not ARPable
  [2]
  $ ip netns exec a arping -D -c 1 -I lo 10.0.0.2; echo $?
  Interface "lo" is not ARPable
  0
  $ ip netns exec a arping -c 1 10.0.0.2
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:0B:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 1 192.0.2.1
  arping: NETLINK_ROUTE unexpected iov element
  [1]
  $ ip -n a route add default via 10.0.0.2
  $ ip netns exec a arping -c 1 192.0.2.1
  ARPING 192.0.2.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec a arping -c 1 -I a0 192.0.2.1
  ARPING 192.0.2.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec a arping -c 1 10.0.0.1
  Interface "lo" is not ARPable
  [2]
  $ ip netns exec a arping -c 1 -s 10.0.0.99 -I a0 10.0.0.2
  arping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a arping -c 1 -s bogus -I a0 10.0.0.2
  arping: invalid source bogus
  [2]
  $ ip netns exec a arping -c 0 -I a0 10.0.0.2
  arping: invalid argument: '0': out of range: 1 <= value <= 2147483647
  [1]
  $ ip netns exec a arping -c x -I a0 10.0.0.2
  arping: invalid argument: 'x'
  [1]
  $ ip netns exec a arping -w -1 -I a0 10.0.0.2
  arping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  [1]
  $ ip netns exec a arping -Z 10.0.0.2
  arping: invalid option -- 'Z'
  
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
  $ ip netns exec a arping -I a0
  
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
