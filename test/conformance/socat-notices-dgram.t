socat -d -d's notices on datagram and one-way addresses, over lo: -u/-U open stdio for one direction ("using stdin for reading", "using stdout for writing", FDs [0,0] and [1,1]), UDP-SENDTO, UDP-DATAGRAM and IP-SENDTO say the local socket they prepared and, after each datagram, the local address (socat 1.7.4.4's UDP-DATAGRAM does not bind sourceport, UDP-SENDTO does; bind= binds both), OPEN and CREATE say what they open and for which direction.
  $ ip link set lo up
  $ socat -u UDP-RECV:9000 OPEN:a.out,creat & sleep 0.3
  $ echo x | socat -d -d -u - CREATE:c.out 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/'
  socat[N] N using stdin for reading
  socat[N] N creating regular file "c.out" for writing
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - OPEN:c.out 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/'; cat c.out
  socat[N] N using stdin for reading
  socat[N] N opening regular file "c.out" for writing
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  x
  $ echo x | socat -d -d -u - UDP-DATAGRAM:127.0.0.1:9000,sourceport=5000 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:0
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:PORT
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP-SENDTO:127.0.0.1:9000,sourceport=5001 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:5001
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:5001
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP:127.0.0.1:9000,sourceport=5002 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N opening connection to AF=2 127.0.0.1:9000
  socat[N] N successfully connected from local address AF=2 127.0.0.1:5002
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP-DATAGRAM:127.0.0.1:9000,bind=:5003 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:5003
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:5003
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP-DATAGRAM:127.0.0.1:9000,sp=5004 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:0
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:PORT
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -U UDP-DATAGRAM:127.0.0.1:9000,bind=:5100 - 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:5100
  socat[N] N using stdin for reading
  socat[N] N starting data transfer loop with FDs [5,5] and [0,0]
  socat[N] N local address: AF=2 0.0.0.0:5100
  socat[N] N socket 2 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u STDIN UDP-SENDTO:127.0.0.1:9000,bind=127.0.0.1:5101 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 127.0.0.1:5101
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 127.0.0.1:5101
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u STDIO UDP-SENDTO:127.0.0.1:9000,bind=127.0.0.1:5102 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 127.0.0.1:5102
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 127.0.0.1:5102
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d - UDP-SENDTO:127.0.0.1:9000,bind=127.0.0.1:5103 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N reading from and writing to stdio
  socat[N] N successfully prepared local socket AF=2 127.0.0.1:5103
  socat[N] N starting data transfer loop with FDs [0,1] and [5,5]
  socat[N] N local address: AF=2 127.0.0.1:5103
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - STDOUT 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N using stdout for writing
  socat[N] N starting data transfer loop with FDs [0,0] and [1,1]
  x
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - OPEN:f.out,creat 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N opening undef "f.out" for writing
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - IP-SENDTO:127.0.0.1:253 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:253
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:253
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP-DATAGRAM:127.0.0.1:9000,sourceport=5104,bind=127.0.0.1 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 127.0.0.1:PORT
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 127.0.0.1:PORT
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP-SENDTO:127.0.0.1:9000 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:0
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:PORT
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ echo x | socat -d -d -u - UDP-DATAGRAM:127.0.0.1:9000 2>&1 | sed -E 's/^[0-9\/ :]+socat\[[0-9]+\]/socat[N]/; s/:[0-9]{5}$/:PORT/'
  socat[N] N using stdin for reading
  socat[N] N successfully prepared local socket AF=2 0.0.0.0:0
  socat[N] N starting data transfer loop with FDs [0,0] and [5,5]
  socat[N] N local address: AF=2 0.0.0.0:PORT
  socat[N] N socket 1 (fd 0) is at EOF
  socat[N] N exiting with status 0
  $ cat a.out
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
  x
