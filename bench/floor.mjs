// The floor of the benchmark: a Node process that imports what the HTML/Markdown path needs, and does nothing else.
await Promise.all(['commander', 'yaml', 'ajv/dist/2020.js', 'ajv-formats', 'handlebars', 'markdown-it'].map((m) => import(m)));
