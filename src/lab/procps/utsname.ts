/**
 * The lab's struct new_utsname (uname(2)): the values of the kernel the
 * transcripts are recorded on, so `uname -a` and `hostname` print what the
 * recording machine prints. One host name for the whole lab (its network
 * namespaces share the initial UTS namespace, as `ip netns exec` leaves it).
 * @linux include/uapi/linux/utsname.h, kernel/sys.c SYSCALL_DEFINE1(newuname)
 */
export const UTSNAME = {
  sysname: 'Linux',
  nodename: 'vm',
  release: '6.18.44-fc-v1252',
  version: '#1 SMP PREEMPT_DYNAMIC @0',
  machine: 'x86_64',
} as const;
