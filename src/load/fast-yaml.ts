// The fast path of parseYaml: js-yaml reads a 2 kB organisation file in about 0.18 ms, yaml in
// 1.3 ms. It may answer only where its answer is exactly yaml's (the data, and the position of
// every key and list item): for anything else it says "not sure" (undefined), and parseYaml reads
// the text with yaml, which also words every error. So it refuses, conservatively, whatever could
// read differently: anchors and aliases, tags, merge keys, directives, explicit `? ` keys, keys
// that are not plain text (null, collections), `__proto__`, tabs, lone CR line ends, a BOM inside
// the text, js-yaml's warnings and anything js-yaml throws on. test/load/fast-yaml.test.ts
// compares both paths on every fixture and on mutated and generated texts.
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import type { FieldPath } from '../model/organisation.js';
import type { ParsedYaml, Position } from './parse-yaml.js';

// The yaml library's YAML 1.2 core schema (yaml/dist/schema/core/*.js, yaml 2.9), test for test
// and conversion for conversion, in its order. js-yaml's own CORE_SCHEMA differs: `1_000`,
// `0b101`, `+.5`, `.Inf`...
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** What a plain scalar means in the core schema (a string: it stays text). */
function resolveCoreScalar(source: string): unknown {
  // Every core scalar but the empty null starts with one of these: most keys and words stop here.
  const first = source.charCodeAt(0);
  const isCandidate =
    source.length === 0 ||
    (first >= 0x30 && first <= 0x39) || // 0-9
    first === 0x2b || first === 0x2d || first === 0x2e || first === 0x7e || // + - . ~
    first === 0x6e || first === 0x4e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46; // n N t T f F
  if (!isCandidate) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return first === 0x74 || first === 0x54;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return first === 0x2d ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

// One implicit js-yaml type for the whole core schema: `resolve` works the value out and
// `construct`, which js-yaml calls right after a successful `resolve`, hands it over.
const CORE_SCALAR_TAG = 'tag:contact-audit,2026:core-scalar';
let resolved: unknown;
const coreScalar = new Type(CORE_SCALAR_TAG, {
  kind: 'scalar',
  resolve(...args: unknown[]) {
    // An explicit tag naming this type (js-yaml passes the tag along) is refused: tags are yaml's.
    if (args.length > 1 || typeof args[0] !== 'string') return false;
    const value = resolveCoreScalar(args[0]);
    if (value === args[0]) return false;
    resolved = value;
    return true;
  },
  construct: () => resolved,
});
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

// What js-yaml's state holds beyond @types/js-yaml's description.
type ReaderState = State & { tag: string | null; anchor: string | null };

/** One composed node of js-yaml, as its listener saw it open and close. */
interface Frame {
  /** offset at 'open': the node's first character, except for block mapping values (unused) */
  start: number;
  /** offset at 'close' */
  end: number;
  kind: string | null;
  result: unknown;
  /** the deepest chain of collections from this node down (a scalar: 0) */
  height: number;
  children: Frame[] | undefined;
}

/** Where each key of a mapping (by name) or each item of a sequence starts. */
type Offsets = Map<string, number> | number[];

/** Thrown from js-yaml's callbacks to stop reading a text the fast path will not answer for. */
const NOT_SURE = new Error('not sure to read this text as yaml does');
function giveUp(): never {
  throw NOT_SURE;
}

const isBlankText = (value: string): boolean => value === '' || (value.charCodeAt(0) === 0x0a && /^\n*$/.test(value));
// yaml refuses an implicit key whose `:` is more than 1024 characters after its start.
const MAX_KEY_SPAN = 1024;
// Text js-yaml may read differently from yaml (see the header): left to yaml without parsing.
// Found by test/load/fast-yaml.test.ts, js-yaml accepts what yaml refuses or reads otherwise:
// `"x"#c` (a comment no space separates from a quote or a bracket), `--- a: 1` (content on the
// document marker's line), `|2` (js-yaml keeps the spaces of trailing blank lines when a block
// scalar gives its indentation).
const UNSURE_TEXT =
  /\t|\r(?!\n)|\ufeff|<<|__proto__|(?:^|\n)%|(?:^|[\s,[{])\?(?=[\s,\]}]|$)|["'\]}[{,]#|(?:^|\n)(?:---|\.\.\.)[ ]+[^\s#]|[|>][-+]?[0-9]/;

/**
 * The text read by js-yaml with every key and item position, or undefined where the answer might
 * not be exactly the yaml path's (then parseYaml reads it with yaml). `text` is decoded, without
 * a BOM, not blank, and has passed findDeepNesting.
 */
export function parseYamlFast(text: string, maxDepth: number): ParsedYaml | undefined {
  if (UNSURE_TEXT.test(text)) return undefined;

  const offsets = new Map<object, Offsets>();
  const stack: Frame[] = [];
  const documents: Frame[] = [];

  const indexMapping = (frame: Frame, children: Frame[]): void => {
    const mapping = frame.result as Record<string, unknown>;
    const keys = new Map<string, number>();
    let height = 0;
    for (const child of children) {
      if (child.height > height) height = child.height;
      // A key is the node that a `:` follows on its line; values and the empty node that ends a
      // block mapping never are (js-yaml throws on `a: b: c`).
      let next = child.end;
      while (text.charCodeAt(next) === 0x20) next++;
      if (text.charCodeAt(next) !== 0x3a) continue;
      const key = child.result;
      // yaml names a null key '' and a collection key by its YAML text: js-yaml does neither.
      if (child.kind !== 'scalar' || key === null || typeof key === 'object' || next - child.start > MAX_KEY_SPAN) giveUp();
      keys.set(String(key), child.start);
    }
    // Every key of the mapping found once: else a `{a}` without value or a pair we did not see.
    const names = Object.keys(mapping);
    if (names.length !== keys.size || names.some((name) => !keys.has(name))) giveUp();
    offsets.set(mapping, keys);
    frame.height = height + 1;
  };

  const indexSequence = (frame: Frame, children: Frame[]): void => {
    const items = frame.result as unknown[];
    // A flow pair `[a: 1]` reads as two nodes for one item; `-` with nothing after it, as none.
    if (children.length !== items.length) giveUp();
    const starts = new Array<number>(items.length);
    let height = 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.kind === null || !Object.is(child.result, items[i])) giveUp();
      starts[i] = child.start;
      if (child.height > height) height = child.height;
    }
    offsets.set(items, starts);
    frame.height = height + 1;
  };

  const listener = (event: string, rawState: State): void => {
    const state = rawState as ReaderState;
    if (event === 'open') {
      stack.push({ start: state.position, end: state.position, kind: null, result: null, height: 0, children: undefined });
      return;
    }
    const frame = stack.pop()!;
    frame.end = state.position;
    frame.kind = state.kind;
    frame.result = state.result;
    if (state.anchor !== null || (state.tag !== null && state.tag !== '?' && state.tag !== CORE_SCALAR_TAG)) giveUp();
    // A block scalar without a line of text: yaml refuses some (a less indented comment after
    // blank lines) that js-yaml reads as empty.
    if (typeof frame.result === 'string' && isBlankText(frame.result) && /[|>]/.test(text.slice(frame.start, frame.end))) giveUp();
    const children = frame.children ?? [];
    if (children.length === 1 && children[0].result === frame.result) {
      // js-yaml reads a flow collection or a scalar in a value's place as a would-be key first:
      // the inner node is this one.
      frame.height = children[0].height;
      frame.start = children[0].start;
    } else if (frame.kind === 'mapping') {
      indexMapping(frame, children);
    } else if (frame.kind === 'sequence') {
      indexSequence(frame, children);
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) documents.push(frame);
    else (parent.children ??= []).push(frame);
  };

  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA, listener, onWarning: giveUp });
  } catch {
    // js-yaml's own errors included: yaml finds them again, in its words and at its positions.
    return undefined;
  }
  if (documents.length !== 1 || stack.length !== 0) return undefined;
  const root = documents[0];
  // An empty file, a list or a scalar at the top, a file that nests too deep: yaml words these.
  if (root.kind !== 'mapping' || root.result !== data || !offsets.has(data as object) || root.height > maxDepth) return undefined;

  let lineStarts: number[] | undefined;
  const positionAt = (offset: number): Position => {
    // As yaml's LineCounter: lines start after each '\n'; columns count UTF-16 units from 1.
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };

  const locate = (path: FieldPath): Position => {
    let node: unknown = data;
    let offset = root.start;
    for (const segment of path) {
      const within = typeof node === 'object' && node !== null ? offsets.get(node) : undefined;
      if (within === undefined) break;
      if (Array.isArray(within)) {
        if (typeof segment !== 'number') break;
        const start = within[segment];
        if (start === undefined) break;
        offset = start;
        node = (node as unknown[])[segment];
      } else {
        const name = String(segment);
        const start = within.get(name);
        if (start === undefined) break;
        offset = start;
        node = (node as Record<string, unknown>)[name];
      }
    }
    return positionAt(offset);
  };

  return { data, errors: [], locate };
}
