How iptables -L (names and numbers, -v, --line-numbers) and iptables -S print 75 match variants.
  $ iptables -N m
  $ for r in "-m state --state NEW" "-m state ! --state INVALID,UNTRACKED" "-m conntrack --ctstate RELATED,ESTABLISHED --ctdir REPLY" "-m conntrack --ctstatus ASSURED,SEEN_REPLY" "-m conntrack ! --ctorigsrc 10.0.0.0/8 --ctrepldst 1.2.3.4" "-m conntrack ! --ctreplsrc 1.2.3.4/16 ! --ctorigdst 5.6.7.8" "-m conntrack --ctproto tcp --ctorigdstport 80:90" "-m conntrack ! --ctproto tcp ! --ctorigsrcport 5 ! --ctreplsrcport 5:6" "-m conntrack --ctexpire 10:20" "-m conntrack ! --ctexpire 5" "-m conntrack ! --ctstatus ASSURED --ctstate SNAT" "-m conntrack ! --ctstate NEW ! --ctstatus CONFIRMED" "-m mark --mark 0x5/0xff" "-m mark ! --mark 7" "-m connmark --mark 0x1/0x3" "-m connmark ! --mark 9" "-m limit --limit 3/hour" "-m limit --limit 10/sec --limit-burst 20" "-m limit --limit 1/day"; do eval iptables -A m $r 2>&1 | head -1; done
  $ for r in "--hashlimit-upto 5/sec --hashlimit-mode srcip,dstport --hashlimit-name hp" "--hashlimit-above 100kb/s --hashlimit-mode dstip --hashlimit-name hb" "--hashlimit-upto 1/min --hashlimit-name hn" "--hashlimit-upto 7/hour --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-htable-expire 30000 --hashlimit-name hm" "--hashlimit-upto 3/min --hashlimit-burst 9 --hashlimit-mode srcport --hashlimit-name h1" "--hashlimit-above 2/sec --hashlimit-burst 1 --hashlimit-mode dstip,srcip,dstport,srcport --hashlimit-dstmask 16 --hashlimit-name h2" "--hashlimit-upto 1mb/s --hashlimit-burst 5mb --hashlimit-mode srcip --hashlimit-name h3" "--hashlimit-upto 512b/s --hashlimit-burst 2kb --hashlimit-mode dstport --hashlimit-name h4" "--hashlimit-above 1000/day --hashlimit-mode srcip --hashlimit-htable-expire 500 --hashlimit-name h5" "--hashlimit-upto 20b/s --hashlimit-mode srcip --hashlimit-name h6"; do eval iptables -A m -m hashlimit $r 2>&1 | head -1; done
  $ for r in "-m recent --set --name r" "-m string --algo bm --string abc" "-m statistic --mode random --probability 0.5" "-m statistic --mode nth --every 4 --packet 3" "-m quota ! --quota 100" "-m length ! --length 10:20" "-m ttl --ttl-lt 9" "-m tos --tos 0x10/0x3f" "-m tos ! --tos 8" "-m dscp ! --dscp 10" "-m dscp --dscp-class AF41" "-m mac ! --mac-source 02:00:00:00:00:01" "-m iprange ! --src-range 1.1.1.1-1.1.1.9" "-m addrtype --src-type LOCAL,UNICAST" "-m pkttype ! --pkt-type multicast" "-m owner --uid-owner 0-100" "-m owner --socket-exists" "-m owner ! --gid-owner 5" "-m time --timestart 10:00 --timestop 12:00 --weekdays Mon,Fri" "-m time --monthdays 1,15" "-m time --datestart 2030-01-01" "-m connbytes --connbytes 100: --connbytes-dir reply --connbytes-mode bytes" "-m connbytes ! --connbytes 5:10 --connbytes-dir both --connbytes-mode packets" "-p tcp -m tcpmss ! --mss 500:600" "-p udp -m multiport ! --sports 1,2,3:4" "-p tcp -m multiport --ports 5,6" "-m comment --comment hi" "-p icmp --icmp-type any" "-p icmp ! --icmp-type echo-request" "-p icmp --icmp-type 3/1" "-p icmp --icmp-type 11" "-p tcp --tcp-flags ALL FIN,URG,PSH" "-p tcp ! --syn" "-p tcp --tcp-option 5" "-p udp ! --sport 5 --dport 6:7" "-f" "! -f" "-m cpu ! --cpu 1" "-m realm --realm 0x10/0xf0" "-m devgroup --src-group 0x3/0xf" "-m rpfilter --loose --validmark" "-m rpfilter --accept-local --invert" "-m policy --dir out --pol ipsec" "-m esp --espspi 5:9" "-m ah ! --ahspi 3" "-m addrtype --dst-type BLACKHOLE --limit-iface-in" "-m set --match-set s src" "-m state --state UNTRACKED"; do eval iptables -A m $r 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain m
  iptables v1.8.9 (nf_tables): Set s doesn't exist.
  $ iptables -L m -v --line-numbers
  Chain m (0 references)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0            all  --  any    any     anywhere             anywhere             state NEW
  2        0     0            all  --  any    any     anywhere             anywhere             ! state INVALID,UNTRACKED
  3        0     0            all  --  any    any     anywhere             anywhere             ctstate RELATED,ESTABLISHED ctdir REPLY
  4        0     0            all  --  any    any     anywhere             anywhere             ctstatus SEEN_REPLY,ASSURED
  5        0     0            all  --  any    any     anywhere             anywhere             ! ctorigsrc 10.0.0.0/8 ctrepldst 1.2.3.4
  6        0     0            all  --  any    any     anywhere             anywhere             ! ctorigdst 5.6.7.8 ! ctreplsrc 1.2.3.4/16
  7        0     0            all  --  any    any     anywhere             anywhere             ctproto 6 ctorigdstport 80:90
  8        0     0            all  --  any    any     anywhere             anywhere             ! ctproto 6 ! ctorigsrcport 5 ! ctreplsrcport 5:6
  9        0     0            all  --  any    any     anywhere             anywhere             ctexpire 10:20
  10       0     0            all  --  any    any     anywhere             anywhere             ! ctexpire 5
  11       0     0            all  --  any    any     anywhere             anywhere             ctstate SNAT ! ctstatus ASSURED
  12       0     0            all  --  any    any     anywhere             anywhere             ! ctstate NEW ! ctstatus CONFIRMED
  13       0     0            all  --  any    any     anywhere             anywhere             mark match 0x5/0xff
  14       0     0            all  --  any    any     anywhere             anywhere             mark match ! 0x7
  15       0     0            all  --  any    any     anywhere             anywhere             connmark match  0x1/0x3
  16       0     0            all  --  any    any     anywhere             anywhere             connmark match ! 0x9
  17       0     0            all  --  any    any     anywhere             anywhere             limit: avg 3/hour burst 5
  18       0     0            all  --  any    any     anywhere             anywhere             limit: avg 10/sec burst 20
  19       0     0            all  --  any    any     anywhere             anywhere             limit: avg 1/day burst 5
  20       0     0            all  --  any    any     anywhere             anywhere             limit: up to 5/sec burst 5 mode srcip-dstport
  21       0     0            all  --  any    any     anywhere             anywhere             limit: above 100kb/s mode dstip
  22       0     0            all  --  any    any     anywhere             anywhere             limit: up to 1/min burst 5
  23       0     0            all  --  any    any     anywhere             anywhere             limit: up to 7/hour burst 5 mode srcip htable-expire 30000 srcmask 24
  24       0     0            all  --  any    any     anywhere             anywhere             limit: up to 3/min burst 9 mode srcport
  25       0     0            all  --  any    any     anywhere             anywhere             limit: above 2/sec burst 1 mode srcip-srcport-dstip-dstport dstmask 16
  26       0     0            all  --  any    any     anywhere             anywhere             limit: up to 1mb/s burst 5mb mode srcip
  27       0     0            all  --  any    any     anywhere             anywhere             limit: up to 512b/s burst 2kb mode dstport
  28       0     0            all  --  any    any     anywhere             anywhere             limit: above 1000/day burst 5 mode srcip htable-expire 500
  29       0     0            all  --  any    any     anywhere             anywhere             limit: up to 16b/s mode srcip
  30       0     0            all  --  any    any     anywhere             anywhere             recent: SET name: r side: source mask: 255.255.255.255
  31       0     0            all  --  any    any     anywhere             anywhere             STRING match  "abc" ALGO name bm
  32       0     0            all  --  any    any     anywhere             anywhere             statistic mode random probability 0.50000000000
  33       0     0            all  --  any    any     anywhere             anywhere             statistic mode nth every 4 packet 3
  34       0     0            all  --  any    any     anywhere             anywhere             quota: 100 bytes
  35       0     0            all  --  any    any     anywhere             anywhere             length !10:20
  36       0     0            all  --  any    any     anywhere             anywhere             TTL match TTL < 9
  37       0     0            all  --  any    any     anywhere             anywhere             tos match Minimize-Delay
  38       0     0            all  --  any    any     anywhere             anywhere             tos match!0x08/0xff
  39       0     0            all  --  any    any     anywhere             anywhere             DSCP match !0x0a
  40       0     0            all  --  any    any     anywhere             anywhere             DSCP match 0x22
  41       0     0            all  --  any    any     anywhere             anywhere             MAC ! 02:00:00:00:00:01
  42       0     0            all  --  any    any     anywhere             anywhere             source IP range ! 1.1.1.1-1.1.1.9
  43       0     0            all  --  any    any     anywhere             anywhere             ADDRTYPE match src-type UNICAST,LOCAL
  44       0     0            all  --  any    any     anywhere             anywhere             PKTTYPE != multicast
  45       0     0            all  --  any    any     anywhere             anywhere             owner UID match 0-100
  46       0     0            all  --  any    any     anywhere             anywhere             owner socket exists
  47       0     0            all  --  any    any     anywhere             anywhere             ! owner GID match tty
  48       0     0            all  --  any    any     anywhere             anywhere             TIME from 10:00:00 to 12:00:00 on Mon,Fri UTC
  49       0     0            all  --  any    any     anywhere             anywhere             TIME on 1st,15th UTC
  50       0     0            all  --  any    any     anywhere             anywhere             TIME starting from 2030-01-01 00:00:00 UTC
  51       0     0            all  --  any    any     anywhere             anywhere             connbytes 100 connbytes mode bytes connbytes direction reply
  52       0     0            all  --  any    any     anywhere             anywhere             ! connbytes 5:10 connbytes mode packets connbytes direction both
  53       0     0            tcp  --  any    any     anywhere             anywhere             tcpmss match !500:600
  54       0     0            udp  --  any    any     anywhere             anywhere             multiport sports  !1,2,3:4
  55       0     0            tcp  --  any    any     anywhere             anywhere             multiport ports 5,6
  56       0     0            all  --  any    any     anywhere             anywhere             /* hi */
  57       0     0            icmp --  any    any     anywhere             anywhere             icmp any
  58       0     0            icmp --  any    any     anywhere             anywhere             icmp !echo-request
  59       0     0            icmp --  any    any     anywhere             anywhere             icmp host-unreachable
  60       0     0            icmp --  any    any     anywhere             anywhere             icmp time-exceeded
  61       0     0            tcp  --  any    any     anywhere             anywhere             tcp flags:FIN,SYN,RST,PSH,ACK,URG/FIN,PSH,URG
  62       0     0            tcp  --  any    any     anywhere             anywhere             tcp flags:!FIN,SYN,RST,ACK/SYN
  63       0     0            tcp  --  any    any     anywhere             anywhere             tcp option=5
  64       0     0            udp  --  any    any     anywhere             anywhere             udp spt:!5 dpts:6:echo
  65       0     0            all  -f  any    any     anywhere             anywhere            
  66       0     0            all  !f  any    any     anywhere             anywhere            
  67       0     0            all  --  any    any     anywhere             anywhere             cpu ! 1
  68       0     0            all  --  any    any     anywhere             anywhere             realm 0x10/0xf0
  69       0     0            all  --  any    any     anywhere             anywhere             src-group 0x3/0xf
  70       0     0            all  --  any    any     anywhere             anywhere             policy match dir out pol ipsec
  71       0     0            all  --  any    any     anywhere             anywhere             ADDRTYPE match dst-type BLACKHOLE limit-in
  72       0     0            all  --  any    any     anywhere             anywhere             state UNTRACKED
  $ iptables -L m -n -x -v
  Chain m (0 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            state NEW
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! state INVALID,UNTRACKED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED ctdir REPLY
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstatus SEEN_REPLY,ASSURED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctorigsrc 10.0.0.0/8 ctrepldst 1.2.3.4
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctorigdst 5.6.7.8 ! ctreplsrc 1.2.3.4/16
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctproto 6 ctorigdstport 80:90
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctproto 6 ! ctorigsrcport 5 ! ctreplsrcport 5:6
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 10:20
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctexpire 5
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate SNAT ! ctstatus ASSURED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctstate NEW ! ctstatus CONFIRMED
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x5/0xff
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match ! 0x7
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match  0x1/0x3
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match ! 0x9
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: avg 3/hour burst 5
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: avg 10/sec burst 20
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: avg 1/day burst 5
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 5/sec burst 5 mode srcip-dstport
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: above 100kb/s mode dstip
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 1/min burst 5
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 7/hour burst 5 mode srcip htable-expire 30000 srcmask 24
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 3/min burst 9 mode srcport
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: above 2/sec burst 1 mode srcip-srcport-dstip-dstport dstmask 16
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 1mb/s burst 5mb mode srcip
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 512b/s burst 2kb mode dstport
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: above 1000/day burst 5 mode srcip htable-expire 500
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 16b/s mode srcip
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            recent: SET name: r side: source mask: 255.255.255.255
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            STRING match  "abc" ALGO name bm
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            statistic mode random probability 0.50000000000
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            statistic mode nth every 4 packet 3
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            quota: 100 bytes
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            length !10:20
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            TTL match TTL < 9
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match0x10/0x3f
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            tos match!0x08/0xff
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            DSCP match !0x0a
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            DSCP match 0x22
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            MAC ! 02:00:00:00:00:01
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            source IP range ! 1.1.1.1-1.1.1.9
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match src-type UNICAST,LOCAL
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            PKTTYPE != multicast
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner UID match 0-100
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            owner socket exists
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! owner GID match 5
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME from 10:00:00 to 12:00:00 on Mon,Fri UTC
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME on 1st,15th UTC
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME starting from 2030-01-01 00:00:00 UTC
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            connbytes 100 connbytes mode bytes connbytes direction reply
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! connbytes 5:10 connbytes mode packets connbytes direction both
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcpmss match !500:600
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport sports  !1,2,3:4
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            multiport ports 5,6
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* hi */
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 255
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmp !type 8
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 3 code 1
         0        0            1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 11
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x3F/0x29
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:!0x17/0x02
         0        0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp option=5
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp spt:!5 dpts:6:7
         0        0            0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0            0    !f  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            cpu ! 1
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            realm 0x10/0xf0
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            src-group 0x3/0xf
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            policy match dir out pol ipsec
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type BLACKHOLE limit-in
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            state UNTRACKED
  $ iptables -S m
  -N m
  -A m -m state --state NEW
  -A m -m state ! --state INVALID,UNTRACKED
  -A m -m conntrack --ctstate RELATED,ESTABLISHED --ctdir REPLY
  -A m -m conntrack --ctstatus SEEN_REPLY,ASSURED
  -A m -m conntrack ! --ctorigsrc 10.0.0.0/8 --ctrepldst 1.2.3.4
  -A m -m conntrack ! --ctorigdst 5.6.7.8 ! --ctreplsrc 1.2.3.4/16
  -A m -m conntrack --ctproto 6 --ctorigdstport 80:90
  -A m -m conntrack ! --ctproto 6 ! --ctorigsrcport 5 ! --ctreplsrcport 5:6
  -A m -m conntrack --ctexpire 10:20
  -A m -m conntrack ! --ctexpire 5
  -A m -m conntrack --ctstate SNAT ! --ctstatus ASSURED
  -A m -m conntrack ! --ctstate NEW ! --ctstatus CONFIRMED
  -A m -m mark --mark 0x5/0xff
  -A m -m mark ! --mark 0x7
  -A m -m connmark --mark 0x1/0x3
  -A m -m connmark ! --mark 0x9
  -A m -m limit --limit 3/hour
  -A m -m limit --limit 10/sec --limit-burst 20
  -A m -m limit --limit 1/day
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
  -A m -m recent --set --name r --mask 255.255.255.255 --rsource
  -A m -m string --string "abc" --algo bm
  -A m -m statistic --mode random --probability 0.50000000000
  -A m -m statistic --mode nth --every 4 --packet 3
  -A m -m quota ! --quota 100
  -A m -m length ! --length 10:20
  -A m -m ttl --ttl-lt 9
  -A m -m tos --tos 0x10/0x3f
  -A m -m tos ! --tos 0x08/0xff
  -A m -m dscp ! --dscp 0x0a
  -A m -m dscp --dscp 0x22
  -A m -m mac ! --mac-source 02:00:00:00:00:01
  -A m -m iprange ! --src-range 1.1.1.1-1.1.1.9
  -A m -m addrtype --src-type UNICAST,LOCAL
  -A m -m pkttype ! --pkt-type multicast
  -A m -m owner --uid-owner 0-100
  -A m -m owner --socket-exists
  -A m -m owner ! --gid-owner 5
  -A m -m time --timestart 10:00:00 --timestop 12:00:00 --weekdays Mon,Fri --datestop 2038-01-19T03:14:07
  -A m -m time --monthdays 1,15 --datestop 2038-01-19T03:14:07
  -A m -m time --datestart 2030-01-01T00:00:00 --datestop 2038-01-19T03:14:07
  -A m -m connbytes --connbytes 100 --connbytes-mode bytes --connbytes-dir reply
  -A m -m connbytes ! --connbytes 5:10 --connbytes-mode packets --connbytes-dir both
  -A m -p tcp -m tcpmss ! --mss 500:600
  -A m -p udp -m multiport ! --sports 1,2,3:4
  -A m -p tcp -m multiport --ports 5,6
  -A m -m comment --comment hi
  -A m -p icmp -m icmp --icmp-type any
  -A m -p icmp -m icmp ! --icmp-type 8
  -A m -p icmp -m icmp --icmp-type 3/1
  -A m -p icmp -m icmp --icmp-type 11
  -A m -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,PSH,URG
  -A m -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN
  -A m -p tcp -m tcp --tcp-option 5
  -A m -p udp -m udp ! --sport 5 --dport 6:7
  -A m -f
  -A m ! -f
  -A m -m cpu ! --cpu 1
  -A m -m realm --realm 0x10/0xf0
  -A m -m devgroup --src-group 0x3/0xf
  -A m -m policy --dir out --pol ipsec
  -A m -m addrtype --dst-type BLACKHOLE --limit-iface-in
  -A m -m state --state UNTRACKED
