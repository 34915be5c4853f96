// Realistic organisation files for `npm run bench`, from a seeded generator: the same seed gives
// the same files on every machine, so runs compare. Small files look like
// fixtures/energie-vlaanderen.yaml (a handful of channels of every family, a team or two, hours
// drawn from what organisations really publish, social fields); the large one is a federation of
// 500 channels and 200 teams.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, good-enough seeded generator (no dependency for a benchmark). */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const some = (list, min, max) => {
    const copy = [...list];
    const count = Math.min(copy.length, int(min, max));
    const out = [];
    for (let i = 0; i < count; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, some };
}

// What contact centres publish: common weekday ranges, Saturday mornings, split days, holidays
// closed, round the clock, a night line; a few with the mistakes the hours rules look for.
const HOURS = [
  'Mo-Fr 08:00-20:00; Sa 09:00-13:00; PH off',
  'Mo-Fr 08:00-20:00',
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-17:00; PH off',
  'Mo-Fr 08:30-17:30; PH off',
  'Mo-Fr 08:00-18:00; Sa 09:00-12:00',
  'Mo-Fr 08:00-12:00,13:00-17:00; PH off',
  'Mo-Th 08:00-18:00; Fr 08:00-16:00; PH off',
  'Mo-Sa 08:00-22:00; PH off',
  'Mo-Su 07:00-23:00',
  'Mo-Fr 07:00-21:00; Sa,Su 09:00-17:00; PH 10:00-14:00',
  '24/7',
  'Mo-Su 22:00-02:00',
  'Mo-Fr 09:00-12:00; We off',
  'Mo-Fr 10:00-16:00; Dec 24-26 off; PH off',
];
const TEAM_HOURS = [
  'Mo-Fr 08:00-17:00',
  'Mo-Fr 09:00-17:00; PH off',
  'Mo-Fr 12:00-20:00',
  'Sa 09:00-13:00',
  'Mo-Fr 08:00-16:00; Sa 09:00-13:00; PH off',
  'Mo-Su 00:00-24:00',
  'Mo-Fr 07:00-15:00,15:30-19:00',
];
const FAMILIES = {
  voice: ['phone', 'callback', 'ivr', 'video'],
  written: ['email', 'webform', 'letter', 'webchat', 'app'],
  messaging: ['whatsapp', 'messenger', 'sms'],
  social: ['facebook', 'x', 'instagram', 'linkedin', 'youtube', 'tiktok', 'community'],
};
const OWNERS = ['contact-center', 'contact-center', 'contact-center', 'marketing', 'communications', 'sales', 'it', 'outsourced', 'other'];
const TRAINING = ['writing', 'social-media', 'tone-of-voice', 'de-escalation', 'product'];
const COVERS = ['tone-of-voice', 'language', 'escalation', 'response-times', 'personal-use'];
const PLACES = [
  { country: 'BE', region: 'Vlaanderen', timezone: 'Europe/Brussels', languages: ['nl', 'fr'] },
  { country: 'BE', timezone: 'Europe/Brussels', languages: ['nl', 'fr', 'de'] },
  { country: 'NL', timezone: 'Europe/Amsterdam', languages: ['nl'] },
  { country: 'NL', languages: ['nl', 'en'] },
  { country: 'DE', timezone: 'Europe/Berlin', languages: ['de'] },
  { country: 'FR', timezone: 'Europe/Paris', languages: ['fr'] },
];
const NAMES = ['Energie', 'Water', 'Telecom', 'Verzekeringen', 'Bank', 'Woningen', 'Vervoer', 'Zorg', 'Gemeente', 'Post'];
const SUFFIX = ['Vlaanderen', 'Nederland', 'Direct', 'Plus', 'Noord', 'Zuid', 'Groep', 'Online'];

const q = (s) => JSON.stringify(s);
const share = (r, min, max) => `${r.int(min, max)}%`;

