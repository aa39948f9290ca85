nc -C sends CRLF as the line ending: each line read from stdin goes out as its text and then \r\n, two writes, a line already ending in \r\n as it is (two datagrams with -u, so a -W 1 listener gets the text alone; an empty line is the \r\n alone); what the network sends back is untouched, and -C on a listener changes what it sends, not what it prints.
  $ ip link set lo up
  $ nc -l -p 7100 > c.out 2>&1 & P=$!
  $ sleep 0.3; printf 'GET / HTTP/1.0\n\nx\ny' | nc -N -C 127.0.0.1 7100; wait $P; od -c c.out
  0000000   G   E   T       /       H   T   T   P   /   1   .   0  \r  \n
  0000020  \r  \n   x  \r  \n   y
  0000026
  $ printf 'a\r\nb\n' > back.txt; nc -l -p 7101 < back.txt > d.out 2>&1 & P=$!
  $ sleep 0.3; printf 'one\ntwo\n' | nc -C -N 127.0.0.1 7101 | od -c; wait $P; od -c d.out
  0000000   a  \r  \n   b  \n
  0000005
  0000000   o   n   e  \r  \n   t   w   o  \r  \n
  0000012
  $ nc -u -l -p 7102 -W 1 > u.out 2>&1 & P=$!
  $ sleep 0.3; printf 'dgram\n' | nc -u -C -w 0 127.0.0.1 7102; wait $P; od -c u.out
  0000000   d   g   r   a   m
  0000005
  $ nc -l -p 7103 -C > e.out 2>&1 & P=$!
  $ sleep 0.3; printf 'in\n' | nc -N 127.0.0.1 7103; wait $P; od -c e.out
  0000000   i   n  \n
  0000003
  $ nc -u -l -p 7102 -W 3 > u.out 2>&1 & P=$!
  $ sleep 0.3; printf 'a\nb\n' | nc -u -C -w 0 127.0.0.1 7102; wait $P; od -c u.out
  0000000   a  \r  \n   b
  0000004
  $ nc -u -l -p 7104 -W 2 > u2.out 2>&1 & P=$!
  $ sleep 0.3; printf '\n\nz' | nc -u -C -w 0 127.0.0.1 7104; wait $P; od -c u2.out
  0000000  \r  \n  \r  \n
  0000004
  $ nc -l -p 7105 > f.out 2>&1 & P=$!
  $ sleep 0.3; printf 'a\r\nb' | nc -N -C 127.0.0.1 7105; wait $P; od -c f.out
  0000000   a  \r  \n   b
  0000004
  $ nc -u -l -p 7106 -W 1 > u.out 2>&1 & P=$!
  $ sleep 0.3; printf '\r\n' | nc -u -C -w 0 127.0.0.1 7106; wait $P; od -c u.out
  0000000  \r  \n
  0000002
  $ nc -u -l -p 7107 -W 1 > u.out 2>&1 & P=$!
  $ sleep 0.3; printf 'q\rr\n' | nc -u -C -w 0 127.0.0.1 7107; wait $P; od -c u.out
  0000000   q  \r   r
  0000003
