// Every question's check: one answer it takes (and what it keeps) and one it refuses, with the
// reason and an example. The table must name every question (the first test pins that).
import { beforeAll, describe, expect, it } from 'vitest';
import { allQuestions, resolveId, type Answers, type QuestionContext } from '../../src/interview/questions.js';
import { loadHoursLibrary } from '../../src/time/hours-library.js';

const EARLIER: Answers = {
  'organisation.country': 'BE',
  channels: ['phone', 'webchat', 'facebook'],
  'channel.phone.id': 'phone',
  'channel.webchat.id': 'chat',
  'channel.facebook.id': 'facebook',
  'team.1.id': 'front',
  'contact_type.1.id': 'final-bill',
};

// id → [taken, kept as, refused (undefined: every value of the kind is an answer)]
const CASES: Record<string, [unknown, unknown, unknown]> = {
  'organisation.name': ['  Acme  ', 'Acme', '   '],
  'organisation.country': ['nl', 'NL', 'Belgium'],
  'organisation.region': ['Vlaanderen', 'Vlaanderen', undefined],
  'organisation.timezone': ['Europe/Brussels', 'Europe/Brussels', 'Europe/Brusels'],
  'organisation.languages': ['nl, FR', ['nl', 'fr'], 'nl, xx'],
  'organisation.customer_view': ['unified', 'unified', 'one'],
  'organisation.knowledge_base': ['per-channel', 'per-channel', 'yes'],
  'organisation.tone_of_voice': ['none', 'none', 'shared-ish'],
  channels: [['email', 'phone'], ['phone', 'email'], []],
  'organisation.phone_numbers': ['3', 3, '-1'],
  'channel.{type}.id': ['front-nl', 'front-nl', 'Phone Main'],
  'channel.{type}.owner': ['marketing', 'marketing', 'hr'],
  'channel.{type}.inbound': ['no', false, 'maybe'],
  'channel.{type}.redirect': ['See the webchat', 'See the webchat', ''],
  'channel.{type}.hours': ['Mo-Fr 08:00-20:00; PH off', 'Mo-Fr 08:00-20:00; PH off', 'Mo-Fr 25:00-26:00'],
  'channel.{type}.target.answered': ['0.8', '80%', '80'],
  'channel.{type}.target.within': ['20s', '20s', '20'],
  'channel.{type}.visibility': ['when-agents-available', 'when-agents-available', 'sometimes'],
  'channel.{type}.answered': ['12.5%', '12.5%', '120%'],
  'channel.{type}.monitored': ['ja', true, 'often'],
  'channel.{type}.promise': ['2h', '2h', 'two hours'],
  'channel.{type}.promise_kept': ['', '', 'most'],
  teams: [true, true, 'perhaps'],
  'team.{n}.id': ['front-nl', 'front-nl', 'Front NL'],
  'team.{n}.agents': ['4,5', 4.5, '0'],
  'team.{n}.shrinkage': ['30%', '30%', ''],
  'team.{n}.channels': ['phone, chat', ['phone', 'chat'], ['fax']],
  'team.{n}.hours': ['', '', 'PH 09:00-12:00 in the summer'],
  'team.{n}.languages': [['nl'], ['nl'], 'dutch'],
  'team.{n}.training': [['writing'], ['writing'], ['typing']],
  'team.{n}.more': ['no', false, 'later'],
  'policies.social_media': [false, false, 'sort of'],
  'policies.social_media.reviewed': ['2025-03-01', '2025-03-01', '1/3/2025'],
  'policies.social_media.covers': [['escalation'], ['escalation'], ['everything']],
  'policies.coaching': ['yes', true, 'weekly'],
  'monitoring.social_listening': ['n', false, 'hmm'],
  'monitoring.social_listening.tool': ['Coosto', 'Coosto', undefined],
  'monitoring.social_listening.hours': ['24/7', '24/7', 'Mo-Fr 08:00-'],
  'monitoring.escalation_procedure': ['true', true, 'no idea'],
  contact_types: ['yes', true, 'a few'],
  'contact_type.{n}.id': ['final-bill', 'final-bill', 'final_bill'],
  'contact_type.{n}.label': ['Final bill', 'Final bill', undefined],
  'contact_type.{n}.complexity': ['complex', 'complex', 'hard'],
  'contact_type.{n}.channels': [['chat'], ['chat'], []],
  'contact_type.{n}.more': [false, false, 'x'],
};

function contextFor(id: string): QuestionContext {
  const type = id.includes('{type}') ? (id.includes('promise') ? 'callback' : 'phone') : undefined;
  const answers: Answers = { ...EARLIER };
  if (type === 'callback') answers['channel.callback.id'] = 'callback';
  return { lang: 'en', answers, today: '2026-01-05', type, n: id.includes('{n}') ? 1 : undefined };
}

describe('question checks', () => {
  beforeAll(async () => {
    await loadHoursLibrary();
  });

  it('cover every question', () => {
    expect(Object.keys(CASES).sort()).toEqual(allQuestions().map((q) => q.id).sort());
  });

  for (const question of allQuestions()) {
    const [taken, kept, refused] = CASES[question.id] ?? [];
    it(`${question.id}: takes ${JSON.stringify(taken)}${refused === undefined ? '' : `, refuses ${JSON.stringify(refused)}`}`, () => {
      const ctx = contextFor(question.id);
      const accepted = question.check(taken, ctx);
      expect(accepted).toMatchObject({ ok: true, value: kept });
      if (refused !== undefined) {
        const result = question.check(refused, ctx);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(5);
      }
      // The default is always an answer the check takes (Enter never fails).
      expect(question.check(question.default(ctx), ctx).ok, resolveId(question.id, ctx)).toBe(true);
    });
  }

  it('refuses a share without % with the hint to write it', () => {
    const q = allQuestions().find((x) => x.id === 'channel.{type}.target.answered')!;
    const result = q.check('80', contextFor(q.id));
    expect(result).toMatchObject({ ok: false, example: '80%' });
    if (!result.ok) expect(result.message).toContain('80%');
  });

  it('refuses hours with the parser reason and an example, and PH without a country', () => {
    const q = allQuestions().find((x) => x.id === 'channel.{type}.hours')!;
    const bad = q.check('Mo-Fr 25:00-26:00', contextFor(q.id));
    expect(bad).toMatchObject({ ok: false, example: 'Mo-Fr 08:00-20:00; Sa 09:00-13:00; PH off' });
    const ctx = contextFor(q.id);
    delete ctx.answers['organisation.country'];
    const noCountry = q.check('Mo-Fr 09:00-17:00; PH off', ctx);
    expect(noCountry.ok).toBe(false);
    if (!noCountry.ok) expect(noCountry.message).toMatch(/country/i);
  });

  it('takes hours with a warning but hands the warning on (a missing ";")', () => {
    const q = allQuestions().find((x) => x.id === 'channel.{type}.hours')!;
    const result = q.check('Mo-Fr 08:00-18:00 PH off', contextFor(q.id));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings?.join(' ')).toMatch(/";" is probably missing/);
  });

  it('refuses an id used before in the same list, and suggests one for a name', () => {
    const q = allQuestions().find((x) => x.id === 'team.{n}.id')!;
    const ctx: QuestionContext = { lang: 'nl', answers: { 'team.1.id': 'front' }, today: '2026-01-05', n: 2 };
    expect(q.check('front', ctx)).toMatchObject({ ok: false });
    expect(q.check('Front NL', ctx)).toMatchObject({ ok: false, example: 'front-nl' });
  });
});
