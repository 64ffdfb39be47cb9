import { msg, type Message } from '../messages/message.js';

/** Checks of Belgian identifiers and contact details, as plain functions returning a reason or undefined. */

/** KBO/BCE enterprise number: 10 digits, first 0 or 1, last two = 97 − (first eight mod 97). */
export function kboProblem(raw: string): Message | undefined {
  const digits = raw.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) return msg('rule.kbo-number.characters');
  if (digits.length !== 10) return msg('rule.kbo-number.length', { length: digits.length });
  if (!/^[01]/.test(digits)) return msg('rule.kbo-number.start');
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  if (Number(digits.slice(8)) !== expected) return msg('rule.kbo-number.check-digits', { found: digits.slice(8), expected: String(expected).padStart(2, '0') });
  return undefined;
}

/**
 * Belgian phone numbers: landline 0 + 8 digits, mobile 04xx + 6 digits (10 in all), 0800/070/078/090x numbers,
 * four-digit short numbers; +32 replaces the leading 0. Foreign numbers (+ other than 32) are not checked.
 */
export function phoneProblem(raw: string): Message | undefined {
  const compact = raw.replace(/\(0\)/, '').replace(/[\s./-]/g, '');
  if (/^\+(?!32)\d{6,15}$/.test(compact)) return undefined;
  if (/^(\+|00)320/.test(compact)) return msg('rule.phone-number.zero-after-32');
  const national = compact.replace(/^(\+|00)32/, '0');
  if (!/^\d+$/.test(national)) return msg('rule.phone-number.characters');
  if (/^\d{4}$/.test(national)) return undefined;
  if (/^0(800|70|78|90\d)/.test(national) && national.length >= 8 && national.length <= 10) return undefined;
  if (/^04[5-9]/.test(national)) return national.length === 10 ? undefined : msg('rule.phone-number.mobile-length', { length: national.length });
  if (/^0[1-9]/.test(national)) return national.length === 9 ? undefined : msg('rule.phone-number.landline-length', { length: national.length });
  return msg('rule.phone-number.start');
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export const isEmail = (raw: string): boolean => EMAIL.test(raw);

/** Day-month-year dates as written in Dutch texts (13-12-2023, 1/01/2024): does the day exist? */
export function dateProblem(day: number, month: number, year: number): Message | undefined {
  if (month < 1 || month > 12) return msg('rule.date-exists.month', { month });
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? undefined : msg(month === 2 ? 'rule.date-exists.february' : 'rule.date-exists.day', { year, day });
}
