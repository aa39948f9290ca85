The IPv4 id of what a host sends (ip_select_ident_segs()): a connected socket's own counter (inet_id, random at connect; UDP's incremented before use), else 0 with DF set and not ignored, else the per-destination hash; ignore_df for sockets below IP_PMTUDISC_DO.

  $ ip netns add a; ip netns add b
  $ ip link add va netns a address 02:00:00:00:00:0a type veth peer name vb netns b address 02:00:00:00:00:0b
  $ ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb; ip -n a link set va up; ip -n b link set vb up
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:0b dev va nud permanent; ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:0a dev vb nud permanent
  $ ip netns exec b tcpdump -l -n -t -v -i vb 'ip' > out 2> err & sleep 0.5
  $ ip netns exec a ping -c 2 -i 0.2 10.0.0.2 > /dev/null; ip netns exec a ping -c 2 -i 0.2 -M do 10.0.0.2 > /dev/null; ip netns exec a ping -c 1 -M dont 10.0.0.2 > /dev/null
  $ printf 'x' | ip netns exec a nc -u -w 1 -p 4000 10.0.0.2 5000; printf 'y' | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:5001; sleep 0.3
  $ ip netns exec a sysctl -qw net.ipv4.ip_no_pmtu_disc=1; ip netns exec b sysctl -qw net.ipv4.ip_no_pmtu_disc=1
  $ ip netns exec b nc -l 10.0.0.2 5003 > /dev/null & sleep 0.2; printf 'hi' | ip netns exec a nc -N 10.0.0.2 5003; sleep 0.3
  $ kill %1; wait %1 2>/dev/null; grep -o 'id [0-9]*, offset 0, flags \[[A-Za-z+]*\], proto [A-Z]*' out | sed -E 's/id [1-9][0-9]*/id N/' | uniq -c
        1 id N, offset 0, flags [DF], proto ICMP
        1 id N, offset 0, flags [none], proto ICMP
        1 id N, offset 0, flags [DF], proto ICMP
        1 id N, offset 0, flags [none], proto ICMP
        1 id 0, offset 0, flags [DF], proto ICMP
        1 id N, offset 0, flags [none], proto ICMP
        1 id 0, offset 0, flags [DF], proto ICMP
        3 id N, offset 0, flags [none], proto ICMP
        1 id N, offset 0, flags [DF], proto UDP
        1 id N, offset 0, flags [none], proto ICMP
        2 id N, offset 0, flags [DF], proto UDP
        1 id N, offset 0, flags [none], proto ICMP
        1 id N, offset 0, flags [DF], proto UDP
        1 id N, offset 0, flags [none], proto TCP
        1 id 0, offset 0, flags [DF], proto TCP
        6 id N, offset 0, flags [none], proto TCP
