Bind errors: a port in use for TCP and UDP (socat without and with reuseaddr), a non-local address and ip_nonlocal_bind, ss of what listens.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'socat -u TCP-LISTEN:5000,bind=10.0.0.2 - > /dev/null 2>&1 & socat -u UDP-RECV:6000,bind=10.0.0.2 - > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec b ss -Htuln | sort
  tcp LISTEN 0      5      10.0.0.2:5000 0.0.0.0:*
  udp UNCONN 0      0      10.0.0.2:6000 0.0.0.0:*
  $ ip netns exec b timeout 0.5 socat -u TCP-LISTEN:5000,bind=10.0.0.2 - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[PID]/'
  socat[PID] E bind(5, {AF=2 10.0.0.2:5000}, 16): Address already in use
  $ ip netns exec b timeout 0.5 socat -u TCP-LISTEN:5000 - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[PID]/'
  socat[PID] E bind(5, {AF=2 0.0.0.0:5000}, 16): Address already in use
  $ ip netns exec b timeout 0.5 socat -u UDP-RECV:6000,bind=10.0.0.2 - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[PID]/'
  socat[PID] E bind(5, {AF=2 10.0.0.2:6000}, 16): Address already in use
  $ ip netns exec b timeout 0.5 socat -u UDP-RECV:6000 - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[PID]/'
  socat[PID] E bind(5, {AF=2 0.0.0.0:6000}, 16): Address already in use
  $ ip netns exec b timeout 0.5 socat -u UDP-RECV:6000,bind=127.0.0.1 - ; echo $?
  124
  $ ip netns exec b timeout 0.5 socat -u TCP-LISTEN:5000,bind=127.0.0.1 - ; echo $?
  124
  $ ip netns exec b timeout 0.5 socat -u TCP-LISTEN:5001,bind=10.0.0.9 - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[PID]/'
  socat[PID] E bind(5, {AF=2 10.0.0.9:5001}, 16): Cannot assign requested address
  $ ip netns exec b timeout 0.5 socat -u UDP-RECV:5001,bind=10.0.0.9 - 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\]/socat[PID]/'
  socat[PID] E bind(5, {AF=2 10.0.0.9:5001}, 16): Cannot assign requested address
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=1
  net.ipv4.ip_nonlocal_bind = 1
  $ ip netns exec b timeout 0.5 socat -u TCP-LISTEN:5001,bind=10.0.0.9 - ; echo $?
  124
  $ ip netns exec b timeout 0.5 socat -u TCP-LISTEN:80,bind=10.0.0.2 - ; echo $?
  124
  $ ip netns exec b timeout 0.5 nc -l -s 10.0.0.77 -p 5002 2>&1; echo $?
  124
  $ ip netns exec b sysctl -w net.ipv4.ip_nonlocal_bind=0
  net.ipv4.ip_nonlocal_bind = 0
  $ ip netns exec b timeout 0.5 nc -l -s 10.0.0.77 -p 5002 2>&1; echo $?
  nc: Cannot assign requested address
  1
  $ ip netns exec b timeout 0.5 nc -u -l -s 10.0.0.77 -p 5002 2>&1; echo $?
  nc: Cannot assign requested address
  1
  $ ip netns exec a nc -s 10.0.0.77 -z 10.0.0.2 5000 2>&1; echo $?
  nc: bind failed: Cannot assign requested address
  1
  $ ip netns pids b | xargs -r kill
