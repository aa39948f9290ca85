The extensions' own help after the general one: iptables -m NAME -h and -j NAME -h for every extension tuxnet has, the protocol's match loaded by -p alone, the target's help before the matches', a match given twice helped twice; and iprange's reversed-range warning and numeric address parts.
  $ iptables -m icmp -h | sed '1,/print package version/d'; echo END
  
  icmp match options:
  [!] --icmp-type typename	match icmp type
  [!] --icmp-type type[/code]	(or numeric type or type/code)
  Valid ICMP Types:
  any
  echo-reply (pong)
  destination-unreachable
     network-unreachable
     host-unreachable
     protocol-unreachable
     port-unreachable
     fragmentation-needed
     source-route-failed
     network-unknown
     host-unknown
     network-prohibited
     host-prohibited
     TOS-network-unreachable
     TOS-host-unreachable
     communication-prohibited
     host-precedence-violation
     precedence-cutoff
  source-quench
  redirect
     network-redirect
     host-redirect
     TOS-network-redirect
     TOS-host-redirect
  echo-request (ping)
  router-advertisement
  router-solicitation
  time-exceeded (ttl-exceeded)
     ttl-zero-during-transit
     ttl-zero-during-reassembly
  parameter-problem
     ip-header-bad
     required-option-missing
  timestamp-request
  timestamp-reply
  address-mask-request
  address-mask-reply
  END
  $ iptables -m length -h | sed '1,/print package version/d'; echo END
  
  length match options:
  [!] --length length[:length]    Match packet length against value or range
                                  of values (inclusive)
  END
  $ iptables -m comment -h | sed '1,/print package version/d'; echo END
  
  comment match options:
  --comment COMMENT             Attach a comment to a rule
  END
  $ iptables -m multiport -h | sed '1,/print package version/d'; echo END
  
  multiport match options:
  [!] --source-ports port[,port:port,port...]
   --sports ...
  				match source port(s)
  [!] --destination-ports port[,port:port,port...]
   --dports ...
  				match destination port(s)
  [!] --ports port[,port:port,port]
  				match both source and destination port(s)
  END
  $ iptables -m addrtype -h | sed '1,/print package version/d'; echo END
  
  Address type match options:
   [!] --src-type type[,...]      Match source address type
   [!] --dst-type type[,...]      Match destination address type
       --limit-iface-in           Match only on the packet's incoming device
       --limit-iface-out          Match only on the packet's outgoing device
  
  Valid types:           
                                  UNSPEC
                                  UNICAST
                                  LOCAL
                                  BROADCAST
                                  ANYCAST
                                  MULTICAST
                                  BLACKHOLE
                                  UNREACHABLE
                                  PROHIBIT
                                  THROW
                                  NAT
                                  XRESOLVE
  END
  $ iptables -m iprange -h | sed '1,/print package version/d'; echo END
  
  iprange match options:
  [!] --src-range ip[-ip]    Match source IP in the specified range
  [!] --dst-range ip[-ip]    Match destination IP in the specified range
  END
  $ iptables -m ttl -h | sed '1,/print package version/d'; echo END
  
  ttl match options:
  [!] --ttl-eq value	Match time to live value
    --ttl-lt value	Match TTL < value
    --ttl-gt value	Match TTL > value
  END
  $ iptables -m mac -h | sed '1,/print package version/d'; echo END
  
  mac match options:
  [!] --mac-source XX:XX:XX:XX:XX:XX
  				Match source MAC address
  END
  $ iptables -m tcp -h | sed '1,/print package version/d'; echo END
  
  tcp match options:
  [!] --tcp-flags mask comp	match when TCP flags & mask == comp
  				(Flags: SYN ACK FIN RST URG PSH ALL NONE)
  [!] --syn			match when only SYN flag set
  				(equivalent to --tcp-flags SYN,RST,ACK,FIN SYN)
  [!] --source-port port[:port]
   --sport ...
  				match source port(s)
  [!] --destination-port port[:port]
   --dport ...
  				match destination port(s)
  [!] --tcp-option number        match if TCP option set
  END
  $ iptables -m udp -h | sed '1,/print package version/d'; echo END
  
  udp match options:
  [!] --source-port port[:port]
   --sport ...
  				match source port(s)
  [!] --destination-port port[:port]
   --dport ...
  				match destination port(s)
  END
  $ iptables -m mark -h | sed '1,/print package version/d'; echo END
  
  mark match options:
  [!] --mark value[/mask]    Match nfmark value with optional mask
  END
  $ iptables -m limit -h | sed '1,/print package version/d'; echo END
  
  limit match options:
  --limit avg			max average match rate: default 3/hour
                                  [Packets per second unless followed by 
                                  /sec /minute /hour /day postfixes]
  --limit-burst number		number to match in a burst, default 5
  END
  $ iptables -m pkttype -h | sed '1,/print package version/d'; echo END
  
  pkttype match options:
  [!] --pkt-type packettype    match packet type
  Valid packet types:
  	unicast       		to us
  	broadcast     		to all
  	multicast     		to group
  	otherhost     		to someone else
  
  END
  $ iptables -m tos -h | sed '1,/print package version/d'; echo END
  
  tos match options:
  [!] --tos value[/mask]    Match Type of Service/Priority field value
  [!] --tos symbol          Match TOS field (IPv4 only) by symbol
                            Accepted symbolic names for value are:
                            (0x10) 16 Minimize-Delay
                            (0x08)  8 Maximize-Throughput
                            (0x04)  4 Maximize-Reliability
                            (0x02)  2 Minimize-Cost
                            (0x00)  0 Normal-Service
  
  END
  $ iptables -m dscp -h | sed '1,/print package version/d'; echo END
  
  dscp match options
  [!] --dscp value		Match DSCP codepoint with numerical value
    		                This value can be in decimal (ex: 32)
                 		or in hex (ex: 0x20)
  [!] --dscp-class name		Match the DiffServ class. This value may
  				be any of the BE,EF, AFxx or CSx classes
  
  				These two options are mutually exclusive !
  END
  $ iptables -m statistic -h | sed '1,/print package version/d'; echo END
  
  statistic match options:
   --mode mode                    Match mode (random, nth)
   random mode:
  [!] --probability p		 Probability
   nth mode:
  [!] --every n			 Match every nth packet
   --packet p			 Initial counter value (0 <= p <= n-1, default 0)
  END
  $ iptables -m recent -h | sed '1,/print package version/d'; echo END
  
  recent match options:
  [!] --set                       Add source address to list, always matches.
  [!] --rcheck                    Match if source address in list.
  [!] --update                    Match if source address in list, also update last-seen time.
  [!] --remove                    Match if source address in list, also removes that address from list.
      --seconds seconds           For check and update commands above.
                                  Specifies that the match will only occur if source address last seen within
                                  the last 'seconds' seconds.
      --reap                      Purge entries older then 'seconds'.
                                  Can only be used in conjunction with the seconds option.
      --hitcount hits             For check and update commands above.
                                  Specifies that the match will only occur if source address seen hits times.
                                  May be used in conjunction with the seconds option.
      --rttl                      For check and update commands above.
                                  Specifies that the match will only occur if the source address and the TTL
                                  match between this packet and the one which was set.
                                  Useful if you have problems with people spoofing their source address in order
                                  to DoS you via this module.
      --name name                 Name of the recent list to be used.  DEFAULT used if none given.
      --rsource                   Match/Save the source address of each packet in the recent list table (default).
      --rdest                     Match/Save the destination address of each packet in the recent list table.
      --mask netmask              Netmask that will be applied to this recent list.
  xt_recent by: Stephen Frost <sfrost@snowman.net>.
  END
  $ iptables -m string -h | sed '1,/print package version/d'; echo END
  
  string match options:
  --from                       Offset to start searching from
  --to                         Offset to stop searching
  --algo                       Algorithm
  --icase                      Ignore case (default: 0)
  [!] --string string          Match a string in a packet
  [!] --hex-string string      Match a hex string in a packet
  END
  $ iptables -m owner -h | sed '1,/print package version/d'; echo END
  
  owner match options:
  [!] --uid-owner userid[-userid]      Match local UID
  [!] --gid-owner groupid[-groupid]    Match local GID
  [!] --socket-exists                  Match if socket exists
      --suppl-groups                   Also match supplementary groups set with --gid-owner
  END
  $ iptables -m tcpmss -h | sed '1,/print package version/d'; echo END
  
  tcpmss match options:
  [!] --mss value[:value]	Match TCP MSS range.
  				(only valid for TCP SYN or SYN/ACK packets)
  END
  $ iptables -m connlimit -h | sed '1,/print package version/d'; echo END
  
  connlimit match options:
    --connlimit-upto n     match if the number of existing connections is 0..n
    --connlimit-above n    match if the number of existing connections is >n
    --connlimit-mask n     group hosts using prefix length (default: max len)
    --connlimit-saddr      select source address for grouping
    --connlimit-daddr      select destination addresses for grouping
  END
  $ iptables -m hashlimit -h | sed '1,/print package version/d'; echo END
  
  hashlimit match options:
    --hashlimit-upto <avg>           max average match rate
                                     [Packets per second unless followed by 
                                     /sec /minute /hour /day postfixes]
    --hashlimit-above <avg>          min average match rate
    --hashlimit-mode <mode>          mode is a comma-separated list of
                                     dstip,srcip,dstport,srcport (or none)
    --hashlimit-srcmask <length>     source address grouping prefix length
    --hashlimit-dstmask <length>     destination address grouping prefix length
    --hashlimit-name <name>          name for /proc/net/ipt_hashlimit
    --hashlimit-burst <num>	    number to match in a burst, default 5
    --hashlimit-htable-size <num>    number of hashtable buckets
    --hashlimit-htable-max <num>     number of hashtable entries
    --hashlimit-htable-gcinterval    interval between garbage collection runs
    --hashlimit-htable-expire        after which time are idle entries expired?
    --hashlimit-rate-match           rate match the flow without rate-limiting it
    --hashlimit-rate-interval        interval in seconds for hashlimit-rate-match
  
  END
  $ iptables -m u32 -h | sed '1,/print package version/d'; echo END
  
  u32 match options:
  [!] --u32 tests
  		tests := location "=" value | tests "&&" location "=" value
  		value := range | value "," range
  		range := number | number ":" number
  		location := number | location operator number
  		operator := "&" | "<<" | ">>" | "@"
  END
  $ iptables -m quota -h | sed '1,/print package version/d'; echo END
  
  quota match options:
  [!] --quota quota		quota (bytes)
  END
  $ iptables -m rpfilter -h | sed '1,/print package version/d'; echo END
  
  rpfilter match options:
      --loose          permit reverse path via any interface
      --validmark      use skb nfmark when performing route lookup
      --accept-local   do not reject packets with a local source address
      --invert         match packets that failed the reverse path test
  END
  $ iptables -m time -h | sed '1,/print package version/d'; echo END
  
  time match options:
      --datestart time     Start and stop time, to be given in ISO 8601
      --datestop time      (YYYY[-MM[-DD[Thh[:mm[:ss]]]]])
      --timestart time     Start and stop daytime (hh:mm[:ss])
      --timestop time      (between 00:00:00 and 23:59:59)
  [!] --monthdays value    List of days on which to match, separated by comma
                           (Possible days: 1 to 31; defaults to all)
  [!] --weekdays value     List of weekdays on which to match, sep. by comma
                           (Possible days: Mon,Tue,Wed,Thu,Fri,Sat,Sun or 1 to 7
                           Defaults to all weekdays.)
      --kerneltz           Work with the kernel timezone instead of UTC
  END
  $ iptables -m connbytes -h | sed '1,/print package version/d'; echo END
  
  connbytes match options:
   [!] --connbytes from:[to]
       --connbytes-dir [original, reply, both]
       --connbytes-mode [packets, bytes, avgpkt]
  END
  $ iptables -m conntrack -h | sed '1,/print package version/d'; echo END
  
  conntrack match options:
  [!] --ctstate {INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED|SNAT|DNAT}[,...]
                                 State(s) to match
  [!] --ctproto proto            Protocol to match; by number or name, e.g. "tcp"
  [!] --ctorigsrc address[/mask]
  [!] --ctorigdst address[/mask]
  [!] --ctreplsrc address[/mask]
  [!] --ctrepldst address[/mask]
                                 Original/Reply source/destination address
  [!] --ctorigsrcport port
  [!] --ctorigdstport port
  [!] --ctreplsrcport port
  [!] --ctrepldstport port
                                 TCP/UDP/SCTP orig./reply source/destination port
  [!] --ctstatus {NONE|EXPECTED|SEEN_REPLY|ASSURED|CONFIRMED}[,...]
                                 Status(es) to match
  [!] --ctexpire time[:time]     Match remaining lifetime in seconds against
                                 value or range of values (inclusive)
      --ctdir {ORIGINAL|REPLY}   Flow direction of packet
  END
  $ iptables -m state -h | sed '1,/print package version/d'; echo END
  
  state match options:
   [!] --state [INVALID|ESTABLISHED|NEW|RELATED|UNTRACKED][,...]
  				State(s) to match
  END
  $ iptables -m connmark -h | sed '1,/print package version/d'; echo END
  
  connmark match options:
  [!] --mark value[/mask]    Match ctmark value with optional mask
  END
  $ iptables -j REJECT -h | sed '1,/print package version/d'; echo END
  
  REJECT target options:
  --reject-with type              drop input packet and send back
                                  a reply packet according to type:
  Valid reject types:
      icmp-net-unreachable     	ICMP network unreachable
      net-unreach              	alias
      icmp-host-unreachable    	ICMP host unreachable
      host-unreach             	alias
      icmp-proto-unreachable   	ICMP protocol unreachable
      proto-unreach            	alias
      icmp-port-unreachable    	ICMP port unreachable (default)
      port-unreach             	alias
      icmp-net-prohibited      	ICMP network prohibited
      net-prohib               	alias
      icmp-host-prohibited     	ICMP host prohibited
      host-prohib              	alias
      tcp-reset                	TCP RST packet
      tcp-rst                  	alias
      icmp-admin-prohibited    	ICMP administratively prohibited (*)
      admin-prohib             	alias
  
  (*) See man page or read the INCOMPATIBILITES file for compatibility issues.
  END
  $ iptables -j LOG -h | sed '1,/print package version/d'; echo END
  
  LOG target options:
   --log-level level		Level of logging (numeric or see syslog.conf)
   --log-prefix prefix		Prefix log messages with this prefix.
   --log-tcp-sequence		Log TCP sequence numbers.
   --log-tcp-options		Log TCP options.
   --log-ip-options		Log IP options.
   --log-uid			Log UID owning the local socket.
   --log-macdecode		Decode MAC addresses and protocol.
  END
  $ iptables -j MARK -h | sed '1,/print package version/d'; echo END
  
  MARK target options:
    --set-xmark value[/mask]  Clear bits in mask and XOR value into nfmark
    --set-mark value[/mask]   Clear bits in mask and OR value into nfmark
    --and-mark bits           Binary AND the nfmark with bits
    --or-mark bits            Binary OR the nfmark with bits
    --xor-mark bits           Binary XOR the nfmark with bits
  END
  $ iptables -j TTL -h | sed '1,/print package version/d'; echo END
  
  TTL target options
    --ttl-set value		Set TTL to <value 0-255>
    --ttl-dec value		Decrement TTL by <value 1-255>
    --ttl-inc value		Increment TTL by <value 1-255>
  END
  $ iptables -j NFLOG -h | sed '1,/print package version/d'; echo END
  
  NFLOG target options:
   --nflog-group NUM		NETLINK group used for logging
   --nflog-range NUM		This option has no effect, use --nflog-size
   --nflog-size NUM		Number of bytes to copy
   --nflog-threshold NUM		Message threshold of in-kernel queue
   --nflog-prefix STRING		Prefix string for log messages
  END
  $ iptables -j NFQUEUE -h | sed '1,/print package version/d'; echo END
  
  NFQUEUE target options
    --queue-num value            Send packet to QUEUE number <value>.
                                 Valid queue numbers are 0-65535
    --queue-balance first:last   Balance flows between queues <value> to <value>.
    --queue-bypass               Bypass Queueing if no queue instance exists.
    --queue-cpu-fanout	Use current CPU (no hashing)
  END
  $ iptables -j TOS -h | sed '1,/print package version/d'; echo END
  
  TOS target vlibxtables.so.12 options:
    --set-tos value[/mask]  Set Type of Service/Priority field to value
                            (Zero out bits in mask and XOR value into TOS)
    --set-tos symbol        Set TOS field (IPv4 only) by symbol
                            (this zeroes the 4-bit Precedence part!)
                            Accepted symbolic names for value are:
                              (0x10) 16 Minimize-Delay
                              (0x08)  8 Maximize-Throughput
                              (0x04)  4 Maximize-Reliability
                              (0x02)  2 Minimize-Cost
                              (0x00)  0 Normal-Service
  
    --and-tos bits          Binary AND the TOS value with bits
    --or-tos  bits          Binary OR the TOS value with bits
    --xor-tos bits          Binary XOR the TOS value with bits
  END
  $ iptables -j DSCP -h | sed '1,/print package version/d'; echo END
  
  DSCP target options
    --set-dscp value		Set DSCP field in packet header to value
    		                This value can be in decimal (ex: 32)
                 		or in hex (ex: 0x20)
    --set-dscp-class class	Set the DSCP field in packet header to the
  				value represented by the DiffServ class value.
  				This class may be EF,BE or any of the CSxx
  				or AFxx classes.
  
  				These two options are mutually exclusive !
  END
  $ iptables -j TCPMSS -h | sed '1,/print package version/d'; echo END
  
  TCPMSS target mutually-exclusive options:
    --set-mss value               explicitly set MSS option to specified value
    --clamp-mss-to-pmtu           automatically clamp MSS value to (path_MTU - 20)
  END
  $ iptables -j CONNMARK -h | sed '1,/print package version/d'; echo END
  
  CONNMARK target options:
    --set-xmark value[/ctmask]    Zero mask bits and XOR ctmark with value
    --save-mark [--ctmask mask] [--nfmask mask]
                                  Copy ctmark to nfmark using masks
    --restore-mark [--ctmask mask] [--nfmask mask]
                                  Copy nfmark to ctmark using masks
    --set-mark value[/mask]       Set conntrack mark value
    --save-mark [--mask mask]     Save the packet nfmark in the connection
    --restore-mark [--mask mask]  Restore saved nfmark value
    --and-mark value              Binary AND the ctmark with bits
    --or-mark value               Binary OR  the ctmark with bits
    --xor-mark value              Binary XOR the ctmark with bits
    --left-shift-mark value       Left shift the ctmark with bits
    --right-shift-mark value      Right shift the ctmark with bits
  END
  $ iptables -j CT -h | sed '1,/print package version/d'; echo END
  
  CT target options:
   --notrack			Don't track connection
   --helper name			Use conntrack helper 'name' for connection
   --timeout name 		Use timeout policy 'name' for connection
   --ctevents event[,event...]	Generate specified conntrack events for connection
   --expevents event[,event...]	Generate specified expectation events for connection
   --zone {ID|mark}		Assign/Lookup connection in zone ID/packet nfmark
   --zone-orig {ID|mark}		Same as 'zone' option, but only applies to ORIGINAL direction
   --zone-reply {ID|mark} 	Same as 'zone' option, but only applies to REPLY direction
  END
  $ iptables -j NOTRACK -h | sed '1,/print package version/d'; echo END
  
  NOTRACK does not take any options
  END
  $ iptables -j SNAT -h | sed '1,/print package version/d'; echo END
  
  SNAT target options:
   --to-source [<ipaddr>[-<ipaddr>]][:port[-port]]
  				Address to map source to.
  [--random] [--random-fully] [--persistent]
  END
  $ iptables -j DNAT -h | sed '1,/print package version/d'; echo END
  
  DNAT target options:
   --to-destination [<ipaddr>[-<ipaddr>]][:port[-port[/port]]]
  				Address to map destination to.
  [--random] [--persistent]
  END
  $ iptables -j MASQUERADE -h | sed '1,/print package version/d'; echo END
  
  MASQUERADE target options:
   --to-ports <port>[-<port>]
  				Port (range) to map to.
   --random
  				Randomize source port.
   --random-fully
  				Fully randomize source port.
  END
  $ iptables -j REDIRECT -h | sed '1,/print package version/d'; echo END
  
  REDIRECT target options:
   --to-ports <port>[-<port>]
  				Port (range) to map to.
   [--random]
  END
  $ iptables -j NETMAP -h | sed '1,/print package version/d'; echo END
  
  NETMAP target options:
    --to address[/mask]
  				Network address to map to.
  
  END
  $ iptables -p icmp -h | sed '1,/print package version/d'
  
  icmp match options:
  [!] --icmp-type typename	match icmp type
  [!] --icmp-type type[/code]	(or numeric type or type/code)
  Valid ICMP Types:
  any
  echo-reply (pong)
  destination-unreachable
     network-unreachable
     host-unreachable
     protocol-unreachable
     port-unreachable
     fragmentation-needed
     source-route-failed
     network-unknown
     host-unknown
     network-prohibited
     host-prohibited
     TOS-network-unreachable
     TOS-host-unreachable
     communication-prohibited
     host-precedence-violation
     precedence-cutoff
  source-quench
  redirect
     network-redirect
     host-redirect
     TOS-network-redirect
     TOS-host-redirect
  echo-request (ping)
  router-advertisement
  router-solicitation
  time-exceeded (ttl-exceeded)
     ttl-zero-during-transit
     ttl-zero-during-reassembly
  parameter-problem
     ip-header-bad
     required-option-missing
  timestamp-request
  timestamp-reply
  address-mask-request
  address-mask-reply
  $ iptables -p tcp -m udp -j LOG -h | sed '1,/print package version/d'
  
  LOG target options:
   --log-level level		Level of logging (numeric or see syslog.conf)
   --log-prefix prefix		Prefix log messages with this prefix.
   --log-tcp-sequence		Log TCP sequence numbers.
   --log-tcp-options		Log TCP options.
   --log-ip-options		Log IP options.
   --log-uid			Log UID owning the local socket.
   --log-macdecode		Decode MAC addresses and protocol.
  
  udp match options:
  [!] --source-port port[:port]
   --sport ...
  				match source port(s)
  [!] --destination-port port[:port]
   --dport ...
  				match destination port(s)
  $ iptables -m ttl -m ttl -h | sed '1,/print package version/d'
  
  ttl match options:
  [!] --ttl-eq value	Match time to live value
    --ttl-lt value	Match TTL < value
    --ttl-gt value	Match TTL > value
  
  ttl match options:
  [!] --ttl-eq value	Match time to live value
    --ttl-lt value	Match TTL < value
    --ttl-gt value	Match TTL > value
  $ iptables -m iprange --src-range 10.0.0.9-10.0.0.1 -A INPUT
  xt_iprange: range 10.0.0.9-10.0.0.1 is reversed and will never match
  $ iptables -m iprange --src-range 0x0a.0.0.1 -A INPUT
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1
  -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.1
