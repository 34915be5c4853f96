// The draft: the answers given so far, saved beside the target after every answer so that
// Ctrl-C, a closed terminal or a crash loses nothing. `org.yaml` → `org.yaml.draft.json`:
// visible next to the file it becomes, so that it is found and cleaned up. The CLI reads and
// writes it (init-command.ts); this module only names and (de)serialises it.
import type { Lang } from '../model/rule.js';
import type { Carry } from './build-organisation.js';
import type { Answers } from './questions.js';

export interface Draft {
  draft_version: 1;
  /** the file the questionnaire writes */
  target: string;
  lang: Lang;
  answers: Answers;
  /** from --from: defaults and carried fields, so that a resumed run needs no --from */
  defaults?: Answers;
  carry?: Carry;
  updated: string;
}

export function draftPathFor(target: string): string {
  return `${target}.draft.json`;
}

/** A draft's text → the draft, or the reason it is not one. */
export function parseDraft(text: string, path: string): Draft {
  let draft: Draft;
  try {
    draft = JSON.parse(text) as Draft;
  } catch {
    throw new Error(`${path} is not a contact-audit questionnaire draft (not JSON)`);
  }
  if (draft?.draft_version !== 1 || typeof draft.answers !== 'object' || draft.answers === null) {
    throw new Error(`${path} is not a contact-audit questionnaire draft`);
  }
  return draft;
}

export function serialiseDraft(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

