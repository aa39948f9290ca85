/**
 * Errors as Node's net and dgram modules make them (uvException /
 * exceptionWithHostPort): "connect ECONNREFUSED 10.0.0.2:80" with errno
 * (negative, as libuv's), code, syscall, address and port.
 */
import { errnoNumber, strerror, type Errno } from '../net/core/errno.js';
import { ipToString } from '../wire/ipv4.js';

export interface NodeSystemError extends Error {
  errno: number;
  code: string;
  syscall: string;
  address?: string;
  port?: number;
}

/** libuv's code of an errno (UV_E... share the names; EAGAIN is EAGAIN). */
export function uvError(e: Errno, syscall: string, addr?: number, port?: number): NodeSystemError {
  const where = addr === undefined ? '' : ` ${ipToString(addr)}${port ? `:${port}` : ''}`;
  const err: NodeSystemError = Object.assign(new Error(`${syscall} ${e}${where}`), { errno: -errnoNumber[e], code: e, syscall });
  if (addr !== undefined) err.address = ipToString(addr);
  if (port) err.port = port;
  return err;
}

/** A listen error as Node words it: "listen EADDRINUSE: address already in use 0.0.0.0:80". */
export function listenError(e: Errno, addr: number, port: number): NodeSystemError {
  const err = uvError(e, 'listen', addr, port);
  err.message = `listen ${e}: ${strerror[e].toLowerCase()} ${ipToString(addr)}:${port}`;
  return err;
}

/** Node's ERR_INVALID_ARG_TYPE-style programming errors. */
export function argError(msg: string): TypeError {
  return Object.assign(new TypeError(msg), { code: 'ERR_INVALID_ARG_VALUE' });
}
