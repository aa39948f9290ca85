Counter views after big fragmented traffic through a NAT router (IPv6 off, so nothing else moves): iptables -L -v with K/M units against -x, ip -s and -s -s and -h link on both legs, /proc/net/dev, and the router's Ip/Icmp lines of /proc/net/snmp.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ for n in h1 r h2; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec r iptables -A FORWARD -i r0
  $ ip netns exec r iptables -A FORWARD -o r0
  $ ip netns exec h1 ping -c 20 -i 0.05 -s 9000 -q 203.0.113.2 | sed -n 3,4p | sed -E 's/time [0-9]+ms/time Tms/'
  --- 203.0.113.2 ping statistics ---
  20 packets transmitted, 20 received, 0% packet loss, time Tms
  $ ip netns exec h1 ping -c 3 -i 0.05 -s 60000 -q 203.0.113.2 | sed -n 3p | sed -E 's/time [0-9]+ms/time Tms/'
  --- 203.0.113.2 ping statistics ---
  $ ip netns exec r iptables -L FORWARD -v
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
     23  361K            all  --  r0     any     anywhere             anywhere            
     23  361K            all  --  any    r0      anywhere             anywhere            
  $ ip netns exec r iptables -L FORWARD -v -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
        23   360644            all  --  r0     any     anywhere             anywhere            
        23   360644            all  --  any    r0      anywhere             anywhere            
  $ ip netns exec r iptables -t nat -L POSTROUTING -v
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2 69056 MASQUERADE  all  --  any    r1      anywhere             anywhere            
  $ ip netns exec r iptables -L FORWARD -v -Z | sed -n 3,4p
     23  361K            all  --  r0     any     anywhere             anywhere            
     23  361K            all  --  any    r0      anywhere             anywhere            
  $ ip netns exec r iptables -L FORWARD -v | sed -n 3,4p
      0     0            all  --  r0     any     anywhere             anywhere            
      0     0            all  --  any    r0      anywhere             anywhere            
  $ ip -n r -s link show r1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
          369168     264      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          369168     264      0       0       0       0 
  $ ip -n r -s -s link show r1 | sed -n 3,10p
      RX:  bytes packets errors dropped  missed   mcast           
          369168     264      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
          369168     264      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n r -s -h link show r0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            369k     264      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            369k     264      0       0       0       0 
  $ ip netns exec r cat /proc/net/dev | grep -E 'r0|r1' | sort
      r0:  369168     264    0    0    0     0          0         0   369168     264    0    0    0     0       0          0
      r1:  369168     264    0    0    0     0          0         0   369168     264    0    0    0     0       0          0
  $ ip netns exec r sh -c 'grep -E "^(Ip|Icmp):" /proc/net/snmp'
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 526 0 0 46 0 0 0 0 0 0 0 526 46 0 46 0 526 526
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  $ ip netns exec h2 nstat -az IpReasmReqds IpReasmOKs IpFragCreates IpFragOKs
  #kernel
  IpReasmReqds                    263                0.0
  IpReasmOKs                      23                 0.0
  IpFragOKs                       23                 0.0
  IpFragCreates                   263                0.0
