// wrapText is a hand-written scan for speed; it must wrap exactly as the plain definition does:
// trim, split on newlines, split each paragraph on /\s+/, fill lines greedily to the width.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wrapText } from '../../src/report/wrap-text.js';

function reference(text: string, width: number, indent: string): string {
  const out: string[] = [];
  for (const paragraph of text.trim().split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

const pieces = ['a', 'word', 'Bereikbaarheid', 'x'.repeat(30), ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'é', '→', '9:00–17:00', ''];

describe('wrapText', () => {
  test('wraps as the plain definition does, for any words, whitespace, width and indent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.integer({ min: 1, max: 120 }), fc.constantFrom('', '  ', '    '), (parts, width, indent) => {
        const text = parts.join('');
        expect(wrapText(text, width, indent)).toBe(reference(text, width, indent));
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  test('treats as whitespace exactly what /\\s/ does, over the whole Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `a${ch}b`;
      expect(wrapText(text, 100, ''), `U+${c.toString(16)}`).toBe(reference(text, 100, ''));
    }
  });

  test('a word longer than the width keeps a line of its own; paragraphs stay', () => {
    expect(wrapText('short averyveryverylongword end\n\nnext', 10, '  ')).toBe('  short\n  averyveryverylongword\n  end\n  \n  next');
  });
});
