ICMP and PMTU sysctl knobs swept with bad, edge and out-of-range values in one namespace: each write's message and exit status, then the value kept.
  $ ip netns add s
  $ for k in icmp_echo_ignore_all icmp_echo_ignore_broadcasts icmp_echo_enable_probe icmp_ignore_bogus_error_responses icmp_errors_use_inbound_ifaddr ip_forward_use_pmtu ip_forward_update_priority; do for v in -1 0 1 2 3 abc 1x ' 1' '1 0'; do ip netns exec s sysctl -w "net.ipv4.$k=$v" 2>&1; echo "$k=$v -> $?"; done; ip netns exec s sysctl net.ipv4.$k; done
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  icmp_echo_ignore_all=-1 -> 1
  net.ipv4.icmp_echo_ignore_all = 0
  icmp_echo_ignore_all=0 -> 0
  net.ipv4.icmp_echo_ignore_all = 1
  icmp_echo_ignore_all=1 -> 0
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  icmp_echo_ignore_all=2 -> 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  icmp_echo_ignore_all=3 -> 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  icmp_echo_ignore_all=abc -> 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_all": Invalid argument
  icmp_echo_ignore_all=1x -> 1
  net.ipv4.icmp_echo_ignore_all = 1
  icmp_echo_ignore_all= 1 -> 0
  net.ipv4.icmp_echo_ignore_all = 1 0
  icmp_echo_ignore_all=1 0 -> 0
  net.ipv4.icmp_echo_ignore_all = 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_broadcasts": Invalid argument
  icmp_echo_ignore_broadcasts=-1 -> 1
  net.ipv4.icmp_echo_ignore_broadcasts = 0
  icmp_echo_ignore_broadcasts=0 -> 0
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  icmp_echo_ignore_broadcasts=1 -> 0
  sysctl: setting key "net.ipv4.icmp_echo_ignore_broadcasts": Invalid argument
  icmp_echo_ignore_broadcasts=2 -> 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_broadcasts": Invalid argument
  icmp_echo_ignore_broadcasts=3 -> 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_broadcasts": Invalid argument
  icmp_echo_ignore_broadcasts=abc -> 1
  sysctl: setting key "net.ipv4.icmp_echo_ignore_broadcasts": Invalid argument
  icmp_echo_ignore_broadcasts=1x -> 1
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  icmp_echo_ignore_broadcasts= 1 -> 0
  net.ipv4.icmp_echo_ignore_broadcasts = 1 0
  icmp_echo_ignore_broadcasts=1 0 -> 0
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  sysctl: setting key "net.ipv4.icmp_echo_enable_probe": Invalid argument
  icmp_echo_enable_probe=-1 -> 1
  net.ipv4.icmp_echo_enable_probe = 0
  icmp_echo_enable_probe=0 -> 0
  net.ipv4.icmp_echo_enable_probe = 1
  icmp_echo_enable_probe=1 -> 0
  sysctl: setting key "net.ipv4.icmp_echo_enable_probe": Invalid argument
  icmp_echo_enable_probe=2 -> 1
  sysctl: setting key "net.ipv4.icmp_echo_enable_probe": Invalid argument
  icmp_echo_enable_probe=3 -> 1
  sysctl: setting key "net.ipv4.icmp_echo_enable_probe": Invalid argument
  icmp_echo_enable_probe=abc -> 1
  sysctl: setting key "net.ipv4.icmp_echo_enable_probe": Invalid argument
  icmp_echo_enable_probe=1x -> 1
  net.ipv4.icmp_echo_enable_probe = 1
  icmp_echo_enable_probe= 1 -> 0
  net.ipv4.icmp_echo_enable_probe = 1 0
  icmp_echo_enable_probe=1 0 -> 0
  net.ipv4.icmp_echo_enable_probe = 1
  sysctl: setting key "net.ipv4.icmp_ignore_bogus_error_responses": Invalid argument
  icmp_ignore_bogus_error_responses=-1 -> 1
  net.ipv4.icmp_ignore_bogus_error_responses = 0
  icmp_ignore_bogus_error_responses=0 -> 0
  net.ipv4.icmp_ignore_bogus_error_responses = 1
  icmp_ignore_bogus_error_responses=1 -> 0
  sysctl: setting key "net.ipv4.icmp_ignore_bogus_error_responses": Invalid argument
  icmp_ignore_bogus_error_responses=2 -> 1
  sysctl: setting key "net.ipv4.icmp_ignore_bogus_error_responses": Invalid argument
  icmp_ignore_bogus_error_responses=3 -> 1
  sysctl: setting key "net.ipv4.icmp_ignore_bogus_error_responses": Invalid argument
  icmp_ignore_bogus_error_responses=abc -> 1
  sysctl: setting key "net.ipv4.icmp_ignore_bogus_error_responses": Invalid argument
  icmp_ignore_bogus_error_responses=1x -> 1
  net.ipv4.icmp_ignore_bogus_error_responses = 1
  icmp_ignore_bogus_error_responses= 1 -> 0
  net.ipv4.icmp_ignore_bogus_error_responses = 1 0
  icmp_ignore_bogus_error_responses=1 0 -> 0
  net.ipv4.icmp_ignore_bogus_error_responses = 1
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  icmp_errors_use_inbound_ifaddr=-1 -> 1
  net.ipv4.icmp_errors_use_inbound_ifaddr = 0
  icmp_errors_use_inbound_ifaddr=0 -> 0
  net.ipv4.icmp_errors_use_inbound_ifaddr = 1
  icmp_errors_use_inbound_ifaddr=1 -> 0
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  icmp_errors_use_inbound_ifaddr=2 -> 1
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  icmp_errors_use_inbound_ifaddr=3 -> 1
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  icmp_errors_use_inbound_ifaddr=abc -> 1
  sysctl: setting key "net.ipv4.icmp_errors_use_inbound_ifaddr": Invalid argument
  icmp_errors_use_inbound_ifaddr=1x -> 1
  net.ipv4.icmp_errors_use_inbound_ifaddr = 1
  icmp_errors_use_inbound_ifaddr= 1 -> 0
  net.ipv4.icmp_errors_use_inbound_ifaddr = 1 0
  icmp_errors_use_inbound_ifaddr=1 0 -> 0
  net.ipv4.icmp_errors_use_inbound_ifaddr = 1
  sysctl: setting key "net.ipv4.ip_forward_use_pmtu": Invalid argument
  ip_forward_use_pmtu=-1 -> 1
  net.ipv4.ip_forward_use_pmtu = 0
  ip_forward_use_pmtu=0 -> 0
  net.ipv4.ip_forward_use_pmtu = 1
  ip_forward_use_pmtu=1 -> 0
  net.ipv4.ip_forward_use_pmtu = 2
  ip_forward_use_pmtu=2 -> 0
  net.ipv4.ip_forward_use_pmtu = 3
  ip_forward_use_pmtu=3 -> 0
  sysctl: setting key "net.ipv4.ip_forward_use_pmtu": Invalid argument
  ip_forward_use_pmtu=abc -> 1
  sysctl: setting key "net.ipv4.ip_forward_use_pmtu": Invalid argument
  ip_forward_use_pmtu=1x -> 1
  net.ipv4.ip_forward_use_pmtu = 1
  ip_forward_use_pmtu= 1 -> 0
  net.ipv4.ip_forward_use_pmtu = 1 0
  ip_forward_use_pmtu=1 0 -> 0
  net.ipv4.ip_forward_use_pmtu = 1
  sysctl: setting key "net.ipv4.ip_forward_update_priority": Invalid argument
  ip_forward_update_priority=-1 -> 1
  net.ipv4.ip_forward_update_priority = 0
  ip_forward_update_priority=0 -> 0
  net.ipv4.ip_forward_update_priority = 1
  ip_forward_update_priority=1 -> 0
  sysctl: setting key "net.ipv4.ip_forward_update_priority": Invalid argument
  ip_forward_update_priority=2 -> 1
  sysctl: setting key "net.ipv4.ip_forward_update_priority": Invalid argument
  ip_forward_update_priority=3 -> 1
  sysctl: setting key "net.ipv4.ip_forward_update_priority": Invalid argument
  ip_forward_update_priority=abc -> 1
  sysctl: setting key "net.ipv4.ip_forward_update_priority": Invalid argument
  ip_forward_update_priority=1x -> 1
  net.ipv4.ip_forward_update_priority = 1
  ip_forward_update_priority= 1 -> 0
  net.ipv4.ip_forward_update_priority = 1 0
  ip_forward_update_priority=1 0 -> 0
  net.ipv4.ip_forward_update_priority = 1
  $ for k in icmp_ratelimit icmp_ratemask icmp_msgs_per_sec icmp_msgs_burst; do for v in -2 -1 0 1 65535 65536 2147483647 2147483648 4294967295 0x10 010 abc; do ip netns exec s sysctl -w "net.ipv4.$k=$v" 2>&1; echo "$k=$v -> $?"; done; ip netns exec s sysctl net.ipv4.$k; done
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  icmp_ratelimit=-2 -> 1
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  icmp_ratelimit=-1 -> 1
  net.ipv4.icmp_ratelimit = 0
  icmp_ratelimit=0 -> 0
  net.ipv4.icmp_ratelimit = 1
  icmp_ratelimit=1 -> 0
  net.ipv4.icmp_ratelimit = 65535
  icmp_ratelimit=65535 -> 0
  net.ipv4.icmp_ratelimit = 65536
  icmp_ratelimit=65536 -> 0
  net.ipv4.icmp_ratelimit = 2147483647
  icmp_ratelimit=2147483647 -> 0
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  icmp_ratelimit=2147483648 -> 1
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  icmp_ratelimit=4294967295 -> 1
  net.ipv4.icmp_ratelimit = 0x10
  icmp_ratelimit=0x10 -> 0
  net.ipv4.icmp_ratelimit = 010
  icmp_ratelimit=010 -> 0
  sysctl: setting key "net.ipv4.icmp_ratelimit": Invalid argument
  icmp_ratelimit=abc -> 1
  net.ipv4.icmp_ratelimit = 8
  net.ipv4.icmp_ratemask = -2
  icmp_ratemask=-2 -> 0
  net.ipv4.icmp_ratemask = -1
  icmp_ratemask=-1 -> 0
  net.ipv4.icmp_ratemask = 0
  icmp_ratemask=0 -> 0
  net.ipv4.icmp_ratemask = 1
  icmp_ratemask=1 -> 0
  net.ipv4.icmp_ratemask = 65535
  icmp_ratemask=65535 -> 0
  net.ipv4.icmp_ratemask = 65536
  icmp_ratemask=65536 -> 0
  net.ipv4.icmp_ratemask = 2147483647
  icmp_ratemask=2147483647 -> 0
  sysctl: setting key "net.ipv4.icmp_ratemask": Invalid argument
  icmp_ratemask=2147483648 -> 1
  sysctl: setting key "net.ipv4.icmp_ratemask": Invalid argument
  icmp_ratemask=4294967295 -> 1
  net.ipv4.icmp_ratemask = 0x10
  icmp_ratemask=0x10 -> 0
  net.ipv4.icmp_ratemask = 010
  icmp_ratemask=010 -> 0
  sysctl: setting key "net.ipv4.icmp_ratemask": Invalid argument
  icmp_ratemask=abc -> 1
  net.ipv4.icmp_ratemask = 8
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  icmp_msgs_per_sec=-2 -> 1
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  icmp_msgs_per_sec=-1 -> 1
  net.ipv4.icmp_msgs_per_sec = 0
  icmp_msgs_per_sec=0 -> 0
  net.ipv4.icmp_msgs_per_sec = 1
  icmp_msgs_per_sec=1 -> 0
  net.ipv4.icmp_msgs_per_sec = 65535
  icmp_msgs_per_sec=65535 -> 0
  net.ipv4.icmp_msgs_per_sec = 65536
  icmp_msgs_per_sec=65536 -> 0
  net.ipv4.icmp_msgs_per_sec = 2147483647
  icmp_msgs_per_sec=2147483647 -> 0
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  icmp_msgs_per_sec=2147483648 -> 1
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  icmp_msgs_per_sec=4294967295 -> 1
  net.ipv4.icmp_msgs_per_sec = 0x10
  icmp_msgs_per_sec=0x10 -> 0
  net.ipv4.icmp_msgs_per_sec = 010
  icmp_msgs_per_sec=010 -> 0
  sysctl: setting key "net.ipv4.icmp_msgs_per_sec": Invalid argument
  icmp_msgs_per_sec=abc -> 1
  net.ipv4.icmp_msgs_per_sec = 8
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  icmp_msgs_burst=-2 -> 1
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  icmp_msgs_burst=-1 -> 1
  net.ipv4.icmp_msgs_burst = 0
  icmp_msgs_burst=0 -> 0
  net.ipv4.icmp_msgs_burst = 1
  icmp_msgs_burst=1 -> 0
  net.ipv4.icmp_msgs_burst = 65535
  icmp_msgs_burst=65535 -> 0
  net.ipv4.icmp_msgs_burst = 65536
  icmp_msgs_burst=65536 -> 0
  net.ipv4.icmp_msgs_burst = 2147483647
  icmp_msgs_burst=2147483647 -> 0
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  icmp_msgs_burst=2147483648 -> 1
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  icmp_msgs_burst=4294967295 -> 1
  net.ipv4.icmp_msgs_burst = 0x10
  icmp_msgs_burst=0x10 -> 0
  net.ipv4.icmp_msgs_burst = 010
  icmp_msgs_burst=010 -> 0
  sysctl: setting key "net.ipv4.icmp_msgs_burst": Invalid argument
  icmp_msgs_burst=abc -> 1
  net.ipv4.icmp_msgs_burst = 8
  $ for v in -1 0 1 2 3 4 5 255; do ip netns exec s sysctl -w net.ipv4.ip_no_pmtu_disc=$v 2>&1; echo "ip_no_pmtu_disc=$v -> $?"; done; ip netns exec s sysctl net.ipv4.ip_no_pmtu_disc
  sysctl: setting key "net.ipv4.ip_no_pmtu_disc": Invalid argument
  ip_no_pmtu_disc=-1 -> 1
  net.ipv4.ip_no_pmtu_disc = 0
  ip_no_pmtu_disc=0 -> 0
  net.ipv4.ip_no_pmtu_disc = 1
  ip_no_pmtu_disc=1 -> 0
  net.ipv4.ip_no_pmtu_disc = 2
  ip_no_pmtu_disc=2 -> 0
  net.ipv4.ip_no_pmtu_disc = 3
  ip_no_pmtu_disc=3 -> 0
  net.ipv4.ip_no_pmtu_disc = 4
  ip_no_pmtu_disc=4 -> 0
  net.ipv4.ip_no_pmtu_disc = 5
  ip_no_pmtu_disc=5 -> 0
  net.ipv4.ip_no_pmtu_disc = 255
  ip_no_pmtu_disc=255 -> 0
  net.ipv4.ip_no_pmtu_disc = 255
  $ for v in 0 1 67 68 69 551 552 553 1280 65535 65536 -1 abc; do ip netns exec s sysctl -w net.ipv4.route.min_pmtu=$v 2>&1; echo "min_pmtu=$v -> $?"; done; ip netns exec s sysctl net.ipv4.route.min_pmtu
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  min_pmtu=0 -> 1
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  min_pmtu=1 -> 1
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  min_pmtu=67 -> 1
  net.ipv4.route.min_pmtu = 68
  min_pmtu=68 -> 0
  net.ipv4.route.min_pmtu = 69
  min_pmtu=69 -> 0
  net.ipv4.route.min_pmtu = 551
  min_pmtu=551 -> 0
  net.ipv4.route.min_pmtu = 552
  min_pmtu=552 -> 0
  net.ipv4.route.min_pmtu = 553
  min_pmtu=553 -> 0
  net.ipv4.route.min_pmtu = 1280
  min_pmtu=1280 -> 0
  net.ipv4.route.min_pmtu = 65535
  min_pmtu=65535 -> 0
  net.ipv4.route.min_pmtu = 65536
  min_pmtu=65536 -> 0
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  min_pmtu=-1 -> 1
  sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument
  min_pmtu=abc -> 1
  net.ipv4.route.min_pmtu = 65536
  $ for v in -1 0 1 600 2147483 2147484 abc; do ip netns exec s sysctl -w net.ipv4.route.mtu_expires=$v 2>&1; echo "mtu_expires=$v -> $?"; done; ip netns exec s sysctl net.ipv4.route.mtu_expires
  net.ipv4.route.mtu_expires = -1
  mtu_expires=-1 -> 0
  net.ipv4.route.mtu_expires = 0
  mtu_expires=0 -> 0
  net.ipv4.route.mtu_expires = 1
  mtu_expires=1 -> 0
  net.ipv4.route.mtu_expires = 600
  mtu_expires=600 -> 0
  net.ipv4.route.mtu_expires = 2147483
  mtu_expires=2147483 -> 0
  net.ipv4.route.mtu_expires = 2147484
  mtu_expires=2147484 -> 0
  sysctl: setting key "net.ipv4.route.mtu_expires": Invalid argument
  mtu_expires=abc -> 1
  net.ipv4.route.mtu_expires = 2147484
  $ for v in -1 0 1 256 536 65535 65536 abc; do ip netns exec s sysctl -w net.ipv4.route.min_adv_mss=$v 2>&1; echo "min_adv_mss=$v -> $?"; done; ip netns exec s sysctl net.ipv4.route.min_adv_mss
  net.ipv4.route.min_adv_mss = -1
  min_adv_mss=-1 -> 0
  net.ipv4.route.min_adv_mss = 0
  min_adv_mss=0 -> 0
  net.ipv4.route.min_adv_mss = 1
  min_adv_mss=1 -> 0
  net.ipv4.route.min_adv_mss = 256
  min_adv_mss=256 -> 0
  net.ipv4.route.min_adv_mss = 536
  min_adv_mss=536 -> 0
  net.ipv4.route.min_adv_mss = 65535
  min_adv_mss=65535 -> 0
  net.ipv4.route.min_adv_mss = 65536
  min_adv_mss=65536 -> 0
  sysctl: setting key "net.ipv4.route.min_adv_mss": Invalid argument
  min_adv_mss=abc -> 1
  net.ipv4.route.min_adv_mss = 65536
  $ for k in redirect_number redirect_load redirect_silence error_cost error_burst gc_timeout; do for v in -1 0 7 2147483647 abc; do ip netns exec s sysctl -w net.ipv4.route.$k=$v 2>&1; echo "$k=$v -> $?"; done; ip netns exec s sysctl net.ipv4.route.$k; done
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=-1 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=0 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=7 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=2147483647 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=abc -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=-1 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=0 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=7 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=2147483647 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=abc -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=-1 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=0 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=7 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=2147483647 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=abc -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=-1 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=0 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=7 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=2147483647 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=abc -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=-1 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=0 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=7 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=2147483647 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=abc -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=-1 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=0 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=7 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=2147483647 -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=abc -> 1
  sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  [1]
  $ for v in '0 0' '1 0' '0 1' '1 1' '0 2147483647' '2147483647 0' '-1 5' '5 -1' '4294967295 4294967295' '1' '1 2 3' 'a b'; do ip netns exec s sysctl -w "net.ipv4.ping_group_range=$v" 2>&1; echo "ping_group_range=$v -> $?"; ip netns exec s cat /proc/sys/net/ipv4/ping_group_range; done
  net.ipv4.ping_group_range = 0 0
  ping_group_range=0 0 -> 0
  0	0
  net.ipv4.ping_group_range = 1 0
  ping_group_range=1 0 -> 0
  1	0
  net.ipv4.ping_group_range = 0 1
  ping_group_range=0 1 -> 0
  0	1
  net.ipv4.ping_group_range = 1 1
  ping_group_range=1 1 -> 0
  1	1
  net.ipv4.ping_group_range = 0 2147483647
  ping_group_range=0 2147483647 -> 0
  0	2147483647
  net.ipv4.ping_group_range = 2147483647 0
  ping_group_range=2147483647 0 -> 0
  1	0
  sysctl: setting key "net.ipv4.ping_group_range": Invalid argument
  ping_group_range=-1 5 -> 1
  1	0
  sysctl: setting key "net.ipv4.ping_group_range": Invalid argument
  ping_group_range=5 -1 -> 1
  1	0
  sysctl: setting key "net.ipv4.ping_group_range": Invalid argument
  ping_group_range=4294967295 4294967295 -> 1
  1	0
  net.ipv4.ping_group_range = 1
  ping_group_range=1 -> 0
  1	0
  net.ipv4.ping_group_range = 1 2 3
  ping_group_range=1 2 3 -> 0
  1	2
  sysctl: setting key "net.ipv4.ping_group_range": Invalid argument
  ping_group_range=a b -> 1
  1	2
  $ for v in -1 0 1 64 255 256 abc; do ip netns exec s sysctl -w net.ipv4.ip_default_ttl=$v 2>&1; echo "ip_default_ttl=$v -> $?"; done; ip netns exec s sysctl net.ipv4.ip_default_ttl
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  ip_default_ttl=-1 -> 1
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  ip_default_ttl=0 -> 1
  net.ipv4.ip_default_ttl = 1
  ip_default_ttl=1 -> 0
  net.ipv4.ip_default_ttl = 64
  ip_default_ttl=64 -> 0
  net.ipv4.ip_default_ttl = 255
  ip_default_ttl=255 -> 0
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  ip_default_ttl=256 -> 1
  sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument
  ip_default_ttl=abc -> 1
  net.ipv4.ip_default_ttl = 255
  $ for v in -1 0 1 2 abc; do ip netns exec s sysctl -w net.ipv4.ip_forward=$v 2>&1; echo "ip_forward=$v -> $?"; ip netns exec s sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.lo.forwarding; done
  net.ipv4.ip_forward = -1
  ip_forward=-1 -> 0
  net.ipv4.ip_forward = -1
  net.ipv4.conf.all.forwarding = -1
  net.ipv4.conf.lo.forwarding = -1
  net.ipv4.ip_forward = 0
  ip_forward=0 -> 0
  net.ipv4.ip_forward = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.lo.forwarding = 0
  net.ipv4.ip_forward = 1
  ip_forward=1 -> 0
  net.ipv4.ip_forward = 1
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.lo.forwarding = 1
  net.ipv4.ip_forward = 2
  ip_forward=2 -> 0
  net.ipv4.ip_forward = 2
  net.ipv4.conf.all.forwarding = 2
  net.ipv4.conf.lo.forwarding = 2
  sysctl: setting key "net.ipv4.ip_forward": Invalid argument
  ip_forward=abc -> 1
  net.ipv4.ip_forward = 2
  net.ipv4.conf.all.forwarding = 2
  net.ipv4.conf.lo.forwarding = 2
  $ for k in accept_redirects secure_redirects send_redirects shared_media forwarding; do for v in -1 2 abc 7; do ip netns exec s sysctl -w net.ipv4.conf.lo.$k=$v 2>&1; echo "lo.$k=$v -> $?"; done; ip netns exec s sysctl net.ipv4.conf.lo.$k; done
  net.ipv4.conf.lo.accept_redirects = -1
  lo.accept_redirects=-1 -> 0
  net.ipv4.conf.lo.accept_redirects = 2
  lo.accept_redirects=2 -> 0
  sysctl: setting key "net.ipv4.conf.lo.accept_redirects": Invalid argument
  lo.accept_redirects=abc -> 1
  net.ipv4.conf.lo.accept_redirects = 7
  lo.accept_redirects=7 -> 0
  net.ipv4.conf.lo.accept_redirects = 7
  net.ipv4.conf.lo.secure_redirects = -1
  lo.secure_redirects=-1 -> 0
  net.ipv4.conf.lo.secure_redirects = 2
  lo.secure_redirects=2 -> 0
  sysctl: setting key "net.ipv4.conf.lo.secure_redirects": Invalid argument
  lo.secure_redirects=abc -> 1
  net.ipv4.conf.lo.secure_redirects = 7
  lo.secure_redirects=7 -> 0
  net.ipv4.conf.lo.secure_redirects = 7
  net.ipv4.conf.lo.send_redirects = -1
  lo.send_redirects=-1 -> 0
  net.ipv4.conf.lo.send_redirects = 2
  lo.send_redirects=2 -> 0
  sysctl: setting key "net.ipv4.conf.lo.send_redirects": Invalid argument
  lo.send_redirects=abc -> 1
  net.ipv4.conf.lo.send_redirects = 7
  lo.send_redirects=7 -> 0
  net.ipv4.conf.lo.send_redirects = 7
  net.ipv4.conf.lo.shared_media = -1
  lo.shared_media=-1 -> 0
  net.ipv4.conf.lo.shared_media = 2
  lo.shared_media=2 -> 0
  sysctl: setting key "net.ipv4.conf.lo.shared_media": Invalid argument
  lo.shared_media=abc -> 1
  net.ipv4.conf.lo.shared_media = 7
  lo.shared_media=7 -> 0
  net.ipv4.conf.lo.shared_media = 7
  net.ipv4.conf.lo.forwarding = -1
  lo.forwarding=-1 -> 0
  net.ipv4.conf.lo.forwarding = 2
  lo.forwarding=2 -> 0
  sysctl: setting key "net.ipv4.conf.lo.forwarding": Invalid argument
  lo.forwarding=abc -> 1
  net.ipv4.conf.lo.forwarding = 7
  lo.forwarding=7 -> 0
  net.ipv4.conf.lo.forwarding = 7
  $ ip netns del s
