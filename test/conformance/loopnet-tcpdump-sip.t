tcpdump's SIP printer on UDP port 5060 over lo: text that is neither a request nor a response prints the name alone, a request and a response their first line, -v every line.
  $ ip link set lo up
  $ tcpdump -l -n -t -i lo udp > d.txt 2>/dev/null & sleep 0.5
  $ tcpdump -l -n -t -v -i lo udp > v.txt 2>/dev/null & sleep 0.5
  $ echo hello | nc -u -w 1 -p 40001 127.0.0.1 5060
  $ printf 'INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP lab\r\n\r\n' | nc -u -w 1 -p 40002 127.0.0.1 5060
  $ printf 'SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\n\r\n' | nc -u -w 1 -p 5060 127.0.0.1 40003
  $ sleep 0.5; kill %1 %2; wait
  $ cat d.txt
  IP 127.0.0.1.40001 > 127.0.0.1.5060: SIP
  IP 127.0.0.1.40002 > 127.0.0.1.5060: SIP: INVITE sip:bob@example.com SIP/2.0
  IP 127.0.0.1.5060 > 127.0.0.1.40003: SIP: SIP/2.0 180 Ringing
  $ grep -v '^IP (' v.txt | sed -E 's/\[bad udp cksum[^]]*\] //'
      127.0.0.1.40001 > 127.0.0.1.5060: SIP
      127.0.0.1.40002 > 127.0.0.1.5060: SIP, length: 60
  	INVITE sip:bob@example.com SIP/2.0
  	Via: SIP/2.0/UDP lab
  	
      127.0.0.1.5060 > 127.0.0.1.40003: SIP, length: 39
  	SIP/2.0 180 Ringing
  	CSeq: 1 INVITE
  	
