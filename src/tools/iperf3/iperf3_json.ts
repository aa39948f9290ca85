/**
 * iperf3 -J: the test as one JSON document (start, intervals, end), printed
 * as cJSON prints it (tabs, `"key":\tvalue`, arrays inline, numbers as %d or
 * %1.15g/%1.17g).
 * @iperf3 src/iperf_api.c iperf_json_start() iperf_json_finish(), cJSON.c print_value()
 */

export type Json = number | string | boolean | Json[] | JsonPairs | { [k: string]: Json };

/** An object whose keys may repeat (cJSON_AddItemToObject does not replace: iperf3's UDP server prints target_bitrate twice). */
export class JsonPairs {
  constructor(readonly pairs: ReadonlyArray<readonly [string, Json]>) {}
}

/** C's %.{p}g */
export function cG(v: number, p: number): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return String(v);
  const [mant, e] = v.toExponential(p - 1).split('e');
  const exp = Number(e);
  const strip = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  if (exp < -4 || exp >= p) return `${strip(mant!)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return strip(v.toFixed(Math.max(0, p - 1 - exp)));
}

/** cJSON's print_number() */
function num(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) <= 2147483647) return String(v);
  const s = cG(v, 15);
  return Number(s) === v ? s : cG(v, 17);
}

/** cJSON_Print(): formatted, tab-indented. */
export function cjsonPrint(v: Json, depth = 0): string {
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => cjsonPrint(x, depth + 1)).join(', ')}]`;
  const tabs = '\t'.repeat(depth + 1);
  const entries = v instanceof JsonPairs ? v.pairs : Object.entries(v);
  const body = entries.map(([k, x]) => `${tabs}${JSON.stringify(k)}:\t${cjsonPrint(x, depth + 1)}`);
  return body.length === 0 ? '{\n' + '\t'.repeat(depth) + '}' : `{\n${body.join(',\n')}\n${'\t'.repeat(depth)}}`;
}
