The bounds of net.ipv6.conf.* knobs on 6.18: 0..1 knobs (ioam6_enabled, ndisc_evict_nocarrier,
ra_honor_pio_*, rpl_seg_enabled, force_forwarding), accept_untracked_na 0..2, ndisc_tclass 0..255,
u32 knobs (ioam6_id_wide, ra_defrtr_metric from 1), router_solicitations from -1, the jiffies-backed
seconds (router_solicitation_*, router_probe_interval) and milliseconds (mld*_unsolicited_report_interval);
addr_gen_mode 0..3 (2, stable privacy, needs a secret on a device) with all's value copied to default
and every device; all.force_forwarding's changes copied to every device, all.forwarding=0 clearing them.
  $ ip link add a0 type veth peer name b0
  $ w() { k=$1; shift; for v; do sysctl -w $k="$v" 2>&1 || true; done; sysctl -n $k; }
  $ w net.ipv6.conf.a0.ioam6_enabled 2 -1 1
  sysctl: setting key "net.ipv6.conf.a0.ioam6_enabled": Invalid argument
  sysctl: setting key "net.ipv6.conf.a0.ioam6_enabled": Invalid argument
  net.ipv6.conf.a0.ioam6_enabled = 1
  1
  $ w net.ipv6.conf.a0.ndisc_evict_nocarrier 0 2
  net.ipv6.conf.a0.ndisc_evict_nocarrier = 0
  sysctl: setting key "net.ipv6.conf.a0.ndisc_evict_nocarrier": Invalid argument
  0
  $ w net.ipv6.conf.a0.ra_honor_pio_life 1 256
  net.ipv6.conf.a0.ra_honor_pio_life = 1
  sysctl: setting key "net.ipv6.conf.a0.ra_honor_pio_life": Invalid argument
  1
  $ w net.ipv6.conf.a0.rpl_seg_enabled 3 1
  sysctl: setting key "net.ipv6.conf.a0.rpl_seg_enabled": Invalid argument
  net.ipv6.conf.a0.rpl_seg_enabled = 1
  1
  $ w net.ipv6.conf.a0.accept_untracked_na 2 3 -1
  net.ipv6.conf.a0.accept_untracked_na = 2
  sysctl: setting key "net.ipv6.conf.a0.accept_untracked_na": Invalid argument
  sysctl: setting key "net.ipv6.conf.a0.accept_untracked_na": Invalid argument
  2
  $ w net.ipv6.conf.a0.ndisc_tclass 255 256 -1 0x2e
  net.ipv6.conf.a0.ndisc_tclass = 255
  sysctl: setting key "net.ipv6.conf.a0.ndisc_tclass": Invalid argument
  sysctl: setting key "net.ipv6.conf.a0.ndisc_tclass": Invalid argument
  net.ipv6.conf.a0.ndisc_tclass = 0x2e
  46
  $ w net.ipv6.conf.a0.ioam6_id_wide 4294967295 4294967296 -1
  net.ipv6.conf.a0.ioam6_id_wide = 4294967295
  sysctl: setting key "net.ipv6.conf.a0.ioam6_id_wide": Invalid argument
  sysctl: setting key "net.ipv6.conf.a0.ioam6_id_wide": Invalid argument
  4294967295
  $ w net.ipv6.conf.a0.ra_defrtr_metric 0 4294967295 -1 1
  sysctl: setting key "net.ipv6.conf.a0.ra_defrtr_metric": Invalid argument
  net.ipv6.conf.a0.ra_defrtr_metric = 4294967295
  sysctl: setting key "net.ipv6.conf.a0.ra_defrtr_metric": Invalid argument
  net.ipv6.conf.a0.ra_defrtr_metric = 1
  1
  $ w net.ipv6.conf.a0.router_solicitations -2 -1 0
  sysctl: setting key "net.ipv6.conf.a0.router_solicitations": Invalid argument
  net.ipv6.conf.a0.router_solicitations = -1
  net.ipv6.conf.a0.router_solicitations = 0
  0
  $ w net.ipv6.conf.a0.router_solicitation_delay 8589934 8589935 -1
  net.ipv6.conf.a0.router_solicitation_delay = 8589934
  sysctl: setting key "net.ipv6.conf.a0.router_solicitation_delay": Invalid argument
  net.ipv6.conf.a0.router_solicitation_delay = -1
  -1
  $ w net.ipv6.conf.default.router_probe_interval 2147483647 3600
  sysctl: setting key "net.ipv6.conf.default.router_probe_interval": Invalid argument
  net.ipv6.conf.default.router_probe_interval = 3600
  3600
  $ w net.ipv6.conf.a0.mldv1_unsolicited_report_interval 1001 1 -1 4294967296
  net.ipv6.conf.a0.mldv1_unsolicited_report_interval = 1001
  net.ipv6.conf.a0.mldv1_unsolicited_report_interval = 1
  sysctl: setting key "net.ipv6.conf.a0.mldv1_unsolicited_report_interval": Invalid argument
  net.ipv6.conf.a0.mldv1_unsolicited_report_interval = 4294967296
  0
  $ w net.ipv6.conf.all.mldv2_unsolicited_report_interval 2147483647 2147483648 999
  net.ipv6.conf.all.mldv2_unsolicited_report_interval = 2147483647
  sysctl: setting key "net.ipv6.conf.all.mldv2_unsolicited_report_interval": Invalid argument
  net.ipv6.conf.all.mldv2_unsolicited_report_interval = 999
  1000
  $ w net.ipv6.conf.a0.addr_gen_mode 1 2 3 4 -1
  net.ipv6.conf.a0.addr_gen_mode = 1
  sysctl: setting key "net.ipv6.conf.a0.addr_gen_mode": Invalid argument
  net.ipv6.conf.a0.addr_gen_mode = 3
  sysctl: setting key "net.ipv6.conf.a0.addr_gen_mode": Invalid argument
  sysctl: setting key "net.ipv6.conf.a0.addr_gen_mode": Invalid argument
  3
  $ w net.ipv6.conf.default.addr_gen_mode 2 5
  net.ipv6.conf.default.addr_gen_mode = 2
  sysctl: setting key "net.ipv6.conf.default.addr_gen_mode": Invalid argument
  2
  $ w net.ipv6.conf.all.addr_gen_mode 2; sysctl net.ipv6.conf.a0.addr_gen_mode net.ipv6.conf.b0.addr_gen_mode net.ipv6.conf.lo.addr_gen_mode net.ipv6.conf.default.addr_gen_mode
  net.ipv6.conf.all.addr_gen_mode = 2
  2
  net.ipv6.conf.a0.addr_gen_mode = 2
  net.ipv6.conf.b0.addr_gen_mode = 2
  net.ipv6.conf.lo.addr_gen_mode = 2
  net.ipv6.conf.default.addr_gen_mode = 2
  $ sysctl -w net.ipv6.conf.all.addr_gen_mode=0; sysctl net.ipv6.conf.a0.addr_gen_mode net.ipv6.conf.default.addr_gen_mode
  net.ipv6.conf.all.addr_gen_mode = 0
  net.ipv6.conf.a0.addr_gen_mode = 0
  net.ipv6.conf.default.addr_gen_mode = 0
  $ w net.ipv6.conf.a0.force_forwarding 2 1 0
  sysctl: setting key "net.ipv6.conf.a0.force_forwarding": Invalid argument
  net.ipv6.conf.a0.force_forwarding = 1
  net.ipv6.conf.a0.force_forwarding = 0
  0
  $ sysctl -w net.ipv6.conf.all.force_forwarding=1; sysctl net.ipv6.conf.a0.force_forwarding net.ipv6.conf.lo.force_forwarding net.ipv6.conf.default.force_forwarding
  net.ipv6.conf.all.force_forwarding = 1
  net.ipv6.conf.a0.force_forwarding = 1
  net.ipv6.conf.lo.force_forwarding = 1
  net.ipv6.conf.default.force_forwarding = 0
  $ sysctl -w net.ipv6.conf.a0.force_forwarding=0 net.ipv6.conf.all.force_forwarding=1; sysctl net.ipv6.conf.a0.force_forwarding
  net.ipv6.conf.a0.force_forwarding = 0
  net.ipv6.conf.all.force_forwarding = 1
  net.ipv6.conf.a0.force_forwarding = 0
  $ sysctl -w net.ipv6.conf.all.forwarding=1; sysctl net.ipv6.conf.b0.force_forwarding
  net.ipv6.conf.all.forwarding = 1
  net.ipv6.conf.b0.force_forwarding = 1
  $ sysctl -w net.ipv6.conf.all.forwarding=0; sysctl net.ipv6.conf.b0.force_forwarding net.ipv6.conf.lo.force_forwarding net.ipv6.conf.all.force_forwarding
  net.ipv6.conf.all.forwarding = 0
  net.ipv6.conf.b0.force_forwarding = 0
  net.ipv6.conf.lo.force_forwarding = 0
  net.ipv6.conf.all.force_forwarding = 1
  $ ip link add a1 type veth peer name b1; sysctl net.ipv6.conf.a1.force_forwarding net.ipv6.conf.a1.addr_gen_mode net.ipv6.conf.a1.router_probe_interval
  net.ipv6.conf.a1.force_forwarding = 0
  net.ipv6.conf.a1.addr_gen_mode = 0
  net.ipv6.conf.a1.router_probe_interval = 3600
  $ echo 300 > /proc/sys/net/ipv6/conf/a0/ndisc_tclass; echo 2 > /proc/sys/net/ipv6/conf/a0/addr_gen_mode; cat /proc/sys/net/ipv6/conf/a0/ndisc_tclass
  bash: line 84: echo: write error: Invalid argument
  46
