Bridge timers are given in centiseconds (clock_t) and kept in jiffies (HZ 250 here): clock_t_to_jiffies() and jiffies_to_clock_t() round, so odd values come back changed, in ip -d link, ip -j, sysfs and the port timers; STP's own limits apply to forward_delay/hello_time/max_age only with stp_state 1.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge forward_delay 333 hello_time 101 max_age 777 ageing_time 30001 mcast_last_member_interval 99 mcast_membership_interval 2601 mcast_querier_interval 25501 mcast_query_interval 12345 mcast_query_response_interval 999 mcast_startup_query_interval 3125
  $ ip -n sw -d link show br0 | grep -oE '(forward_delay|hello_time|max_age|ageing_time|mcast_[a-z_]+_interval) [0-9]+' | tr '\n' ' '; echo
  forward_delay 332 hello_time 100 max_age * ageing_time 30000 mcast_last_member_interval 98 mcast_membership_interval 2600 mcast_querier_interval 25500 mcast_query_interval 12344 mcast_query_response_interval 998 mcast_startup_query_interval 3124  (glob)
  $ ip -n sw -d -j link show br0 | grep -oE '"(forward_delay|hello_time|max_age|ageing_time|mcast_[a-z_]+_intvl)":[0-9]+' | tr '\n' ' '; echo
  "forward_delay":332 "hello_time":100 "max_age":776 "ageing_time":30000 "mcast_last_member_intvl":98 "mcast_membership_intvl":2600 "mcast_querier_intvl":25500 "mcast_query_intvl":12344 "mcast_query_response_intvl":998 "mcast_startup_query_intvl":3124 
  $ ip netns exec sw sh -c 'cd /sys/class/net/br0/bridge; for f in forward_delay hello_time max_age ageing_time multicast_last_member_interval multicast_membership_interval multicast_querier_interval multicast_query_interval multicast_query_response_interval multicast_startup_query_interval; do echo "$f $(cat $f)"; done'
  forward_delay 332
  hello_time 100
  max_age * (glob)
  ageing_time 30000
  multicast_last_member_interval 98
  multicast_membership_interval 2600
  multicast_querier_interval 25500
  multicast_query_interval 12344
  multicast_query_response_interval 998
  multicast_startup_query_interval 3124
  $ ip netns exec sw sh -c 'echo 1234 > /sys/class/net/br0/bridge/multicast_query_interval; cat /sys/class/net/br0/bridge/multicast_query_interval'
  1234
  $ ip netns exec sw sh -c 'echo 3 > /sys/class/net/br0/bridge/ageing_time; cat /sys/class/net/br0/bridge/ageing_time'
  2
  $ ip netns exec sw sh -c 'echo 101 > /sys/class/net/br0/bridge/hello_time; cat /sys/class/net/br0/bridge/hello_time'
  100
  $ ip -n sw link set br0 type bridge forward_delay 1 hello_time 1 max_age 1; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw -d link show br0 | grep -oE '(forward_delay|hello_time|max_age) [0-9]+' | tr '\n' ' '; echo
  forward_delay 0 hello_time 100 max_age *  (glob)
  $ ip -n sw link set br0 type bridge stp_state 1; echo $?
  0
  $ ip -n sw link set br0 type bridge forward_delay 200 hello_time 100 max_age 600 stp_state 1; echo $?
  0
  $ ip -n sw link set br0 type bridge forward_delay 199; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw link set br0 type bridge forward_delay 3001; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw link set br0 type bridge hello_time 99; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw link set br0 type bridge hello_time 1001; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw link set br0 type bridge max_age 599; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw link set br0 type bridge max_age 4001; echo $?
  RTNETLINK answers: Numerical result out of range
  2
  $ ip -n sw link set br0 type bridge forward_delay 201 hello_time 151 max_age 603; echo $?
  0
  $ ip -n sw -d link show br0 | grep -oE '(forward_delay|hello_time|max_age) [0-9]+' | tr '\n' ' '; echo
  forward_delay 200 hello_time 150 max_age *  (glob)
  $ ip -n sw link set br0 type bridge ageing_time 9; echo $?
  0
  $ ip -n sw link set br0 type bridge ageing_time 1000001; echo $?
  0
  $ ip -n sw -d link show br0 | grep -oE 'ageing_time [0-9]+'
  ageing_time 1000000
  $ ip -n sw link set br0 type bridge mcast_query_response_interval 12345 mcast_query_interval 100; echo $?
  0
  $ ip -n sw link set br0 type bridge mcast_query_interval 99; echo $?
  0
  $ ip -n sw link set br0 type bridge mcast_startup_query_interval 99; echo $?
  0
  $ ip -n sw link set br0 type bridge mcast_query_interval 8640001; echo $?
  0
  $ ip -n sw -d link show br0 | grep -oE 'mcast_[a-z_]+_interval [0-9]+' | tr '\n' ' '; echo
  mcast_last_member_interval 98 mcast_membership_interval 2600 mcast_querier_interval 25500 mcast_query_interval 8640000 mcast_query_response_interval 12344 mcast_startup_query_interval 100 
