ss columns over UDP sockets held by nc and socat: -p (the owner), -m (skmem with the default and a set rcvbuf/sndbuf), -o (no timers for UDP), -O, bound-device and address forms, with the varying numbers edited out.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'nc -u -l -p 5353 > /dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5354,bind=10.0.0.2,rcvbuf=10000,sndbuf=5000 /dev/null > /dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:5355,so-bindtodevice=lo /dev/null > /dev/null 2>&1 & sleep 0.2'
  $ sleep 3 | ip netns exec a nc -u -p 40000 10.0.0.2 5353 &
  $ sleep 0.5
  $ ip netns exec b ss -Huan | sort
  UNCONN 0      0         0.0.0.0:5353 0.0.0.0:*
  UNCONN 0      0        10.0.0.2:5354 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:*
  $ ip netns exec b ss -Huanp | sed -E 's/pid=[0-9]+,fd=[0-9]+/pid=P,fd=F/g' | sort
  UNCONN 0      0         0.0.0.0:5353 0.0.0.0:* users:(("nc",pid=P,fd=F))   
  UNCONN 0      0        10.0.0.2:5354 0.0.0.0:* users:(("socat",pid=P,fd=F))
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:* users:(("socat",pid=P,fd=F))
  $ ip netns exec b ss -HuanmO | sed -E 's/,bl[0-9]+,/,bl,/' | sort
  UNCONN 0      0         0.0.0.0:5353 0.0.0.0:* skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl,d0)
  UNCONN 0      0        10.0.0.2:5354 0.0.0.0:* skmem:(r0,rb20000,t0,tb10000,f0,w0,o0,bl,d0)  
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:* skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl,d0)
  $ ip netns exec b ss -Huano | sort
  UNCONN 0      0         0.0.0.0:5353 0.0.0.0:*
  UNCONN 0      0        10.0.0.2:5354 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:*
  $ ip netns exec b ss -Hua | sort
  UNCONN 0      0         0.0.0.0:mdns 0.0.0.0:*
  UNCONN 0      0        10.0.0.2:5354 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:*
  $ ip netns exec a ss -HuanmO | sed -E 's/,bl[0-9]+,/,bl,/'
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5353 skmem:(r0,rb212992,t0,tb212992,f0,w0,o0,bl,d0)
  $ ip netns exec b ss -Hun 'sport = :5353 or sport = :5354'
  $ ip netns exec b ss -Huan 'sport = :5353 or sport = :5354' | sort
  UNCONN 0      0       0.0.0.0:5353 0.0.0.0:*
  UNCONN 0      0      10.0.0.2:5354 0.0.0.0:*
  $ ip netns exec b ss -Huan 'dev lo'
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:*
  $ ip netns exec b ss -Huan 'src 10.0.0.2'
  UNCONN 0      0      10.0.0.2:5354 0.0.0.0:*
  $ ip netns exec b ss -Huan 'dev = lo' | sort
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:*
  $ ip netns exec b ss -Huan 'dev != lo' | sort
  UNCONN 0      0       0.0.0.0:5353 0.0.0.0:*
  UNCONN 0      0      10.0.0.2:5354 0.0.0.0:*
  $ ip netns exec b ss -Huan 'dev 1 or sport = :5354' | sort
  UNCONN 0      0        10.0.0.2:5354 0.0.0.0:*
  UNCONN 0      0      0.0.0.0%lo:5355 0.0.0.0:*
  $ ip netns exec b ss -Huan 'dev nosuch'
  Cannot parse device.
  [1]
  $ ip netns exec b ss -Huan 'dev' 2>&1 | head -2
  ss: bison bellows (while parsing filter): "syntax error!" Sorry.
  Usage: ss [ OPTIONS ]
