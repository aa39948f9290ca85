bridge fdb replace/add moving an entry between ports and between kinds (static, dynamic, sticky, extern_learn, local/permanent): which moves the kernel allows, the flags kept, and the errors.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip link set p1 master br0; ip link set p2 master br0
  $ s() { bridge fdb show br br0 | grep a0: | sort; }
  $ i=0; for from in static dynamic "static sticky" "master extern_learn" permanent; do for to in static dynamic "static sticky" "master extern_learn" permanent; do i=$((i+1)); mac=$(printf '02:00:00:00:a0:%02x' $i); bridge fdb add $mac dev p1 master $from 2>&1 >/dev/null; echo "== $from -> $to: $(bridge fdb replace $mac dev p2 master $to 2>&1; echo rc $?) $(bridge fdb show br br0 | grep $mac)"; done; done
  == static -> static: rc 0 02:00:00:00:a0:01 dev p2 master br0 static
  == static -> dynamic: RTNETLINK answers: Operation not permitted
  rc 255 02:00:00:00:a0:02 dev p1 master br0 static
  == static -> static sticky: rc 0 02:00:00:00:a0:03 dev p2 sticky master br0 static
  == static -> master extern_learn: rc 0 02:00:00:00:a0:04 dev p2 extern_learn master br0 static
  == static -> permanent: rc 0 02:00:00:00:a0:05 dev p2 master br0 permanent
  RTNETLINK answers: Operation not permitted
  == dynamic -> static: rc 0 02:00:00:00:a0:06 dev p2 master br0 static
  RTNETLINK answers: Operation not permitted
  == dynamic -> dynamic: RTNETLINK answers: Operation not permitted
  rc 255 
  RTNETLINK answers: Operation not permitted
  == dynamic -> static sticky: rc 0 02:00:00:00:a0:08 dev p2 sticky master br0 static
  RTNETLINK answers: Operation not permitted
  == dynamic -> master extern_learn: rc 0 02:00:00:00:a0:09 dev p2 extern_learn master br0 
  RTNETLINK answers: Operation not permitted
  == dynamic -> permanent: rc 0 02:00:00:00:a0:0a dev p2 master br0 permanent
  == static sticky -> static: rc 0 02:00:00:00:a0:0b dev p2 master br0 static
  == static sticky -> dynamic: RTNETLINK answers: Operation not permitted
  rc 255 02:00:00:00:a0:0c dev p1 sticky master br0 static
  == static sticky -> static sticky: rc 0 02:00:00:00:a0:0d dev p2 sticky master br0 static
  == static sticky -> master extern_learn: rc 0 02:00:00:00:a0:0e dev p2 extern_learn sticky master br0 static
  == static sticky -> permanent: rc 0 02:00:00:00:a0:0f dev p2 master br0 permanent
  == master extern_learn -> static: rc 0 02:00:00:00:a0:10 dev p2 extern_learn master br0 static
  == master extern_learn -> dynamic: RTNETLINK answers: Operation not permitted
  rc 255 02:00:00:00:a0:11 dev p1 extern_learn master br0 
  == master extern_learn -> static sticky: rc 0 02:00:00:00:a0:12 dev p2 extern_learn sticky master br0 static
  == master extern_learn -> master extern_learn: rc 0 02:00:00:00:a0:13 dev p2 extern_learn master br0 
  == master extern_learn -> permanent: rc 0 02:00:00:00:a0:14 dev p2 extern_learn master br0 permanent
  == permanent -> static: rc 0 02:00:00:00:a0:15 dev p2 master br0 static
  == permanent -> dynamic: RTNETLINK answers: Operation not permitted
  rc 255 02:00:00:00:a0:16 dev p1 master br0 permanent
  == permanent -> static sticky: rc 0 02:00:00:00:a0:17 dev p2 sticky master br0 static
  == permanent -> master extern_learn: rc 0 02:00:00:00:a0:18 dev p2 extern_learn master br0 permanent
  == permanent -> permanent: rc 0 02:00:00:00:a0:19 dev p2 master br0 permanent
  $ bridge fdb add 02:00:00:00:a0:01 dev p1 master static 2>&1; echo "rc $?"
  RTNETLINK answers: File exists
  rc 255
  $ bridge fdb add 02:00:00:00:a0:01 dev p2 master static 2>&1; echo "rc $?"
  RTNETLINK answers: File exists
  rc 255
  $ bridge fdb append 02:00:00:00:a0:01 dev p1 master static 2>&1; echo "rc $?"
  rc 0
  $ bridge fdb replace 02:00:00:00:90:01 dev p2 master static 2>&1; echo "rc $?"
  rc 0
  $ bridge fdb replace 02:00:00:00:99:99 dev p1 master static 2>&1; echo "rc $?"
  rc 0
  $ bridge fdb del 02:00:00:00:90:01 dev p1 master 2>&1; echo "rc $?"
  RTNETLINK answers: No such file or directory
  rc 255
  $ bridge fdb show br br0 | grep 90:01
  02:00:00:00:90:01 dev p2 master br0 static
