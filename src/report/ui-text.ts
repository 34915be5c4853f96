// The report's own words (not the rules'), in English and Dutch.
import type { Band } from '../model/report.js';
import type { Category, Lang, Severity } from '../model/rule.js';

export interface UiText {
  score: string;
  band: Record<Band, string>;
  notScored: string;
  category: Record<Category, string>;
  categoryHeader: string;
  scoreHeader: string;
  bandHeader: string;
  severity: Record<Severity, string>;
  weekAnalysed: string;
  timezoneSource: Record<'explicit' | 'country' | 'default', string>;
  referenceDate: string;
  findings: string;
  noFindings: string;
  notAssessed: string;
  add: string;
  points: string;
  fixGain: string;
  errorsIn: string;
  noReport: string;
  organisationWide: string;
  problems: (n: number) => string;
  counts: (errors: number, warnings: number, infos: number, notAssessed: number) => string;
  summary: (files: number, unreadable: number, errors: number, warnings: number, infos: number) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: UiText = {
  score: 'Score',
  band: { good: 'good', 'needs-work': 'needs work', poor: 'poor' },
  notScored: 'not scored (nothing could be assessed)',
  category: {
    availability: 'Availability',
    responsiveness: 'Responsiveness',
    social: 'Social media',
    consistency: 'Consistency',
    people: 'People',
    strategy: 'Strategy',
  },
  categoryHeader: 'Category',
  scoreHeader: 'Score',
  bandHeader: 'Band',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  weekAnalysed: 'Week analysed',
  timezoneSource: { explicit: 'from the file', country: 'the zone of the country', default: 'no zone or country given: UTC' },
  referenceDate: 'reference date',
  findings: 'Findings',
  noFindings: 'No findings: every assessed rule passes.',
  notAssessed: 'Not assessed (add the field to have it checked)',
  add: 'add',
  points: 'points',
  fixGain: 'fixing this adds',
  errorsIn: 'cannot be audited',
  noReport: 'no report',
  organisationWide: 'organisation',
  problems: (n) => plural(n, 'problem', 'problems'),
  counts: (errors, warnings, infos, notAssessed) =>
    `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info; ${notAssessed} not assessed`,
  summary: (files, unreadable, errors, warnings, infos) =>
    `${plural(files, 'file', 'files')}${unreadable ? ` (${unreadable} not audited)` : ''}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info`,
};

const nl: UiText = {
  score: 'Score',
  band: { good: 'goed', 'needs-work': 'werk aan de winkel', poor: 'zwak' },
  notScored: 'geen score (niets kon beoordeeld worden)',
  category: {
    availability: 'Bereikbaarheid',
    responsiveness: 'Reactiesnelheid',
    social: 'Sociale media',
    consistency: 'Consistentie',
    people: 'Medewerkers',
    strategy: 'Strategie',
  },
  categoryHeader: 'Categorie',
  scoreHeader: 'Score',
  bandHeader: 'Oordeel',
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  weekAnalysed: 'Geanalyseerde week',
  timezoneSource: { explicit: 'uit het bestand', country: 'de tijdzone van het land', default: 'geen tijdzone of land opgegeven: UTC' },
  referenceDate: 'referentiedatum',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen: elke beoordeelde regel slaagt.',
  notAssessed: 'Niet beoordeeld (vul het veld aan om het te laten controleren)',
  add: 'vul aan',
  points: 'punten',
  fixGain: 'oplossen levert op',
  errorsIn: 'kan niet beoordeeld worden',
  noReport: 'geen rapport',
  organisationWide: 'organisatie',
  problems: (n) => plural(n, 'probleem', 'problemen'),
  counts: (errors, warnings, infos, notAssessed) =>
    `${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}, ${infos} info; ${notAssessed} niet beoordeeld`,
  summary: (files, unreadable, errors, warnings, infos) =>
    `${plural(files, 'bestand', 'bestanden')}${unreadable ? ` (${unreadable} niet beoordeeld)` : ''}: ${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}, ${infos} info`,
};

export const UI_TEXT: Record<Lang, UiText> = { en, nl };
