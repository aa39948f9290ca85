/**
 * struct fib_info / fib_nh: what a route points to, built and validated from
 * a fib_config, shared between identical routes, and marked dead or linkdown
 * when its devices go away.
 * @linux net/ipv4/fib_semantics.c
 */
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOWER_UP, IFF_RUNNING, IFF_UP } from '../core/netdevice.js';
import { KError } from '../core/errno.js';
import {
  RTN_LOCAL, RTN_UNICAST, RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_NOWHERE, RTNH_F_DEAD,
  RTNH_F_LINKDOWN, RTNH_F_ONLINK, fibProps, RT_TABLE_MAIN, RT_TABLE_LOCAL,
} from './fib_types.js';

/** RTAX_* metrics (include/uapi/linux/rtnetlink.h). */
export {
  RTAX_LOCK, RTAX_MTU, RTAX_WINDOW, RTAX_RTT, RTAX_RTTVAR, RTAX_SSTHRESH, RTAX_CWND, RTAX_ADVMSS, RTAX_REORDERING,
  RTAX_HOPLIMIT, RTAX_INITCWND, RTAX_FEATURES, RTAX_RTO_MIN, RTAX_INITRWND, RTAX_QUICKACK, RTAX_CC_ALGO,
  RTAX_FASTOPEN_NO_COOKIE, RTAX_MAX,
} from '../../uapi/linux/rtmsg.js';
import { RTAX_MAX, type RtMetrics } from '../../uapi/linux/rtmsg.js';
import { ipMetricsConvert } from './metrics.js';
import { fibRebalance } from './fib_multipath.js';
import { fibCheckNexthop, nexthopFibNhs, type Nexthop } from './nexthop.js';

/** One next hop (struct fib_nh). */
export interface FibNh {
  dev: NetDevice | null;
  oif: number;
  /** Gateway, 0 when none. */
  gw: number;
  /** RTNH_F_* */
  flags: number;
  scope: number;
  weight: number;
  /** fib_nh_upper_bound: the top of its hash interval, set by fib_rebalance(); -1 when it takes no flows. */
  upperBound: number;
  /** nh_tclassid: the realms (RTA_FLOW), FROM << 16 | TO. */
  tclassid: number;
  /** nhc_rth_input / nhc_pcpu_rth_output: the dsts cached on this next hop (route.ts). */
  rthInput?: unknown;
  rthOutput?: unknown;
}

/** The part of a route shared by identical routes (struct fib_info). */
export interface FibInfo {
  net: Net;
  protocol: number;
  scope: number;
  /** RTNH_F_DEAD / RTNH_F_LINKDOWN when every next hop has it. */
  flags: number;
  prefsrc: number;
  priority: number;
  /** metrics[RTAX_x], 0 when unset. */
  metrics: Uint32Array;
  nhs: FibNh[];
  type: number;
  /** fib_tb_id: the table the route was created for. */
  tbId: number;
  /** fi->nh: the nexthop object the route names (RTA_NH_ID), whose next hops `nhs` then are; null for a route's own. */
  nh: Nexthop | null;
  /** pfsrc_removed: fib_sync_down_addr() killed it for its preferred source; its flush is announced. */
  pfsrcRemoved: boolean;
}

/** struct fib_config: a route request (RTM_NEWROUTE / RTM_DELROUTE). */
export interface FibConfig {
  table: number;
  type: number;
  dst: number;
  dstLen: number;
  tos: number;
  protocol: number;
  /** RT_SCOPE_*; RT_SCOPE_NOWHERE in a delete means "any". */
  scope: number;
  prefsrc: number;
  priority: number;
  oif: number;
  gw: number;
  /** RTNH_F_ONLINK ... */
  flags: number;
  /** fc_flow: RTA_FLOW, the realms */
  flow: number;
  nlflags: number;
  /** fc_mx: RTA_METRICS as requested, converted by fib_create_info(). */
  mx?: RtMetrics;
  /** fc_nh_id: RTA_NH_ID, a nexthop object's id (0: none). */
  nhId: number;
  /** fib_get_nhs(): each rtnexthop; `flow` undefined when it has no RTA_FLOW. */
  multipath?: { oif: number; gw: number; weight: number; flags: number; flow?: number }[];
  /** fc_nlinfo: the requester (port id, sequence, NLM_F_ECHO) the notification answers; absent for the kernel's own routes. */
  nlinfo?: { portid: number; seq: number; echo: boolean };
}

