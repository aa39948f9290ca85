Reassembly limits: ipfrag_high_thresh refuses fragments once the queues hold more than it (ReasmFails), a queue not completed within ipfrag_time expires (ReasmTimeout) and, when its first fragment was there, the sender gets ICMP time exceeded (fragment reassembly).
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.ipv4.ipfrag_high_thresh net.ipv4.ipfrag_low_thresh net.ipv4.ipfrag_time net.ipv4.ipfrag_max_dist
  net.ipv4.ipfrag_high_thresh = 4194304
  net.ipv4.ipfrag_low_thresh = 3145728
  net.ipv4.ipfrag_time = 30
  net.ipv4.ipfrag_max_dist = 64
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_high_thresh=0
  sysctl: setting key "net.ipv4.ipfrag_high_thresh": Invalid argument
  [1]
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_low_thresh=0
  net.ipv4.ipfrag_low_thresh = 0
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_high_thresh=0
  net.ipv4.ipfrag_high_thresh = 0
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout
  #kernel
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      0                  0.0
  IpReasmFails                    3                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_high_thresh=1
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_time=3
  $ ip netns exec a ping -c 1 -W 5 -s 3000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IcmpOutTimeExcds
  #kernel
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    6                  0.0
  IpReasmOKs                      0                  0.0
  IpReasmFails                    6                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec a nstat -asz IcmpInTimeExcds
  #kernel
  IcmpInTimeExcds                 1                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_high_thresh=4194304
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2 | sed -n 2p
  3008 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpReasmFails
  #kernel
  IpReasmReqds                    9                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    6                  0.0
