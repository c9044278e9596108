import { isValidDate, type PlainDate } from './dates';
import { text, type Text } from './text';

// PRC resident identity number (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit
// sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** True for an 18-character resident ID with a real birth date and the right check character. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = birthDateOfResidentId(id);
  return isValidDate(birth) && residentIdCheckChar(id.slice(0, 17)) === id[17];
}

/** The birth date a valid resident ID number carries (digits 7 to 14). */
export function birthDateOfResidentId(id: string): PlainDate {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Whole years of age on a date; a 29 February birthday is reached on 1 March in common years. */
export function ageOn(birthDate: PlainDate, date: PlainDate): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export type SigningIssue =
  | { field: 'birthDate'; message: Text }
  | { field: 'guardianConsent'; message: Text };

/**
 * SPEC section 4: nobody under 16 can be signed (or booked); a host aged 16 or 17 needs a guardian's
 * consent on file. An unknown birth date is not refused here: the compliance list reports it.
 */
/**
 * The birth date on file must be a past date and agree with the ID number, since the age rules
 * are judged on it.
 */
export function birthDateIssue(host: { birthDate: PlainDate | null; idNumber: string | null }, today: PlainDate): Text | null {
  if (host.birthDate && host.birthDate > today) return text(`The birth date ${host.birthDate} is in the future`, `出生日期 ${host.birthDate} 晚于今天`);
  if (host.birthDate && host.idNumber && birthDateOfResidentId(host.idNumber) !== host.birthDate) {
    return text(`The birth date ${host.birthDate} does not match the ID number's (${birthDateOfResidentId(host.idNumber)})`,
      `出生日期 ${host.birthDate} 与身份证号中的出生日期（${birthDateOfResidentId(host.idNumber)}）不符`);
  }
  return null;
}

export function signingIssue(host: { birthDate: PlainDate | null; guardianConsent: boolean }, today: PlainDate): SigningIssue | null {
  if (!host.birthDate) return null;
  const age = ageOn(host.birthDate, today);
  if (age < 16) return { field: 'birthDate', message: text(`The host is ${Math.max(age, 0)}: nobody under 16 can be signed`, `该主播 ${Math.max(age, 0)} 岁：未满 16 周岁不能签约`) };
  if (age < 18 && !host.guardianConsent) {
    return { field: 'guardianConsent', message: text(`The host is ${age}: a guardian's consent must be on file`, `该主播 ${age} 岁：须有监护人同意书存档`) };
  }
  return null;
}
