// Prose wrapped to a terminal width, every line indented; paragraphs (newlines) are kept. Words are
// separated by any run of whitespace (as /\s+/ sees it) and joined by one space; a word longer
// than the width keeps a line of its own. Written for speed (a 1,000-file text report wraps some
// 20,000 paragraphs): lines are slices of a plain paragraph, else words found by a scan; checked
// against the plain definition by a property test.
export function wrapText(text: string, width: number, indent: string): string {
  const out: string[] = [];
  const trimmed = text.trim();
  let start = 0;
  for (;;) {
    let end = trimmed.indexOf('\n', start);
    if (end < 0) end = trimmed.length;
    const paragraph = trimmed.slice(start, end);
    if (isPlain(paragraph)) wrapPlainParagraph(paragraph, width, indent, out);
    else wrapParagraph(splitWords(trimmed, start, end), width, indent, out);
    if (end === trimmed.length) break;
    start = end + 1;
  }
  return out.join('\n');
}

// Words apart by single spaces, nothing else: most messages. Lines are then slices of the text.
// (As !/[^\S ]| {2}|^ | $/.test(paragraph), read once: the expression was a tenth of the report.)
function isPlain(paragraph: string): boolean {
  const last = paragraph.length - 1;
  if (last < 0 || paragraph.charCodeAt(0) === SPACE || paragraph.charCodeAt(last) === SPACE) return false;
  for (let i = 0; i <= last; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === SPACE) {
      if (paragraph.charCodeAt(i + 1) === SPACE) return false;
    } else if ((c <= SPACE || c >= 0xa0) && isWhitespace(c)) return false;
  }
  return true;
}

const SPACE = 0x20;

function wrapPlainParagraph(paragraph: string, width: number, indent: string, out: string[]): void {
  let lineStart = 0;
  let wordStart = 0;
  for (;;) {
    const space = paragraph.indexOf(' ', wordStart);
    const wordEnd = space < 0 ? paragraph.length : space;
    // The line with this word: indent, the words so far, a space, the word.
    if (wordStart > lineStart && indent.length + (wordEnd - lineStart) > width) {
      out.push(indent + paragraph.slice(lineStart, wordStart - 1));
      lineStart = wordStart;
    }
    if (space < 0) break;
    wordStart = space + 1;
  }
  out.push(indent + paragraph.slice(lineStart));
}

function wrapParagraph(words: string[], width: number, indent: string, out: string[]): void {
  let first = 0;
  let length = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    if (k > first && indent.length + length + 1 + word.length > width) {
      out.push(indent + words.slice(first, k).join(' '));
      first = k;
      length = word.length;
    } else length = k === first ? word.length : length + 1 + word.length;
  }
  out.push(indent + words.slice(first).join(' '));
}

function splitWords(text: string, from: number, to: number): string[] {
  const words: string[] = [];
  let wordStart = -1;
  for (let i = from; i < to; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (wordStart >= 0) words.push(text.slice(wordStart, i));
      wordStart = -1;
    } else if (wordStart < 0) wordStart = i;
  }
  if (wordStart >= 0) words.push(text.slice(wordStart, to));
  return words;
}

/** What /\s/ matches: ASCII and Unicode spaces, line and paragraph separators, the BOM. */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
