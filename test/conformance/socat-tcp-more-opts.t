More socat socket options on a TCP client, one per connection to a listener on lo: exit status and what reaches the listener (tcp-cork, tcp-quickack, so-priority, so-oobinline, so-rcvlowat, so-sndlowat, so-timestamp, ip-recvopts, ip-retopts, nonblock, cloexec, keepcnt/keepintvl, bad values).
  $ ip netns add a; ip -n a link set lo up
  $ ip netns exec a sh -c 'socat -u TCP-LISTEN:5000,fork,reuseaddr,backlog=16 OPEN:k.out,creat,append > /dev/null 2>&1 & sleep 0.3'
  $ for o in tcp-cork tcp-quickack=1 so-priority=3 priority=7 so-oobinline oobinline=0 so-rcvlowat=10 rcvlowat=0 so-sndlowat=1 so-timestamp ip-recvopts ip-retopts nonblock cloexec tcp-keepcnt=3 keepintvl=10 tcp-keepcnt=0 keepintvl=40000 so-priority=abc tcp-cork=x; do echo "== $o"; echo "$o" | ip netns exec a socat - TCP:127.0.0.1:5000,$o 2>&1 | sed -E 's/^[0-9/: ]+socat\[[0-9]+\] //; s/0x[0-9a-f]{6,}/0xADDR/'; echo ${PIPESTATUS[1]}; sleep 0.05; done
  == tcp-cork
  0
  == tcp-quickack=1
  0
  == so-priority=3
  0
  == priority=7
  0
  == so-oobinline
  0
  == oobinline=0
  0
  == so-rcvlowat=10
  0
  == rcvlowat=0
  0
  == so-sndlowat=1
  E setsockopt(5, 1, 19, {1}, 4): Protocol not available
  1
  == so-timestamp
  0
  == ip-recvopts
  0
  == ip-retopts
  0
  == nonblock
  0
  == cloexec
  0
  == tcp-keepcnt=3
  0
  == keepintvl=10
  0
  == tcp-keepcnt=0
  E setsockopt(5, 6, 6, {0}, 4): Invalid argument
  1
  == keepintvl=40000
  E setsockopt(5, 6, 5, {40000}, 4): Invalid argument
  1
  == so-priority=abc
  E parseopts(): missing numerical value of option "so-priority=abc"
  1
  == tcp-cork=x
  E parseopts(): missing numerical value of option "tcp-cork=x"
  1
  $ sleep 0.3; ip netns exec a sort k.out; ip netns pids a | xargs -r kill
  cloexec
  ip-recvopts
  ip-retopts
  keepintvl=10
  nonblock
  oobinline=0
  priority=7
  rcvlowat=0
  so-oobinline
  so-priority=3
  so-rcvlowat=10
  so-timestamp
  tcp-cork
  tcp-keepcnt=3
  tcp-quickack=1
