ethtool's help and argument errors.
  $ ethtool -h | head -4
  ethtool version 6.1
  Usage:
          ethtool [ FLAGS ]  DEVNAME	Display standard information about device
          ethtool [ FLAGS ] -s|--change DEVNAME	Change generic options
  $ ethtool --help | tail -3
  	--debug MASK	turn on debugging messages
  	--json		enable JSON output format (not supported by all commands)
  	-I|--include-statistics		request device statistics related to the command (not supported by all commands)
  $ ethtool -h | wc -l
  221
  $ ethtool -i
  ethtool: bad command line argument(s)
  For more information run ethtool -h
  [1]
  $ ethtool -i lo extra
  ethtool: bad command line argument(s)
  For more information run ethtool -h
  [1]
  $ ethtool lo extra
  Settings for lo:
  	Link detected: no
  $ ethtool --bogus lo
  ethtool: bad command line argument(s)
  For more information run ethtool -h
  [1]
  $ ethtool -K lo tso off gso
  ethtool (-K): flag '(null)' for parameter '(null)' is not followed by 'on' or 'off'
  [1]
  $ ethtool -L lo rx
  ethtool (-L): no value for parameter 'rx'
  [1]
  $ ethtool -L lo foo 1
  ethtool (-L): unknown parameter 'foo'
  [1]
  $ ethtool -L lo rx abc
  ethtool (-L): invalid value 'abc' for parameter 'rx'
  [1]
  $ ethtool -L lo rx -1
  ethtool (-L): invalid value '-1' for parameter 'rx'
  [1]
  $ ethtool -L nosuch rx 1
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  [1]
  $ ethtool -l v0 extra
  ethtool: unexpected parameter 'extra'
  [1]
  $ command -v ethtool; type ethtool
  /usr/sbin/ethtool
  ethtool is hashed (/usr/sbin/ethtool)
