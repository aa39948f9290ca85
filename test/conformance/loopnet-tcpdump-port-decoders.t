tcpdump's payload printers chosen by port, on traffic over lo: HTTP on 80 and 8080 (a request line, a response line, text that is neither, a line without its end, -v's every line), RTSP on 554, FTP on 21 and SMTP on 25 (always the first line), and UDP to the AFS RX ports 7000..7009 (a short datagram, a full header, an ack cut short and a whole one, with -vv); -q prints none of them.
  $ ip link set lo up
  $ tcpdump -l -n -t -i lo tcp and greater 60 or udp > d.txt 2>/dev/null & sleep 0.5
  $ tcpdump -l -n -t -vv -i lo udp > dv.txt 2>/dev/null & sleep 0.5
  $ tcpdump -l -n -t -v -i lo tcp and greater 60 > tv.txt 2>/dev/null & sleep 0.5
  $ tcpdump -l -n -t -q -i lo tcp and greater 60 or udp > dq.txt 2>/dev/null & sleep 0.5
  $ nc -l -p 80 > /dev/null & sleep 0.2
  $ printf 'hello\n' | nc -N -w 1 -p 40001 127.0.0.1 80
  $ nc -l -p 8080 > /dev/null & sleep 0.2
  $ printf 'get /index.html HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n' | nc -N -w 1 -p 40002 127.0.0.1 8080
  $ nc -l -p 80 > /dev/null & sleep 0.2
  $ printf 'HTTP/1.0 404 Not Found\r\nServer: t' | nc -N -w 1 -p 40003 127.0.0.1 80
  $ nc -l -p 554 > /dev/null & sleep 0.2
  $ printf 'OPTIONS rtsp://x/ RTSP/1.0\r\nCSeq: 1\r\n\r\n' | nc -N -w 1 -p 40004 127.0.0.1 554
  $ nc -l -p 21 > /dev/null & sleep 0.2
  $ printf 'USER anonymous\r\nPASS x\r\n' | nc -N -w 1 -p 40005 127.0.0.1 21
  $ nc -l -p 25 > /dev/null & sleep 0.2
  $ printf 'EHLO lab\r\n' | nc -N -w 1 -p 40006 127.0.0.1 25
  $ echo short | nc -u -w 1 -p 40007 127.0.0.1 7000
  $ seq 1 20 | nc -u -w 1 -p 40008 127.0.0.1 7005
  $ printf '\0\0\0\1\0\0\0\2\0\0\0\3\0\0\0\1\0\0\0\5\1\7\0\2\0\0\0\4payload' | nc -u -w 1 -p 40009 127.0.0.1 7009
  $ printf '\0\0\0\1\0\0\0\2\0\0\0\3\0\0\0\2\0\0\0\5\2\40\0\0\0\0\0\0' | nc -u -w 1 -p 7003 127.0.0.1 40010
  $ printf '\0\0\0\1\0\0\0\2\0\0\0\3\0\0\0\0\0\0\0\7\2\0\0\0\0\0\0\0\0\40\0\0\0\0\0\5\0\0\0\0\0\0\0\13\1\4\1\1\0\1\0\0\0\0\0\5\244\0\0\5\244' | nc -u -w 1 -p 7001 127.0.0.1 40011
  $ sleep 0.5; kill %1 %2 %3 %4; wait
  $ sed -E 's/(seq|ack|win) [0-9:]+/\1 N/g; s/options \[[^]]*\]/OPTS/; s/cksum 0x[0-9a-f]+ \([a-z]+ -> 0x[0-9a-f]+\)/CK/' d.txt
  IP 127.0.0.1.40001 > 127.0.0.1.80: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.80 > 127.0.0.1.40001: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: Flags [P.], seq N, ack N, win N, OPTS, length 6: HTTP
  IP 127.0.0.1.80 > 127.0.0.1.40001: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.80 > 127.0.0.1.40001: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.8080 > 127.0.0.1.40002: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: Flags [P.], seq N, ack N, win N, OPTS, length 50: HTTP: get /index.html HTTP/1.1
  IP 127.0.0.1.8080 > 127.0.0.1.40002: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.8080 > 127.0.0.1.40002: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.80 > 127.0.0.1.40003: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: Flags [P.], seq N, ack N, win N, OPTS, length 33: HTTP: HTTP/1.0 404 Not Found
  IP 127.0.0.1.80 > 127.0.0.1.40003: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.80 > 127.0.0.1.40003: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.554 > 127.0.0.1.40004: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: Flags [P.], seq N, ack N, win N, OPTS, length 39: RTSP: OPTIONS rtsp://x/ RTSP/1.0
  IP 127.0.0.1.554 > 127.0.0.1.40004: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.554 > 127.0.0.1.40004: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.21 > 127.0.0.1.40005: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: Flags [P.], seq N, ack N, win N, OPTS, length 24: FTP: USER anonymous
  IP 127.0.0.1.21 > 127.0.0.1.40005: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.21 > 127.0.0.1.40005: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: Flags [S], seq N, win N, OPTS, length 0
  IP 127.0.0.1.25 > 127.0.0.1.40006: Flags [S.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: Flags [P.], seq N, ack N, win N, OPTS, length 10: SMTP: EHLO lab
  IP 127.0.0.1.25 > 127.0.0.1.40006: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.25 > 127.0.0.1.40006: Flags [F.], seq N, ack N, win N, OPTS, length 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: Flags [.], ack N, win N, OPTS, length 0
  IP 127.0.0.1.40007 > 127.0.0.1.7000:  [|rx] (6)
  IP 127.0.0.1.40008 > 127.0.0.1.7005:  rx type 10 (51)
  IP 127.0.0.1.40009 > 127.0.0.1.7009:  rx data (35)
  IP 127.0.0.1.7003 > 127.0.0.1.40010:  rx ack [|ack] (28)
  IP 127.0.0.1.7001 > 127.0.0.1.40011:  rx ack first 5 serial 11 reason ack requested acked 5-6,8 nacked 7 (61)
  $ sed -E 's/(seq|ack|win) [0-9:]+/\1 N/g; s/options \[[^]]*\]/OPTS/; s/cksum 0x[0-9a-f]+ \([a-z]+ -> 0x[0-9a-f]+\)/CK/; s/id [0-9]+, //' tv.txt
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.40001 > 127.0.0.1.80: Flags [S], CK, seq N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.80 > 127.0.0.1.40001: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40001 > 127.0.0.1.80: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 58)
      127.0.0.1.40001 > 127.0.0.1.80: Flags [P.], CK, seq N, ack N, win N, OPTS, length 6: HTTP
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.80 > 127.0.0.1.40001: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40001 > 127.0.0.1.80: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.80 > 127.0.0.1.40001: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40001 > 127.0.0.1.80: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.40002 > 127.0.0.1.8080: Flags [S], CK, seq N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.8080 > 127.0.0.1.40002: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40002 > 127.0.0.1.8080: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 102)
      127.0.0.1.40002 > 127.0.0.1.8080: Flags [P.], CK, seq N, ack N, win N, OPTS, length 50: HTTP, length: 50
  	get /index.html HTTP/1.1
  	Host: x
  	Accept: */*
  	
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.8080 > 127.0.0.1.40002: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40002 > 127.0.0.1.8080: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.8080 > 127.0.0.1.40002: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40002 > 127.0.0.1.8080: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.40003 > 127.0.0.1.80: Flags [S], CK, seq N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.80 > 127.0.0.1.40003: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40003 > 127.0.0.1.80: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 85)
      127.0.0.1.40003 > 127.0.0.1.80: Flags [P.], CK, seq N, ack N, win N, OPTS, length 33: HTTP, length: 33
  	HTTP/1.0 404 Not Found
  	Server: t [|http]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.80 > 127.0.0.1.40003: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40003 > 127.0.0.1.80: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.80 > 127.0.0.1.40003: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40003 > 127.0.0.1.80: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.40004 > 127.0.0.1.554: Flags [S], CK, seq N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.554 > 127.0.0.1.40004: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40004 > 127.0.0.1.554: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 91)
      127.0.0.1.40004 > 127.0.0.1.554: Flags [P.], CK, seq N, ack N, win N, OPTS, length 39: RTSP, length: 39
  	OPTIONS rtsp://x/ RTSP/1.0
  	CSeq: 1
  	
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.554 > 127.0.0.1.40004: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40004 > 127.0.0.1.554: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.554 > 127.0.0.1.40004: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40004 > 127.0.0.1.554: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.40005 > 127.0.0.1.21: Flags [S], CK, seq N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.21 > 127.0.0.1.40005: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40005 > 127.0.0.1.21: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 76)
      127.0.0.1.40005 > 127.0.0.1.21: Flags [P.], CK, seq N, ack N, win N, OPTS, length 24: FTP, length: 24
  	USER anonymous
  	PASS x
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.21 > 127.0.0.1.40005: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40005 > 127.0.0.1.21: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.21 > 127.0.0.1.40005: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40005 > 127.0.0.1.21: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.40006 > 127.0.0.1.25: Flags [S], CK, seq N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      127.0.0.1.25 > 127.0.0.1.40006: Flags [S.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40006 > 127.0.0.1.25: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 62)
      127.0.0.1.40006 > 127.0.0.1.25: Flags [P.], CK, seq N, ack N, win N, OPTS, length 10: SMTP, length: 10
  	EHLO lab
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.25 > 127.0.0.1.40006: Flags [.], CK, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40006 > 127.0.0.1.25: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.25 > 127.0.0.1.40006: Flags [F.], CK, seq N, ack N, win N, OPTS, length 0
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 52)
      127.0.0.1.40006 > 127.0.0.1.25: Flags [.], CK, ack N, win N, OPTS, length 0
  $ sed -E 's/id [0-9]+, //; s/\[bad udp cksum 0x[0-9a-f]+ -> 0x[0-9a-f]+!\]/[bad udp cksum]/' dv.txt
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 34)
      127.0.0.1.40007 > 127.0.0.1.7000: [bad udp cksum]  [|rx] (6)
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 79)
      127.0.0.1.40008 > 127.0.0.1.7005: [bad udp cksum]  rx type 10 cid 330a340a call# 889861642 seq 923416586 ser 956969264 <client-init>,<free-pckt> (51)
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 63)
      127.0.0.1.40009 > 127.0.0.1.7009: [bad udp cksum]  rx data cid 00000002 call# 3 seq 1 ser 5 <client-init>,<req-ack>,<last-pckt> (35)
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 56)
      127.0.0.1.7003 > 127.0.0.1.40010: [bad udp cksum]  rx ack cid 00000002 call# 3 seq 2 ser 5 <slow-start> [|ack] (28)
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 89)
      127.0.0.1.7001 > 127.0.0.1.40011: [bad udp cksum]  rx ack cid 00000002 call# 3 seq 0 ser 7 first 5 serial 11 reason ack requested acked 5-6,8 nacked 7 ifmtu 1444 maxmtu 1444 (61)
  $ cat dq.txt
  IP 127.0.0.1.40001 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.80 > 127.0.0.1.40001: tcp 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: tcp 6
  IP 127.0.0.1.80 > 127.0.0.1.40001: tcp 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.80 > 127.0.0.1.40001: tcp 0
  IP 127.0.0.1.40001 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: tcp 0
  IP 127.0.0.1.8080 > 127.0.0.1.40002: tcp 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: tcp 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: tcp 50
  IP 127.0.0.1.8080 > 127.0.0.1.40002: tcp 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: tcp 0
  IP 127.0.0.1.8080 > 127.0.0.1.40002: tcp 0
  IP 127.0.0.1.40002 > 127.0.0.1.8080: tcp 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.80 > 127.0.0.1.40003: tcp 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: tcp 33
  IP 127.0.0.1.80 > 127.0.0.1.40003: tcp 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.80 > 127.0.0.1.40003: tcp 0
  IP 127.0.0.1.40003 > 127.0.0.1.80: tcp 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: tcp 0
  IP 127.0.0.1.554 > 127.0.0.1.40004: tcp 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: tcp 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: tcp 39
  IP 127.0.0.1.554 > 127.0.0.1.40004: tcp 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: tcp 0
  IP 127.0.0.1.554 > 127.0.0.1.40004: tcp 0
  IP 127.0.0.1.40004 > 127.0.0.1.554: tcp 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: tcp 0
  IP 127.0.0.1.21 > 127.0.0.1.40005: tcp 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: tcp 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: tcp 24
  IP 127.0.0.1.21 > 127.0.0.1.40005: tcp 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: tcp 0
  IP 127.0.0.1.21 > 127.0.0.1.40005: tcp 0
  IP 127.0.0.1.40005 > 127.0.0.1.21: tcp 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: tcp 0
  IP 127.0.0.1.25 > 127.0.0.1.40006: tcp 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: tcp 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: tcp 10
  IP 127.0.0.1.25 > 127.0.0.1.40006: tcp 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: tcp 0
  IP 127.0.0.1.25 > 127.0.0.1.40006: tcp 0
  IP 127.0.0.1.40006 > 127.0.0.1.25: tcp 0
  IP 127.0.0.1.40007 > 127.0.0.1.7000: UDP, length 6
  IP 127.0.0.1.40008 > 127.0.0.1.7005: UDP, length 51
  IP 127.0.0.1.40009 > 127.0.0.1.7009: UDP, length 35
  IP 127.0.0.1.7003 > 127.0.0.1.40010: UDP, length 28
  IP 127.0.0.1.7001 > 127.0.0.1.40011: UDP, length 61
