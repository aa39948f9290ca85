One write larger than a socket's 32 KiB page frag over loopback (MSS 65483) is queued and all of it delivered (tuxnet looped for ever on it: a segment could not span two pages).
  $ ip link set lo up
  $ nc -l 127.0.0.1 5000 > got &
  $ sleep 0.5
  $ head -c 100000 /dev/zero | socat -b 100000 -u - TCP:127.0.0.1:5000
  $ sleep 1
  $ wait
  $ wc -c < got
  100000
