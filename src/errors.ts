import { text, type Message } from './messages/message.js';

/** Wrong use of the CLI or API, or a machine that lacks something (exit code 2), as opposed to a problem inside an input file (exit code 1). */
export class UsageError extends Error {
  constructor(readonly said: Message) {
    super(text(said));
  }
}

/** A failure privnote words itself (a template helper without a value), so the diagnostic it becomes can be translated. */
export class MessageError extends Error {
  constructor(readonly said: Message) {
    super(text(said));
  }
}
