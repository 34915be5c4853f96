// The opening_hours library, loaded on first need: most of start-up does not need it, and it is
// the largest module we bundle (style.md: the hours library only when needed).
import type OpeningHours from 'opening_hours';

type OpeningHoursClass = typeof OpeningHours;
let loaded: OpeningHoursClass | undefined;

export async function loadHoursLibrary(): Promise<OpeningHoursClass> {
  if (!loaded) {
    const module = (await import('opening_hours')) as unknown as { default: OpeningHoursClass | { default: OpeningHoursClass } };
    const exported = module.default;
    loaded = 'default' in exported && typeof exported.default === 'function' ? exported.default : (exported as OpeningHoursClass);
  }
  return loaded;
}

/** The library, once loadHoursLibrary() has resolved; throws (a bug) before that. */
export function hoursLibrary(): OpeningHoursClass {
  if (!loaded) throw new Error('internal: the hours library is used before loadHoursLibrary()');
  return loaded;
}
