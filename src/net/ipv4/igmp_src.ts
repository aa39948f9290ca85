/**
 * A device group's source filter (RFC 3376 3.2): ip_mc_list's mode
 * (sfmode: INCLUDE or EXCLUDE), how many sockets filter in each mode
 * (sfcount), and its sources (ip_sf_list: per source, how many INCLUDE
 * and EXCLUDE filters name it). In EXCLUDE mode the state lists the
 * sources every EXCLUDE filter excludes and no INCLUDE filter names; in
 * INCLUDE mode those some INCLUDE filter names. A source that changes
 * side gets qrv retransmissions (sf_crcount) of an ALLOW or BLOCK
 * record; a source dropped from the state waits in the
 * group's tomb for its BLOCK (or ALLOW) records. The mode changes when
 * the first EXCLUDE filter comes or the last goes (crcount: TO_EX / TO_IN
 * records). add_grec() picks a record's sources by is_in().
 * @linux net/ipv4/igmp.c is_in() add_grec() ip_mc_add_src() ip_mc_add1_src()
 *        ip_mc_del_src() ip_mc_del1_src() sf_markstate() sf_setstate() ip_mc_clear_src()
 *        igmpv3_clear_zeros() igmp_marksources() igmp_xmarksources()
 */
import type { InDevice } from './devinet.js';
import { igmpIfcEvent, igmpQrv, igmpVersion, noReport, type IpMcList } from './igmp.js';

/** MCAST_EXCLUDE, MCAST_INCLUDE (linux/in.h): the filter modes, also indexes of the count pairs. */
export const MCAST_EXCLUDE = 0;
export const MCAST_INCLUDE = 1;
export type McastMode = typeof MCAST_EXCLUDE | typeof MCAST_INCLUDE;

export const IGMPV3_MODE_IS_INCLUDE = 1;
export const IGMPV3_MODE_IS_EXCLUDE = 2;
export const IGMPV3_CHANGE_TO_INCLUDE = 3;
export const IGMPV3_CHANGE_TO_EXCLUDE = 4;
export const IGMPV3_ALLOW_NEW_SOURCES = 5;
export const IGMPV3_BLOCK_OLD_SOURCES = 6;

/** struct ip_sf_list: one source of a device group. */
export interface IpSfList {
  readonly inaddr: number;
  /** sf_count[MCAST_EXCLUDE], sf_count[MCAST_INCLUDE]: the filters naming it in each mode. */
  readonly sfCount: [number, number];
  /** sf_crcount: change reports still to carry it. */
  crcount: number;
  /** sf_oldin: in the state before the change being made (sf_markstate). */
  oldin: boolean;
  /** sf_gsresp: named by the pending group-and-source-specific query. */
  gsresp: boolean;
}

/** One group record of a v3 report: its type, group and sources. */
export interface Grec {
  readonly type: number;
  readonly group: number;
  readonly srcs: number[];
}

function newSf(inaddr: number): IpSfList {
  return { inaddr, sfCount: [0, 0], crcount: 0, oldin: false, gsresp: false };
}

/** Does an EXCLUDE-mode group exclude `psf` (every EXCLUDE filter lists it, no INCLUDE one)? */
function excluded(pmc: IpMcList, psf: IpSfList): boolean {
  return pmc.sfcount[MCAST_EXCLUDE] === psf.sfCount[MCAST_EXCLUDE] && psf.sfCount[MCAST_INCLUDE] === 0;
}

/** The source's side in the current state: listed by the group's state (sf_markstate / sf_setstate's new_in). */
function inState(pmc: IpMcList, psf: IpSfList): boolean {
  return pmc.sfcount[MCAST_EXCLUDE] ? excluded(pmc, psf) : psf.sfCount[MCAST_INCLUDE] !== 0;
}

/** is_in(): does a record of `type` carry the source? */
function isIn(pmc: IpMcList, psf: IpSfList, type: number, gdeleted: boolean, sdeleted: boolean): boolean {
  switch (type) {
    case IGMPV3_MODE_IS_INCLUDE:
    case IGMPV3_MODE_IS_EXCLUDE:
      if (gdeleted || sdeleted || (pmc.gsquery && !psf.gsresp)) return false;
      if (pmc.sfmode === MCAST_INCLUDE) return true;
      if (psf.sfCount[MCAST_INCLUDE]) return type === IGMPV3_MODE_IS_INCLUDE;
      return pmc.sfcount[MCAST_EXCLUDE] === psf.sfCount[MCAST_EXCLUDE];
    case IGMPV3_CHANGE_TO_INCLUDE:
      return !gdeleted && !sdeleted && psf.sfCount[MCAST_INCLUDE] !== 0;
    case IGMPV3_CHANGE_TO_EXCLUDE:
      return !gdeleted && !sdeleted && pmc.sfcount[MCAST_EXCLUDE] !== 0 && excluded(pmc, psf);
    case IGMPV3_ALLOW_NEW_SOURCES:
      if (gdeleted || !psf.crcount) return false;
      return (pmc.sfmode === MCAST_INCLUDE) !== sdeleted;
    case IGMPV3_BLOCK_OLD_SOURCES:
      if (pmc.sfmode === MCAST_INCLUDE) return gdeleted || (psf.crcount !== 0 && sdeleted);
      return psf.crcount !== 0 && !gdeleted && !sdeleted;
  }
  return false;
}

