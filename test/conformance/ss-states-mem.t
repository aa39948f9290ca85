ss state filter keywords (connected, synchronized, bucket, big, all, closed, close-wait, fin-wait-2) and -e/-m/-O/-H views of TCP and UDP sockets held by nc in several states.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 6000 > /dev/null &
  $ sleep 4 | ip netns exec b nc -l 6001 > /dev/null &
  $ ip netns exec b nc -u -l 6002 > /dev/null &
  $ sleep 0.5
  $ sleep 5 | ip netns exec a nc -p 41000 10.0.0.2 6000 &
  $ printf 'x' | ip netns exec a nc -N -p 41001 10.0.0.2 6001 > /dev/null &
  $ sleep 1
  $ ip netns exec a ss -Htan | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:6000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:6001
  $ ip netns exec b ss -Htan | sort
  ESTAB  0      0      10.0.0.2:6000 10.0.0.1:41000
  LISTEN 0      1       0.0.0.0:6000  0.0.0.0:*    
  $ ip netns exec a ss -Htn state connected | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:6000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:6001
  $ ip netns exec b ss -Htn state connected | sort
  ESTAB 0      0      10.0.0.2:6000 10.0.0.1:41000
  $ ip netns exec a ss -Htn state synchronized | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:6000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:6001
  $ ip netns exec a ss -Htn state bucket | sort
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:6001
  $ ip netns exec a ss -Htn state big | sort
  ESTAB 0      0      10.0.0.1:41000 10.0.0.2:6000
  $ ip netns exec a ss -Htn state fin-wait-2
  $ ip netns exec b ss -Htn state close-wait
  $ ip netns exec a ss -Htn state all | sort
  ESTAB     0      0      10.0.0.1:41000 10.0.0.2:6000
  TIME-WAIT 0      0      10.0.0.1:41001 10.0.0.2:6001
  $ ip netns exec b ss -Htn state closed
  $ ip netns exec b ss -Htun state listening state established | sort
  tcp ESTAB  0      0      10.0.0.2:6000 10.0.0.1:41000
  tcp LISTEN 0      1       0.0.0.0:6000  0.0.0.0:*    
  $ ip netns exec b ss -Htun exclude listening exclude established | sort
  udp UNCONN 0      0      0.0.0.0:6002 0.0.0.0:*
  $ ip netns exec b ss -Hun
  $ ip netns exec b ss -Huan
  UNCONN 0      0      0.0.0.0:6002 0.0.0.0:*
  $ ip netns exec b ss -Htlnm | sed -E 's/ +$//'
  LISTEN 0      1      0.0.0.0:6000 0.0.0.0:*
  	 skmem:(r0,rb131072,t0,tb16384,f0,w0,o0,bl0,d0)
  $ ip netns exec a ss -Htne state fin-wait-2 | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/timer:\([^)]*\)/timer:(T)/; s/ +$//'
  $ ip netns exec a ss -Htnoe state fin-wait-2 | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/timer:\(timewait,[0-9.]+sec,0\)/timer:(timewait,T,0)/; s/ +$//'
  $ ip netns exec b ss -tn state close-wait -O -m | sed -E 's/ +$//'
  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec b ss -tn state bogus
  ss: wrong state name: bogus
  [255]
  $ ip netns exec b ss -tn state
  Command line is not complete. Try option "help"
  [255]
