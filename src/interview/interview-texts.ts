// The questionnaire's own words (validation reasons, notes, the end summary) in English and
// Dutch. The questions' texts live with the questions (questions.ts).
import type { Lang } from '../model/rule.js';

const TEXTS = {
  required: { en: () => 'an answer is needed here', nl: () => 'hier is een antwoord nodig' },
  notAnId: {
    en: (v: string) => `"${v}" is not an id: use lower-case letters, digits and "-"`,
    nl: (v: string) => `"${v}" is geen id: gebruik kleine letters, cijfers en "-"`,
  },
  idTaken: {
    en: (v: string) => `the id "${v}" is already used in this list`,
    nl: (v: string) => `de id "${v}" is al gebruikt in deze lijst`,
  },
  notACountry: {
    en: (v: string) => `"${v}" is not an ISO 3166-1 country code (two letters)`,
    nl: (v: string) => `"${v}" is geen ISO 3166-1-landcode (twee letters)`,
  },
  notAZone: {
    en: (v: string) => `"${v}" is not an IANA time zone`,
    nl: (v: string) => `"${v}" is geen IANA-tijdzone`,
  },
  notALanguage: {
    en: (v: string) => `"${v}" is not an ISO 639-1 language code (two letters)`,
    nl: (v: string) => `"${v}" is geen ISO 639-1-taalcode (twee letters)`,
  },
  repeated: {
    en: (v: string) => `"${v}" is named twice`,
    nl: (v: string) => `"${v}" staat er twee keer in`,
  },
  notADate: {
    en: (v: string) => `"${v}" is not a date as YYYY-MM-DD`,
    nl: (v: string) => `"${v}" is geen datum als JJJJ-MM-DD`,
  },
  notAWholeNumber: {
    en: (v: string) => `"${v}" is not a whole number of 0 or more`,
    nl: (v: string) => `"${v}" is geen geheel getal van 0 of meer`,
  },
  notAPositiveNumber: {
    en: (v: string) => `"${v}" is not a number above 0`,
    nl: (v: string) => `"${v}" is geen getal boven 0`,
  },
  notYesNo: {
    en: (v: string) => `"${v}" is not yes or no`,
    nl: (v: string) => `"${v}" is geen ja of nee`,
  },
  notAChoice: {
    en: (v: string, choices: string) => `"${v}" is not one of: ${choices}`,
    nl: (v: string, choices: string) => `"${v}" is niet een van: ${choices}`,
  },
  chooseOne: { en: () => 'choose at least one', nl: () => 'kies er minstens een' },
  example: { en: (v: string) => `example: ${v}`, nl: (v: string) => `voorbeeld: ${v}` },
  keepHours: {
    en: (warnings: string) => `These hours are accepted, but:\n  ${warnings}\n  Keep them as written?`,
    nl: (warnings: string) => `Deze uren worden aanvaard, maar:\n  ${warnings}\n  Zo houden?`,
  },
  hoursNote: {
    en: (id: string, warnings: string) => `note: ${id}: ${warnings}`,
    nl: (id: string, warnings: string) => `let op: ${id}: ${warnings}`,
  },
  draftKept: {
    en: (draft: string, resume: string) => `Your answers so far are kept in ${draft}.\nContinue where you stopped with:\n  ${resume}\n`,
    nl: (draft: string, resume: string) => `Je antwoorden tot nu toe staan in ${draft}.\nGa verder waar je stopte met:\n  ${resume}\n`,
  },
  resuming: {
    en: (n: number, draft: string) => `Continuing from ${draft}: ${n} answers kept, they are not asked again.\n`,
    nl: (n: number, draft: string) => `Verder vanuit ${draft}: ${n} antwoorden bewaard, die worden niet opnieuw gevraagd.\n`,
  },
  draftExists: {
    en: (draft: string, n: number) => `A draft with ${n} answers exists (${draft}). Continue where you stopped?`,
    nl: (draft: string, n: number) => `Er is een concept met ${n} antwoorden (${draft}). Verdergaan waar je stopte?`,
  },
  overwrite: {
    en: (file: string) => `${file} exists. Replace it when the questionnaire is done?`,
    nl: (file: string) => `${file} bestaat al. Vervangen wanneer de vragenlijst klaar is?`,
  },
  notOverwritten: {
    en: (file: string) => `${file} is left as it is. Choose another file, or use --force to replace it.\n`,
    nl: (file: string) => `${file} blijft zoals het is. Kies een ander bestand, of gebruik --force om het te vervangen.\n`,
  },
  written: {
    en: (file: string) => `The organisation file is written: ${file}\n`,
    nl: (file: string) => `Het organisatiebestand is geschreven: ${file}\n`,
  },
  score: {
    en: (score: string, band: string) => `Audit score: ${score} (${band})\n`,
    nl: (score: string, band: string) => `Auditscore: ${score} (${band})\n`,
  },
  topFindings: { en: () => 'Top findings:\n', nl: () => 'Belangrijkste bevindingen:\n' },
  noFindings: { en: () => 'No findings.\n', nl: () => 'Geen bevindingen.\n' },
  fullReport: {
    en: (cmd: string) => `The full report: ${cmd}\n`,
    nl: (cmd: string) => `Het volledige rapport: ${cmd}\n`,
  },
  bands: {
    en: (band: string) => ({ good: 'good', 'needs-work': 'needs work', poor: 'poor' })[band] ?? band,
    nl: (band: string) => ({ good: 'goed', 'needs-work': 'kan beter', poor: 'zwak' })[band] ?? band,
  },
} as const;

type TextId = keyof typeof TEXTS;
export type InterviewTexts = { [K in TextId]: (typeof TEXTS)[K]['en'] };

export function interviewTexts(lang: Lang): InterviewTexts {
  const out = {} as Record<string, unknown>;
  for (const [id, byLang] of Object.entries(TEXTS)) out[id] = byLang[lang];
  return out as InterviewTexts;
}
