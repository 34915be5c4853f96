// A prompter that answers from a script, for tests (no module mocking): an id maps to one answer
// or to successive answers for successive attempts; an id not in the script gets its default
// (Enter). `stopAt` throws inquirer's Ctrl-C error at that question.
import type { AskContext, Prompter } from '../../src/interview/prompter.js';
import type { Question } from '../../src/interview/questions.js';

export interface ScriptedPrompter extends Prompter {
  asked: string[];
  errors: Array<{ id: string; error: string }>;
  contexts: Map<string, AskContext>;
}

export function scriptedPrompter(script: Record<string, unknown> = {}, options: { stopAt?: string } = {}): ScriptedPrompter {
  const attempts = new Map<string, number>();
  const asked: string[] = [];
  const errors: Array<{ id: string; error: string }> = [];
  const contexts = new Map<string, AskContext>();
  return {
    asked,
    errors,
    contexts,
    async ask(_question: Question, context: AskContext) {
      if (context.id === options.stopAt) {
        const error = new Error('User force closed the prompt with SIGINT');
        error.name = 'ExitPromptError';
        throw error;
      }
      asked.push(context.id);
      contexts.set(context.id, context);
      if (context.error) errors.push({ id: context.id, error: context.error });
      if (!(context.id in script)) return context.default;
      const answer = script[context.id];
      if (answer instanceof Attempts) {
        const n = attempts.get(context.id) ?? 0;
        attempts.set(context.id, n + 1);
        return answer.values[Math.min(n, answer.values.length - 1)];
      }
      return answer;
    },
  };
}

/** Successive answers to one question: the first is refused, the next one is given, … */
export class Attempts {
  constructor(readonly values: unknown[]) {}
}
