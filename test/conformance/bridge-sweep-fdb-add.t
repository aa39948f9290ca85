bridge fdb add/replace/del: every flag and keyword one at a time on a bridge port and on the bridge (self/master, local/static/dynamic, sticky, extern_learn, vlan, dst/port/vni/src_vni/via/nhid on a non-vxlan device), bad MACs and values; exit status and the resulting fdb listing.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip link set q1 up
  $ i=0; for f in "" master self "master self" local permanent static dynamic "sticky" "static sticky" "dynamic sticky" extern_learn "master extern_learn" "vlan 5" "vlan 0" "vlan 4095" "vlan abc" "dst 10.0.0.1" "port 4789" "vni 5" "src_vni 5" "via p1" "nhid 3" router use norefresh "master router" "self router" bogus; do i=$((i+1)); mac=$(printf '02:00:00:00:a0:%02x' $i); echo "== $f"; bridge fdb add $mac dev p1 $f 2>&1; echo "rc $?"; done
  == 
  rc 0
  == master
  rc 0
  == self
  rc 0
  == master self
  rc 0
  == local
  rc 0
  == permanent
  rc 0
  == static
  RTNETLINK answers: Invalid argument
  rc 255
  == dynamic
  RTNETLINK answers: Invalid argument
  rc 255
  == sticky
  rc 0
  == static sticky
  RTNETLINK answers: Invalid argument
  rc 255
  == dynamic sticky
  RTNETLINK answers: Invalid argument
  rc 255
  == extern_learn
  rc 0
  == master extern_learn
  rc 0
  == vlan 5
  RTNETLINK answers: Invalid argument
  rc 255
  == vlan 0
  Error: invalid vlan id.
  rc 255
  == vlan 4095
  Error: invalid vlan id.
  rc 255
  == vlan abc
  Error: invalid vlan id.
  rc 255
  == dst 10.0.0.1
  rc 0
  == port 4789
  rc 0
  == vni 5
  rc 0
  == src_vni 5
  rc 0
  == via p1
  rc 0
  == nhid 3
  rc 0
  == router
  rc 0
  == use
  rc 0
  == norefresh
  Error: either "to" is duplicate, or "norefresh" is a garbage.
  rc 255
  == master router
  rc 0
  == self router
  rc 0
  == bogus
  Error: either "to" is duplicate, or "bogus" is a garbage.
  rc 255
  $ bridge fdb show dev p1 | grep -v '33:33\|01:00:5e' | sort
  02:00:00:00:90:01 master br0 permanent
  02:00:00:00:91:01 master br0 
  02:00:00:00:a0:01 self permanent
  02:00:00:00:a0:02 master br0 permanent
  02:00:00:00:a0:03 self permanent
  02:00:00:00:a0:04 master br0 permanent
  02:00:00:00:a0:04 self permanent
  02:00:00:00:a0:05 self permanent
  02:00:00:00:a0:06 self permanent
  02:00:00:00:a0:09 self permanent
  02:00:00:00:a0:0c self permanent
  02:00:00:00:a0:0d extern_learn master br0 
  02:00:00:00:a0:12 self permanent
  02:00:00:00:a0:13 self permanent
  02:00:00:00:a0:14 self permanent
  02:00:00:00:a0:15 self permanent
  02:00:00:00:a0:16 self permanent
  02:00:00:00:a0:17 self permanent
  02:00:00:00:a0:18 self permanent
  02:00:00:00:a0:19 self permanent
  02:00:00:00:a0:1b master br0 permanent
  02:00:00:00:a0:1c self permanent
  $ for m in 02:00:00:00:a0 xx 02:00:00:00:a0:01:02 00:00:00:00:00:00 ff:ff:ff:ff:ff:ff 01:00:5e:00:00:01; do echo "== $m"; bridge fdb add $m dev p1 master static 2>&1; echo "rc $?"; done
  == 02:00:00:00:a0
  Invalid mac address 02:00:00:00:a0
  rc 255
  == xx
  Invalid mac address xx
  rc 255
  == 02:00:00:00:a0:01:02
  rc 0
  == 00:00:00:00:00:00
  RTNETLINK answers: Invalid argument
  rc 255
  == ff:ff:ff:ff:ff:ff
  rc 0
  == 01:00:5e:00:00:01
  rc 0
  $ for f in "" master self "vlan 5" "master vlan 5" static; do echo "== del $f"; bridge fdb del 02:00:00:00:a0:01 dev p1 $f 2>&1; echo "rc $?"; done
  == del 
  rc 0
  == del master
  rc 0
  == del self
  RTNETLINK answers: No such file or directory
  rc 255
  == del vlan 5
  RTNETLINK answers: No such file or directory
  rc 255
  == del master vlan 5
  RTNETLINK answers: No such file or directory
  rc 255
  == del static
  RTNETLINK answers: Invalid argument
  rc 255
  $ for f in "" master self local static dynamic sticky extern_learn; do echo "== replace $f"; bridge fdb replace 02:00:00:00:b0:01 dev p1 $f 2>&1; echo "rc $?"; bridge fdb show dev p1 | grep b0:01; done
  == replace 
  rc 0
  02:00:00:00:b0:01 self permanent
  == replace master
  rc 0
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  == replace self
  rc 0
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  == replace local
  rc 0
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  == replace static
  RTNETLINK answers: Invalid argument
  rc 255
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  == replace dynamic
  RTNETLINK answers: Invalid argument
  rc 255
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  == replace sticky
  rc 0
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  == replace extern_learn
  rc 0
  02:00:00:00:b0:01 master br0 permanent
  02:00:00:00:b0:01 self permanent
  $ bridge fdb add 02:00:00:00:c0:01 dev br0 2>&1; echo "rc $?"
  rc 0
  $ bridge fdb add 02:00:00:00:c0:02 dev br0 master 2>&1; echo "rc $?"
  RTNETLINK answers: Operation not supported
  rc 255
  $ bridge fdb add 02:00:00:00:c0:03 dev br0 self local 2>&1; echo "rc $?"
  rc 0
  $ bridge fdb add 02:00:00:00:c0:04 dev br0 self dynamic 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 255
  $ bridge fdb show dev br0 | grep c0: | sort
  02:00:00:00:c0:01 master br0 permanent
  02:00:00:00:c0:03 master br0 permanent
  $ bridge fdb add 02:00:00:00:c0:05 2>&1; echo "rc $?"
  Device and address are required arguments.
  rc 255
  $ bridge fdb add 02:00:00:00:c0:05 dev nosuch 2>&1; echo "rc $?"
  Cannot find device "nosuch"
  rc 255
  $ bridge fdb add dev p1 2>&1; echo "rc $?"
  Device and address are required arguments.
  rc 255
