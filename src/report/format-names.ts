// The names of the output formats, apart from their code so that argument parsing stays light.
// formats.ts maps each name to its formatter (the type system keeps the two lists equal).
export const FORMAT_NAMES = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
