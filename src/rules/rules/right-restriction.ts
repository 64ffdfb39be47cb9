import { defineRightRule } from '../rights.js';

export default defineRightRule({ id: 'right-restriction', right: 'beperking', name: 'recht op beperking van de verwerking', article: 'art. 18' });
