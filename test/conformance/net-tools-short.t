net-tools 2.10 short and extended interface listings: ifconfig -s (the netstat -i table), ifconfig -s -a, netstat -ie (ifconfig's long records), netstat -ia (the packet counters include IPv6's own traffic, whose timing varies: sed replaces them), and route -C (no route cache since Linux 3.6: only its header, from /proc/net/rt_cache, absent).
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip addr add 10.1.0.1/24 dev v0
  $ ip link set v0 mtu 1400
  $ ifconfig -s | sed -E 's/^([^ ]+ +[0-9]+)( +[0-9]+){8} /\1 COUNTERS /'
  Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  v0               1400 COUNTERS BMRU
  v1               1500 COUNTERS BMRU
  $ ifconfig -s -a | sed -E 's/^([^ ]+ +[0-9]+)( +[0-9]+){8} /\1 COUNTERS /'
  Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  lo              65536 COUNTERS L
  v0               1400 COUNTERS BMRU
  v1               1500 COUNTERS BMRU
  $ ifconfig -s v0 | sed -E 's/^([^ ]+ +[0-9]+)( +[0-9]+){8} /\1 COUNTERS /'
  Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  v0               1400 COUNTERS BMRU
  $ ifconfig -a -s lo | sed -E 's/^([^ ]+ +[0-9]+)( +[0-9]+){8} /\1 COUNTERS /'
  Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  lo              65536 COUNTERS L
  $ netstat -ie | grep -v -E 'inet6|RX|TX'
  Kernel Interface table
  v0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1400
          inet 10.1.0.1  netmask 255.255.255.0  broadcast 0.0.0.0
          ether 02:00:00:00:00:01  txqueuelen 1000  (Ethernet)
  
  v1: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500
          ether 02:00:00:00:00:02  txqueuelen 1000  (Ethernet)
  $ netstat -i | sed -E 's/^([^ ]+ +[0-9]+)( +[0-9]+){8} /\1 COUNTERS /'
  Kernel Interface table
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  v0               1400 COUNTERS BMRU
  v1               1500 COUNTERS BMRU
  $ netstat -ia | sed -E 's/^([^ ]+ +[0-9]+)( +[0-9]+){8} /\1 COUNTERS /'
  Kernel Interface table
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  lo              65536 COUNTERS L
  v0               1400 COUNTERS BMRU
  v1               1500 COUNTERS BMRU
  $ route -C
  Kernel IP routing cache
  Source          Destination     Gateway         Flags Metric Ref    Use Iface
  $ route -Cn
  Kernel IP routing cache
  Source          Destination     Gateway         Flags Metric Ref    Use Iface
  $ route -C -v
  Kernel IP routing cache
  Source          Destination     Gateway         Flags Metric Ref    Use Iface
  $ route -Ce
  Kernel IP routing cache
  Source          Destination     Gateway         Flags   MSS Window  irtt Iface
  $ route -Cee
  Kernel IP routing cache
  Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst
  $ route -C -F | head -1
  Kernel IP routing table
  $ head -c 5 /proc/net/rt_cache; echo
  Iface
  $ wc -c < /proc/net/rt_cache
  128
