import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCoverage, computeCoverageUncached } from '../../src/time/compute-coverage.js';
import { loadHoursLibrary } from '../../src/time/hours-library.js';
import { makeOrg } from './make-org.js';

const HOUR = 3_600_000;
const BE = { country: 'BE', region: 'Vlaanderen', timezone: 'Europe/Brussels' };

beforeAll(async () => {
  await loadHoursLibrary();
});

describe('computeCoverage: the week', () => {
  it('analyses Monday to Sunday in the organisation zone', () => {
    const coverage = computeCoverage(makeOrg(BE, [{ id: 'phone', hours: 'Mo-Fr 08:00-18:00' }]), '2026-11-26');
    expect(coverage).toMatchObject({ timezone: 'Europe/Brussels', week_start: '2026-11-23', week_end: '2026-11-29' });
    expect(coverage.week).toEqual({ start: Date.UTC(2026, 10, 22, 23), end: Date.UTC(2026, 10, 29, 23) });
    expect(coverage.channels.phone.published_minutes).toBe(5 * 10 * 60);
  });

  it('counts a 24/7 week with the spring change as 167 hours and with the autumn change as 169', () => {
    const org = makeOrg(BE, [{ id: 'whatsapp', type: 'whatsapp', hours: '24/7' }], [{ id: 'team', channels: ['whatsapp'] }]);
    const spring = computeCoverage(org, '2026-03-29');
    expect(spring.week_start).toBe('2026-03-23');
    expect(spring.week.end - spring.week.start).toBe(167 * HOUR);
    expect(spring.channels.whatsapp.published_minutes).toBe(167 * 60);
    expect(spring.channels.whatsapp.unstaffed_minutes).toBe(0);
    const autumn = computeCoverage(org, '2026-10-25');
    expect(autumn.week.end - autumn.week.start).toBe(169 * HOUR);
    expect(autumn.channels.whatsapp.published_minutes).toBe(169 * 60);
  });

  it('moves an offshore team\'s gap by an hour between winter and summer', () => {
    // Manila is UTC+8 all year: 14:00-23:00 there is 07:00-16:00 in Brussels in winter (UTC+1)
    // and 08:00-17:00 in summer (UTC+2); the phone is published 08:00-18:00.
    const org = makeOrg(BE, [{ id: 'phone', hours: 'Mo-Fr 08:00-18:00' }], [
      { id: 'manila', channels: ['phone'], hours: 'Mo-Fr 14:00-23:00', timezone: 'Asia/Manila' },
    ]);
    const winter = computeCoverage(org, '2026-01-14').channels.phone;
    expect(winter.staffed_source).toBe('teams');
    expect(winter.staffed_minutes).toBe(5 * 8 * 60);
    expect(winter.unstaffed_minutes).toBe(5 * 2 * 60);
    expect(winter.unstaffed_slots?.[0]).toEqual({ date: '2026-01-12', weekday: 'Mo', from: '16:00', to: '18:00', minutes: 120 });
    const summer = computeCoverage(org, '2026-07-15').channels.phone;
    expect(summer.unstaffed_minutes).toBe(5 * 60);
    expect(summer.unstaffed_slots).toHaveLength(5);
    expect(summer.unstaffed_slots?.[4]).toEqual({ date: '2026-07-17', weekday: 'Fr', from: '17:00', to: '18:00', minutes: 60 });
  });

  it('lets a team in Paramaribo (UTC-3) cover evenings across midnight in Brussels', () => {
    // Paramaribo 14:00-20:00 (17:00-23:00 UTC) is 18:00-24:00 in Brussels in winter; the chat is open 08:00-24:00.
    const org = makeOrg(BE, [{ id: 'chat', type: 'webchat', hours: 'Mo-Fr 08:00-24:00' }], [
      { id: 'day', channels: ['chat'], hours: 'Mo-Fr 08:00-18:00' },
      { id: 'sr', channels: ['chat'], hours: 'Mo-Fr 14:00-20:00', timezone: 'America/Paramaribo' },
    ]);
    const chat = computeCoverage(org, '2026-02-04').channels.chat;
    expect(chat.staffed_minutes).toBe(5 * 16 * 60);
    expect(chat.unstaffed_minutes).toBe(0);
    // In summer Brussels is UTC+2: the Suriname team works 19:00-01:00 there, so 18:00-19:00 is open, unstaffed.
    const summer = computeCoverage(org, '2026-07-15').channels.chat;
    expect(summer.unstaffed_minutes).toBe(5 * 60);
    expect(summer.unstaffed_slots?.[0]).toEqual({ date: '2026-07-13', weekday: 'Mo', from: '18:00', to: '19:00', minutes: 60 });
  });

  it('lets a team without hours cover the published hours fully', () => {
    const org = makeOrg(BE, [{ id: 'phone', hours: 'Mo-Fr 08:00-18:00' }], [{ id: 'all', channels: ['phone'] }]);
    const phone = computeCoverage(org, '2026-11-26').channels.phone;
    expect(phone).toMatchObject({ staffed_source: 'teams', published_minutes: 3000, staffed_minutes: 3000, unstaffed_minutes: 0, unstaffed_slots: [] });
  });

  it('intersects staffed time with the published hours', () => {
    const org = makeOrg(BE, [
      { id: 'wide', hours: 'Mo-Fr 09:00-17:00', staffed: 'Mo-Fr 08:00-18:00' },
      { id: 'mornings', hours: 'Mo-Fr 09:00-17:00', staffed: 'Mo-Sa 08:00-12:00' },
    ]);
    const { wide, mornings } = computeCoverage(org, '2026-11-26').channels;
    expect(wide).toMatchObject({ staffed_source: 'staffed', staffed_minutes: 2400, unstaffed_minutes: 0 });
    expect(mornings).toMatchObject({ staffed_minutes: 5 * 3 * 60, unstaffed_minutes: 5 * 5 * 60 });
    expect(mornings.unstaffed_slots?.[0]).toEqual({ date: '2026-11-23', weekday: 'Mo', from: '12:00', to: '17:00', minutes: 300 });
  });

  it('leaves staffed time unknown without `staffed` and without a team', () => {
    const org = makeOrg(BE, [
      { id: 'phone', hours: 'Mo-Fr 08:00-18:00' },
      { id: 'email', type: 'email' },
    ], [{ id: 'writers', channels: ['email'], hours: 'Mo-Fr 09:00-17:00' }]);
    const { phone, email } = computeCoverage(org, '2026-11-26').channels;
    expect(phone.staffed_source).toBe('unknown');
    expect(phone.staffed).toBeUndefined();
    expect(phone.unstaffed_minutes).toBeUndefined();
    expect(phone.holidays).toBeUndefined();
    expect(phone.published_minutes).toBe(3000);
    expect(email).toMatchObject({ staffed_source: 'teams', staffed_minutes: 2400 });
    expect(email.published).toBeUndefined();
    expect(email.unstaffed).toBeUndefined();
  });

  it('reports a slot that runs to midnight as 24:00', () => {
    const org = makeOrg(BE, [{ id: 'chat', hours: 'Mo-Su 08:00-24:00', staffed: 'Mo-Su 08:00-22:00' }]);
    const chat = computeCoverage(org, '2026-11-26').channels.chat;
    expect(chat.unstaffed_slots?.[0]).toEqual({ date: '2026-11-23', weekday: 'Mo', from: '22:00', to: '24:00', minutes: 120 });
    expect(chat.unstaffed_slots?.[6]).toMatchObject({ date: '2026-11-29', weekday: 'Su' });
  });

  it('treats an hours string that cannot be evaluated as unknown, without throwing', () => {
    const org = makeOrg({ timezone: 'Europe/Brussels' }, [{ id: 'phone', hours: 'Mo-Fr 08:00-18:00; PH off', staffed: 'Mo-Fr 25:00-26:00' }]);
    const phone = computeCoverage(org, '2026-11-26').channels.phone;
    expect(phone.published).toBeUndefined();
    expect(phone.staffed).toBeUndefined();
  });
});

