import { defineRightRule } from '../rights.js';

export default defineRightRule({ id: 'right-erasure', right: 'wissing', name: 'recht op wissing', article: 'art. 17' });
