/**
 * errno values of the control plane, with the extack message the kernel
 * attaches (NL_SET_ERR_MSG), so tools print what iproute2 prints.
 */
export type Errno =
  | 'EPERM' | 'ENOENT' | 'ESRCH' | 'EINTR' | 'EIO' | 'ENXIO' | 'E2BIG' | 'EBADF' | 'EAGAIN' | 'ENOMEM'
  | 'EACCES' | 'EFAULT' | 'EBUSY' | 'EEXIST' | 'EXDEV' | 'ENODEV' | 'ENOTDIR' | 'EISDIR' | 'EINVAL'
  | 'ENFILE' | 'EMFILE' | 'ENOSPC' | 'ERANGE' | 'ENOTEMPTY' | 'EMLINK' | 'EOVERFLOW' | 'EOPNOTSUPP' | 'EAFNOSUPPORT' | 'EADDRINUSE'
  | 'EADDRNOTAVAIL' | 'ENETDOWN' | 'ENETUNREACH' | 'EHOSTUNREACH' | 'ENOBUFS' | 'ETIMEDOUT'
  | 'ECONNREFUSED' | 'EMSGSIZE' | 'ENOTSUP' | 'EPROTONOSUPPORT' | 'ENOPROTOOPT' | 'ENOTCONN';

/** strerror() texts (glibc). */
export const strerror: Readonly<Record<Errno, string>> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
  EINTR: 'Interrupted system call',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EFAULT: 'Bad address',
  EBUSY: 'Device or resource busy',
  EMLINK: 'Too many links',
  EOVERFLOW: 'Value too large for defined data type',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENODEV: 'No such device',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files',
  ENOSPC: 'No space left on device',
  ERANGE: 'Numerical result out of range',
  ENOTEMPTY: 'Directory not empty',
  EOPNOTSUPP: 'Operation not supported',
  ENOTSUP: 'Operation not supported',
  EAFNOSUPPORT: 'Address family not supported by protocol',
  EADDRINUSE: 'Address already in use',
  EADDRNOTAVAIL: 'Cannot assign requested address',
  ENETDOWN: 'Network is down',
  ENETUNREACH: 'Network is unreachable',
  EHOSTUNREACH: 'No route to host',
  ENOBUFS: 'No buffer space available',
  ETIMEDOUT: 'Connection timed out',
  ECONNREFUSED: 'Connection refused',
  EMSGSIZE: 'Message too long',
  EPROTONOSUPPORT: 'Protocol not supported',
  ENOPROTOOPT: 'Protocol not available',
  ENOTCONN: 'Transport endpoint is not connected',
};

/** A control-plane failure: errno plus optional extack text. */
export class KError extends Error {
  constructor(
    readonly errno: Errno,
    readonly extack?: string,
  ) {
    super(extack ?? strerror[errno]);
  }
}