describe('computeCoverage: public holidays', () => {
  const belgianYear = [
    ['2026-12-25', 'Kerstmis - Noël'], ['2027-01-01', 'Nieuwjaar - Nouvel An'], ['2027-03-29', 'Paasmaandag - Lundi de Pâques'],
    ['2027-05-01', 'Dag van de Arbeid - Fête du travail'], ['2027-05-06', 'Hemelvaartsdag - Ascension'],
    ['2027-05-17', 'Pinkstermaandag - Lundi de Pentecôte'], ['2027-07-21', 'Nationale feestdag - Fête nationale'],
    ['2027-08-15', 'Tenhemelopneming - Assomption'], ['2027-11-01', 'Allerheiligen - Toussaint'], ['2027-11-11', 'Wapenstilstand - Armistice'],
  ];

  it('lists the Belgian holidays on which the channel is open and the team is off', () => {
    const org = makeOrg(BE, [{ id: 'phone', hours: 'Mo-Su 08:00-20:00' }], [
      { id: 'front', channels: ['phone'], hours: 'Mo-Fr 08:00-17:00; PH off' },
    ]);
    const phone = computeCoverage(org, '2026-12-21').channels.phone;
    // Week 21-27 December: open 7 × 12 h; staffed Monday to Thursday 9 h (Friday 25th is Christmas).
    expect(phone.published_minutes).toBe(7 * 12 * 60);
    expect(phone.staffed_minutes).toBe(4 * 9 * 60);
    expect(phone.unstaffed_minutes).toBe(7 * 12 * 60 - 4 * 9 * 60);
    // Every holiday from 2026-12-21 to 2027-12-20 is open 12 h and not staffed at all.
    expect(phone.holidays).toEqual(belgianYear.map(([date, name]) => ({ date, name, unstaffed_minutes: 720 })));
  });

  it('finds no holiday gap when the published hours say PH off', () => {
    const org = makeOrg(BE, [{ id: 'phone', hours: 'Mo-Su 08:00-20:00; PH off' }], [
      { id: 'front', channels: ['phone'], hours: 'Mo-Fr 08:00-17:00; PH off' },
    ]);
    const phone = computeCoverage(org, '2026-12-21').channels.phone;
    expect(phone.holidays).toEqual([]);
    expect(phone.published_minutes).toBe(6 * 12 * 60);
  });

  it('counts only the uncovered part of a holiday', () => {
    const org = makeOrg(BE, [{ id: 'phone', hours: 'Mo-Fr 08:00-18:00' }], [
      { id: 'front', channels: ['phone'], hours: 'Mo-Fr 08:00-18:00; PH 10:00-14:00' },
    ]);
    const holidays = computeCoverage(org, '2026-12-21').channels.phone.holidays ?? [];
    // Weekday holidays only (the phone is closed at weekends): 10 h open, 4 h staffed.
    expect(holidays.map((h) => h.date)).toEqual(['2026-12-25', '2027-01-01', '2027-03-29', '2027-05-06', '2027-05-17', '2027-07-21', '2027-11-01', '2027-11-11']);
    expect(new Set(holidays.map((h) => h.unstaffed_minutes))).toEqual(new Set([360]));
  });

  it('uses the Dutch holidays, and the region for school holidays', () => {
    const NL = { country: 'NL', region: 'midden', timezone: 'Europe/Amsterdam' };
    const org = makeOrg(NL, [{ id: 'phone', hours: 'Mo-Fr 09:00-17:00' }], [
      { id: 'front', channels: ['phone'], hours: 'Mo-Fr 09:00-17:00; SH off; PH off' },
    ]);
    const coverage = computeCoverage(org, '2026-04-01');
    // Weekday holidays from 2026-04-01 to 2027-03-31; Tweede Kerstdag 2026 is a Saturday.
    expect(coverage.channels.phone.holidays?.map((h) => [h.date, h.name, h.unstaffed_minutes])).toEqual([
      ['2026-04-03', 'Goede vrijdag', 480], ['2026-04-06', 'Tweede Paasdag', 480], ['2026-04-27', 'Koningsdag', 480],
      ['2026-05-05', 'Bevrijdingsdag', 480], ['2026-05-14', 'Hemelvaartsdag', 480], ['2026-05-25', 'Tweede Pinksterdag', 480],
      ['2026-12-25', 'Eerste Kerstdag', 480], ['2027-01-01', 'Nieuwjaarsdag', 480],
      ['2027-03-26', 'Goede vrijdag', 480], ['2027-03-29', 'Tweede Paasdag', 480],
    ]);
    // Summer holidays, region midden: 18 July to 30 August 2026.
    expect(computeCoverage(org, '2026-07-15').channels.phone.unstaffed_minutes).toBe(0);
    expect(computeCoverage(org, '2026-07-22').channels.phone.unstaffed_minutes).toBe(5 * 8 * 60);
  });

  it('has no holiday list without a country', () => {
    const org = makeOrg({ timezone: 'Europe/Brussels' }, [{ id: 'phone', hours: 'Mo-Fr 08:00-18:00', staffed: 'Mo-Fr 09:00-17:00' }]);
    const phone = computeCoverage(org, '2026-11-26').channels.phone;
    expect(phone.unstaffed_minutes).toBe(5 * 2 * 60);
    expect(phone.holidays).toBeUndefined();
  });
});

