readlink's canonicalizing modes and realpath through the symbolic links of /sys: -f (all but the last component must exist), -e (all), -m (none), a file in the middle (ENOTDIR), realpath -s not following links; failures are silent for readlink unless -v.

  $ readlink -f /sys/class/net/lo; echo $?
  /sys/devices/virtual/net/lo
  0
  $ readlink -e /sys/class/net/lo/; echo $?
  /sys/devices/virtual/net/lo
  0
  $ readlink -f /sys/class/net/lo/../lo/mtu; echo $?
  /sys/devices/virtual/net/lo/mtu
  0
  $ readlink -f /sys/class/net/lo/nosuch; echo $?
  /sys/devices/virtual/net/lo/nosuch
  0
  $ readlink -f /sys/class/net/lo/nosuch/x; echo $?
  1
  $ readlink -e /sys/class/net/lo/nosuch; echo $?
  1
  $ readlink -m /sys/class/net/lo/nosuch/x/../y; echo $?
  /sys/devices/virtual/net/lo/nosuch/y
  0
  $ readlink -f /etc/hosts/x; echo $?
  1
  $ readlink -m /etc/hosts/x; echo $?
  /etc/hosts/x
  0
  $ readlink -v -e /nosuch; echo $?
  readlink: /nosuch: No such file or directory
  1
  $ readlink -f //etc///./hosts; readlink -fn /etc/hosts; echo; readlink -f /etc/hosts /nosuch/x /etc; echo $?
  /etc/hosts
  /etc/hosts
  /etc/hosts
  /etc
  1
  $ realpath /sys/class/net/lo; realpath -s /sys/class/net/lo; echo $?
  /sys/devices/virtual/net/lo
  /sys/class/net/lo
  0
  $ realpath -e /sys/class/net/lo/nosuch; echo $?
  realpath: /sys/class/net/lo/nosuch: No such file or directory
  1
  $ readlink /sys/class/net/lo; readlink -f /sys/class/net/lo/../../class/net/lo
  ../../devices/virtual/net/lo
  [1]
