The help of the extensions added by sweepnf5: -m NAME -h / -j NAME -h after the general help.
  $ iptables -m policy -h | sed '1,/print package version/d'; echo END
  
  policy match options:
    --dir in|out			match policy applied during decapsulation/
  				policy to be applied during encapsulation
    --pol none|ipsec		match policy
    --strict 			match entire policy instead of single element
  				at any position
  These options may be used repeatedly, to describe policy elements:
  [!] --reqid reqid		match reqid
  [!] --spi spi			match SPI
  [!] --proto proto		match protocol (ah/esp/ipcomp)
  [!] --mode mode 		match mode (transport/tunnel)
  [!] --tunnel-src addr/mask	match tunnel source
  [!] --tunnel-dst addr/mask	match tunnel destination
    --next 			begin next element in policy
  END
  $ iptables -m esp -h | sed '1,/print package version/d'; echo END
  
  esp match options:
  [!] --espspi spi[:spi]
  				match spi (range)
  END
  $ iptables -m ah -h | sed '1,/print package version/d'; echo END
  
  ah match options:
  [!] --ahspi spi[:spi]
  				match spi (range)
  END
  $ iptables -m ipcomp -h | sed '1,/print package version/d'; echo END
  
  comp match options:
  [!] --ipcompspi spi[:spi]
  				match spi (range)
  END
  $ iptables -m devgroup -h | sed '1,/print package version/d'; echo END
  
  devgroup match options:
  [!] --src-group value[/mask]	Match device group of incoming device
  [!] --dst-group value[/mask]	Match device group of outgoing device
  END
  $ iptables -m cpu -h | sed '1,/print package version/d'; echo END
  
  cpu match options:
  [!] --cpu number   Match CPU number
  END
  $ iptables -m socket -h | sed '1,/print package version/d'; echo END
  
  socket match options:
    --nowildcard     Do not ignore LISTEN sockets bound on INADDR_ANY
    --transparent    Ignore non-transparent sockets
    --restore-skmark Set the packet mark to the socket mark if
                     the socket matches and transparent / 
                     nowildcard conditions are satisfied
  
  END
  $ iptables -m realm -h | sed '1,/print package version/d'; echo END
  
  realm match options:
  [!] --realm value[/mask]
  				Match realm
  END
  $ iptables -m sctp -h | sed '1,/print package version/d'; echo END
  
  sctp match options
  [!] --source-port port[:port]                          match source port(s)
   --sport ...
  [!] --destination-port port[:port]                     match destination port(s)
   --dport ...
  [!] --chunk-types (all|any|none) (chunktype[:flags])+	match if all, any or none of
  						        chunktypes are present
  chunktypes - DATA INIT INIT_ACK SACK HEARTBEAT HEARTBEAT_ACK ABORT SHUTDOWN SHUTDOWN_ACK ERROR COOKIE_ECHO COOKIE_ACK ECN_ECNE ECN_CWR SHUTDOWN_COMPLETE ASCONF ASCONF_ACK FORWARD_TSN ALL NONE
  END
  $ iptables -m dccp -h | sed '1,/print package version/d'; echo END
  
  dccp match options
  [!] --source-port port[:port]                          match source port(s)
   --sport ...
  [!] --destination-port port[:port]                     match destination port(s)
   --dport ...
  [!] --dccp-types type[,...]                            match when packet is one of the given types
  [!] --dccp-option option                               match if option (by number!) is set
  END
  $ iptables -j TEE -h | sed '1,/print package version/d'; echo END
  
  TEE target options:
    --gateway IPADDR    Route packet via the gateway given by address
    --oif NAME          Include oif in route calculation
  
  END
  $ iptables -j CHECKSUM -h | sed '1,/print package version/d'; echo END
  
  CHECKSUM target options
    --checksum-fill			Fill in packet checksum.
  END
  $ iptables -j AUDIT -h | sed '1,/print package version/d'; echo END
  
  AUDIT target options
    --type TYPE		Action type to be recorded.
  END
  $ iptables -j TRACE -h | sed '1,/print package version/d'; echo END
  
  TRACE does not take any options
  END
  $ iptables -j TCPOPTSTRIP -h | sed '1,/print package version/d'; echo END
  
  TCPOPTSTRIP target options:
    --strip-options value     strip specified TCP options denoted by value
                              (separated by comma) from TCP header
    Instead of the numeric value, you can also use the following names:
      wscale            strip "Window scale" option
      mss               strip "Maximum Segment Size" option
      sack-permitted    strip "SACK permitted" option
      sack              strip "Selective ACK" option
      timestamp         strip "Timestamp" option
      md5               strip "MD5 signature" option
  END
  $ iptables -p sctp -h | sed '1,/print package version/d'; echo END
  
  sctp match options
  [!] --source-port port[:port]                          match source port(s)
   --sport ...
  [!] --destination-port port[:port]                     match destination port(s)
   --dport ...
  [!] --chunk-types (all|any|none) (chunktype[:flags])+	match if all, any or none of
  						        chunktypes are present
  chunktypes - DATA INIT INIT_ACK SACK HEARTBEAT HEARTBEAT_ACK ABORT SHUTDOWN SHUTDOWN_ACK ERROR COOKIE_ECHO COOKIE_ACK ECN_ECNE ECN_CWR SHUTDOWN_COMPLETE ASCONF ASCONF_ACK FORWARD_TSN ALL NONE
  END
