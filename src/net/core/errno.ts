/**
 * errno values of the control plane, with the extack message the kernel
 * attaches (NL_SET_ERR_MSG), so tools print what iproute2 prints.
 */
export type Errno =
  | 'EPERM' | 'ENOENT' | 'ESRCH' | 'EINTR' | 'EIO' | 'ENXIO' | 'E2BIG' | 'EBADF' | 'EAGAIN' | 'ENOMEM'
  | 'EACCES' | 'EFAULT' | 'EBUSY' | 'EEXIST' | 'EXDEV' | 'ENODEV' | 'ENOTDIR' | 'EISDIR' | 'EINVAL'
  | 'ENFILE' | 'EMFILE' | 'ENOSPC' | 'ERANGE' | 'ENOTEMPTY' | 'EMLINK' | 'EOVERFLOW' | 'EOPNOTSUPP' | 'EAFNOSUPPORT' | 'EADDRINUSE'
  | 'EADDRNOTAVAIL' | 'ENETDOWN' | 'ENETUNREACH' | 'EHOSTUNREACH' | 'ENOBUFS' | 'ETIMEDOUT'
  | 'ECONNREFUSED' | 'EMSGSIZE' | 'ENOTSUP' | 'EPROTONOSUPPORT' | 'ENOPROTOOPT' | 'ENOTCONN'
  | 'EPROTO' | 'EHOSTDOWN' | 'ENONET' | 'EDESTADDRREQ' | 'ENOTSOCK' | 'ESOCKTNOSUPPORT' | 'EPROTOTYPE'
  | 'EISCONN' | 'EDOM' | 'ELOOP' | 'EXFULL' | 'EPIPE' | 'ECONNRESET' | 'ECONNABORTED' | 'EALREADY' | 'EINPROGRESS' | 'ETIME' | 'ESPIPE' | 'EBADFD';

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
  EPROTO: 'Protocol error',
  EHOSTDOWN: 'Host is down',
  ENONET: 'Machine is not on the network',
  EDESTADDRREQ: 'Destination address required',
  ENOTSOCK: 'Socket operation on non-socket',
  ESOCKTNOSUPPORT: 'Socket type not supported',
  EPROTOTYPE: 'Protocol wrong type for socket',
  EISCONN: 'Transport endpoint is already connected',
  EDOM: 'Numerical argument out of domain',
  ELOOP: 'Too many levels of symbolic links',
  EXFULL: 'Exchange full',
  EPIPE: 'Broken pipe',
  ECONNRESET: 'Connection reset by peer',
  ECONNABORTED: 'Software caused connection abort',
  EALREADY: 'Operation already in progress',
  EINPROGRESS: 'Operation now in progress',
  ETIME: 'Timer expired',
  ESPIPE: 'Illegal seek',
  EBADFD: 'File descriptor in bad state',
};

/** The numbers of include/uapi/asm-generic/errno*.h (SO_ERROR, ee_errno). */
export const errnoNumber: Readonly<Record<Errno, number>> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, EBADF: 9, EAGAIN: 11, ENOMEM: 12,
  EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22,
  ENFILE: 23, EMFILE: 24, ENOSPC: 28, EDOM: 33, ERANGE: 34, ENONET: 64, EPROTO: 71, ENOTSOCK: 88,
  EDESTADDRREQ: 89, EMSGSIZE: 90, EPROTOTYPE: 91, ENOPROTOOPT: 92, EPROTONOSUPPORT: 93, ESOCKTNOSUPPORT: 94,
  EOPNOTSUPP: 95, ENOTSUP: 95, EAFNOSUPPORT: 97, EADDRINUSE: 98, EADDRNOTAVAIL: 99, ENETDOWN: 100,
  ENETUNREACH: 101, ENOBUFS: 105, EISCONN: 106, ENOTCONN: 107, ETIMEDOUT: 110, ECONNREFUSED: 111,
  EHOSTDOWN: 112, EHOSTUNREACH: 113, ENOTEMPTY: 39, EMLINK: 31, EOVERFLOW: 75,
  ELOOP: 40, EXFULL: 54, EPIPE: 32, ECONNRESET: 104, ECONNABORTED: 103, EALREADY: 114, EINPROGRESS: 115, ETIME: 62, ESPIPE: 29, EBADFD: 77,
};

/** The errno of a number (SO_ERROR's value, ee_errno), or null. */
export function errnoName(n: number): Errno | null {
  for (const [k, v] of Object.entries(errnoNumber)) if (v === n) return k as Errno;
  return null;
}

/** A control-plane failure: errno plus optional extack text. */
export class KError extends Error {
  constructor(
    readonly errno: Errno,
    readonly extack?: string,
  ) {
    super(extack ?? strerror[errno]);
  }
}
