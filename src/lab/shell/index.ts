/**
 * The lab shell: a small bash (lexer, parser, expansion, interpreter) whose
 * commands are processes on the virtual clock.
 */
export { installShell, shellCommand } from './run.js';
export { scriptParser, parseScript, needsMoreInput } from './parser.js';
export { procTable, signalNumber, SIGNALS, ProcEntry, ProcTable } from './procs.js';
export { Pipe, FileSink, ShellIn, stringIn, nullOut } from './streams.js';
export { ShellSyntaxError } from './ast.js';
