import { msg, type Message } from '../messages/message.js';

/**
 * commander's own usage errors ("error: unknown option '--x'") as privnote's messages, so they are printed in the
 * run's language like every other one. Read from commander's text, which is all its output hook receives.
 */
const USAGE: [RegExp, (m: RegExpExecArray) => Message][] = [
  [/^error: unknown option '([^']*)'(?:\s*\(Did you mean (?:one of )?([^?]*)\?\))?/, (m) => msg('cli.unknown-option', { option: m[1]!, hint: meant(m[2]) })],
  [/^error: unknown command '([^']*)'(?:\s*\(Did you mean (?:one of )?([^?]*)\?\))?/, (m) => msg('cli.unknown-command', { command: m[1]!, hint: meant(m[2]) })],
  [/^error: missing required argument '([^']*)'/, (m) => msg('cli.missing-argument', { argument: m[1]! })],
  [/^error: option '([^']*)' argument missing/, (m) => msg('cli.option-missing-value', { option: m[1]! })],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s, (m) => msg('cli.invalid-choice', { option: m[1]!, value: m[2]!, choices: m[3]! })],
  [/^error: too many arguments/, () => msg('cli.too-many-arguments')],
];

const meant = (word: string | undefined): Message => (word ? msg('fragment.did-you-mean', { word }) : msg('fragment.empty'));

/** The message for one of commander's errors, or undefined for any other output (help, version). */
export function usageMessage(output: string): Message | undefined {
  const text = output.trim();
  if (!text.startsWith('error: ')) return undefined;
  for (const [pattern, message] of USAGE) {
    const match = pattern.exec(text);
    if (match) return message(match);
  }
  return msg('cli.usage', { detail: text.slice('error: '.length) });
}
