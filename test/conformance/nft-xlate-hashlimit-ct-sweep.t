How nft lists iptables-nft rules of many match variants (translated by the extension's xlate, or an xt match/target statement when there is none).
  $ iptables -N m
  $ for r in "-m state --state NEW" "-m state ! --state INVALID,UNTRACKED" "-m conntrack --ctstate RELATED,ESTABLISHED --ctdir REPLY" "-m conntrack --ctstatus ASSURED,SEEN_REPLY" "-m conntrack ! --ctorigsrc 10.0.0.0/8 --ctrepldst 1.2.3.4" "-m conntrack ! --ctreplsrc 1.2.3.4/16 ! --ctorigdst 5.6.7.8" "-m conntrack --ctproto tcp --ctorigdstport 80:90" "-m conntrack ! --ctproto tcp ! --ctorigsrcport 5 ! --ctreplsrcport 5:6" "-m conntrack --ctexpire 10:20" "-m conntrack ! --ctexpire 5" "-m conntrack ! --ctstatus ASSURED --ctstate SNAT" "-m conntrack ! --ctstate NEW ! --ctstatus CONFIRMED" "-m mark --mark 0x5/0xff" "-m mark ! --mark 7" "-m connmark --mark 0x1/0x3" "-m connmark ! --mark 9" "-m limit --limit 3/hour" "-m limit --limit 10/sec --limit-burst 20" "-m limit --limit 1/day"; do eval iptables -A m $r 2>&1 | head -1; done
  $ for r in "--hashlimit-upto 5/sec --hashlimit-mode srcip,dstport --hashlimit-name hp" "--hashlimit-above 100kb/s --hashlimit-mode dstip --hashlimit-name hb" "--hashlimit-upto 1/min --hashlimit-name hn" "--hashlimit-upto 7/hour --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-htable-expire 30000 --hashlimit-name hm" "--hashlimit-upto 3/min --hashlimit-burst 9 --hashlimit-mode srcport --hashlimit-name h1" "--hashlimit-above 2/sec --hashlimit-burst 1 --hashlimit-mode dstip,srcip,dstport,srcport --hashlimit-dstmask 16 --hashlimit-name h2" "--hashlimit-upto 1mb/s --hashlimit-burst 5mb --hashlimit-mode srcip --hashlimit-name h3" "--hashlimit-upto 512b/s --hashlimit-burst 2kb --hashlimit-mode dstport --hashlimit-name h4" "--hashlimit-above 1000/day --hashlimit-mode srcip --hashlimit-htable-expire 500 --hashlimit-name h5" "--hashlimit-upto 20b/s --hashlimit-mode srcip --hashlimit-name h6"; do eval iptables -A m -m hashlimit $r 2>&1 | head -1; done
  $ for r in "-m recent --set --name r" "-m string --algo bm --string abc" "-m statistic --mode random --probability 0.5" "-m statistic --mode nth --every 4 --packet 3" "-m quota ! --quota 100" "-m length ! --length 10:20" "-m ttl --ttl-lt 9" "-m tos --tos 0x10/0x3f" "-m tos ! --tos 8" "-m dscp ! --dscp 10" "-m dscp --dscp-class AF41" "-m mac ! --mac-source 02:00:00:00:00:01" "-m iprange ! --src-range 1.1.1.1-1.1.1.9" "-m addrtype --src-type LOCAL,UNICAST" "-m pkttype ! --pkt-type multicast" "-m owner --uid-owner 0-100" "-m owner --socket-exists" "-m owner ! --gid-owner 5" "-m time --timestart 10:00 --timestop 12:00 --weekdays Mon,Fri" "-m time --monthdays 1,15" "-m time --datestart 2030-01-01" "-m connbytes --connbytes 100: --connbytes-dir reply --connbytes-mode bytes" "-m connbytes ! --connbytes 5:10 --connbytes-dir both --connbytes-mode packets" "-p tcp -m tcpmss ! --mss 500:600" "-p udp -m multiport ! --sports 1,2,3:4" "-p tcp -m multiport --ports 5,6" "-m comment --comment hi" "-p icmp --icmp-type any" "-p icmp ! --icmp-type echo-request" "-p icmp --icmp-type 3/1" "-p icmp --icmp-type 11" "-p tcp --tcp-flags ALL FIN,URG,PSH" "-p tcp ! --syn" "-p tcp --tcp-option 5" "-p udp ! --sport 5 --dport 6:7" "-f" "! -f" "-m cpu ! --cpu 1" "-m realm --realm 0x10/0xf0" "-m devgroup --src-group 0x3/0xf" "-m rpfilter --loose --validmark" "-m rpfilter --accept-local --invert" "-m policy --dir out --pol ipsec" "-m esp --espspi 5:9" "-m ah ! --ahspi 3" "-m addrtype --dst-type BLACKHOLE --limit-iface-in" "-m set --match-set s src" "-m state --state UNTRACKED"; do eval iptables -A m $r 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables): Set s doesn't exist.
  $ iptables -S m | wc -l
  73
  $ iptables -S m | grep hashlimit
  -A m -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-mode srcip,dstport --hashlimit-name hp
  -A m -m hashlimit --hashlimit-above 100kb/s --hashlimit-mode dstip --hashlimit-name hb
  -A m -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 5 --hashlimit-name hn
  -A m -m hashlimit --hashlimit-upto 7/hour --hashlimit-burst 5 --hashlimit-mode srcip --hashlimit-name hm --hashlimit-htable-expire 30000 --hashlimit-srcmask 24
  -A m -m hashlimit --hashlimit-upto 3/min --hashlimit-burst 9 --hashlimit-mode srcport --hashlimit-name h1
  -A m -m hashlimit --hashlimit-above 2/sec --hashlimit-burst 1 --hashlimit-mode srcip,srcport,dstip,dstport --hashlimit-name h2 --hashlimit-dstmask 16
  -A m -m hashlimit --hashlimit-upto 1mb/s --hashlimit-burst 5mb --hashlimit-mode srcip --hashlimit-name h3
  -A m -m hashlimit --hashlimit-upto 512b/s --hashlimit-burst 2kb --hashlimit-mode dstport --hashlimit-name h4
  -A m -m hashlimit --hashlimit-above 1000/day --hashlimit-burst 5 --hashlimit-mode srcip --hashlimit-name h5 --hashlimit-htable-expire 500
  -A m -m hashlimit --hashlimit-upto 16b/s --hashlimit-mode srcip --hashlimit-name h6
  $ nft list chain ip filter m
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  table ip filter {
  	chain m {
  		ct state new counter packets 0 bytes 0
  		ct state ! invalid,untracked counter packets 0 bytes 0
  		ct direction reply ct state related,established counter packets 0 bytes 0
  		ct status seen-reply,assured counter packets 0 bytes 0
  		ct original saddr != 10.0.0.0/8 ct reply daddr 1.2.3.4 counter packets 0 bytes 0
  		ct original daddr != 5.6.7.8 ct reply saddr != 1.2.3.4/16 counter packets 0 bytes 0
  		ct original protocol 6 ct original proto-dst 80-90 counter packets 0 bytes 0
  		ct original protocol != 6 ct original proto-src != 5 ct reply proto-src != 5-6 counter packets 0 bytes 0
  		ct expiration 10-20 counter packets 0 bytes 0
  		ct expiration != 5 counter packets 0 bytes 0
  		ct status !=snat ct status ! assured counter packets 0 bytes 0
  		ct state ! new ct status ! confirmed counter packets 0 bytes 0
  		meta mark & 0x000000ff == 0x00000005 counter packets 0 bytes 0
  		meta mark != 0x00000007 counter packets 0 bytes 0
  		ct mark and 0x3 == 0x1 counter packets 0 bytes 0
  		ct mark != 0x9 counter packets 0 bytes 0
  		limit rate 3/hour counter packets 0 bytes 0
  		limit rate 10/second burst 20 packets counter packets 0 bytes 0
  		limit rate 1/day counter packets 0 bytes 0
  		meter hp { tcp dport . ip saddr limit rate 5/second } counter packets 0 bytes 0
  		meter hb { ip daddr timeout 15s limit rate over 100 kbytes/second } counter packets 0 bytes 0
  		xt match hashlimit counter packets 0 bytes 0
  		meter hm { ip saddr and 255.255.255.0 timeout 30s limit rate 7/hour } counter packets 0 bytes 0
  		meter h1 { tcp sport timeout 60s limit rate 3/minute burst 9 packets } counter packets 0 bytes 0
  		meter h2 { ip daddr and 255.255.0.0 . tcp dport . ip saddr . tcp sport limit rate over 2/second burst 1 packets } counter packets 0 bytes 0
  		meter h3 { ip saddr timeout 60s limit rate 1 mbytes/second burst 5 mbytes } counter packets 0 bytes 0
  		meter h4 { tcp dport timeout 60s limit rate 512 bytes/second burst 2 kbytes } counter packets 0 bytes 0
  		meter h5 { ip saddr timeout 0s limit rate over 1000/day } counter packets 0 bytes 0
  		meter h6 { ip saddr timeout 15s limit rate 16 bytes/second } counter packets 0 bytes 0
  		xt match recent counter packets 0 bytes 0
  		xt match string counter packets 0 bytes 0
  		meta random & 2147483647 < 1073741824 counter packets 0 bytes 0
  		numgen inc mod 4 3 counter packets 0 bytes 0
  		quota over 100 bytes counter packets 0 bytes 0
  		meta length != 10-20 counter packets 0 bytes 0
  		ip ttl lt 9 counter packets 0 bytes 0
  		xt match tos counter packets 0 bytes 0
  		xt match tos counter packets 0 bytes 0
  		ip dscp != 0x0a counter packets 0 bytes 0
  		ip dscp 0x22 counter packets 0 bytes 0
  		ether saddr != 02:00:00:00:00:01 counter packets 0 bytes 0
  		ip saddr != 1.1.1.1-1.1.1.9 counter packets 0 bytes 0
  		fib saddr type { unicast, local } counter packets 0 bytes 0
  		pkttype != multicast counter packets 0 bytes 0
  		skuid 0-100 counter packets 0 bytes 0
  		xt match owner counter packets 0 bytes 0
  		skgid != 5 counter packets 0 bytes 0
  		 meta hour "10:00:00"-"12:00:00" meta day { 1, 5 } counter packets 0 bytes 0
  		xt match time counter packets 0 bytes 0
  		meta time "2030-01-01 00:00:00"-"2038-01-19 03:14:07" counter packets 0 bytes 0
  		ct reply bytes ge 100 counter packets 0 bytes 0
  		ct packets != 5-10 counter packets 0 bytes 0
  		meta l4proto tcp tcp option maxseg size != 500-600 counter packets 0 bytes 0
  		meta l4proto udp udp sport != { 1, 2, 3-4 } counter packets 0 bytes 0
  		meta l4proto tcp tcp sport . tcp dport { 0-65535 . 5, 5 . 0-65535, 0-65535 . 6, 6 . 0-65535 } counter packets 0 bytes 0
  		 counter packets 0 bytes 0
  		meta l4proto icmp ip protocol icmp counter packets 0 bytes 0
  		meta l4proto icmp icmp type != echo-request counter packets 0 bytes 0
  		meta l4proto icmp xt match icmp counter packets 0 bytes 0
  		meta l4proto icmp icmp type time-exceeded counter packets 0 bytes 0
  		tcp flags fin,psh,urg / fin,syn,rst,psh,ack,urg counter packets 0 bytes 0
  		tcp flags != syn / fin,syn,rst,ack counter packets 0 bytes 0
  		meta l4proto tcp tcp option 5 exists counter packets 0 bytes 0
  		udp sport != 5 udp dport 6-7 counter packets 0 bytes 0
  		ip frag-off & 8191 != 0 counter packets 0 bytes 0
  		ip frag-off & 8191 == 0 counter packets 0 bytes 0
  		cpu != 1 counter packets 0 bytes 0
  		rtclassid and 0xf0 == 0x10 counter packets 0 bytes 0
  		iifgroup and 0xf == 0x3 counter packets 0 bytes 0
  		xt match policy counter packets 0 bytes 0
  		fib daddr . iif type blackhole counter packets 0 bytes 0
  		ct state untracked counter packets 0 bytes 0
  	}
  }
