net.ipv4.route.* knobs: every key written with good, edge and bad values (sysctl -w and /proc/sys), exit codes and the value read back.
  $ for k in min_pmtu mtu_expires min_adv_mss gc_timeout gc_interval gc_min_interval gc_min_interval_ms gc_elasticity gc_thresh max_size redirect_load redirect_number redirect_silence error_cost error_burst flush; do for v in 0 1 68 552 -1 2147483647 2147483648 abc "" "5 6"; do r=$(sysctl -w net.ipv4.route.$k="$v" 2>&1); e=$?; echo "$k=[$v] $e $r | $(sysctl -n net.ipv4.route.$k 2>&1)"; done; done
  min_pmtu=[0] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 552
  min_pmtu=[1] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 552
  min_pmtu=[68] 0 net.ipv4.route.min_pmtu = 68 | 68
  min_pmtu=[552] 0 net.ipv4.route.min_pmtu = 552 | 552
  min_pmtu=[-1] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 552
  min_pmtu=[2147483647] 0 net.ipv4.route.min_pmtu = 2147483647 | 2147483647
  min_pmtu=[2147483648] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 2147483647
  min_pmtu=[abc] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 2147483647
  min_pmtu=[] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 2147483647
  min_pmtu=[5 6] 1 sysctl: setting key "net.ipv4.route.min_pmtu": Invalid argument | 2147483647
  mtu_expires=[0] 0 net.ipv4.route.mtu_expires = 0 | 0
  mtu_expires=[1] 0 net.ipv4.route.mtu_expires = 1 | 1
  mtu_expires=[68] 0 net.ipv4.route.mtu_expires = 68 | 68
  mtu_expires=[552] 0 net.ipv4.route.mtu_expires = 552 | 552
  mtu_expires=[-1] 0 net.ipv4.route.mtu_expires = -1 | -1
  mtu_expires=[2147483647] 1 sysctl: setting key "net.ipv4.route.mtu_expires": Invalid argument | -1
  mtu_expires=[2147483648] 1 sysctl: setting key "net.ipv4.route.mtu_expires": Invalid argument | -1
  mtu_expires=[abc] 1 sysctl: setting key "net.ipv4.route.mtu_expires": Invalid argument | -1
  mtu_expires=[] 1 sysctl: setting key "net.ipv4.route.mtu_expires": Invalid argument | -1
  mtu_expires=[5 6] 0 net.ipv4.route.mtu_expires = 5 6 | 5
  min_adv_mss=[0] 0 net.ipv4.route.min_adv_mss = 0 | 0
  min_adv_mss=[1] 0 net.ipv4.route.min_adv_mss = 1 | 1
  min_adv_mss=[68] 0 net.ipv4.route.min_adv_mss = 68 | 68
  min_adv_mss=[552] 0 net.ipv4.route.min_adv_mss = 552 | 552
  min_adv_mss=[-1] 0 net.ipv4.route.min_adv_mss = -1 | -1
  min_adv_mss=[2147483647] 0 net.ipv4.route.min_adv_mss = 2147483647 | 2147483647
  min_adv_mss=[2147483648] 1 sysctl: setting key "net.ipv4.route.min_adv_mss": Invalid argument | 2147483647
  min_adv_mss=[abc] 1 sysctl: setting key "net.ipv4.route.min_adv_mss": Invalid argument | 2147483647
  min_adv_mss=[] 1 sysctl: setting key "net.ipv4.route.min_adv_mss": Invalid argument | 2147483647
  min_adv_mss=[5 6] 0 net.ipv4.route.min_adv_mss = 5 6 | 5
  gc_timeout=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_interval=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_interval=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_interval: No such file or directory
  gc_min_interval=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval: No such file or directory
  gc_min_interval_ms=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_min_interval_ms=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_min_interval_ms: No such file or directory
  gc_elasticity=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_elasticity=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_elasticity: No such file or directory
  gc_thresh=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  gc_thresh=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/gc_thresh: No such file or directory
  max_size=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  max_size=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/max_size: No such file or directory
  redirect_load=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_load=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  redirect_number=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_number=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  redirect_silence=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  redirect_silence=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  error_cost=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_cost=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_cost: No such file or directory
  error_burst=[0] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[68] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[552] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[-1] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[2147483647] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[2147483648] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[abc] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  error_burst=[5 6] 1 sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory | sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  flush=[0] 0 net.ipv4.route.flush = 0 | 
  flush=[1] 0 net.ipv4.route.flush = 1 | 
  flush=[68] 0 net.ipv4.route.flush = 68 | 
  flush=[552] 0 net.ipv4.route.flush = 552 | 
  flush=[-1] 0 net.ipv4.route.flush = -1 | 
  flush=[2147483647] 0 net.ipv4.route.flush = 2147483647 | 
  flush=[2147483648] 0 net.ipv4.route.flush = 2147483648 | 
  flush=[abc] 0 net.ipv4.route.flush = abc | 
  flush=[] 0 net.ipv4.route.flush =  | 
  flush=[5 6] 0 net.ipv4.route.flush = 5 6 | 
  $ for k in min_pmtu mtu_expires gc_timeout flush; do echo 77 > /proc/sys/net/ipv4/route/$k; echo "$k $? $(cat /proc/sys/net/ipv4/route/$k 2>&1)"; done
  min_pmtu 0 77
  mtu_expires 0 77
  bash: line 12: /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  gc_timeout 1 cat: /proc/sys/net/ipv4/route/gc_timeout: No such file or directory
  flush 0 cat: /proc/sys/net/ipv4/route/flush: Permission denied
  $ ls /proc/sys/net/ipv4/route/
  flush
  min_adv_mss
  min_pmtu
  mtu_expires
