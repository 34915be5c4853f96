// Time zones: which IANA zone a country's clocks follow, and whether a written zone exists.
// Zone names are checked with the runtime's Intl (ICU) data, so they match what the hours
// computations can use.
import { closestMatch, editDistance } from '../load/closest-match.js';

// Countries whose zones in tzdata's zone.tab (release 2025b) all keep the same clock time: the
// country's first-listed zone. Derived by comparing every zone.tab zone of a country at four
// instants of 2025 with Intl. So DE (Berlin and Büsingen) and CY count as single, while ES
// (Canary Islands), PT (Azores, Madeira), UA, RU, US, CA, AU, BR, MX, … do not: for those the
// organisation must name its zone, or UTC is used (format.md, organisation.timezone).
const SINGLE_ZONE = `
  AD:Europe/Andorra AE:Asia/Dubai AF:Asia/Kabul AG:America/Antigua AI:America/Anguilla AL:Europe/Tirane
  AM:Asia/Yerevan AO:Africa/Luanda AR:America/Argentina/Buenos_Aires AS:Pacific/Pago_Pago AT:Europe/Vienna AW:America/Aruba
  AX:Europe/Mariehamn AZ:Asia/Baku BA:Europe/Sarajevo BB:America/Barbados BD:Asia/Dhaka BE:Europe/Brussels
  BF:Africa/Ouagadougou BG:Europe/Sofia BH:Asia/Bahrain BI:Africa/Bujumbura BJ:Africa/Porto-Novo BL:America/St_Barthelemy
  BM:Atlantic/Bermuda BN:Asia/Brunei BO:America/La_Paz BQ:America/Kralendijk BS:America/Nassau BT:Asia/Thimphu
  BW:Africa/Gaborone BY:Europe/Minsk BZ:America/Belize CC:Indian/Cocos CF:Africa/Bangui CG:Africa/Brazzaville
  CH:Europe/Zurich CI:Africa/Abidjan CK:Pacific/Rarotonga CM:Africa/Douala CO:America/Bogota CR:America/Costa_Rica
  CU:America/Havana CV:Atlantic/Cape_Verde CW:America/Curacao CX:Indian/Christmas CY:Asia/Nicosia CZ:Europe/Prague
  DE:Europe/Berlin DJ:Africa/Djibouti DK:Europe/Copenhagen DM:America/Dominica DO:America/Santo_Domingo DZ:Africa/Algiers
  EE:Europe/Tallinn EG:Africa/Cairo EH:Africa/El_Aaiun ER:Africa/Asmara ET:Africa/Addis_Ababa FI:Europe/Helsinki
  FJ:Pacific/Fiji FK:Atlantic/Stanley FO:Atlantic/Faroe FR:Europe/Paris GA:Africa/Libreville GB:Europe/London
  GD:America/Grenada GE:Asia/Tbilisi GF:America/Cayenne GG:Europe/Guernsey GH:Africa/Accra GI:Europe/Gibraltar
  GM:Africa/Banjul GN:Africa/Conakry GP:America/Guadeloupe GQ:Africa/Malabo GR:Europe/Athens GS:Atlantic/South_Georgia
  GT:America/Guatemala GU:Pacific/Guam GW:Africa/Bissau GY:America/Guyana HK:Asia/Hong_Kong HN:America/Tegucigalpa
  HR:Europe/Zagreb HT:America/Port-au-Prince HU:Europe/Budapest IE:Europe/Dublin IL:Asia/Jerusalem IM:Europe/Isle_of_Man
  IN:Asia/Kolkata IO:Indian/Chagos IQ:Asia/Baghdad IR:Asia/Tehran IS:Atlantic/Reykjavik IT:Europe/Rome
  JE:Europe/Jersey JM:America/Jamaica JO:Asia/Amman JP:Asia/Tokyo KE:Africa/Nairobi KG:Asia/Bishkek
  KH:Asia/Phnom_Penh KM:Indian/Comoro KN:America/St_Kitts KP:Asia/Pyongyang KR:Asia/Seoul KW:Asia/Kuwait
  KY:America/Cayman KZ:Asia/Almaty LA:Asia/Vientiane LB:Asia/Beirut LC:America/St_Lucia LI:Europe/Vaduz
  LK:Asia/Colombo LR:Africa/Monrovia LS:Africa/Maseru LT:Europe/Vilnius LU:Europe/Luxembourg LV:Europe/Riga
  LY:Africa/Tripoli MA:Africa/Casablanca MC:Europe/Monaco MD:Europe/Chisinau ME:Europe/Podgorica MF:America/Marigot
  MG:Indian/Antananarivo MH:Pacific/Majuro MK:Europe/Skopje ML:Africa/Bamako MM:Asia/Yangon MO:Asia/Macau
  MP:Pacific/Saipan MQ:America/Martinique MR:Africa/Nouakchott MS:America/Montserrat MT:Europe/Malta MU:Indian/Mauritius
  MV:Indian/Maldives MW:Africa/Blantyre MY:Asia/Kuala_Lumpur MZ:Africa/Maputo NA:Africa/Windhoek NC:Pacific/Noumea
  NE:Africa/Niamey NF:Pacific/Norfolk NG:Africa/Lagos NI:America/Managua NL:Europe/Amsterdam NO:Europe/Oslo
  NP:Asia/Kathmandu NR:Pacific/Nauru NU:Pacific/Niue OM:Asia/Muscat PA:America/Panama PE:America/Lima
  PH:Asia/Manila PK:Asia/Karachi PL:Europe/Warsaw PM:America/Miquelon PN:Pacific/Pitcairn PR:America/Puerto_Rico
  PS:Asia/Gaza PW:Pacific/Palau PY:America/Asuncion QA:Asia/Qatar RE:Indian/Reunion RO:Europe/Bucharest
  RS:Europe/Belgrade RW:Africa/Kigali SA:Asia/Riyadh SB:Pacific/Guadalcanal SC:Indian/Mahe SD:Africa/Khartoum
  SE:Europe/Stockholm SG:Asia/Singapore SH:Atlantic/St_Helena SI:Europe/Ljubljana SJ:Arctic/Longyearbyen SK:Europe/Bratislava
  SL:Africa/Freetown SM:Europe/San_Marino SN:Africa/Dakar SO:Africa/Mogadishu SR:America/Paramaribo SS:Africa/Juba
  ST:Africa/Sao_Tome SV:America/El_Salvador SX:America/Lower_Princes SY:Asia/Damascus SZ:Africa/Mbabane TC:America/Grand_Turk
  TD:Africa/Ndjamena TF:Indian/Kerguelen TG:Africa/Lome TH:Asia/Bangkok TJ:Asia/Dushanbe TK:Pacific/Fakaofo
  TL:Asia/Dili TM:Asia/Ashgabat TN:Africa/Tunis TO:Pacific/Tongatapu TR:Europe/Istanbul TT:America/Port_of_Spain
  TV:Pacific/Funafuti TW:Asia/Taipei TZ:Africa/Dar_es_Salaam UG:Africa/Kampala UY:America/Montevideo UZ:Asia/Samarkand
  VA:Europe/Vatican VC:America/St_Vincent VE:America/Caracas VG:America/Tortola VI:America/St_Thomas VN:Asia/Ho_Chi_Minh
  VU:Pacific/Efate WF:Pacific/Wallis WS:Pacific/Apia YE:Asia/Aden YT:Indian/Mayotte ZA:Africa/Johannesburg
  ZM:Africa/Lusaka ZW:Africa/Harare
`;

