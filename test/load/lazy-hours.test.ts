// Its own file: vitest runs each file in a fresh process, so the hours library starts unloaded.
import { expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { hoursLibrary } from '../../src/time/hours-library.js';

it('loads the hours library only for a file with an hours field', async () => {
  const base = 'version: 1\norganisation: { name: X, country: BE }\nchannels:\n  - { id: phone, type: phone }\n';
  expect((await loadOrganisation(base, 'a.yaml')).errors).toEqual([]);
  expect(() => hoursLibrary()).toThrow(/before loadHoursLibrary/);
  expect((await loadOrganisation(base.replace('type: phone', 'type: phone, hours: "24/7"'), 'b.yaml')).errors).toEqual([]);
  expect(typeof hoursLibrary()).toBe('function');
});