/**
 * add_grec(): the record of `type` for the group (a tomb entry when
 * `gdeleted`) over its sources (its deleted ones when `sdeleted`).
 * ALLOW/BLOCK carry only sources with retransmissions left, counting
 * one down (a deleted source at zero is forgotten), and are left out
 * when empty; while a mode change is pending their sources are counted
 * down unsent (RFC 3376 5.1). Other types go out empty too when a mode
 * change is pending or for a query. One packet holds every record (no
 * split at the MTU: a source list is at most igmp_max_msf long per socket).
 */
export function addGrec(recs: Grec[], inDev: InDevice, pmc: IpMcList, type: number, gdeleted: boolean, sdeleted: boolean): void {
  if (noReport(inDev, pmc.multiaddr)) return;
  const isquery = type === IGMPV3_MODE_IS_INCLUDE || type === IGMPV3_MODE_IS_EXCLUDE;
  const change = type === IGMPV3_ALLOW_NEW_SOURCES || type === IGMPV3_BLOCK_OLD_SOURCES;
  const list = sdeleted ? pmc.tomb : pmc.sources;
  const srcs: number[] = [];
  const keep: IpSfList[] = [];
  for (const psf of list) {
    if (!isIn(pmc, psf, type, gdeleted, sdeleted)) {
      keep.push(psf);
      continue;
    }
    const quiet = ((gdeleted && pmc.sfmode === MCAST_EXCLUDE) || (!gdeleted && pmc.crcount !== 0)) && change && psf.crcount !== 0;
    if (!quiet) {
      if (isquery) psf.gsresp = false;
      srcs.push(psf.inaddr);
    }
    if (change && psf.crcount) {
      psf.crcount--;
      if ((sdeleted || gdeleted) && psf.crcount === 0) continue;
    }
    keep.push(psf);
  }
  if (keep.length !== list.length) list.splice(0, list.length, ...keep);
  if (srcs.length > 0 || (!change && (pmc.crcount !== 0 || isquery))) recs.push({ type, group: pmc.multiaddr, srcs });
  if (isquery) pmc.gsquery = false;
}

/** igmpv3_clear_zeros(): the sources with no retransmission left go. */
export function clearZeros(list: IpSfList[]): void {
  const keep = list.filter((psf) => psf.crcount !== 0);
  list.splice(0, list.length, ...keep);
}

/** sf_markstate(): remember each source's side before a change. */
function sfMarkstate(pmc: IpMcList): void {
  for (const psf of pmc.sources) psf.oldin = inState(pmc, psf);
}

/**
 * sf_setstate(): each source that changed side gets qrv retransmissions;
 * one that left the state gets (or refreshes) a deleted record in the
 * tomb, one that came back leaves the tomb. The number changed.
 */
function sfSetstate(inDev: InDevice, pmc: IpMcList): number {
  const qrv = inDev.mrQrv;
  let rv = 0;
  for (const psf of pmc.sources) {
    const newIn = inState(pmc, psf);
    if (newIn === psf.oldin) continue;
    const d = pmc.tomb.findIndex((t) => t.inaddr === psf.inaddr);
    if (newIn) {
      if (d >= 0) pmc.tomb.splice(d, 1);
      psf.crcount = qrv;
    } else {
      psf.crcount = 0;
      let dpsf = pmc.tomb[d];
      if (!dpsf) {
        dpsf = { ...psf, sfCount: [psf.sfCount[0], psf.sfCount[1]] };
        pmc.tomb.unshift(dpsf);
      }
      dpsf.crcount = qrv;
    }
    rv++;
  }
  return rv;
}

/** The filter mode follows the counts (an EXCLUDE filter makes it EXCLUDE); a change sends qrv TO_EX/TO_IN records. */
function modeChange(inDev: InDevice, pmc: IpMcList): void {
  pmc.crcount = igmpQrv(inDev);
  inDev.mrIfcCount = pmc.crcount;
  for (const psf of pmc.sources) psf.crcount = 0;
  igmpIfcEvent(inDev);
}

