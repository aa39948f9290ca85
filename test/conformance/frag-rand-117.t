Random differential scenario (seed 117): fragments built by hand (socat IP-SENDTO protocol 255, whole IP headers) of ICMP echoes and UDP datagrams, cut at random, reordered, duplicated, overlapping, lost, with odd lengths, mixed ECN, a changed last fragment or an oversized end; the receiver's reassembly counters (ip_frag_queue(), ip_frag_reasm()), its replies and errors, and the queue timeouts after ipfrag_time.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec r sysctl -qw net.ipv4.ipfrag_time=30
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_time=1

Datagram 1: UDP of 273 bytes in 3 fragments (opt, opt).
  $ for p in '\107\000\000\000\010\121\040\000\100\021\000\000\012\000\000\001\012\000\001\002\007\007\004\000\000\000\000\000\234\100\000\011\001\021\000\000\000\007\016\025\034\043\052\061\070\077\106\115\124\133\142\151\160\167\176\205\214\223\232\241\250\257\266\275\304\313\322\331\340\347\356\365\374\003\012\021\030\037\046\055\064\073\102\111\120\127\136\145\154\163\172\201\210\217\226\235\244\253\262\271\300\307\316\325\334\343\352\361\370\377\006\015\024\033\042\051\060\067\076\105\114\123\132\141\150\157\166\175\204\213\222\231\240\247\256\265\274\303\312\321\330\337\346\355\364\373\002\011\020\027\036\045\054\063\072\101\110\117\126\135\144\153\162\171\200\207\216\225\234\243\252\261\270\277\306\315\324\333\342\351\360\367\376\005\014\023\032\041\050\057\066\075\104\113\122\131\140\147\156\165\174\203\212\221\230\237\246\255\264\273\302\311\320\327\336\345\354\363\372\001\010\017\026\035\044\053\062\071' '\105\000\000\000\010\121\040\031\100\021\000\000\012\000\000\001\012\000\001\002\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323\332\341' '\105\000\000\000\010\121\000\034\100\021\000\000\012\000\000\001\012\000\001\002\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070'; do printf "$p" > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt || echo fail; done
  $ sleep 0.1; ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInDelivers IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IpExtReasmOverlaps IcmpInErrors IcmpInCsumErrors IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds UdpNoPorts UdpInCsumErrors | grep -v '^#'
  IpInReceives                    2                  0.0
  IpInHdrErrors                   0                  0.0
  IpInDelivers                    1                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInCsumErrors                0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 0                  0.0
  UdpNoPorts                      1                  0.0
  UdpInCsumErrors                 0                  0.0
  IpExtReasmOverlaps              0                  0.0

