socat's address ports: xiogetaddrinfo() refuses an empty port or service before it resolves the host ("empty port/service"), and UDP-LISTEN reads its port with parseport() (a number from a digit on, else a udp service), so an empty or unknown name is "cannot resolve service".
  $ ip link set lo up
  $ socat - UDP:127.0.0.1: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'; echo ${PIPESTATUS[0]}
  E empty port/service
  1
  $ socat - TCP:127.0.0.1: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - TCP:nonexist: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - TCP-LISTEN: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - UDP-SENDTO:127.0.0.1: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - UDP-RECV: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - UDP-RECVFROM: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - TCP:127.0.0.1:9,bind=127.0.0.1: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E empty port/service
  $ socat - UDP-LISTEN: < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'; echo ${PIPESTATUS[0]}
  E cannot resolve service "/17"
  1
  $ socat - UDP4-LISTEN:x < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E cannot resolve service "x/17"
  $ socat - UDP-LISTEN:nosuchservice < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E cannot resolve service "nosuchservice/17"
  $ socat - UDP-RECVFROM:x < /dev/null 2>&1 | sed -E 's/^.* (E .*)/\1/'
  E getaddrinfo"NULL", "x", {1,2,2,0}, {}): Servname not supported for ai_socktype
  $ timeout 1 socat -d -d UDP-LISTEN:65545 - < /dev/null 2>&1 | grep -o "listening on .*"
  listening on UDP AF=2 0.0.0.0:9
  $ socat TCP-LISTEN:x - < /dev/null 2>&1 | sed -E "s/^.* (E .*)/\1/"
  E getaddrinfo"NULL", "x", {1,2,1,0}, {}): Servname not supported for ai_socktype
