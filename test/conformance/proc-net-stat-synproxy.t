/proc/net/stat's per-CPU files that stay the same from one host to another: synproxy (loaded on the reference machine, all zeros without a SYNPROXY rule) in the first namespace and a new one, the header and line count of nf_conntrack.
  $ cat /proc/net/stat/synproxy
  entries		syn_received	cookie_invalid	cookie_valid	cookie_retrans	conn_reopened
  00000000	00000000	00000000	00000000	00000000	00000000
  00000000	00000000	00000000	00000000	00000000	00000000
  $ ip netns add h
  $ ip netns exec h cat /proc/net/stat/synproxy
  entries		syn_received	cookie_invalid	cookie_valid	cookie_retrans	conn_reopened
  00000000	00000000	00000000	00000000	00000000	00000000
  00000000	00000000	00000000	00000000	00000000	00000000
  $ ip netns exec h head -1 /proc/net/stat/synproxy | od -c | head -2
  0000000   e   n   t   r   i   e   s  \t  \t   s   y   n   _   r   e   c
  0000020   e   i   v   e   d  \t   c   o   o   k   i   e   _   i   n   v
  $ ip netns exec h wc -l /proc/net/stat/nf_conntrack /proc/net/stat/synproxy
  3 /proc/net/stat/nf_conntrack
  3 /proc/net/stat/synproxy
  6 total
  $ ip netns exec h head -1 /proc/net/stat/nf_conntrack
  entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart
