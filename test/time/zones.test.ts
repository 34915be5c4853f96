import { describe, expect, it } from 'vitest';
import { closestZone, countryZone, isKnownZone } from '../../src/time/zones.js';

describe('countryZone', () => {
  it.each([
    ['BE', 'Europe/Brussels'], ['NL', 'Europe/Amsterdam'], ['LU', 'Europe/Luxembourg'], ['FR', 'Europe/Paris'],
    ['DE', 'Europe/Berlin'], ['AT', 'Europe/Vienna'], ['CH', 'Europe/Zurich'], ['IT', 'Europe/Rome'], ['IE', 'Europe/Dublin'],
    ['GB', 'Europe/London'], ['DK', 'Europe/Copenhagen'], ['SE', 'Europe/Stockholm'], ['NO', 'Europe/Oslo'],
    ['FI', 'Europe/Helsinki'], ['PL', 'Europe/Warsaw'], ['CZ', 'Europe/Prague'], ['be', 'Europe/Brussels'],
  ])('%s → %s', (country, zone) => {
    expect(countryZone(country)).toBe(zone);
  });

  it.each(['US', 'CA', 'AU', 'BR', 'RU', 'ES', 'PT', 'MX', 'XX'])('%s has no single zone', (country) => {
    expect(countryZone(country)).toBeUndefined();
  });

  it('names only zones this runtime knows', () => {
    for (const country of ['BE', 'NL', 'DE', 'AR', 'KZ', 'CY', 'IN', 'JP']) expect(isKnownZone(countryZone(country)!)).toBe(true);
  });
});

describe('isKnownZone', () => {
  it.each(['Europe/Brussels', 'UTC', 'Etc/UTC', 'Etc/GMT+1', 'GMT', 'US/Eastern', 'America/Argentina/Buenos_Aires'])('knows %s', (zone) => {
    expect(isKnownZone(zone)).toBe(true);
  });
  it.each(['Europe/Brussel', 'europe/brussels', 'Brussels', '+01:00', '', ' Europe/Brussels', 'CET/Belgium'])('refuses %j', (zone) => {
    expect(isKnownZone(zone)).toBe(false);
  });
});

describe('closestZone', () => {
  it.each([
    ['Europe/Brussel', 'Europe/Brussels'],
    ['europe/brussels', 'Europe/Brussels'],
    ['Europe/Amsterdan', 'Europe/Amsterdam'],
    ['America/New York', 'America/New_York'],
    ['Europ/Brussels', 'Europe/Brussels'],
    ['Brussels', 'Europe/Brussels'],
    ['utc', 'UTC'],
  ])('%s → %s', (written, meant) => {
    expect(closestZone(written)).toBe(meant);
  });
  it('suggests nothing for something far away', () => {
    expect(closestZone('Somewhere/Over the rainbow')).toBeUndefined();
  });
});
