Address and prefix spellings ip accepts: short dotted forms, netmasks, hex, and what each becomes.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.1/16 dev a0
  $ ip addr add 10.2.3/24 dev a0
  $ ip addr add 192.168.1.1/255.255.255.0 dev a0
  $ ip addr add 172.16.0.1/255.255.0.255 dev a0
  Error: any valid prefix is expected rather than "172.16.0.1/255.255.0.255".
  [1]
  $ ip addr add 0x0a030001/24 dev a0
  Error: any valid prefix is expected rather than "0x0a030001/24".
  [1]
  $ ip addr add 10.4.0.1/08 dev a0
  Error: any valid prefix is expected rather than "10.4.0.1/08".
  [1]
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.0/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.3.0/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 192.168.1.1/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip route add 10.9/16 via 10.1.0.2
  $ ip route add 10.10.0.0/255.255.0.0 via 10.1.0.2
  $ ip route add 10.11.0.0/0xffff0000 via 10.1.0.2
  Error: any valid prefix is expected rather than "10.11.0.0/0xffff0000".
  [1]
  $ ip route add 10.12.0.0/16. via 10.1.0.2
  Error: any valid prefix is expected rather than "10.12.0.0/16.".
  [1]
  $ ip route
  10.1.0.0/16 dev a0 proto kernel scope link src 10.1.0.0 
  10.2.3.0/24 dev a0 proto kernel scope link src 10.2.3.0 
  10.9.0.0/16 via 10.1.0.2 dev a0 
  10.10.0.0/16 via 10.1.0.2 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route show 10.9/16
  10.9.0.0/16 via 10.1.0.2 dev a0 
  $ ip route get 10.9.1
  10.9.1.0 via 10.1.0.2 dev a0 src 10.1.0.0 uid 0 
      cache 
  $ ip route del 10.9/16
  $ ip route add default/0 via 10.1.0.2
  Error: any valid prefix is expected rather than "default/0".
  [1]
  $ ip route add any via 10.1.0.2 table 5
  Error: any valid prefix is expected rather than "via".
  [1]
  $ ip route add all via 10.1.0.2 table 6
  $ ip route show table all | grep -v '^local\|^broadcast\|^fe80\|^multicast'
  default via 10.1.0.2 dev a0 table 6 
  10.1.0.0/16 dev a0 proto kernel scope link src 10.1.0.0 
  10.2.3.0/24 dev a0 proto kernel scope link src 10.2.3.0 
  10.10.0.0/16 via 10.1.0.2 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip addr add 1.2.3.4.5/24 dev a0
  Error: any valid prefix is expected rather than "1.2.3.4.5/24".
  [1]
  $ ip addr add 1.2.3.256/24 dev a0
  Error: any valid prefix is expected rather than "1.2.3.256/24".
  [1]
  $ ip addr add 01.02.03.04/24 dev a0
  $ ip -4 -o addr show dev a0 | tail -1
  3: a0    inet 1.2.3.4/24 scope global a0\       valid_lft forever preferred_lft forever
