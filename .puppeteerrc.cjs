// privnote renders PDFs with the system Chromium: never let `npm install` download a browser.
module.exports = { skipDownload: true };
