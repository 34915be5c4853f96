// Text → plain data, keeping where every node was written (yaml's LineCounter), so that every
// later problem can name its line and column. Hostile or broken input is refused here, fast and
// with a message a person can act on: it never reaches the validator.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { FieldPath } from '../model/organisation.js';
import type { FileError } from '../model/report.js';

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
function decodeText(input: string | Uint8Array): { text: string } | { error: FileError } {
  if (typeof input === 'string') {
    const nul = input.indexOf('\u0000');
    if (nul >= 0) return { error: fileError('this is a binary file, not YAML text (it contains a NUL character)') };
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input };
  }
  if (input.includes(0)) return { error: fileError('this is a binary file, not YAML text (it contains NUL bytes)') };
  try {
    // fatal: refuse invalid UTF-8 instead of reading it as U+FFFD; a BOM is stripped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(input);
    const at = positionInText(lenient, lenient.indexOf('\ufffd'));
    return { error: fileError('this file is not UTF-8 text', at, 'save the file as UTF-8') };
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
  const indents: number[] = [];
  let flowDepth = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarParent: number | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let pos = lineStart;
    while (pos < lineEnd && (text[pos] === ' ' || text[pos] === '\t')) pos++;
    const indent = pos - lineStart;
    const isBlank = pos >= lineEnd || text[pos] === '\r' || text[pos] === '#';
    if (blockScalarParent !== undefined && (isBlank || indent > blockScalarParent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParent = undefined;
    if (flowDepth === 0 && quote === undefined && !isBlank) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // Compact nested sequences and explicit keys on one line: `- - - x`, `? - x`.
      while ((text[pos] === '-' || text[pos] === '?') && (pos + 1 >= lineEnd || text[pos + 1] === ' ' || text[pos + 1] === '\r')) {
        pos += 1;
        while (pos < lineEnd && text[pos] === ' ') pos++;
        indents.push(pos - lineStart);
        if (indents.length > maxDepth) return pos;
      }
    }
    let isValueStart = true;
    for (; pos < lineEnd; pos++) {
      const c = text[pos];
      if (quote === '"') {
        if (c === '\\') pos++;
        else if (c === '"') quote = undefined;
        continue;
      }
      if (quote === "'") {
        if (c === "'") {
          if (text[pos + 1] === "'") pos++;
          else quote = undefined;
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (c === '#' && (pos === lineStart || text[pos - 1] === ' ' || text[pos - 1] === '\t')) break;
      if (isValueStart && (c === '"' || c === "'")) {
        quote = c;
        isValueStart = false;
        continue;
      }
      if ((c === '[' || c === '{') && (isValueStart || flowDepth > 0)) {
        flowDepth++;
        if (flowDepth + (flowDepth > 0 ? indents.length : 0) > maxDepth) return pos;
        isValueStart = true;
        continue;
      }
      if ((c === ']' || c === '}') && flowDepth > 0) {
        flowDepth--;
        isValueStart = false;
        continue;
      }
      if (isValueStart && flowDepth === 0 && (c === '|' || c === '>')) {
        blockScalarParent = indent;
        break;
      }
      isValueStart = c === ':' || c === ',' || c === '-' || c === '?' || (isValueStart && (c === '&' || c === '!'));
      if (c === '&' || c === '!') {
        // An anchor or a tag precedes the value: skip its name.
        while (pos + 1 < lineEnd && text[pos + 1] !== ' ') pos++;
        isValueStart = true;
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

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

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same mapping',
  RESOURCE_EXHAUSTION: 'the file nests too deeply to read',
  MULTIPLE_DOCS: 'the file holds more than one YAML document',
  TAG_RESOLVE_FAILED: 'this YAML tag is not supported',
  BAD_INDENT: 'the indentation is wrong here',
  MISSING_CHAR: 'a closing character is missing',
};

export function parseYaml(input: string | Uint8Array, options: ParseYamlOptions = {}): ParsedYaml {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const decoded = decodeText(input);
  if ('error' in decoded) return refuse(decoded.error);
  const { text } = decoded;
  if (text.trim() === '') return refuse(fileError('the file is empty', START, 'start from the example in the format documentation'));

  const deepAt = findDeepNesting(text, maxDepth);
  if (deepAt !== undefined) {
    return refuse(fileError(`the file nests more than ${maxDepth} levels deep`, positionInText(text, deepAt), 'an organisation file needs about 5 levels'));
  }

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
  if (all.length === 0) return refuse(fileError('the file is empty', START, 'start from the example in the format documentation'));
  if (all.length > 1) {
    return refuse(
      fileError('the file holds more than one YAML document', at(all[1].range[0]), 'put one organisation in each file, without a second `---`'),
    );
  }
  const doc = all[0];
  const errors: FileError[] = [...doc.errors, ...doc.warnings].map((problem) => {
    const firstLine = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    let message = YAML_MESSAGES[problem.code] ?? `YAML: ${firstLine}`;
    if (problem.code === 'DUPLICATE_KEY') {
      const key = text.slice(problem.pos[0], problem.pos[0] + 200).split(/:(?:\s|$)|\r?\n/)[0].trim();
      message = key ? `\`${key}\` appears twice in the same mapping` : message;
    }
    if (problem.code === 'RESOURCE_EXHAUSTION') message = `the file nests more than ${maxDepth} levels deep`;
    return fileError(message, at(problem.pos[0]), problem.code === 'DUPLICATE_KEY' ? 'keep one of them' : undefined);
  });
  const locate = makeLocate(doc, at);
  if (errors.length > 0) return { errors: dedupe(errors), locate };

  const deepNode = findDeepNode(doc, maxDepth);
  if (deepNode?.range) return { errors: [fileError(`the file nests more than ${maxDepth} levels deep`, at(deepNode.range[0]))], locate };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { errors: [fileError('the file is empty', START, 'start from the example in the format documentation')], locate };
  }
  if (!isMap(doc.contents)) {
    const start = doc.contents.range ? at(doc.contents.range[0]) : START;
    return {
      errors: [fileError('the file must be a YAML mapping (`version: 1`, `organisation: …`, `channels: …`)', start, 'start from the example in the format documentation')],
      locate,
    };
  }
  try {
    const data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    return { data, errors: [], locate };
  } catch (error) {
    const isAliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
    const message = isAliasBomb
      ? `the file expands aliases (*name) more than ${options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT} times`
      : `YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { errors: [fileError(message, START, isAliasBomb ? 'write the values out instead of repeating aliases' : undefined)], locate };
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
