net.core keys seen from a namespace other than init_net: which exist (netns_core_table) and which are init_net-only, their bounds.
  $ ls /proc/sys/net/core | sort
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
  xfrm_larval_drop
  $ sysctl net.core.somaxconn net.core.txrehash net.core.optmem_max
  net.core.somaxconn = 4096
  net.core.txrehash = 1
  net.core.optmem_max = 131072
  $ sysctl net.core.netdev_max_backlog net.core.rmem_max net.core.wmem_default
  sysctl: cannot stat /proc/sys/net/core/netdev_max_backlog: No such file or directory
  net.core.rmem_max = 4194304
  net.core.wmem_default = 212992
  [1]
  $ sysctl -w net.core.somaxconn=-1
  sysctl: setting key "net.core.somaxconn": Invalid argument
  [1]
  $ sysctl -w net.core.somaxconn=0; sysctl -n net.core.somaxconn
  net.core.somaxconn = 0
  0
  $ sysctl -w net.core.somaxconn=2147483647
  net.core.somaxconn = 2147483647
  $ sysctl -w net.core.somaxconn=2147483648
  sysctl: setting key "net.core.somaxconn": Invalid argument
  [1]
  $ sysctl -w net.core.txrehash=2
  sysctl: setting key "net.core.txrehash": Invalid argument
  [1]
  $ sysctl -w net.core.txrehash=1
  net.core.txrehash = 1
  $ sysctl -w net.core.optmem_max=-5
  sysctl: setting key "net.core.optmem_max": Invalid argument
  [1]
  $ sysctl -w net.core.optmem_max=0x100; sysctl -n net.core.optmem_max
  net.core.optmem_max = 0x100
  256
  $ sysctl -w net.core.optmem_max=010; sysctl -n net.core.optmem_max
  net.core.optmem_max = 010
  8
  $ sysctl -a -N -r '^net\.core\.' | sort
  net.core.optmem_max
  net.core.rmem_default
  net.core.rmem_max
  net.core.rps_default_mask
  net.core.somaxconn
  net.core.tstamp_allow_data
  net.core.txrehash
  net.core.wmem_default
  net.core.wmem_max
  net.core.xfrm_acq_expires
  net.core.xfrm_aevent_etime
  net.core.xfrm_aevent_rseqth
  net.core.xfrm_larval_drop
  $ sysctl -w net.core.netdev_max_backlog=2000
  sysctl: cannot stat /proc/sys/net/core/netdev_max_backlog: No such file or directory
  [1]
  $ echo 5 > /proc/sys/net/core/rmem_max
  bash: line 51: /proc/sys/net/core/rmem_max: Permission denied
  [1]
  $ ip netns add x
  $ ip netns exec x sysctl net.core.somaxconn net.core.optmem_max
  net.core.somaxconn = 4096
  net.core.optmem_max = 131072
  $ ip netns exec x sysctl -w net.core.somaxconn=77
  net.core.somaxconn = 77
  $ sysctl net.core.somaxconn
  net.core.somaxconn = 2147483647
  $ ls /proc/sys/net/unix; sysctl net.unix.max_dgram_qlen
  max_dgram_qlen
  net.unix.max_dgram_qlen = 10
  $ sysctl -w net.unix.max_dgram_qlen=-3; sysctl -n net.unix.max_dgram_qlen
  net.unix.max_dgram_qlen = -3
  -3
  $ ip netns del x
