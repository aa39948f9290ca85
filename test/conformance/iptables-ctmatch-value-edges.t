conntrack/state/connmark/connbytes/connlimit/recent match value sweep: bad and edge values, exit codes, then -S and -L.
  $ iptables -N t
  $ for v in "--ctstate NEW,DNAT" "--ctstate SNAT,DNAT" "--ctstate new" "--ctstate BOGUS" "--ctstate ," "--ctstatus NONE" "--ctstatus EXPECTED,CONFIRMED" "--ctstatus bogus" "--ctproto udp" "--ctproto 300" "--ctproto bogus" "--ctproto 0" "--ctdir ORIGINAL" "--ctdir original" "--ctdir x" "--ctexpire 0" "--ctexpire 4294967295" "--ctexpire 4294967296" "--ctexpire 5:3" "--ctexpire :5" "--ctexpire 5:" "--ctorigsrcport 80" "--ctorigsrcport 80:90" "--ctorigsrcport 90:80" "--ctorigsrcport 65536" "--ctorigsrcport http" "--ctrepldstport 1:" "--ctorigsrc 1.2.3.4/33" "--ctorigsrc host" "--ctorigdst 10.0.0.0/255.0.0.0" "--ctstate NEW --ctstate NEW"; do echo "== $v"; iptables -A t -m conntrack $v 2>&1; echo $?; done
  == --ctstate NEW,DNAT
  0
  == --ctstate SNAT,DNAT
  0
  == --ctstate new
  0
  == --ctstate BOGUS
  iptables v1.8.9 (nf_tables): Bad ctstate "BOGUS"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctstate ,
  iptables v1.8.9 (nf_tables): Bad ctstate ","
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctstatus NONE
  0
  == --ctstatus EXPECTED,CONFIRMED
  0
  == --ctstatus bogus
  iptables v1.8.9 (nf_tables): Bad ctstatus "bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctproto udp
  0
  == --ctproto 300
  iptables v1.8.9 (nf_tables): unknown protocol "300" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctproto bogus
  iptables v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctproto 0
  0
  == --ctdir ORIGINAL
  0
  == --ctdir original
  0
  == --ctdir x
  iptables v1.8.9 (nf_tables): conntrack: Bad value for "--ctdir" option: "x"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctexpire 0
  0
  == --ctexpire 4294967295
  0
  == --ctexpire 4294967296
  iptables v1.8.9 (nf_tables): conntrack: bad value for option "--ctexpire" near "4294967296", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctexpire 5:3
  0
  == --ctexpire :5
  0
  == --ctexpire 5:
  0
  == --ctorigsrcport 80
  0
  == --ctorigsrcport 80:90
  0
  == --ctorigsrcport 90:80
  0
  == --ctorigsrcport 65536
  0
  == --ctorigsrcport http
  0
  == --ctrepldstport 1:
  0
  == --ctorigsrc 1.2.3.4/33
  0
  == --ctorigsrc host
  iptables v1.8.9 (nf_tables): getaddrinfo: Temporary failure in name resolution
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --ctorigdst 10.0.0.0/255.0.0.0
  0
  == --ctstate NEW --ctstate NEW
  iptables v1.8.9 (nf_tables): conntrack: option "--ctstate" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--mark 5" "--mark 5/0xf" "--mark x" "! --mark 0xffffffff" "--mark 0x100000000"; do echo "== $v"; iptables -A t -m connmark $v 2>&1; echo $?; done
  == --mark 5
  0
  == --mark 5/0xf
  0
  == --mark x
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == ! --mark 0xffffffff
  0
  == --mark 0x100000000
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--connbytes 10 --connbytes-dir original --connbytes-mode bytes" "--connbytes 10:5 --connbytes-dir both --connbytes-mode packets" "--connbytes :5 --connbytes-dir reply --connbytes-mode avgpkt" "--connbytes 5 --connbytes-dir x --connbytes-mode bytes" "--connbytes 5 --connbytes-dir both --connbytes-mode x" "--connbytes 5" "--connbytes 5 --connbytes-dir both"; do echo "== $v"; iptables -A t -m connbytes $v 2>&1; echo $?; done
  == --connbytes 10 --connbytes-dir original --connbytes-mode bytes
  0
  == --connbytes 10:5 --connbytes-dir both --connbytes-mode packets
  iptables v1.8.9 (nf_tables): 10 should be less than 5
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --connbytes :5 --connbytes-dir reply --connbytes-mode avgpkt
  0
  == --connbytes 5 --connbytes-dir x --connbytes-mode bytes
  iptables v1.8.9 (nf_tables): Unknown --connbytes-dir `x'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --connbytes 5 --connbytes-dir both --connbytes-mode x
  iptables v1.8.9 (nf_tables): Unknown --connbytes-mode `x'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --connbytes 5
  iptables v1.8.9 (nf_tables): connbytes: option "--connbytes-dir" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --connbytes 5 --connbytes-dir both
  iptables v1.8.9 (nf_tables): connbytes: option "--connbytes-mode" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--connlimit-above 2" "--connlimit-upto 2" "--connlimit-above 2 --connlimit-mask 24" "--connlimit-above 2 --connlimit-mask 33" "--connlimit-above 2 --connlimit-daddr" "--connlimit-above 2 --connlimit-saddr --connlimit-mask 0" "--connlimit-above x" "--connlimit-above 1 --connlimit-upto 2" ""; do echo "== $v"; iptables -A t -m connlimit $v 2>&1; echo $?; done
  == --connlimit-above 2
  0
  == --connlimit-upto 2
  0
  == --connlimit-above 2 --connlimit-mask 24
  0
  == --connlimit-above 2 --connlimit-mask 33
  0
  == --connlimit-above 2 --connlimit-daddr
  0
  == --connlimit-above 2 --connlimit-saddr --connlimit-mask 0
  0
  == --connlimit-above x
  iptables v1.8.9 (nf_tables): connlimit: bad value for option "--connlimit-above", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --connlimit-above 1 --connlimit-upto 2
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-upto" cannot be used together with "--connlimit-above".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == 
  iptables v1.8.9 (nf_tables): You must specify "--connlimit-above" or "--connlimit-upto".
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for v in "--set" "--rcheck --seconds 60" "--update --seconds 60 --hitcount 3" "--remove --name foo" "--rcheck --seconds 0" "--rcheck --hitcount 0" "--rcheck --reap --seconds 10" "--rcheck --reap" "--set --rsource --name x" "--set --rdest --mask 255.255.0.0" "--set --rcheck" "--rcheck --hitcount 256" "--rttl --rcheck" "--seconds 5" "--set --name abcdefghijklmnopqrstuvwxyzabcdefghij" ""; do echo "== $v"; iptables -A t -m recent $v 2>&1; echo $?; done
  == --set
  0
  == --rcheck --seconds 60
  0
  == --update --seconds 60 --hitcount 3
  0
  == --remove --name foo
  0
  == --rcheck --seconds 0
  iptables v1.8.9 (nf_tables): recent: bad value for option "--seconds", or out of range (1-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --rcheck --hitcount 0
  0
  == --rcheck --reap --seconds 10
  0
  == --rcheck --reap
  iptables v1.8.9 (nf_tables): recent: option "--reap" also requires "--seconds".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --set --rsource --name x
  0
  == --set --rdest --mask 255.255.0.0
  0
  == --set --rcheck
  iptables v1.8.9 (nf_tables): recent: option "--set" cannot be used together with "--rcheck".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --rcheck --hitcount 256
  0
  == --rttl --rcheck
  0
  == --seconds 5
  iptables v1.8.9 (nf_tables): recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  == --set --name abcdefghijklmnopqrstuvwxyzabcdefghij
  0
  == 
  iptables v1.8.9 (nf_tables): recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S t
  -N t
  -A t -m conntrack --ctstate NEW,DNAT
  -A t -m conntrack --ctstate SNAT,DNAT
  -A t -m conntrack --ctstate NEW
  -A t -m conntrack --ctstatus NONE
  -A t -m conntrack --ctstatus EXPECTED,CONFIRMED
  -A t -m conntrack --ctproto 17
  -A t -m conntrack --ctproto 0
  -A t -m conntrack --ctdir ORIGINAL
  -A t -m conntrack --ctdir ORIGINAL
  -A t -m conntrack --ctexpire 0
  -A t -m conntrack --ctexpire 4294967295
  -A t -m conntrack --ctexpire 5:3
  -A t -m conntrack --ctexpire 0:5
  -A t -m conntrack --ctexpire 5:4294967295
  -A t -m conntrack --ctorigsrcport 80
  -A t -m conntrack --ctorigsrcport 80:90
  -A t -m conntrack --ctorigsrcport 90:80
  -A t -m conntrack --ctorigsrcport 0
  -A t -m conntrack --ctorigsrcport 80
  -A t -m conntrack --ctrepldstport 1:65535
  -A t -m conntrack --ctorigsrc 1.2.3.4
  -A t -m conntrack --ctorigdst 10.0.0.0/8
  -A t -m connmark --mark 0x5
  -A t -m connmark --mark 0x5/0xf
  -A t -m connmark ! --mark 0xffffffff
  -A t -m connbytes --connbytes 10 --connbytes-mode bytes --connbytes-dir original
  -A t -m connbytes --connbytes 0:5 --connbytes-mode avgpkt --connbytes-dir reply
  -A t -m connlimit --connlimit-above 2 --connlimit-mask 32 --connlimit-saddr
  -A t -m connlimit --connlimit-upto 2 --connlimit-mask 32 --connlimit-saddr
  -A t -m connlimit --connlimit-above 2 --connlimit-mask 24 --connlimit-saddr
  -A t -m connlimit --connlimit-above 2 --connlimit-mask 32 --connlimit-saddr
  -A t -m connlimit --connlimit-above 2 --connlimit-mask 32 --connlimit-daddr
  -A t -m connlimit --connlimit-above 2 --connlimit-mask 0 --connlimit-saddr
  -A t -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --rcheck --seconds 60 --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --update --seconds 60 --hitcount 3 --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --remove --name foo --mask 255.255.255.255 --rsource
  -A t -m recent --rcheck --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --rcheck --seconds 10 --reap --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --set --name x --mask 255.255.255.255 --rsource
  -A t -m recent --set --name DEFAULT --mask 255.255.0.0 --rdest
  -A t -m recent --rcheck --hitcount 256 --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --rcheck --rttl --name DEFAULT --mask 255.255.255.255 --rsource
  -A t -m recent --set --name abcdefghijklmnopqrstuvwxyzabcdefghij --mask 255.255.255.255 --rsource
  $ iptables -L t -n
  Chain t (0 references)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0            ctstate NEW,DNAT
             0    --  0.0.0.0/0            0.0.0.0/0            ctstate SNAT,DNAT
             0    --  0.0.0.0/0            0.0.0.0/0            ctstate NEW
             0    --  0.0.0.0/0            0.0.0.0/0            ctstatus NONE
             0    --  0.0.0.0/0            0.0.0.0/0            ctstatus EXPECTED,CONFIRMED
             0    --  0.0.0.0/0            0.0.0.0/0            ctproto 17
             0    --  0.0.0.0/0            0.0.0.0/0            ctproto 0
             0    --  0.0.0.0/0            0.0.0.0/0            ctdir ORIGINAL
             0    --  0.0.0.0/0            0.0.0.0/0            ctdir ORIGINAL
             0    --  0.0.0.0/0            0.0.0.0/0            ctexpire 0
             0    --  0.0.0.0/0            0.0.0.0/0            ctexpire 4294967295
             0    --  0.0.0.0/0            0.0.0.0/0            ctexpire 5:3
             0    --  0.0.0.0/0            0.0.0.0/0            ctexpire 0:5
             0    --  0.0.0.0/0            0.0.0.0/0            ctexpire 5:4294967295
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrcport 80
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrcport 80:90
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrcport 90:80
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrcport 0
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrcport 80
             0    --  0.0.0.0/0            0.0.0.0/0            ctrepldstport 1:65535
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigsrc 1.2.3.4
             0    --  0.0.0.0/0            0.0.0.0/0            ctorigdst 10.0.0.0/8
             0    --  0.0.0.0/0            0.0.0.0/0            connmark match  0x5
             0    --  0.0.0.0/0            0.0.0.0/0            connmark match  0x5/0xf
             0    --  0.0.0.0/0            0.0.0.0/0            connmark match ! 0xffffffff
             0    --  0.0.0.0/0            0.0.0.0/0            connbytes 10 connbytes mode bytes connbytes direction original
             0    --  0.0.0.0/0            0.0.0.0/0            connbytes 0:5 connbytes mode avgpkt connbytes direction reply
             0    --  0.0.0.0/0            0.0.0.0/0            #conn src/32 > 2
             0    --  0.0.0.0/0            0.0.0.0/0            #conn src/32 <= 2
             0    --  0.0.0.0/0            0.0.0.0/0            #conn src/24 > 2
             0    --  0.0.0.0/0            0.0.0.0/0            #conn src/32 > 2
             0    --  0.0.0.0/0            0.0.0.0/0            #conn dst/32 > 2
             0    --  0.0.0.0/0            0.0.0.0/0            #conn src/0 > 2
             0    --  0.0.0.0/0            0.0.0.0/0            recent: SET name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: CHECK seconds: 60 name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: UPDATE seconds: 60 hit_count: 3 name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: REMOVE name: foo side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: CHECK name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: CHECK seconds: 10 reap name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: SET name: x side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: SET name: DEFAULT side: dest mask: 255.255.0.0
             0    --  0.0.0.0/0            0.0.0.0/0            recent: CHECK hit_count: 256 name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: CHECK TTL-Match name: DEFAULT side: source mask: 255.255.255.255
             0    --  0.0.0.0/0            0.0.0.0/0            recent: SET name: abcdefghijklmnopqrstuvwxyzabcdefghij side: source mask: 255.255.255.255
