The set match and SET target without ipset sets: every set named does not exist; two-word options, name length, mandatory options.
  $ iptables -A INPUT -m set --match-set foo src -j DROP
  iptables v1.8.9 (nf_tables): Set foo doesn't exist.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m set ! --match-set foo src,dst
  iptables v1.8.9 (nf_tables): Set foo doesn't exist.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m set --match-set foo
  iptables v1.8.9 (nf_tables): --match-set requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m set --match-set abcdefghijklmnopqrstuvwxyz0123456 src
  iptables v1.8.9 (nf_tables): setname `abcdefghijklmnopqrstuvwxyz0123456' too long, max 31 characters.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m set --return-nomatch
  iptables v1.8.9 (nf_tables): You must specify `--match-set' with proper arguments
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m set
  iptables v1.8.9 (nf_tables): You must specify `--match-set' with proper arguments
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j SET --add-set foo src
  iptables v1.8.9 (nf_tables): Set foo doesn't exist.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j SET --del-set foo dst --exist
  iptables v1.8.9 (nf_tables): Set foo doesn't exist.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j SET
  iptables v1.8.9 (nf_tables): You must specify either `--add-set' or `--del-set' or `--map-set'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j SET --add-set bar
  iptables v1.8.9 (nf_tables): --add-set requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
