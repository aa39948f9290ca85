arptables -L and -S with a rule number (that rule alone, no header), -L -Z and -Z -L (list, then zero, "Zeroing chain" under -v), -Z of one rule, of one chain and of all with -v, and the command-combination and rule-number errors.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ arptables -A INPUT -s 10.0.0.1 -j DROP -c 1 10
  $ arptables -A INPUT -s 10.0.0.2 -c 3 4
  $ arptables -N mine; arptables -A mine -d 10.0.0.3 -c 5 6; arptables -A OUTPUT -j mine -c 7 8
  $ arptables -L INPUT 2
  -s 10.0.0.2
  $ arptables -L INPUT 2 -v -n --line-numbers
  2 -i * -o * -s 10.0.0.2 , pcnt=3 -- bcnt=4 
  $ arptables -L INPUT 7; echo rc=$?
  rc=0
  $ arptables -L INPUT x; echo rc=$?
  arptables v1.8.9 (nf_tables): Invalid rule number `x'
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -S INPUT 0; echo rc=$?
  arptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -S mine 1; arptables -S OUTPUT 1 -v
  -A mine -d 10.0.0.3
  -A OUTPUT -j mine
  $ arptables -L -Z INPUT -v -n; arptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j DROP -i * -o * -s 10.0.0.1 , pcnt=1 -- bcnt=10 
  -i * -o * -s 10.0.0.2 , pcnt=3 -- bcnt=4 
  Zeroing chain `INPUT'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j DROP -i * -o * -s 10.0.0.1 , pcnt=0 -- bcnt=0 
  -i * -o * -s 10.0.0.2 , pcnt=0 -- bcnt=0 
  $ arptables -Z mine -L -v -n -x; arptables -L mine -v -n
  Chain mine (1 references)
  -i * -o * -d 10.0.0.3 , pcnt=5 -- bcnt=6 
  Zeroing chain `mine'
  Chain mine (1 references)
  -i * -o * -d 10.0.0.3 , pcnt=0 -- bcnt=0 
  $ arptables -A INPUT -s 10.0.0.4 -c 9 9; arptables -Z INPUT 3 -v; arptables -L INPUT -v -n
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j DROP -i * -o * -s 10.0.0.1 , pcnt=0 -- bcnt=0 
  -i * -o * -s 10.0.0.2 , pcnt=0 -- bcnt=0 
  -i * -o * -s 10.0.0.4 , pcnt=0 -- bcnt=0 
  $ arptables -A OUTPUT -c 2 2; arptables -Z -v; arptables -L -v -n
  Zeroing chain `INPUT'
  Zeroing chain `OUTPUT'
  Zeroing chain `mine'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j DROP -i * -o * -s 10.0.0.1 , pcnt=0 -- bcnt=0 
  -i * -o * -s 10.0.0.2 , pcnt=0 -- bcnt=0 
  -i * -o * -s 10.0.0.4 , pcnt=0 -- bcnt=0 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  -j mine -i * -o * , pcnt=0 -- bcnt=0 
  -i * -o * , pcnt=0 -- bcnt=0 
  
  Chain mine (1 references)
  -i * -o * -d 10.0.0.3 , pcnt=0 -- bcnt=0 
  $ arptables -S INPUT -Z; echo rc=$?
  -P INPUT ACCEPT
  -A INPUT -j DROP -s 10.0.0.1
  -A INPUT -s 10.0.0.2
  -A INPUT -s 10.0.0.4
  rc=0
  $ arptables -A INPUT -F; echo rc=$?
  arptables v1.8.9 (nf_tables): Cannot use -F with -A
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -L -F; echo rc=$?
  arptables v1.8.9 (nf_tables): Cannot use -F with -L
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -L -Z -Z; echo rc=$?
  arptables v1.8.9 (nf_tables): Cannot use -Z with -Z
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -D INPUT x; echo rc=$?
  arptables v1.8.9 (nf_tables): Invalid rule number `x'
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -I INPUT 0 -s 10.0.0.5; echo rc=$?
  arptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -D INPUT 9; echo rc=$?
  arptables: Index of deletion too big.
  rc=1
