arptables (arptables-nft 1.8.9) chain commands: -N user chains with -j jumps and RETURN, -P policy of a builtin chain, -Z counters, -X and -E, -L -n -v --line-numbers with the references of user chains, and the errors of each.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b arptables -N mychain
  $ ip netns exec b arptables -N mychain
  arptables: Chain already exists.
  [1]
  $ ip netns exec b arptables -N INPUT
  arptables: Chain already exists.
  [1]
  $ ip netns exec b arptables -N zchain
  $ ip netns exec b arptables -L
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  
  Chain mychain (0 references)
  
  Chain zchain (0 references)
  $ ip netns exec b arptables -A INPUT -i b0 -j mychain
  $ ip netns exec b arptables -A mychain -s 10.0.0.1 --opcode Request -j ACCEPT
  $ ip netns exec b arptables -A mychain -j RETURN
  $ ip netns exec b arptables -A zchain -j nosuch
  arptables v1.8.9 (nf_tables): Chain 'nosuch' does not exist
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec b arptables -P INPUT DROP
  $ ip netns exec b arptables -P OUTPUT FOO
  arptables: Bad policy name. Run `dmesg' for more information.
  [1]
  $ ip netns exec b arptables -P mychain DROP
  arptables: Bad built-in chain name.
  [1]
  $ ip netns exec b arptables -P FOO DROP
  arptables: Bad built-in chain name.
  [1]
  $ ip netns exec b arptables -P INPUT
  arptables v1.8.9 (nf_tables): -P requires a chain and a policy
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec b arptables -L -n -v --line-numbers
  Chain INPUT (policy DROP 0 packets, 0 bytes)
  1 -j mychain -i b0 -o * , pcnt=1 -- bcnt=28 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  
  Chain mychain (1 references)
  1 -j ACCEPT -i * -o * -s 10.0.0.1 --opcode 1 , pcnt=1 -- bcnt=28 
  2 -j RETURN -i * -o * , pcnt=0 -- bcnt=0 
  
  Chain zchain (0 references)
  $ ip netns exec b arptables -L mychain -v -x
  Chain mychain (1 references)
  -j ACCEPT -i any -o any -s 10.0.0.1 --opcode Request , pcnt=1 -- bcnt=28 
  -j RETURN -i any -o any , pcnt=0 -- bcnt=0 
  $ ip netns exec b arptables -L nochain
  arptables v1.8.9 (nf_tables): chain `nochain' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ ip netns exec b arptables -Z INPUT
  $ ip netns exec b arptables -L INPUT -v
  Chain INPUT (policy DROP 0 packets, 0 bytes)
  -j mychain -i b0 -o any , pcnt=0 -- bcnt=0 
  $ ip netns exec b arptables -Z
  $ ip netns exec b arptables -L -v
  Chain INPUT (policy DROP 0 packets, 0 bytes)
  -j mychain -i b0 -o any , pcnt=0 -- bcnt=0 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  
  Chain mychain (1 references)
  -j ACCEPT -i any -o any -s 10.0.0.1 --opcode Request , pcnt=0 -- bcnt=0 
  -j RETURN -i any -o any , pcnt=0 -- bcnt=0 
  
  Chain zchain (0 references)
  $ ip netns exec b arptables -X mychain
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain mychain
  [4]
  $ ip netns exec b arptables -A zchain -j ACCEPT
  $ ip netns exec b arptables -X zchain
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain zchain
  [4]
  $ ip netns exec b arptables -E mychain other
  $ ip netns exec b arptables -E other INPUT
  arptables: File exists.
  [1]
  $ ip netns exec b arptables -E nochain newname
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec b arptables -E INPUT newname
  $ ip netns exec b arptables -L --line-numbers
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  
  Chain other (1 references)
  1 -j ACCEPT -s 10.0.0.1 --opcode Request
  2 -j RETURN
  
  Chain zchain (0 references)
  1 -j ACCEPT
  $ ip netns exec b arptables -F other
  $ ip netns exec b arptables -F nochain
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec b arptables -D INPUT 1
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec b arptables -X other
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain other
  [4]
  $ ip netns exec b arptables -X INPUT
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec b arptables -X nochain
  arptables: No chain/target/match by that name.
  [1]
  $ ip netns exec b arptables -N c1
  $ ip netns exec b arptables -N c2
  $ ip netns exec b arptables -X
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain other
  [4]
  $ ip netns exec b arptables -L
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  
  Chain c1 (0 references)
  
  Chain c2 (0 references)
  
  Chain other (1 references)
  
  Chain zchain (0 references)
  -j ACCEPT
  $ ip netns exec b arptables -N 'a b'
  arptables v1.8.9 (nf_tables): Invalid chain name `a b'
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec b arptables -N -foo
  arptables v1.8.9 (nf_tables): chain name not allowed to start with `-'
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec b arptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  arptables v1.8.9 (nf_tables): chain name `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' too long (must be under 29 chars)
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ ip netns exec b arptables -P INPUT ACCEPT
  $ ip netns exec b arptables -L -x
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  
  Chain c1 (0 references)
  
  Chain c2 (0 references)
  
  Chain other (1 references)
  
  Chain zchain (0 references)
  -j ACCEPT
