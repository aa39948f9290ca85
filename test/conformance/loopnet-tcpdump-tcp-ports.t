tcpdump's port-selected printers for other TCP services, on segments over lo: SSH's version line (and nothing for other text on port 22), WHOIS's first line, BGP's name alone without -v, nothing for telnet text, NetBIOS, SMB, NFS, LDP or SIP text that is not their protocol; -v prints WHOIS in full.
  $ ip link set lo up
  $ tcpdump -l -n -t -i lo tcp and greater 70 > d.txt 2>/dev/null & sleep 0.5
  $ tcpdump -l -n -t -v -i lo tcp port 43 or tcp port 22 and greater 70 > v.txt 2>/dev/null & sleep 0.5
  $ for p in 22 23 179 139 445 43 2049 646 5060; do nc -l -p $p > /dev/null & sleep 0.1; printf 'hello there\r\n' | nc -N -w 1 -p 4$p 127.0.0.1 $p; done
  $ nc -l -p 22 > /dev/null & sleep 0.1; printf 'SSH-2.0-OpenSSH_9.2\r\n' | nc -N -w 1 -p 41022 127.0.0.1 22
  $ nc -l -p 22 > /dev/null & sleep 0.1; printf 'SSH-2.0-no-end-of-line' | nc -N -w 1 -p 41023 127.0.0.1 22
  $ nc -l -p 43 > /dev/null & sleep 0.1; printf 'example.com\r\nsecond line\r\n' | nc -N -w 1 -p 41043 127.0.0.1 43
  $ sleep 0.5; kill %1 %2; wait
  $ grep -v 'length 0' d.txt | sed -E 's/(seq|ack|win) [0-9:]+/\1 N/g; s/options \[[^]]*\]/OPTS/'
  IP 127.0.0.1.422 > 127.0.0.1.22: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.423 > 127.0.0.1.23: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.4179 > 127.0.0.1.179: Flags [P.], seq N, ack N, win N, OPTS, length 13: BGP
  IP 127.0.0.1.4139 > 127.0.0.1.139: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.4445 > 127.0.0.1.445: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.443 > 127.0.0.1.43: Flags [P.], seq N, ack N, win N, OPTS, length 13: WHOIS: hello there
  IP 127.0.0.1.42049 > 127.0.0.1.2049: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.4646 > 127.0.0.1.646: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.45060 > 127.0.0.1.5060: Flags [P.], seq N, ack N, win N, OPTS, length 13
  IP 127.0.0.1.41022 > 127.0.0.1.22: Flags [P.], seq N, ack N, win N, OPTS, length 21: SSH: SSH-2.0-OpenSSH_9.2
  IP 127.0.0.1.41023 > 127.0.0.1.22: Flags [P.], seq N, ack N, win N, OPTS, length 22
  IP 127.0.0.1.41043 > 127.0.0.1.43: Flags [P.], seq N, ack N, win N, OPTS, length 26: WHOIS: example.com
  $ grep -v -e 'length 0' -e '^IP (' v.txt | sed -E 's/(seq|ack|win) [0-9:]+/\1 N/g; s/options \[[^]]*\]/OPTS/; s/cksum 0x[0-9a-f]+ \([a-z]+( -> 0x[0-9a-f]+)?\)/CK/'
      127.0.0.1.422 > 127.0.0.1.22: Flags [P.], CK, seq N, ack N, win N, OPTS, length 13
      127.0.0.1.443 > 127.0.0.1.43: Flags [P.], CK, seq N, ack N, win N, OPTS, length 13: WHOIS, length: 13
  	hello there
      127.0.0.1.41022 > 127.0.0.1.22: Flags [P.], CK, seq N, ack N, win N, OPTS, length 21: SSH: SSH-2.0-OpenSSH_9.2
      127.0.0.1.41023 > 127.0.0.1.22: Flags [P.], CK, seq N, ack N, win N, OPTS, length 22
      127.0.0.1.41043 > 127.0.0.1.43: Flags [P.], CK, seq N, ack N, win N, OPTS, length 26: WHOIS, length: 26
  	example.com
  	second line
