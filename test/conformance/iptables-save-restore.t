iptables-save and iptables-restore round trips, with counters and --noflush.
  $ iptables -N logdrop
  $ iptables -A logdrop -m limit --limit 3/min --limit-burst 7 -j LOG --log-prefix "drop: " --log-level 6
  $ iptables -A logdrop -j DROP
  $ iptables -A INPUT -i eth+ -s 10.1.0.0/16 -d 10.2.3.4 -p udp --dport 53 -j ACCEPT
  $ iptables -A INPUT ! -i lo -p tcp --sport 1024:65535 --dport 22 --syn -j logdrop
  $ iptables -A INPUT -m comment --comment "keep this" -p tcp -m multiport --dports 80,443,8000:8080 -j ACCEPT
  $ iptables -A FORWARD -o veth+ -m iprange --src-range 10.0.0.1-10.0.0.9 -j REJECT --reject-with icmp-host-prohibited
  $ iptables -A OUTPUT -m mark --mark 0x10/0xf0 -m ttl --ttl-lt 5 -j RETURN
  $ iptables -P FORWARD DROP
  $ iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 7
  $ iptables -t mangle -A PREROUTING -m length --length 100:200 -j TTL --ttl-dec 1
  $ iptables-save > saved
  $ grep -v '^#' saved
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -m length --length 100:200 -j TTL --ttl-dec 1
  -A OUTPUT -p icmp -j MARK --set-xmark 0x7/0xffffffff
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [0:0]
  :OUTPUT ACCEPT [0:0]
  :logdrop - [0:0]
  -A INPUT -s 10.1.0.0/16 -d 10.2.3.4/32 -i eth+ -p udp -m udp --dport 53 -j ACCEPT
  -A INPUT ! -i lo -p tcp -m tcp --sport 1024:65535 --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j logdrop
  -A INPUT -p tcp -m comment --comment "keep this" -m multiport --dports 80,443,8000:8080 -j ACCEPT
  -A FORWARD -o veth+ -m iprange --src-range 10.0.0.1-10.0.0.9 -j REJECT --reject-with icmp-host-prohibited
  -A OUTPUT -m mark --mark 0x10/0xf0 -m ttl --ttl-lt 5 -j RETURN
  -A logdrop -m limit --limit 3/min --limit-burst 7 -j LOG --log-prefix "drop: " --log-level 6
  -A logdrop -j DROP
  COMMIT
  $ iptables -F
  $ iptables -X
  $ iptables -t mangle -F
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  $ iptables-restore < saved
  $ iptables-save | grep -v '^#' > again
  $ [ "$(grep -v '^#' saved)" = "$(cat again)" ] && echo same
  same
  $ printf '*filter\n-A INPUT -s 1.1.1.1 -j DROP\nCOMMIT\n' | iptables-restore --noflush
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.1.0.0/16 -d 10.2.3.4/32 -i eth+ -p udp -m udp --dport 53 -j ACCEPT
  -A INPUT ! -i lo -p tcp -m tcp --sport 1024:65535 --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j logdrop
  -A INPUT -p tcp -m comment --comment "keep this" -m multiport --dports 80,443,8000:8080 -j ACCEPT
  -A INPUT -s 1.1.1.1/32 -j DROP
  $ printf '*filter\n:INPUT ACCEPT [5:500]\n[3:300] -A INPUT -s 2.2.2.2 -j DROP\nCOMMIT\n' | iptables-restore -c
  $ iptables-save -c -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [5:500]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [3:300] -A INPUT -s 2.2.2.2/32 -j DROP
  COMMIT
  $ iptables -t mangle -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -m length --length 100:200 -j TTL --ttl-dec 1
  -A OUTPUT -p icmp -j MARK --set-xmark 0x7/0xffffffff