Datagram 2: echo of 1198 bytes in 3 fragments.
  $ for p in '\105\000\000\000\010\122\040\000\100\001\000\000\012\000\000\001\012\000\001\002\010\000\042\341\102\102\000\002\001\010\017\026\035\044\053\062\071\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323\332\341\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070\077\106\115\124\133\142\151\160\167\176\205\214\223\232\241\250\257\266\275\304\313\322\331\340\347\356\365\374\003\012\021\030\037\046\055\064\073\102\111\120\127\136\145\154\163\172\201\210\217\226\235\244\253\262\271\300\307\316\325\334\343\352\361\370\377\006\015\024\033\042\051\060\067\076\105\114\123\132\141\150\157\166\175\204\213\222\231\240\247\256\265\274\303\312\321\330\337\346\355\364\373\002\011\020\027\036\045\054\063\072\101\110\117\126\135\144\153\162\171\200\207\216\225\234\243\252\261\270\277\306\315\324\333\342\351\360\367\376\005\014\023\032\041\050\057\066\075\104\113\122\131\140\147\156\165\174\203\212\221\230\237\246\255\264\273\302\311\320\327\336\345\354\363\372\001\010\017\026\035\044\053\062\071\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323\332\341\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070\077\106\115\124\133\142\151\160\167\176\205\214\223\232' '\105\000\000\000\010\122\040\055\100\001\000\000\012\000\000\001\012\000\001\002\241\250\257\266\275\304\313\322\331\340\347\356\365\374\003\012\021\030\037\046\055\064\073\102\111\120\127\136\145\154\163\172\201\210\217\226\235\244\253\262\271\300\307\316\325\334\343\352\361\370\377\006\015\024\033\042\051\060\067\076\105\114\123\132\141\150\157\166\175\204\213\222\231\240\247\256\265\274\303\312\321\330\337\346\355\364\373\002\011\020\027\036\045\054\063\072\101\110\117\126\135\144\153\162\171\200\207\216\225\234\243\252\261\270\277\306\315\324\333\342\351\360\367\376\005\014\023\032\041\050\057\066\075\104\113\122\131\140\147\156\165\174\203\212\221\230\237\246\255\264\273\302\311\320\327\336\345\354\363\372\001\010\017\026\035\044\053\062\071\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323\332\341\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070\077\106\115\124\133\142\151\160\167\176\205\214\223\232\241\250\257\266\275\304\313\322\331\340\347\356\365\374\003\012\021\030\037\046\055\064\073\102\111\120\127\136\145\154\163\172\201\210\217\226\235\244\253\262\271\300\307\316\325\334\343\352\361\370\377\006\015\024\033\042\051\060\067\076\105\114\123\132\141\150\157\166\175\204\213\222\231\240\247\256\265\274\303\312\321\330\337\346\355\364\373\002' '\105\000\000\000\010\122\000\130\100\001\000\000\012\000\000\001\012\000\001\002\011\020\027\036\045\054\063\072\101\110\117\126\135\144\153\162\171\200\207\216\225\234\243\252\261\270\277\306\315\324\333\342\351\360\367\376\005\014\023\032\041\050\057\066\075\104\113\122\131\140\147\156\165\174\203\212\221\230\237\246\255\264\273\302\311\320\327\336\345\354\363\372\001\010\017\026\035\044\053\062\071\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323\332\341\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070\077\106\115\124\133\142\151\160\167\176\205\214\223\232\241\250\257\266\275\304\313\322\331\340\347\356\365\374\003\012\021\030\037\046\055\064\073\102\111\120\127\136\145\154\163\172\201\210\217\226\235\244\253\262\271\300\307\316\325\334\343\352\361\370\377\006\015\024\033\042\051\060\067\076\105\114\123\132\141\150\157\166\175\204\213\222\231\240\247\256\265\274\303\312\321\330\337\346\355\364\373\002\011\020\027\036\045\054\063\072\101\110\117\126\135\144\153\162\171\200\207\216\225\234\243\252\261\270\277\306\315\324\333\342\351\360\367\376\005\014\023\032\041\050\057\066\075\104\113\122\131\140\147\156\165\174\203\212\221\230\237\246\255\264\273\302\311\320\327\336\345\354\363\372\001\010\017\026\035\044\053\062\071\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323\332\341\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070\077\106\115\124\133\142\151\160\167\176\205\214\223\232\241\250\257\266\275\304\313\322\331\340\347\356\365\374\003\012\021\030\037\046\055\064\073\102\111\120\127\136\145\154\163\172\201\210\217\226\235\244\253\262\271\300\307\316\325\334\343\352\361\370\377\006\015\024\033\042\051\060\067\076\105\114\123\132\141\150\157\166\175\204'; do printf "$p" > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt || echo fail; done
  $ sleep 0.1; ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInDelivers IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IpExtReasmOverlaps IcmpInErrors IcmpInCsumErrors IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds UdpNoPorts UdpInCsumErrors | grep -v '^#'
  IpInReceives                    5                  0.0
  IpInHdrErrors                   0                  0.0
  IpInDelivers                    2                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      2                  0.0
  IpReasmFails                    0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInCsumErrors                0                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 1                  0.0
  UdpNoPorts                      1                  0.0
  UdpInCsumErrors                 0                  0.0
  IpExtReasmOverlaps              0                  0.0

Datagram 3: UDP of 175 bytes in 4 fragments (df).
  $ for p in '\105\000\000\000\010\123\040\000\100\021\000\000\012\000\000\001\012\000\001\002\234\102\000\013\000\257\000\000\002\011\020\027\036\045\054\063\072\101\110\117\126\135\144\153\162\171\200\207\216\225\234\243\252\261\270\277\306\315\324\333\342\351\360\367\376\005\014\023\032\041\050\057\066\075\104\113\122\131\140\147\156\165\174\203\212\221\230\237\246\255\264\273' '\105\000\000\000\010\123\040\011\100\021\000\000\012\000\000\001\012\000\001\002\302\311\320\327\336\345\354\363\372\001\010\017\026\035\044\053\062\071\100\107\116\125\134\143\152\161\170\177\206\215\224\233\242\251\260\267\276\305\314\323' '\105\000\000\000\010\123\040\016\100\021\000\000\012\000\000\001\012\000\001\002\332\341\350\357\366\375\004\013\022\031\040\047\056\065\074\103\112\121\130\137\146\155\164\173\202\211\220\227\236\245\254\263\272\301\310\317\326\335\344\353\362\371\000\007\016\025\034\043\052\061\070\077\106\115\124\133' '\105\000\000\000\010\123\100\025\100\021\000\000\012\000\000\001\012\000\001\002\142\151\160\167\176\205\214'; do printf "$p" > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt || echo fail; done
  $ sleep 0.1; ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInDelivers IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IpExtReasmOverlaps IcmpInErrors IcmpInCsumErrors IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds UdpNoPorts UdpInCsumErrors | grep -v '^#'
  IpInReceives                    9                  0.0
  IpInHdrErrors                   0                  0.0
  IpInDelivers                    3                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    9                  0.0
  IpReasmOKs                      3                  0.0
  IpReasmFails                    0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInCsumErrors                0                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 1                  0.0
  UdpNoPorts                      2                  0.0
  UdpInCsumErrors                 0                  0.0
  IpExtReasmOverlaps              0                  0.0

