ss on UDP sockets nc holds (unconnected listener, connected client: ESTAB), the address/port filter forms (eq/ge/le/gt/lt, '*', prefixes, src :PORT, parentheses), service names without -n, and -K killing a TCP connection.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -u -l 10.0.0.2 53 > /dev/null &
  $ ip netns exec b nc -l 22 > /dev/null &
  $ ip netns exec b nc -l 8080 > /dev/null &
  $ sleep 0.5
  $ sleep 4 | ip netns exec a nc -u -p 4000 10.0.0.2 53 &
  $ sleep 4 | ip netns exec a nc -p 4001 10.0.0.2 22 > /dev/null &
  $ sleep 0.5
  $ ip netns exec a ss -Hun
  0      0      10.0.0.1:4000 10.0.0.2:53
  $ ip netns exec a ss -Huan
  ESTAB 0      0      10.0.0.1:4000 10.0.0.2:53
  $ ip netns exec b ss -Huan
  UNCONN 0      0      10.0.0.2:53 0.0.0.0:*
  $ ip netns exec a ss -Hu
  0      0      10.0.0.1:4000 10.0.0.2:domain
  $ ip netns exec b ss -Hul
  UNCONN 0      0      10.0.0.2:domain 0.0.0.0:*
  $ ip netns exec b ss -Htl | sort
  LISTEN 0      1      0.0.0.0:http-alt 0.0.0.0:*
  LISTEN 0      1      0.0.0.0:ssh      0.0.0.0:*
  $ ip netns exec a ss -Ht
  ESTAB 0      0      10.0.0.1:4001 10.0.0.2:ssh
  $ ip netns exec b ss -Htan 'sport eq :22'
  LISTEN 0      1       0.0.0.0:22  0.0.0.0:*   
  ESTAB  0      0      10.0.0.2:22 10.0.0.1:4001
  $ ip netns exec b ss -Htan 'sport ge :1024' | sort
  LISTEN 0      1      0.0.0.0:8080 0.0.0.0:*
  $ ip netns exec b ss -Htan 'sport le :22' | sort
  ESTAB  0      0      10.0.0.2:22 10.0.0.1:4001
  LISTEN 0      1       0.0.0.0:22  0.0.0.0:*   
  $ ip netns exec b ss -Htan 'sport lt :8080 and sport gt :21' | sort
  ESTAB  0      0      10.0.0.2:22 10.0.0.1:4001
  LISTEN 0      1       0.0.0.0:22  0.0.0.0:*   
  $ ip netns exec b ss -Htan 'src *:22' | sort
  ESTAB  0      0      10.0.0.2:22 10.0.0.1:4001
  LISTEN 0      1       0.0.0.0:22  0.0.0.0:*   
  $ ip netns exec b ss -Htan 'dst 10.0.0.0/8' | sort
  ESTAB 0      0      10.0.0.2:22 10.0.0.1:4001
  $ ip netns exec b ss -Htan 'dst 10.0.0.1:4001' | sort
  ESTAB 0      0      10.0.0.2:22 10.0.0.1:4001
  $ ip netns exec b ss -Htan 'src 10.0.0.2:22 or src 0.0.0.0:8080' | sort
  ESTAB  0      0      10.0.0.2:22   10.0.0.1:4001
  LISTEN 0      1       0.0.0.0:8080  0.0.0.0:*   
  $ ip netns exec b ss -Htan '( sport = :22 or sport = :8080 ) and not state listening' | sort
  Error: "state" does not look like a port.
  Cannot parse dst/src address.
  $ ip netns exec b ss -Htuan 'dport = :4000 or dport = :4001' | sort
  tcp ESTAB 0      0      10.0.0.2:22 10.0.0.1:4001
  $ ip netns exec b ss -Htan 'sport = :ssh' | sort
  ESTAB  0      0      10.0.0.2:22 10.0.0.1:4001
  LISTEN 0      1       0.0.0.0:22  0.0.0.0:*   
  $ ip netns exec b ss -Htan 'sport = :http-alt' | sort
  LISTEN 0      1      0.0.0.0:8080 0.0.0.0:*
  $ ip netns exec b ss -HtK 'dport = :4001'
  ESTAB 0      0      10.0.0.2:ssh 10.0.0.1:4001
  $ sleep 0.2; ip netns exec b ss -Htan | sort
  LISTEN 0      1      0.0.0.0:8080 0.0.0.0:*
  $ ip netns exec a ss -Htan | sort
  $ ip netns exec b ss -HuK
