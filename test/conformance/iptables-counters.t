iptables counters: per rule, -x exact, -Z, K/M units, --line-numbers.
  $ ip link set lo up
  $ iptables -A OUTPUT -p icmp -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
  $ iptables -A INPUT -p icmp
  $ ping -c 3 -i 0.2 -s 1400 127.0.0.1 >/dev/null
  $ iptables -L -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3  4284 ACCEPT     icmp --  any    any     anywhere             anywhere             icmp echo-request
      3  4284            icmp --  any    any     anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6  8568 ACCEPT     icmp --  any    any     anywhere             anywhere            
  $ iptables -L -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           3     4284 ACCEPT     icmp --  any    any     anywhere             anywhere             icmp echo-request
  2           3     4284            icmp --  any    any     anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           6     8568 ACCEPT     icmp --  any    any     anywhere             anywhere            
  $ iptables -L OUTPUT -v -n
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6  8568 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -Z INPUT
  $ iptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6  8568 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -Z
  $ iptables -L OUTPUT -n -v
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -S -v
  -P INPUT ACCEPT -c 0 0
  -P FORWARD ACCEPT -c 0 0
  -P OUTPUT ACCEPT -c 0 0
  -A INPUT -p icmp -m icmp --icmp-type 8 -c 0 0 -j ACCEPT
  -A INPUT -p icmp -c 0 0
  -A OUTPUT -p icmp -c 0 0 -j ACCEPT
  $ iptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
  [0:0] -A INPUT -p icmp
  [0:0] -A OUTPUT -p icmp -j ACCEPT
  COMMIT
