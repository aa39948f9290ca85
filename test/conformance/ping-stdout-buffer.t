ping's stdout into a file is block-buffered (stdio) and flushed where iputils calls fflush(): after each reply line, after each error, after -O's "no answer yet", before the statistics, and by error() before it writes to stderr. A file read while ping runs shows only that; SIGTERM loses what was still buffered, SIGINT prints the statistics.
  $ ip link set lo up
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link set v0 up
  $ ip addr add 10.0.0.1/24 dev v0
  $ ping -c 3 -i 0.3 127.0.0.1 > h.txt & sleep 0.4; wc -l < h.txt; wait
  3
  $ ping -q -c 2 -i 0.3 127.0.0.1 > q.txt & sleep 0.1; wc -l < q.txt; wait; wc -l < q.txt
  1
  5
  $ ping 127.0.0.1 > f.txt & sleep 1.5; kill %1; wait; wc -l < f.txt
  3
  $ ping -i 0.3 127.0.0.1 > i.txt & sleep 1; kill -INT %1; wait; sed -n 5,7p i.txt | sed -E 's/time [0-9]+ms/time Tms/; s/= [0-9.\/]+ ms/= X ms/'
  64 bytes from 127.0.0.1: icmp_seq=4 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  $ ping -c 2 -i 0.3 -W 1 10.0.0.9 > e.txt & sleep 0.5; wc -l < e.txt; wait; wc -l < e.txt
  0
  5
  $ ping -i 0.3 -W 1 10.0.0.9 > t.txt & sleep 0.5; kill %1; wait; wc -l < t.txt
  0
  $ ping -O -c 3 -i 0.3 -W 1 10.0.0.8 > o.txt & sleep 0.5; wc -l < o.txt; wait; cat o.txt | sed -E 's/time [0-9]+ms/time Tms/'
  2
  PING 10.0.0.8 (10.0.0.8) 56(84) bytes of data.
  no answer yet for icmp_seq=1
  no answer yet for icmp_seq=2
  
  --- 10.0.0.8 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ping -c 1 -s 70000 127.0.0.1 > s.txt 2>&1; cat s.txt
  PING 127.0.0.1 (127.0.0.1) 70000(70028) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -s 65508 127.0.0.1 > m.txt 2>&1; cat m.txt | sed -E 's/time [0-9]+ms/time Tms/'
  PING 127.0.0.1 (127.0.0.1) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=65535
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time Tms
