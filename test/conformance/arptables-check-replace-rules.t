arptables -C (check), -R (replace), -S (list-rules) with and without a chain and a rule number, -c (set counters) on append/insert/replace, -t filter and an unknown table, -V.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ arptables -A INPUT -s 10.0.0.1 -j DROP
  $ arptables -A INPUT -d 10.0.0.0/24 --opcode Request -c 5 300
  $ arptables -N mine; arptables -A mine -i x0 -j RETURN; arptables -A OUTPUT -j mine
  $ arptables -C INPUT -s 10.0.0.1 -j DROP; echo rc=$?
  rc=0
  $ arptables -C INPUT -s 10.0.0.2 -j DROP; echo rc=$?
  arptables: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ arptables -C INPUT -d 10.0.0.0/24 --opcode 1; echo rc=$?
  rc=0
  $ arptables -C nosuch -s 10.0.0.1; echo rc=$?
  arptables: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ arptables -S
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -N mine
  -A INPUT -j DROP -s 10.0.0.1
  -A INPUT -d 10.0.0.0/24 --opcode 1
  -A OUTPUT -j mine
  -A mine -j RETURN -i x0
  $ arptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -j DROP -s 10.0.0.1
  -A INPUT -d 10.0.0.0/24 --opcode 1
  $ arptables -S INPUT 2
  -A INPUT -d 10.0.0.0/24 --opcode 1
  $ arptables -S INPUT 9; echo rc=$?
  rc=0
  $ arptables -S mine
  -N mine
  -A mine -j RETURN -i x0
  $ arptables -R INPUT 1 -s 10.0.0.9 -j ACCEPT -c 7 700
  $ arptables -R INPUT 5 -s 10.0.0.9; echo rc=$?
  arptables: Index of replacement too big.
  rc=1
  $ arptables -R INPUT -s 10.0.0.9; echo rc=$?
  arptables v1.8.9 (nf_tables): -R requires a rule number
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -L INPUT -v -n -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j ACCEPT -i * -o * -s 10.0.0.9 , pcnt=7 -- bcnt=700 
  2 -i * -o * -d 10.0.0.0/24 --opcode 1 , pcnt=5 -- bcnt=300 
  $ arptables -I INPUT 2 -o y0 -c 1 2
  arptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `arptables -h' or 'arptables --help' for more information.
  [2]
  $ arptables -L -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j ACCEPT -i * -o * -s 10.0.0.9 , pcnt=7 -- bcnt=700 
  -i * -o * -d 10.0.0.0/24 --opcode 1 , pcnt=5 -- bcnt=300 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  -j mine -i * -o * , pcnt=0 -- bcnt=0 
  
  Chain mine (1 references)
  -j RETURN -i x0 -o * , pcnt=0 -- bcnt=0 
  $ arptables -t filter -L OUTPUT -n
  Chain OUTPUT (policy ACCEPT)
  -j mine
  $ arptables -t nat -L; echo rc=$?
  arptables v1.8.9 (nf_tables): table 'nat' does not exist
  Perhaps arptables or your kernel needs to be upgraded.
  rc=3
  $ arptables -t mangle -A INPUT -j ACCEPT; echo rc=$?
  arptables v1.8.9 (nf_tables): table 'mangle' does not exist
  Perhaps arptables or your kernel needs to be upgraded.
  rc=3
  $ arptables -V
  arptables v1.8.9 (nf_tables)
  $ arptables -A INPUT -c 1; echo rc=$?
  arptables v1.8.9 (nf_tables): -c requires packet and byte counter
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A INPUT -c x 1; echo rc=$?
  arptables v1.8.9 (nf_tables): -c packet counter not numeric
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -S -v
  -P INPUT ACCEPT -c 0 0
  -P OUTPUT ACCEPT -c 0 0
  -N mine
  -A INPUT -j ACCEPT -s 10.0.0.9
  -A INPUT -d 10.0.0.0/24 --opcode 1
  -A OUTPUT -j mine
  -A mine -j RETURN -i x0
  $ arptables -S OUTPUT -v
  -P OUTPUT ACCEPT -c 0 0
  -A OUTPUT -j mine
  $ arptables -A OUTPUT -i x0; echo rc=$?
  arptables v1.8.9 (nf_tables): Can't use -i with OUTPUT
  
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -C INPUT -o x0 -s 10.0.0.9; echo rc=$?
  arptables v1.8.9 (nf_tables): Can't use -o with INPUT
  
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A mine -o x0 -c 3,4 -V; echo rc=$?
  arptables v1.8.9 (nf_tables)
  rc=0
  $ arptables -A mine -o x0 -c 3,4; arptables -S mine -v
  -N mine
  -A mine -j RETURN -i x0
  -A mine -o x0
  $ arptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT ACCEPT
  :mine -
  [7:700] -A INPUT -j ACCEPT -s 10.0.0.9
  [5:300] -A INPUT -d 10.0.0.0/24 --opcode 1
  [0:0] -A OUTPUT -j mine
  [0:0] -A mine -j RETURN -i x0
  [3:4] -A mine -o x0