Datagram 4: echo of 195 bytes in 3 fragments (zero, drop).
  $ for p in '\105\000\000\000\010\124\040\000\100\001\000\000\012\000\000\001\012\000\001\002\010\000\237\067\102\102\000\004\026\353\247\006\204\342\024\334\136\031\343\344\221\307\016\073' '\105\000\000\000\010\124\040\003\100\001\000\000\012\000\000\001\012\000\001\002\226\150\302\222\072\344\212\255\006\145\205\346\160\355\040\274\315\247\022\220\356\250\162\243\174\067\213\033\045\070\265\366' '\105\000\000\000\010\124\000\007\100\001\000\000\012\000\000\001\012\000\001\002\305\215\003\274\263\350\200\064\044\151\317\036\335\113\026\151\120\332\275\376\310\004\147\377\211\107\171\155\260\050\210\105\315\230\175\365\210\140\365\047\352\035\004\260\361\076\327\206\036\376\342\260\232\022\015\277\022\141\357\332\016\011\146\342\046\043\221\267\023\211\013\045\323\276\057\110\232\130\171\226\237\143\375\056\035\353\223\041\163\060\230\072\114\231\323\265\006\152\131\363\247\245\132\065\235\053\166\234\070\007\337\204\101\262\374\255\222\273\221\346\230\210\157\030\357\157\103\017\304\047\136\340\024\161\314\115\353\001\374'; do printf "$p" > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt || echo fail; done
  $ sleep 0.1; ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInDelivers IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IpExtReasmOverlaps IcmpInErrors IcmpInCsumErrors IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds UdpNoPorts UdpInCsumErrors | grep -v '^#'
  IpInReceives                    12                 0.0
  IpInHdrErrors                   0                  0.0
  IpInDelivers                    4                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    12                 0.0
  IpReasmOKs                      4                  0.0
  IpReasmFails                    0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInCsumErrors                0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 2                  0.0
  UdpNoPorts                      2                  0.0
  UdpInCsumErrors                 0                  0.0
  IpExtReasmOverlaps              0                  0.0
  $ ip netns exec r nstat -az IpInReceives IpForwDatagrams IpReasmReqds IpReasmOKs IpReasmFails IpExtReasmOverlaps IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs IcmpOutTimeExcds | grep -v '^#'
  IpInReceives                    17                 0.0
  IpForwDatagrams                 8                  0.0
  IpReasmReqds                    13                 0.0
  IpReasmOKs                      4                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       4                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   12                 0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IpExtReasmOverlaps              0                  0.0
  $ ip netns exec r iptables -vnL FORWARD 2>&1 | sed -n 3p
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
  $ sleep 1.2; ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInDelivers IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IpExtReasmOverlaps IcmpInErrors IcmpInCsumErrors IcmpInEchos IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds UdpNoPorts UdpInCsumErrors | grep -v '^#'
  IpInReceives                    12                 0.0
  IpInHdrErrors                   0                  0.0
  IpInDelivers                    4                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    12                 0.0
  IpReasmOKs                      4                  0.0
  IpReasmFails                    0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInCsumErrors                0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 2                  0.0
  UdpNoPorts                      2                  0.0
  UdpInCsumErrors                 0                  0.0
  IpExtReasmOverlaps              0                  0.0
  $ ip netns exec a nstat -az IpInReceives IpReasmReqds IpReasmOKs IcmpInEchoReps IcmpInDestUnreachs IcmpInTimeExcds IcmpInErrors | grep -v '^#'
  IpInReceives                    4                  0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IcmpInErrors                    2                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchoReps                  2                  0.0
