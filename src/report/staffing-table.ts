// The staffing plan as text (`contact-audit staffing`): a pure (plan, options) => string, in
// English or Dutch. Numbers come from the plan unchanged; only their display is rounded.
import type { ChalkInstance } from 'chalk';
import { formatDuration, formatShare } from '../load/values.js';
import type { Lang } from '../model/rule.js';
import type { ChannelStaffing, SkippedChannel, StaffingNote, StaffingPlan, StaffingRow } from '../staffing/plan-staffing.js';

export interface StaffingTableOptions {
  chalk: ChalkInstance;
  lang: Lang;
}

interface StaffingText {
  title: (org: string) => string;
  whatIf: string;
  volume: string;
  handleTime: string;
  target: string;
  targetLabel: string;
  agents: string;
  demand: string;
  demandLine: (contacts: string, handle: string, erlangs: string) => string;
  targetLine: (share: string, within: string) => string;
  teams: string;
  noTeams: string;
  atQueueNow: (agents: number, share: string) => string;
  needed: string;
  neededNet: (agents: number) => string;
  neededNone: string;
  gross: (agents: number, factor: string, now: number) => string;
  grossUnknown: string;
  headers: [string, string, string, string, string, string];
  now: string;
  neededMark: string;
  neverEmpties: string;
  notes: (note: StaffingNote, channel: ChannelStaffing) => string;
  skipped: (list: string) => string;
  skipReason: Record<SkippedChannel['reason'], string>;
  nothing: string;
}

const TEXT: Record<Lang, StaffingText> = {
  en: {
    title: (org) => `Staffing of ${org} at peak (Erlang C)`,
    whatIf: 'What if',
    volume: 'volume',
    handleTime: 'handle time',
    target: 'target',
    targetLabel: 'Target',
    agents: 'agents',
    demand: 'Demand',
    demandLine: (contacts, handle, erlangs) => `${contacts} contacts an hour × ${handle} = ${erlangs} Erlangs`,
    targetLine: (share, within) => `${share} answered within ${within}`,
    teams: 'Teams',
    noTeams: 'none',
    atQueueNow: (agents, share) => `→ ${agents} agents at the queue now (${share} before rounding down)`,
    needed: 'Needed',
    neededNet: (agents) => `${agents} agents at the queue (net of shrinkage and allocation)`,
    neededNone: 'no staffing reaches the target',
    gross: (agents, factor, now) => `${agents} on the teams (gross: ${factor} of each is at this queue); now ${now}`,
    grossUnknown: 'gross unknown (see the notes)',
    headers: ['Agents', 'Servers', 'Service level', 'ASA', 'Occupancy', 'P(wait)'],
    now: '◀ now',
    neededMark: '✓ needed',
    neverEmpties: '—',
    notes: (note, channel) => ({
      'no-demand': 'No demand at peak: nobody waits and no agent is needed.',
      'never-empties': '— no ASA: with no more servers than Erlangs of traffic the queue never empties and waiting grows without bound (service level 0%, occupancy 100%).',
      concurrency: `Each agent holds ${channel.concurrency} contacts at once: servers = agents × ${channel.concurrency}.`,
      'no-teams': 'No team handles this channel: there are 0 agents now, and the gross count is unknown (it depends on the shrinkage and allocation of the teams that would).',
      'no-availability': 'The teams give this channel no time (allocation 0 or shrinkage 100%): no headcount brings an agent to this queue.',
      'target-100': 'A 100% target is never met in theory: Erlang C always leaves some chance of waiting longer. "Needed" is where the prediction rounds to 100% in double precision; a target such as 99% is more honest.',
      unreachable: 'No staffing reaches the target (in double precision): lower the target or shorten the handle time.',
    })[note],
    skipped: (list) => `Not planned: ${list}.`,
    skipReason: { 'no-peak': 'no peak', 'no-target': 'no target' },
    nothing: 'No channel has both a peak and a target: add `peak` and `target` to a channel, or pick one with --channel and give --volume, --handle-time and --target.',
  },
  nl: {
    title: (org) => `Bezetting van ${org} op het piekuur (Erlang C)`,
    whatIf: 'Wat als',
    volume: 'volume',
    handleTime: 'behandeltijd',
    target: 'doel',
    targetLabel: 'Doel',
    agents: 'medewerkers',
    demand: 'Vraag',
    demandLine: (contacts, handle, erlangs) => `${contacts} contacten per uur × ${handle} = ${erlangs} Erlang`,
    targetLine: (share, within) => `${share} beantwoord binnen ${within}`,
    teams: 'Teams',
    noTeams: 'geen',
    atQueueNow: (agents, share) => `→ nu ${agents} medewerkers aan de wachtrij (${share} vóór afronden)`,
    needed: 'Nodig',
    neededNet: (agents) => `${agents} medewerkers aan de wachtrij (netto, na shrinkage en verdeling)`,
    neededNone: 'geen bezetting haalt het doel',
    gross: (agents, factor, now) => `${agents} in de teams (bruto: ${factor} van elk zit aan deze wachtrij); nu ${now}`,
    grossUnknown: 'bruto onbekend (zie de opmerkingen)',
    headers: ['Medewerkers', 'Servers', 'Servicelevel', 'ASA', 'Bezetting', 'P(wacht)'],
    now: '◀ nu',
    neededMark: '✓ nodig',
    neverEmpties: '—',
    notes: (note, channel) => ({
      'no-demand': 'Geen vraag op het piekuur: niemand wacht en er is geen medewerker nodig.',
      'never-empties': '— geen ASA: met niet meer servers dan Erlang verkeer loopt de wachtrij nooit leeg en groeit het wachten zonder grens (servicelevel 0%, bezetting 100%).',
      concurrency: `Elke medewerker behandelt ${channel.concurrency} contacten tegelijk: servers = medewerkers × ${channel.concurrency}.`,
      'no-teams': 'Geen team behandelt dit kanaal: er zijn nu 0 medewerkers, en het bruto aantal is onbekend (het hangt af van de shrinkage en verdeling van de teams die het zouden doen).',
      'no-availability': 'De teams geven dit kanaal geen tijd (verdeling 0 of shrinkage 100%): geen enkele bezetting brengt een medewerker aan deze wachtrij.',
      'target-100': 'Een doel van 100% wordt in theorie nooit gehaald: Erlang C laat altijd een kans om langer te wachten. "Nodig" is waar de voorspelling in dubbele precisie op 100% afrondt; een doel als 99% is eerlijker.',
      unreachable: 'Geen bezetting haalt het doel (in dubbele precisie): verlaag het doel of verkort de behandeltijd.',
    })[note],
    skipped: (list) => `Niet gepland: ${list}.`,
    skipReason: { 'no-peak': 'geen piek', 'no-target': 'geen doel' },
    nothing: 'Geen kanaal heeft zowel een piek als een doel: voeg `peak` en `target` toe aan een kanaal, of kies er een met --channel en geef --volume, --handle-time en --target.',
  },
};

