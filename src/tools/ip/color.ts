/**
 * iproute2's colors (`ip -color`, `bridge -color`): interface names, MAC
 * addresses, IPv4 and IPv6 addresses and the operational state in ANSI
 * colors, from the light palette, or the bold dark one when COLORFGBG's
 * last field says the background is dark (0-6 or 8).
 * @iproute2 lib/color.c color_codes[] attr_colors_light[] attr_colors_dark[] set_color_palette()
 *           check_enable_color() ifa_family_color() oper_state_color()
 */
import { AF_INET, AF_INET6 } from '../../uapi/linux/socket.js';
import { matches, type IpOpts } from './utils.js';
import type { Printer } from './json_print.js';
import type { Proc } from '../../lab/process.js';
import { IF_OPER_DOWN, IF_OPER_UP } from '../../uapi/linux/if.js';

/** enum color_attr */
export const COLOR_IFNAME = 0;
export const COLOR_MAC = 1;
export const COLOR_INET = 2;
export const COLOR_INET6 = 3;
export const COLOR_OPERSTATE_UP = 4;
export const COLOR_OPERSTATE_DOWN = 5;
export const COLOR_NONE = 6;

/** attr_colors_light[] (cyan, yellow, magenta, blue, green, red) and attr_colors_dark[] (the bold ones), as escapes. */
const LIGHT = ['\x1b[36m', '\x1b[33m', '\x1b[35m', '\x1b[34m', '\x1b[32m', '\x1b[31m'];
const DARK = ['\x1b[1;36m', '\x1b[1;33m', '\x1b[1;35m', '\x1b[1;34m', '\x1b[1;32m', '\x1b[1;31m'];
/** color_codes[C_CLEAR] */
export const COLOR_CLEAR = '\x1b[0m';

/** The escapes of one palette, indexed by color_attr. */
export type Palette = readonly string[];

/**
 * check_enable_color() + set_color_palette(): the palette, or null for no
 * colors (-json, `never`, `auto` off a terminal).
 */
export function colorPalette(mode: string, json: boolean, isatty: boolean, colorfgbg: string | undefined): Palette | null {
  if (json || mode === 'never' || (mode !== 'always' && !isatty)) return null;
  // "If this value is 0-6 or 8, background is dark."
  const last = colorfgbg === undefined || !colorfgbg.includes(';') ? '' : colorfgbg.slice(colorfgbg.lastIndexOf(';') + 1);
  return /^[0-68]$/.test(last) ? DARK : LIGHT;
}

/** ifa_family_color() */
export function ifaFamilyColor(family: number): number {
  return family === AF_INET ? COLOR_INET : family === AF_INET6 ? COLOR_INET6 : COLOR_NONE;
}

/** oper_state_color(): IF_OPER_UP green, IF_OPER_DOWN red, the others plain. */
export function operStateColor(state: number): number {
  return state === IF_OPER_UP ? COLOR_OPERSTATE_UP : state === IF_OPER_DOWN ? COLOR_OPERSTATE_DOWN : COLOR_NONE;
}

/** matches_color(): `-c[olor][=always|auto|never]`, its mode, or null when `opt` is not it. */
export function matchesColor(opt: string): 'always' | 'auto' | 'never' | null {
  const eq = opt.indexOf('=');
  const word = eq < 0 ? opt : opt.slice(0, eq);
  const v = eq < 0 ? '' : opt.slice(eq + 1);
  if (!matches(word, '-color')) return null;
  if (v === '' || v === 'always') return 'always';
  return v === 'auto' || v === 'never' ? v : null;
}

/** A printer of `ip`/`bridge` with the colors `-color` asks for (check_enable_color()). */
export function colorPrinter(pr: Printer, opts: IpOpts, p: Proc): Printer {
  pr.colors = colorPalette(opts.color ?? 'never', opts.json, p.stdout.isatty === true, p.env.get('COLORFGBG'));
  return pr;
}
