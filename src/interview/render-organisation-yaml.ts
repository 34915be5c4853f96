// The organisation file as YAML: the editor's schema line, then each section with a short
// comment above it. Lists of words and small maps are written inline, hours in double quotes
// (as format.md's example writes them: `;` and `,` read clearly there).
import { Document, isMap, isScalar, visit } from 'yaml';
import type { Lang } from '../model/rule.js';
import { QUESTIONNAIRE } from './questions.js';

const HOURS_KEYS = new Set(['hours', 'staffed']);
const INLINE_KEYS = new Set(['target', 'peak', 'allocation']);

export function renderOrganisationYaml(data: Record<string, unknown>, options: { lang: Lang; schemaPath: string }): string {
  const doc = new Document(data);
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaPath}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const section = QUESTIONNAIRE.find((s) => s.id === pair.key!.toString());
      if (section) pair.key.commentBefore = ` ${section.comment[options.lang]}`;
    }
  }
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (HOURS_KEYS.has(key) && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
      if (INLINE_KEYS.has(key) && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
