/** Checks of Belgian identifiers and contact details, as plain functions returning a reason or undefined. */

/** KBO/BCE enterprise number: 10 digits, first 0 or 1, last two = 97 − (first eight mod 97). */
export function kboProblem(raw: string): string | undefined {
  const digits = raw.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) return 'bevat andere tekens dan cijfers, punten en spaties';
  if (digits.length !== 10) return `heeft ${digits.length} cijfers in plaats van 10${digits.length === 9 ? ' (ontbreekt de 0 vooraan?)' : ''}`;
  if (!/^[01]/.test(digits)) return 'begint niet met 0 of 1';
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  if (Number(digits.slice(8)) !== expected) return `controlegetal ${digits.slice(8)} klopt niet (verwacht ${String(expected).padStart(2, '0')})`;
  return undefined;
}

/**
 * Belgian phone numbers: landline 0 + 8 digits, mobile 04xx + 6 digits (10 in all), 0800/070/078/090x numbers,
 * four-digit short numbers; +32 replaces the leading 0. Foreign numbers (+ other than 32) are not checked.
 */
export function phoneProblem(raw: string): string | undefined {
  const compact = raw.replace(/\(0\)/, '').replace(/[\s./-]/g, '');
  if (/^\+(?!32)\d{6,15}$/.test(compact)) return undefined;
  if (/^(\+|00)320/.test(compact)) return 'na +32 valt de 0 van het zonenummer weg (of schrijf +32 (0)…)';
  const national = compact.replace(/^(\+|00)32/, '0');
  if (!/^\d+$/.test(national)) return 'bevat tekens die niet in een telefoonnummer horen';
  if (/^\d{4}$/.test(national)) return undefined;
  if (/^0(800|70|78|90\d)/.test(national) && national.length >= 8 && national.length <= 10) return undefined;
  if (/^04[5-9]/.test(national)) return national.length === 10 ? undefined : `een gsm-nummer heeft 10 cijfers, dit heeft er ${national.length}`;
  if (/^0[1-9]/.test(national)) return national.length === 9 ? undefined : `een vast nummer heeft 9 cijfers, dit heeft er ${national.length}`;
  return 'begint niet met 0 of +32';
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export const emailProblem = (raw: string): string | undefined =>
  EMAIL.test(raw) ? undefined : 'is geen geldig e-mailadres (naam@domein.be)';

/** Day-month-year dates as written in Dutch texts (13-12-2023, 1/01/2024): does the day exist? */
export function dateProblem(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12) return `maand ${month} bestaat niet`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? undefined : `${month === 2 ? 'februari' : 'die maand'} ${year} heeft geen dag ${day}`;
}
