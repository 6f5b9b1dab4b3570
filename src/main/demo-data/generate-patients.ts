import type { PatientInput } from '../../shared/domain/patient';
import { RUNNING_SURFACES } from '../../shared/domain/patient';

/**
 * Made-up runners for demos and benchmarks: varied names (with the accents and letters a real
 * clinic sees), plausible contact details and running profiles. Deterministic for a given seed,
 * so benchmark runs compare like with like. None of these people exist.
 */

const FIRST_NAMES = [
  'Marta',
  'Zoë',
  'Ólafur',
  'Siobhán',
  'José',
  'François',
  'Ana',
  'Liam',
  'Noah',
  'Olivia',
  'Amelia',
  'Mia',
  'Lucas',
  'Aroha',
  'Hemi',
  'Priya',
  'Arjun',
  'Mei',
  'Hiroshi',
  'Yuki',
  'Fatima',
  'Omar',
  'Chloé',
  'Søren',
  'Ingrid',
  'Björn',
  'Agnieszka',
  'Piotr',
  'Thandiwe',
  'Kwame',
  'Lucía',
  'Mateo',
  'Isabella',
  'Ethan',
  'Grace',
  'Jack',
  'Charlotte',
  'Oscar',
  'Nguyễn',
  'Linh',
  'Tomás',
  'Aoife',
  'Eilidh',
  'Rhys',
  'Carys',
  'Dmitri',
  'Katya',
  'Leila',
  'Samir',
  'Hannah',
  'Ben',
  'Sophie',
  'Max',
  'Ella',
  'Ruby',
  'Finn',
  'Ivy',
  'Kai',
  'Nora',
];

const LAST_NAMES = [
  'Novak',
  'Łukasiewicz',
  'Arnalds',
  "O'Connor",
  'García',
  'Dubois',
  'Silva',
  'Smith',
  'Jones',
  'Williams',
  'Brown',
  'Taylor',
  'Wilson',
  'Ngata',
  'Patel',
  'Sharma',
  'Chen',
  'Wang',
  'Tanaka',
  'Suzuki',
  'Haddad',
  'Khan',
  'Lefèvre',
  'Jørgensen',
  'Lindqvist',
  'Kowalski',
  'Wiśniewska',
  'Dlamini',
  'Mensah',
  'Fernández',
  'López',
  'Rossi',
  'Bianchi',
  'Müller',
  'Schäfer',
  'Nguyen',
  'Tran',
  'Murphy',
  'Kelly',
  'MacLeod',
  'Evans',
  'Davies',
  'Ivanov',
  'Petrova',
  'Hassan',
  'Cohen',
  'Anderson',
  'Martin',
  'Thompson',
  'White',
  'Harris',
  'Clarke',
  'Walker',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  'Mitchell',
];

const EMAIL_DOMAINS = ['example.com', 'example.org', 'runmail.example', 'clinicmail.example'];
const GOAL_EVENTS = [
  'Harbour Half Marathon',
  'City Marathon',
  'Park run 5 km',
  'Trail 50 km',
  'Coastal 10 km',
  'Mountain Ultra',
  'Club cross-country season',
];
const SHOES = [
  'Road trainer',
  'Carbon racer',
  'Trail shoe',
  'Stability trainer',
  'Cushioned trainer',
];

/** A small, fast, seedable generator (mulberry32): good enough for made-up data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function asciiLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function createPatientGenerator(seed = 1) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pad = (value: number) => String(value).padStart(2, '0');

  return function nextPatient(serial: number): PatientInput {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const birthYear = between(1950, 2008);
    const hasEmail = random() < 0.9;
    const hasPhone = random() < 0.85;
    const goal = random() < 0.6;
    return {
      firstName,
      lastName,
      dateOfBirth: `${birthYear}-${pad(between(1, 12))}-${pad(between(1, 28))}`,
      sex: pick(['female', 'male', 'female', 'male', 'other', 'not-recorded'] as const),
      email: hasEmail
        ? `${asciiLetters(firstName)}.${asciiLetters(lastName)}${serial}@${pick(EMAIL_DOMAINS)}`
        : null,
      phone: hasPhone ? `04${between(10, 99)} ${between(100, 999)} ${between(100, 999)}` : null,
      notes: random() < 0.3 ? 'Demo record: lateral hip pain after long runs.' : null,
      runningProfile: {
        weeklyDistanceKm: between(5, 120),
        yearsRunning: between(0, 30),
        surfaces: RUNNING_SURFACES.filter(() => random() < 0.35),
        goalEvent: goal ? pick(GOAL_EVENTS) : null,
        goalEventDate: goal ? `2027-${pad(between(1, 12))}-${pad(between(1, 28))}` : null,
        shoeModel: random() < 0.7 ? pick(SHOES) : null,
        shoeDistanceKm: random() < 0.7 ? between(0, 900) : null,
      },
    };
  };
}
