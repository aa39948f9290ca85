Edge arguments of the newer extensions: missing and empty values, empty list parts, prefix lengths given as masks (the PLEN and PLENMASK readings), names the kernel refuses for /proc, values the parser takes and the kernel then refuses.
  $ iptables -A INPUT -m hashlimit --hashlimit-upto
  iptables v1.8.9 (nf_tables): option "--hashlimit-upto" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m u32 --u32
  iptables v1.8.9 (nf_tables): option "--u32" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m time --weekdays "" -j DROP
  $ iptables -A INPUT -m time --monthdays "," -j DROP
  $ iptables -A INPUT -m connbytes --connbytes "" --connbytes-dir both --connbytes-mode bytes -j DROP
  $ iptables -A INPUT -m connbytes --connbytes ":" --connbytes-dir both --connbytes-mode bytes -j DROP
  $ iptables -t nat -A PREROUTING -j NETMAP --to ""
  iptables v1.8.9 (nf_tables): getaddrinfo: Name or service not known
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t nat -A PREROUTING -j NETMAP --to "/24"
  iptables v1.8.9 (nf_tables): getaddrinfo: Name or service not known
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name a/b -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name .. -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-burst 2k --hashlimit-name q -j DROP
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-mode "" --hashlimit-name q -j DROP
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-srcmask 40 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-srcmask 129 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 10/minute --hashlimit-rate-match --hashlimit-rate-interval 0 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables): hashlimit: Bad value for "--hashlimit-rate-interval" option: "0"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-rate-match --hashlimit-name q2 -j DROP
  $ iptables -A INPUT -m connlimit --connlimit-upto 0 -j DROP
  $ iptables -A INPUT -m owner --uid-owner 1- -j DROP
  iptables v1.8.9 (nf_tables): owner: Bad value for "--uid-owner" option: "1-"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A OUTPUT -m owner --uid-owner 1:2: -j DROP
  iptables v1.8.9 (nf_tables): owner: Bad value for "--uid-owner" option: "1:2:"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -m tcpmss --mss 1:2:3 -j DROP
  iptables v1.8.9 (nf_tables): tcpmss: Too many components for option "--mss" (max: 2)
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m quota --quota -1 -j DROP
  iptables v1.8.9 (nf_tables): quota: bad value for option "--quota", or out of range (0-18446744073709551615).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m rpfilter -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -t raw -A OUTPUT -m rpfilter -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A INPUT -m time --datestart 2038-02-01 -j DROP
  $ iptables -A INPUT -m time --timestop 24:00 -j DROP
  iptables v1.8.9 (nf_tables): invalid time "24:00" specified, should be hh:mm[:ss] format and within the boundaries
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-srcmask 255 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-srcmask 256 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-srcmask 4294967296 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables): hashlimit: bad value for option "--hashlimit-srcmask", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-srcmask x --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables): hashlimit: bad value for option "--hashlimit-srcmask", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-dstmask 1.2 --hashlimit-name q -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -m connlimit --connlimit-upto 1 --connlimit-mask 129 -j DROP
  $ iptables -A INPUT -m time --monthdays "1,,2" -j DROP
  $ iptables -A INPUT -m time --weekdays "Mon," -j DROP
  $ iptables -A INPUT -m time --weekdays ",Mon" -j DROP
  iptables v1.8.9 (nf_tables): No, the week does NOT begin with Sunday.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m time --weekdays  --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --monthdays  --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m connbytes --connbytes 0 --connbytes-mode bytes --connbytes-dir both -j DROP
  -A INPUT -m connbytes --connbytes 0 --connbytes-mode bytes --connbytes-dir both -j DROP
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 2048 --hashlimit-name q -j DROP
  -A INPUT -m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 5 --hashlimit-name q -j DROP
  -A INPUT -m hashlimit --hashlimit-above 1kb/s --hashlimit-name q2 --hashlimit-rate-match -j DROP
  -A INPUT -m connlimit --connlimit-upto 0 --connlimit-mask 32 --connlimit-saddr -j DROP
  -A INPUT -m time --datestart 2038-02-01T00:00:00 --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m connlimit --connlimit-upto 1 --connlimit-mask 32 --connlimit-saddr -j DROP
  -A INPUT -m time --monthdays 1,2 --datestop 2038-01-19T03:14:07 -j DROP
  -A INPUT -m time --weekdays Mon --datestop 2038-01-19T03:14:07 -j DROP
