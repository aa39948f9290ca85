Value parsing of tos/TOS (xtopt_parse_tosmask(): value/mask each 0-255 or "Illegal value"; out of range is a symbolic name), the string match's --hex-string (parse_hex_string() errors) and addrtype's type lists (parse_types(): the rest of the list in `quotes', the last name in "quotes").
  $ iptables -A INPUT -m tos --tos 0x10/; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 0x10/; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 0x10/abc; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/abc"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 0x10/abc; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/abc"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 0x10/0x1ff; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/0x1ff"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 0x10/0x1ff; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/0x1ff"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 0x10x; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10x"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 0x10x; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10x"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 0x10/0x3f/1; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/0x3f/1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 0x10/0x3f/1; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/0x3f/1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 256; echo $?
  iptables v1.8.9 (nf_tables): Symbolic name "256" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 256; echo $?
  iptables v1.8.9 (nf_tables): Symbolic name "256" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos -1; echo $?
  iptables v1.8.9 (nf_tables): Symbolic name "-1" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos -1; echo $?
  iptables v1.8.9 (nf_tables): Symbolic name "-1" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 0x10/-1; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/-1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos 0x10/-1; echo $?
  iptables v1.8.9 (nf_tables): Illegal value: "0x10/-1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos Minimize-Delay/0x3f; echo $?
  iptables v1.8.9 (nf_tables): Symbolic name "Minimize-Delay/0x3f" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j TOS --set-tos Minimize-Delay/0x3f; echo $?
  iptables v1.8.9 (nf_tables): Symbolic name "Minimize-Delay/0x3f" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m tos --tos 16/0x3f; echo $?
  0
  $ iptables -t mangle -A INPUT -j TOS --set-tos 16/0x3f; echo $?
  0
  $ iptables -S INPUT; iptables -t mangle -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m tos --tos 0x10/0x3f
  -P INPUT ACCEPT
  -A INPUT -j TOS --set-tos 0x10/0x3f
  $ iptables -A FORWARD -m string --algo bm --hex-string '|6|'; echo $?
  iptables v1.8.9 (nf_tables): Invalid hex block
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m string --algo bm --hex-string '|6 1|'; echo $?
  iptables v1.8.9 (nf_tables): Invalid hex char ' '
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m string --algo bm --hex-string '|61|'; echo $?
  0
  $ iptables -A FORWARD -m string --algo bm --hex-string '|61'; echo $?
  iptables v1.8.9 (nf_tables): Invalid hex block
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m string --algo bm --hex-string 'a|62|c'; echo $?
  0
  $ iptables -A FORWARD -m string --algo bm --hex-string '||'; echo $?
  iptables v1.8.9 (nf_tables): Odd number of hex digits
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m string --algo bm --hex-string '|g1|'; echo $?
  iptables v1.8.9 (nf_tables): Invalid hex char 'g'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A FORWARD -m string --algo bm --hex-string '|1g|'; echo $?
  iptables v1.8.9 (nf_tables): Invalid hex char 'g'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -m string --string "a" --algo bm
  -A FORWARD -m string --string "abc" --algo bm
  $ iptables -A OUTPUT -m addrtype --src-type 'LOCAL,,UNICAST'; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type `,UNICAST'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m addrtype --src-type ',LOCAL'; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type `,LOCAL'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m addrtype --src-type 'LOCAL,'; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m addrtype --src-type 'FOO,LOCAL'; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type `FOO,LOCAL'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m addrtype --src-type 'LOCAL,FOO'; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type "FOO"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m addrtype --src-type ''; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A OUTPUT -m addrtype --src-type 'LOCAL,FOO,BAR'; echo $?
  iptables v1.8.9 (nf_tables): addrtype: bad type `FOO,BAR'
  Try `iptables -h' or 'iptables --help' for more information.
  2
