The owner match over a whole TCP connection on loopback: which of the segments (SYN, SYN-ACK, data, FINs, a reset from a closed port) have an owning socket, counted per rule (the last ACK goes from the orphaned socket or from TIME_WAIT's control socket, as the race goes); and TCPMSS clamping the MSS of locally generated SYNs in OUTPUT/POSTROUTING.
  $ ip link set lo up
  $ iptables -A OUTPUT -p tcp -m owner --socket-exists -j ACCEPT
  $ iptables -A OUTPUT -p tcp -m owner ! --socket-exists -j ACCEPT
  $ sh -c 'nc -l -p 5000 > got.out & sleep 0.3'
  $ echo hello | nc -N -w 2 127.0.0.1 5000
  $ sleep 0.5; cat got.out
  hello
  $ iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  ^ +[78] +(386|438) ACCEPT     6    --  \*      \*       0\.0\.0\.0/0            0\.0\.0\.0/0            owner socket exists$ (re)
  ^ +[01] +(0|52) ACCEPT     6    --  \*      \*       0\.0\.0\.0/0            0\.0\.0\.0/0            ! owner socket exists$ (re)
  $ iptables -Z
  $ nc -z -w 1 127.0.0.1 5001; echo $?
  1
  $ iptables -L OUTPUT -n -v -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      100 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            owner socket exists
         0        0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            ! owner socket exists
  $ iptables -F
  $ iptables -t mangle -A POSTROUTING -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
  $ iptables -t mangle -A OUTPUT -p tcp --syn -j TCPMSS --set-mss 1000
  $ iptables -A INPUT -p tcp --syn -m tcpmss --mss 1000 -j ACCEPT
  $ iptables -A INPUT -p tcp --syn -m tcpmss --mss 65495 -j ACCEPT
  $ iptables -A INPUT -p tcp --syn -j ACCEPT
  $ nc -z -w 1 127.0.0.1 5001; echo $?
  1
  $ iptables -t mangle -D OUTPUT 1
  $ nc -z -w 1 127.0.0.1 5001; echo $?
  1
  $ iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 tcpmss match 1000
         1       60 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 tcpmss match 65495
         0        0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02
  $ iptables -t mangle -L -n -v -x | grep TCPMSS
         2      120 TCPMSS     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 TCPMSS clamp to PMTU
