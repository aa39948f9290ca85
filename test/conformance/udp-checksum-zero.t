UDP checksum zero: SO_NO_CHECK (socat so-no-check) makes udp_send_skb leave the checksum 0 (no checksum, RFC 768), tcpdump -vv on the receiver prints [no cksum] where a checksummed datagram shows its sum, the receiver takes both (UdpInDatagrams, no InCsumErrors); a vxlan without udpcsum sends its outer UDP with checksum 0 as well.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sh -c 'tcpdump -c 4 -l -vv -n -i b0 udp > cap.txt 2> cap.err & sleep 0.5'
  $ ip netns exec b sh -c 'socat -u UDP-RECV:6000 OPEN:got.txt,creat,append & sleep 0.3'
  $ ip netns exec a sh -c 'echo plain | socat -u - UDP-SENDTO:10.0.0.2:6000,sp=5001'
  $ ip netns exec a sh -c 'echo nocheck | socat -u - UDP-SENDTO:10.0.0.2:6000,sp=5002,so-no-check'
  $ ip netns exec a sh -c 'echo nocheck2 | socat -u - UDP-SENDTO:10.0.0.2:6000,sp=5003,so-no-check=1'
  $ ip netns exec a sh -c 'echo check | socat -u - UDP-SENDTO:10.0.0.2:6000,sp=5004,so-no-check=0'
  $ sleep 0.5; ip netns exec b cat got.txt
  plain
  nocheck
  nocheck2
  check
  $ ip netns exec b nstat -asz UdpInDatagrams UdpInCsumErrors UdpInErrors
  #kernel
  UdpInDatagrams                  4                  0.0
  UdpInErrors                     0                  0.0
  UdpInCsumErrors                 0                  0.0
  $ ip netns exec b sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id N/; s/cksum 0x[0-9a-f]+/cksum SUM/g' cap.txt
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.0.0.1.5001 > 10.0.0.2.6000: [bad udp cksum SUM -> 0x80f6!] UDP, length 6
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 36)
      10.0.0.1.5002 > 10.0.0.2.6000: [no cksum] UDP, length 8
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 37)
      10.0.0.1.5003 > 10.0.0.2.6000: [no cksum] UDP, length 9
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 34)
      10.0.0.1.5004 > 10.0.0.2.6000: [bad udp cksum SUM -> 0x8cfd!] UDP, length 6
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,so-no-check=foo' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): missing numerical value of option "so-no-check=foo"
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,so-no-check=1z' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): trailing garbage in numerical arg of option "so-no-check=1z"
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,so-no-check=' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): missing numerical value of option "so-no-check="
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,nocheck,no-check=0x1' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,so-mark=1' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts_table(): unknown option "so-mark"
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,mark=1' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts_table(): unknown option "mark"
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,reuseaddr=x' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): missing numerical value of option "reuseaddr=x"
  $ ip netns exec a sh -c 'echo x | socat -u - UDP-SENDTO:10.0.0.2:6000,ttl=0x40,tos=010,sp=7x' 2>&1 | sed -E 's/^.*socat\[[0-9]+\]/socat/'
  socat E parseopts(): trailing garbage in numerical arg of option "sp=7x"
  $ ip netns exec b nstat -asz UdpInDatagrams UdpInCsumErrors
  #kernel
  UdpInDatagrams                  5                  0.0
  UdpInCsumErrors                 0                  0.0
