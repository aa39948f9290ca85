net.bridge.bridge-nf-* (br_netfilter's brnf_table) in each namespace: the six knobs, their defaults, proc_dointvec parsing, any non-zero value stored as 1 (brnf_sysctl_call_tables), refused writes, and one namespace's change unseen by another.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec a sysctl net.bridge
  net.bridge.bridge-nf-call-arptables = 1
  net.bridge.bridge-nf-call-ip6tables = 1
  net.bridge.bridge-nf-call-iptables = 1
  net.bridge.bridge-nf-filter-pppoe-tagged = 0
  net.bridge.bridge-nf-filter-vlan-tagged = 0
  net.bridge.bridge-nf-pass-vlan-input-dev = 0
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-call-iptables=0
  net.bridge.bridge-nf-call-iptables = 0
  $ ip netns exec a sysctl net.bridge.bridge-nf-call-iptables
  net.bridge.bridge-nf-call-iptables = 0
  $ ip netns exec b sysctl net.bridge.bridge-nf-call-iptables
  net.bridge.bridge-nf-call-iptables = 1
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-call-iptables=7
  net.bridge.bridge-nf-call-iptables = 7
  $ ip netns exec a cat /proc/sys/net/bridge/bridge-nf-call-iptables
  1
  $ ip netns exec a sh -c 'echo -5 > /proc/sys/net/bridge/bridge-nf-filter-vlan-tagged'
  $ ip netns exec a cat /proc/sys/net/bridge/bridge-nf-filter-vlan-tagged
  1
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-filter-vlan-tagged=0
  net.bridge.bridge-nf-filter-vlan-tagged = 0
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-pass-vlan-input-dev=abc
  sysctl: setting key "net.bridge.bridge-nf-pass-vlan-input-dev": Invalid argument
  [1]
  $ ip netns exec a sysctl net.bridge.bridge-nf-pass-vlan-input-dev
  net.bridge.bridge-nf-pass-vlan-input-dev = 0
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-call-arptables=99999999999
  sysctl: setting key "net.bridge.bridge-nf-call-arptables": Invalid argument
  [1]
  $ ip netns exec a sysctl net.bridge.bridge-nf-call-arptables
  net.bridge.bridge-nf-call-arptables = 1
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-call-ip6tables=0x10
  net.bridge.bridge-nf-call-ip6tables = 0x10
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-call-ip6tables=0
  net.bridge.bridge-nf-call-ip6tables = 0
  $ ip netns exec a sysctl -w 'net.bridge.bridge-nf-filter-pppoe-tagged=3 4'
  net.bridge.bridge-nf-filter-pppoe-tagged = 3 4
  $ ip netns exec a sysctl net.bridge.bridge-nf-filter-pppoe-tagged
  net.bridge.bridge-nf-filter-pppoe-tagged = 1
  $ ip netns exec a sysctl -w net.bridge.bridge-nf-call-ebtables=1
  sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-ebtables: No such file or directory
  [1]
  $ ip netns exec a sysctl net.bridge
  net.bridge.bridge-nf-call-arptables = 1
  net.bridge.bridge-nf-call-ip6tables = 0
  net.bridge.bridge-nf-call-iptables = 1
  net.bridge.bridge-nf-filter-pppoe-tagged = 1
  net.bridge.bridge-nf-filter-vlan-tagged = 0
  net.bridge.bridge-nf-pass-vlan-input-dev = 0
  $ ip netns exec b sysctl net.bridge
  net.bridge.bridge-nf-call-arptables = 1
  net.bridge.bridge-nf-call-ip6tables = 1
  net.bridge.bridge-nf-call-iptables = 1
  net.bridge.bridge-nf-filter-pppoe-tagged = 0
  net.bridge.bridge-nf-filter-vlan-tagged = 0
  net.bridge.bridge-nf-pass-vlan-input-dev = 0
  $ sysctl net.bridge.bridge-nf-call-iptables
  net.bridge.bridge-nf-call-iptables = 1
  $ ip netns exec a sysctl -a 2>/dev/null | grep -c '^net\.bridge\.'
  6
