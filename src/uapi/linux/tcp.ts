/**
 * The SOL_TCP socket options userland names (include/uapi/linux/tcp.h).
 */
export const TCP_NODELAY = 1;
export const TCP_MAXSEG = 2;
export const TCP_CORK = 3;
export const TCP_KEEPIDLE = 4;
export const TCP_KEEPINTVL = 5;
export const TCP_KEEPCNT = 6;
export const TCP_SYNCNT = 7;
export const TCP_WINDOW_CLAMP = 10;
export const TCP_INFO = 11;
export const TCP_QUICKACK = 12;
