/**
 * struct link_util: what `ip link` knows of a link kind — how to parse its
 * options after `type KIND` into IFLA_INFO_DATA (parse_opt) and how to
 * print that data under `ip -d link` (print_opt). get_link_kind() finds one
 * by kind; a kind without one takes no options.
 * @iproute2 ip/ip_common.h struct link_util, ip/iplink.c get_link_kind()
 */
import type { Printer } from './json_print.js';
import type { IpCtx } from './utils.js';
import { macvlanLinkUtil } from './iplink_macvlan.js';
import { virtLinkUtil } from './iplink_virt.js';

export interface LinkUtil {
  readonly id: string;
  /** parse_opt(): the words after `type KIND`; prints iproute2's message and throws IpExit on bad input. */
  parseOpt?(ctx: IpCtx, argv: string[]): unknown;
  /** print_opt(): IFLA_INFO_DATA under `ip -d link` (null when the kernel sent none). */
  printOpt?(pr: Printer, data: unknown): void;
}

const LINK_UTILS: readonly LinkUtil[] = [macvlanLinkUtil, virtLinkUtil];

/** get_link_kind() */
export function getLinkKind(kind: string): LinkUtil | null {
  return LINK_UTILS.find((lu) => lu.id === kind) ?? null;
}
