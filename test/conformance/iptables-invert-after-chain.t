A "!" right after the chain of -I, -D, -L, -S, -Z, -F, -X is not a rule number or chain name (xs_has_arg() stops at it): it inverts the option that follows; -R still wants its number; -c's byte count likewise.
  $ iptables -I INPUT ! -s 192.168.1.0/24 -j ACCEPT; echo $?
  0
  $ iptables -I INPUT ! -p tcp -j DROP; echo $?
  0
  $ iptables -I INPUT 2 ! -d 10.0.0.1 -j RETURN; echo $?
  0
  $ iptables -A INPUT ! -i lo -j ACCEPT; echo $?
  0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT ! -p tcp -j DROP
  -A INPUT ! -d 10.0.0.1/32 -j RETURN
  -A INPUT ! -s 192.168.1.0/24 -j ACCEPT
  -A INPUT ! -i lo -j ACCEPT
  $ iptables -C INPUT ! -p tcp -j DROP; echo $?
  0
  $ iptables -D INPUT ! -p tcp -j DROP; echo $?
  0
  $ iptables -R INPUT ! -p udp -j DROP; echo $?
  iptables v1.8.9 (nf_tables): -R requires a rule number
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -R INPUT 1 ! -p udp -j DROP; echo $?
  0
  $ iptables -L INPUT ! -n; echo $?
  iptables v1.8.9 (nf_tables): cannot have ! before -n
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT ! 1; echo $?
  Bad argument `1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -Z INPUT ! -v; echo $?
  iptables v1.8.9 (nf_tables): cannot have ! before -v
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -F ! INPUT; echo $?
  Bad argument `INPUT'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -X ! FOO; echo $?
  Bad argument `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT -c 1 ! -j ACCEPT; echo $?
  iptables v1.8.9 (nf_tables): -c requires packet and byte counter
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -I INPUT -c 5 7 ! -s 1.2.3.4 -j ACCEPT; echo $?
  0
  $ iptables -N C1; iptables -I C1 ! -f -j RETURN; echo $?
  0
  $ iptables -t nat -I POSTROUTING ! -o lo -j MASQUERADE; echo $?
  0
  $ iptables -t nat -I PREROUTING ! -d 10.0.0.0/8 -p tcp --dport 80 -j REDIRECT --to-ports 8080; echo $?
  0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :C1 - [0:0]
  -A INPUT ! -s 1.2.3.4/32 -j ACCEPT
  -A INPUT ! -p udp -j DROP
  -A INPUT ! -s 192.168.1.0/24 -j ACCEPT
  -A INPUT ! -i lo -j ACCEPT
  -A C1 ! -f -j RETURN
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING ! -d 10.0.0.0/8 -p tcp -m tcp --dport 80 -j REDIRECT --to-ports 8080
  -A POSTROUTING ! -o lo -j MASQUERADE
  COMMIT
