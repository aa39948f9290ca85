test's file type operators on the lab's special files: -c of the null device, -h/-L of the class links in /sys/class/net (a link to a directory: -d follows it), regular files and directories; bash's builtin and coreutils' test.

  $ for op in -c -h -L -d -f -e -b -p -S; do for f in /dev/null /sys/class/net/lo /etc/hosts /etc /nosuch ""; do [ $op $f ]; printf '%s %s %s\n' $op $f $?; done; done
  -c /dev/null 0
  -c /sys/class/net/lo 1
  -c /etc/hosts 1
  -c /etc 1
  -c /nosuch 1
  -c 0 
  -h /dev/null 1
  -h /sys/class/net/lo 0
  -h /etc/hosts 1
  -h /etc 1
  -h /nosuch 1
  -h 0 
  -L /dev/null 1
  -L /sys/class/net/lo 0
  -L /etc/hosts 1
  -L /etc 1
  -L /nosuch 1
  -L 0 
  -d /dev/null 1
  -d /sys/class/net/lo 0
  -d /etc/hosts 1
  -d /etc 0
  -d /nosuch 1
  -d 0 
  -f /dev/null 1
  -f /sys/class/net/lo 1
  -f /etc/hosts 0
  -f /etc 1
  -f /nosuch 1
  -f 0 
  -e /dev/null 0
  -e /sys/class/net/lo 0
  -e /etc/hosts 0
  -e /etc 0
  -e /nosuch 1
  -e 0 
  -b /dev/null 1
  -b /sys/class/net/lo 1
  -b /etc/hosts 1
  -b /etc 1
  -b /nosuch 1
  -b 0 
  -p /dev/null 1
  -p /sys/class/net/lo 1
  -p /etc/hosts 1
  -p /etc 1
  -p /nosuch 1
  -p 0 
  -S /dev/null 1
  -S /sys/class/net/lo 1
  -S /etc/hosts 1
  -S /etc 1
  -S /nosuch 1
  -S 0 
  $ for op in -c -h -L -d -f; do for f in /dev/null /sys/class/net/lo /etc/hosts; do /usr/bin/test $op $f; printf '%s %s %s\n' $op $f $?; done; done
  -c /dev/null 0
  -c /sys/class/net/lo 1
  -c /etc/hosts 1
  -h /dev/null 1
  -h /sys/class/net/lo 0
  -h /etc/hosts 1
  -L /dev/null 1
  -L /sys/class/net/lo 0
  -L /etc/hosts 1
  -d /dev/null 1
  -d /sys/class/net/lo 0
  -d /etc/hosts 1
  -f /dev/null 1
  -f /sys/class/net/lo 1
  -f /etc/hosts 0
  $ [[ -L /sys/class/net/lo ]]; echo $?; [[ -c /dev/null && -h /sys/class/net/lo ]]; echo $?
  0
  0
  $ [[ -e "" ]]; echo $?; test -d ""; echo $?; /usr/bin/test -e ""; echo $?; [[ -o errexit ]]; echo $?; set -e; [[ -o errexit ]]; echo $?; set +e
  1
  1
  1
  1
  0
