One write of N bytes over loopback (socat -b N from a file: a single send()), the payload lengths tcpdump sees on lo (TSO skbs whole): the MSS is half the peer's largest window (tcp_bound_to_half_wnd(): 32741 of the SYN-ACK's 65483), sendmsg sends each skb of the size goal as soon as it fills at the send head (tcp_push_one()), the rest waits for the window, and once the window grew tcp_write_xmit() grows the head skb with the next one (tcp_grow_skb(): 32741 + 1777). The receiver takes the last byte of a 65483-byte write: each skb counts its payload once in truesize (page frags), not a 64 KiB head.
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for n in 1000 40000 65483 100000; do head -c $n /dev/zero > f; nc -l 127.0.0.1 5000 > got & sleep 0.3; tcpdump -l -n -t -i lo 'tcp and dst port 5000' > out 2> err & sleep 1; socat -b $n -u - TCP:127.0.0.1:5000 < f; sleep 1; kill $!; wait; grep -h dropped err; echo $n $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  0 packets dropped by kernel
  1000 1000: 1000
  0 packets dropped by kernel
  40000 40000: 32741 7259
  0 packets dropped by kernel
  65483 65483: 32741 32741 1
  0 packets dropped by kernel
  100000 100000: 32741 32741 34518
  $ for n in 200000; do head -c $n /dev/zero > f; nc -l 127.0.0.1 5000 > got & sleep 0.3; tcpdump -l -n -t -i lo 'tcp and dst port 5000' > out 2> err & sleep 1; socat -b $n -u - TCP:127.0.0.1:5000 < f; sleep 1; kill $!; wait; grep -h dropped err; echo $n $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  0 packets dropped by kernel
  200000 200000: 32741 32741 62491 47616 19968 4443
  $ nstat -az TcpExtTCPRcvQDrop TcpExtTCPOFOQueue TcpExtTCPLossProbes | sed -E "s/ +/ /g"
  #kernel
  TcpExtTCPLossProbes 0 0.0
  TcpExtTCPOFOQueue 0 0.0
  TcpExtTCPRcvQDrop 0 0.0
