/proc/sys/net in a new namespace: its directories (core, ipv4, ipv6, mptcp, netfilter, unix, bridge once the bridge module is in), how many keys sysctl -a shows under each, and a few keys outside ipv4 (net.unix.max_dgram_qlen, net.mptcp.enabled, net.core.somaxconn) read, written and refused. The recording machine has br_netfilter loaded, so net/bridge is there from the start.
  $ ip netns add a
  $ ip netns exec a ls /proc/sys/net
  bridge
  core
  ipv4
  ipv6
  mptcp
  netfilter
  unix
  $ ip netns exec a ls /proc/sys/net/unix /proc/sys/net/mptcp /proc/sys/net/bridge
  /proc/sys/net/bridge:
  bridge-nf-call-arptables
  bridge-nf-call-ip6tables
  bridge-nf-call-iptables
  bridge-nf-filter-pppoe-tagged
  bridge-nf-filter-vlan-tagged
  bridge-nf-pass-vlan-input-dev
  
  /proc/sys/net/mptcp:
  add_addr_timeout
  allow_join_initial_addr_port
  available_path_managers
  available_schedulers
  blackhole_timeout
  checksum_enabled
  close_timeout
  enabled
  path_manager
  pm_type
  scheduler
  stale_loss_cnt
  syn_retrans_before_tcp_fallback
  
  /proc/sys/net/unix:
  max_dgram_qlen
  $ ip netns exec a sh -c 'for d in bridge core ipv4 ipv6 mptcp netfilter unix; do echo $d $(sysctl -a 2>/dev/null | grep -c "^net\.$d\."); done'
  bridge 6
  core 13
  ipv4 248
  ipv6 235
  mptcp 13
  netfilter 53
  unix 1
  $ ip netns exec a sysctl net.unix.max_dgram_qlen net.mptcp.enabled net.core.somaxconn
  net.unix.max_dgram_qlen = 10
  net.mptcp.enabled = 1
  net.core.somaxconn = 4096
  $ ip netns exec a sysctl -w net.unix.max_dgram_qlen=20
  net.unix.max_dgram_qlen = 20
  $ ip netns exec a cat /proc/sys/net/unix/max_dgram_qlen
  20
  $ ip netns exec a sysctl -w net.mptcp.enabled=2
  sysctl: setting key "net.mptcp.enabled": Invalid argument
  [1]
  $ ip netns exec a sysctl -w net.mptcp.enabled=0
  net.mptcp.enabled = 0
  $ ip netns exec a sysctl net.mptcp
  net.mptcp.add_addr_timeout = 120
  net.mptcp.allow_join_initial_addr_port = 1
  net.mptcp.available_path_managers = kernel userspace
  net.mptcp.available_schedulers = default
  net.mptcp.blackhole_timeout = 3600
  net.mptcp.checksum_enabled = 0
  net.mptcp.close_timeout = 60
  net.mptcp.enabled = 0
  net.mptcp.path_manager = kernel
  net.mptcp.pm_type = 0
  net.mptcp.scheduler = default
  net.mptcp.stale_loss_cnt = 4
  net.mptcp.syn_retrans_before_tcp_fallback = 2
  $ ip netns exec a sysctl -a 2>/dev/null | grep -c '^net\.'
  569
  $ ip netns exec a ls /proc/sys/net/core | head -12
  optmem_max
  rmem_default
  rmem_max
  rps_default_mask
  somaxconn
  tstamp_allow_data
  txrehash
  wmem_default
  wmem_max
  xfrm_acq_expires
  xfrm_aevent_etime
  xfrm_aevent_rseqth
  $ ip netns exec a ls /proc/sys/net/netfilter | head -5
  nf_conntrack_acct
  nf_conntrack_buckets
  nf_conntrack_checksum
  nf_conntrack_count
  nf_conntrack_events
  $ ip netns exec a sysctl net.nosuch.key
  sysctl: cannot stat /proc/sys/net/nosuch/key: No such file or directory
  [1]
  $ ip netns exec a sysctl net.unix
  net.unix.max_dgram_qlen = 20
  $ ip netns exec a ls /proc/sys/net/ipv4 | wc -l
  134
  $ ip netns exec a ls /proc/sys/net/ipv6 | wc -l
  28
