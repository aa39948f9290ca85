ip link set's link mode (IFLA_LINKMODE: default, dormant) and operstate (IFLA_OPERSTATE) on a veth
pair: with mode dormant a link that comes up with carrier is DORMANT (rfc2863_policy()) until
`state up`; set_operstate() only moves UP to DORMANT/TESTING and those back to UP; bad values and
the alias length are refused by ip before the device is looked up.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 mode x
  Error: argument "x" is wrong: Invalid link mode
  [255]
  $ ip link set a0 mode DORMANT
  $ ip link show a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DORMANT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 up; ip link set b0 up; sleep 1; ip -br link show a0
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DORMANT mode DORMANT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip link set a0 state up; ip -br link show a0
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 state dormant; ip -br link show a0
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 state testing; ip -br link show a0
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 state UP; ip -br link show a0
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 state bogus
  Error: argument "bogus" is wrong: Invalid operstate
  [255]
  $ ip link set a0 state down; ip -br link show a0
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 state lowerlayerdown; ip link set a0 state notpresent; ip link set a0 state unknown; ip -br link show a0
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set b0 down; sleep 1; ip -br link show a0; ip link set b0 up; sleep 1; ip -br link show a0
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> 
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 mode default; ip -br link show a0; ip link show a0 | head -1
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DORMANT mode DEFAULT group default qlen 1000
  $ ip link set a0 state dormant; ip -br link show a0; ip link set a0 state up; ip -br link show a0
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  a0@b0            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link set a0 mode dormant; ip link set a0 down; ip link set a0 up; sleep 1; ip -br link show a0; ip -d link show a0 | head -1
  a0@b0            DORMANT        02:00:00:00:00:01 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DORMANT mode DORMANT group default qlen 1000
  $ ip link set nosuch mode dormant
  Cannot find device "nosuch"
  [1]
  $ ip link set nosuch mode bogus
  Error: argument "bogus" is wrong: Invalid link mode
  [255]
  $ ip link set nosuch state bogus
  Error: argument "bogus" is wrong: Invalid operstate
  [255]
  $ ip link set nosuch alias "$(printf 'x%.0s' $(seq 1 256))"
  Error: argument "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is wrong: alias too long
  [255]
  $ ip link set a0 alias "$(printf 'y%.0s' $(seq 1 255))"; ip link show a0 | grep -c alias
  1
  $ ip link set nosuch group 4294967296
  Cannot find device "nosuch"
  [1]
  $ ip link set nosuch group 4294967295
  Error: argument "4294967295" is wrong: Invalid "group" value
  [255]
  $ ip link set nosuch group 0x10
  Cannot find device "nosuch"
  [1]
  $ ip link set a0 group 2147483648
  Error: argument "2147483648" is wrong: Invalid "group" value
  [255]
  $ ip link set a0 group -4294967295; ip link show a0 | head -1
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DORMANT mode DORMANT group 1 qlen 1000
