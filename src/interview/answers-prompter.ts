// The prompter for `init --answers FILE`: the file's answers reach the flow as `given`; every
// other question takes its default. A refused answer cannot be asked again: it ends the run with
// the question id and the reason. Hours warnings are accepted (format.md) and told as notes.
import { AnswerRefused, KEEP_HOURS } from './run-interview.js';
import type { AskContext, Prompter } from './prompter.js';
import type { Question } from './questions.js';

export function createAnswersPrompter(note: (id: string, warnings: string[]) => void): Prompter {
  return {
    warn: note,
    async ask(question: Question, context: AskContext): Promise<unknown> {
      if (question === KEEP_HOURS) {
        note(context.id.replace(/\.keep$/, ''), context.warnings ?? []);
        return true;
      }
      if (context.error !== undefined) throw new AnswerRefused(context.id, context.error);
      return context.default;
    },
  };
}
