iptables' help text and the options around commands: -h/--help, -V/--version, -w with and without seconds, -4 and -6, and options given with a command that takes none.
  $ iptables -h
  iptables v1.8.9 (nf_tables)
  
  Usage: iptables -[ACD] chain rule-specification [options]
         iptables -I chain [rulenum] rule-specification [options]
         iptables -R chain rulenum rule-specification [options]
         iptables -D chain rulenum [options]
         iptables -[LS] [chain [rulenum]] [options]
         iptables -[FZ] [chain] [options]
         iptables -[NX] chain
         iptables -E old-chain-name new-chain-name
         iptables -P chain target [options]
         iptables -h (print this help information)
  
  Commands:
  Either long or short options are allowed.
    --append  -A chain		Append to chain
    --check   -C chain		Check for the existence of a rule
    --delete  -D chain		Delete matching rule from chain
    --delete  -D chain rulenum
  				Delete rule rulenum (1 = first) from chain
    --insert  -I chain [rulenum]
  				Insert in chain as rulenum (default 1=first)
    --replace -R chain rulenum
  				Replace rule rulenum (1 = first) in chain
    --list    -L [chain [rulenum]]
  				List the rules in a chain or all chains
    --list-rules -S [chain [rulenum]]
  				Print the rules in a chain or all chains
    --flush   -F [chain]		Delete all rules in  chain or all chains
    --zero    -Z [chain [rulenum]]
  				Zero counters in chain or all chains
    --new     -N chain		Create a new user-defined chain
    --delete-chain
              -X [chain]		Delete a user-defined chain
    --policy  -P chain target
  				Change policy on chain to target
    --rename-chain
              -E old-chain new-chain
  				Change chain name, (moving any references)
  
  Options:
      --ipv4	-4		Nothing (line is ignored by ip6tables-restore)
      --ipv6	-6		Error (line is ignored by iptables-restore)
  [!] --protocol	-p proto	protocol: by number or name, eg. `tcp'
  [!] --source	-s address[/mask][...]
  				source specification
  [!] --destination -d address[/mask][...]
  				destination specification
  [!] --in-interface -i input name[+]
  				network interface name ([+] for wildcard)
   --jump	-j target
  				target for rule (may load target extension)
    --goto      -g chain
  			       jump to chain with no return
    --match	-m match
  				extended match (may load extension)
    --numeric	-n		numeric output of addresses and ports
  [!] --out-interface -o output name[+]
  				network interface name ([+] for wildcard)
    --table	-t table	table to manipulate (default: `filter')
    --verbose	-v		verbose mode
    --wait	-w [seconds]	maximum wait to acquire xtables lock before give up
    --line-numbers		print line numbers when listing
    --exact	-x		expand numbers (display exact values)
  [!] --fragment	-f		match second or further fragments only
    --modprobe=<command>		try to insert modules using this command
    --set-counters -c PKTS BYTES	set the counter during insert/append
  [!] --version	-V		print package version.
  $ iptables --help | wc -l
  68
  $ iptables -V
  iptables v1.8.9 (nf_tables)
  $ iptables --version
  iptables v1.8.9 (nf_tables)
  $ iptables -w -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -w 5 -A INPUT -s 10.0.0.1 -j ACCEPT
  $ iptables -4 -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  $ iptables -6 -S INPUT
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -F INPUT -s 10.0.0.1
  iptables v1.8.9 (nf_tables): Illegal option `-s' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -X -p tcp
  iptables v1.8.9 (nf_tables): Illegal option `-p' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L -j ACCEPT
  iptables v1.8.9 (nf_tables): Illegal option `-j' with this command
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables
  iptables v1.8.9 (nf_tables): no command specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
