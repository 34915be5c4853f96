// Prose wrapped to a terminal width, every line indented; paragraphs (newlines) are kept. Words are
// separated by any run of whitespace (as /\s+/ sees it) and joined by one space; a word longer
// than the width keeps a line of its own. Written as a scan (no regular expression, one join per
// line): a 1,000-file text report wraps some 20,000 paragraphs.
export function wrapText(text: string, width: number, indent: string): string {
  const out: string[] = [];
  const trimmed = text.trim();
  let start = 0;
  for (;;) {
    let end = trimmed.indexOf('\n', start);
    if (end < 0) end = trimmed.length;
    wrapParagraph(splitWords(trimmed, start, end), width, indent, out);
    if (end === trimmed.length) break;
    start = end + 1;
  }
  return out.join('\n');
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
