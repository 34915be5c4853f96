// Text → plain data, keeping where every node was written (yaml's LineCounter), so that every
// later problem can name its line and column. Hostile or broken input is refused here, fast and
// with a message a person can act on: it never reaches the validator.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { FieldPath } from '../model/organisation.js';
import type { FileError } from '../model/report.js';
import type { Lang } from '../model/rule.js';
import { parseYamlFast } from './fast-yaml.js';
import { loadTexts, type LoadTexts } from './load-messages.js';

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export type Locate = (path: FieldPath) => Position;

export interface ParsedYaml {
  /** the document as plain data; absent when the text could not be read */
  data?: unknown;
  errors: FileError[];
  /** where a field was written: its key (a list item: its start); a missing field: its nearest written ancestor */
  locate: Locate;
}

export interface ParseYamlOptions {
  /** deepest nesting accepted (an organisation file needs 5) */
  maxDepth?: number;
  /** most alias expansions accepted (against "billion laughs" files) */
  maxAliasCount?: number;
  /** the language of the error texts (default en) */
  lang?: Lang;
  /**
   * what the file holds, for the hints: an organisation file (default) gets hints about its
   * fields; a configuration, rule pack or baseline (`other`) only the general ones
   */
  kind?: 'organisation' | 'other';
}

const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_MAX_ALIAS_COUNT = 100;
const START: Position = { line: 1, column: 1 };

function fileError(message: string, at: Position = START, hint?: string): FileError {
  return hint === undefined ? { ...at, path: '', message } : { ...at, path: '', message, hint };
}

function refuse(error: FileError): ParsedYaml {
  return { errors: [error], locate: () => START };
}

/** Decode bytes as UTF-8 text, or say why they are not text. */
function decodeText(input: string | Uint8Array, t: LoadTexts): { text: string } | { error: FileError } {
  if (typeof input === 'string') {
    const nul = input.indexOf('\u0000');
    if (nul >= 0) return { error: fileError(t.binaryNulCharacter()) };
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input };
  }
  if (input.includes(0)) return { error: fileError(t.binaryNulBytes()) };
  try {
    // fatal: refuse invalid UTF-8 instead of reading it as U+FFFD; a BOM is stripped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(input);
    const at = positionInText(lenient, lenient.indexOf('\ufffd'));
    return { error: fileError(t.notUtf8(), at, t.saveAsUtf8()) };
  }
}

function positionInText(text: string, offset: number): Position {
  if (offset < 0) return START;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where the text nests deeper than `maxDepth`, found by reading it once, without recursion and
 * before yaml builds anything: block indentation, compact `- - -` sequences and flow brackets
 * count. An approximation of YAML's structure that never undercounts a real organisation file by
 * much; the tree check after parsing is exact.
 */
export function findDeepNesting(text: string, maxDepth: number): number | undefined {
  // Character codes, not one-character strings: every file of a batch is read here first.
  const indents: number[] = [];
  let flowDepth = 0;
  let quote = 0; // the open quote's code, 0 outside quotes
  let blockScalarParent: number | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let pos = lineStart;
    while (pos < lineEnd && (text.charCodeAt(pos) === SPACE || text.charCodeAt(pos) === TAB)) pos++;
    const indent = pos - lineStart;
    const isBlank = pos >= lineEnd || text.charCodeAt(pos) === CR || text.charCodeAt(pos) === HASH;
    if (blockScalarParent !== undefined && (isBlank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = undefined;
    if (flowDepth === 0 && quote === 0 && !isBlank) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > maxDepth) return pos;
      // Compact nested sequences and explicit keys on one line: `- - - x`, `? - x`.
      while (
        (text.charCodeAt(pos) === DASH || text.charCodeAt(pos) === QUESTION) &&
        (pos + 1 >= lineEnd || text.charCodeAt(pos + 1) === SPACE || text.charCodeAt(pos + 1) === CR)
      ) {
        pos += 1;
        while (pos < lineEnd && text.charCodeAt(pos) === SPACE) pos++;
        indents.push(pos - lineStart);
        if (indents.length > maxDepth) return pos;
      }
    }
    let isValueStart = true;
    for (; pos < lineEnd; pos++) {
      const c = text.charCodeAt(pos);
      if (quote === DOUBLE_QUOTE) {
        if (c === BACKSLASH) pos++;
        else if (c === DOUBLE_QUOTE) quote = 0;
        continue;
      }
      if (quote === SINGLE_QUOTE) {
        if (c === SINGLE_QUOTE) {
          if (text.charCodeAt(pos + 1) === SINGLE_QUOTE) pos++;
          else quote = 0;
        }
        continue;
      }
      if (c === SPACE || c === TAB || c === CR) continue;
      if (c === HASH && (pos === lineStart || text.charCodeAt(pos - 1) === SPACE || text.charCodeAt(pos - 1) === TAB)) break;
      if (isValueStart && (c === DOUBLE_QUOTE || c === SINGLE_QUOTE)) {
        quote = c;
        isValueStart = false;
        continue;
      }
      if ((c === OPEN_BRACKET || c === OPEN_BRACE) && (isValueStart || flowDepth > 0)) {
        flowDepth++;
        if (flowDepth + (flowDepth > 0 ? indents.length : 0) > maxDepth) return pos;
        isValueStart = true;
        continue;
      }
      if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flowDepth > 0) {
        flowDepth--;
        isValueStart = false;
        continue;
      }
      if (isValueStart && flowDepth === 0 && (c === PIPE || c === GREATER)) {
        blockScalarParent = indent;
        break;
      }
      isValueStart = c === COLON || c === COMMA || c === DASH || c === QUESTION || (isValueStart && (c === AMPERSAND || c === BANG));
      if (c === AMPERSAND || c === BANG) {
        // An anchor or a tag precedes the value: skip its name.
        while (pos + 1 < lineEnd && text.charCodeAt(pos + 1) !== SPACE) pos++;
        isValueStart = true;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

const [SPACE, TAB, CR, HASH, DASH, QUESTION, DOUBLE_QUOTE, SINGLE_QUOTE, BACKSLASH] = [0x20, 0x09, 0x0d, 0x23, 0x2d, 0x3f, 0x22, 0x27, 0x5c];
const [OPEN_BRACKET, OPEN_BRACE, CLOSE_BRACKET, CLOSE_BRACE, PIPE, GREATER, COLON, COMMA, AMPERSAND, BANG] = [0x5b, 0x7b, 0x5d, 0x7d, 0x7c, 0x3e, 0x3a, 0x2c, 0x26, 0x21];

/** The deepest point of the node tree past `maxDepth`, walked with a stack (no recursion). */
function findDeepNode(doc: Document, maxDepth: number): Node | undefined {
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) return node;
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1]);
          stack.push([item.value, depth + 1]);
        } else {
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return undefined;
}

// The yaml library's problems we can say in our own words; others are quoted (`YAML: …`).
const YAML_MESSAGES: Record<string, 'keyTwice' | 'nestsTooDeeplyToRead' | 'multipleDocuments' | 'tagUnsupported' | 'badIndent' | 'missingCharacter'> = {
  DUPLICATE_KEY: 'keyTwice',
  RESOURCE_EXHAUSTION: 'nestsTooDeeplyToRead',
  MULTIPLE_DOCS: 'multipleDocuments',
  TAG_RESOLVE_FAILED: 'tagUnsupported',
  BAD_INDENT: 'badIndent',
  MISSING_CHAR: 'missingCharacter',
};

export function parseYaml(input: string | Uint8Array, options: ParseYamlOptions = {}): ParsedYaml {
  return readYaml(input, options, true);
}