export function newFibConfig(partial: Partial<FibConfig>): FibConfig {
  return {
    table: RT_TABLE_MAIN, type: RTN_UNICAST, dst: 0, dstLen: 0, tos: 0, protocol: 0, scope: 0,
    prefsrc: 0, priority: 0, oif: 0, gw: 0, flags: 0, flow: 0, nlflags: 0, nhId: 0, ...partial,
  };
}

/**
 * The fib_info of request `cfg` with metrics `metrics` and next hops
 * `nhSpecs`, not yet checked nor resolved (fib_create_info's allocation):
 * every fib_info is made here, so all have one shape (one V8 map) and the
 * lookups that read them stay monomorphic.
 */
export function newFibInfo(
  net: Net, cfg: FibConfig, metrics: Uint32Array, nhSpecs: readonly { oif: number; gw: number; weight: number; flags: number; flow?: number }[],
): FibInfo {
  return {
    net, protocol: cfg.protocol, scope: cfg.scope, flags: 0, prefsrc: cfg.prefsrc, priority: cfg.priority, metrics, type: cfg.type, tbId: cfg.table,
    nh: null, pfsrcRemoved: false,
    nhs: nhSpecs.map((s) => ({
      dev: null, oif: s.oif, gw: s.gw, flags: s.flags & RTNH_F_ONLINK, scope: 0, weight: s.weight, upperBound: 0, tclassid: s.flow ?? 0,
    })),
  };
}

/**
 * fib_create_info(): check the request against the route type's rules and
 * resolve its next hops. Throws KError with the kernel's extack text.
 */
export function fibCreateInfo(net: Net, cfg: FibConfig): FibInfo {
  const props = fibProps[cfg.type];
  if (!props || cfg.type > 11) throw new KError('EINVAL', 'Invalid route type');
  // "Fast check to catch the most weird cases": the type's minimum scope.
  if (props.scope > cfg.scope) throw new KError('EINVAL', 'Invalid scope');
  // Flags the kernel sets itself (a saved dump of a route on a down link carries LINKDOWN).
  if (cfg.flags & (RTNH_F_DEAD | RTNH_F_LINKDOWN)) throw new KError('EINVAL', 'Invalid rtm_flags - can not contain DEAD or LINKDOWN');
  if (cfg.nhId) return fibCreateInfoNh(net, cfg);
  const metrics = fibMetricsInit(net, cfg);
  // fib_get_nhs(): the same for each rtnexthop
  if (cfg.multipath?.some((s) => s.flags & (RTNH_F_DEAD | RTNH_F_LINKDOWN))) {
    throw new KError('EINVAL', 'Invalid flags for nexthop - can not contain DEAD or LINKDOWN');
  }
  // fib_get_nhs(): the request's own RTA_OIF, RTA_GATEWAY and RTA_FLOW must be those of the first nexthop.
  const nh0 = cfg.multipath?.[0];
  if (nh0) {
    if (cfg.oif && nh0.oif !== cfg.oif) throw new KError('EINVAL', 'Nexthop device index does not match RTA_OIF');
    if (cfg.gw && nh0.gw !== cfg.gw) throw new KError('EINVAL', 'Nexthop gateway does not match RTA_GATEWAY or RTA_VIA');
    if (cfg.flow && (nh0.flow ?? 0) !== cfg.flow) throw new KError('EINVAL', 'Nexthop class id does not match RTA_FLOW');
  }
  const nhSpecs = cfg.multipath ?? [{ oif: cfg.oif, gw: cfg.gw, weight: 1, flags: cfg.flags, flow: cfg.flow }];
  const fi = newFibInfo(net, cfg, metrics, nhSpecs);
  if (props.error) {
    // Error routes (unreachable, prohibit, ...) have no next-hop device.
    if (cfg.gw || cfg.oif || cfg.multipath) throw new KError('EINVAL', 'Gateway, device and multipath can not be specified for this route type');
    fi.nhs[0]!.scope = RT_SCOPE_NOWHERE;
    return fi;
  }
  if (cfg.type > 5) throw new KError('EINVAL', 'Invalid route type');
  if (cfg.scope > RT_SCOPE_HOST) throw new KError('EINVAL', 'Invalid scope');
  if (cfg.scope === RT_SCOPE_HOST) {
    const nh = fi.nhs[0]!;
    if (fi.nhs.length !== 1) throw new KError('EINVAL', 'Route with host scope can not have multiple nexthops');
    if (nh.gw) throw new KError('EINVAL', 'Route with host scope can not have a gateway');
    nh.scope = RT_SCOPE_NOWHERE;
    nh.dev = net.devByIndex(nh.oif);
    if (!nh.dev) throw new KError('ENODEV');
  } else {
    for (const nh of fi.nhs) fibCheckNh(net, cfg, nh);
  }
  if (fi.prefsrc && !fibValidPrefsrc(net, cfg, fi.prefsrc)) throw new KError('EINVAL', 'Invalid prefsrc address');
  fibInfoUpdateNhFlags(fi);
  fibRebalance(fi);
  return fi;
}

