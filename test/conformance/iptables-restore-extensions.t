iptables-restore and iptables-save round trip of the newer extensions (owner, tcpmss, TCPMSS, connlimit, hashlimit, u32, quota, rpfilter, time, connbytes, NETMAP), with counters; a bad line stops the restore at its line number.
  $ cat > rules.v4 <<'X'
  > *raw
  > :PREROUTING ACCEPT [0:0]
  > :OUTPUT ACCEPT [0:0]
  > -A PREROUTING -m rpfilter --invert -j DROP
  > COMMIT
  > *mangle
  > :PREROUTING ACCEPT [0:0]
  > :INPUT ACCEPT [0:0]
  > :FORWARD ACCEPT [0:0]
  > :OUTPUT ACCEPT [0:0]
  > :POSTROUTING ACCEPT [0:0]
  > -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  > -A POSTROUTING -m owner --uid-owner 0 -j ACCEPT
  > COMMIT
  > *filter
  > :INPUT DROP [5:300]
  > :FORWARD ACCEPT [0:0]
  > :OUTPUT ACCEPT [0:0]
  > -A INPUT -p tcp -m tcp --dport 22 -m connlimit --connlimit-above 3 --connlimit-mask 24 -j REJECT --reject-with tcp-reset
  > -A INPUT -p icmp -m hashlimit --hashlimit-upto 2/sec --hashlimit-burst 4 --hashlimit-mode srcip --hashlimit-name icmp -j ACCEPT
  > -A INPUT -m u32 --u32 "0>>22&0x3C@0>>24=8" -j ACCEPT
  > [7:700] -A INPUT -m quota --quota 1048576 -j ACCEPT
  > -A INPUT -p tcp -m tcpmss --mss 1:500 -j DROP
  > -A INPUT -m time --timestart 08:00 --timestop 18:00 --weekdays Mon,Tue,Wed,Thu,Fri -j ACCEPT
  > -A INPUT -m connbytes --connbytes 1000000: --connbytes-dir both --connbytes-mode bytes -j DROP
  > -A OUTPUT -m owner ! --socket-exists -j ACCEPT
  > COMMIT
  > *nat
  > :PREROUTING ACCEPT [0:0]
  > :INPUT ACCEPT [0:0]
  > :OUTPUT ACCEPT [0:0]
  > :POSTROUTING ACCEPT [0:0]
  > -A PREROUTING -d 10.1.0.0/16 -j NETMAP --to 10.2.0.0/16
  > COMMIT
  > X
  $ iptables-restore --counters < rules.v4; echo $?
  0
  $ iptables-save -c | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  [0:0] -A POSTROUTING -m owner --uid-owner 0 -j ACCEPT
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A PREROUTING -m rpfilter --invert -j DROP
  COMMIT
  *filter
  :INPUT DROP [5:300]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -p tcp -m tcp --dport 22 -m connlimit --connlimit-above 3 --connlimit-mask 24 --connlimit-saddr -j REJECT --reject-with tcp-reset
  [0:0] -A INPUT -p icmp -m hashlimit --hashlimit-upto 2/sec --hashlimit-burst 4 --hashlimit-mode srcip --hashlimit-name icmp -j ACCEPT
  [0:0] -A INPUT -m u32 --u32 "0x0>>0x16&0x3c@0x0>>0x18=0x8" -j ACCEPT
  [7:700] -A INPUT -m quota --quota 1048576 -j ACCEPT
  [0:0] -A INPUT -p tcp -m tcpmss --mss 1:500 -j DROP
  [0:0] -A INPUT -m time --timestart 08:00:00 --timestop 18:00:00 --weekdays Mon,Tue,Wed,Thu,Fri --datestop 2038-01-19T03:14:07 -j ACCEPT
  [0:0] -A INPUT -m connbytes --connbytes 1000000 --connbytes-mode bytes --connbytes-dir both -j DROP
  [0:0] -A OUTPUT -m owner ! --socket-exists -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A PREROUTING -d 10.1.0.0/16 -j NETMAP --to 10.2.0.0/16
  COMMIT
  $ iptables -L INPUT -n -v
  Chain INPUT (policy DROP 5 packets, 300 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:22 #conn src/24 > 3 reject-with tcp-reset
      0     0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 2/sec burst 4 mode srcip
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            u32 "0x0>>0x16&0x3c@0x0>>0x18=0x8"
      7   700 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            quota: 1048576 bytes
      0     0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcpmss match 1:500
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME from 08:00:00 to 18:00:00 on Mon,Tue,Wed,Thu,Fri UTC
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            connbytes 1000000 connbytes mode bytes connbytes direction both
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -d 10.1.0.0/16 -j NETMAP --to 10.2.0.0/16
  $ cat > bad.v4 <<'X'
  > *filter
  > -A INPUT -m u32 --u32 "6=1&&" -j ACCEPT
  > COMMIT
  > X
  $ iptables-restore < bad.v4; echo $?
  iptables-restore v1.8.9 (nf_tables): u32: abrupt end of input after location specifier
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  $ cat > bad2.v4 <<'X'
  > *filter
  > -A INPUT -m owner --uid-owner 0 -j ACCEPT
  > COMMIT
  > X
  $ iptables-restore < bad2.v4; echo $?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  4
  $ iptables -S INPUT | wc -l
  8
