Proxy entries come out of pneigh_hash() buckets in a fixed order (the key's folded low bits, newest first in a bucket), in ip neigh show proxy, with a device filter and in /proc/net/arp; a device deletion takes its own and its peer's (no device-less entry here: one outlives its namespace in 6.18 and shows up in a later namespace's /proc/net/arp).
  $ ip link add d0 type veth peer name d1; ip link set d0 up; ip link set d1 up; ip addr add 10.0.0.1/24 dev d0
  $ for i in 5 3 21 1 17 2 18 4 6 33 49 16 32 255; do ip neigh add proxy 10.0.0.$i dev d0; done; ip neigh add proxy 10.0.1.5 dev d1; ip neigh add proxy 10.0.0.5 dev d1
  $ ip neigh show proxy | tr '\n' ','
  10.0.0.32 dev d0 proxy ,10.0.0.49 dev d0 proxy ,10.0.0.2 dev d0 proxy ,10.0.0.33 dev d0 proxy ,10.0.0.18 dev d0 proxy ,10.0.0.3 dev d0 proxy ,10.0.0.255 dev d0 proxy ,10.0.0.17 dev d0 proxy ,10.0.0.16 dev d0 proxy ,10.0.0.1 dev d0 proxy ,10.0.0.6 dev d0 proxy ,10.0.1.5 dev d1 proxy ,10.0.0.4 dev d0 proxy ,10.0.0.21 dev d0 proxy ,10.0.0.5 dev d1 proxy ,10.0.0.5 dev d0 proxy , (no-eol)
  $ ip -s neigh show proxy dev d0 | cut -d' ' -f1 | tr '\n' ' '
  10.0.0.32 10.0.0.49 10.0.0.2 10.0.0.33 10.0.0.18 10.0.0.3 10.0.0.255 10.0.0.17 10.0.0.16 10.0.0.1 10.0.0.6 10.0.0.4 10.0.0.21 10.0.0.5  (no-eol)
  $ cat /proc/net/arp
  IP address       HW type     Flags       HW address            Mask     Device
  10.0.0.32        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.49        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.2         0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.33        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.18        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.3         0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.255       0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.17        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.16        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.1         0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.6         0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.1.5         0x1         0xc         00:00:00:00:00:00     *        d1
  10.0.0.4         0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.21        0x1         0xc         00:00:00:00:00:00     *        d0
  10.0.0.5         0x1         0xc         00:00:00:00:00:00     *        d1
  10.0.0.5         0x1         0xc         00:00:00:00:00:00     *        d0
  $ ip link del d0; ip neigh show proxy
