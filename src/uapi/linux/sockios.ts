/**
 * Socket-level I/O control calls (the device ones tuxnet's tools use).
 * @linux include/uapi/linux/sockios.h
 */
export const SIOCADDMULTI = 0x8931;
export const SIOCDELMULTI = 0x8932;
