import { execFileSync } from 'node:child_process';
import { dirname, extname, isAbsolute, join } from 'node:path';
import { readProblem, readRegularFile, TooLargeError } from '../load/read.js';
import { msg, type Message } from '../messages/message.js';

/** The look of a project's documents: a logo (embedded as a data: URI), an accent colour and a font family. */
export interface Theme {
  logo?: string;
  accent?: string;
  font?: string;
}

/** A theme as the templates get it: every key present (Handlebars' strict mode refuses a missing one), unset ones undefined. */
export const themeView = (theme: Theme = {}): Theme => ({ logo: theme.logo, accent: theme.accent, font: theme.font });

/** Reports a problem at `where` in the theme: at the key itself (`atKey`) or at its value. */
export type ThemeProblem = (where: (string | number)[], message: Message, options?: { severity?: 'error' | 'warning'; atKey?: boolean }) => void;

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };
/** A logo is a small picture; a larger file is a mistake, and would be copied into every HTML file. */
const MAX_LOGO_BYTES = 512 * 1024;
const COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** A family name as fc-list spells it: letters, digits, spaces and hyphens (nothing that could leave a CSS string). */
const FAMILY = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

/** Contrast with white (WCAG 2.1): the accent colours headings and links on a white page. */
export function contrastWithWhite(colour: string): number {
  const hex = colour.length === 4 ? colour.replace(/[0-9a-f]/gi, '$&$&').slice(1) : colour.slice(1);
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

let families: Set<string> | null | undefined;
/** The font families installed here (fc-list), or null where fontconfig cannot say. */
function installedFamilies(): Set<string> | null {
  if (families === undefined) {
    try {
      const listed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 10_000 });
      families = new Set(listed.split('\n').flatMap((line) => line.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean));
    } catch {
      families = null;
    }
  }
  return families;
}

/** A logo file next to the file that names it, as a data: URI; never fetched from the network. */
function readLogo(named: unknown, base: string, problem: ThemeProblem): string | undefined {
  if (typeof named !== 'string' || !named.trim()) return void problem(['logo'], msg('theme.logo-path'));
  if (/^[a-z][a-z0-9+.-]*:/i.test(named) && !isAbsolute(named)) return void problem(['logo'], msg('theme.logo-remote', { named }));
  const type = LOGO_TYPES[extname(named).toLowerCase()];
  if (!type) return void problem(['logo'], msg('theme.logo-type', { named }));
  const path = isAbsolute(named) ? named : join(dirname(base), named);
  try {
    return `data:${type};base64,${readRegularFile(path, { maxBytes: MAX_LOGO_BYTES }).toString('base64')}`;
  } catch (error) {
    const why = error instanceof TooLargeError ? msg('theme.logo-too-large', { max: MAX_LOGO_BYTES / 1024 }) : readProblem(error);
    return void problem(['logo'], msg('theme.logo-unreadable', { named, why, path }));
  }
}

/**
 * Checks a theme (privnote.config.yaml `theme:`, or a document's `style.theme`, which has no logo) and reads its
 * logo. `base` is the file it is written in: a logo's path is relative to it.
 */
export function parseTheme(data: unknown, base: string, problem: ThemeProblem, keys: readonly string[] = ['logo', 'accent', 'font']): Theme {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem([], msg('theme.shape', { keys: keys.join(', ') }));
    return {};
  }
  const theme: Theme = {};
  for (const [key, value] of Object.entries(data)) {
    if (!keys.includes(key)) problem([key], msg('theme.unknown-setting', { key, keys: keys.join(', ') }), { atKey: true });
    else if (key === 'logo') theme.logo = readLogo(value, base, problem);
    else if (key === 'accent') {
      if (typeof value !== 'string' || !COLOUR.test(value)) problem([key], msg('theme.colour', { value: JSON.stringify(value) }));
      else if (contrastWithWhite(value) < 4.5) problem([key], msg('theme.contrast', { value, ratio: contrastWithWhite(value).toFixed(1) }));
      else theme.accent = value;
    } else if (typeof value !== 'string' || !FAMILY.test(value)) problem([key], msg('theme.family', { value: JSON.stringify(value) }));
    else {
      const installed = installedFamilies();
      if (installed && !installed.has(value.toLowerCase())) problem([key], msg('theme.font-missing', { value }), { severity: 'warning' });
      theme.font = value;
    }
  }
  return theme;
}

/**
 * The CSS of a theme: custom properties templates/html/style.css uses for the accent colour and the font. The accent
 * is the light scheme's (paper, and screens not set to dark): on a dark screen the style sheet's own light accent
 * stays, as a house colour chosen for white rarely reads on a dark background.
 */
export function themeCss(theme: Theme | undefined): string {
  return [
    theme?.font && `:root { --font: "${theme.font}"; }`,
    theme?.accent && `@media print, not (prefers-color-scheme: dark) { :root { --accent: ${theme.accent}; } }`,
  ].filter(Boolean).join('\n');
}