function channelLines(r, id, type, family) {
  const lines = [`  - id: ${id}`, `    type: ${type}`, `    owner: ${family === 'social' ? r.pick(['marketing', 'communications', 'contact-center']) : r.pick(OWNERS)}`];
  if (r.chance(0.15)) lines.push(`    label: ${q(`${type} ${id}`)}`);
  const inbound = !(family === 'social' && r.chance(0.2));
  if (!inbound) {
    lines.push('    inbound: false', `    redirect: ${q('Questions go to the webchat')}`, `    monitored: ${r.chance(0.5)}`);
    return lines;
  }
  if (family !== 'social' && type !== 'letter' && r.chance(0.85)) lines.push(`    hours: ${q(r.pick(HOURS))}`);
  if (family === 'social' && r.chance(0.3)) lines.push(`    hours: ${q(r.pick(HOURS))}`);
  if (r.chance(0.15)) lines.push(`    staffed: ${q(r.pick(TEAM_HOURS))}`);
  if (type === 'webchat') {
    lines.push(`    visibility: ${r.pick(['always', 'scheduled', 'when-agents-available'])}`);
    if (r.chance(0.6)) lines.push(`    concurrency: ${r.int(1, 3)}`);
  }
  if (family === 'voice' && type !== 'callback') {
    if (r.chance(0.8)) lines.push(`    target: { answered: ${share(r, 70, 95)}, within: ${r.pick(['20s', '30s', '60s', '2m'])} }`);
    if (r.chance(0.7)) lines.push(`    peak: { contacts_per_hour: ${r.int(20, 400)}, handle_time: ${r.pick(['3m', '4m', '5m', '6m', '8m', '240s'])} }`);
  }
  if (type === 'webchat' && r.chance(0.5)) {
    lines.push(`    target: { answered: ${share(r, 75, 95)}, within: ${r.pick(['30s', '1m', '2m'])} }`);
    lines.push(`    peak: { contacts_per_hour: ${r.int(10, 150)}, handle_time: ${r.pick(['6m', '8m', '10m'])} }`);
  }
  if (type === 'callback') lines.push(`    promise: ${r.pick(['1h', '2h', '4h', '1d'])}`, `    promise_kept: ${share(r, 50, 99)}`);
  if (family === 'messaging' || family === 'social' || type === 'email') {
    if (r.chance(0.6)) lines.push(`    target: { answered: ${share(r, 80, 99)}, within: ${r.pick(['1h', '4h', '24h', '2d'])} }`);
    if (r.chance(0.7)) lines.push(`    answered: ${share(r, 5, 100)}`);
    if (family === 'social') lines.push(`    monitored: ${r.chance(0.6)}`);
  }
  if (r.chance(0.3)) lines.push(`    purpose: [${r.some(['service', 'sales', 'marketing', 'recruitment'], 1, 2).join(', ')}]`);
  return lines;
}

function teamLines(r, id, channelIds, place, teamCount) {
  const handled = r.some(channelIds, 1, Math.min(6, channelIds.length));
  const lines = [`  - id: ${id}`, `    agents: ${r.int(2, 60)}`];
  if (r.chance(0.8)) lines.push(`    shrinkage: ${share(r, 15, 40)}`);
  lines.push(`    channels: [${handled.join(', ')}]`);
  if (handled.length > 1 && r.chance(0.3)) lines.push(`    allocation: { ${handled[0]}: ${share(r, 30, 70)} }`);
  if (r.chance(0.85)) lines.push(`    hours: ${q(r.pick(TEAM_HOURS))}`);
  if (teamCount > 1 && r.chance(0.1)) lines.push(`    timezone: ${r.pick(['Africa/Casablanca', 'Europe/Lisbon', 'Asia/Manila'])}`);
  lines.push(`    languages: [${r.some(place.languages, 1, place.languages.length).join(', ')}]`);
  if (r.chance(0.8)) lines.push(`    training: [${r.some(TRAINING, 0, 4).join(', ')}]`);
  return lines;
}