describe('computeCoverage: answers shared across organisations', () => {
  beforeAll(async () => {
    await loadHoursLibrary();
  });

  // Organisations drawn from a few hours, rosters, zones, countries and dates, so that most
  // channel questions repeat: every answer must still be the one computed for that channel alone.
  const HOURS = ['Mo-Fr 08:00-18:00; PH off', 'Mo-Fr 08:00-18:00; SH off', 'Mo-Su 22:00-02:00', 'bogus'];
  const ZONES = ['Europe/Brussels', 'Asia/Manila'];
  const PLACES = [{ country: 'BE' }, { country: 'NL', region: 'noord' }, { country: 'NL', region: 'midden' }, {}];
  const pick = <T,>(list: readonly T[]) => fc.constantFrom(...list);
  const sometimes = <T,>(arb: fc.Arbitrary<T>, weight: number) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 - weight }, { arbitrary: arb, weight });

  it('gives every channel the answer computed for it alone', () => {
    const org = fc
      .record({
        zone: pick(ZONES),
        place: pick(PLACES),
        channels: fc.array(fc.record({ hours: sometimes(pick(HOURS), 3), staffed: sometimes(pick(HOURS), 1) }), { minLength: 1, maxLength: 3 }),
        teams: fc.array(fc.record({ hours: sometimes(pick(HOURS), 3), timezone: sometimes(pick(ZONES), 2), serves: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }) }), { maxLength: 2 }),
      })
      .map(({ zone, place, channels, teams }) =>
        makeOrg(
          { timezone: zone, ...place },
          channels.map((c, i) => ({ id: `c${i}`, ...c })),
          teams.map((t, i) => ({ id: `t${i}`, hours: t.hours, timezone: t.timezone, channels: t.serves.map((n) => `c${n}`) })),
        ),
      );
    fc.assert(
      fc.property(fc.array(fc.tuple(org, pick(['2026-07-13', '2026-12-24'])), { minLength: 2, maxLength: 8 }), (orgs) => {
        for (const [o, date] of orgs) expect(computeCoverage(o, date)).toEqual(computeCoverageUncached(o, date));
      }),
      { numRuns: 150 },
    );
  });

  it('tells apart questions that differ only in a team\'s zone', () => {
    const roster = (timezone?: string) =>
      makeOrg({ country: 'BE' }, [{ id: 'phone', hours: 'Mo-Su 00:00-24:00' }], [{ id: 'team', hours: 'Mo-Fr 08:00-18:00', timezone, channels: ['phone'] }]);
    const home = computeCoverage(roster(), '2026-06-15').channels.phone;
    const manila = computeCoverage(roster('Asia/Manila'), '2026-06-15').channels.phone;
    expect(manila).toEqual(computeCoverageUncached(roster('Asia/Manila'), '2026-06-15').channels.phone);
    expect(manila.staffed).not.toEqual(home.staffed);
  });

  it('hands out one shared answer that the types keep anyone from changing, all the way down', () => {
    const o = makeOrg({ country: 'BE' }, [{ id: 'phone', hours: 'Mo-Fr 08:00-20:00', staffed: 'Mo-Fr 09:00-17:00' }]);
    const first = computeCoverage(o, '2026-06-15').channels.phone;
    // Not frozen (frozen and fresh lists in the same code made V8 compile it again and again:
    // BENCHMARKS.md), but read-only to the compiler: npm test type-checks these lines.
    const attempts = () => {
      // @ts-expect-error: a list of intervals cannot grow
      first.unstaffed!.push({ start: 0, end: 1 });
      // @ts-expect-error: an interval cannot change
      first.staffed![0].end = 0;
      // @ts-expect-error: a slot cannot change
      first.unstaffed_slots![0].minutes = 0;
      // @ts-expect-error: a holiday cannot change
      first.holidays![0].unstaffed_minutes = 0;
      // @ts-expect-error: a figure cannot change
      first.unstaffed_minutes = 0;
    };
    expect(attempts).toBeTypeOf('function');
    expect(computeCoverage(o, '2026-06-15').channels.phone).toBe(first);
    expect(first).toEqual(computeCoverageUncached(o, '2026-06-15').channels.phone);
  });
});