/** ip_fib_metrics_init(): the request's metrics, or the shared all-zero dst_default_metrics. */
function fibMetricsInit(net: Net, cfg: FibConfig): Uint32Array {
  return cfg.mx ? ipMetricsConvert(cfg.mx) : net.ipv4.fib.dstDefaultMetrics;
}

/**
 * fib_create_info() for a route naming a nexthop object: the object's next
 * hops, checked by fib_check_nexthop() against the route's scope; the
 * route's own next-hop attributes were refused by rtm_to_fib_config().
 */
function fibCreateInfoNh(net: Net, cfg: FibConfig): FibInfo {
  const nh = net.ipv4.nexthopOrNull?.find(cfg.nhId) ?? null;
  if (!nh) throw new KError('EINVAL', 'Nexthop id does not exist');
  const fi = newFibInfo(net, cfg, fibMetricsInit(net, cfg), []);
  fi.nh = nh;
  fi.nhs = nexthopFibNhs(nh);
  if (fibProps[cfg.type]!.error) return fi;
  if (cfg.type > 5) throw new KError('EINVAL', 'Invalid route type');
  if (cfg.scope > RT_SCOPE_HOST) throw new KError('EINVAL', 'Invalid scope');
  fibCheckNexthop(nh, cfg.scope);
  if (fi.prefsrc && !fibValidPrefsrc(net, cfg, fi.prefsrc)) throw new KError('EINVAL', 'Invalid prefsrc address');
  return fi;
}

/**
 * fib_check_nh(): a gateway must be reachable through a link-scope route
 * (or be onlink); a device-only next hop needs the device up.
 */
export function fibCheckNh(net: Net, cfg: FibConfig, nh: FibNh): void {
  if (nh.gw) fibCheckNhV4Gw(net, cfg, nh);
  else fibCheckNhNongw(net, nh);
}

/** fib_check_nh_nongw() */
function fibCheckNhNongw(net: Net, nh: FibNh): void {
  if (nh.flags & RTNH_F_ONLINK) throw new KError('EINVAL', 'Invalid flags for nexthop - PERVASIVE and ONLINK can not be set');
  const dev = net.devByIndex(nh.oif);
  if (!dev || !dev.ip) throw new KError('ENODEV');
  if (!(dev.flags & IFF_UP)) throw new KError('ENETDOWN', 'Device for nexthop is not up');
  nh.dev = dev;
  nh.scope = RT_SCOPE_HOST;
  if (!dev.carrier) nh.flags |= RTNH_F_LINKDOWN;
}