const COUNTRY_ZONES: ReadonlyMap<string, string> = new Map(
  SINGLE_ZONE.trim().split(/\s+/).map((entry) => entry.split(':') as [string, string]),
);

/** The zone of a country that has a single one (`BE` → `Europe/Brussels`); undefined otherwise. */
export function countryZone(country: string): string | undefined {
  return COUNTRY_ZONES.get(country.toUpperCase());
}

// Names Intl accepts but does not list (supportedValuesOf gives canonical names only).
const EXTRA_ZONES = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'];

let knownZones: string[] | undefined;
function listZones(): string[] {
  knownZones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), ...EXTRA_ZONES])];
  return knownZones;
}

// A formatter costs tens of microseconds to build; a batch of files names the same few zones.
const resolvedZones = new Map<string, string | undefined>();

function resolveZone(zone: string): string | undefined {
  if (resolvedZones.has(zone)) return resolvedZones.get(zone);
  let resolved: string | undefined;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    resolved = undefined;
  }
  if (resolvedZones.size >= 10_000) resolvedZones.clear();
  resolvedZones.set(zone, resolved);
  return resolved;
}

/**
 * Whether `zone` names an IANA zone (or an alias such as `UTC`, `Etc/GMT+1`, `US/Eastern`) this
 * runtime knows. Intl accepts any letter case, but other tools do not, so `europe/brussels` is
 * refused (closestZone suggests the right spelling).
 */
export function isKnownZone(zone: string): boolean {
  if (zone.trim() !== zone || zone === '') return false;
  const resolved = resolveZone(zone);
  if (resolved === undefined) return false;
  const isCaseVariant = resolved !== zone && resolved.toLowerCase() === zone.toLowerCase();
  return !isCaseVariant;
}

/** The known zone the writer probably meant (`Europe/Brussel` → `Europe/Brussels`), if any. */
export function closestZone(zone: string): string | undefined {
  const wanted = zone.trim().replace(/ +/g, '_');
  const zones = listZones();
  const sameName = zones.find((z) => z.toLowerCase() === wanted.toLowerCase());
  if (sameName) return sameName;
  const resolved = resolveZone(wanted);
  if (resolved !== undefined) return resolved;
  const slash = wanted.lastIndexOf('/');
  const city = wanted.slice(slash + 1).toLowerCase();
  const area = slash >= 0 ? wanted.slice(0, slash).toLowerCase() : undefined;
  // A misspelt city within its area first (`Europe/Brussel`), then anywhere (`Europ/Brussels`,
  // `Brussels`).
  const cityOf = (z: string) => z.slice(z.lastIndexOf('/') + 1).toLowerCase();
  const areaOf = (z: string) => z.slice(0, Math.max(0, z.lastIndexOf('/'))).toLowerCase();
  if (area !== undefined) {
    const inArea = zones.filter((z) => areaOf(z) === area);
    const byCity = closestMatch(city, inArea.map(cityOf));
    if (byCity !== undefined) return inArea.find((z) => cityOf(z) === byCity);
  }
  const sameCity = zones.filter((z) => cityOf(z) === city);
  if (sameCity.length === 1) return sameCity[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const z of zones) {
    const distance = editDistance(wanted.toLowerCase(), z.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [z, distance];
  }
  return bestDistance <= 3 ? best : undefined;
}
