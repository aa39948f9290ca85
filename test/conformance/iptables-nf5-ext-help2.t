Help of cgroup, set and SET.
  $ iptables -m cgroup -h | sed '1,/print package version/d'; echo END
  
  cgroup match options:
  [!] --path path                 Recursively match path relative to cgroup2 root
  [!] --cgroup classid            Match cgroup classid, can't be used with --path
  END
  $ iptables -m set -h | sed '1,/print package version/d'; echo END
  
  set match options:
   [!] --match-set name flags [--return-nomatch]
     [! --update-counters] [! --update-subcounters]
     [[!] --packets-eq value | --packets-lt value | --packets-gt value
     [[!] --bytes-eq value | --bytes-lt value | --bytes-gt value
  		 'name' is the set name from to match,
  		 'flags' are the comma separated list of
  		 'src' and 'dst' specifications.
  END
  $ iptables -j SET -h | sed '1,/print package version/d'; echo END
  
  SET target options:
   --add-set name flags [--exist] [--timeout n]
   --del-set name flags
   --map-set name flags [--map-mark] [--map-prio] [--map-queue]
  		add/del src/dst IP/port from/to named sets,
  		where flags are the comma separated list of
  		'src' and 'dst' specifications.
  END
