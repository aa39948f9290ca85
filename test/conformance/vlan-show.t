VLAN filtering configuration (bridge vlan add/del/show). Not recorded: the
reference kernel (6.18, CONFIG_BRIDGE_VLAN_FILTERING unset) answers
vlan_filtering 1 with "Operation not supported"; the outputs follow
net/bridge/br_vlan.c, br_netlink.c and iproute2 6.1 bridge/vlan.c. Every port
and the bridge itself start in the default pvid 1 (untagged); ranges add
several VLANs at once; adding an existing VLAN replaces its pvid/untagged
flags; deleting a VLAN that is not there is no error; `self` is the bridge
device, a port without a master or `self` on a veth is refused; the default
pvid moves only where it was not changed by the user.
The lab is built with CONFIG_BRIDGE_VLAN_FILTERING:
tuxnet kconfig: CONFIG_BRIDGE_VLAN_FILTERING=y
  $ ip netns add n
  $ ip -n n link add br0 address 02:00:00:00:00:10 type bridge vlan_filtering 1
  $ ip -n n link add p1 address 02:00:00:00:00:01 type veth peer name q1 address 02:00:00:00:01:01
  $ ip -n n link add p2 address 02:00:00:00:00:02 type veth peer name q2 address 02:00:00:00:01:02
  $ ip -n n link set p1 master br0
  $ ip -n n link set p2 master br0
  $ bridge -n n vlan show
  port              vlan-id  
  br0               1 PVID Egress Untagged
  p1                1 PVID Egress Untagged
  p2                1 PVID Egress Untagged
  $ bridge -n n vlan add dev p1 vid 10
  $ bridge -n n vlan add dev p1 vid 20 pvid untagged
  $ bridge -n n vlan add dev p2 vid 30-33
  $ bridge -n n vlan add dev br0 vid 10 self
  $ bridge -n n vlan show
  port              vlan-id  
  br0               1 PVID Egress Untagged
                    10
  p1                1 Egress Untagged
                    10
                    20 PVID Egress Untagged
  p2                1 PVID Egress Untagged
                    30
                    31
                    32
                    33
  $ bridge -n n vlan show dev p1
  port              vlan-id  
  p1                1 Egress Untagged
                    10
                    20 PVID Egress Untagged
  $ bridge -n n vlan show vid 10
  port              vlan-id  
  br0               10
  p1                10
  $ bridge -n n -j vlan show
  [{"ifname":"br0","vlans":[{"vlan":1,"flags":["PVID","Egress Untagged"]},{"vlan":10}]},{"ifname":"p1","vlans":[{"vlan":1,"flags":["Egress Untagged"]},{"vlan":10},{"vlan":20,"flags":["PVID","Egress Untagged"]}]},{"ifname":"p2","vlans":[{"vlan":1,"flags":["PVID","Egress Untagged"]},{"vlan":30},{"vlan":31},{"vlan":32},{"vlan":33}]}]
  $ bridge -n n -j -p vlan show dev p1
  [ {
          "ifname": "p1",
          "vlans": [ {
                  "vlan": 1,
                  "flags": [ "Egress Untagged" ]
              },{
                  "vlan": 10
              },{
                  "vlan": 20,
                  "flags": [ "PVID","Egress Untagged" ]
              } ]
      } ]
  $ bridge -n n vlan del dev p2 vid 31-32
  $ bridge -n n vlan del dev p1 vid 1
  $ bridge -n n vlan add dev p2 vid 30 untagged
  $ bridge -n n vlan add dev p2 vid 1 pvid
  $ bridge -n n vlan show
  port              vlan-id  
  br0               1 PVID Egress Untagged
                    10
  p1                10
                    20 PVID Egress Untagged
  p2                1 PVID
                    30 Egress Untagged
                    33
  $ bridge -n n vlan del dev p2 vid 99
  $ bridge -n n vlan add dev p2 vid 4095
  Error: bridge: Vlan id is invalid.
  [255]
  $ bridge -n n vlan add dev p2 vid 0
  Error: bridge: Vlan id is invalid.
  [255]
  $ bridge -n n vlan add dev p2 vid 4096
  Invalid VLAN ID "4096"
  [255]
  $ bridge -n n vlan add dev p2 vid 40-41 pvid
  pvid cannot be configured for a vlan range
  [255]
  $ bridge -n n vlan add dev p2 vid 41-40
  Invalid VLAN range "41-40"
  [255]
  $ bridge -n n vlan add dev q1 vid 10
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge -n n vlan add dev br0 vid 11
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge -n n vlan add dev p1 vid 12 self
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge -n n vlan add dev nosuch vid 10
  Cannot find bridge device "nosuch"
  [255]
  $ bridge -n n vlan add dev p1
  Device and VLAN ID are required arguments.
  [255]
  $ ip -n n link set br0 type bridge vlan_default_pvid 5
  $ ip -n n link add p3 address 02:00:00:00:00:03 type veth peer name q3 address 02:00:00:00:01:03
  $ ip -n n link set p3 master br0
  $ bridge -n n vlan show
  port              vlan-id  
  br0               5 PVID Egress Untagged
                    10
  p1                10
                    20 PVID Egress Untagged
  p2                1 PVID
                    30 Egress Untagged
                    33
  p3                5 PVID Egress Untagged
  $ ip -n n link set br0 type bridge vlan_default_pvid 0
  $ bridge -n n vlan show dev br0
  port              vlan-id  
  br0               10
  $ bridge -n n vlan show dev p3
  port              vlan-id  
  $ bridge -n n fdb show dev p1 | grep -v 33:33 | sort
  02:00:00:00:00:01 master br0 permanent
  02:00:00:00:00:01 vlan 10 master br0 permanent
  02:00:00:00:00:01 vlan 20 master br0 permanent