/** fib_check_nh_v4_gw() */
function fibCheckNhV4Gw(net: Net, cfg: FibConfig, nh: FibNh): void {
  if (nh.flags & RTNH_F_ONLINK) {
    if (cfg.scope >= RT_SCOPE_LINK) throw new KError('EINVAL', 'Nexthop has invalid scope');
    const dev = net.devByIndex(nh.oif);
    if (!dev) throw new KError('ENODEV', 'Nexthop device required for onlink');
    if (!(dev.flags & IFF_UP)) throw new KError('ENETDOWN', 'Nexthop device is not up');
    // inet_addr_type_dev_table(): a gateway that is a local or broadcast address on any device is refused.
    if (net.ipv4.fib.addrTypeDevTable(nh.gw) !== RTN_UNICAST) throw new KError('EINVAL', 'Nexthop has invalid gateway');
    if (!dev.carrier) nh.flags |= RTNH_F_LINKDOWN;
    nh.dev = dev;
    nh.scope = RT_SCOPE_LINK;
    return;
  }
  const res = net.ipv4.fib.lookupForNh(cfg.table, nh.gw, nh.oif, Math.max(cfg.scope + 1, RT_SCOPE_LINK));
  // a failed lookup answers its own error (fib_lookup(): -ENETUNREACH), seen by SIOCADDRT callers
  if (!res) throw new KError('ENETUNREACH', 'Nexthop has invalid gateway');
  if (res.type !== RTN_UNICAST && res.type !== RTN_LOCAL) throw new KError('EINVAL', 'Nexthop has invalid gateway');
  const dev = res.dev;
  if (!dev) throw new KError('EINVAL', 'No egress device for nexthop gateway');
  nh.scope = res.scope;
  nh.oif = dev.ifindex;
  nh.dev = dev;
  if (!dev.carrier) nh.flags |= RTNH_F_LINKDOWN;
  if (!(dev.flags & IFF_UP)) throw new KError('ENETDOWN');
}

/** fib_valid_prefsrc(): the preferred source must be a local address. */
function fibValidPrefsrc(net: Net, cfg: FibConfig, prefsrc: number): boolean {
  if (cfg.type === RTN_LOCAL && cfg.dst && prefsrc === cfg.dst) return true;
  let tbId = cfg.table === RT_TABLE_MAIN ? RT_TABLE_LOCAL : cfg.table;
  let rc = net.ipv4.fib.addrTypeTable(prefsrc, tbId);
  if (rc !== RTN_LOCAL && tbId !== RT_TABLE_LOCAL) {
    tbId = RT_TABLE_LOCAL;
    rc = net.ipv4.fib.addrTypeTable(prefsrc, tbId);
  }
  return rc === RTN_LOCAL;
}

/** The fib_info flags summarise the next hops: all dead → dead, all linkdown → linkdown. */
function fibInfoUpdateNhFlags(fi: FibInfo): void {
  if (fi.nhs.every((nh) => nh.flags & RTNH_F_LINKDOWN)) fi.flags |= RTNH_F_LINKDOWN;
}

/** fib_find_info()'s notion of "same fib_info": routes sharing it are duplicates. */
export function fibInfoEqual(a: FibInfo, b: FibInfo): boolean {
  if (a.protocol !== b.protocol || a.scope !== b.scope || a.prefsrc !== b.prefsrc) return false;
  if (a.priority !== b.priority || a.nh !== b.nh || a.nhs.length !== b.nhs.length) return false;
  if ((a.flags ^ b.flags) & ~RTNH_F_LINKDOWN & ~RTNH_F_DEAD) return false;
  if (a.metrics !== b.metrics) for (let i = 0; i <= RTAX_MAX; i++) if (a.metrics[i] !== b.metrics[i]) return false;
  // nh_comp(): routes naming one object share it whatever its next hops are now
  if (a.nh !== null) return true;
  return a.nhs.every((x, i) => {
    const y = b.nhs[i]!;
    return x.oif === y.oif && x.gw === y.gw && x.weight === y.weight && x.tclassid === y.tclassid &&
      ((x.flags ^ y.flags) & RTNH_F_ONLINK) === 0;
  });
}

