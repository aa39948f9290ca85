lo and the host's own addresses in other forms: a labelled 127.0.0.2 on lo in ip addr (plain, -br, -j), ip -d link of lo, the local table filtered by type, proto, dev and scope, netconf of lo, ping of 0, 127.1 and 0x7f000001, payload sizes 0 and 7, ttl 1, a pattern, -q, a TOS, localhost, a source that is not local, -I of a device without the address, -r (no routing) to a NIC address and to 127.0.0.1, and the counters of lo.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 127.0.0.2/8 dev lo label lo:1
  $ ip addr show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet 127.0.0.2/8 scope host secondary lo:1
         valid_lft forever preferred_lft forever
  $ ip -br addr show lo
  lo               UNKNOWN        127.0.0.1/8 127.0.0.2/8 
  $ ip -j -p addr show lo
  [ {
          "ifindex": 1,
          "ifname": "lo",
          "flags": [ "LOOPBACK","UP","LOWER_UP" ],
          "mtu": 65536,
          "qdisc": "noqueue",
          "operstate": "UNKNOWN",
          "group": "default",
          "txqlen": 1000,
          "link_type": "loopback",
          "address": "00:00:00:00:00:00",
          "broadcast": "00:00:00:00:00:00",
          "addr_info": [ {
                  "family": "inet",
                  "local": "127.0.0.1",
                  "prefixlen": 8,
                  "scope": "host",
                  "label": "lo",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              },{
                  "family": "inet",
                  "local": "127.0.0.2",
                  "prefixlen": 8,
                  "scope": "host",
                  "secondary": true,
                  "label": "lo:1",
                  "valid_life_time": 4294967295,
                  "preferred_life_time": 4294967295
              } ]
      } ]
  $ ip -d link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip route show table local type local proto kernel
  local 10.0.0.1 dev a0 scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo scope host src 127.0.0.1 
  local 127.0.0.1 dev lo scope host src 127.0.0.1 
  local 127.0.0.2 dev lo scope host src 127.0.0.1 
  $ ip route list table local dev lo
  local 127.0.0.0/8 proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 proto kernel scope host src 127.0.0.1 
  local 127.0.0.2 proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 proto kernel scope link src 127.0.0.1 
  $ ip -4 route show table local scope host
  local 10.0.0.1 dev a0 proto kernel src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel src 127.0.0.1 
  local 127.0.0.2 dev lo proto kernel src 127.0.0.1 
  $ ip netconf show dev lo
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ping -c 1 0 | grep -v rtt
  PING 0 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 0 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 127.1 | grep -v rtt
  PING 127.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 0x7f000001 | grep -v rtt
  PING 0x7f000001 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 0x7f000001 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -s 0 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 0(28) bytes of data.
  8 bytes from 127.0.0.1: icmp_seq=1 ttl=64
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -s 7 10.0.0.1 | grep -v rtt
  PING 10.0.0.1 (10.0.0.1) 7(35) bytes of data.
  15 bytes from 10.0.0.1: icmp_seq=1 ttl=64
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -t 1 10.0.0.1 | grep -v rtt
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -p ff -s 8 10.0.0.1 | grep -v rtt
  PATTERN: 0xff
  PING 10.0.0.1 (10.0.0.1) 8(36) bytes of data.
  16 bytes from 10.0.0.1: icmp_seq=1 ttl=64
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 2 -q -i 0.2 10.0.0.1 | grep -v rtt
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  
  --- 10.0.0.1 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -Q 0x10 10.0.0.1 | grep -v rtt
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -n localhost | grep -v rtt
  PING localhost (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- localhost ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 -I 10.0.0.9 10.0.0.1
  ping: bind: Cannot assign requested address
  [2]
  $ ping -c 1 -W 1 -I b0 10.0.0.1 | grep -v rtt
  ping: Warning: source address might be selected on device other than: b0
  PING 10.0.0.1 (10.0.0.1) from 10.0.0.1 b0: 56(84) bytes of data.
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -r 10.0.0.1 | grep -v rtt
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ping -c 1 -r 127.0.0.1 | grep -v rtt
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ cat /proc/net/dev | grep -E 'lo:|Inter|face'
  Inter-|   Receive                                                |  Transmit
   face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
      lo:    1878      26    0    0    0     0          0         0     1878      26    0    0    0     0       0          0
  $ ip -s -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
            1878      26      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1878      26      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       0 
  $ nstat -asz | grep -E 'Icmp|IpIn|IpOut' 
  IpInReceives                    26                 0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpInUnknownProtos               0                  0.0
  IpInDiscards                    0                  0.0
  IpInDelivers                    26                 0.0
  IpOutRequests                   27                 0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpOutTransmits                  27                 0.0
  IcmpInMsgs                      26                 0.0
  IcmpInErrors                    0                  0.0
  IcmpInCsumErrors                0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInParmProbs                 0                  0.0
  IcmpInSrcQuenchs                0                  0.0
  IcmpInRedirects                 0                  0.0
  IcmpInEchos                     13                 0.0
  IcmpInEchoReps                  13                 0.0
  IcmpInTimestamps                0                  0.0
  IcmpInTimestampReps             0                  0.0
  IcmpInAddrMasks                 0                  0.0
  IcmpInAddrMaskReps              0                  0.0
  IcmpOutMsgs                     27                 0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutParmProbs                0                  0.0
  IcmpOutSrcQuenchs               0                  0.0
  IcmpOutRedirects                0                  0.0
  IcmpOutEchos                    14                 0.0
  IcmpOutEchoReps                 13                 0.0
  IcmpOutTimestamps               0                  0.0
  IcmpOutTimestampReps            0                  0.0
  IcmpOutAddrMasks                0                  0.0
  IcmpOutAddrMaskReps             0                  0.0
  IcmpMsgInType0                  13                 0.0
  IcmpMsgInType8                  13                 0.0
  IcmpMsgOutType0                 13                 0.0
  IcmpMsgOutType8                 14                 0.0
  Icmp6InMsgs                     0                  0.0
  Icmp6InErrors                   0                  0.0
  Icmp6OutMsgs                    0                  0.0
  Icmp6OutErrors                  0                  0.0
  Icmp6InCsumErrors               0                  0.0
  Icmp6OutRateLimitHost           0                  0.0
  Icmp6InDestUnreachs             0                  0.0
  Icmp6InPktTooBigs               0                  0.0
  Icmp6InTimeExcds                0                  0.0
  Icmp6InParmProblems             0                  0.0
  Icmp6InEchos                    0                  0.0
  Icmp6InEchoReplies              0                  0.0
  Icmp6InGroupMembQueries         0                  0.0
  Icmp6InGroupMembResponses       0                  0.0
  Icmp6InGroupMembReductions      0                  0.0
  Icmp6InRouterSolicits           0                  0.0
  Icmp6InRouterAdvertisements     0                  0.0
  Icmp6InNeighborSolicits         0                  0.0
  Icmp6InNeighborAdvertisements   0                  0.0
  Icmp6InRedirects                0                  0.0
  Icmp6InMLDv2Reports             0                  0.0
  Icmp6OutDestUnreachs            0                  0.0
  Icmp6OutPktTooBigs              0                  0.0
  Icmp6OutTimeExcds               0                  0.0
  Icmp6OutParmProblems            0                  0.0
  Icmp6OutEchos                   0                  0.0
  Icmp6OutEchoReplies             0                  0.0
  Icmp6OutGroupMembQueries        0                  0.0
  Icmp6OutGroupMembResponses      0                  0.0
  Icmp6OutGroupMembReductions     0                  0.0
  Icmp6OutRouterSolicits          0                  0.0
  Icmp6OutRouterAdvertisements    0                  0.0
  Icmp6OutNeighborSolicits        0                  0.0
  Icmp6OutNeighborAdvertisements  0                  0.0
  Icmp6OutRedirects               0                  0.0
  Icmp6OutMLDv2Reports            0                  0.0
  TcpExtOutOfWindowIcmps          0                  0.0
  TcpExtLockDroppedIcmps          0                  0.0
  TcpExtTCPAODroppedIcmps         0                  0.0
