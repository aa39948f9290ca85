Ephemeral port choice by parity: connect() (__inet_hash_connect()) tries the even ports of ip_local_port_range first and the odd ones after, bind(0) (inet_csk_find_open_port(), a listener on port 0) the odd ones first; UDP's autobind (udp_lib_get_port()) takes any; what each tool says when the range is exhausted.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b sh -c 'nc -k -l -p 5000 > /dev/null 2>&1 & nc -k -l -p 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="40000 40001"
  $ ip netns exec a sh -c '(sleep 3) | nc 10.0.0.2 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htn
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  $ ip netns exec a sh -c '(sleep 3) | nc 10.0.0.2 5000 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htn | sort
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5000
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:5000
  $ ip netns exec a nc -v 10.0.0.2 5000 < /dev/null; echo rc=$?
  nc: connect to 10.0.0.2 port 5000 (tcp) failed: Cannot assign requested address
  rc=1
  $ ip netns exec a socat - TCP:10.0.0.2:5000 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E connect(5, AF=2 10.0.0.2:5000, 16): Cannot assign requested address
  $ ip netns exec a sh -c '(sleep 3) | nc 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htn 'dport = :5001'
  ESTAB 0      0      10.0.0.1:40000 10.0.0.2:5001
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="41000 41003"
  $ ip netns exec a sh -c 'socat TCP-LISTEN:0 /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htln | awk '{print $4}' | sed 's/.*://' | grep -c '[13]$'
  1
  $ ip netns exec a sh -c 'socat TCP-LISTEN:0 /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htln | awk '{print $4}' | sed 's/.*://' | sort | tr '\n' ' '; echo
  41001 41003 
  $ ip netns exec a sh -c 'socat TCP-LISTEN:0 /dev/null > /dev/null 2>&1 & socat TCP-LISTEN:0 /dev/null > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htln | awk '{print $4}' | sed 's/.*://' | sort | tr '\n' ' '; echo
  41000 41001 41002 41003 
  $ ip netns exec a socat TCP-LISTEN:0 /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 0.0.0.0:0}, 16): Address already in use
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="42000 42000"
  $ ip netns exec a sh -c '(sleep 3) | nc -u 10.0.0.2 5002 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Hun
  0      0      10.0.0.1:42000 10.0.0.2:5002
  $ ip netns exec a nc -u -v -w 1 10.0.0.2 5003 < /dev/null; echo rc=$?
  nc: connect to 10.0.0.2 port 5003 (udp) failed: Resource temporarily unavailable
  rc=1
  $ ip netns exec a socat -u - UDP:10.0.0.2:5003 < /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E connect(5, AF=2 10.0.0.2:5003, 16): Resource temporarily unavailable
  $ ip netns exec a socat -u UDP-RECV:0 /dev/null 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[P]/'
  socat[P] E bind(5, {AF=2 0.0.0.0:0}, 16): Address already in use
  $ ip netns exec a sysctl -qw net.ipv4.ip_local_port_range="43000 43001" net.ipv4.ip_local_reserved_ports=43000
  $ ip netns exec a sh -c '(sleep 3) | nc 10.0.0.2 5001 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htn 'sport >= :43000'
  ESTAB 0      0      10.0.0.1:43001 10.0.0.2:5001
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails | tail -n +2
  TcpActiveOpens                  4                  0.0
  TcpAttemptFails                 0                  0.0
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill; sleep 0.2
