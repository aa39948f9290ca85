/**
 * inet_init(): plug IPv4 into the device layer and the protocol table, once
 * per process (the registries are shared by every lab, as the kernel's are
 * by every namespace).
 * @linux net/ipv4/af_inet.c inet_init()
 */
import { ipInit } from './ip_input.js';
import { ipOutputInit } from './ip_output.js';
import { ipForwardInit } from './ip_forward.js';

let done = false;

export function inetInit(): void {
  if (done) return;
  done = true;
  ipOutputInit();
  ipForwardInit();
  ipInit();
}
