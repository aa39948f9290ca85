arping: every option with bad, edge and repeated values in one loop (count, deadline, interval, timeout, source, device), on a veth pair with a live peer.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up; ip link set y0 up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.0.2/24 dev y0
  $ for o in "-c 0 -w 1" "-c -1 -w 1" "-c x" "-c 1x" "-c 1 -c 2" "-w 0 -c 1" "-w -1 -c 1" "-w x -c 1" "-w 1.5 -c 1" "-i -1 -c 1" "-i x -c 1" "-i 0.1 -c 2" "-s 10.0.0.9 -c 1" "-s bogus -c 1" "-s 10.0.0.1 -s 10.0.0.1 -c 1" "-I nodev -c 1" "-I lo -c 1" "-I y0 -c 1" "-c 1 -q" "-c 1 -f" "-c 2 -f" "-c 1 -b" "-c 1 -D" "-c 1 -U" "-c 1 -A" "-c 1 -0" "-c 1 -Z" "-h" "-z"; do echo "== $o"; arping -I x0 $o 10.0.0.2 2>&1 | sed -E 's/[0-9.]+ms/Xms/'; echo "rc ${PIPESTATUS[0]}"; done
  == -c 0 -w 1
  arping: invalid argument: '0': out of range: 1 <= value <= 2147483647
  rc 1
  == -c -1 -w 1
  arping: invalid argument: '-1': out of range: 1 <= value <= 2147483647
  rc 1
  == -c x
  arping: invalid argument: 'x'
  rc 1
  == -c 1x
  arping: invalid argument: '1x'
  rc 1
  == -c 1 -c 2
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  rc 1
  == -w 0 -c 1
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 1
  == -w -1 -c 1
  arping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  rc 1
  == -w x -c 1
  arping: invalid argument: 'x'
  rc 1
  == -w 1.5 -c 1
  arping: invalid argument: '1.5'
  rc 1
  == -i -1 -c 1
  arping: invalid argument: '-1': out of range: 0 <= value <= 2147483647
  rc 1
  == -i x -c 1
  arping: invalid argument: 'x'
  rc 1
  == -i 0.1 -c 2
  arping: invalid argument: '0.1'
  rc 1
  == -s 10.0.0.9 -c 1
  arping: bind: Cannot assign requested address
  rc 2
  == -s bogus -c 1
  arping: invalid source bogus
  rc 2
  == -s 10.0.0.1 -s 10.0.0.1 -c 1
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 1
  == -I nodev -c 1
  arping: Device nodev not available.
  rc 2
  == -I lo -c 1
  Interface "lo" is down
  rc 2
  == -I y0 -c 1
  ARPING 10.0.0.2 from 10.0.0.2 y0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 1
  == -c 1 -q
  rc 1
  == -c 1 -f
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 1
  == -c 2 -f
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  rc 1
  == -c 1 -b
  ARPING 10.0.0.2 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 1
  == -c 1 -D
  ARPING 10.0.0.2 from 0.0.0.0 x0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Xms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  rc 1
  == -c 1 -U
  ARPING 10.0.0.2 from 10.0.0.2 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 0
  == -c 1 -A
  ARPING 10.0.0.2 from 10.0.0.2 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  rc 0
  == -c 1 -0
  arping: invalid option -- '0'
  
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
  rc 2
  == -c 1 -Z
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
  rc 2
  == -h
  
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
  rc 2
  == -z
  arping: invalid option -- 'z'
  
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
  rc 2
  $ arping -c 1 -I x0 2>&1; echo $?
  
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
  2
  $ arping -c 1 -I x0 nosuchhost.invalid 2>&1 | head -3; echo ${PIPESTATUS[0]}
  arping: nosuchhost.invalid: Temporary failure in name resolution
  2
  $ arping -c 1 -I x0 10.0.0.1 2>&1 | sed -E 's/[0-9.]+ms/Xms/'; echo ${PIPESTATUS[0]}
  ARPING 10.0.0.1 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ arping -c 1 -I x0 255.255.255.255 2>&1 | sed -E 's/[0-9.]+ms/Xms/'; echo ${PIPESTATUS[0]}
  arping: connect: Permission denied
  2
  $ arping -c 1 -I x0 0.0.0.0 2>&1 | sed -E 's/[0-9.]+ms/Xms/'; echo ${PIPESTATUS[0]}
  ARPING 0.0.0.0 from 10.0.0.1 x0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
