Port sharing through socat and nc: a second TCP listener on a port fails with EADDRINUSE unless both set reuseport (reuseaddr alone is not enough), UDP binds share with reuseaddr or reuseport, nc (which sets both) joins a reuseport group but not a plain socat listener, a TIME-WAIT connection blocks a listener's bind only without reuseaddr, and a client's sourceport in use.
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
  $ ip netns exec b sh -c 'socat TCP-LISTEN:7000 /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b socat TCP-LISTEN:7000 /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 0.0.0.0:7000}, 16): Address already in use
  $ ip netns exec b timeout 1 socat TCP-LISTEN:7000,reuseaddr /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 0.0.0.0:7000}, 16): Address already in use
  $ ip netns exec b timeout 1 nc -l -p 7000 2>&1
  nc: Address already in use
  [1]
  $ ip netns exec b sh -c 'socat TCP-LISTEN:7001,reuseport /dev/null > /dev/null 2>&1 & socat TCP-LISTEN:7001,reuseport /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htln 'sport = :7001'
  LISTEN 0      5      0.0.0.0:7001 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:7001 0.0.0.0:*
  $ ip netns exec b sh -c 'nc -l -p 7001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Htln 'sport = :7001'
  LISTEN 0      1      0.0.0.0:7001 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:7001 0.0.0.0:*
  LISTEN 0      5      0.0.0.0:7001 0.0.0.0:*
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7002 /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b socat -u UDP-RECV:7002 /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 0.0.0.0:7002}, 16): Address already in use
  $ ip netns exec b sh -c 'socat -u UDP-RECV:7003,reuseaddr /dev/null > /dev/null 2>&1 & socat -u UDP-RECV:7003,reuseaddr /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Huln 'sport = :7003'
  UNCONN 0      0      0.0.0.0:7003 0.0.0.0:*
  UNCONN 0      0      0.0.0.0:7003 0.0.0.0:*
  $ ip netns exec b sh -c 'nc -u -l -p 7004 > /dev/null 2>&1 & nc -u -l -p 7004 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec b ss -Huln 'sport = :7004'
  UNCONN 0      0      0.0.0.0:7004 0.0.0.0:*
  UNCONN 0      0      0.0.0.0:7004 0.0.0.0:*
  $ ip netns exec a sh -c 'socat -t 2 TCP-LISTEN:7005 EXEC:"sleep 3" > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a socat /dev/null TCP:127.0.0.1:7005,sourceport=40000
  $ sleep 2.5; ip netns exec a ss -Htan | sort
  TIME-WAIT 0      0      127.0.0.1:40000 127.0.0.1:7005
  $ ip netns exec a sh -c 'socat TCP-LISTEN:40000 /dev/null > t1.out 2>&1 & sleep 0.3'
  $ sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/' t1.out
  socat[P] E bind(5, {AF=2 0.0.0.0:40000}, 16): Address already in use
  $ ip netns exec a sh -c 'socat TCP-LISTEN:40000,reuseaddr /dev/null > t2.out 2>&1 & sleep 0.3'
  $ sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/' t2.out
  socat[P] E bind(5, {AF=2 0.0.0.0:40000}, 16): Address already in use
  $ ip netns exec a ss -Htln 'sport = :40000'
  $ ip netns exec a socat /dev/null TCP:127.0.0.1:7006,sourceport=40000 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(6, {AF=2 0.0.0.0:40000}, 16): Address already in use
  $ ip netns exec a nc -z -p 40000 127.0.0.1 22 2>&1
  nc: bind failed: Address already in use
  [1]
  $ ip netns exec a nc -u -p 40000 -z 127.0.0.1 22; echo rc=$?
  rc=0


