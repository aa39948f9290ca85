ip rule save writes the binary RTM_NEWRULE dump (a magic, then the kernel's messages); ip rule restore sends them back (no NLM_F_EXCL: a rule already there is added again); bad dumps.
  $ ip link add a0 type veth peer name b0
  $ ip rule add from 10.1.0.0/16 lookup 100 pref 100
  $ ip rule add not to 10.2.0.0/16 iif a0 oif b0 lookup 200 pref 200
  $ ip rule add fwmark 0x10/0xf0 tos 0x10 goto 300 pref 250
  $ ip rule add ipproto tcp sport 80 dport 1000-2000 uidrange 100-200 blackhole pref 300
  $ ip rule add lookup main suppress_prefixlength 0 suppress_ifgroup 5 pref 310
  $ ip rule add realms 3/4 prohibit pref 320
  $ ip rule add nop pref 330
  $ ip rule add lookup 1000 protocol static pref 340
  $ ip rule
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 100
  200:	not from all to 10.2.0.0/16 iif a0 oif b0 lookup 200
  250:	from all tos 0x10 fwmark 0x10/0xf0 goto 300
  300:	from all uidrange 100-200 ipproto tcp sport 80 dport 1000-2000 blackhole
  310:	from all lookup main suppress_prefixlength 0 suppress_ifgroup 5
  320:	from all realms 3/4 prohibit
  330:	from all nop
  340:	from all lookup 1000 proto static
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule save > rules
  $ wc -c < rules
  772
  $ ip rule save | wc -c
  772
  $ ip rule flush
  $ ip rule
  0:	from all lookup local
  $ ip rule restore < rules
  $ ip rule
  0:	from all lookup local
  0:	from all lookup local
  100:	from 10.1.0.0/16 lookup 100
  200:	not from all to 10.2.0.0/16 iif a0 oif b0 lookup 200
  250:	from all tos 0x10 fwmark 0x10/0xf0 goto 300
  300:	from all uidrange 100-200 ipproto tcp sport 80 dport 1000-2000 blackhole
  310:	from all lookup main suppress_prefixlength 0 suppress_ifgroup 5
  320:	from all realms 3/4 prohibit
  330:	from all nop
  340:	from all lookup 1000 proto static
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule restore < rules; echo $?
  0
  $ ip rule | wc -l
  23
  $ ip rule flush; ip rule
  0:	from all lookup local
  0:	from all lookup local
  0:	from all lookup local
  $ cat rules | ip rule restore; ip rule show pref 250
  250:	from all tos 0x10 fwmark 0x10/0xf0 goto 300
  $ ip rule flush
  $ ip rule restore < /dev/null
  Magic mismatch (0 elems, 0 magic)
  [255]
  $ echo garbage | ip rule restore
  Magic mismatch (1 elems, 62726167 magic)
  [255]
  $ printf 'ab' | ip rule restore
  Magic mismatch (0 elems, 6261 magic)
  [255]
  $ ip route save > routes; ip rule restore < routes
  Magic mismatch (1 elems, 45311224 magic)
  [255]
  $ ip rule save > rules2; ip route restore < rules2
  Magic mismatch (1 elems, 71706986 magic)
  [1]
  $ head -c 10 rules > cut; ip rule restore < cut
  rtnl-from_file: truncated message
  [255]
  $ ip rule
  0:	from all lookup local
  0:	from all lookup local
  0:	from all lookup local
  0:	from all lookup local
  $ ip -6 rule save | wc -c
  116
  $ ip rule save all
  "ip rule save" does not take any arguments.
  [1]
  $ ip rule restore now < rules; ip rule | wc -l
  15
