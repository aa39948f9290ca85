Every form of the mark targets and matches a policy-routing lab writes (MARK set/xset/and/or/xor, CONNMARK set/save/restore with masks, mark and connmark matches with masks and negation) as -L, -L -n -v, -S, iptables-save and nft list ruleset print them.
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark 0x1
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark 0x2/0xff
  $ iptables -t mangle -A PREROUTING -j MARK --set-xmark 0x3/0xf0
  $ iptables -t mangle -A PREROUTING -j MARK --and-mark 0xffff00ff
  $ iptables -t mangle -A PREROUTING -j MARK --or-mark 0x10
  $ iptables -t mangle -A PREROUTING -j MARK --xor-mark 0x20
  $ iptables -t mangle -A PREROUTING -j MARK --set-mark 0
  $ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x4
  $ iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x4/0xf
  $ iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x5/0x7
  $ iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xf
  $ iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0x8
  $ iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0x8
  $ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
  $ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff
  $ iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff00
  $ iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xf0
  $ iptables -t mangle -A PREROUTING -m mark --mark 0x1 -j ACCEPT
  $ iptables -t mangle -A PREROUTING -m mark ! --mark 0x1/0xf -j ACCEPT
  $ iptables -t mangle -A PREROUTING -m connmark --mark 0x2 -j RETURN
  $ iptables -t mangle -A PREROUTING -m connmark ! --mark 0x0/0xffff0000
  $ iptables -t mangle -A PREROUTING -m mark --mark 0xffffffff -m connmark --mark 0xffffffff/0xffffffff
  $ iptables -t mangle -L PREROUTING
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  MARK       all  --  anywhere             anywhere             MARK set 0x1
  MARK       all  --  anywhere             anywhere             MARK xset 0x2/0xff
  MARK       all  --  anywhere             anywhere             MARK xset 0x3/0xf0
  MARK       all  --  anywhere             anywhere             MARK and 0xffff00ff
  MARK       all  --  anywhere             anywhere             MARK or 0x10
  MARK       all  --  anywhere             anywhere             MARK xor 0x20
  MARK       all  --  anywhere             anywhere             MARK and 0x0
  CONNMARK   all  --  anywhere             anywhere             CONNMARK set 0x4
  CONNMARK   all  --  anywhere             anywhere             CONNMARK xset 0x4/0xf
  CONNMARK   all  --  anywhere             anywhere             CONNMARK xset 0x5/0x7
  CONNMARK   all  --  anywhere             anywhere             CONNMARK and 0xf
  CONNMARK   all  --  anywhere             anywhere             CONNMARK or 0x8
  CONNMARK   all  --  anywhere             anywhere             CONNMARK xor 0x8
  CONNMARK   all  --  anywhere             anywhere             CONNMARK save
  CONNMARK   all  --  anywhere             anywhere             CONNMARK save mask 0xff
  CONNMARK   all  --  anywhere             anywhere             CONNMARK restore mask 0xff00
  CONNMARK   all  --  anywhere             anywhere             CONNMARK save nfmask 0xf ctmask ~0xf0
  ACCEPT     all  --  anywhere             anywhere             mark match 0x1
  ACCEPT     all  --  anywhere             anywhere             mark match ! 0x1/0xf
  RETURN     all  --  anywhere             anywhere             connmark match  0x2
             all  --  anywhere             anywhere             connmark match ! 0x0/0xffff0000
             all  --  anywhere             anywhere             mark match 0xffffffff connmark match  0xffffffff
  $ iptables -t mangle -L PREROUTING -n -v --line-numbers
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK set 0x1
  2        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK xset 0x2/0xff
  3        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK xset 0x3/0xf0
  4        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK and 0xffff00ff
  5        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK or 0x10
  6        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK xor 0x20
  7        0     0 MARK       0    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK and 0x0
  8        0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK set 0x4
  9        0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK xset 0x4/0xf
  10       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK xset 0x5/0x7
  11       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK and 0xf
  12       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK or 0x8
  13       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK xor 0x8
  14       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK save
  15       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK save mask 0xff
  16       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK restore mask 0xff00
  17       0     0 CONNMARK   0    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK save nfmask 0xf ctmask ~0xf0
  18       0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x1
  19       0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match ! 0x1/0xf
  20       0     0 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match  0x2
  21       0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            connmark match ! 0x0/0xffff0000
  22       0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0xffffffff connmark match  0xffffffff
  $ iptables -t mangle -S PREROUTING
  -P PREROUTING ACCEPT
  -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  -A PREROUTING -j MARK --set-xmark 0x2/0xff
  -A PREROUTING -j MARK --set-xmark 0x3/0xf0
  -A PREROUTING -j MARK --set-xmark 0x0/0xff00
  -A PREROUTING -j MARK --set-xmark 0x10/0x10
  -A PREROUTING -j MARK --set-xmark 0x20/0x0
  -A PREROUTING -j MARK --set-xmark 0x0/0xffffffff
  -A PREROUTING -j CONNMARK --set-xmark 0x4/0xffffffff
  -A PREROUTING -j CONNMARK --set-xmark 0x4/0xf
  -A PREROUTING -j CONNMARK --set-xmark 0x5/0x7
  -A PREROUTING -j CONNMARK --set-xmark 0x0/0xfffffff0
  -A PREROUTING -j CONNMARK --set-xmark 0x8/0x8
  -A PREROUTING -j CONNMARK --set-xmark 0x8/0x0
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff00 --ctmask 0xff00
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xf0
  -A PREROUTING -m mark --mark 0x1 -j ACCEPT
  -A PREROUTING -m mark ! --mark 0x1/0xf -j ACCEPT
  -A PREROUTING -m connmark --mark 0x2 -j RETURN
  -A PREROUTING -m connmark ! --mark 0x0/0xffff0000
  -A PREROUTING -m mark --mark 0xffffffff -m connmark --mark 0xffffffff
  $ iptables-save -t mangle | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  -A PREROUTING -j MARK --set-xmark 0x2/0xff
  -A PREROUTING -j MARK --set-xmark 0x3/0xf0
  -A PREROUTING -j MARK --set-xmark 0x0/0xff00
  -A PREROUTING -j MARK --set-xmark 0x10/0x10
  -A PREROUTING -j MARK --set-xmark 0x20/0x0
  -A PREROUTING -j MARK --set-xmark 0x0/0xffffffff
  -A PREROUTING -j CONNMARK --set-xmark 0x4/0xffffffff
  -A PREROUTING -j CONNMARK --set-xmark 0x4/0xf
  -A PREROUTING -j CONNMARK --set-xmark 0x5/0x7
  -A PREROUTING -j CONNMARK --set-xmark 0x0/0xfffffff0
  -A PREROUTING -j CONNMARK --set-xmark 0x8/0x8
  -A PREROUTING -j CONNMARK --set-xmark 0x8/0x0
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xff
  -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff00 --ctmask 0xff00
  -A PREROUTING -j CONNMARK --save-mark --nfmask 0xf --ctmask 0xf0
  -A PREROUTING -m mark --mark 0x1 -j ACCEPT
  -A PREROUTING -m mark ! --mark 0x1/0xf -j ACCEPT
  -A PREROUTING -m connmark --mark 0x2 -j RETURN
  -A PREROUTING -m connmark ! --mark 0x0/0xffff0000
  -A PREROUTING -m mark --mark 0xffffffff -m connmark --mark 0xffffffff
  COMMIT
  $ nft list chain ip mangle PREROUTING
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  table ip mangle {
  	chain PREROUTING {
  		type filter hook prerouting priority mangle; policy accept;
  		counter packets 0 bytes 0 meta mark set 0x1
  		counter packets 0 bytes 0 meta mark set mark and 0xffffff00 xor 0x2
  		counter packets 0 bytes 0 meta mark set mark and 0xffffff0f xor 0x3
  		counter packets 0 bytes 0 meta mark set mark and 0xffff00ff
  		counter packets 0 bytes 0 meta mark set mark or 0x10
  		counter packets 0 bytes 0 meta mark set mark xor 0x20
  		counter packets 0 bytes 0 meta mark set 0x0
  		counter packets 0 bytes 0 ct mark set 0x4
  		counter packets 0 bytes 0 ct mark set ct mark xor 0x4 and 0xfffffff0
  		counter packets 0 bytes 0 ct mark set ct mark xor 0x5 and 0xfffffff8
  		counter packets 0 bytes 0 ct mark set ct mark and 0xf
  		counter packets 0 bytes 0 ct mark set ct mark or 0x8
  		counter packets 0 bytes 0 ct mark set ct mark xor 0x8
  		counter packets 0 bytes 0 ct mark set mark
  		counter packets 0 bytes 0 ct mark set mark and 0xff
  		counter packets 0 bytes 0 meta mark set ct mark and 0xff00
  		counter packets 0 bytes 0 xt target CONNMARK
  		meta mark 0x00000001 counter packets 0 bytes 0 accept
  		meta mark & 0x0000000f != 0x00000001 counter packets 0 bytes 0 accept
  		ct mark 0x2 counter packets 0 bytes 0 return
  		ct mark and 0xffff0000 != 0x0 counter packets 0 bytes 0
  		meta mark 0xffffffff ct mark 0xffffffff counter packets 0 bytes 0
  	}
  }
  $ iptables -t mangle -D PREROUTING -j MARK --set-mark 0x2/0xff
  $ iptables -t mangle -D PREROUTING -j CONNMARK --save-mark --mask 0xff
  $ iptables -t mangle -D PREROUTING -m mark ! --mark 0x1/0xf -j ACCEPT
  $ iptables -t mangle -C PREROUTING -j MARK --or-mark 0x10; echo $?
  0
  $ iptables -t mangle -C PREROUTING -j MARK --or-mark 0x11; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ iptables -t mangle -S PREROUTING | wc -l
  20
