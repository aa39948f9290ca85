uname, hostname, id, whoami and which as root runs them on the recording machine.

  $ hostname; hostname -s; uname; uname -a; uname -r; uname -n
  vm
  vm
  Linux
  Linux vm 6.18.44-fc-v1252 #1 SMP PREEMPT_DYNAMIC @0 x86_64 GNU/Linux
  6.18.44-fc-v1252
  vm
  $ uname -m -o -s -v; uname -snrvmpio; uname --kernel-release
  Linux #1 SMP PREEMPT_DYNAMIC @0 x86_64 GNU/Linux
  Linux vm 6.18.44-fc-v1252 #1 SMP PREEMPT_DYNAMIC @0 x86_64 unknown unknown GNU/Linux
  6.18.44-fc-v1252
  $ uname a; uname -x
  uname: extra operand 'a'
  Try 'uname --help' for more information.
  uname: invalid option -- 'x'
  Try 'uname --help' for more information.
  [1]
  $ id; id -u; id -g; id -G; id -un; id -gn; id -Gn; id root; id nobody
  uid=0(root) gid=0(root) groups=0(root)
  0
  0
  0
  root
  root
  root
  uid=0(root) gid=0(root) groups=0(root)
  uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)
  $ id zz; id -n; id -u -g
  id: 'zz': no such user
  id: cannot print only names or real IDs in default format
  id: cannot print "only" of more than one choice
  [1]
  $ whoami; whoami x
  root
  whoami: extra operand 'x'
  Try 'whoami --help' for more information.
  [1]
  $ which ip; which -a ip sleep nope; echo $?
  /usr/sbin/ip
  /usr/sbin/ip
  /usr/bin/ip
  /sbin/ip
  /bin/ip
  /usr/bin/sleep
  /bin/sleep
  1
  $ which; echo $?; which -a; echo $?; which -x ip; echo $?
  1
  1
  Illegal option -x
  Usage: /usr/bin/which [-a] args
  2
  $ which sysctl nc; which -a nft
  /usr/sbin/sysctl
  /usr/bin/nc
  /usr/sbin/nft
  /sbin/nft
  $ hostname -x 2>&1 | head -3; hostname -x >/dev/null 2>&1; echo $?
  hostname: invalid option -- 'x'
  Usage: hostname [-b] {hostname|-F file}         set host name (from file)
         hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
  255