/** The note's text, for the JSON output as well. */
export function describeStaffingNote(note: StaffingNote, channel: ChannelStaffing, lang: Lang): string {
  return TEXT[lang].notes(note, channel);
}

function formatNumber(value: number, decimals: number, lang: Lang): string {
  const text = value.toFixed(decimals);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value * 100, 1, lang)}%`;
}

function formatTargetShare(value: number, lang: Lang): string {
  const text = formatShare(value);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** ASA: `7.8s`, `2m05s`, `1h02m`; `—` when the queue never empties. */
export function formatAsa(seconds: number | null, lang: Lang): string {
  if (seconds === null) return TEXT[lang].neverEmpties;
  if (seconds < 59.95) return `${formatNumber(seconds, 1, lang)}s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function formatContacts(value: number, lang: Lang): string {
  return Number.isInteger(value) ? String(value) : formatNumber(value, 1, lang);
}

function formatAgents(value: number, lang: Lang): string {
  return Number.isInteger(value) ? String(value) : formatNumber(value, 2, lang);
}

/** Words wrapped to `width` columns, continuation lines indented like the first. */
function wrap(text: string, indent: string, width = 80): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = `${indent}  `;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

export function formatStaffingTable(plan: StaffingPlan, options: StaffingTableOptions): string {
  const { chalk, lang } = options;
  const t = TEXT[lang];
  const lines: string[] = [chalk.bold(t.title(plan.organisation))];
  const whatIf: string[] = [];
  if (plan.what_if.volume) whatIf.push(`${t.volume} ${plan.what_if.volume}`);
  if (plan.what_if.handle_time_seconds !== undefined) whatIf.push(`${t.handleTime} ${formatDuration(plan.what_if.handle_time_seconds)}`);
  if (plan.what_if.target) whatIf.push(`${t.target} ${formatTargetShare(plan.what_if.target.answered, lang)}/${formatDuration(plan.what_if.target.within_seconds)}`);
  for (const [team, agents] of Object.entries(plan.what_if.agents ?? {})) whatIf.push(`${team} ${formatAgents(agents, lang)} ${t.agents}`);
  if (whatIf.length > 0) lines.push(...wrap(`${t.whatIf}: ${whatIf.join(', ')}`, ''));
  lines.push('');
  if (plan.channels.length === 0) lines.push(...wrap(t.nothing, ''), '');
  for (const channel of plan.channels) lines.push(...formatChannel(channel, t, options), '');
  if (plan.skipped.length > 0) {
    lines.push(...wrap(t.skipped(plan.skipped.map((s) => `${s.channel} (${t.skipReason[s.reason]})`).join(', ')), ''));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function formatChannel(channel: ChannelStaffing, t: StaffingText, options: StaffingTableOptions): string[] {
  const { chalk, lang } = options;
  const label = (word: string) => `  ${word.padEnd(8)} `;
  const indent = ' '.repeat(11);
  const name = channel.label ? `${channel.channel} (${channel.label})` : channel.channel;
  const lines = [chalk.bold(channel.type === channel.channel ? name : `${name}, ${channel.type}`)];
  lines.push(label(t.demand) + t.demandLine(formatContacts(channel.contacts_per_hour, lang), formatDuration(channel.handle_time_seconds), formatNumber(channel.traffic, 2, lang)));
  lines.push(label(t.targetLabel) + t.targetLine(formatTargetShare(channel.target.answered, lang), formatDuration(channel.target.within_seconds)));
  if (channel.teams.length === 0) lines.push(label(t.teams) + t.noTeams);
  channel.teams.forEach((team, i) => {
    const text = `${team.team} ${formatAgents(team.agents, lang)} × (1 − ${formatTargetShare(team.shrinkage, lang)}) × ${formatTargetShare(team.allocation, lang)} = ${formatNumber(team.at_queue, 2, lang)}`;
    lines.push((i === 0 ? label(t.teams) : indent) + text);
  });
  lines.push(indent + t.atQueueNow(channel.agents_current, formatNumber(channel.agent_share, 2, lang)));
  lines.push(label(t.needed) + (channel.agents_needed === null ? t.neededNone : t.neededNet(channel.agents_needed)));
  if (channel.agents_needed !== null) {
    const gross = channel.gross;
    lines.push(...wrap(gross.agents_needed === null || gross.factor === null
      ? t.grossUnknown
      : t.gross(gross.agents_needed, formatPercent(gross.factor, lang), gross.headcount_current), indent));
  }
  lines.push('', ...formatRows(channel.rows, t, options));
  for (const note of channel.notes) lines.push(...wrap(t.notes(note, channel), '  '));
  return lines;
}

function formatRows(rows: StaffingRow[], t: StaffingText, options: StaffingTableOptions): string[] {
  const { chalk, lang } = options;
  const cells = rows.map((row) => [
    String(row.agents),
    String(row.servers),
    formatPercent(row.service_level, lang),
    formatAsa(row.asa_seconds, lang),
    formatPercent(row.occupancy, lang),
    formatPercent(row.probability_of_waiting, lang),
  ]);
  const widths = t.headers.map((header, i) => Math.max(header.length, ...cells.map((c) => c[i].length)));
  const join = (values: string[]) => `  ${values.map((v, i) => v.padStart(widths[i])).join('  ')}`;
  const lines = [chalk.dim(join(t.headers))];
  rows.forEach((row, i) => {
    if (row.follows_gap) lines.push(chalk.dim(join(widths.map((w) => '…'.padStart(w)))));
    const marks = [row.is_current ? t.now : '', row.is_needed ? t.neededMark : ''].filter(Boolean).join(' ');
    const text = join(cells[i]) + (marks ? `  ${marks}` : '');
    lines.push(row.is_needed ? chalk.green(text) : row.is_current ? chalk.bold(text) : row.service_level === 0 ? chalk.red(text) : text);
  });
  return lines;
}
