Layer-2 mdb entries and odd groups: a MAC group must be multicast and permanent (the host's too, which is dumped permanent), with a vid; :: passes the kernel's checks, 0.0.0.0 does not; del of an entry the bridge lacks.
  $ ip link add br0 address 02:00:00:00:00:10 type bridge
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 address 02:00:00:00:01:02
  $ ip link set p1 master br0; ip link set br0 up; ip link set p1 up; ip link set e1 up
  $ bridge mdb add dev br0 port p1 grp 0.0.0.0
  Error: bridge: IPv4 entry group address 0.0.0.0 is not allowed.
  [255]
  $ bridge mdb add dev br0 port br0 grp 0.0.0.0
  Error: bridge: IPv4 entry group address 0.0.0.0 is not allowed.
  [255]
  $ bridge mdb add dev br0 port p1 grp 0.0.0.0 permanent
  Error: bridge: IPv4 entry group address 0.0.0.0 is not allowed.
  [255]
  $ bridge mdb add dev br0 port p1 grp :: permanent
  $ bridge mdb add dev br0 port p1 grp 00:00:00:00:00:00 permanent
  Error: L2 entry group is not multicast.
  [255]
  $ bridge mdb add dev br0 port p1 grp 01:00:5e:00:00:0g permanent
  $ bridge mdb add dev br0 port p1 grp zz:00:5e:00:00:01 permanent
  "zz" is invalid lladdr.
  Invalid address "zz"
  [255]
  $ bridge mdb add dev br0 port p1 grp 01:00:5e:00:00:01:02 permanent
  Invalid address "01"
  [255]
  $ bridge mdb add dev br0 port p1 grp 1ff:00:5e:00:00:01 permanent
  "1ff" is invalid lladdr.
  Invalid address "1ff"
  [255]
  $ bridge mdb add dev br0 port br0 grp 01:00:5e:00:00:01 permanent
  $ bridge mdb add dev br0 port br0 grp 01:00:5e:00:00:01 permanent
  Error: bridge: Group is already joined by host.
  [255]
  $ bridge mdb add dev br0 port br0 grp 01:00:5e:00:00:02
  Error: bridge: Only permanent L2 entries allowed.
  [255]
  $ bridge mdb add dev br0 port p1 grp 01:00:5e:00:00:03 permanent vid 3
  $ bridge mdb add dev br0 port p1 grp 33:33:00:00:00:03 permanent
  $ bridge -d mdb show | grep -v ff02::
  dev br0 port p1 grp 33:33:00:00:00:03 permanent proto static 
  dev br0 port p1 grp 01:00:5e:00:00:03 permanent proto static  vid 3
  dev br0 port br0 grp 01:00:5e:00:00:01 permanent
  dev br0 port p1 grp 01:00:5e:00:00:00 permanent proto static 
  dev br0 port p1 grp :: permanent proto static 
  $ bridge -s -j mdb show | grep -o '"grp":"[0-9a-f:]*:[0-9a-f]*","state":"[a-z]*"[^}]*' | grep -v ff02
  "grp":"33:33:00:00:00:03","state":"permanent","flags":[],"timer":"   0.00"
  "grp":"01:00:5e:00:00:03","state":"permanent","flags":[],"vid":3,"timer":"   0.00"
  "grp":"01:00:5e:00:00:01","state":"permanent","flags":[],"timer":"   0.00"
  "grp":"01:00:5e:00:00:00","state":"permanent","flags":[],"timer":"   0.00"
  "grp":"::","state":"permanent","flags":[],"timer":"   0.00"
  $ bridge mdb del dev br0 port br0 grp 01:00:5e:00:00:01
  $ bridge mdb del dev br0 port br0 grp 01:00:5e:00:00:01
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge mdb del dev br0 port p1 grp 239.1.1.1 vid 7
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge mdb del dev br0 port p1 grp 0.0.0.0
  Error: bridge: IPv4 entry group address 0.0.0.0 is not allowed.
  [255]
  $ bridge mdb del dev br0 port p1 grp 33:33:00:00:00:03
  $ bridge mdb show | grep -v ff02::
  dev br0 port p1 grp 01:00:5e:00:00:03 permanent vid 3
  dev br0 port p1 grp 01:00:5e:00:00:00 permanent
  dev br0 port p1 grp :: permanent
