nft's listing of iptables-nft's hashlimit (hashlimit_mt_xlate(): a meter keyed by the addresses, the destination first, masks as "and", the htable expiry as timeout, the rate in the largest whole unit, the burst) and TOS targets (__tos_xlate() with "ip6", as iptables 1.8.9 translates revision 1: set, and, or, xor, and-xor).

  $ iptables -A INPUT -m hashlimit --hashlimit-upto 5/min --hashlimit-burst 3 --hashlimit-mode srcip --hashlimit-name h3 -j ACCEPT
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-mode dstip --hashlimit-name h4 --hashlimit-htable-expire 5000 -j ACCEPT
  $ iptables -A INPUT -m hashlimit --hashlimit-above 7/hour --hashlimit-mode srcip,dstip --hashlimit-name h5 -j ACCEPT
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 7/sec --hashlimit-mode srcip --hashlimit-srcmask 24 --hashlimit-name h6 -j ACCEPT
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 100/day --hashlimit-mode dstip --hashlimit-dstmask 16 --hashlimit-name h7 -j ACCEPT
  $ iptables -A INPUT -m hashlimit --hashlimit-upto 3/sec --hashlimit-name h8 -j ACCEPT
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x3f
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x1c
  $ iptables -t mangle -A OUTPUT -j TOS --and-tos 0x12
  $ iptables -t mangle -A OUTPUT -j TOS --or-tos 0x12
  $ iptables -t mangle -A OUTPUT -j TOS --xor-tos 0x12
  $ iptables -t mangle -A OUTPUT -j TOS --set-tos Minimize-Delay
  $ nft list ruleset | grep -E 'meter|xt |dscp'
  # Warning: table ip filter is managed by iptables-nft, do not touch!
  # Warning: table ip mangle is managed by iptables-nft, do not touch!
  		meter h3 { ip saddr timeout 60s limit rate 5/minute burst 3 packets } counter packets 0 bytes 0 accept
  		meter h4 { ip daddr timeout 5s limit rate 7/second } counter packets 0 bytes 0 accept
  		meter h5 { ip daddr . ip saddr timeout 3600s limit rate over 7/hour } counter packets 0 bytes 0 accept
  		meter h6 { ip saddr and 255.255.255.0 limit rate 7/second } counter packets 0 bytes 0 accept
  		meter h7 { ip daddr and 255.255.0.0 timeout 86400s limit rate 100/day } counter packets 0 bytes 0 accept
  		xt match hashlimit counter packets 0 bytes 0 accept
  		counter packets 0 bytes 0 ip6 dscp set 0x04
  		counter packets 0 bytes 0 ip6 dscp set 0x04
  		counter packets 0 bytes 0 ip6 dscp set ip6 dscp and 0x38 xor 0x04
  		counter packets 0 bytes 0 ip6 dscp set ip6 dscp and 0x04
  		counter packets 0 bytes 0 ip6 dscp set ip6 dscp or 0x04
  		counter packets 0 bytes 0 ip6 dscp set ip6 dscp xor 0x04
  		counter packets 0 bytes 0 ip6 dscp set 0x04
