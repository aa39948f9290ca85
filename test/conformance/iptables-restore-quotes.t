iptables-restore's words (add_param_to_argv() on the line fgets() read, newline included): a double quote left open takes the rest of the line and its newline into the word (a comment ending in a newline, iptables-save prints it so), unless the file ends without one; backslash escapes inside quotes, single quotes are plain characters, an empty "" is a word.
  $ printf '*filter\n-A INPUT -m comment --comment "open -j ACCEPT\n-A INPUT -m comment --comment "a \\"b\\" c" -j ACCEPT\n-A INPUT -m comment --comment '"'"'x'"'"' -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -m comment --comment "open -j ACCEPT
  "
  -A INPUT -m comment --comment "a \"b\" c" -j ACCEPT
  -A INPUT -m comment --comment "\'x\'" -j ACCEPT
  COMMIT
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             0    --  0.0.0.0/0            0.0.0.0/0            /* open -j ACCEPT
   */
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            /* a "b" c */
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            /* 'x' */
  $ printf '*filter\n-A INPUT -m comment --comment "" -j ACCEPT\n-A INPUT -m comment --comment "tab\there" -j DROP\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m comment --comment "open -j ACCEPT
  "
  -A INPUT -m comment --comment "a \"b\" c" -j ACCEPT
  -A INPUT -m comment --comment "\'x\'" -j ACCEPT
  -A INPUT -m comment --comment "" -j ACCEPT
  -A INPUT -m comment --comment "tab	here" -j DROP
  $ printf '*filter\n-A INPUT -m comment --comment "no newline at the end' | iptables-restore; echo rc=$?
  iptables-restore: COMMIT expected at line 3
  rc=1
  $ printf '*filter\n-A INPUT -m comment --comment "end"\nCOMMIT' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m comment --comment end
