log_martians and ICMP redirects: a host that refuses a redirect (accept_redirects off on all and the device, or shared_media off and secure_redirects with a new gateway that is no default gateway) logs "Redirect from R on DEV about G ignored" with the advised path (the quoted packet's addresses); the router, after ip_rt_redirect_number (9) redirects a host ignored, logs "host H/ifN ignores redirects for D to G" and stops sending them.
  $ for n in h r d lan; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n lan link add br0 type bridge; ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add d0 netns d address 02:00:00:00:00:10 type veth peer name p3 netns lan
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n d link set d0 up
  $ ip -n h addr add 10.77.0.31/24 dev h0; ip -n r addr add 10.77.0.121/24 dev r0; ip -n d addr add 10.77.0.10/24 dev d0
  $ ip -n d addr add 10.78.0.1/32 dev lo
  $ ip -n h route add 10.78.0.0/24 via 10.77.0.121
  $ ip -n r route add 10.78.0.0/24 via 10.77.0.10
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.r0.log_martians=1
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.log_martians=1 net.ipv4.conf.all.accept_redirects=0 net.ipv4.conf.h0.accept_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.78.0.1 | tail -2 | head -1
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ dmesg -t | grep -A1 'Redirect from 10.77.0.121 on h0 about 10.77.0.10 ignored' | tail -2
  IPv4: Redirect from 10.77.0.121 on h0 about 10.77.0.10 ignored
    Advised path = 10.77.0.31 -> 10.78.0.1
  $ dmesg | grep -A1 'Redirect from 10.77.0.121 on h0 about 10.77.0.10 ignored' | tail -2 | sed -E 's/^\[ *[0-9]+\.[0-9]{6}\]/[T]/'
  [T] IPv4: Redirect from 10.77.0.121 on h0 about 10.77.0.10 ignored
                   Advised path = 10.77.0.31 -> 10.78.0.1
  $ dmesg -x -t | grep -A1 'Redirect from 10.77.0.121 on h0 about 10.77.0.10 ignored' | tail -2
  kern  :info  : IPv4: Redirect from 10.77.0.121 on h0 about 10.77.0.10 ignored
                   Advised path = 10.77.0.31 -> 10.78.0.1
  $ ip -n h route get 10.78.0.1
  10.78.0.1 via 10.77.0.121 dev h0 src 10.77.0.31 uid 0 
      cache 
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.accept_redirects=1 net.ipv4.conf.all.shared_media=0 net.ipv4.conf.h0.shared_media=0
  $ ip netns exec h sysctl net.ipv4.conf.h0.accept_redirects net.ipv4.conf.h0.secure_redirects net.ipv4.conf.h0.shared_media
  net.ipv4.conf.h0.accept_redirects = 1
  net.ipv4.conf.h0.secure_redirects = 1
  net.ipv4.conf.h0.shared_media = 0
  $ ip netns exec h ping -c 30 -i 0.5 -W 1 10.78.0.1 | tail -2 | head -1
  30 packets transmitted, 30 received, 0% packet loss, time *ms (glob)
  $ ip -n h route get 10.78.0.1
  10.78.0.1 via 10.77.0.121 dev h0 src 10.77.0.31 uid 0 
      cache 
  $ dmesg -t | grep 'ignores redirects for 10.78.0.1' | tail -1
  IPv4: host 10.77.0.31/if2 ignores redirects for 10.78.0.1 to 10.77.0.10
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 31                 0.0
  IcmpOutRedirects                9                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 9                  0.0