/** parseYaml without its fast path: the yaml library reads every file (differential tests). */
export function parseYamlSlow(input: string | Uint8Array, options: ParseYamlOptions = {}): ParsedYaml {
  return readYaml(input, options, false);
}

function readYaml(input: string | Uint8Array, options: ParseYamlOptions, isFastAllowed: boolean): ParsedYaml {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const t = loadTexts(options.lang);
  const isOrganisation = (options.kind ?? 'organisation') === 'organisation';
  const empty = () => fileError(t.fileEmpty(), START, isOrganisation ? t.startFromExample() : undefined);
  const decoded = decodeText(input, t);
  if ('error' in decoded) return refuse(decoded.error);
  const { text } = decoded;
  if (text.trim() === '') return refuse(empty());

  const deepAt = findDeepNesting(text, maxDepth);
  if (deepAt !== undefined) {
    return refuse(fileError(t.nestsTooDeep(maxDepth), positionInText(text, deepAt), isOrganisation ? t.organisationDepth() : undefined));
  }

  // js-yaml, when it is sure to read the text exactly as yaml does; yaml for everything else.
  const fast = isFastAllowed ? parseYamlFast(text, maxDepth) : undefined;
  if (fast !== undefined) return fast;

  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    // YAML 1.2 core schema: `2025-03-01` stays a string, `no` is a string, not false.
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: true,
    strict: true,
  });
  const all = Array.isArray(docs) ? docs : [];
  if (all.length === 0) return refuse(empty());
  if (all.length > 1) {
    return refuse(
      fileError(t.multipleDocuments(), at(all[1].range[0]), isOrganisation ? t.oneOrganisationPerFile() : t.oneDocumentPerFile()),
    );
  }
  const doc = all[0];
  const errors: FileError[] = [...doc.errors, ...doc.warnings].map((problem) => {
    const firstLine = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const id = YAML_MESSAGES[problem.code];
    let message = id ? t[id]() : t.yamlLibrary(firstLine);
    if (problem.code === 'DUPLICATE_KEY') {
      const key = text.slice(problem.pos[0], problem.pos[0] + 200).split(/:(?:\s|$)|\r?\n/)[0].trim();
      message = key ? t.namedKeyTwice(key) : message;
    }
    if (problem.code === 'RESOURCE_EXHAUSTION') message = t.nestsTooDeep(maxDepth);
    return fileError(message, at(problem.pos[0]), problem.code === 'DUPLICATE_KEY' ? t.keepOne() : undefined);
  });
  const locate = makeLocate(doc, at);
  if (errors.length > 0) return { errors: dedupe(errors), locate };

  const deepNode = findDeepNode(doc, maxDepth);
  if (deepNode?.range) return { errors: [fileError(t.nestsTooDeep(maxDepth), at(deepNode.range[0]))], locate };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { errors: [empty()], locate };
  }
  if (!isMap(doc.contents)) {
    const start = doc.contents.range ? at(doc.contents.range[0]) : START;
    return {
      errors: isOrganisation ? [fileError(t.notAMapping(), start, t.startFromExample())] : [fileError(t.notAMappingOfKeys(), start)],
      locate,
    };
  }
  try {
    const data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    return { data, errors: [], locate };
  } catch (error) {
    const isAliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
    const message = isAliasBomb
      ? t.tooManyAliases(options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT)
      : t.yamlLibrary(error instanceof Error ? error.message.split('\n')[0] : String(error));
    return { errors: [fileError(message, START, isAliasBomb ? t.writeValuesOut() : undefined)], locate };
  }
}

function dedupe(errors: FileError[]): FileError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function makeLocate(doc: Document, at: (offset: number) => Position): Locate {
  return (path) => {
    let node: unknown = doc.contents;
    let position = isNodeWithRange(node) ? at(node.range[0]) : START;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) position = at(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) break;
        if (isNodeWithRange(item)) position = at(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return position;
  };
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray((node as Node).range);
}
