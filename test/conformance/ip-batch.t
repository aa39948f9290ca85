ip -batch and -force: one command per line, comments and continuations, errors reported with the file line, -force goes on.
  $ printf 'link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02\n# a comment\naddr add 10.0.0.1/24 \\\n  dev a0\nlink set a0 up\n' > ok.batch
  $ ip -batch ok.batch
  $ ip -4 addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ printf 'addr add 10.0.0.2/24 dev a0\naddr add 10.0.0.2/24 dev a0\naddr add 10.0.0.3/24 dev a0\n' > dup.batch
  $ ip -batch dup.batch
  Error: ipv4: Address already assigned.
  Command failed dup.batch:2
  [1]
  $ ip -4 addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  $ ip addr del 10.0.0.2/24 dev a0
  $ ip -force -batch dup.batch
  Error: ipv4: Address already assigned.
  Command failed dup.batch:2
  [1]
  $ ip -4 addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  $ printf 'link set nosuch up\nlink set a0 mtu 1400\n' > nodev.batch
  $ ip -batch nodev.batch
  Cannot find device "nosuch"
  Command failed nodev.batch:1
  [1]
  $ ip -force -batch nodev.batch
  Cannot find device "nosuch"
  Command failed nodev.batch:1
  [1]
  $ ip link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -batch missing.batch
  Cannot open file "missing.batch" for reading: No such file or directory
  [1]
  $ printf 'addr show dev a0\n' | ip -4 -batch -
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1400 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  $ printf 'addr add 10.0.0.9/24 dev "a0"\n' > quoted.batch
  $ ip -batch quoted.batch
  $ ip -4 -o addr show dev a0 | wc -l
  4
