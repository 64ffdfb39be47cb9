import { defineRightRule } from '../rights.js';

export default defineRightRule({ id: 'right-rectification', right: 'verbetering', name: 'recht op verbetering', article: 'art. 16' });
