/**
 * iproute2's dual output: every print_* call either formats text (PRINT_FP)
 * or adds a JSON field (PRINT_JSON), so one printer serves `ip` and `ip -j`.
 * @iproute2 lib/json_print.c, lib/json_writer.c
 */
import { sprintf } from '../lib/printf.js';
import { COLOR_CLEAR, COLOR_NONE, type Palette } from './color.js';

export const PRINT_FP = 1;
export const PRINT_JSON = 2;
export const PRINT_ANY = 3;

/** json_writer_t */
class JsonWriter {
  private depth = 0;
  private sep = '';
  constructor(
    private readonly out: string[],
    readonly pretty: boolean,
  ) {}

  private indent(): void {
    for (let i = 0; i < this.depth; i++) this.out.push('    ');
  }
  private eol(): void {
    if (!this.pretty) return;
    this.out.push('\n');
    this.indent();
  }
  private eor(): void {
    if (this.sep) this.out.push(this.sep);
    this.sep = ',';
  }
  private begin(c: string): void {
    this.eor();
    this.out.push(c);
    this.depth++;
    this.sep = '';
  }
  private end(c: string): void {
    this.depth--;
    if (this.sep) this.eol();
    this.out.push(c);
    this.sep = ',';
  }
  name(n: string): void {
    this.eor();
    this.eol();
    this.sep = '';
    this.out.push(quote(n), this.pretty ? ': ' : ':');
  }
  raw(v: string): void {
    this.eor();
    this.out.push(v);
  }
  startObject(): void {
    this.begin('{');
  }
  endObject(): void {
    this.end('}');
  }
  startArray(): void {
    this.begin('[');
    if (this.pretty) this.out.push(' ');
  }
  endArray(): void {
    if (this.pretty && this.sep) this.out.push(' ');
    this.sep = '';
    this.end(']');
  }
  get atTop(): boolean {
    return this.depth === 0;
  }
}

/** jsonw_puts(): C escapes only, no Unicode escaping. */
function quote(s: string): string {
  const map: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\f': '\\f', '\b': '\\b', '\\': '\\\\', '"': '\\"' };
  return '"' + s.replace(/[\t\n\r\f\b\\"]/g, (c) => map[c]!) + '"';
}

export class Printer {
  private readonly buf: string[] = [];
  private jw: JsonWriter | null = null;

  /** iproute2's _SL_: the line separator inside a record ("\\" with -oneline). */
  readonly sl: string;
  /** color_is_enabled: the palette of `-color`, or null. */
  colors: Palette | null = null;

  constructor(
    readonly json: boolean,
    readonly pretty: boolean,
    oneline = false,
  ) {
    this.sl = oneline ? '\\' : '\n';
  }

  /** new_json_obj(): open the top-level array in JSON mode. */
  newJsonObj(haveArray = true): void {
    if (!this.json) return;
    this.jw = new JsonWriter(this.buf, this.pretty);
    if (haveArray) this.jw.startArray();
  }

  /** delete_json_obj() */
  deleteJsonObj(haveArray = true): void {
    if (!this.jw) return;
    if (haveArray) this.jw.endArray();
    this.buf.push('\n');
    this.jw = null;
  }

  get isJson(): boolean {
    return this.jw !== null;
  }

  private fp(type: number): boolean {
    return !this.jw && (type & PRINT_FP) !== 0;
  }
  private js(type: number): JsonWriter | null {
    return this.jw && type & PRINT_JSON ? this.jw : null;
  }

  openJsonObject(key: string | null = null): void {
    if (!this.jw) return;
    if (key) this.jw.name(key);
    this.jw.startObject();
  }
  closeJsonObject(): void {
    this.jw?.endObject();
  }
  openJsonArray(type: number, str: string | null): void {
    const jw = this.js(type);
    if (jw) {
      if (str) jw.name(str);
      jw.startArray();
    } else if (this.fp(type) && str) this.buf.push(str);
  }
  closeJsonArray(type: number, str: string | null): void {
    const jw = this.js(type);
    if (jw) jw.endArray();
    else if (this.fp(type) && str) this.buf.push(str);
  }

  /** print_string(): with key and null value, only the JSON name is written. */
  string(type: number, key: string | null, fmt: string, value: string | null): void {
    const jw = this.js(type);
    if (jw) {
      if (key && value === null) jw.name(key);
      else if (!key && value !== null) jw.raw(quote(value));
      else if (key) {
        jw.name(key);
        jw.raw(quote(value ?? ''));
      }
    } else if (this.fp(type)) this.buf.push(value === null ? fmt : sprintf(fmt, value));
  }

  /** print_color_string(): color_fprintf() in text mode (the escape, the formatted text, then the clear), print_string() in JSON. */
  colorString(type: number, attr: number, key: string | null, fmt: string, value: string): void {
    if (this.colors && attr !== COLOR_NONE && this.fp(type)) this.buf.push(this.colors[attr]!, sprintf(fmt, value), COLOR_CLEAR);
    else this.string(type, key, fmt, value);
  }

  /** print_int/uint/u64/hhu ...: numbers are plain in JSON. */
  number(type: number, key: string | null, fmt: string, value: number): void {
    const jw = this.js(type);
    if (jw) {
      if (key) jw.name(key);
      jw.raw(String(value));
    } else if (this.fp(type)) this.buf.push(sprintf(fmt, value));
  }

  /** print_bool(): in text mode prints fmt when true. */
  bool(type: number, key: string, fmt: string, value: boolean): void {
    const jw = this.js(type);
    if (jw) {
      jw.name(key);
      jw.raw(value ? 'true' : 'false');
    } else if (this.fp(type) && value) this.buf.push(fmt);
  }

  /** print_null() */
  null(type: number, key: string, fmt: string, value: string): void {
    const jw = this.js(type);
    if (jw) {
      jw.name(key);
      jw.raw('null');
    } else if (this.fp(type)) this.buf.push(sprintf(fmt, value));
  }

  /** print_0xhex(): "0x%x"-style text, number in JSON... iproute2 prints a string "0x..." in JSON. */
  hex(type: number, key: string | null, fmt: string, value: number): void {
    const jw = this.js(type);
    if (jw) {
      if (key) jw.name(key);
      jw.raw(quote('0x' + value.toString(16)));
    } else if (this.fp(type)) this.buf.push(sprintf(fmt, value));
  }

  /** jsonw_name() + jsonw_printf(): an unquoted JSON value such as iproute2's timers ("0.00"). */
  jsonRaw(key: string, value: string): void {
    if (!this.jw) return;
    this.jw.name(key);
    this.jw.raw(value);
  }

  /** print_nl(): _SL_ in text mode only. */
  nl(): void {
    if (!this.jw) this.buf.push(this.sl);
  }

  /** Raw text (fprintf to stdout) — text mode only. */
  text(s: string): void {
    if (!this.jw) this.buf.push(s);
  }

  /** Everything printed so far, cleared. */
  take(): string {
    const s = this.buf.join('');
    this.buf.length = 0;
    return s;
  }
}

/** print_on_off(): a JSON boolean, or `on`/`off` in `fmt`; nothing when the attribute is absent. */
export function printOnOff(pr: Printer, key: string, fmt: string, v: number | undefined): void {
  if (v === undefined) return;
  pr.bool(PRINT_JSON, key, '', v !== 0);
  pr.string(PRINT_FP, null, fmt, v ? 'on' : 'off');
}
