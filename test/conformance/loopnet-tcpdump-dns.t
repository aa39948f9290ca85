DNS messages over lo as tcpdump prints them (domain_print()): a query with recursion desired, a response with a CNAME, an A record and an EDNS0 OPT (its extended rcode), an NXDOMAIN with the zone's SOA in the authority section, an ANY response with TXT, AAAA and MX records (compressed names), a CHAOS TXT query with EDNS0 options (cookie, padding, NSID, keepalive), an mDNS question asking for a unicast reply (QU), a query over TCP with its length prefix, text that is not DNS (short and long); with -v (names of records), -vv (question of a response, the other sections) and -vvv (TTLs); -q prints none.
  $ ip link set lo up
  $ for v in '' -v -q; do tcpdump -l -n -t $v -i lo udp or tcp and greater 60 > d$v.txt 2>/dev/null & sleep 0.3; done; for v in -vv -vvv; do tcpdump -l -n -t $v -i lo udp > d$v.txt 2>/dev/null & sleep 0.3; done
  $ printf '\0224\001\000\000\001\000\000\000\000\000\000\003www\007example\003com\000\000\001\000\001' | nc -u -w 1 -p 40001 127.0.0.1 53
  $ printf '\0224\201\200\000\001\000\002\000\000\000\001\003www\007example\003com\000\000\001\000\001\300\014\000\005\000\001\000\000\001,\000\021\003web\007example\003com\000\300-\000\001\000\001\000\000\016\020\000\004\300\000\002\007\000\000)\004\320\000\000\200\000\000\000' | nc -u -w 1 -p 53 127.0.0.1 40001
  $ printf '\276\357\201\203\000\001\000\000\000\001\000\000\004nope\007example\003com\000\000\034\000\001\300\021\000\006\000\001\000\000\001,\0008\003ns1\007example\003com\000\005admin\007example\003com\000x\243\361u\000\000\034 \000\000\016\020\000\022u\000\000\000\001,' | nc -u -w 1 -p 53 127.0.0.1 40002
  $ printf '\000\007\205\200\000\001\000\003\000\000\000\000\007example\003com\000\000\377\000\001\300\014\000\020\000\001\000\000\000<\000\014\005hello\005world\300\014\000\034\000\001\000\000\000<\000\020 \001\015\270\000\000\000\000\000\000\000\000\000\000\000\001\300\014\000\017\000\001\000\000\000<\000\024\000\012\004mail\007example\003com\000' | nc -u -w 1 -p 53 127.0.0.1 40003
  $ printf '\000\000\000\000\000\001\000\000\000\000\000\000\007printer\005local\000\000\014\200\001' | nc -u -w 1 -p 40004 127.0.0.1 5353
  $ printf '""\001 \000\001\000\000\000\000\000\001\003lab\004test\000\000\020\000\003\000\000)\020\000\000\000\000\000\000 \000\012\000\010\001\002\003\004\005\006\007\010\000\014\000\004\000\000\000\000\000\003\000\002ab\000\013\000\002\004\260' | nc -u -w 1 -p 40008 127.0.0.1 53
  $ nc -l -p 53 > /dev/null & sleep 0.2
  $ printf '\000!\0224\001\000\000\001\000\000\000\000\000\000\003www\007example\003com\000\000\001\000\001' | nc -N -w 1 -p 40005 127.0.0.1 53
  $ echo hello | nc -u -w 1 -p 40006 127.0.0.1 53
  $ echo hello world | nc -u -w 1 -p 40007 127.0.0.1 53
  $ sleep 0.5; kill %1 %2 %3 %4 %5; wait
  $ grep -v ICMP d.txt | sed -E 's/(seq|ack|win) [0-9:]+/\1 N/g; s/options \[[^]]*\]/OPTS/'
  IP 127.0.0.1.40001 > 127.0.0.1.53: 4660+ A? www.example.com. (33)
  IP 127.0.0.1.53 > 127.0.0.1.40001: 4660 2/0/1 CNAME web.example.com., A 192.0.2.7 (89)
  IP 127.0.0.1.53 > 127.0.0.1.40002: 48879 NXDomain 0/1/0 (102)
  IP 127.0.0.1.53 > 127.0.0.1.40003: 7* 3/0/0 TXT "hello" "world", AAAA 2001:db8::1, MX mail.example.com. 10 (113)
  IP 127.0.0.1.40004 > 127.0.0.1.5353: 0 PTR (QU)? printer.local. (31)
  IP 127.0.0.1.40008 > 127.0.0.1.53: 8738+ [1au] TXT CHAOS? lab.test. (69)
  IP 127.0.0.1.40005 > 127.0.0.1.53: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.53 > 127.0.0.1.40005: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.53: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.53: Flags [P.], seq N, ack N, win N, OPTS, length 35 4660+ A? www.example.com. (33)
  IP 127.0.0.1.53 > 127.0.0.1.40005: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.53: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.53 > 127.0.0.1.40005: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.53: Flags [.], ack N, win N, OPTS, length 0
  $ grep -v -e ICMP -e '^IP (' d-v.txt | sed -E 's/(seq|ack|win) [0-9:]+/\1 N/g; s/options \[[^]]*\]/OPTS/; s/cksum 0x[0-9a-f]+ \([a-z]+( -> 0x[0-9a-f]+)?\)/CK/; s/\[bad udp cksum[^]]*\] //'
      127.0.0.1.40001 > 127.0.0.1.53: 4660+ A? www.example.com. (33)
      127.0.0.1.53 > 127.0.0.1.40001: 4660 2/0/1 www.example.com. CNAME web.example.com., web.example.com. A 192.0.2.7 (89)
      127.0.0.1.53 > 127.0.0.1.40002: 48879 NXDomain 0/1/0 (102)
      127.0.0.1.53 > 127.0.0.1.40003: 7* 3/0/0 example.com. TXT "hello" "world", example.com. AAAA 2001:db8::1, example.com. MX mail.example.com. 10 (113)
      127.0.0.1.40004 > 127.0.0.1.5353: 0 PTR (QU)? printer.local. (31)
      127.0.0.1.40008 > 127.0.0.1.53: 8738+ [1au] TXT CHAOS? lab.test. (69)
      127.0.0.1.40005 > 127.0.0.1.53: Flags [S], CK, seq N, win N, OPTS, length 0
      127.0.0.1.53 > 127.0.0.1.40005: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
      127.0.0.1.40005 > 127.0.0.1.53: Flags [.], CK, ack N, win N, OPTS, length 0
      127.0.0.1.40005 > 127.0.0.1.53: Flags [P.], CK, seq N, ack N, win N, OPTS, length 35 4660+ A? www.example.com. (33)
      127.0.0.1.53 > 127.0.0.1.40005: Flags [.], CK, ack N, win N, OPTS, length 0
      127.0.0.1.40005 > 127.0.0.1.53: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
      127.0.0.1.53 > 127.0.0.1.40005: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
      127.0.0.1.40005 > 127.0.0.1.53: Flags [.], CK, ack N, win N, OPTS, length 0
  $ grep -v -e ICMP -e '^IP (' d-vv.txt | sed -E 's/\[bad udp cksum[^]]*\] //; s/\[udp sum ok\] //'
      127.0.0.1.40001 > 127.0.0.1.53: 4660+ A? www.example.com. (33)
      127.0.0.1.53 > 127.0.0.1.40001: 4660 q: A? www.example.com. 2/0/1 www.example.com. CNAME web.example.com., web.example.com. A 192.0.2.7 ar: . OPT UDPsize=1232 DO (89)
      127.0.0.1.53 > 127.0.0.1.40002: 48879 NXDomain q: AAAA? nope.example.com. 0/1/0 ns: example.com. SOA ns1.example.com. admin.example.com. 2024010101 7200 3600 1209600 300 (102)
      127.0.0.1.53 > 127.0.0.1.40003: 7* q: ANY? example.com. 3/0/0 example.com. TXT "hello" "world", example.com. AAAA 2001:db8::1, example.com. MX mail.example.com. 10 (113)
      127.0.0.1.40004 > 127.0.0.1.5353: 0 PTR (QU)? printer.local. (31)
      127.0.0.1.40008 > 127.0.0.1.53: 8738+ [1au] TXT CHAOS? lab.test. ar: . OPT UDPsize=4096 [COOKIE 0102030405060708,PADDING (4),NSID 6162,KEEPALIVE 120.0 sec] (69)
      127.0.0.1.40006 > 127.0.0.1.53: domain [length 6 < 12] (invalid)
      127.0.0.1.40007 > 127.0.0.1.53: 26725 updateMA [b2&3=0x6c6c] [30575a] [28448q] [29292n] [25610au] [|domain]
  $ grep -v -e ICMP -e '^IP (' d-vvv.txt | sed -E 's/\[bad udp cksum[^]]*\] //; s/\[udp sum ok\] //'
      127.0.0.1.40001 > 127.0.0.1.53: 4660+ A? www.example.com. (33)
      127.0.0.1.53 > 127.0.0.1.40001: 4660 q: A? www.example.com. 2/0/1 www.example.com. [5m] CNAME web.example.com., web.example.com. [1h] A 192.0.2.7 ar: . OPT UDPsize=1232 DO (89)
      127.0.0.1.53 > 127.0.0.1.40002: 48879 NXDomain q: AAAA? nope.example.com. 0/1/0 ns: example.com. [5m] SOA ns1.example.com. admin.example.com. 2024010101 7200 3600 1209600 300 (102)
      127.0.0.1.53 > 127.0.0.1.40003: 7* q: ANY? example.com. 3/0/0 example.com. [1m] TXT "hello" "world", example.com. [1m] AAAA 2001:db8::1, example.com. [1m] MX mail.example.com. 10 (113)
      127.0.0.1.40004 > 127.0.0.1.5353: 0 PTR (QU)? printer.local. (31)
      127.0.0.1.40008 > 127.0.0.1.53: 8738+ [1au] TXT CHAOS? lab.test. ar: . OPT UDPsize=4096 [COOKIE 0102030405060708,PADDING (4),NSID 6162,KEEPALIVE 120.0 sec] (69)
      127.0.0.1.40006 > 127.0.0.1.53: domain [length 6 < 12] (invalid)
      127.0.0.1.40007 > 127.0.0.1.53: 26725 updateMA [b2&3=0x6c6c] [30575a] [28448q] [29292n] [25610au] [|domain]
  $ grep -E 'udp|UDP' d-q.txt
  IP 127.0.0.1.40001 > 127.0.0.1.53: UDP, length 33
  IP 127.0.0.1.53 > 127.0.0.1.40001: UDP, length 89
  IP 127.0.0.1.53 > 127.0.0.1.40002: UDP, length 102
  IP 127.0.0.1.53 > 127.0.0.1.40003: UDP, length 113
  IP 127.0.0.1.40004 > 127.0.0.1.5353: UDP, length 31
  IP 127.0.0.1.40008 > 127.0.0.1.53: UDP, length 69


