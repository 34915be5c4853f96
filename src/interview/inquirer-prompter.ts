// The terminal prompter: inquirer's prompts, loaded only here (start-up stays lean). Answers are
// checked as they are typed with the flow's own check, so a refused answer never leaves the
// prompt; Ctrl-C rejects with inquirer's ExitPromptError and an aborted signal with its
// AbortPromptError (the caller keeps the draft).
import type { AskContext, Prompter } from './prompter.js';
import { formatValue } from './format-value.js';
import type { Question } from './questions.js';

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** aborts the open prompt (a closed terminal) */
  signal?: AbortSignal;
}

type PromptFn = (config: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown>;

export async function createInquirerPrompter(streams: TerminalStreams): Promise<Prompter> {
  const { default: inquirer } = await import('inquirer');
  const prompts = inquirer.prompt.prompts as unknown as Record<'input' | 'confirm' | 'select' | 'checkbox', PromptFn>;
  const context = { input: streams.input, output: streams.output, signal: streams.signal };
  const validate = (ask: AskContext) => (raw: unknown) => {
    const checked = ask.check(raw);
    if (checked.ok) return true;
    return checked.example ? `${checked.message} (${checked.example})` : checked.message;
  };
  return {
    section(title) {
      streams.output.write(`\n== ${title} ==\n`);
    },
    async ask(question: Question, ask: AskContext) {
      if (ask.error) streams.output.write(`! ${ask.error}\n`);
      const message = ask.help ? `${ask.message} (${ask.help})` : ask.message;
      switch (ask.kind) {
        case 'confirm':
          return prompts.confirm({ message, default: ask.default === true }, context);
        case 'select':
          return prompts.select({ message, choices: ask.choices ?? [], default: ask.default, loop: false, pageSize: 12 }, context);
        case 'checkbox': {
          const chosen = Array.isArray(ask.default) ? ask.default : [];
          return prompts.checkbox(
            {
              message,
              choices: (ask.choices ?? []).map((choice) => ({ ...choice, checked: chosen.includes(choice.value) })),
              loop: false,
              pageSize: 20,
              validate: (items: ReadonlyArray<{ value: string }>) => validate(ask)(items.map((item) => item.value)),
            },
            context,
          );
        }
        default:
          return prompts.input({ message, default: formatValue(ask.default), validate: validate(ask) }, context);
      }
    },
  };
}
