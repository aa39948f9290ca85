arptables-restore -c takes the [pkts:bytes] of each rule; without -c they start at 0; arptables-save -c writes them back; a restore replaces what was there (user chains included).
  $ ip netns add a
  $ printf '*filter\n:INPUT ACCEPT\n:OUTPUT DROP\n:c1 -\n[5:140] -A INPUT -j c1 -i a0\n[7:196] -A c1 -j ACCEPT -s 10.0.0.0/8\n[1:28] -A OUTPUT --opcode 2 -j ACCEPT\nCOMMIT\n' > arp.rules
  $ ip netns exec a arptables-restore -c < arp.rules; echo $?
  0
  $ ip netns exec a arptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT DROP
  :c1 -
  [0:0] -A INPUT -j c1 -i a0
  [0:0] -A OUTPUT -j ACCEPT --opcode 2
  [0:0] -A c1 -j ACCEPT -s 10.0.0.0/8
  $ ip netns exec a arptables -L -v -n --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -j c1 -i a0 -o * , pcnt=0 -- bcnt=0 
  
  Chain OUTPUT (policy DROP 0 packets, 0 bytes)
  1 -j ACCEPT -i * -o * --opcode 2 , pcnt=0 -- bcnt=0 
  
  Chain c1 (1 references)
  1 -j ACCEPT -i * -o * -s 10.0.0.0/8 , pcnt=0 -- bcnt=0 
  $ ip netns exec a arptables-restore < arp.rules; echo $?
  0
  $ ip netns exec a arptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT DROP
  :c1 -
  [0:0] -A INPUT -j c1 -i a0
  [0:0] -A OUTPUT -j ACCEPT --opcode 2
  [0:0] -A c1 -j ACCEPT -s 10.0.0.0/8
  $ printf '*filter\n:INPUT ACCEPT\n:OUTPUT ACCEPT\n-A INPUT -j DROP\n' | ip netns exec a arptables-restore; echo $?
  0
  $ ip netns exec a arptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT ACCEPT
  -A INPUT -j DROP
  $ ip netns exec a arptables -L
  Chain INPUT (policy ACCEPT)
  -j DROP
  
  Chain OUTPUT (policy ACCEPT)
