iptables: LOG levels and flags as listed and saved, -Z beside -L/-S, verbose zeroing, command clashes, names of addresses without -n.
  $ for l in emerg alert crit err error warn warning notice info debug panic 0 7 8 bogus; do iptables -A INPUT -j LOG --log-level $l; done
  iptables v1.8.9 (nf_tables): log level "err" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): log level "warn" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): log level "8" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): log level "bogus" unknown
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  LOG        all  --  anywhere             anywhere             LOG level emerg
  LOG        all  --  anywhere             anywhere             LOG level alert
  LOG        all  --  anywhere             anywhere             LOG level crit
  LOG        all  --  anywhere             anywhere             LOG level err
  LOG        all  --  anywhere             anywhere             LOG level warn
  LOG        all  --  anywhere             anywhere             LOG level notice
  LOG        all  --  anywhere             anywhere             LOG level info
  LOG        all  --  anywhere             anywhere             LOG level debug
  LOG        all  --  anywhere             anywhere             LOG level emerg
  LOG        all  --  anywhere             anywhere             LOG level emerg
  LOG        all  --  anywhere             anywhere             LOG level debug
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -j LOG --log-level 0
  -A INPUT -j LOG --log-level 1
  -A INPUT -j LOG --log-level 2
  -A INPUT -j LOG --log-level 3
  -A INPUT -j LOG
  -A INPUT -j LOG --log-level 5
  -A INPUT -j LOG --log-level 6
  -A INPUT -j LOG --log-level 7
  -A INPUT -j LOG --log-level 0
  -A INPUT -j LOG --log-level 0
  -A INPUT -j LOG --log-level 7
  $ iptables -F INPUT
  $ iptables -A INPUT -j LOG --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode --log-level 6
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  LOG        all  --  anywhere             anywhere             LOG level info tcp-sequence tcp-options ip-options uid macdecode
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  LOG        0    --  0.0.0.0/0            0.0.0.0/0            LOG flags 47 level 6
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -j LOG --log-level 6 --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
  $ iptables -A INPUT -s 127.0.0.1 -d 127.0.0.0/8 -j ACCEPT
  $ iptables -A INPUT -s 169.254.0.0/16 ! -d 0.0.0.0/32 -j ACCEPT
  $ iptables -A INPUT -s 10.1.2.3 -d 127.0.0.2 -j ACCEPT
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  LOG        all  --  anywhere             anywhere             LOG level info tcp-sequence tcp-options ip-options uid macdecode
  ACCEPT     all  --  localhost            loopback/8          
  ACCEPT     all  --  link-local/16       !default             
  ACCEPT     all  --  10.1.2.3             127.0.0.2           
  $ iptables -L INPUT 2
  ACCEPT     all  --  localhost            loopback/8          
  $ ip link set lo up
  $ ping -c 2 -i 0.2 127.0.0.1 > /dev/null
  $ iptables -L INPUT -v -x | sed -E 's/^ +[0-9]+ +[0-9]+ / N B /'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
   N B LOG        all  --  any    any     anywhere             anywhere             LOG level info tcp-sequence tcp-options ip-options uid macdecode
   N B ACCEPT     all  --  any    any     localhost            loopback/8          
   N B ACCEPT     all  --  any    any     link-local/16       !default             
   N B ACCEPT     all  --  any    any     10.1.2.3             127.0.0.2           
  $ iptables -L INPUT -v -Z | sed -E 's/^ +[0-9]+ +[0-9]+ / N B /'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
   N B LOG        all  --  any    any     anywhere             anywhere             LOG level info tcp-sequence tcp-options ip-options uid macdecode
   N B ACCEPT     all  --  any    any     localhost            loopback/8          
   N B ACCEPT     all  --  any    any     link-local/16       !default             
   N B ACCEPT     all  --  any    any     10.1.2.3             127.0.0.2           
  Zeroing chain `INPUT'
  $ iptables -L INPUT -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 LOG        all  --  any    any     anywhere             anywhere             LOG level info tcp-sequence tcp-options ip-options uid macdecode
         0        0 ACCEPT     all  --  any    any     localhost            loopback/8          
         0        0 ACCEPT     all  --  any    any     link-local/16       !default             
         0        0 ACCEPT     all  --  any    any     10.1.2.3             127.0.0.2           
  $ ping -c 1 127.0.0.1 > /dev/null
  $ iptables -S INPUT -Z -v | sed -E 's/-c [0-9]+ [0-9]+/-c N B/'
  -P INPUT ACCEPT -c N B
  -A INPUT -c N B -j LOG --log-level 6 --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
  -A INPUT -s 127.0.0.1/32 -d 127.0.0.0/8 -c N B -j ACCEPT
  -A INPUT -s 169.254.0.0/16 ! -d 0.0.0.0/32 -c N B -j ACCEPT
  -A INPUT -s 10.1.2.3/32 -d 127.0.0.2/32 -c N B -j ACCEPT
  Zeroing chain `INPUT'
  $ iptables -S -v INPUT
  Bad argument `INPUT'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -Z -v
  Zeroing chain `INPUT'
  $ iptables -Z INPUT -v
  Zeroing chain `INPUT'
  $ iptables -N x
  $ iptables -Z -v
  Zeroing chain `INPUT'
  Zeroing chain `x'
  $ iptables -L -Z
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  LOG        all  --  anywhere             anywhere             LOG level info tcp-sequence tcp-options ip-options uid macdecode
  ACCEPT     all  --  localhost            loopback/8          
  ACCEPT     all  --  link-local/16       !default             
  ACCEPT     all  --  10.1.2.3             127.0.0.2           
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain x (0 references)
  target     prot opt source               destination         
  $ iptables -Z -L FORWARD
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -A INPUT -D INPUT
  iptables v1.8.9 (nf_tables): Cannot use -D with -A
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L -F
  iptables v1.8.9 (nf_tables): Cannot use -F with -L
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -S -L
  iptables v1.8.9 (nf_tables): Cannot use -L with -S
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -Z -S FORWARD
  -P FORWARD ACCEPT
