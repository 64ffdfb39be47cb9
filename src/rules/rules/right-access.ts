import { defineRightRule } from '../rights.js';

export default defineRightRule({ id: 'right-access', right: 'inzage', name: 'recht op inzage', article: 'art. 15' });
