/**
 * Netlink attributes as bytes: struct rtattr / struct nlattr (a 16-bit
 * length, a 16-bit type, the payload padded to 4 bytes), little-endian as
 * on x86. Shared by the rtnetlink message encoders (rtmsg_wire.ts,
 * fib_rules_wire.ts) that `ip route|rule save` write and restore reads.
 * @linux include/uapi/linux/netlink.h, include/net/netlink.h nla_put(), nla_nest_start()
 * @iproute2 lib/libnetlink.c parse_rtattr()
 */

/** NLMSG_ALIGN() / RTA_ALIGN() */
export const align = (n: number): number => (n + 3) & ~3;

/** sizeof(struct nlmsghdr) */
export const NLMSG_HDRLEN = 16;

/** A growable little-endian byte buffer with rtattr nesting. */
export class AttrWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    b.set(this.buf);
    this.buf = b;
    this.view = new DataView(b.buffer);
  }
  u8(v: number): void {
    this.room(1);
    this.view.setUint8(this.len++, v);
  }
  u16(v: number): void {
    this.room(2);
    this.view.setUint16(this.len, v, true);
    this.len += 2;
  }
  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.len, v >>> 0, true);
    this.len += 4;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  pad(): void {
    while (this.len & 3) this.u8(0);
  }
  /** nla_nest_start(): returns the offset to close. */
  open(type: number): number {
    const at = this.len;
    this.u16(0);
    this.u16(type);
    return at;
  }
  /** nla_nest_end() / the end of one attribute: its length, then the padding. */
  close(at: number): void {
    this.view.setUint16(at, this.len - at, true);
    this.pad();
  }
  setU16(at: number, v: number): void {
    this.view.setUint16(at, v, true);
  }
  setU32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }
  /** One attribute: its header, what `put` writes, then its length and padding. */
  attr(type: number, put: () => void): void {
    const at = this.open(type);
    put();
    this.close(at);
  }
  attrU8(type: number, v: number): void {
    this.attr(type, () => this.u8(v));
  }
  attrU16(type: number, v: number): void {
    this.attr(type, () => this.u16(v));
  }
  attrU32(type: number, v: number): void {
    this.attr(type, () => this.u32(v));
  }
  /** nla_put_in_addr(): network byte order. */
  attrAddr(type: number, addr: number): void {
    this.attr(type, () => {
      for (const s of [24, 16, 8, 0]) this.u8((addr >>> s) & 0xff);
    });
  }
  /** nla_put_string(): the bytes and their NUL. */
  attrString(type: number, v: string): void {
    this.attr(type, () => this.bytes(new TextEncoder().encode(`${v}\0`)));
  }
  take(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** struct nlmsghdr of `n` at the writer's start; its length is set by endNlmsg(). */
export function putNlmsghdr(w: AttrWriter, n: { type: number; flags: number; seq: number; pid: number }): void {
  w.u32(0);
  w.u16(n.type);
  w.u16(n.flags);
  w.u32(n.seq);
  w.u32(n.pid);
}

/** nlmsg_end(): nlmsg_len is everything written; the message's bytes. */
export function endNlmsg(w: AttrWriter): Uint8Array {
  w.setU32(0, w.len);
  return w.take();
}

/** struct nlmsghdr read back: type, flags, seq, pid and nlmsg_len (at most the bytes there are). */
export function readNlmsghdr(b: Uint8Array): { type: number; flags: number; seq: number; pid: number; len: number } {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return {
    type: v.getUint16(4, true), flags: v.getUint16(6, true), seq: v.getUint32(8, true), pid: v.getUint32(12, true),
    len: Math.min(v.getUint32(0, true), b.length),
  };
}

/** parse_rtattr(): [type, payload] of each well-formed attribute in b[from, to). */
export function* attrs(b: Uint8Array, from: number, to: number): Generator<[number, Uint8Array]> {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let at = from; at + 4 <= to; ) {
    const len = v.getUint16(at, true);
    if (len < 4 || at + len > to) return;
    yield [v.getUint16(at + 2, true) & 0x7fff, b.subarray(at + 4, at + len)];
    at += align(len);
  }
}

export const u32 = (p: Uint8Array): number => (p.length >= 4 ? new DataView(p.buffer, p.byteOffset, 4).getUint32(0, true) : 0);
export const addr = (p: Uint8Array): number => (p.length >= 4 ? ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0 : 0);