/** One organisation file as YAML text. */
export function generateOrganisation(r, { channels: channelCount, teams: teamCount, name }) {
  const place = r.pick(PLACES);
  const lines = [
    '# Generated by scripts/bench-files.mjs (seeded): a benchmark input, not a real organisation.',
    'version: 1',
    'organisation:',
    `  name: ${q(name ?? `${r.pick(NAMES)} ${r.pick(SUFFIX)}`)}`,
    `  country: ${place.country}`,
  ];
  if (place.region) lines.push(`  region: ${place.region}`);
  if (place.timezone) lines.push(`  timezone: ${place.timezone}`);
  lines.push(`  languages: [${place.languages.join(', ')}]`);
  for (const key of ['customer_view', 'knowledge_base', 'tone_of_voice']) {
    if (r.chance(0.8)) lines.push(`  ${key}: ${key === 'customer_view' ? r.pick(['unified', 'per-channel', 'none']) : r.pick(['shared', 'per-channel', 'none'])}`);
  }
  if (r.chance(0.8)) lines.push(`  phone_numbers: ${r.int(0, 5)}`);

  // Every family at least once, then the rest at random.
  const families = Object.keys(FAMILIES);
  const channelIds = [];
  lines.push('channels:');
  for (let i = 0; i < channelCount; i++) {
    const family = i < families.length ? families[i] : r.pick(families);
    const type = r.pick(FAMILIES[family]);
    const id = channelCount <= 12 && !channelIds.includes(type) ? type : `${type}-${i + 1}`;
    channelIds.push(id);
    lines.push(...channelLines(r, id, type, family));
  }
  if (teamCount > 0) {
    lines.push('teams:');
    for (let i = 0; i < teamCount; i++) lines.push(...teamLines(r, `team-${i + 1}`, channelIds, place, teamCount));
  }
  lines.push('policies:');
  lines.push(r.chance(0.5) ? '  social_media: false' : `  social_media: { reviewed: 202${r.int(0, 5)}-0${r.int(1, 9)}-1${r.int(0, 9)}, covers: [${r.some(COVERS, 1, 5).join(', ')}] }`);
  lines.push(`  coaching: ${r.chance(0.5)}`);
  lines.push('monitoring:');
  lines.push(r.chance(0.5) ? '  social_listening: false' : `  social_listening: { tool: ${q(r.pick(['Coosto', 'Brandwatch', 'Talkwalker']))}, hours: ${q(r.pick(HOURS))} }`);
  lines.push(`  escalation_procedure: ${r.chance(0.5)}`);
  const typeCount = Math.max(1, Math.round(channelCount / 4));
  lines.push('contact_types:');
  for (let i = 0; i < typeCount; i++) {
    lines.push(`  - id: type-${i + 1}`, `    complexity: ${r.pick(['simple', 'complex'])}`, `    channels: [${r.some(channelIds, 1, 3).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** A small file: 5–10 channels covering every family, 1–3 teams. */
export const generateSmall = (r) => generateOrganisation(r, { channels: r.int(5, 10), teams: r.int(1, 3) });
/** The large file: 500 channels and 200 teams. */
export const generateLarge = (r) => generateOrganisation(r, { channels: 500, teams: 200, name: 'Federatie van Gemeenten' });

/**
 * The bench's small file (`small.yaml`) and batch (`batch/org-0000.yaml` …) written into `dir`,
 * from their fixed seeds: `npm run bench` and `npm run bench:instructions` check the same files.
 */
export function writeBenchInputs(dir, batchSize) {
  const small = join(dir, 'small.yaml');
  writeFileSync(small, generateSmall(createRandom(42)));
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  const random = createRandom(1000);
  for (let i = 0; i < batchSize; i++) writeFileSync(join(batch, `org-${String(i).padStart(4, '0')}.yaml`), generateSmall(random));
  return { small, batch };
}

