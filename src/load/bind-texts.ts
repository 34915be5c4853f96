// Message catalogues in English and Dutch (the loader's, the configuration's, the command line's):
// an entry is a function of its arguments per language, and a catalogue is bound to one language
// once. Paths, keys, values and flags are passed in as written and never translated. Every
// catalogue is checked to have a Dutch text of its own for every entry (test/load, test/config,
// test/cli).
import type { Lang } from '../model/rule.js';

type Render<A extends unknown[]> = (...args: A) => string;

export interface Message<A extends unknown[] = never[]> {
  en: Render<A>;
  nl: Render<A>;
}

export function entry<A extends unknown[]>(en: Render<A>, nl: Render<A>): Message<A> {
  return { en, nl };
}

// `any` (not unknown[]): a catalogue's entries take different arguments, and Message is invariant in them.
export type Catalogue = Record<string, Message<any>>;

/** A catalogue in one language: `texts.fileEmpty()` → `het bestand is leeg`. */
export type Texts<C extends Catalogue> = { [K in keyof C]: C[K]['en'] };

/** The catalogue's texts per language, built once per language. */
export function bindTexts<C extends Catalogue>(catalogue: C): (lang?: Lang) => Texts<C> {
  const byLang = new Map<Lang, Texts<C>>();
  return (lang = 'en') => {
    let texts = byLang.get(lang);
    if (!texts) {
      texts = Object.fromEntries(Object.entries(catalogue).map(([id, message]) => [id, message[lang]])) as Texts<C>;
      byLang.set(lang, texts);
    }
    return texts;
  };
}
