ip neigh show and flush under family flags (-4 -6 -0, none) and output modes (-br, -s) with dev/master/nomaster/vrf/proxy selectors, on a bridged and a plain device.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link add br0 address 02:00:00:00:00:0b type bridge; ip link set y0 master br0
  $ ip link set x0 up; ip link set y0 up; ip link set br0 up
  $ ip addr add 10.0.0.1/24 dev x0; ip addr add 10.0.6.1/24 dev br0
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev x0; ip neigh add 10.0.6.2 lladdr 02:00:00:00:00:06 dev br0 nud stale
  $ ip neigh add 2001:db8::2 lladdr 02:00:00:00:00:07 dev x0; ip neigh add proxy 10.0.0.9 dev x0
  $ for f in "" -4 -6 -0; do for m in "" -br; do for s in "" "dev x0" "master br0" "nomaster" "proxy" "nud permanent"; do echo "== $f $m $s"; ip $f $m neigh show $s 2>&1 | grep -v 'fe80\|ff02\|224\.0' | sort; echo "rc ${PIPESTATUS[0]}"; done; done; done
  ==   
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.6.2 dev br0 lladdr 02:00:00:00:00:06 STALE 
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  ==   dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  2001:db8::2 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  ==   master br0
  rc 0
  ==   nomaster
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.6.2 dev br0 lladdr 02:00:00:00:00:06 STALE 
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  ==   proxy
  10.0.0.9 dev x0 proxy 
  rc 0
  ==   nud permanent
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  ==  -br 
  10.0.0.2                                x0               02:00:00:00:00:02
  10.0.6.2                                br0              02:00:00:00:00:06
  2001:db8::2                             x0               02:00:00:00:00:07
  rc 0
  ==  -br dev x0
  10.0.0.2                                02:00:00:00:00:02
  2001:db8::2                             02:00:00:00:00:07
  rc 0
  ==  -br master br0
  rc 0
  ==  -br nomaster
  10.0.0.2                                x0               02:00:00:00:00:02
  10.0.6.2                                br0              02:00:00:00:00:06
  2001:db8::2                             x0               02:00:00:00:00:07
  rc 0
  ==  -br proxy
  10.0.0.9                                x0               
  rc 0
  ==  -br nud permanent
  10.0.0.2                                x0               02:00:00:00:00:02
  2001:db8::2                             x0               02:00:00:00:00:07
  rc 0
  == -4  
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.6.2 dev br0 lladdr 02:00:00:00:00:06 STALE 
  rc 0
  == -4  dev x0
  10.0.0.2 lladdr 02:00:00:00:00:02 PERMANENT 
  rc 0
  == -4  master br0
  rc 0
  == -4  nomaster
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.6.2 dev br0 lladdr 02:00:00:00:00:06 STALE 
  rc 0
  == -4  proxy
  10.0.0.9 dev x0 proxy 
  rc 0
  == -4  nud permanent
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  rc 0
  == -4 -br 
  10.0.0.2                                x0               02:00:00:00:00:02
  10.0.6.2                                br0              02:00:00:00:00:06
  rc 0
  == -4 -br dev x0
  10.0.0.2                                02:00:00:00:00:02
  rc 0
  == -4 -br master br0
  rc 0
  == -4 -br nomaster
  10.0.0.2                                x0               02:00:00:00:00:02
  10.0.6.2                                br0              02:00:00:00:00:06
  rc 0
  == -4 -br proxy
  10.0.0.9                                x0               
  rc 0
  == -4 -br nud permanent
  10.0.0.2                                x0               02:00:00:00:00:02
  rc 0
  == -6  
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  == -6  dev x0
  2001:db8::2 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  == -6  master br0
  rc 0
  == -6  nomaster
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  == -6  proxy
  rc 0
  == -6  nud permanent
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  rc 0
  == -6 -br 
  2001:db8::2                             x0               02:00:00:00:00:07
  rc 0
  == -6 -br dev x0
  2001:db8::2                             02:00:00:00:00:07
  rc 0
  == -6 -br master br0
  rc 0
  == -6 -br nomaster
  2001:db8::2                             x0               02:00:00:00:00:07
  rc 0
  == -6 -br proxy
  rc 0
  == -6 -br nud permanent
  2001:db8::2                             x0               02:00:00:00:00:07
  rc 0
  == -0  
  rc 0
  == -0  dev x0
  rc 0
  == -0  master br0
  rc 0
  == -0  nomaster
  rc 0
  == -0  proxy
  rc 0
  == -0  nud permanent
  rc 0
  == -0 -br 
  rc 0
  == -0 -br dev x0
  rc 0
  == -0 -br master br0
  rc 0
  == -0 -br nomaster
  rc 0
  == -0 -br proxy
  rc 0
  == -0 -br nud permanent
  rc 0
  $ ip -6 neigh flush all; echo $?; ip neigh show nud all | grep -v 'fe80\|ff02\|224\.0' | sort
  0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.6.2 dev br0 lladdr 02:00:00:00:00:06 STALE 
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
  $ ip -4 neigh flush master br0 nud all; echo $?; ip neigh show nud all | grep -v 'fe80\|ff02\|224\.0' | sort
  0
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.6.2 dev br0 lladdr 02:00:00:00:00:06 STALE 
  2001:db8::2 dev x0 lladdr 02:00:00:00:00:07 PERMANENT 
