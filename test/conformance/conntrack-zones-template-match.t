A CT template seen by the raw table's later rules: the conntrack match takes it as a NEW connection (its ctinfo), its tuple fields are zero, its status CONFIRMED|TEMPLATE; after conntrack the packet has its real connection.
  $ ip link set lo up
  $ iptables -t raw -A OUTPUT -p udp -j CT --zone 4
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctstate NEW
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctstate INVALID
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctstate UNTRACKED
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctstatus CONFIRMED
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctorigsrc 0.0.0.0
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctdir ORIGINAL
  $ iptables -t raw -A OUTPUT -p udp -m conntrack --ctstate NEW --ctstatus ASSURED
  $ iptables -t raw -A OUTPUT -p udp -j CT --notrack
  $ iptables -t mangle -A OUTPUT -p udp -m conntrack --ctstate NEW
  $ iptables -t mangle -A OUTPUT -p udp -m conntrack --ctstate UNTRACKED
  $ printf x | nc -u -w1 -p 4000 127.0.0.1 9
  $ iptables -t raw -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       29 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            CT zone 4
         1       29            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
         1       29            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstatus CONFIRMED
         1       29            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctorigsrc 0.0.0.0
         1       29            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctdir ORIGINAL
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW ctstatus ASSURED
         1       29 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            CT notrack
  $ iptables -t mangle -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       29            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
         0        0            17   --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4000 dport=9 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=9 dport=4000 mark=0 zone=4 use=1
