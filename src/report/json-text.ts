// `JSON.stringify(value, null, 2)` written in pieces: the formats that are JSON (json, sarif) write
// the arrays that grow with the files item by item, and the rest of the document around them.
//
// Stringifying a value alone gives the same text as stringifying it inside a larger one, but for
// the indentation: raw line breaks in the output are only ever the indentation's (a line break in
// a string is escaped), so indenting every line gives exactly the nested text.

const indent = (level: number) => '  '.repeat(level);

/** An item of an array whose own line is indented `level` steps, as JSON.stringify(…, null, 2) writes it. */
export function stringifyItem(value: unknown, level: number): string {
  const pad = indent(level + 1);
  // split and join, not replace(/\n/g): V8 gives replace's result about three bytes a character,
  // this one a little over one, and SARIF keeps these strings until its end().
  return pad + JSON.stringify(value, null, 2).split('\n').join(`\n${pad}`);
}

/**
 * A cut document with its holes filled by the items kept for each (made by stringifyItem at the
 * hole's level): one join, so that the text is copied once, not once per array and again whole.
 */
export function fillHoles(cut: { texts: readonly string[]; holes: readonly Hole[] }, itemsOf: (name: string) => readonly string[]): string {
  const pieces: string[] = [];
  cut.holes.forEach((hole, i) => {
    pieces.push(cut.texts[i]);
    const items = itemsOf(hole.name);
    if (items.length === 0) pieces.push('[]');
    else {
      pieces.push('[\n');
      items.forEach((item, j) => (j === 0 ? pieces.push(item) : pieces.push(',\n', item)));
      pieces.push(`\n${indent(hole.level)}]`);
    }
  });
  pieces.push(cut.texts[cut.holes.length]);
  return pieces.join('');
}

/** Writes one array item by item: open(), item()…, close(). */
export function createArrayWriter(level: number): { open(): string; item(value: unknown): string; close(): string } {
  let count = 0;
  return {
    open: () => '[',
    item: (value) => `${count++ === 0 ? '\n' : ',\n'}${stringifyItem(value, level)}`,
    close: () => (count === 0 ? ']' : `\n${indent(level)}]`),
  };
}

export interface Hole {
  name: string;
  /** the indentation of the line the array starts on, in steps of two spaces */
  level: number;
}

/**
 * `JSON.stringify(value, null, 2)` cut where arrays are to be written piece by piece: build()
 * puts hole(name) where each of them goes. Returns the text around the holes (one more than
 * there are holes) and each hole with its level, in document order.
 */
export function cutJson(build: (hole: (name: string) => string) => unknown): { texts: string[]; holes: Hole[] } {
  // A marker is a string value; should the document itself contain it, take another.
  for (let attempt = 0; ; attempt += 1) {
    const marker = `contact-audit:hole:${attempt}:`;
    const names: string[] = [];
    const text = JSON.stringify(
      build((name) => {
        names.push(name);
        return `${marker}${name}`;
      }),
      null,
      2,
    );
    if (text.split(`"${marker}`).length - 1 !== names.length) continue;
    const texts: string[] = [];
    const holes: Hole[] = [];
    let from = 0;
    for (;;) {
      const at = text.indexOf(`"${marker}`, from);
      if (at === -1) break;
      const end = text.indexOf('"', at + 1) + 1;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      let spaces = 0;
      while (text[lineStart + spaces] === ' ') spaces += 1;
      texts.push(text.slice(from, at));
      holes.push({ name: text.slice(at + 1 + marker.length, end - 1), level: spaces / 2 });
      from = end;
    }
    texts.push(text.slice(from));
    return { texts, holes };
  }
}
