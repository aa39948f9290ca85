Bridge MTU: without a user setting the bridge takes the smallest MTU of its ports (br_mtu_auto_adjust) and follows their changes; a user-set MTU is kept and pushed to new ports; the limits; a macvlan's MTU against its lower device's.
  $ ip link add br0 address 02:00:00:00:99:00 type bridge
  $ ip link add a0 address 02:00:00:00:99:01 type veth peer name a1 address 02:00:00:00:99:02
  $ ip link add b0 address 02:00:00:00:99:03 type veth peer name b1 address 02:00:00:00:99:04
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1500
  $ ip link set a0 mtu 1400
  $ ip link set a0 master br0
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1400
  $ ip link set b0 mtu 9000
  $ ip link set b0 master br0
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1400
  $ ip link show b0 | grep -o 'mtu [0-9]*'
  mtu 9000
  $ ip link set a0 mtu 1600
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1600
  $ ip link set a0 nomaster
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 9000
  $ ip link set br0 mtu 9001
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 9001
  $ ip link set br0 mtu 1300
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1300
  $ ip link set a0 master br0
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1300
  $ ip link show a0 | grep -o 'mtu [0-9]*'
  mtu 1600
  $ ip link set b0 mtu 1200
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1300
  $ ip link set br0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set br0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link del a0
  $ ip link del b0
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 1300
  $ ip link set br0 mtu 65000
  $ ip link show br0 | grep -o 'mtu [0-9]*'
  mtu 65000
  $ ip link add link a1 name m0 address 02:00:00:00:99:11 type macvlan
  Cannot find device "a1"
  [1]
  $ ip link set a1 mtu 1400
  Cannot find device "a1"
  [1]
  $ ip link show m0 | grep -o 'mtu [0-9]*'
  Device "m0" does not exist.
  [1]
  $ ip link set m0 mtu 1500
  Cannot find device "m0"
  [1]
  $ ip link set m0 mtu 1300
  Cannot find device "m0"
  [1]
  $ ip link set a1 mtu 1500
  Cannot find device "a1"
  [1]
  $ ip link show m0 | grep -o 'mtu [0-9]*'
  Device "m0" does not exist.
  [1]
  $ ip link add link a1 name m1 mtu 1600 type macvlan
  Cannot find device "a1"
  [1]
  $ ip link add link a1 name m1 mtu 1450 address 02:00:00:00:99:12 type macvlan
  Cannot find device "a1"
  [1]
  $ ip link show m1 | grep -o 'mtu [0-9]*'
  Device "m1" does not exist.
  [1]
  $ ip link set a1 mtu 1000
  Cannot find device "a1"
  [1]
  $ ip -br link show type macvlan
