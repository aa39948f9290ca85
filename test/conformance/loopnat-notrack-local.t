Untracked local traffic: NOTRACK in raw OUTPUT -o lo keeps a datagram between two local addresses out of conntrack, while CT --notrack in raw PREROUTING -i lo is too late (the packet was tracked on its way out, and keeps its entry across lo); the state match's view, conntrack's other output forms (xml, id, ktimestamp), the raw table's listings and nft's view of the iptables-nft rules.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev b0
  $ iptables -t raw -A OUTPUT -o lo -p udp --dport 9999 -j NOTRACK
  $ iptables -t raw -A PREROUTING -i lo -p udp --dport 9998 -j CT --notrack
  $ iptables -A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
  $ iptables -A INPUT -i lo -m state --state NEW,ESTABLISHED,RELATED,INVALID
  $ echo x | nc -u -w 1 -s 10.0.0.1 -p 4001 10.0.0.2 9999
  $ echo x | nc -u -w 1 -s 10.0.0.1 -p 4002 10.0.0.2 9998
  $ echo x | nc -u -w 1 -s 10.0.0.1 -p 4003 10.0.0.2 9997
  $ conntrack -L 2>&1 | sed -E 's/ +17 [0-9]+ / 17 T /; s/id=[0-9]+/id=N/g; s/ +1 [0-9]+ / 1 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4002 dport=9998 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9998 dport=4002 mark=0 use=1
  udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4003 dport=9997 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9997 dport=4003 mark=0 use=1
  $ conntrack -L -o xml 2>&1 | sed -E 's/<timeout>[0-9]+/<timeout>T/; s/<id>[0-9]+/<id>N/' | sort
  </conntrack>
  <?xml version="1.0" encoding="utf-8"?>
  <conntrack>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>4002</sport><dport>9998</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>9998</sport><dport>4002</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id><unreplied/></meta></flow>
  <flow><meta direction="original"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.1</src><dst>10.0.0.2</dst></layer3><layer4 protonum="17" protoname="udp"><sport>4003</sport><dport>9997</dport></layer4></meta><meta direction="reply"><layer3 protonum="2" protoname="ipv4"><src>10.0.0.2</src><dst>10.0.0.1</dst></layer3><layer4 protonum="17" protoname="udp"><sport>9997</sport><dport>4003</dport></layer4></meta><meta direction="independent"><timeout>T</timeout><mark>0</mark><use>1</use><id>N</id><unreplied/></meta></flow>
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  $ conntrack -L -o id 2>&1 | sed -E 's/ +17 [0-9]+ / 17 T /; s/id=[0-9]+/id=N/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4002 dport=9998 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9998 dport=4002 mark=0 use=1 id=N
  udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4003 dport=9997 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9997 dport=4003 mark=0 use=1 id=N
  $ conntrack -L -o ktimestamp 2>&1 | sed -E 's/ +17 [0-9]+ / 17 T /' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4002 dport=9998 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9998 dport=4002 mark=0 use=1
  udp 17 T src=10.0.0.1 dst=10.0.0.2 sport=4003 dport=9997 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9997 dport=4003 mark=0 use=1
  $ iptables -L INPUT -n -v -x | sed -E 's/ +/ /g'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 30 ACCEPT 0 -- * * 0.0.0.0/0 0.0.0.0/0 ctstate UNTRACKED
   5 234 0 -- lo * 0.0.0.0/0 0.0.0.0/0 state INVALID,NEW,RELATED,ESTABLISHED
  $ iptables -t raw -L -n -v -x | sed -E 's/ +/ /g'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 30 CT 17 -- lo * 0.0.0.0/0 0.0.0.0/0 udp dpt:9998 CT notrack
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   1 30 CT 17 -- * lo 0.0.0.0/0 0.0.0.0/0 udp dpt:9999 NOTRACK
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -i lo -p udp -m udp --dport 9998 -j CT --notrack
  -A OUTPUT -o lo -p udp -m udp --dport 9999 -j NOTRACK
  $ iptables-save -t raw | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -i lo -p udp -m udp --dport 9998 -j CT --notrack
  -A OUTPUT -o lo -p udp -m udp --dport 9999 -j NOTRACK
  COMMIT
  $ nft list ruleset | head -30
  # Warning: table ip raw is managed by iptables-nft, do not touch!
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip raw {
  	chain OUTPUT {
  		type filter hook output priority raw; policy accept;
  		oifname "lo" udp dport 9999 counter packets 1 bytes 30 notrack
  	}
  
  	chain PREROUTING {
  		type filter hook prerouting priority raw; policy accept;
  		iifname "lo" udp dport 9998 counter packets 1 bytes 30 notrack
  	}
  }
  table ip filter {
  	chain INPUT {
  		type filter hook input priority filter; policy accept;
  		ct state untracked counter packets 1 bytes 30 accept
  		iifname "lo" ct state invalid,new,related,established counter packets 5 bytes 234
  	}
  }
  $ nstat -asz UdpInDatagrams UdpNoPorts UdpOutDatagrams IcmpOutDestUnreachs
  #kernel
  IcmpOutDestUnreachs             3                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      3                  0.0
  UdpOutDatagrams                 3                  0.0

