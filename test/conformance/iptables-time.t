The time match: date, daytime, week-day and month-day options with their -S/-L texts and errors, and pings through rules that hold at any time (a whole day, every week day, a range up to 2038) or never (a date range in the past).
  $ ip link set lo up
  $ iptables -A OUTPUT -p icmp -m time --datestop 2001-01-01 -j DROP
  $ iptables -A OUTPUT -p icmp -m time --datestart 2037-12-31 -j DROP
  $ iptables -A OUTPUT -p icmp -m time --timestart 00:00 --timestop 23:59:59 --weekdays Mon,Tue,Wed,Thu,Fri,Sat,Sun -j ACCEPT
  $ ping -c 2 -i 0.2 127.0.0.1 > /dev/null; echo $?
  0
  $ iptables -L OUTPUT -n -v
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME until date 2001-01-01 00:00:00 UTC
      0     0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME starting from 2037-12-31 00:00:00 UTC
      4   336 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            TIME UTC
  $ iptables -F
  $ iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 -j ACCEPT
  $ iptables -A INPUT -m time --weekdays Sat,Sun -j DROP
  $ iptables -A INPUT -m time --weekdays 1,2,7 --kerneltz -j DROP
  $ iptables -A INPUT -m time --monthdays 1,15,31 ! --weekdays Fri -j DROP
  $ iptables -A INPUT -m time --datestart 2024-01-01 --datestop 2024-12-31T23:59:59 -j DROP
  $ iptables -A INPUT -m time --datestart 2024-01-01T10 -j DROP
  $ iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous -j DROP
  $ iptables -A INPUT -m time --timestart 00:00:00 --timestop 23:59:59 -j ACCEPT
  $ iptables -A INPUT -m time ! --monthdays 31 -j DROP
  $ iptables -A INPUT -m time -j DROP
  $ iptables -A INPUT -m time --timestart 25:00 -j DROP
  iptables v1.8.9 (nf_tables): invalid time "25:00" specified, should be hh:mm[:ss] format and within the boundaries
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --weekdays Foo -j DROP
  iptables v1.8.9 (nf_tables): Foo is not a valid day specifier
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --weekdays 8 -j DROP
  $ iptables -A INPUT -m time --monthdays 32 -j DROP
  iptables v1.8.9 (nf_tables): 32 is not a valid day for --monthdays
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --datestart 2024-13-01 -j DROP
  iptables v1.8.9 (nf_tables): Invalid date "2024-13-01" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --datestart 1969-01-01 -j DROP
  iptables v1.8.9 (nf_tables): Invalid date "1969-01-01" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --timestart 10:00 --timestart 11:00 -j DROP
  iptables v1.8.9 (nf_tables): time: option "--timestart" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time ! --timestart 10:00 -j DROP
  iptables v1.8.9 (nf_tables): time: option "--timestart" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --utc --kerneltz -j DROP
  iptables v1.8.9 (nf_tables): time: option "--utc" cannot be used together with "--kerneltz".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m time --timestart 09:00:00 --timestop 17:00:00 --datestop 2038-01-19T03:14:07 -j ACCEPT
  -A INPUT -m time --weekdays Sat,Sun --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --weekdays Mon,Tue,Sun --datestop 2038-01-19T03:14:07 --kerneltz -j DROP
  -A INPUT -m time --monthdays 1,15,31 --weekdays Mon,Tue,Wed,Thu,Sat,Sun --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --datestart 2024-01-01T00:00:00 --datestop 2024-12-31T23:59:59 -j DROP
  -A INPUT -m time --datestart 2024-01-01T10:00:00 --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --timestart 22:00:00 --timestop 06:00:00 --datestop 2038-01-19T03:14:07 --contiguous -j DROP
  -A INPUT -m time --datestop 2038-01-19T03:14:07 -j ACCEPT
  -A INPUT -m time --monthdays 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30 --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --weekdays  --datestop 2038-01-19T03:14:07 -j DROP
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     all  --  anywhere             anywhere             TIME from 09:00:00 to 17:00:00 UTC
  DROP       all  --  anywhere             anywhere             TIME on Sat,Sun UTC
  DROP       all  --  anywhere             anywhere             TIME on Mon,Tue,Sun
  DROP       all  --  anywhere             anywhere             TIME on Mon,Tue,Wed,Thu,Sat,Sun on 1st,15th,31st UTC
  DROP       all  --  anywhere             anywhere             TIME starting from 2024-01-01 00:00:00 until date 2024-12-31 23:59:59 UTC
  DROP       all  --  anywhere             anywhere             TIME starting from 2024-01-01 10:00:00 UTC
  DROP       all  --  anywhere             anywhere             TIME from 22:00:00 to 06:00:00 UTC contiguous
  ACCEPT     all  --  anywhere             anywhere             TIME UTC
  DROP       all  --  anywhere             anywhere             TIME on 1st,2nd,3rd,4th,5th,6th,7th,8th,9th,10th,11st,12nd,13rd,14th,15th,16th,17th,18th,19th,20th,21st,22nd,23rd,24th,25th,26th,27th,28th,29th,30th UTC
  DROP       all  --  anywhere             anywhere             TIME UTC
  DROP       all  --  anywhere             anywhere             TIME on  UTC
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            TIME from 09:00:00 to 17:00:00 UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME on Sat,Sun UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME on Mon,Tue,Sun
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME on Mon,Tue,Wed,Thu,Sat,Sun on 1st,15th,31st UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME starting from 2024-01-01 00:00:00 until date 2024-12-31 23:59:59 UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME starting from 2024-01-01 10:00:00 UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME from 22:00:00 to 06:00:00 UTC contiguous
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            TIME UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME on 1st,2nd,3rd,4th,5th,6th,7th,8th,9th,10th,11st,12nd,13rd,14th,15th,16th,17th,18th,19th,20th,21st,22nd,23rd,24th,25th,26th,27th,28th,29th,30th UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME UTC
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            TIME on  UTC
  $ iptables -A INPUT -m time --timestart 10:61 -j DROP
  iptables v1.8.9 (nf_tables): invalid time "61" specified, should be hh:mm[:ss] format and within the boundaries
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --timestart 10:00 --timestop 11:00 --contiguous -j DROP
  iptables v1.8.9 (nf_tables): time: --contiguous only makes sense when stoptime is smaller than starttime
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --weekdays Mo,0 -j DROP
  iptables v1.8.9 (nf_tables): No, the week does NOT begin with Sunday.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --localtz -j DROP
  WARNING: --localtz is being replaced by --kerneltz, since "local" is ambiguous. Note the kernel timezone has caveats - see manpage for details.
  $ iptables -S INPUT 12
  -A INPUT -m time --datestop 2038-01-19T03:14:07 --kerneltz -j DROP
