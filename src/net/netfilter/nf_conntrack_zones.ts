/**
 * Conntrack zones: a 16-bit id that keys the tuple hash besides the tuple,
 * so the same tuple seen from two places (overlapping address spaces
 * behind two interfaces, zones picked in the raw table) makes two
 * entries. A zone may apply to one direction only (its other direction is
 * zone 0), and a template may take its id from the packet mark.
 * @linux include/net/netfilter/nf_conntrack_zones.h,
 *   include/uapi/linux/netfilter/nf_conntrack_zones_common.h (6.18)
 */

/** NF_CT_DEFAULT_ZONE_ID */
export const NF_CT_DEFAULT_ZONE_ID = 0;
/** NF_CT_ZONE_DIR_ORIG: the zone applies to the original direction (1 << IP_CT_DIR_ORIGINAL). */
export const NF_CT_ZONE_DIR_ORIG = 1;
/** NF_CT_ZONE_DIR_REPL (1 << IP_CT_DIR_REPLY) */
export const NF_CT_ZONE_DIR_REPL = 2;
/** NF_CT_DEFAULT_ZONE_DIR: both directions. */
export const NF_CT_DEFAULT_ZONE_DIR = NF_CT_ZONE_DIR_ORIG | NF_CT_ZONE_DIR_REPL;
/** NF_CT_FLAG_MARK: the id comes from skb->mark (a template's zone). */
export const NF_CT_FLAG_MARK = 1;

/** struct nf_conntrack_zone */
export interface NfConntrackZone {
  id: number;
  flags: number;
  dir: number;
}

/** nf_ct_zone_dflt: zone 0, both directions. */
export const nfCtZoneDflt: Readonly<NfConntrackZone> = Object.freeze({ id: NF_CT_DEFAULT_ZONE_ID, flags: 0, dir: NF_CT_DEFAULT_ZONE_DIR });

/** nf_ct_zone_init() */
export function nfCtZoneInit(zone: NfConntrackZone, id: number, dir: number, flags: number): NfConntrackZone {
  zone.id = id & 0xffff;
  zone.dir = dir;
  zone.flags = flags;
  return zone;
}

/** nf_ct_zone_id(): the id the zone has in direction `dir` (IP_CT_DIR_*); 0 where it does not apply. */
export function nfCtZoneId(zone: Readonly<NfConntrackZone>, dir: number): number {
  return zone.dir & (1 << dir) ? zone.id : NF_CT_DEFAULT_ZONE_ID;
}

/** nf_ct_zone_equal(): two zones are one in direction `dir`. */
export function nfCtZoneEqual(a: Readonly<NfConntrackZone>, b: Readonly<NfConntrackZone>, dir: number): boolean {
  return nfCtZoneId(a, dir) === nfCtZoneId(b, dir);
}

/** nf_ct_zone_equal_any(): the same id, whatever the directions. */
export function nfCtZoneEqualAny(a: Readonly<NfConntrackZone>, b: Readonly<NfConntrackZone>): boolean {
  return a.id === b.id;
}

/**
 * nf_ct_zone_tmpl(): the zone of a packet's template, the default one
 * without; a zone taken from the mark is filled into `tmp` (its low 16
 * bits, the template's directions).
 */
export function nfCtZoneTmpl(tmpl: { readonly zone: Readonly<NfConntrackZone> } | null, mark: number, tmp: NfConntrackZone): Readonly<NfConntrackZone> {
  if (!tmpl) return nfCtZoneDflt;
  const z = tmpl.zone;
  if (z.flags & NF_CT_FLAG_MARK) return nfCtZoneInit(tmp, mark, z.dir, 0);
  return z;
}
