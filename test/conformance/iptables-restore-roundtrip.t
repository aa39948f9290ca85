iptables-save -c | iptables-restore -c round trips after traffic: rule and policy counters survive, the listings (-L --line-numbers -v -x, -S) match before and after; a save restored without -c starts the counters at zero.
  $ ip link set lo up
  $ iptables -N icmpin
  $ iptables -A icmpin -p icmp --icmp-type echo-request -j ACCEPT
  $ iptables -A INPUT -i lo -p icmp -j icmpin
  $ iptables -A INPUT -i lo -j ACCEPT
  $ iptables -A OUTPUT -o lo -p icmp -m comment --comment "out ping" -j ACCEPT
  $ iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 1
  $ ping -c 3 -i 0.2 -q 127.0.0.1 > /dev/null; echo rc=$?
  rc=0
  $ iptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           6      504 icmpin     1    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  2           3      252 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           6      504 ACCEPT     1    --  *      lo      0.0.0.0/0            0.0.0.0/0            /* out ping */
  
  Chain icmpin (1 references)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           3      252 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ iptables-save -c > saved
  $ grep -v '^#' saved
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [6:504] -A OUTPUT -p icmp -j MARK --set-xmark 0x1/0xffffffff
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :icmpin - [0:0]
  [6:504] -A INPUT -i lo -p icmp -j icmpin
  [3:252] -A INPUT -i lo -j ACCEPT
  [6:504] -A OUTPUT -o lo -p icmp -m comment --comment "out ping" -j ACCEPT
  [3:252] -A icmpin -p icmp -m icmp --icmp-type 8 -j ACCEPT
  COMMIT
  $ iptables -F; iptables -X; iptables -t mangle -F
  $ iptables-restore -c < saved; echo rc=$?
  rc=0
  $ iptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           6      504 icmpin     1    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  2           3      252 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           6      504 ACCEPT     1    --  *      lo      0.0.0.0/0            0.0.0.0/0            /* out ping */
  
  Chain icmpin (1 references)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           3      252 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ iptables-save -c | grep -v '^#' > again
  $ [ "$(grep -v '^#' saved)" = "$(cat again)" ] && echo same
  same
  $ iptables-restore < saved; echo rc=$?
  rc=0
  $ iptables -L INPUT -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 icmpin     1    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  2           0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -S -v
  -P INPUT ACCEPT -c 0 0
  -P FORWARD ACCEPT -c 0 0
  -P OUTPUT ACCEPT -c 0 0
  -N icmpin
  -A INPUT -i lo -p icmp -c 0 0 -j icmpin
  -A INPUT -i lo -c 0 0 -j ACCEPT
  -A OUTPUT -o lo -p icmp -m comment --comment "out ping" -c 0 0 -j ACCEPT
  -A icmpin -p icmp -m icmp --icmp-type 8 -c 0 0 -j ACCEPT
  $ iptables -t mangle -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 MARK       1    --  *      *       0.0.0.0/0            0.0.0.0/0            MARK set 0x1
  $ iptables-save -c -t mangle | sed -n 's/^\[\([0-9]*\):.*/\1/p'
  0
  $ printf '*filter\n:INPUT ACCEPT [4:336]\n[2:168] -A INPUT -p icmp -j ACCEPT\nCOMMIT\n' | iptables-restore --counters --noflush; echo rc=$?
  rc=0
  $ iptables -L INPUT -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 4 packets, 336 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 icmpin     1    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  2           0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  3           2      168 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