/**
 * ip_mc_add_src(): a socket filter of `mode` over `srcs` joins the group
 * (`delta`: sources added to a filter already counted). A mode change
 * or sources changing side are reported.
 */
export function ipMcAddSrc(inDev: InDevice, pmc: IpMcList, mode: McastMode, srcs: readonly number[], delta: boolean): void {
  sfMarkstate(pmc);
  const isexclude = pmc.sfmode === MCAST_EXCLUDE;
  if (!delta) pmc.sfcount[mode]++;
  for (const s of srcs) {
    let psf = pmc.sources.find((p) => p.inaddr === s);
    if (!psf) {
      psf = newSf(s);
      pmc.sources.push(psf);
    }
    psf.sfCount[mode]++;
  }
  if (isexclude !== (pmc.sfcount[MCAST_EXCLUDE] !== 0)) {
    if (pmc.sfcount[MCAST_EXCLUDE]) pmc.sfmode = MCAST_EXCLUDE;
    else if (pmc.sfcount[MCAST_INCLUDE]) pmc.sfmode = MCAST_INCLUDE;
    modeChange(inDev, pmc);
  } else if (sfSetstate(inDev, pmc)) igmpIfcEvent(inDev);
}

/**
 * ip_mc_del1_src(): one filter of `mode` stops naming the source; a
 * source no filter names goes, to the tomb when it was in the state (v3).
 * True when it went to the tomb; 'ESRCH' when it was not counted.
 */
function ipMcDel1Src(inDev: InDevice, pmc: IpMcList, mode: McastMode, src: number): boolean | 'ESRCH' {
  const i = pmc.sources.findIndex((p) => p.inaddr === src);
  const psf = pmc.sources[i];
  if (!psf || psf.sfCount[mode] === 0) return 'ESRCH';
  psf.sfCount[mode]--;
  if (psf.sfCount[MCAST_INCLUDE] || psf.sfCount[MCAST_EXCLUDE]) return false;
  pmc.sources.splice(i, 1);
  if (!psf.oldin || igmpVersion(inDev) !== 3) return false;
  psf.crcount = igmpQrv(inDev);
  pmc.tomb.unshift(psf);
  return true;
}

/**
 * ip_mc_del_src(): a socket filter of `mode` over `srcs` leaves the group
 * (`delta`: only those sources leave the filter). The last EXCLUDE filter
 * gone while INCLUDE ones stay turns the group INCLUDE.
 */
export function ipMcDelSrc(inDev: InDevice, pmc: IpMcList, mode: McastMode, srcs: readonly number[], delta: boolean): void {
  sfMarkstate(pmc);
  if (!delta) {
    if (!pmc.sfcount[mode]) return;
    pmc.sfcount[mode]--;
  }
  let changerec = false;
  for (const s of srcs) changerec = ipMcDel1Src(inDev, pmc, mode, s) === true || changerec;
  if (pmc.sfmode === MCAST_EXCLUDE && pmc.sfcount[MCAST_EXCLUDE] === 0 && pmc.sfcount[MCAST_INCLUDE]) {
    pmc.sfmode = MCAST_INCLUDE;
    modeChange(inDev, pmc);
  } else if (sfSetstate(inDev, pmc) || changerec) igmpIfcEvent(inDev);
}

/** ip_mc_clear_src(): back to (EXCLUDE, no source) with one EXCLUDE user, sources and tomb forgotten. */
export function ipMcClearSrc(pmc: IpMcList): void {
  pmc.tomb = [];
  pmc.sources = [];
  pmc.sfmode = MCAST_EXCLUDE;
  pmc.sfcount = [1, 0];
}

/**
 * igmp_marksources() / igmp_xmarksources(): which of a
 * group-and-source-specific query's sources concern us. EXCLUDE mode:
 * answer unless every queried source is excluded. INCLUDE mode: mark the
 * queried sources we include (sf_gsresp) and answer with them only
 * (gsquery); none: no answer.
 */
export function igmpMarksources(pmc: IpMcList, srcs: readonly number[]): boolean {
  let scount = 0;
  if (pmc.sfmode === MCAST_EXCLUDE) {
    for (const psf of pmc.sources) {
      if (scount === srcs.length) break;
      // skip inactive filters
      if (srcs.length > 0 && !excluded(pmc, psf)) continue;
      if (srcs.includes(psf.inaddr)) scount++;
    }
    pmc.gsquery = false;
    return scount !== srcs.length;
  }
  for (const psf of pmc.sources) {
    if (scount === srcs.length) break;
    if (srcs.includes(psf.inaddr)) {
      psf.gsresp = true;
      scount++;
    }
  }
  pmc.gsquery = scount !== 0;
  return pmc.gsquery;
}
