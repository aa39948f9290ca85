/**
 * The savefile `tcpdump -w FILE` writes, as libpcap writes it: opened (and
 * truncated) by pcap_dump_open() before the capture starts, each packet
 * fwrite()n into a stdio FILE fully buffered in st_blksize (4096-byte)
 * blocks, so the file grows a whole block at a time while the capture runs
 * (`tcpdump -r FILE` meanwhile sees the packets of those blocks);
 * pcap_dump_flush() (-U) writes each packet out at once, pcap_dump_close()
 * the rest at the end. A capture killed by SIGKILL leaves what was written.
 * @libpcap sf-pcap.c pcap_dump_open(), pcap_dump(), pcap_dump_flush()
 * @glibc libio/fileops.c _IO_new_file_xsputn()
 */
import type { Net } from '../../net/core/net_namespace.js';
import type { Vfs, VfsError } from '../../lab/vfs.js';
import type { PcapPkt } from './print.js';
import { bytesToLab, pcapFileHeader, pcapRecord } from './savefile.js';

/** st_blksize of a file here: stdio's buffer size. */
const BLKSIZE = 4096;

export class Dumpfile {
  /** Bytes fwrite()n and not yet written out (less than a block but for the last call's). */
  private buf: Uint8Array[] = [];
  private buffered = 0;

  private constructor(
    private readonly fs: Vfs,
    private readonly path: string,
    private readonly net: Net,
  ) {}

  /** pcap_dump_open(): fopen(FILE, "w") (empty now), the file header into the buffer; or errno's name. */
  static open(fs: Vfs, path: string, net: Net, linktype: number, snaplen: number): Dumpfile | VfsError {
    const err = fs.write(path, '', net);
    if (err) return err;
    const d = new Dumpfile(fs, path, net);
    d.put(pcapFileHeader(linktype, snaplen));
    return d;
  }

  /** pcap_dump(): the record goes into the buffer; whole blocks are written out as it fills. */
  dump(pkt: PcapPkt): void {
    this.put(pcapRecord(pkt));
    if (this.buffered >= BLKSIZE) this.write(this.buffered - (this.buffered % BLKSIZE));
  }

  /** pcap_dump_flush() (-U) and pcap_dump_close(): everything buffered is written out. */
  flush(): void {
    if (this.buffered > 0) this.write(this.buffered);
  }

  private put(b: Uint8Array): void {
    this.buf.push(b);
    this.buffered += b.length;
  }

  /** write(2) of the first `n` buffered bytes, appended to the file. */
  private write(n: number): void {
    const all = new Uint8Array(this.buffered);
    let o = 0;
    for (const b of this.buf) {
      all.set(b, o);
      o += b.length;
    }
    this.fs.write(this.path, bytesToLab(all.subarray(0, n)), this.net, true);
    this.buf = n < all.length ? [all.slice(n)] : [];
    this.buffered -= n;
  }
}
