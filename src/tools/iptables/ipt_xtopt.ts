/**
 * libxtables' generic option handling for the extensions that declare an
 * option table (x6_options): each option once, "!" only where the table
 * allows it (xtables_option_parse()), then after the extension's own check
 * the mandatory options and the exclusions, in table order
 * (xtables_options_fcheck()).
 * @iptables libxtables/xtoptions.c xtables_option_parse(), xtables_options_fcheck()
 */

/** struct xt_option_entry: the option's id (O_*), the ids it excludes, XTOPT_INVERT, XTOPT_MAND. */
export interface XtOpt {
  readonly id: number;
  readonly excl?: number;
  readonly invert?: boolean;
  readonly mand?: boolean;
}

/** An extension's option table, in the library's order (several names may share an id). */
export type XtOptTable = Readonly<Record<string, XtOpt>>;

/** xtables_option_parse()'s checks before the value is read: the error, or null. */
export function xtoptParseCheck(ext: string, table: XtOptTable, name: string, inv: boolean, xflags: number): string | null {
  const e = table[name];
  if (!e) return null;
  if (xflags & (1 << e.id)) return `${ext}: option "--${name}" can only be used once.\n`;
  if (inv && !e.invert) return `${ext}: option "--${name}" cannot be inverted.\n`;
  return null;
}

/** The option's bit in xflags (0 for an option the table lacks). */
export function xtoptFlag(table: XtOptTable, name: string): number {
  const e = table[name];
  return e ? 1 << e.id : 0;
}

/** xtables_options_fcheck(): a missing mandatory option, or two that exclude each other (the first found). */
export function xtoptFcheck(ext: string, table: XtOptTable, xflags: number): string | null {
  const entries = Object.entries(table);
  for (const [name, e] of entries) {
    if (e.mand && !(xflags & (1 << e.id))) return `${ext}: option "--${name}" must be specified\n`;
    if (!(xflags & (1 << e.id))) continue;
    for (let i = 0; i < 32; i++) {
      if (i === e.id || !((e.excl ?? 0) & (1 << i)) || !(xflags & (1 << i))) continue;
      const other = entries.find(([, x]) => x.id === i)![0];
      return `${ext}: option "--${name}" cannot be used together with "--${other}".\n`;
    }
  }
  return null;
}
