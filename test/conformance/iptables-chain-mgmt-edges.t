Chain management at its edges: -N/-E/-X/-F/-P/-Z with odd names, builtin and referenced chains, other tables; -L/-S of what remains.
  $ for c in "-N a" "-N a" "-N A" "-N $(printf 'c%.0s' $(seq 1 28))" "-N $(printf 'c%.0s' $(seq 1 29))" "-N -x" "-N '!x'" "-N 'a b'" "-N INPUT" "-N ACCEPT" "-N RETURN" "-N DROP" "-N QUEUE" "-N 1" "-N a.b" "-N a/b" "-N ''" "-E a b" "-E a b" "-E b INPUT" "-E b ACCEPT" "-E nosuch c" "-E INPUT x" "-E b b" "-E b A" "-E b" "-X INPUT" "-X nosuch" "-X" "-F nosuch" "-Z nosuch" "-P nosuch DROP" "-P b DROP" "-P INPUT drop" "-P INPUT RETURN" "-P INPUT" "-t nat -P POSTROUTING DROP" "-t raw -P PREROUTING DROP" "-t raw -P PREROUTING ACCEPT" "-L nosuch" "-S nosuch"; do echo "[$c]"; eval iptables $c 2>&1; echo $?; done
  [-N a]
  0
  [-N a]
  iptables: Chain already exists.
  1
  [-N A]
  0
  [-N cccccccccccccccccccccccccccc]
  0
  [-N ccccccccccccccccccccccccccccc]
  iptables v1.8.9 (nf_tables): chain name `ccccccccccccccccccccccccccccc' too long (must be under 29 chars)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N -x]
  iptables v1.8.9 (nf_tables): chain name not allowed to start with `-'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N '!x']
  iptables v1.8.9 (nf_tables): chain name not allowed to start with `!'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N 'a b']
  iptables v1.8.9 (nf_tables): Invalid chain name `a b'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N INPUT]
  iptables: Chain already exists.
  1
  [-N ACCEPT]
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N RETURN]
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N DROP]
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N QUEUE]
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-N 1]
  0
  [-N a.b]
  0
  [-N a/b]
  0
  [-N '']
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-E a b]
  0
  [-E a b]
  iptables: File exists.
  1
  [-E b INPUT]
  iptables: File exists.
  1
  [-E b ACCEPT]
  0
  [-E nosuch c]
  iptables: No chain/target/match by that name.
  1
  [-E INPUT x]
  iptables: No chain/target/match by that name.
  1
  [-E b b]
  iptables: No chain/target/match by that name.
  1
  [-E b A]
  iptables: File exists.
  1
  [-E b]
  iptables v1.8.9 (nf_tables): -E requires old-chain-name and new-chain-name
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-X INPUT]
  iptables: No chain/target/match by that name.
  1
  [-X nosuch]
  iptables: No chain/target/match by that name.
  1
  [-X]
  0
  [-F nosuch]
  iptables: No chain/target/match by that name.
  1
  [-Z nosuch]
  iptables: No chain/target/match by that name.
  1
  [-P nosuch DROP]
  iptables: Bad built-in chain name.
  1
  [-P b DROP]
  iptables: Bad built-in chain name.
  1
  [-P INPUT drop]
  iptables: Bad policy name. Run `dmesg' for more information.
  1
  [-P INPUT RETURN]
  iptables: Bad policy name. Run `dmesg' for more information.
  1
  [-P INPUT]
  iptables v1.8.9 (nf_tables): -P requires a chain and a policy
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-t nat -P POSTROUTING DROP]
  iptables v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-t raw -P PREROUTING DROP]
  0
  [-t raw -P PREROUTING ACCEPT]
  0
  [-L nosuch]
  iptables v1.8.9 (nf_tables): chain `nosuch' in table `filter' is incompatible, use 'nft' tool.
  1
  [-S nosuch]
  iptables v1.8.9 (nf_tables): chain `nosuch' in table `filter' is incompatible, use 'nft' tool.
  1
  $ iptables -N r; iptables -A INPUT -j r; iptables -A r -j ACCEPT; iptables -X r; echo $?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain r
  4
  $ iptables -F r; iptables -X r; echo $?
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain r
  4
  $ iptables -E r r2; iptables -S INPUT; echo $?
  -P INPUT ACCEPT
  -A INPUT -j r2
  0
  $ iptables -D INPUT -j r2; iptables -X r2; echo $?
  0
  $ iptables -X; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
