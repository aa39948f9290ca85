arptables commands on chains that are not there (a user chain never made, a builtin one renamed away) and the errors each gives: -D by rule and by number, -R, -A, -Z, -F; chain commands around a jump (deleting a referenced chain, -P on a user chain, a policy RETURN, renaming a builtin chain, names that are invalid, too long or a target's).
  $ arptables -D nosuch -s 1.2.3.4; echo rc=$?
  arptables: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ arptables -D nosuch 1; echo rc=$?
  arptables: No chain/target/match by that name.
  rc=1
  $ arptables -D INPUT 1; echo rc=$?
  arptables: No chain/target/match by that name.
  rc=1
  $ arptables -D INPUT -s 1.2.3.4; echo rc=$?
  arptables: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ arptables -R nosuch 1 -s 1.2.3.4; echo rc=$?
  arptables: No chain/target/match by that name.
  rc=1
  $ arptables -A nosuch -s 1.2.3.4; echo rc=$?
  arptables: No chain/target/match by that name.
  rc=1
  $ arptables -Z nosuch; echo rc=$?
  arptables: No chain/target/match by that name.
  rc=1
  $ arptables -F nosuch; echo rc=$?
  arptables: No chain/target/match by that name.
  rc=1
  $ arptables -N c1; arptables -A c1 -j ACCEPT; arptables -A INPUT -j c1
  $ arptables -X c1; echo rc=$?
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain c1
  rc=4
  $ arptables -P c1 DROP; echo rc=$?
  arptables: Bad built-in chain name.
  rc=1
  $ arptables -P INPUT RETURN; echo rc=$?
  arptables: Bad policy name. Run `dmesg' for more information.
  rc=1
  $ arptables -E c1 c2; arptables -L -n
  Chain INPUT (policy ACCEPT)
  -j c2
  
  Chain OUTPUT (policy ACCEPT)
  
  Chain c2 (1 references)
  -j ACCEPT
  $ arptables -E INPUT IN2; echo rc=$?; arptables -L -n | head -3
  rc=0
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  Chain INPUT (policy ACCEPT)
  $ arptables -F c2; arptables -D INPUT -j c2; arptables -X c2; arptables -X; arptables -L -n
  arptables: Bad rule (does a matching rule exist in that chain?).
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain c2
  arptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain c2
  # Table `filter' contains incompatible base-chains, use 'nft' tool to list them.
  Chain INPUT (policy ACCEPT)
  
  Chain OUTPUT (policy ACCEPT)
  
  Chain c2 (1 references)
  $ arptables -N "a b"; echo rc=$?
  arptables v1.8.9 (nf_tables): Invalid chain name `a b'
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -N ACCEPT; echo rc=$?
  arptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -N abcdefghijklmnopqrstuvwxyz12345; echo rc=$?
  arptables v1.8.9 (nf_tables): chain name `abcdefghijklmnopqrstuvwxyz12345' too long (must be under 29 chars)
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A INPUT -j nosuch; echo rc=$?
  arptables v1.8.9 (nf_tables): Chain 'nosuch' does not exist
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A INPUT -j mangle --mangle-ip-s 1.2.3.4 --mangle-target CONTINUE; arptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -j mangle --mangle-ip-s 1.2.3.4 --mangle-target CONTINUE