/** fib_nh_match(): does a delete request name this route's next hops? */
export function fibNhMatch(cfg: FibConfig, fi: FibInfo): boolean {
  if (cfg.priority && cfg.priority !== fi.priority) return false;
  if (cfg.nhId) return fi.nh !== null && fi.nh.id === cfg.nhId;
  if (fi.nh !== null) return !(cfg.oif || cfg.gw || cfg.multipath);
  if (cfg.oif || cfg.gw) {
    const nh = fi.nhs[0]!;
    if (cfg.flow && cfg.flow !== nh.tclassid) return false;
    if (cfg.oif && cfg.oif !== nh.oif) return false;
    if (cfg.gw && cfg.gw !== nh.gw) return false;
    return true;
  }
  if (cfg.multipath) {
    // for_nexthops(fi): the request's next hops in order, one per next hop
    // of the route (fewer: rtnh_ok() fails, -EINVAL, no match); more than
    // the route has are not looked at
    if (cfg.multipath.length < fi.nhs.length) return false;
    return fi.nhs.every((nh, i) => {
      const m = cfg.multipath![i]!;
      return (!m.oif || m.oif === nh.oif) && (!m.gw || m.gw === nh.gw) && (m.flow === undefined || m.flow === nh.tclassid);
    });
  }
  return true;
}

/**
 * fib_sync_down_dev(): mark next hops through `dev` dead (down, unregister)
 * or linkdown (carrier loss). Host-scope next hops (local routes) survive a
 * plain down; `force` kills them too. Returns how many fib_infos died.
 */
export function fibSyncDownDev(infos: Iterable<FibInfo>, dev: NetDevice, event: 'down' | 'unregister' | 'change', force: boolean): number {
  const scope = force ? -1 : RT_SCOPE_NOWHERE;
  let ret = 0;
  for (const fi of infos) {
    if (!fi.nhs.some((nh) => nh.dev === dev)) continue;
    let dead = 0;
    for (const nh of fi.nhs) {
      if (event === 'unregister' && nh.dev === dev) {
        dead = fi.nhs.length;
        break;
      }
      if (nh.flags & RTNH_F_DEAD) dead++;
      else if (nh.dev === dev && nh.scope !== scope) {
        if (event !== 'change') nh.flags |= RTNH_F_DEAD;
        nh.flags |= RTNH_F_LINKDOWN;
        dead++;
      }
    }
    if (dead >= fi.nhs.length) {
      if (event !== 'change') fi.flags |= RTNH_F_DEAD;
      fi.flags |= RTNH_F_LINKDOWN;
      ret++;
    }
    fibRebalance(fi);
  }
  return ret;
}

/**
 * fib_sync_up(): clear `nhFlags` on next hops through a device that came
 * back. Reviving dead next hops also clears linkdown, but only when the
 * link is running.
 */
export function fibSyncUp(infos: Iterable<FibInfo>, dev: NetDevice, nhFlags: number): void {
  if (!(dev.flags & IFF_UP)) return;
  if (nhFlags & RTNH_F_DEAD && dev.ifiFlags & (IFF_RUNNING | IFF_LOWER_UP)) nhFlags |= RTNH_F_LINKDOWN;
  for (const fi of infos) {
    if (!fi.nhs.some((nh) => nh.dev === dev)) continue;
    let alive = 0;
    for (const nh of fi.nhs) {
      if (!(nh.flags & nhFlags)) {
        alive++;
        continue;
      }
      if (!nh.dev || !(nh.dev.flags & IFF_UP) || nh.dev !== dev || !dev.ip) continue;
      alive++;
      nh.flags &= ~nhFlags;
    }
    if (alive > 0) fi.flags &= ~nhFlags;
    fibRebalance(fi);
  }
}

/** fib_sync_down_addr(): main-table routes whose preferred source was `local` die. */
export function fibSyncDownAddr(infos: Iterable<FibInfo>, dev: NetDevice, local: number): number {
  let ret = 0;
  if (!local) return 0;
  for (const fi of infos) {
    if (fi.net !== dev.net || fi.tbId !== RT_TABLE_MAIN || fi.prefsrc !== local) continue;
    fi.flags |= RTNH_F_DEAD;
    fi.pfsrcRemoved = true;
    ret++;
  }
  return ret;
}
