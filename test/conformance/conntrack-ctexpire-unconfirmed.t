xt_conntrack --ctexpire: a new flow's first packet (before ipv4_confirm(), in OUTPUT and POSTROUTING) has nothing left (nf_ct_expires() of the relative timeout is 0); once confirmed, the seconds left.
  $ ip link set lo up
  $ iptables -A OUTPUT -m conntrack --ctexpire 0
  $ iptables -A OUTPUT -m conntrack --ctexpire 1:30
  $ iptables -A OUTPUT -m conntrack ! --ctexpire 0
  $ iptables -A OUTPUT -m conntrack --ctexpire 25:29
  $ iptables -A INPUT -m conntrack --ctexpire 0
  $ iptables -A INPUT -m conntrack --ctexpire 29:30
  $ iptables -t mangle -A POSTROUTING -m conntrack --ctexpire 0
  $ iptables -t mangle -A POSTROUTING -m conntrack --ctexpire 1:180
  $ iptables -t mangle -A PREROUTING -m conntrack --ctexpire 0
  $ iptables -t mangle -A PREROUTING -m conntrack --ctstate NEW --ctexpire 0
  $ ping -c 2 -i 0.2 127.0.0.1 >/dev/null; echo $?
  0
  $ echo hi | nc -u -w 1 -p 5000 127.0.0.1 5001; echo rc=$?
  rc=0
  $ iptables -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      115            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 0
         4      311            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 1:30
         4      311            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ! ctexpire 0
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 25:29
  $ iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 0
         6      426            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 29:30
  $ iptables -t mangle -L -v -n -x | grep ctexpire
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 0
         0        0            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW ctexpire 0
         2      115            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 0
         4      311            0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctexpire 1:180
  $ iptables -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -m conntrack --ctexpire 0
  -A OUTPUT -m conntrack --ctexpire 1:30
  -A OUTPUT -m conntrack ! --ctexpire 0
  -A OUTPUT -m conntrack --ctexpire 25:29
  $ iptables -A OUTPUT -m conntrack --ctexpire 5:1; echo $?
  0
  $ iptables -A OUTPUT -m conntrack --ctexpire 4294967295; echo $?
  0
  $ iptables -A OUTPUT -m conntrack --ctexpire 4294967296; echo $?
  iptables v1.8.9 (nf_tables): conntrack: bad value for option "--ctexpire" near "4294967296", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m conntrack --ctexpire :7; echo $?
  0
  $ iptables -A OUTPUT -m conntrack --ctexpire 7:; echo $?
  0
  $ iptables -S OUTPUT | tail -3
  -A OUTPUT -m conntrack --ctexpire 4294967295
  -A OUTPUT -m conntrack --ctexpire 0:7
  -A OUTPUT -m conntrack --ctexpire 7:4294967295
